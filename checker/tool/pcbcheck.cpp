//===- pcbcheck.cpp - The pcbcheck command --------------------------------===//
//
// pcbcheck [options] [PATH...] [-- compiler-args]
//
// Runs mdthread.PcbFpuFlags over C files (with the compiler arguments after
// "--" or a compile_commands.json from -p) and over FreeBSD sys/ trees
// (every architecture's MD thread code, no kernel build needed).  With no
// PATH it analyzes the bundled examples/sys.  Exit status: 0 clean,
// 1 findings, 2 error.
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"
#include "Fixes.h"
#include "PcbFpuFlagsChecker.h"
#include "Rules.h"
#include "SysTree.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <tuple>

using namespace pcbcheck;
using namespace llvm;
namespace fs = llvm::sys::fs;

namespace {

cl::OptionCategory Category("pcbcheck options");

cl::list<std::string> Paths(cl::Positional, cl::desc("[PATH...]"),
                            cl::cat(Category));
cl::opt<std::string> Arch("arch",
                          cl::desc("Use this architecture's rules for every "
                                   "file (default: from the target)"),
                          cl::value_desc("name"), cl::cat(Category));
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
// For tests: a shell command run between analysis and --apply's writes.
cl::opt<std::string> BeforeApply("test-before-apply", cl::Hidden,
                                 cl::cat(Category));
cl::opt<bool> PrintRules("print-rules",
                         cl::desc("Print the architectures and their flags, "
                                  "then exit"),
                         cl::cat(Category));

const char Overview[] =
    "pcbcheck: finds kernel-FPU ownership flags that new threads inherit in "
    "FreeBSD MD thread code\n\n"
    "  pcbcheck [options] [PATH...] [-- compiler-args]\n\n"
    "PATH is a C file or a directory that is or contains a FreeBSD sys/ "
    "tree;\nwithout PATH the bundled examples/sys is analyzed.  Exit "
    "status: 0 clean,\n1 findings, 2 error.\n";

int fail(const Twine &Message) {
  errs() << "pcbcheck: error: " << Message << "\n";
  return 2;
}

/// The bundled example tree: beside an installed binary, else the source
/// tree this binary was built from.
std::string bundledExamples(const char *Argv0) {
  std::string Exe = sys::fs::getMainExecutable(
      Argv0, reinterpret_cast<void *>(&bundledExamples));
  SmallString<256> Installed(sys::path::parent_path(sys::path::parent_path(Exe)));
  sys::path::append(Installed, "share", "pcbcheck", "examples", "sys");
  if (fs::is_directory(Installed))
    return Installed.str().str();
  return PCBCHECK_SOURCE_DIR "/examples/sys";
}

void printFinding(const Finding &F) {
  outs() << F.Where.File << ":" << F.Where.Line << ":" << F.Where.Column
         << ": warning: " << F.Message << " [" << CheckerName << "]\n";
  for (const FindingNote &N : F.Notes)
    outs() << N.Where.File << ":" << N.Where.Line << ":" << N.Where.Column
           << ": note: " << N.Message << "\n";
}

void printRules(const RuleSet &Rules) {
  for (const ArchRule &R : Rules.arches()) {
    outs() << R.Arch << ": " << R.FlagField << " ownership";
    for (const std::string &F : R.OwnershipFlags)
      outs() << " " << F;
    outs() << "; functions";
    for (const ThreadFunction &F : R.Functions)
      outs() << " " << F.Name;
    outs() << "\n";
  }
}

} // namespace

