//===- pcbcheck.cpp - The pcbcheck command --------------------------------===//
//
// pcbcheck [options] [PATH...] [-- compiler-args]
//
// Runs mdthread.PcbFpuFlags over C files (with the compiler arguments after
// "--" or a compile_commands.json from -p) and over FreeBSD sys/ trees
// (every architecture's MD thread code, no kernel build needed).  With no
// PATH it analyzes the tree it is run in.  Exit status: 0 clean,
// 1 findings, 2 error.
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"
#include "Cocci.h"
#include "Doctor.h"
#include "Fixes.h"
#include "GitRevisionFS.h"
#include "History.h"
#include "Hook.h"
#include "Isolation.h"
#include "Output.h"
#include "PcbFpuFlagsChecker.h"
#include "Process.h"
#include "ResultsJson.h"
#include "Rules.h"
#include "Staged.h"
#include "SysTree.h"
#include "WholeFile.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Triple.h"

#include <climits>
#include <cstring>
#include <map>
#include <unistd.h>
#include <memory>
#include <set>
#include <tuple>

using namespace pcbcheck;
using namespace llvm;
namespace fs = llvm::sys::fs;
using clang::tooling::CompilationDatabase;
using clang::tooling::FixedCompilationDatabase;

namespace {

cl::OptionCategory Category("pcbcheck options");

cl::list<std::string> Paths(cl::Positional, cl::desc("[PATH...]"),
                            cl::cat(Category));
cl::list<std::string> Arch("arch",
                           cl::desc("On a tree: analyze only these "
                                    "architectures; on a file: use this "
                                    "architecture's rules (default: from "
                                    "the target)"),
                           cl::value_desc("name[,name...]"),
                           cl::CommaSeparated, cl::cat(Category));
cl::opt<std::string> KernConf("kernconf",
                              cl::desc("On a tree: read sys/<arch>/conf/NAME "
                                       "for the kernel options, as make "
                                       "buildkernel KERNCONF=NAME (default: "
                                       "GENERIC)"),
                              cl::value_desc("NAME"), cl::cat(Category));
cl::list<std::string> Checks(
    "checks",
    cl::desc("Run only these checks: mdthread.PcbFpuFlags (inherited "
             "kernel-FPU flags), mdthread.PcbFpuState (FPU state pointers "
             "and CPU left as the parent's); default: both"),
    cl::value_desc("name[,name]"), cl::CommaSeparated, cl::cat(Category));
cl::opt<bool> CheckFork("check-fork",
                        cl::desc("Also require cpu_fork to clear kernel-FPU "
                                 "ownership flags"),
                        cl::cat(Category));
cl::opt<std::string> RulesFile("rules",
                               cl::desc("Extra or overriding rules file"),
                               cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> BuildPath("p",
                               cl::desc("Directory with compile_commands.json"),
                               cl::value_desc("build-dir"), cl::cat(Category));
cl::opt<OutputFormat> Format(
    "format", cl::desc("Output format"), cl::init(OutputFormat::Text),
    cl::values(clEnumValN(OutputFormat::Text, "text", "clang's (default)"),
               clEnumValN(OutputFormat::Json, "json",
                          "one object: findings, errors, notes, counts"),
               clEnumValN(OutputFormat::Sarif, "sarif", "SARIF 2.1.0")),
    cl::cat(Category));
cl::opt<std::string> Root("root",
                          cl::desc("JSON and SARIF paths are relative to "
                                   "this directory (default: the current "
                                   "one)"),
                          cl::value_desc("dir"), cl::cat(Category));
enum class Engine { Clang, Cocci };
cl::opt<Engine> EngineOpt(
    "engine", cl::desc("Which engine finds the bug"), cl::init(Engine::Clang),
    cl::values(clEnumValN(Engine::Clang, "clang",
                          "the path-sensitive checker (default)"),
               clEnumValN(Engine::Cocci, "cocci",
                          "Coccinelle, with semantic patches from the rules")),
    cl::cat(Category));
cl::opt<std::string>
    WriteCocci("write-cocci",
               cl::desc("Write each architecture's semantic patch into DIR"),
               cl::value_desc("dir"), cl::cat(Category));
cl::opt<bool> Fix("fix",
                  cl::desc("Print one patch, in git diff form, that fixes "
                           "every finding"),
                  cl::cat(Category));
cl::opt<bool> Apply("apply",
                    cl::desc("Write the fixes into the files (atomically)"),
                    cl::cat(Category));
cl::opt<std::string>
    ExportFixes("export-fixes",
                cl::desc("Write the fixes as clang-apply-replacements YAML"),
                cl::value_desc("file"), cl::cat(Category));
cl::opt<unsigned> Jobs("j",
                       cl::desc("Analyze N files at a time (default 0: one "
                                "per core; output is the same as with -j 1)"),
                       cl::value_desc("N"), cl::init(0), cl::cat(Category));
cl::opt<unsigned> MaxMemory(
    "max-memory",
    cl::desc("Memory one file's analysis may take, in MB (0: no bound); a "
             "file that needs more could not be analyzed"),
    cl::value_desc("MB"), cl::init(DefaultMemoryMB), cl::cat(Category));
cl::opt<bool> Doctor("doctor",
                     cl::desc("Check clang, scan-build and the plugin on "
                              "this machine"),
                     cl::cat(Category));
cl::opt<bool> InstallHook("install-hook",
                          cl::desc("Install a git pre-commit hook in the "
                                   "current repository"),
                          cl::cat(Category));
cl::opt<bool> Force("force", cl::desc("With --install-hook: replace a hook "
                                      "that is not pcbcheck's (kept as "
                                      "pre-commit.pcbcheck-saved); with "
                                      "--write-build: write into a directory "
                                      "that is not empty"),
                    cl::cat(Category));
cl::opt<bool> Staged("staged",
                     cl::desc("Check the staged MD thread code (what the "
                              "pre-commit hook runs)"),
                     cl::cat(Category));
cl::opt<std::string>
    WriteBuild("write-build",
               cl::desc("Write the synthesized include environment and a "
                        "Makefile that compiles each MD file into DIR"),
               cl::value_desc("dir"), cl::cat(Category));
// For tests: a shell command run between analysis and --apply's writes.
cl::opt<std::string> BeforeApply("test-before-apply", cl::Hidden,
                                 cl::cat(Category));
cl::opt<bool> History("history",
                      cl::desc("Audit a git repository's history of sys/: "
                               "when each finding was introduced and "
                               "fixed (PATH...: [REV-RANGE] [sys-dir])"),
                      cl::cat(Category));
cl::list<std::string> Branches("branches",
                               cl::desc("With --history: whether these "
                                        "branches' tips carry each finding, "
                                        "and how a fix reached them"),
                               cl::value_desc("pattern..."),
                               cl::cat(Category));
cl::opt<bool> Bisect("bisect",
                     cl::desc("For git bisect run: exit 125 (skip) when "
                              "the tree cannot be analyzed, instead of 2"),
                     cl::cat(Category));
cl::opt<bool> PrintPlugin(
    "print-plugin",
    cl::desc("Print the plugin's absolute path, for scan-build's "
             "-load-plugin"),
    cl::cat(Category));
cl::opt<bool> PrintRules("print-rules",
                         cl::desc("Print the architectures and their flags, "
                                  "then exit"),
                         cl::cat(Category));

const char Overview[] =
    "pcbcheck: finds kernel-FPU ownership flags that new threads inherit in "
    "FreeBSD MD thread code (and in Linux's)\n\n"
    "  pcbcheck [options] [PATH...] [-- compiler-args]\n\n"
    "PATH is a C file or a directory that is or contains a FreeBSD sys/ "
    "tree;\nwithout PATH, the tree here (an error where there is none).  "
    "Linux code: "
    "-p BUILD-DIR\nor FILE -- compiler-args.  Exit status: 0 clean, 1 "
    "findings, 2 error.\n";

/// An error found while analyzing (not in the command line): with
/// --bisect the revision is skipped, not the bisection stopped.
bool AnalysisFailed = false;
/// Set when a path given does not exist: git bisect run must stop (128),
/// not skip the revision (125).
bool MissingInput = false;

int fail(const Twine &Message) {
  errs() << "pcbcheck: error: " << terminalSafe(Message.str(), true) << "\n";
  return 2;
}

/// The bundled example tree: beside an installed binary, else the source
/// tree this binary was built from.
std::string bundledExamples(const char *Argv0) {
  std::string Exe = sys::fs::getMainExecutable(
      Argv0, reinterpret_cast<void *>(&bundledExamples));
  SmallString<256> Installed(
      sys::path::parent_path(sys::path::parent_path(Exe)));
  sys::path::append(Installed, "share", "pcbcheck", "examples", "sys");
  if (fs::is_directory(Installed))
    return Installed.str().str();
  return PCBCHECK_SOURCE_DIR "/examples/sys";
}

void printRules(const RuleSet &Rules) {
  for (const ArchRule &R : Rules.arches()) {
    outs() << R.Arch << ": " << R.FlagField << " ownership";
    for (const std::string &F : R.OwnershipFlags)
      outs() << " " << F;
    if (!R.MustSetFlags.empty())
      outs() << "; must set " << join(R.MustSetFlags, " ");
    // The thread-creating functions' entries, then the exec role's.
    auto Resets = [&](bool Exec) {
      std::vector<std::string> Fields;
      for (const FieldReset &F : R.FieldResets)
        if (Exec ? F.appliesTo(FunctionKind::Exec)
                 : F.Kinds.empty() || llvm::any_of(F.Kinds, [](FunctionKind K) {
                     return K != FunctionKind::Exec;
                   }))
          Fields.push_back(F.To == ResetKind::ClearBits
                               ? F.Field + "&~" + F.Bits
                               : F.Field);
      return Fields;
    };
    if (std::vector<std::string> Fields = Resets(false); !Fields.empty())
      outs() << "; resets " << join(Fields, " ");
    outs() << "; functions " << join(R.functionNames(), " ");
    // What an exec function (exec_setregs()) must leave the new image.
    if (!R.ExecFlags.empty())
      outs() << "; exec clears " << join(R.ExecFlags, " ");
    if (std::vector<std::string> Fields = Resets(true); !Fields.empty())
      outs() << "; exec resets " << join(Fields, " ");
    outs() << "\n";
  }
}

/// Files, sys/ trees and compile databases, analyzed and remembered with
/// their commands so that a fix can be re-checked.
class Session {
public:
  Session(const CheckerSettings &Settings) : Settings(Settings) {}

  AnalysisResults Results;
  unsigned Errors = 0;      ///< Everything that makes the exit status 2.
  unsigned FailedFiles = 0; ///< Files that could not be analyzed.
  std::vector<RunError> RunErrors; ///< For JSON and SARIF.
  std::vector<RunNote> RunNotes;   ///< For JSON and SARIF.

  /// Says a note or a warning on stderr and keeps it for the machine
  /// formats.
  void say(StringRef Level, const std::string &Message) {
    errs() << "pcbcheck: " << Level << ": " << terminalSafe(Message, true)
           << "\n";
    RunNotes.push_back({Level.str(), Message});
  }

  /// Says an error on stderr and keeps it for the machine formats.
  void error(const std::string &Message, const std::string &File = "") {
    fail(Message);
    AnalysisFailed = true;
    ++Errors;
    RunErrors.push_back({File, Message});
  }

  /// Queues a file; run() analyzes the queue.
  /// \p Rule, when given, is the architecture the file belongs to (a
  /// sys/ tree's MD file), whatever the flags say.
  /// \p Build, when given, is its build directory (a sys/ tree's file).
  void file(const CompilationDatabase &DB, const std::string &File,
            const std::string &Display, const ArchRule *Rule = nullptr,
            IntrusiveRefCntPtr<KernelBuildFS> Build = nullptr) {
    std::string Abs = absolutePath(File);
    // The same file named twice (or in two overlapping trees) once.
    if (!QueuedFiles.insert(Abs).second)
      return;
    Files[Abs] = {&DB, File, Display, Rule, Build};
    Queue.push_back({&DB, File, Display, Rule, Build});
  }

  struct Outcome {
    std::string File; ///< Absolute.
    AnalysisResults Results;
    std::string Diagnostics;
    std::string Error;
    std::string Arch; ///< Of its tree, if it has one.
    /// What it read of a git tree (--staged): repository path -> record.
    std::map<std::string, std::string> TreeReads;
  };

  /// Analyzes the queued files, \p Jobs at a time, and empties the queue;
  /// what each prints and finds is kept apart, in queue order, so that
  /// the output does not depend on \p Jobs.
  std::vector<Outcome> collect(unsigned Jobs) {
    std::vector<Outcome> Outcomes(Queue.size());
    // In child processes (Isolation.h): a file that makes clang allocate
    // without bound fails alone.
    IsolationLimits Limits = IsolationLimits::of(Jobs, MaxMemory);
    std::vector<IsolatedResult> Ran =
        runIsolated(Queue.size(), Limits, [&](size_t I) {
          Outcome O;
          analyze(Queue[I], O);
          recordTreeReads(Queue[I], O);
          return outcomeText(O);
        });
    for (size_t I = 0; I < Queue.size(); ++I) {
      Outcome &O = Outcomes[I];
      O.File = absolutePath(Queue[I].File);
      O.Arch = Queue[I].Rule ? Queue[I].Rule->Arch : "";
      if (!Ran[I].Done || !readOutcome(Ran[I].Output, O))
        O.Error = Queue[I].Display + ": could not be analyzed: " +
                  (Ran[I].Done ? "its analysis answered nothing readable"
                               : Ran[I].Why);
    }
    Queue.clear();
    QueuedFiles.clear();
    return Outcomes;
  }

  /// Prints what collect() kept and merges it into Results.
  void report(std::vector<Outcome> &Outcomes) {
    for (Outcome &O : Outcomes) {
      errs() << O.Diagnostics;
      if (!O.Error.empty()) {
        error(O.Error, O.File);
        ++FailedFiles;
      }
      // A file that could not be analyzed has only its error (what a
      // broken parse "defines" would contradict it); a note an
      // architecture's files each give is said once.
      for (const std::string &Note : O.Results.Notes)
        if (O.Error.empty() && Said.insert(Note).second)
          say("note", Note);
      for (const auto &[Arch, Use] : O.Results.RuleUses) {
        AnalysisResults::RuleUse &Mine = Results.RuleUses[Arch];
        Mine.FieldFound |= Use.FieldFound;
        Mine.OwnershipDefined |= Use.OwnershipDefined;
      }
      for (Finding &F : O.Results.Findings)
        Results.Findings.push_back(std::move(F));
      Results.AnalyzedText.insert(O.Results.AnalyzedText.begin(),
                                  O.Results.AnalyzedText.end());
    }
  }

  void run(unsigned Jobs) {
    std::vector<Outcome> Outcomes = collect(Jobs);
    report(Outcomes);
  }

private:
  struct Queued {
    const CompilationDatabase *DB;
    std::string File;
    std::string Display;
    const ArchRule *Rule;
    IntrusiveRefCntPtr<KernelBuildFS> Build;
  };
  std::vector<Queued> Queue;
  std::set<std::string> QueuedFiles; ///< Absolute paths in Queue.

  /// What the analysis read of a git tree: the parent's record of it
  /// (the hook's dependency list) is in this process; a git error fails
  /// the file.
  static void recordTreeReads(const Queued &Q, Outcome &O) {
    auto *Git = Q.Build ? dyn_cast<GitRevisionFS>(&Q.Build->tree()) : nullptr;
    if (!Git)
      return;
    O.TreeReads = Git->lookedUp();
    if (!Git->gitError().empty() && O.Error.empty())
      O.Error = Q.Display + ": could not be analyzed: " + Git->gitError();
  }

  /// An outcome as the child process hands it to the parent.
  static std::string outcomeText(const Outcome &O) {
    return jsonText(json::Object{{"results", O.Results},
                                 {"diagnostics", O.Diagnostics},
                                 {"error", O.Error},
                                 {"tree_reads", jsonObject(O.TreeReads)}});
  }

  static bool readOutcome(StringRef Text, Outcome &O) {
    return mapJson(Text, [&](json::ObjectMapper &M, const json::Object &) {
      return M.map("results", O.Results) &&
             M.map("diagnostics", O.Diagnostics) && M.map("error", O.Error) &&
             M.map("tree_reads", O.TreeReads);
    });
  }

  /// The settings for a file: its tree architecture's rules, if it has one.
  CheckerSettings settingsFor(const Queued &Q) const {
    CheckerSettings S = Settings;
    if (Q.Rule) {
      S.Arch = Q.Rule->Arch;
      S.DefaultTarget = Q.Rule->Triple;
    }
    if (Q.Build)
      S.FS = Q.Build;
    return S;
  }

  /// clang's first error, or the generated header it missed and why.
  static std::string explained(const Queued &Q, const std::string &Why) {
    return Q.Build ? Q.Build->explain(Why) : Why;
  }

  void analyze(const Queued &Q, Outcome &O) {
    raw_string_ostream Diags(O.Diagnostics);
    // clang's tooling makes every '\\' of a path a '/' (path::native).
    if (StringRef(absolutePath(Q.File)).contains('\\')) {
      O.Error = Q.Display + ": could not be analyzed: clang's tooling reads "
                            "a backslash in a path as '/'; rename the "
                            "directory or file";
      return;
    }
    if (EngineOpt == Engine::Cocci) {
      O.Error = cocci(Q, O.Results, Diags);
      return;
    }
    std::string Why;
    if (!analyzeFile(*Q.DB, Q.File, Q.Display, settingsFor(Q), O.Results,
                     nullptr, &Why, &Diags))
      O.Error = Q.Display + ": could not be analyzed: " + explained(Q, Why);
  }

  /// The Coccinelle engine on one file: the rule of its sys/ tree arch,
  /// or of --arch, or of its target, with the flags clang's preprocessor
  /// sees defined.  Returns an error message or "".
  std::string cocci(const Queued &Q, AnalysisResults &Out, raw_ostream &Diags) {
    const std::string &File = Q.File, &Display = Q.Display;
    const ArchRule *Rule = Q.Rule;
    std::vector<std::string> Names;
    for (const ArchRule &R : Settings.Rules->arches()) {
      Names.insert(Names.end(), R.OwnershipFlags.begin(),
                   R.OwnershipFlags.end());
      Names.insert(Names.end(), R.NewThreadFlags.begin(),
                   R.NewThreadFlags.end());
      Names.insert(Names.end(), R.MustSetFlags.begin(), R.MustSetFlags.end());
    }
    if (!Rule && !Settings.Arch.empty())
      Rule = Settings.Rules->byArch(Settings.Arch);
    // The field resets and enumeration constants need the file parsed,
    // and the rule, which its target gives when nothing else does: one
    // parse reads both.
    bool Resets = Settings.Checks.State;
    MacroFacts Facts;
    std::string Why;
    auto RuleFor = [&](const MacroFacts &F) {
      return Rule ? Rule : Settings.Rules->byTarget(F.TripleArch, F.TripleOs);
    };
    if (!probeMacros(*Q.DB, File, Rule ? Rule->Triple : "", Names, Facts, Why,
                     Diags, settingsFor(Q).FS, RuleFor))
      return Display + ": could not be analyzed: " + explained(Q, Why);
    Rule = RuleFor(Facts);
    if (!Rule)
      return Display + ": no rules for its target (" + Facts.TripleArch +
             "): pass --arch or --target";
    // As the checker: an ownership flag defined as 0 requires nothing.
    std::vector<std::string> Own, FixFlags;
    for (const std::string &N : Rule->OwnershipFlags)
      if (Facts.Values.count(N) &&
          (Facts.Values[N] || Rule->FlagValuesAre == FlagValues::BitNumber) &&
          !llvm::is_contained(Facts.FlagsOutOfEra, N) && Settings.Checks.Flags)
        Own.push_back(N);
    for (const std::string &N : Rule->NewThreadFlags)
      if (Facts.Values.count(N) && !llvm::is_contained(Facts.FlagsOutOfEra, N))
        FixFlags.push_back(N);
    CocciFacts Known = cocciFacts(*Rule, Own, Facts);
    if (!Settings.Checks.Flags)
      Known.MustSet.clear();
    // The text clang read: the index's with --staged, a revision's with
    // --history, never the working tree's in their place.
    llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS = settingsFor(Q).FS;
    if (!FS)
      FS = llvm::vfs::getRealFileSystem();
    auto Text = FS->getBufferForFile(File);
    if (!Text)
      return Display + ": could not be analyzed: " + Text.getError().message();
    // The exec role has no semantic patch: say so where the file defines
    // one of its functions (style(9) puts a definition's name first).
    StringRef Body = (*Text)->getBuffer();
    for (const std::string &Name : Rule->functionNames(FunctionKind::Exec))
      if (Body.starts_with(Name + "(") || Body.contains("\n" + Name + "(")) {
        Out.Notes.push_back(Display + ": " + Rule->Arch + "'s " + Name +
                            "() is checked by the clang engine only");
        break;
      }
    CocciRequest Run;
    Run.Text = Body.str();
    Run.Own = std::move(Own);
    Run.FixFlags = std::move(FixFlags);
    Run.Facts = std::move(Known);
    Run.Skipped = Facts.Skipped;
    Run.CheckFork = Settings.CheckFork;
    Run.Resets = Resets;
    Run.Fix = Fix || Apply || !ExportFixes.empty() ||
              Format != OutputFormat::Text;
    if (Error E = runCocci(*Rule, File, Display, Run, Out))
      return Display + ": " + toString(std::move(E));
    return "";
  }

public:

  void plan(Expected<SysTreePlan> Plan) {
    if (!Plan) {
      error(toString(Plan.takeError()));
      return;
    }
    // The hook plans the same tree twice: say each thing once.
    for (const std::string &Note : Plan->Notes)
      if (Said.insert(Note).second)
        say("note", Note);
    for (const std::string &Problem : Plan->Problems)
      if (Said.insert(Problem).second)
        say("warning", Problem);
    for (const std::string &Error : Plan->Errors)
      if (Said.insert(Error).second)
        error(Error);
    for (const SysJob &Job : Plan->Jobs) {
      DBs.push_back(std::make_unique<FixedCompilationDatabase>(".", Job.Args));
      file(*DBs.back(), Job.File, Job.Display,
           Settings.Rules->byArch(Job.Arch), Job.Build);
    }
  }

  unsigned analyzed() const { return Files.size(); }

  /// Re-analyzes \p P.Fixed in memory: true when it compiles and none of
  /// the findings it was made for remains.  clang's diagnostics, said
  /// once already for the file, are printed again only when the fixed
  /// text does not compile.
  bool fixHolds(const FilePatch &P) {
    auto It = Files.find(P.File);
    if (It == Files.end())
      return false;
    AnalysisResults Check;
    std::string Diagnostics;
    raw_string_ostream Diags(Diagnostics);
    if (!analyzeFile(*It->second.DB, It->second.File, It->second.Display,
                     settingsFor(It->second), Check, &P.Fixed, nullptr,
                     &Diags)) {
      errs() << Diagnostics;
      return false;
    }
    return none_of(Check.Findings, [&](const Finding &After) {
      return any_of(P.Findings, [&](const Finding *Before) {
        return After.AbsoluteFile == Before->AbsoluteFile &&
               After.Function == Before->Function &&
               After.Checker == Before->Checker &&
               After.Message == Before->Message;
      });
    });
  }

  std::vector<std::string> analyzedFiles() const {
    std::vector<std::string> Out;
    for (const auto &Entry : Files)
      Out.push_back(Entry.first);
    return Out;
  }

  std::string display(const std::string &AbsFile) const {
    auto It = Files.find(AbsFile);
    return It == Files.end() ? AbsFile : It->second.Display;
  }

private:
  const CheckerSettings &Settings;
  std::map<std::string, Queued> Files;
  std::set<std::string> Said;
  std::vector<std::unique_ptr<CompilationDatabase>> DBs;
};

/// --staged: analyzes \p Tree's architectures in the index, one file
/// system each (each records what its check read, for the next commit).
/// Returns an exit status when git failed.
std::optional<int> checkStaged(Session &S, const RuleSet &Rules,
                               StagedTree &Tree,
                               const SysTreeOptions &TreeOptions) {
  std::vector<std::pair<std::string, IntrusiveRefCntPtr<GitRevisionFS>>>
      Index;
  for (const std::string &Arch : Tree.Arches) {
    auto FS = makeIntrusiveRefCnt<GitRevisionFS>(*Tree.Git, Tree.TreeId,
                                                 Tree.Top);
    SysTreeOptions Options = TreeOptions;
    Options.DisplayDir = Tree.DisplayDir;
    Options.Arches = {Arch};
    Options.Tree = FS;
    S.plan(planSysTree(Tree.SysDir, Rules, Options));
    Index.push_back({Arch, FS});
  }
  std::vector<Session::Outcome> Outcomes = S.collect(Jobs);
  // What the plan read here, and each analysis in its own process.
  for (const auto &[Arch, FS] : Index) {
    if (!FS->gitError().empty()) {
      errs() << "pcbcheck: error: --staged: " << FS->gitError() << "\n";
      return 2;
    }
    for (const auto &[Path, Record] : FS->lookedUp())
      Tree.Read[Arch].insert(Path);
  }
  for (const Session::Outcome &O : Outcomes)
    for (const auto &[Path, Record] : O.TreeReads)
      Tree.Read[O.Arch].insert(Path);
  S.report(Outcomes);
  if (Error E = saveStagedDependencies(Tree.Top, Tree.Read))
    S.say("warning", "--staged: the dependency list was not saved (" +
                         toString(std::move(E)) +
                         "); the next commit checks every architecture");
  return std::nullopt;
}

/// Whether the working tree's copy of the architectures of \p Findings
/// has none of them: the hook's advice is then to stage it.
bool workTreeFixed(const CheckerSettings &Settings,
                   const std::vector<Finding> &Findings,
                   const StagedTree &Tree, SysTreeOptions Options) {
  Session W(Settings);
  Options.DisplayDir = Tree.DisplayDir;
  Options.Arches.clear();
  for (const Finding &F : Findings)
    if (!is_contained(Options.Arches, F.Arch))
      Options.Arches.push_back(F.Arch);
  Expected<SysTreePlan> Plan = planSysTree(Tree.SysDir, *Settings.Rules,
                                           Options);
  if (!Plan || !Plan->Errors.empty()) {
    consumeError(Plan.takeError());
    return false;
  }
  Plan->Notes.clear();
  Plan->Problems.clear();
  W.plan(std::move(Plan));
  return all_of(W.collect(Jobs), [](const Session::Outcome &O) {
    return O.Error.empty() && O.Results.Findings.empty();
  });
}

/// The MD thread code among a compile database's files.
std::vector<std::string> mdFilesIn(const CompilationDatabase &DB,
                                   const RuleSet &Rules) {
  std::vector<std::string> Out;
  for (const std::string &F : DB.getAllFiles())
    for (const ArchRule &R : Rules.arches())
      for (const std::string &S : R.Sources)
        if (StringRef(F).ends_with("/" + S) && !is_contained(Out, F))
          Out.push_back(F);
  llvm::sort(Out);
  return Out;
}

/// Each job's build directory on disk, with the generated headers its
/// file needs (the preprocessor asks for them); false when one cannot be
/// made or written, said.
bool writeBuildDirectories(const SysTreePlan &Plan) {
  // Preprocessed in child processes (Isolation.h), which hand back the
  // headers they generated.
  IsolationLimits Limits = IsolationLimits::of(Jobs, MaxMemory);
  std::vector<IsolatedResult> Ran =
      runIsolated(Plan.Jobs.size(), Limits, [&](size_t I) {
        const SysJob &Job = Plan.Jobs[I];
        FixedCompilationDatabase DB(".", Job.Args);
        MacroFacts Facts;
        std::string Why, Diagnostics;
        raw_string_ostream Diags(Diagnostics);
        bool Compiles =
            probeMacros(DB, Job.File, "", {}, Facts, Why, Diags, Job.Build);
        return jsonText(
            json::Object{{"why", Compiles ? "" : Job.Build->explain(Why)},
                         {"generated", jsonObject(Job.Build->generated())}});
      });
  std::map<const KernelBuildFS *, std::map<std::string, std::string>> Made;
  bool Good = true;
  for (size_t I = 0; I < Plan.Jobs.size(); ++I) {
    const SysJob &Job = Plan.Jobs[I];
    std::string Why = Ran[I].Why;
    std::map<std::string, std::string> Generated;
    if (Ran[I].Done &&
        !mapJson(Ran[I].Output, [&](json::ObjectMapper &M,
                                    const json::Object &) {
          return M.map("why", Why) && M.map("generated", Generated);
        }))
      Why = "its preprocessing answered nothing readable";
    if (!Why.empty()) {
      fail(Job.Display + ": does not compile in its build directory: " + Why);
      Good = false;
    }
    Made[Job.Build.get()].insert(Generated.begin(), Generated.end());
  }
  std::set<const KernelBuildFS *> Written;
  for (const SysJob &Job : Plan.Jobs) {
    if (!Written.insert(Job.Build.get()).second)
      continue;
    if (Error E = writeBuildDirectory(*Job.Build, Made[Job.Build.get()])) {
      fail(toString(std::move(E)));
      Good = false;
    }
  }
  return Good;
}

/// \p S as one word of a make recipe: quoted for the shell, each '$'
/// doubled for make.
std::string recipeWord(StringRef S) {
  std::string Out;
  for (char C : shellQuoted(S))
    Out += C == '$' ? std::string("$$") : std::string(1, C);
  return Out;
}

/// \p S as a file name in a make rule: '$' doubled, and what would end or
/// split the name (space, '#', ':', '\\') escaped with a backslash.
std::string makeName(StringRef S) {
  std::string Out;
  for (char C : S) {
    if (C == '$')
      Out += '$';
    else if (StringRef(" #:\\").contains(C))
      Out += '\\';
    Out += C;
  }
  return Out;
}

/// --write-build: the include environment and a Makefile that compiles
/// each MD file for its target, for scan-build and bear.
int writeBuild(const std::string &Dir, const std::string &Tree,
               const RuleSet &Rules, SysTreeOptions Options) {
  // Never write over what is not ours: --write-build=. in /usr/src would
  // replace its Makefile.
  const std::string Marker = Dir + "/.pcbcheck-build";
  std::error_code EC;
  bool Empty = fs::directory_iterator(Dir, EC) == fs::directory_iterator();
  if (fs::exists(Dir) && !Empty && !fs::exists(Marker) && !Force)
    return fail(Dir + ": not empty and not written by --write-build; "
                      "name a new directory (or --force)");
  if (std::error_code EC = fs::create_directories(Dir))
    return fail(Dir + ": " + EC.message());
  if (Error E = writeWholeFile(
          Marker,
          "Written by pcbcheck --write-build; it may write here again.\n"))
    return fail(toString(std::move(E)));
  Options.EnvDir = Dir;
  Expected<SysTreePlan> Plan = planSysTree(Tree, Rules, Options);
  if (!Plan)
    return fail(toString(Plan.takeError()));
  for (const std::string &Note : Plan->Notes)
    errs() << "pcbcheck: note: " << terminalSafe(Note, true) << "\n";
  for (const std::string &Problem : Plan->Problems)
    errs() << "pcbcheck: warning: " << terminalSafe(Problem, true) << "\n";
  for (const std::string &Error : Plan->Errors)
    fail(Error);
  if (!writeBuildDirectories(*Plan))
    return 2;
  for (const SysJob &Job : Plan->Jobs)
    for (StringRef P : {StringRef(Job.File), StringRef(Dir)})
      if (P.find_first_of("\n\r\t") != StringRef::npos)
        return fail("--write-build: " + P.str() + ": a Makefile cannot name "
                    "a path with a newline or tab in it");
  std::string Makefile;
  raw_string_ostream OS(Makefile);
  // Paths are data to make and to the shell: escaped for both.
  OS << "# Written by pcbcheck --write-build: each MD file of "
     << StringRef(Tree).take_until([](char C) { return C == '\n'; })
     << "\n# compiled for its target, as a kernel build would.\n"
     << "# make's built-in CC is cc: name clang here; scan-build and make\n"
     << "# CC=... on the command line still win.\n"
     << "CC = clang-" << StringRef(PCBCHECK_CLANG_VERSION).split('.').first
     << "\n\nall:";
  // One object per file: ARCH.o for the arch's first (vm_machdep.c),
  // ARCH-STEM.o for the others (exec_machdep.c).
  std::vector<std::string> Objects;
  for (const SysJob &Job : Plan->Jobs) {
    std::string Object = Job.Arch + ".o";
    if (is_contained(Objects, Object))
      Object = Job.Arch + "-" + llvm::sys::path::stem(Job.File).str() + ".o";
    Objects.push_back(Object);
    OS << " " << Object;
  }
  OS << "\n";
  for (size_t I = 0; I < Plan->Jobs.size(); ++I) {
    const SysJob &Job = Plan->Jobs[I];
    std::string Source = absolutePath(Job.File);
    OS << "\n" << Objects[I] << ": " << makeName(Source) << "\n\t$(CC)";
    for (const std::string &A : Job.Args)
      if (A != "-w")
        OS << " " << recipeWord(A);
    OS << " -c " << recipeWord(Source) << " -o $@\n";
  }
  OS << "\nclean:\n\trm -f *.o\n";
  if (Error E = writeWholeFile(Dir + "/Makefile", Makefile))
    return fail(toString(std::move(E)));
  outs() << "pcbcheck: wrote " << Dir << "/Makefile (" << Plan->Jobs.size()
         << " files)\n";
  return Plan->Errors.empty() ? 0 : 2;
}

/// --write-cocci: each architecture's semantic patch, for plain spatch.
int writeCocci(const std::string &Dir, const RuleSet &Rules) {
  if (std::error_code EC = fs::create_directories(Dir))
    return fail(Dir + ": " + EC.message());
  for (const ArchRule &R : Rules.arches()) {
    std::string Patch = semanticPatch(R, R.NewThreadFlags, R.OwnershipFlags);
    if (Patch.empty()) {
      errs() << "pcbcheck: note: " << R.Arch << ": no kernel-FPU flags to "
             << "clear, no semantic patch (its rules are the clang "
             << "engine's)\n";
      continue;
    }
    if (Error E = writeWholeFile(Dir + "/" + ruleFileName(R) + ".cocci",
                                 Patch))
      return fail(toString(std::move(E)));
  }
  return 0;
}

/// How to name this pcbcheck in advice: "pcbcheck" when PATH finds this
/// one, else its absolute path (the hook records one).
std::string commandName(const char *Argv0) {
  std::string Self =
      sys::fs::getMainExecutable(Argv0, reinterpret_cast<void *>(&fail));
  ErrorOr<std::string> OnPath = sys::findProgramByName("pcbcheck");
  SmallString<256> A, B;
  if (OnPath && !fs::real_path(*OnPath, A) && !fs::real_path(Self, B) &&
      A == B)
    return "pcbcheck";
  return Self;
}

/// What a blocked commit should do next, in commands that work from any
/// directory of the repository; the bypass is said once, here.
void printStagedAdvice(const std::vector<Finding> &Findings,
                       const StagedTree &Tree, bool WorkTreeFixed,
                       const std::string &Self) {
  std::vector<std::string> Files;
  for (const Finding &F : Findings) {
    StringRef Rel = F.AbsoluteFile;
    if (!Rel.consume_front(Tree.Top + "/"))
      continue;
    if (!is_contained(Files, shellQuoted(Rel)))
      Files.push_back(shellQuoted(Rel));
  }
  std::string Top = shellQuoted(Tree.Top);
  if (WorkTreeFixed) {
    // What the checks read and the working tree has otherwise: the fix,
    // in a source file or the kernel config.
    Expected<std::vector<std::string>> Unstaged = unstagedChanges(Tree);
    if (Unstaged && !Unstaged->empty()) {
      Files.clear();
      for (const std::string &U : *Unstaged)
        Files.push_back(shellQuoted(U));
    }
    consumeError(Unstaged.takeError());
    errs() << "pcbcheck: the working tree has no finding, but it is not "
              "what is staged: git -C "
           << Top << " add " << join(Files, " ") << "\n";
  } else
    errs() << "pcbcheck: to fix: cd " << Top << " && " << shellQuoted(Self)
           << " --fix "
           << shellQuoted(Tree.DisplayDir)
           << " | git apply && git add "
           << join(Files, " ") << "\n";
  errs() << "pcbcheck: to commit anyway: git commit --no-verify\n";
}

/// A rule from --rules that can match nothing in what was analyzed (a
/// misspelt field or flag) is said once, by name.
void warnUnmatchedRules(const AnalysisResults &Results) {
  if (RulesFile.empty())
    return;
  Expected<RuleSet> Custom = RuleSet::load(RulesFile);
  if (!Custom) {
    consumeError(Custom.takeError());
    return;
  }
  for (const ArchRule &R : Custom->arches()) {
    auto It = Results.RuleUses.find(R.Arch);
    if (It == Results.RuleUses.end())
      continue;
    if (!It->second.FieldFound)
      errs() << "pcbcheck: warning: " << RulesFile << ": " << R.Arch
             << ": no analyzed file has flag_field '" << R.FlagField
             << "' in its struct pcb; this rule matches nothing\n";
    if (!It->second.OwnershipDefined)
      errs() << "pcbcheck: warning: " << RulesFile << ": " << R.Arch
             << ": no analyzed file defines any of its ownership_flags ("
             << join(R.OwnershipFlags, ", ") << "); this rule matches "
             << "nothing\n";
  }
}

/// The first of \p Files not below --root, or "".
std::string outsideRoot(const std::vector<std::string> &Files) {
  SmallString<256> Dir(Root.getValue());
  fs::real_path(Root.getValue(), Dir);
  for (const std::string &F : Files) {
    SmallString<256> Real(F);
    fs::real_path(F, Real);
    if (!StringRef(Real).starts_with(StringRef(Dir).rtrim('/').str() + "/"))
      return F;
  }
  return "";
}

/// Our options, by name (LLVM's own live in libLLVM, whose objects a
/// sanitized build cannot call into).
std::vector<const cl::Option *> ourOptions() {
  return {std::addressof(Arch), std::addressof(Checks), &KernConf, &CheckFork,
          &RulesFile, &BuildPath, &Format, &Root, &EngineOpt, &WriteCocci,
          &Fix, &Apply, &ExportFixes, &Jobs, &MaxMemory, &Doctor,
          &InstallHook, &Force,
          &Staged, &WriteBuild, &History, std::addressof(Branches), &Bisect,
          &PrintRules, &PrintPlugin, &BeforeApply};
}

/// "text, json, sarif": the values an enum option takes.
template <typename T> std::string valuesOf(cl::opt<T> &O) {
  std::vector<std::string> Values;
  for (unsigned I = 0; I < O.getParser().getNumOptions(); ++I)
    Values.push_back(O.getParser().getOption(I).str());
  return join(Values, ", ");
}

/// An error for \p Args[I], an option we do not have (with the nearest we
/// have) or an enum option's value that is none of its values (with
/// them), in one line; "" when it is fine.  \p I moves past a value given
/// as the next argument.
std::string badOption(ArrayRef<const char *> Args, size_t &I) {
  StringRef Arg = Args[I];
  if (!Arg.starts_with("-") || Arg == "-")
    return "";
  auto [Name, Value] = Arg.ltrim('-').split('=');
  bool HasValue = Arg.contains('=');
  if (is_contained({"h", "help", "help-hidden", "help-list",
                    "help-list-hidden", "version"},
                   Name))
    return "";
  for (const cl::Option *O : ourOptions()) {
    if (O->ArgStr != Name)
      continue;
    if (!HasValue && O->getValueExpectedFlag() == cl::ValueRequired &&
        I + 1 < Args.size())
      Value = Args[++I];
    if (O == &Format || O == &EngineOpt) {
      std::string Valid = O == &Format ? valuesOf(Format) : valuesOf(EngineOpt);
      if (!is_contained(split(Valid, ", "), Value))
        return "--" + Name.str() + "=" + Value.str() + ": not one of " +
               Valid;
    }
    return "";
  }
  // The nearest by edit distance; a name that contains the typo wins.  A
  // one-letter typo is near every one-letter option: none is offered.
  std::vector<std::string> Candidates = {"help"};
  for (const cl::Option *O : ourOptions())
    if (O->getOptionHiddenFlag() == cl::NotHidden)
      Candidates.push_back(O->ArgStr.str());
  std::string Nearest;
  unsigned Best = ~0u;
  for (StringRef N : Candidates) {
    unsigned D = N.contains(Name) ? 0 : Name.edit_distance(N);
    if (D < Best)
      Best = D, Nearest = N.str();
  }
  if (Name == "jobs") // make's and ninja's long name for -j.
    Best = 0, Nearest = "j";
  std::string Why = "unknown option '" + Arg.str() + "'";
  if (Best <= 3 && Name.size() > 1)
    Why += "; did you mean '" + std::string(Nearest.size() == 1 ? "-" : "--") +
           Nearest + "'?";
  return Why + " (pcbcheck --help lists the options)";
}

/// Why writing standard output failed (a full disk, /dev/full), after a
/// flush; "" when it did not.  The error is taken, so that LLVM does not
/// abort at exit with "IO failure".
std::string stdoutFailure() {
  outs().flush();
  if (!outs().has_error())
    return "";
  std::string Why = outs().error().message();
  outs().clear_error();
  return Why;
}

/// What --fix, --apply and --export-fixes did, counted in findings.
struct FixCounts {
  unsigned Printed = 0, Applied = 0, Exported = 0, Refused = 0, Unfixable = 0;
  std::vector<const Finding *> NotApplied; ///< For --apply's text output.
};

/// --fix, --apply, --export-fixes: each fix is re-analyzed first, and only
/// what holds is printed, written or exported.
FixCounts writeFixes(Session &S) {
  FixCounts C;
  for (const Finding &F : S.Results.Findings)
    if (F.Fix.empty()) {
      // The checker may say why none is offered (a rule's note, the exec
      // role's): its note then starts "no fix is offered".
      auto Why = llvm::find_if(F.Notes, [](const FindingNote &N) {
        return StringRef(N.Message).starts_with("no fix is offered");
      });
      errs() << "pcbcheck: warning: " << F.Where.File << ":" << F.Where.Line
             << ": "
             << (Why != F.Notes.end()
                     ? Why->Message
                     : std::string("no safe place for a fix; fix it by hand"))
             << "\n";
      ++C.Unfixable;
      C.NotApplied.push_back(&F);
    }
  Expected<std::vector<FilePatch>> Patches = buildPatches(S.Results);
  if (!Patches) {
    S.error(toString(Patches.takeError()));
    return C;
  }
  AnalysisResults Holding; // What --export-fixes may write.
  for (const FilePatch &P : *Patches) {
    // The fix must compile and remove what it was made for.
    if (!S.fixHolds(P)) {
      S.error(S.display(P.File) + ": fix refused: it does not remove the "
                                  "finding cleanly; nothing written",
              P.File);
      C.Refused += P.Findings.size();
      C.NotApplied.insert(C.NotApplied.end(), P.Findings.begin(),
                          P.Findings.end());
      continue;
    }
    for (const Finding *F : P.Findings)
      Holding.Findings.push_back(*F);
    if (Fix) {
      outs() << renderGitDiff(P);
      if (std::string Why = stdoutFailure(); !Why.empty())
        S.error("standard output: " + Why + "; the fix of " +
                S.display(P.File) + " was not printed");
      else
        C.Printed += P.Findings.size();
    }
    if (Apply) {
      if (!BeforeApply.empty())
        sys::ExecuteAndWait("/bin/sh", {"sh", "-c", BeforeApply});
      if (Error E = applyInPlace(P)) {
        S.error(toString(std::move(E)), P.File);
        C.NotApplied.insert(C.NotApplied.end(), P.Findings.begin(),
                            P.Findings.end());
      } else {
        C.Applied += P.Findings.size();
        if (!Fix && Format == OutputFormat::Text)
          outs() << "pcbcheck: fixed: " << S.display(P.File) << "\n";
      }
    }
  }
  Holding.AnalyzedText = S.Results.AnalyzedText;
  if (!ExportFixes.empty()) {
    if (Error E = exportFixes(ExportFixes, Holding)) {
      S.error(toString(std::move(E)));
    } else {
      C.Exported = Holding.Findings.size();
      errs() << "pcbcheck: note: " << terminalSafe(ExportFixes) << ": "
             << C.Exported << (C.Exported == 1 ? " fix" : " fixes")
             << " written; nothing was applied (clang-apply-replacements-"
             << StringRef(PCBCHECK_CLANG_VERSION).split('.').first
             << " applies them)\n";
    }
  }
  return C;
}

/// pcbcheck --history [REV-RANGE] [PATH]: a directory is the tree to
/// audit, anything else the range.
int history(const std::vector<std::string> &Inputs, const RuleSet &Rules,
            const std::vector<std::string> &Arches,
            const EnabledChecks &Enabled) {
  if (Fix || Apply || !ExportFixes.empty() || Staged || !BuildPath.empty() ||
      EngineOpt != Engine::Clang || Format == OutputFormat::Sarif ||
      !WriteBuild.empty() || !WriteCocci.empty())
    return fail("--history: takes --arch, --branches, --kernconf, "
                "--rules, --check-fork, -j, --max-memory and --format=text|json "
                "only");
  HistoryOptions H;
  for (const std::string &In : Inputs) {
    std::string &Slot = fs::is_directory(In) ? H.Path : H.Range;
    if (!Slot.empty())
      return fail("--history: " + In + ": one revision range and one "
                  "directory at most (" + Slot + " came first)");
    Slot = In;
  }
  H.BranchPatterns.assign(Branches.begin(), Branches.end());
  H.Arches = Arches;
  H.KernConf = KernConf;
  H.Jobs = Jobs;
  H.MaxMemory = MaxMemory;
  H.Json = Format == OutputFormat::Json;
  H.Rules = &Rules;
  H.RulesPath = RulesFile;
  H.CheckFork = CheckFork;
  H.Checks = Enabled;
  int Status = runHistory(H);
  AnalysisFailed = Status == 2;
  return Status;
}

/// An error for options that would do nothing together (issue 25, 22),
/// or "".
std::string uselessCombination(bool HaveCompilerArgs) {
  if (Fix && Format != OutputFormat::Text)
    return "--fix prints a patch, not " +
           std::string(Format == OutputFormat::Json ? "JSON" : "SARIF") +
           "; --export-fixes=FILE writes the fixes for tools";
  // Modes that analyze nothing take nothing that says what to analyze or
  // what to do with findings.
  for (const cl::opt<bool> *Mode : {&Doctor, &PrintRules, &PrintPlugin})
    if (*Mode && (!Paths.empty() || HaveCompilerArgs || Fix || Apply ||
                  !ExportFixes.empty() || Staged || History ||
                  !WriteBuild.empty() || !WriteCocci.empty() ||
                  !BuildPath.empty()))
      return "--" + Mode->ArgStr.str() + " analyzes nothing: it takes no "
             "PATH, compiler arguments, -p, --fix, --apply, --export-fixes, "
             "--staged, --history, --write-build or --write-cocci";
  if (!WriteBuild.empty() && (Fix || Apply || !ExportFixes.empty() || Staged ||
                              History || Format != OutputFormat::Text))
    return "--write-build writes a build directory and analyzes nothing: it "
           "takes no --fix, --apply, --export-fixes, --staged, --history or "
           "--format";
  if (Root.getNumOccurrences() && Format == OutputFormat::Text)
    return "--root=" + Root + ": only JSON and SARIF name files relative to "
           "a root (add --format=json or --format=sarif)";
  if (!WriteCocci.empty() && (!Paths.empty() || HaveCompilerArgs || Fix ||
                              Apply || !ExportFixes.empty() || Staged ||
                              History || !WriteBuild.empty()))
    return "--write-cocci writes the semantic patches and analyzes nothing: "
           "it takes no PATH, compiler arguments, --fix, --apply, "
           "--export-fixes, --staged, --history or --write-build";
  return "";
}

/// --install-hook: the hook runs --staged with the options that say what
/// to check; one that would change nothing in a hook, or break it, is
/// refused rather than dropped.
int installHookWith(const char *Argv0, const RuleSet &Rules,
                    bool HaveCompilerArgs) {
  for (const cl::Option *O : std::initializer_list<const cl::Option *>{
           std::addressof(Paths), &BuildPath, &Format, &Root, &WriteCocci, &Fix,
           &Apply,
           &ExportFixes, &Doctor, &Staged, &WriteBuild, &History,
           std::addressof(Branches), &Bisect, &PrintRules})
    if (O->getNumOccurrences() || HaveCompilerArgs)
      return fail("--install-hook: takes --rules, --arch, --kernconf, "
                  "--checks, --check-fork, --engine, -j, --max-memory and "
                  "--force only (the hook runs pcbcheck --staged with them)");
  std::vector<std::string> Args;
  if (!RulesFile.empty())
    Args.push_back("--rules=" + absolutePath(RulesFile));
  for (const std::string &A : Arch)
    Args.push_back("--arch=" + A);
  if (KernConf.getNumOccurrences())
    Args.push_back("--kernconf=" + KernConf);
  for (const std::string &C : Checks)
    Args.push_back("--checks=" + C);
  if (CheckFork)
    Args.push_back("--check-fork");
  if (EngineOpt == Engine::Cocci)
    Args.push_back("--engine=cocci");
  if (Jobs.getNumOccurrences())
    Args.push_back("-j=" + std::to_string(Jobs));
  if (MaxMemory.getNumOccurrences())
    Args.push_back("--max-memory=" + std::to_string(MaxMemory));
  return installHook(Argv0, Force, Rules, Args);
}

/// ", 2 fixes applied" for a mode that ran.
std::string fixCount(unsigned N, StringRef What) {
  return ", " + std::to_string(N) + (N == 1 ? " fix " : " fixes ") + What.str();
}

} // namespace

int runCommand(int argc, const char **argv) {
  // Everything after "--" is for the compiler, not for us.
  int OurArgc = argc;
  std::vector<std::string> CompilerArgs;
  for (int I = 1; I < argc; ++I)
    if (StringRef(argv[I]) == "--") {
      OurArgc = I;
      CompilerArgs.assign(argv + I + 1, argv + argc);
      break;
    }
  bool HaveCompilerArgs = OurArgc != argc;

  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](raw_ostream &OS) {
    OS << "pcbcheck " PCBCHECK_VERSION " (clang " PCBCHECK_CLANG_VERSION
          ")\n";
  });
  // -j2, as make and ninja users type it (-j 2 and -j=2 parse as they are).
  // --branches 'stable/*' 'releng/*': the words up to the next option
  // (or a directory, the tree to audit) are all patterns.
  std::vector<std::string> Spelled;
  bool InBranches = false;
  for (int I = 0; I < OurArgc; ++I) {
    std::string A = argv[I];
    if (InBranches && !StringRef(A).starts_with("-") && !fs::is_directory(A)) {
      Spelled.push_back("--branches=" + A);
      continue;
    }
    InBranches = A == "--branches" || A == "-branches";
    if (!InBranches)
      Spelled.push_back(A);
  }
  std::vector<const char *> Args;
  for (std::string &A : Spelled) {
    if (A.size() > 2 && StringRef(A).starts_with("-j") &&
        all_of(StringRef(A).drop_front(2), isDigit))
      A = "-j=" + A.substr(2);
    // -p. and -pbuild, as clang-tidy users type them.
    if (A.size() > 2 && StringRef(A).starts_with("-p") && A[2] != '=' &&
        !StringRef(A).starts_with("-print"))
      A = "-p=" + A.substr(2);
    Args.push_back(A.c_str());
  }
  // LLVM's parser takes any -h... it does not know for -h, the help: a
  // mistyped option must fail a script, not pass it.
  for (size_t I = 1; I < Args.size(); ++I)
    if (std::string Why = badOption(Args, I); !Why.empty())
      return fail(Why);
  if (!cl::ParseCommandLineOptions(Args.size(), Args.data(), Overview,
                                   &errs()))
    return 2;

  if (std::string Why = uselessCombination(HaveCompilerArgs); !Why.empty())
    return fail(Why);
  if (Doctor)
    return runDoctor(argv[0]);
  if (PrintPlugin) {
    outs() << pluginPath(argv[0]) << "\n";
    return 0;
  }
  if (KernConf.getNumOccurrences() &&
      (KernConf.empty() || StringRef(KernConf).contains('/')))
    return fail("--kernconf=" + KernConf + ": a config name under "
                "sys/<arch>/conf/, such as GENERIC");
  if (Root.getNumOccurrences() && !fs::is_directory(Root))
    return fail("--root=" + Root + ": not a directory");
  if (EngineOpt == Engine::Cocci && !sys::findProgramByName("spatch"))
    return fail("--engine=cocci: spatch is not on PATH (Debian: apt-get "
                "install coccinelle)");

  Expected<RuleSet> Rules = loadRules(RulesFile);
  if (!Rules)
    return fail(toString(Rules.takeError()));
  // --arch: the rules' names, or target and MACHINE_ARCH spellings.
  std::vector<std::string> Arches;
  for (const std::string &Name : Arch) {
    const ArchRule *R = Rules->byArch(Name);
    if (!R && Triple(Name).getArch() != Triple::UnknownArch)
      R = Rules->byTarget(Triple::getArchTypeName(Triple(Name).getArch()),
                          Triple::getOSTypeName(Triple(Name).getOS()));
    if (!R)
      return fail("--arch=" + Name + ": no rules for it (known: " +
                  Rules->archNames() + ")");
    if (!is_contained(Arches, R->Arch))
      Arches.push_back(R->Arch);
  }
  // --checks: the short names or the full ones.
  EnabledChecks Enabled{Checks.empty(), Checks.empty()};
  for (const std::string &Name : Checks) {
    StringRef N = StringRef(Name).trim();
    N.consume_front("mdthread.");
    if (N == "PcbFpuFlags")
      Enabled.Flags = true;
    else if (N == "PcbFpuState")
      Enabled.State = true;
    else
      return fail("--checks=" + Name + ": no such check (mdthread."
                  "PcbFpuFlags, mdthread.PcbFpuState)");
  }
  SysTreeOptions TreeOptions;
  TreeOptions.Arches = Arches;
  TreeOptions.KernConf = KernConf;
  // On a tree, the arguments after "--" are added to every file's.
  TreeOptions.ExtraArgs = CompilerArgs;
  if (InstallHook)
    return installHookWith(argv[0], *Rules, HaveCompilerArgs);
  if (PrintRules) {
    printRules(*Rules);
    return 0;
  }

  std::vector<std::string> Inputs(Paths.begin(), Paths.end());
  if (!Branches.empty() && !History)
    return fail("--branches: only with --history");
  if (History)
    return history(Inputs, *Rules, Arches, Enabled);
  if (!WriteCocci.empty())
    return writeCocci(WriteCocci, *Rules);
  if (!WriteBuild.empty())
    return writeBuild(WriteBuild,
                      Inputs.empty() ? bundledExamples(argv[0]) : Inputs[0],
                      *Rules, TreeOptions);

  CheckerSettings Settings;
  Settings.Rules = &*Rules;
  Settings.RulesPath = RulesFile;
  // One architecture's rules for files; on trees --arch selects.
  if (Arches.size() == 1)
    Settings.Arch = Arches.front();
  Settings.CheckFork = CheckFork;
  Settings.Checks = Enabled;
  Session S(Settings);

  std::unique_ptr<CompilationDatabase> Database;
  if (!BuildPath.empty()) {
    std::string Error;
    Database = CompilationDatabase::loadFromDirectory(BuildPath, Error);
    if (!Database) // LLVM says it in lines, one per kind of database.
      return fail("-p " + BuildPath + ": " +
                  join(split(StringRef(Error).trim(), '\n'), "; "));
  }
  FixedCompilationDatabase Fixed(".", CompilerArgs);

  std::optional<StagedTree> Tree;
  if (Staged) {
    // The pre-commit framework names the files (all of them under
    // --all-files); git's hook names none: ask git what is staged.
    Expected<StagedTree> T = stagedTree(*Rules, Inputs);
    if (!T)
      return fail("--staged: " + toString(T.takeError()));
    if (!T->Relevant)
      return 0; // The commit touches no MD thread code, nor what it read.
    Tree.emplace(std::move(*T));
    if (std::optional<int> Status = checkStaged(S, *Rules, *Tree, TreeOptions))
      return *Status;
  } else if (Inputs.empty() && Database) {
    // Only the rules' MD thread sources; never a silent "0 files".
    std::vector<std::string> MD = mdFilesIn(*Database, *Rules);
    size_t All = Database->getAllFiles().size();
    if (MD.empty()) {
      std::set<std::string> Sources;
      for (const ArchRule &R : Rules->arches())
        Sources.insert(R.Sources.begin(), R.Sources.end());
      return fail("-p " + BuildPath +
                  ": no MD thread code the rules name among its " +
                  Twine(All) + (All == 1 ? " file (" : " files (") +
                  join(Sources, ", ") +
                  "); name the files to analyze after -p " + BuildPath);
    }
    if (MD.size() < All)
      errs() << "pcbcheck: note: -p " << BuildPath << ": analyzing the "
             << MD.size() << " MD thread source" << (MD.size() == 1 ? "" : "s")
             << " among its " << All
             << " files; name a file to analyze another\n";
    for (const std::string &F : MD) {
      std::optional<TreeFile> Home =
          Arches.empty() ? treeOf(F, *Rules) : std::nullopt;
      S.file(*Database, F, F, Home ? Rules->byArch(Home->Arch) : nullptr);
    }
  } else {
    // No PATH: in /usr/src, its sys/ or a machine directory, that tree;
    // elsewhere nothing (the example's findings would look like the
    // user's, and fail a CI job that never named it).
    bool Here = Inputs.empty();
    if (Here)
      Inputs.push_back(".");
    for (const std::string &Input : Inputs) {
      std::optional<TreeFile> InTree;
      if (fs::is_directory(Input)) {
        Expected<SysTreePlan> Plan = planSysTree(Input, *Rules, TreeOptions);
        if (Here && !Plan)
          return fail("no PATH given: " + toString(Plan.takeError()) +
                      "; name a tree or a file (pcbcheck /usr/src/sys); the "
                      "bundled example is " +
                      bundledExamples(argv[0]));
        // --arch named it: a tree without it is an error, not "0 files".
        for (const std::string &A : Arches)
          if (Plan && !is_contained(Plan->Present, A))
            S.error(Input + ": no MD thread code of " + A + " here (--arch=" +
                    A + ")");
        S.plan(std::move(Plan));
      } else if (!fs::exists(Input)) {
        S.error(Input + ": no such file or directory");
        MissingInput = true;
      } else if (!fs::is_regular_file(Input)) {
        // A FIFO would hang clang's read, a device never end it.
        S.error(Input + ": not a regular file", absolutePath(Input));
      } else if (!is_contained({".c", ".h", ".i"}, sys::path::extension(Input))) {
        S.error(Input + ": not a C file (pcbcheck takes .c files and sys/ "
                        "directories)",
                absolutePath(Input));
      } else if (!HaveCompilerArgs && !Database &&
                 (InTree = treeOf(Input, *Rules))) {
        // A file of a sys/ tree is built as the directory mode builds it.
        SysTreeOptions FileOptions = TreeOptions;
        FileOptions.Arches = {InTree->Arch};
        FileOptions.File = Input;
        S.plan(planSysTree(InTree->Root, *Rules, FileOptions));
      } else if (!HaveCompilerArgs && !Database) {
        S.error(Input + ": no compile command: pass compiler arguments "
                        "after -- or a build directory with -p",
                absolutePath(Input));
      } else {
        // A file of sys/<arch>/ is that architecture's, whatever the host.
        std::optional<TreeFile> Home =
            Arches.empty() ? treeOf(Input, *Rules) : std::nullopt;
        S.file(HaveCompilerArgs ? static_cast<CompilationDatabase &>(Fixed)
                                : *Database,
               Input, Input, Home ? Rules->byArch(Home->Arch) : nullptr);
      }
    }
  }

  if (!Staged)
    S.run(Jobs);
  warnUnmatchedRules(S.Results);
  std::vector<Finding> &Findings = S.Results.Findings;
  if (Root.getNumOccurrences() && Format == OutputFormat::Sarif)
    if (std::string Outside = outsideRoot(S.analyzedFiles()); !Outside.empty())
      return fail("--root=" + Root + ": " + Outside +
                  " is not below it; SARIF paths would not map to the "
                  "repository");
  llvm::sort(Findings, [](const Finding &A, const Finding &B) {
    return std::tie(A.Where.File, A.Where.Line, A.Where.Column, A.Message) <
           std::tie(B.Where.File, B.Where.Line, B.Where.Column, B.Message);
  });
  bool Fixing = Fix || Apply || !ExportFixes.empty();
  // --apply in text says what it wrote, and shows what it could not fix.
  bool ApplyText = Apply && !Fix && Format == OutputFormat::Text;
  if (!Fix && Format == OutputFormat::Text && !ApplyText)
    printText(outs(), Findings);
  outs().flush(); // Findings before the hints and the summary on stderr.
  if (Staged && !Findings.empty())
    printStagedAdvice(Findings, *Tree,
                      workTreeFixed(Settings, Findings, *Tree, TreeOptions),
                      commandName(argv[0]));
  FixCounts Counts;
  if (Fixing)
    Counts = writeFixes(S);
  if (ApplyText) {
    std::vector<Finding> Left;
    for (const Finding *F : Counts.NotApplied)
      Left.push_back(*F);
    printText(outs(), Left);
  }

  unsigned Failed = S.FailedFiles;
  unsigned Analyzed = S.analyzed() - Failed;
  // The machine formats come last, with every error of the run in them.
  if (!Fix && Format != OutputFormat::Text) {
    SmallString<256> RootDir(Root.empty() ? "." : Root.getValue());
    fs::make_absolute(RootDir);
    sys::path::remove_dots(RootDir, true);
    RunSummary Run{Analyzed, Failed, S.RunErrors, S.RunNotes};
    if (Format == OutputFormat::Json)
      printJson(outs(), Findings, RootDir, Run);
    else
      printSarif(outs(), Findings, RootDir, Run);
  }
  if (std::string Why = stdoutFailure(); !Why.empty())
    S.error("standard output: " + Why + "; the report is incomplete");
  errs() << "pcbcheck: " << Analyzed << (Analyzed == 1 ? " file" : " files")
         << " analyzed";
  if (Failed)
    errs() << ", " << Failed << " failed";
  errs() << ", " << Findings.size()
         << (Findings.size() == 1 ? " finding" : " findings");
  if (Fix)
    errs() << fixCount(Counts.Printed, "printed");
  if (Apply)
    errs() << fixCount(Counts.Applied, "applied");
  if (!ExportFixes.empty())
    errs() << fixCount(Counts.Exported, "exported");
  if (Counts.Refused)
    errs() << fixCount(Counts.Refused, "refused");
  if (unsigned Other = S.Errors - Failed)
    errs() << ", " << Other << (Other == 1 ? " error" : " errors");
  errs() << "\n";
  if (S.Errors)
    return 2;
  if (Fixing)
    return Counts.Unfixable ? 1 : 0;
  return Findings.empty() ? 0 : 1;
}

