//===- History.cpp - Walk a repository's revisions of sys/ ----------------===//
//
// For each architecture, the revisions analyzed are the commit the range
// starts from and every commit that changes a path some analyzed revision read
// (or looked for and did not find), until no new one appears.  A revision
// whose recorded paths hold the same blobs as an analyzed one's reads the
// same bytes and gets its verdict.  Which revisions are analyzed depends
// only on the history, never on -j: revisions are decided in waves, in
// commit order, and a wave's analyses run in parallel.
//
//===----------------------------------------------------------------------===//

#include "History.h"
#include "Git.h"
#include "GitRevisionFS.h"
#include "Isolation.h"
#include "ResultsJson.h"
#include "SysTree.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <set>

using namespace pcbcheck;
using namespace llvm;
namespace path = llvm::sys::path;

namespace {

// Where a revision's files and the synthesized environment appear to
// clang: paths that exist on no disk.
const char RevisionRoot[] = "/pcbcheck-revision";

Error failure(const Twine &Message) {
  return createStringError(inconvertibleErrorCode(), "%s",
                           Message.str().c_str());
}

/// \p Message with the revision's root, which exists nowhere, left out of
/// the paths it names.
std::string withoutRevisionRoot(std::string Message) {
  const std::string Root = std::string(RevisionRoot) + "/";
  for (size_t At; (At = Message.find(Root)) != std::string::npos;)
    Message.erase(At, Root.size());
  return Message;
}

/// The commits of \p Range's first-parent line that change \p SysPath,
/// oldest first.
Expected<std::vector<AuditCommit>> lineOf(StringRef Top, StringRef Range,
                                          StringRef SysPath) {
  Expected<std::string> Log = runGit(
      {"-C", Top, "-c", "core.quotePath=false", "log", "--first-parent",
       "--reverse", "--no-renames", "--name-status",
       // NUL ends a record: no subject can hold one (a \x01 could).
       "--format=%x00%H%x02%P%x02%cs%x02%s", Range, "--",
       SysPath.empty() ? "." : SysPath});
  if (!Log)
    return Log.takeError();
  std::vector<AuditCommit> Commits;
  SmallVector<StringRef, 0> Records;
  StringRef(*Log).split(Records, '\0', -1, false);
  for (StringRef Record : Records) {
    auto [Header, Names] = Record.split('\n');
    SmallVector<StringRef, 4> F;
    // The subject is the last field: a \x02 in it stays in it.
    Header.split(F, '\x02', 3);
    if (F.size() != 4)
      continue;
    AuditCommit C;
    C.Id = F[0].str();
    C.Root = F[1].trim().empty();
    C.Date = F[2].str();
    C.Subject = F[3].str();
    SmallVector<StringRef, 8> Lines;
    Names.split(Lines, '\n', -1, false);
    for (StringRef L : Lines) {
      auto [Status, Path] = L.split('\t');
      if (!Status.empty() && !Path.empty())
        C.Changed.push_back({Status.front(), Path.str()});
    }
    Commits.push_back(std::move(C));
  }
  return Commits;
}

/// A verdict as the child process that reached it hands it over.
std::string verdictText(const RevisionVerdict &V, json::Value Generated) {
  return jsonText(json::Object{{"kind", static_cast<int64_t>(V.K)},
                               {"findings", V.Findings},
                               {"reason", V.Reason},
                               {"reads", jsonObject(V.Reads)},
                               {"generated", std::move(Generated)}});
}

/// The verdict, and the headers the child made kept in \p Generators.
bool readVerdict(StringRef Text, RevisionVerdict &V,
                 HeaderGenerators &Generators) {
  return mapJson(Text, [&](json::ObjectMapper &M, const json::Object &O) {
    int64_t Kind = -1;
    if (!M.map("kind", Kind) || !M.map("findings", V.Findings) ||
        !M.map("reason", V.Reason) || !M.map("reads", V.Reads) || Kind < 0 ||
        Kind > RevisionVerdict::Failed)
      return false;
    V.K = static_cast<RevisionVerdict::Kind>(Kind);
    if (const json::Value *Made = O.get("generated"))
      Generators.adopt(*Made);
    return true;
  });
}

/// The first parent of \p First, which the range starts from.
Expected<AuditCommit> commitBefore(StringRef Top, StringRef First) {
  Expected<std::string> Log =
      runGit({"-C", Top, "log", "-1", "--format=%H%x02%cs%x02%s",
              (First + "^1").str(), "--"});
  if (!Log)
    return Log.takeError();
  SmallVector<StringRef, 3> F;
  StringRef(*Log).rtrim('\n').split(F, '\x02', 2);
  if (F.size() != 3)
    return failure("git log names no parent of " + First.take_front(12));
  AuditCommit C;
  C.Id = F[0].str();
  C.Date = F[1].str();
  C.Subject = F[2].str();
  C.Before = true;
  return C;
}

/// The commits a shallow clone has no parents of.
std::set<std::string> shallowBoundary(StringRef Top) {
  std::set<std::string> Ids;
  Expected<std::string> File = gitPath(Top, "shallow");
  if (!File) {
    consumeError(File.takeError());
    return Ids;
  }
  if (auto Buf = MemoryBuffer::getFile(*File)) {
    SmallVector<StringRef, 4> Lines;
    (*Buf)->getBuffer().split(Lines, '\n', -1, false);
    for (StringRef L : Lines)
      Ids.insert(L.trim().str());
  }
  return Ids;
}

/// The tips of the refs \p Patterns match, as for-each-ref spells them;
/// a pattern that matches nothing is a warning.
std::vector<AuditCommit> branchTips(StringRef Top,
                                    const std::vector<std::string> &Patterns,
                                    std::vector<std::string> &Warnings) {
  std::vector<AuditCommit> Tips;
  std::set<std::string> Seen;
  for (const std::string &P : Patterns) {
    std::vector<std::string> Forms;
    if (StringRef(P).starts_with("refs/"))
      Forms = {P};
    else
      Forms = {"refs/heads/" + P, "refs/remotes/*/" + P};
    std::vector<StringRef> Args{"-C", Top, "for-each-ref",
                                "--format=%(refname:short)%02%(objectname)"
                                "%02%(committerdate:short)%02%(subject)"};
    Args.insert(Args.end(), Forms.begin(), Forms.end());
    Expected<std::string> Out = runGit(Args);
    if (!Out) {
      Warnings.push_back(toString(Out.takeError()));
      continue;
    }
    SmallVector<StringRef, 8> Lines;
    StringRef(*Out).split(Lines, '\n', -1, false);
    if (Lines.empty())
      Warnings.push_back("--branches " + P + ": matches no branch");
    for (StringRef L : Lines) {
      SmallVector<StringRef, 4> F;
      L.split(F, '\x02', 3);
      if (F.size() != 4 || !Seen.insert(F[0].str()).second)
        continue;
      AuditCommit C;
      C.Ref = F[0].str();
      C.Id = F[1].str();
      C.Date = F[2].str();
      C.Subject = F[3].str();
      Tips.push_back(std::move(C));
    }
  }
  return Tips;
}

/// Repository paths -> how a revision is compared on each: "file" by
/// existence only, "" by what is there.
using Shape = std::map<std::string, std::string>;

/// The audit in progress.
class Auditor {
public:
  Auditor(const HistoryOptions &Options, GitObjects &Git, Audit &A)
      : Options(Options), Git(Git), A(A) {}