int main(int argc, const char **argv) {
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
  if (!cl::ParseCommandLineOptions(OurArgc, argv, Overview, &errs()))
    return 2;

  Expected<RuleSet> Rules = loadRules(RulesFile);
  if (!Rules)
    return fail(toString(Rules.takeError()));
  if (!Arch.empty() && !Rules->byArch(Arch))
    return fail("--arch=" + Arch + ": no rules for it (known: " +
                Rules->archNames() + ")");
  if (PrintRules) {
    printRules(*Rules);
    return 0;
  }

  CheckerSettings Settings;
  Settings.RulesPath = RulesFile;
  Settings.Arch = Arch;
  Settings.CheckFork = CheckFork;

  std::unique_ptr<clang::tooling::CompilationDatabase> Database;
  if (!BuildPath.empty()) {
    std::string Error;
    Database = clang::tooling::CompilationDatabase::loadFromDirectory(
        BuildPath, Error);
    if (!Database)
      return fail("-p " + BuildPath + ": " + Error);
  }
  auto Fixed = std::make_unique<clang::tooling::FixedCompilationDatabase>(
      ".", CompilerArgs);

  std::vector<std::string> Inputs(Paths.begin(), Paths.end());
  if (Inputs.empty())
    Inputs.push_back(bundledExamples(argv[0]));

  // Everything analyzed, with its command, so a fix can be re-checked.
  struct Analyzed {
    const clang::tooling::CompilationDatabase *DB;
    std::string Display;
  };
  std::map<std::string, Analyzed> Files;
  std::vector<SysTreePlan> Plans;
  std::vector<std::unique_ptr<clang::tooling::CompilationDatabase>> ArchDBs;
  AnalysisResults Results;
  unsigned Errors = 0;
  auto Run = [&](const clang::tooling::CompilationDatabase &DB,
                 const std::string &File) {
    Files[absolutePath(File)] = {&DB, File};
    if (!analyzeFile(DB, File, File, Settings, Results)) {
      fail(File + ": could not be analyzed (see the errors above)");
      ++Errors;
    }
  };
  for (const std::string &Input : Inputs) {
    if (fs::is_directory(Input)) {
      Expected<SysTreePlan> Plan = planSysTree(Input, *Rules);
      if (!Plan) {
        fail(toString(Plan.takeError()));
        ++Errors;
        continue;
      }
      for (const std::string &Problem : Plan->Problems)
        errs() << "pcbcheck: warning: " << Problem << "\n";
      for (const SysJob &Job : Plan->Jobs) {
        ArchDBs.push_back(
            std::make_unique<clang::tooling::FixedCompilationDatabase>(
                ".", Job.Args));
        Run(*ArchDBs.back(), Job.File);
      }
      Plans.push_back(std::move(*Plan));
      continue;
    }
    if (!fs::exists(Input)) {
      fail(Input + ": no such file or directory");
      ++Errors;
      continue;
    }
    if (!HaveCompilerArgs && !Database) {
      fail(Input + ": no compile command: pass compiler arguments after -- "
                   "or a build directory with -p");
      ++Errors;
      continue;
    }
    Run(HaveCompilerArgs || !Database ? *Fixed : *Database, Input);
  }
  std::vector<Finding> &Findings = Results.Findings;
  unsigned AnalyzedCount = Files.size();
  llvm::sort(Findings, [](const Finding &A, const Finding &B) {
    return std::tie(A.Where.File, A.Where.Line, A.Where.Column, A.Message) <
           std::tie(B.Where.File, B.Where.Line, B.Where.Column, B.Message);
  });
  bool Fixing = Fix || Apply || !ExportFixes.empty();
  if (!Fix)
    for (const Finding &F : Findings)
      printFinding(F);

  unsigned Unfixed = 0;
  if (Fixing) {
    for (const Finding &F : Findings)
      if (F.Fix.empty()) {
        errs() << "pcbcheck: warning: " << F.Where.File << ":" << F.Where.Line
               << ": no safe place for a fix; fix it by hand\n";
        ++Unfixed;
      }
    Expected<std::vector<FilePatch>> Patches = buildPatches(Results);
    if (!Patches) {
      fail(toString(Patches.takeError()));
      ++Errors;
    } else {
      for (const FilePatch &P : *Patches) {
        // The fix must compile and remove what it was made for.
        auto Job = Files.find(P.File);
        if (Job == Files.end()) {
          fail(P.File + ": the fix lands outside the analyzed files; not "
                        "written");
          ++Errors;
          continue;
        }
        AnalysisResults Check;
        if (!analyzeFile(*Job->second.DB, Job->second.Display,
                         Job->second.Display, Settings, Check, &P.Fixed) ||
            llvm::any_of(Check.Findings, [&](const Finding &After) {
              return llvm::any_of(P.Findings, [&](const Finding *Before) {
                return After.AbsoluteFile == Before->AbsoluteFile &&
                       After.Function == Before->Function;
              });
            })) {
          fail(Job->second.Display + ": the fix does not remove the finding "
                                     "cleanly; nothing written");
          ++Errors;
          continue;
        }
        if (Fix)
          outs() << renderGitDiff(P);
        if (Apply) {
          if (!BeforeApply.empty())
            sys::ExecuteAndWait("/bin/sh", {"sh", "-c", BeforeApply});
          if (Error E = applyInPlace(P)) {
            fail(toString(std::move(E)));
            ++Errors;
          }
        }
      }
      if (!ExportFixes.empty())
        if (Error E = exportFixes(ExportFixes, Results)) {
          fail(toString(std::move(E)));
          ++Errors;
        }
    }
  }
  outs().flush();
  errs() << "pcbcheck: " << AnalyzedCount
         << (AnalyzedCount == 1 ? " file" : " files") << " analyzed, "
         << Findings.size()
         << (Findings.size() == 1 ? " finding" : " findings");
  if (Fixing)
    errs() << ", " << (Findings.size() - Unfixed) << " fixed";
  if (Errors)
    errs() << ", " << Errors << (Errors == 1 ? " error" : " errors");
  errs() << "\n";
  if (Errors)
    return 2;
  if (Fixing)
    return Unfixed ? 1 : 0;
  return Findings.empty() ? 0 : 1;
}
