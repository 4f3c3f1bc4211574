//===- KernelBuildFS.h - A kernel build directory, in memory ----*- C++ -*-===//
//
// What `make buildkernel` leaves in its build directory before it compiles
// vm_machdep.c, answered from memory over the tree's own file system (the
// disk, a git revision, staged text): the option headers config(8) writes
// from the kernel config, the machine/ (and x86/) links, and the headers
// the build generates (GeneratedHeaders.h), made the first time clang asks
// for one.  Every mode analyzes through it; only --write-build puts it on
// disk.
//
//===----------------------------------------------------------------------===//

#ifndef PCBCHECK_KERNELBUILDFS_H
#define PCBCHECK_KERNELBUILDFS_H

#include "GeneratedHeaders.h"
#include "TextFile.h"

#include "llvm/Support/VirtualFileSystem.h"

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>

namespace pcbcheck {

/// Where the build directories stand when nothing is written to disk; no
/// such directory exists.
extern const char VirtualBuildRoot[];

/// One architecture's build directory.
struct BuildDirectory {
  std::string Dir; ///< Absolute; it need not exist.
  /// Name -> text: the opt_*.h headers config(8) writes.
  std::map<std::string, std::string> Files;
  /// Name -> the absolute directory of the tree it stands for (machine).
  std::map<std::string, std::string> Links;
  /// What its generated headers are made from.
  GeneratorTarget Target;
};

class KernelBuildFS : public llvm::vfs::ProxyFileSystem {
public:
  KernelBuildFS(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> Tree,
                BuildDirectory Dir,
                std::shared_ptr<HeaderGenerators> Generators);

  llvm::ErrorOr<llvm::vfs::Status> status(const llvm::Twine &Path) override;
  bool exists(const llvm::Twine &Path) override;
  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
  openFileForRead(const llvm::Twine &Path) override;
  llvm::vfs::directory_iterator dir_begin(const llvm::Twine &Dir,
                                          std::error_code &EC) override;
  /// For a name in the build directory, the tree's path it stands for
  /// (no symbolic link of the tree resolved).
  std::error_code getRealPath(const llvm::Twine &Path,
                              llvm::SmallVectorImpl<char> &Output) override;

  const BuildDirectory &directory() const { return Dir; }
  /// The tree it serves the build directory over.
  llvm::vfs::FileSystem &tree() { return getUnderlyingFS(); }

  /// clang's first error \p Why, or, when it is a generated header "file
  /// not found" that could not be made, that header and the reason.
  std::string explain(llvm::StringRef Why) const;

  /// The generated headers made so far: name -> text.
  std::map<std::string, std::string> generated() const;

private:
  /// Where a path leads.
  struct Place {
    enum Kind { Tree, File, Generated, Directory, Nowhere } K = Nowhere;
    std::string Path; ///< The tree's path, or a name in the directory.
  };
  Place resolve(const llvm::Twine &Path) const;
  /// The generated header \p Name, made now if need be; null when it
  /// cannot be (the reason is kept for explain()).
  std::shared_ptr<const std::string> generatedHeader(const std::string &Name);
  llvm::vfs::Status statusOf(const llvm::Twine &Name, bool Directory,
                             uint64_t Size);

  BuildDirectory Dir;
  std::shared_ptr<HeaderGenerators> Generators;
  mutable std::mutex Lock;
  std::map<std::string, std::shared_ptr<const std::string>> Made;
  std::map<std::string, std::string> Failed;
  std::set<std::string> Making; ///< Never a header within its own making.
  VirtualStatuses Statuses;
};

} // namespace pcbcheck

#endif