  /// Decides every revision that needs it, for every architecture.
  void run() {
    for (;;) {
      std::vector<std::pair<size_t, size_t>> Pending; // (arch, commit)
      for (size_t Arch = 0; Arch < A.Arches.size(); ++Arch)
        for (size_t C = 0; C < A.Commits.size(); ++C)
          if (!A.Arches[Arch].At.count(C) && needed(Arch, C))
            Pending.push_back({Arch, C});
      if (Pending.empty())
        break;
      // What every analysis of each architecture looked up so far: it
      // changes only after a wave's analyses.
      std::vector<Shape> Unions;
      for (size_t Arch = 0; Arch < A.Arches.size(); ++Arch)
        Unions.push_back(unionOf(Arch));
      std::vector<std::pair<size_t, size_t>> Analyze;
      std::set<std::pair<size_t, std::string>> Groups;
      for (auto [Arch, C] : Pending) {
        ArchHistory &H = A.Arches[Arch];
        if (const RevisionVerdict *V = cached(Arch, C)) {
          H.At[C] = {V, true};
          ++A.FromCache;
          continue;
        }
        // Revisions alike in everything known are analyzed once; the
        // rest find that verdict in the next wave (or differ after all).
        // (Before anything is known of an architecture, that is all of
        // them: its first revision tells what to compare the rest on.)
        if (!Groups.insert({Arch, key(C, Unions[Arch])}).second)
          continue;
        Analyze.push_back({Arch, C});
      }
      analyzeAll(Analyze, Unions);
    }
  }

private:
  const HistoryOptions &Options;
  GitObjects &Git;
  Audit &A;
  /// Generated headers, made again only when their inputs change.
  std::shared_ptr<HeaderGenerators> Generators =
      std::make_shared<HeaderGenerators>();
  /// (commit, path) -> what git says is there.
  std::map<std::pair<size_t, std::string>, std::optional<GitObjectInfo>>
      Records;
  /// Per architecture: the paths a verdict looked up, each "file" when
  /// only its existence counts -> what they held -> the verdict.  Few
  /// revisions look up a new set of paths.
  std::map<size_t,
           std::map<Shape, std::map<std::string, const RevisionVerdict *>>>
      Index;
  /// Per architecture: every path its verdicts recorded -> how.
  enum { WasRead = 1, WasFound = 2, WasAbsent = 4 };
  std::map<size_t, std::map<std::string, unsigned>> Known;
  size_t Done = 0;