/// Why pcbcheck cannot work from the current directory, or "": LLVM
/// aborts ("out of memory") asking for a working directory whose path is
/// longer than PATH_MAX.
std::string unusableWorkingDirectory() {
  char *Cwd = ::getcwd(nullptr, 0);
  if (!Cwd)
    return std::string("the current directory cannot be read: ") +
           strerror(errno);
  size_t Length = strlen(Cwd);
  free(Cwd);
  if (Length < PATH_MAX)
    return "";
  return "the current directory's path is " + std::to_string(Length) +
         " bytes, longer than PATH_MAX (" + std::to_string(PATH_MAX) +
         "), which clang cannot work in; run pcbcheck from a shorter path";
}

int main(int argc, const char **argv) {
  if (std::string Why = unusableWorkingDirectory(); !Why.empty())
    return fail(Why);
  int Status = runCommand(argc, argv);
  // git bisect run: 125 skips a revision, 128 and above stop the
  // bisection (a mistyped command must not mark every revision bad).
  bool Bisecting = any_of(ArrayRef<const char *>(argv, argc), [](StringRef A) {
    return A == "--bisect" || A == "-bisect";
  });
  if (Status == 2 && Bisecting)
    return AnalysisFailed && !MissingInput ? 125 : 128;
  return Status;
}
