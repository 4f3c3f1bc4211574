//===- Git.h - Ask git, one command or many objects -------------*- C++ -*-===//

#ifndef PCBCHECK_GIT_H
#define PCBCHECK_GIT_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace pcbcheck {

/// Runs git with \p Args; its stdout, or an error naming the command and
/// quoting git's stderr.
llvm::Expected<std::string> runGit(llvm::ArrayRef<llvm::StringRef> Args);

/// The absolute path of \p Name in the git directory of the work tree
/// \p Dir, as `git rev-parse --git-path` gives it (per worktree, with
/// core.hooksPath), "." and ".." removed.
llvm::Expected<std::string> gitPath(llvm::StringRef Dir, llvm::StringRef Name);

/// What git says an object name ("REV:path" or an id) stands for.
struct GitObjectInfo {
  std::string Id;
  std::string Type; ///< "blob", "tree", "commit" (a submodule).
  uint64_t Size = 0;
};

/// Reads objects of one repository through two long-lived `git cat-file`
/// processes (--batch-check for names, --batch for contents), so that an
/// audit of thousands of revisions starts no process per file.  Blobs are
/// kept by id, up to a memory bound.  Thread-safe.
class GitObjects {
public:
  /// Starts the processes in the repository \p Top.
  static llvm::Expected<std::unique_ptr<GitObjects>> open(llvm::StringRef Top);
  ~GitObjects();

  /// What each of \p Names is; nullopt for a name that names nothing.
  /// One round trip for all of them.
  llvm::Expected<std::vector<std::optional<GitObjectInfo>>>
  lookup(llvm::ArrayRef<std::string> Names);

  /// The contents of the object \p Id.
  llvm::Expected<std::shared_ptr<const std::string>>
  contents(const std::string &Id);

  /// In a child process made by fork(): every GitObjects of the process
  /// leaves the parent's git processes to the parent (their pipes are
  /// shared) and starts its own when next asked.
  static void afterFork();

private:
  /// One cat-file process and its pipes.
  struct Pipe {
    int Pid = -1;
    int In = -1;  ///< Its stdin.
    int Out = -1; ///< Its stdout.
    std::string Buffered;
    std::string Top, Mode; ///< What start() was given, for restart().
    llvm::Error start(llvm::StringRef Top, llvm::StringRef Mode);
    void stop();
    /// Closes the pipes without waiting for a git that is not ours.
    void forget();
    /// Starts git again after forget().
    llvm::Error ensureStarted();
    /// A git that died (a corrupt object) or was left mid-answer is
    /// started again, so that one bad object fails one read, not every
    /// read after it; \p Why is returned, with why it could not restart.
    llvm::Error restart(llvm::Error Why);
    llvm::Error write(llvm::StringRef Text);
    llvm::Error fill(); ///< Reads what git has written so far.
    llvm::Expected<std::string> readLine();
    llvm::Expected<std::string> readBytes(size_t N);
  };
  Pipe Check, Batch;
  std::mutex CheckLock, BatchLock;
  std::map<std::string, std::shared_ptr<const std::string>> Blobs;
  size_t BlobBytes = 0;
};

} // namespace pcbcheck

#endif