  /// Every path any analyzed revision of \p Arch read or looked for,
  /// compared by existence where no revision read it.
  Shape unionOf(size_t Arch) {
    Shape U;
    for (const auto &[Path, How] : Known[Arch])
      U[Path] = How == WasFound ? "file" : "";
    return U;
  }

  /// The first commit, a branch tip, and every commit that changes a
  /// file the analyses of \p Arch read, deletes one whose existence they
  /// asked, or adds one where they found nothing (or below).
  bool needed(size_t Arch, size_t C) {
    if (C == 0 || C >= A.LineCount)
      return true;
    // A revision after one that could not be analyzed inherits nothing
    // from it: it is analyzed (a corrupt object fails one revision).
    const std::map<size_t, ArchHistory::Decision> &At = A.Arches[Arch].At;
    if (auto It = At.lower_bound(C);
        It != At.begin() &&
        std::prev(It)->second.Verdict->K == RevisionVerdict::Failed)
      return true;
    const std::map<std::string, unsigned> &Paths = Known[Arch];
    for (const auto &[Status, Changed] : A.Commits[C].Changed)
      for (StringRef P = Changed; !P.empty(); P = path::parent_path(P)) {
        auto It = Paths.find(P.str());
        if (It == Paths.end())
          continue;
        if (Status == 'A' && (It->second & WasAbsent))
          return true;
        if (P == Changed && ((It->second & WasRead) ||
                             ((It->second & WasFound) && Status != 'M')))
          return true;
      }
    return false;
  }

  /// What the paths of \p Paths hold at commit \p C, one round trip for
  /// the unknown.
  void fetchRecords(size_t C, const Shape &Paths) {
    std::vector<std::string> Missing, Names;
    for (const auto &[P, How] : Paths)
      if (!Records.count({C, P})) {
        Missing.push_back(P);
        Names.push_back(A.Commits[C].Id +
                        (P.empty() ? std::string("^{tree}") : ":" + P));
      }
    if (Missing.empty())
      return;
    Expected<std::vector<std::optional<GitObjectInfo>>> Infos =
        Git.lookup(Names);
    // A git that fails answers nothing: no verdict is reused then, and
    // the analysis asks again (and says why it failed).
    if (!Infos) {
      consumeError(Infos.takeError());
      return;
    }
    for (size_t I = 0; I < Missing.size(); ++I)
      Records[{C, Missing[I]}] = (*Infos)[I];
  }

