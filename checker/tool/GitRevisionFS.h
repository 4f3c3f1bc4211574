//===- GitRevisionFS.h - One git revision as a file system ------*- C++ -*-===//

#ifndef PCBCHECK_GITREVISIONFS_H
#define PCBCHECK_GITREVISIONFS_H

#include "Git.h"
#include "TextFile.h"

#include "llvm/Support/VirtualFileSystem.h"

#include <map>
#include <mutex>
#include <string>

namespace pcbcheck {

/// The tree of commit \p Commit, read-only, under the directory \p Root
/// (a path that exists nowhere on disk), fetched from git only when the
/// compiler asks for a file.  Every other path is the disk's (the build
/// directory is a KernelBuildFS over this one).  It records each repository path it was asked
/// about, with the blob id it found or "" for none: what the analysis of
/// this revision depends on.
class GitRevisionFS
    : public llvm::RTTIExtends<GitRevisionFS, llvm::vfs::FileSystem> {
public:
  static const char ID;
  GitRevisionFS(GitObjects &Git, std::string Commit, std::string Root);

  /// How a lookup is recorded: a blob's id when it was read, "file" when
  /// only its existence was asked, "tree" for a directory (its id changes
  /// with anything below it), "" for nothing.
  static std::string recordOf(const std::optional<GitObjectInfo> &Info,
                              bool Read);
  /// Whether \p Found (recordOf a lookup, read) is what \p Recorded says.
  static bool matches(llvm::StringRef Recorded, llvm::StringRef Found);

  /// What git already said is at these repository paths (nullopt:
  /// nothing), so that lookups need no round trip; not recorded until
  /// asked.
  void prime(std::map<std::string, std::optional<GitObjectInfo>> Known);

  /// Repository path -> recordOf(what was there): every lookup.
  const std::map<std::string, std::string> &lookedUp() const {
    return LookedUp;
  }
  /// The first error git gave, if any (the analysis is then not trusted).
  /// Both are read after the analyses, not during them.
  const std::string &gitError() const { return GitError; }

  llvm::ErrorOr<llvm::vfs::Status> status(const llvm::Twine &Path) override;
  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
  openFileForRead(const llvm::Twine &Path) override;
  llvm::vfs::directory_iterator dir_begin(const llvm::Twine &Dir,
                                          std::error_code &EC) override;
  std::error_code setCurrentWorkingDirectory(const llvm::Twine &Path) override;
  llvm::ErrorOr<std::string> getCurrentWorkingDirectory() const override;

private:
  /// Where a path leads: a repository path or the disk.
  struct Place {
    enum Kind { Repository, Disk } K = Disk;
    std::string Path; ///< Repository-relative, or absolute.
  };
  Place resolve(const llvm::Twine &Path) const;
  /// \p Path against the working directory, "." and ".." removed.
  llvm::SmallString<256> absolute(const llvm::Twine &Path) const;
  /// The object at repository path \p Rel, recorded.
  std::optional<GitObjectInfo> object(const std::string &Rel);

  GitObjects &Git;
  std::string Commit, Root, Cwd;
  std::map<std::string, std::optional<GitObjectInfo>> Objects, Primed;
  std::map<std::string, std::string> LookedUp;
  VirtualStatuses Statuses;
  std::string GitError;
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> Disk;
  /// The pre-commit hook's jobs of one architecture share it.
  std::mutex Lock;
};

} // namespace pcbcheck

#endif
