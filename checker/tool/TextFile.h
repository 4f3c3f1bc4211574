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
