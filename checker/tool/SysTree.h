//===- SysTree.h - Find and prepare a FreeBSD sys/ tree's MD code -*- C++ -*-//

#ifndef PCBCHECK_SYSTREE_H
#define PCBCHECK_SYSTREE_H

#include "KernelBuildFS.h"
#include "Rules.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <map>

#include <string>
#include <vector>

namespace pcbcheck {

/// One MD file of a sys/ tree and the command line that builds it.
struct SysJob {
  std::string Arch;
  std::string File;    ///< As the user's path spells it.
  std::string Display; ///< How findings name it.
  std::vector<std::string> Args;
  /// Where clang reads: the tree, with its architecture's build directory.
  llvm::IntrusiveRefCntPtr<KernelBuildFS> Build;
};

/// How to prepare a tree.
struct SysTreeOptions {
  /// Replaces the tree's directory in the names findings use (the
  /// pre-commit hook analyzes another directory than the one it names).
  std::string DisplayDir;
  /// When not empty, only these architectures.
  std::vector<std::string> Arches;
  /// Where the build directories stand (one per architecture below it):
  /// VirtualBuildRoot unless --write-build names a real one.
  std::string EnvDir = VirtualBuildRoot;
  /// The kernel config under sys/<arch>/conf/ (default: GENERIC when
  /// there is one); a named one must exist.
  std::string KernConf;
  /// Compiler arguments added after the synthesized ones (what follows
  /// "--" on the command line).
  std::vector<std::string> ExtraArgs;
  /// When given, this file of the tree (as the user spells it) is the one
  /// job, instead of the rules' sources; Arches names its architecture.
  std::string File;
  /// When given, the tree is read from here (a git revision, staged
  /// text) instead of the disk.
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> Tree = nullptr;
  /// The generators and what they made, shared by the plans of one run
  /// (a history's revisions); a plan of its own when null.
  std::shared_ptr<HeaderGenerators> Generators = nullptr;
};

/// A sys/ tree's MD thread code, ready to analyze without a kernel build:
/// what config(8) and the build would provide (machine/ links, opt_*.h
/// headers from the tree's kernel config, generated headers) is each
/// job's KernelBuildFS; nothing is written to disk.
struct SysTreePlan {
  std::vector<SysJob> Jobs;
  /// Things missing or odd in the tree, each a full sentence naming a
  /// path; the rest is analyzed.
  std::vector<std::string> Problems;
  /// Architectures that could not be prepared (a missing kernel config,
  /// an include loop), each a full sentence; they are not analyzed.
  std::vector<std::string> Errors;
  /// The architectures this tree has, whether prepared or in Errors.
  std::vector<std::string> Present;
  /// What the analysis assumed or left out, said once (no kernel config
  /// read; MD thread code no rules cover).
  std::vector<std::string> Notes;
};

llvm::Expected<SysTreePlan> planSysTree(llvm::StringRef Dir,
                                        const RuleSet &Rules,
                                        const SysTreeOptions &Options = {});

/// Writes the build directory of \p Build to disk, with \p Generated
/// (the headers its files' preprocessing made), for --write-build.
llvm::Error writeBuildDirectory(
    const KernelBuildFS &Build,
    const std::map<std::string, std::string> &Generated);

/// Whether \p Path is a regular file in \p FS.
bool isFile(llvm::vfs::FileSystem &FS, const llvm::Twine &Path);

/// The sys/ directory at or just below \p Dir, if it holds MD thread code.
std::optional<std::string>
findSysRoot(llvm::StringRef Dir, const RuleSet &Rules,
            llvm::vfs::FileSystem &FS = *llvm::vfs::getRealFileSystem());

/// The sys/ tree and architecture a C file belongs to: the nearest
/// ancestor directory holding a rules' source, when the file lies in that
/// source's machine directory (sys/arm64/...).
struct TreeFile {
  std::string Root;
  std::string Arch;
};
std::optional<TreeFile> treeOf(llvm::StringRef File, const RuleSet &Rules);

/// The sys/ prefix and architecture of a path that is MD thread code or
/// what it depends on (rules' sources, pcb.h, fpu_files, the kernel config
/// and options files), if it is.
struct WatchedPath {
  std::string SysPrefix; ///< "" or "sys/", "src/sys/", ...
  std::string Arch;      ///< "" for what every architecture reads.
};
/// What \p R's MD thread code depends on, relative to sys/: its sources,
/// FPU files, pcb.h, and the kernel config ("DIR/" for any file in it;
/// "conf/options" is every architecture's).
std::vector<std::string> watchedPaths(const ArchRule &R);

std::optional<WatchedPath> watchedPath(llvm::StringRef Path,
                                       const RuleSet &Rules);

} // namespace pcbcheck

#endif
