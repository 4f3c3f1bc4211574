//===- TextFile.h - Files and paths of the in-memory file systems -*- C++ -*-//
//
// The history audit's git revision and the kernel build directory serve
// files that exist nowhere on disk; both need the same two pieces.
//
//===----------------------------------------------------------------------===//

#ifndef PCBCHECK_TEXTFILE_H
#define PCBCHECK_TEXTFILE_H

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <map>
#include <memory>
#include <string>

namespace pcbcheck {

/// A file whose text is in memory.
class TextFile : public llvm::vfs::File {
public:
  TextFile(llvm::vfs::Status St, std::shared_ptr<const std::string> Text)
      : St(std::move(St)), Text(std::move(Text)) {}

  llvm::ErrorOr<llvm::vfs::Status> status() override { return St; }
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>>
  getBuffer(const llvm::Twine &Name, int64_t, bool, bool) override {
    return llvm::MemoryBuffer::getMemBufferCopy(*Text, Name.str());
  }
  std::error_code close() override { return {}; }

private:
  llvm::vfs::Status St;
  std::shared_ptr<const std::string> Text;
};

/// The status of what an in-memory file system serves: a read-only file
/// or a listable directory, each name with an id of its own that stays the
/// same from lookup to lookup (clang tells files apart by it).
class VirtualStatuses {
public:
  llvm::vfs::Status get(llvm::StringRef Name, bool Directory, uint64_t Size) {
    auto [It, New] = Ids.try_emplace(Name.str());
    if (New)
      It->second = llvm::vfs::getNextVirtualUniqueID();
    namespace fs = llvm::sys::fs;
    return llvm::vfs::Status(
        Name, It->second, llvm::sys::TimePoint<>(), 0, 0, Size,
        Directory ? fs::file_type::directory_file : fs::file_type::regular_file,
        Directory ? fs::perms::all_read | fs::perms::all_exe
                  : fs::perms::all_read);
  }

private:
  std::map<std::string, llvm::sys::fs::UniqueID> Ids;
};

/// \p Path is \p Dir or below it; \p Rest gets what follows "Dir/".
inline bool pathBelow(llvm::StringRef Path, llvm::StringRef Dir,
                      std::string &Rest) {
  if (Path == Dir) {
    Rest.clear();
    return true;
  }
  if (Path.size() > Dir.size() && Path.starts_with(Dir) &&
      Path[Dir.size()] == '/') {
    Rest = Path.drop_front(Dir.size() + 1).str();
    return true;
  }
  return false;
}

} // namespace pcbcheck

#endif
