//===- Staged.cpp - What the pre-commit hook checks -----------------------===//
//
// The index is written as a tree (git write-tree, as git commit is about
// to) and read through GitRevisionFS: every file the check reads, the
// kernel config and the generators' inputs included, is the staged one,
// and nothing untracked is seen.  Which architectures need a check comes
// from the staged paths: the rules' watched paths, and each
// architecture's dependency list from its last check, so a header that
// MD code includes from anywhere counts.  A commit that touches none of
// them costs a few git commands and no analysis.
//
//===----------------------------------------------------------------------===//

#include "Staged.h"
#include "GitRevisionFS.h"
#include "SysTree.h"
#include "WholeFile.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace pcbcheck;
using namespace llvm;
namespace path = llvm::sys::path;

namespace {

/// The dependency record, in the git directory (per worktree).
Expected<std::string> recordPath(StringRef Top) {
  return gitPath(Top, StagedRecordName);
}

/// "ARCH NUL PATH NUL" pairs; a record that is missing or unreadable is
/// none (every architecture is checked again).
StagedDependencies loadRecord(StringRef File) {
  StagedDependencies Deps;
  if (!sys::fs::is_regular_file(File))
    return Deps;
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf = MemoryBuffer::getFile(File);
  if (!Buf)
    return Deps;
  SmallVector<StringRef, 0> Fields;
  (*Buf)->getBuffer().split(Fields, '\0');
  for (size_t I = 0; I + 1 < Fields.size(); I += 2)
    Deps[Fields[I].str()].insert(Fields[I + 1].str());
  return Deps;
}

/// The paths git names with \p Args (-z: NUL after each).
Expected<std::vector<std::string>> gitPaths(ArrayRef<StringRef> Args) {
  Expected<std::string> Out = runGit(Args);
  if (!Out)
    return Out.takeError();
  std::vector<std::string> Paths;
  SmallVector<StringRef, 16> Names;
  StringRef(*Out).split(Names, '\0', -1, false);
  for (StringRef N : Names)
    Paths.push_back(N.str());
  return Paths;
}

/// The paths the commit stages (any status: a deleted header counts), or
/// the named ones, relative to the top.
Expected<std::vector<std::string>> stagedPaths(StringRef Top,
                                               ArrayRef<std::string> Named) {
  std::vector<std::string> Paths;
  if (!Named.empty()) {
    for (const std::string &N : Named)
      Paths.push_back(StringRef(N).trim().str());
    return Paths;
  }
  return gitPaths(
      {"-C", Top, "diff", "--cached", "--name-only", "--no-renames", "-z"});
}

/// The sys/ tree of the index, relative to the top ("" or "sys/"...): the
/// one a watched staged path is in, else sys/, src/sys/ or the top.
std::optional<std::string> sysPrefix(StringRef Top,
                                     const std::vector<std::string> &Paths,
                                     const RuleSet &Rules,
                                     vfs::FileSystem &Index) {
  for (const std::string &P : Paths)
    if (std::optional<WatchedPath> W = watchedPath(P, Rules))
      return W->SysPrefix;
  for (const char *Dir : {"", "src"}) {
    SmallString<256> Candidate(Top);
    path::append(Candidate, Dir);
    if (std::optional<std::string> Sys = findSysRoot(Candidate, Rules, Index)) {
      StringRef Rel = *Sys;
      if (Rel.consume_front(Top) && (Rel.empty() || Rel.consume_front("/")))
        return Rel.empty() ? std::string() : Rel.str() + "/";
    }
  }
  return std::nullopt;
}

} // namespace

Expected<StagedTree> pcbcheck::stagedTree(const RuleSet &Rules,
                                          ArrayRef<std::string> Named) {
  Expected<std::string> TopOut = runGit({"rev-parse", "--show-toplevel"});
  if (!TopOut)
    return TopOut.takeError();
  StagedTree Tree;
  Tree.Top = StringRef(*TopOut).trim().str();
  Expected<std::vector<std::string>> Paths = stagedPaths(Tree.Top, Named);
  if (!Paths)
    return Paths.takeError();
  if (Paths->empty())
    return std::move(Tree);
  Expected<std::string> Id = runGit({"-C", Tree.Top, "write-tree"});
  if (!Id)
    return Id.takeError();
  Tree.TreeId = StringRef(*Id).trim().str();
  Expected<std::unique_ptr<GitObjects>> Git = GitObjects::open(Tree.Top);
  if (!Git)
    return Git.takeError();
  Tree.Git = std::move(*Git);
  GitRevisionFS Index(*Tree.Git, Tree.TreeId, Tree.Top);
  std::optional<std::string> Prefix =
      sysPrefix(Tree.Top, *Paths, Rules, Index);
  if (!Prefix)
    return std::move(Tree); // No MD thread code in the commit's tree.

  Expected<std::string> Record = recordPath(Tree.Top);
  if (!Record)
    return Record.takeError();
  StagedDependencies Deps = loadRecord(*Record);
  SmallString<256> Sys(Tree.Top);
  path::append(Sys, StringRef(*Prefix).rtrim('/'));
  for (const ArchRule &R : Rules.arches()) {
    SmallString<256> Source(Sys);
    path::append(Source, R.Sources.front());
    if (!R.inSysTree() || !isFile(Index, Source))
      continue;
    auto Known = Deps.find(R.Arch);
    bool Touched = any_of(*Paths, [&](const std::string &P) {
      std::optional<WatchedPath> W = watchedPath(P, Rules);
      if (W && W->SysPrefix == *Prefix && (W->Arch.empty() || W->Arch == R.Arch))
        return true;
      // Never checked: anything in its tree may matter.
      if (Known == Deps.end())
        return StringRef(P).starts_with(*Prefix);
      return Known->second.count(P) > 0;
    });
    if (Touched)
      Tree.Arches.push_back(R.Arch);
  }
  Tree.Relevant = !Tree.Arches.empty();
  Tree.SysDir = Sys.str().str();
  Tree.DisplayDir =
      Prefix->empty() ? "." : StringRef(*Prefix).rtrim('/').str();
  return std::move(Tree);
}

Error pcbcheck::saveStagedDependencies(StringRef Top,
                                       const StagedDependencies &Deps) {
  Expected<std::string> Record = recordPath(Top);
  if (!Record)
    return Record.takeError();
  StagedDependencies All = loadRecord(*Record);
  for (const auto &[Arch, Paths] : Deps)
    All[Arch] = Paths;
  std::string Text;
  for (const auto &[Arch, Paths] : All)
    for (const std::string &P : Paths)
      Text += Arch + '\0' + P + '\0';
  // Whole or not at all: a half-written record would check too little.
  std::string Temp = *Record + ".tmp";
  if (Error E = writeWholeFile(Temp, Text))
    return E;
  if (std::error_code EC = sys::fs::rename(Temp, *Record)) {
    sys::fs::remove(Temp);
    return createStringError(EC, "%s: %s", Record->c_str(),
                             EC.message().c_str());
  }
  return Error::success();
}

Expected<std::vector<std::string>>
pcbcheck::unstagedChanges(const StagedTree &Tree) {
  std::set<std::string> Read;
  for (const auto &[Arch, Paths] : Tree.Read)
    Read.insert(Paths.begin(), Paths.end());
  std::vector<StringRef> Args{"-C", Tree.Top, "diff", "--name-only", "-z",
                              "--"};
  for (const std::string &P : Read)
    if (!P.empty())
      Args.push_back(P);
  return gitPaths(Args);
}