  /// What \p Paths hold at commit \p C, as one string; a path whose
  /// shape is "file" is compared by its existence only.
  std::string key(size_t C, const Shape &Paths) {
    fetchRecords(C, Paths);
    std::string K;
    for (const auto &[P, How] : Paths) {
      auto It = Records.find({C, P});
      std::string Found = It == Records.end()
                              ? "?"
                              : GitRevisionFS::recordOf(It->second, true);
      K += keyPart(P, How == "file" && GitRevisionFS::matches(How, Found)
                          ? How
                          : Found);
    }
    return K;
  }

  /// One path of a key, as key() and a new verdict's index entry write it.
  static std::string keyPart(const std::string &Path,
                             const std::string &Record) {
    return Path + '\0' + Record + '\0';
  }

  /// An analyzed verdict of \p Arch that commit \p C would repeat: one
  /// whose paths hold the same at \p C.
  const RevisionVerdict *cached(size_t Arch, size_t C) {
    for (const auto &[Paths, ByKey] : Index[Arch]) {
      auto It = ByKey.find(key(C, Paths));
      if (It != ByKey.end())
        return It->second;
    }
    return nullptr;
  }

  void analyzeAll(const std::vector<std::pair<size_t, size_t>> &Work,
                  const std::vector<Shape> &Unions) {
    std::vector<std::unique_ptr<RevisionVerdict>> Out(Work.size());
    // What the paths known to each architecture hold at each revision:
    // one round trip each, instead of one per file clang looks up.
    std::vector<std::map<std::string, std::optional<GitObjectInfo>>> Primed(
        Work.size());
    for (size_t I = 0; I < Work.size(); ++I) {
      auto [Arch, C] = Work[I];
      fetchRecords(C, Unions[Arch]);
      for (const auto &[P, How] : Unions[Arch])
        if (auto It = Records.find({C, P}); It != Records.end())
          Primed[I][P] = It->second;
    }
    bool Progress = errs().is_displayed();
    // In child processes (Isolation.h): a revision whose analysis needs
    // memory without bound fails alone.
    IsolationLimits Limits =
        IsolationLimits::of(Options.Jobs, Options.MaxMemory);
    std::vector<IsolatedResult> Ran = runIsolated(
        Work.size(), Limits,
        [&](size_t I) {
          auto [Arch, C] = Work[I];
          size_t Mark = Generators->mark();
          std::unique_ptr<RevisionVerdict> V = analyze(
              *A.Arches[Arch].Rule, A.Commits[C].Id, std::move(Primed[I]));
          // What it generated, for the revisions after it.
          return verdictText(*V, Generators->madeSince(Mark));
        },
        [&](size_t) {
          if (Progress)
            errs() << "\rpcbcheck: history: " << ++Done
                   << " revisions analyzed";
        });
    if (Progress)
      errs() << "\r\x1b[K";
    for (size_t I = 0; I < Work.size(); ++I) {
      Out[I] = std::make_unique<RevisionVerdict>();
      if (!Ran[I].Done ||
          !readVerdict(Ran[I].Output, *Out[I], *Generators)) {
        *Out[I] = RevisionVerdict();
        Out[I]->K = RevisionVerdict::Failed;
        Out[I]->Reason = Ran[I].Done ? "its analysis answered nothing readable"
                                     : Ran[I].Why;
      }
      Out[I]->Commit = A.Commits[Work[I].second].Id;
    }
    for (size_t I = 0; I < Work.size(); ++I) {
      auto [Arch, C] = Work[I];
      ArchHistory &H = A.Arches[Arch];
      H.Verdicts.push_back(std::move(Out[I]));
      const RevisionVerdict *V = H.Verdicts.back().get();
      H.At[C] = {V, false};
      Shape Paths;
      std::string Key;
      for (const auto &[P, Record] : V->Reads) {
        Paths[P] = Record == "file" ? "file" : "";
        Known[Arch][P] |= Record.empty()                       ? WasAbsent
                          : Record == "file" || Record == "tree" ? WasFound
                                                                 : WasRead;
        Key += keyPart(P, Record);
      }
      Index[Arch][Paths].emplace(Key, V);
      ++A.Analyzed;
    }
  }

  /// The analysis of \p Rule's architecture at \p Commit.
  std::unique_ptr<RevisionVerdict>
  analyze(const ArchRule &Rule, const std::string &Commit,
          std::map<std::string, std::optional<GitObjectInfo>> Known) {
    auto V = std::make_unique<RevisionVerdict>();
    V->Commit = Commit;
    auto FS = makeIntrusiveRefCnt<GitRevisionFS>(Git, Commit, RevisionRoot);
    FS->prime(std::move(Known));
    SysTreeOptions TreeOptions;
    TreeOptions.Tree = FS;
    TreeOptions.Generators = Generators;
    TreeOptions.Arches = {Rule.Arch};
    TreeOptions.KernConf = Options.KernConf;
    TreeOptions.DisplayDir = A.SysPath.empty() ? "." : A.SysPath;
    // A revision that does not compile is one line of the report; clang's
    // own count of its errors would go to stderr.
    TreeOptions.ExtraArgs = {"-fno-caret-diagnostics"};
    SmallString<256> Sys(RevisionRoot);
    path::append(Sys, A.SysPath);
    Expected<SysTreePlan> Plan = planSysTree(Sys, *Options.Rules, TreeOptions);
    auto Finish = [&](RevisionVerdict::Kind K, std::string Reason = "") {
      V->K = K;
      V->Reason = std::move(Reason);
      if (!FS->gitError().empty()) {
        V->K = RevisionVerdict::Failed;
        V->Reason = FS->gitError();
      }
      V->Reads = FS->lookedUp();
      return std::move(V);
    };
    if (!Plan) {
      // No MD thread code at all at this revision.
      consumeError(Plan.takeError());
      return Finish(RevisionVerdict::NoCode);
    }
    if (!Plan->Errors.empty())
      return Finish(RevisionVerdict::Failed,
                    withoutRevisionRoot(Plan->Errors.front()));
    if (Plan->Jobs.empty())
      return Finish(RevisionVerdict::NoCode);
    for (const SysJob &Job : Plan->Jobs) {
      clang::tooling::FixedCompilationDatabase DB(RevisionRoot, Job.Args);
      CheckerSettings Settings;
      Settings.Rules = Options.Rules;
      Settings.RulesPath = Options.RulesPath;
      Settings.Arch = Rule.Arch;
      Settings.CheckFork = Options.CheckFork;
      Settings.Checks = Options.Checks;
      Settings.DefaultTarget = Rule.Triple;
      Settings.FS = Job.Build;
      AnalysisResults Results;
      std::string Why, Diagnostics;
      raw_string_ostream Diags(Diagnostics);
      if (!analyzeFile(DB, Job.File, Job.Display, Settings, Results, nullptr,
                       &Why, &Diags))
        return Finish(RevisionVerdict::Failed,
                      Job.Display + ": " + Job.Build->explain(Why));
      for (Finding &F : Results.Findings)
        V->Findings.push_back(std::move(F));
    }
    return Finish(V->Findings.empty() ? RevisionVerdict::Clean
                                      : RevisionVerdict::Found);
  }
};

/// The sys/ tree to audit, relative to \p Top: \p Path, or sys/ or
/// src/sys/ at \p Tip.
Expected<std::string> sysPathOf(StringRef Top, StringRef Path,
                                StringRef Tip, GitObjects &Git) {
  if (!Path.empty()) {
    SmallString<256> Real, RealTop;
    if (sys::fs::real_path(Path, Real))
      return failure(Path + ": no such directory");
    sys::fs::real_path(Top, RealTop);
    StringRef Rel = Real;
    if (Rel == RealTop)
      return std::string();
    if (!Rel.consume_front(RealTop) || !Rel.consume_front("/"))
      return failure(Path + ": not in the repository " + Top);
    return Rel.str();
  }
  for (const char *Candidate : {"sys", "src/sys"}) {
    Expected<std::vector<std::optional<GitObjectInfo>>> Info =
        Git.lookup({(Tip + ":" + Candidate).str()});
    if (!Info)
      return Info.takeError();
    if (Info->front() && Info->front()->Type == "tree")
      return std::string(Candidate);
  }
  return failure("no sys/ or src/sys/ at " + Tip.take_front(12) +
                 "; name the tree to audit (pcbcheck --history PATH)");
}

} // namespace

int pcbcheck::runHistory(const HistoryOptions &Options) {
  auto Fail = [](const Twine &Message) {
    errs() << "pcbcheck: error: --history: " << Message << "\n";
    return 2;
  };
  if (StringRef(Options.Range).starts_with("-"))
    return Fail("'" + Options.Range + "' is not a revision range");
  // The repository the named tree (or the current directory) is in.
  std::string Where = ".";
  if (!Options.Path.empty())
    Where = Options.Path;
  Expected<std::string> TopOut =
      runGit({"-C", Where, "rev-parse", "--show-toplevel"});
  if (!TopOut)
    return Fail(Where + " is not in a git work tree (" +
                toString(TopOut.takeError()) + ")");
  Audit A;
  A.Top = StringRef(*TopOut).trim().str();
  std::string Range = Options.Range.empty() ? "HEAD" : Options.Range;
  A.TipName = StringRef(Range).rsplit("..").second.empty()
                  ? Range
                  : StringRef(Range).rsplit("..").second.ltrim('.').str();
  Expected<std::string> TipOut =
      runGit({"-C", A.Top, "rev-list", "-1", Range, "--"});
  if (!TipOut)
    return Fail("'" + Range + "' names no revisions (" +
                toString(TipOut.takeError()) + ")");
  std::string Tip = StringRef(*TipOut).trim().str();
  if (Tip.empty())
    return Fail("'" + Range + "' names no commits");
  A.TipId = Tip;

  Expected<std::unique_ptr<GitObjects>> Git = GitObjects::open(A.Top);
  if (!Git)
    return Fail(toString(Git.takeError()));
  Expected<std::string> SysPath = sysPathOf(A.Top, Options.Path, Tip, **Git);
  if (!SysPath)
    return Fail(toString(SysPath.takeError()));
  A.SysPath = *SysPath;

  Expected<std::vector<AuditCommit>> Line = lineOf(A.Top, Range, A.SysPath);
  if (!Line)
    return Fail(toString(Line.takeError()));
  if (Line->empty())
    return Fail("no commit in '" + Range + "' changes " +
                (A.SysPath.empty() ? "the repository" : A.SysPath + "/"));
  A.Commits = std::move(*Line);
  std::set<std::string> Boundary = shallowBoundary(A.Top);
  for (AuditCommit &C : A.Commits)
    C.Boundary = Boundary.count(C.Id) > 0;
  if (!A.Commits.front().Root && !A.Commits.front().Boundary) {
    Expected<AuditCommit> Base = commitBefore(A.Top, A.Commits.front().Id);
    if (!Base)
      return Fail(toString(Base.takeError()));
    Base->Boundary = Boundary.count(Base->Id) > 0;
    A.Commits.insert(A.Commits.begin(), std::move(*Base));
  }
  A.LineCount = A.Commits.size();
  for (AuditCommit &T : branchTips(A.Top, Options.BranchPatterns, A.Warnings))
    A.Commits.push_back(std::move(T));

  for (const ArchRule &R : Options.Rules->arches())
    if (R.inSysTree() &&
        (Options.Arches.empty() || is_contained(Options.Arches, R.Arch))) {
      A.Arches.emplace_back();
      A.Arches.back().Rule = &R;
    }
  Auditor(Options, **Git, A).run();
  return reportHistory(A, Options.Json, outs(), errs());
}
