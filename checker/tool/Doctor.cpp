//===- Doctor.cpp - Is this machine set up to run pcbcheck? ---------------===//
//
// The plugin loads only into the clang release it was built against, and a
// mismatched scan-build hides that: Debian's plain scan-build is LLVM 14
// and reports "0 bugs found" without a word.  --doctor says so instead.
//
//===----------------------------------------------------------------------===//

#include "Doctor.h"
#include "PcbFpuFlagsChecker.h"
#include "Process.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>

using namespace llvm;

namespace {

/// What a program printed (stdout and stderr), if it ran.
std::optional<std::string> capture(StringRef Program,
                                   ArrayRef<StringRef> Args) {
  pcbcheck::ProcessOutput P = pcbcheck::runProgram(Program, Args, 30);
  if (P.Status < 0)
    return std::nullopt;
  return P.Out + P.Err;
}

/// "19.1.7" from "... clang version 19.1.7 ...".
std::string clangVersion(StringRef Program) {
  std::optional<std::string> Text = capture(Program, {Program, "--version"});
  SmallVector<StringRef, 2> M;
  if (Text && Regex("clang version ([0-9]+\\.[0-9]+\\.[0-9]+)").match(*Text, &M))
    return M[1].str();
  return "";
}

/// The LLVM release a scan-build belongs to, from where it really lives
/// (Debian: /usr/share/clang/scan-build-19/bin/scan-build).
std::string scanBuildRelease(StringRef Program) {
  SmallString<256> Real;
  if (sys::fs::real_path(Program, Real))
    return "";
  SmallVector<StringRef, 2> M;
  if (Regex("(scan-build|llvm)-([0-9]+)").match(Real, &M))
    return M[2].str();
  return "";
}

struct Report {
  int Problems = 0;
  int Warnings = 0;
  void ok(const Twine &What) { outs() << "ok: " << What << "\n"; }
  /// Something to know that leaves a usable setup usable.
  void warning(const Twine &What, const Twine &Fix) {
    outs() << "warning: " << What << "\n  fix: " << Fix << "\n";
    ++Warnings;
  }
  void problem(const Twine &What, const Twine &Fix) {
    outs() << "problem: " << What << "\n  fix: " << Fix << "\n";
    ++Problems;
  }
};

} // namespace

std::string pcbcheck::pluginPath(const char *Argv0) {
  std::string Exe =
      sys::fs::getMainExecutable(Argv0, reinterpret_cast<void *>(&runDoctor));
  SmallString<256> Plugin(sys::path::parent_path(sys::path::parent_path(Exe)));
  sys::path::append(Plugin, "lib", "pcbcheck.so");
  return Plugin.str().str();
}

int pcbcheck::runDoctor(const char *Argv0) {
  Report R;
  StringRef Built = PCBCHECK_CLANG_VERSION;
  StringRef Major = Built.split('.').first;
  std::string Plugin = pluginPath(Argv0);
  outs() << "pcbcheck " PCBCHECK_VERSION ", plugin built for clang " << Built
         << ": " << Plugin << "\n";

  std::string Versioned = ("clang-" + Major).str();
  ErrorOr<std::string> Clang = sys::findProgramByName(Versioned);
  if (!Clang) {
    R.problem(Versioned + " is not on PATH",
              "install clang-" + Major + " (Debian: apt-get install clang-" +
                  Major + "; FreeBSD: pkg install llvm" + Major + ")");
  } else if (std::string V = clangVersion(*Clang); V != Built) {
    R.problem(*Clang + " is clang " + (V.empty() ? "of unknown version" : V) +
                  "; the plugin needs clang " + Built,
              "rebuild pcbcheck against this clang (scripts/setup)");
  } else {
    R.ok(*Clang + " is clang " + V);
  }

  if (ErrorOr<std::string> Plain = sys::findProgramByName("clang")) {
    std::string V = clangVersion(*Plain);
    if (StringRef(V).split('.').first != Major)
      R.warning(*Plain + " is clang " + (V.empty() ? "?" : V) +
                    ": it cannot load the plugin",
                "call " + Versioned + " by name with the plugin");
    else
      R.ok(*Plain + " is clang " + V);
  }

  std::string VersionedScan = ("scan-build-" + Major).str();
  if (ErrorOr<std::string> Scan = sys::findProgramByName(VersionedScan))
    R.ok(*Scan + " is scan-build " + scanBuildRelease(*Scan));
  else
    R.problem(VersionedScan + " is not on PATH",
              "install clang-tools-" + Major +
                  " (FreeBSD: the llvm" + Major + " package has it)");
  if (ErrorOr<std::string> Scan = sys::findProgramByName("scan-build")) {
    std::string Release = scanBuildRelease(*Scan);
    if (Release != Major)
      R.warning(*Scan + " is scan-build " +
                    (Release.empty() ? "of unknown release" : Release) +
                    ": with the plugin it finds nothing and says \"0 bugs "
                    "found\"",
                "run " + VersionedScan + " -load-plugin " + Plugin +
                    " -enable-checker " + CheckerName + " ...");
    else
      R.ok(*Scan + " is scan-build " + Release);
  }

  // The kernel build's header generators are awk scripts; genoffset.sh
  // before 13.0 needs an awk that reads hexadecimal numbers.
  if (ErrorOr<std::string> Gawk = sys::findProgramByName("gawk"))
    R.ok(*Gawk + " runs the tree's header generators (awk, "
                 "genoffset.sh of any era)");
  else if (ErrorOr<std::string> Awk = sys::findProgramByName("awk"))
    R.warning(*Awk + " runs the tree's header generators, but trees older "
                     "than 13.0 need gawk for offset.inc (their genoffset.sh "
                     "sorts hexadecimal offsets in awk)",
              "install gawk (Debian: apt-get install gawk; FreeBSD: pkg "
              "install gawk)");
  else
    R.warning("no awk on PATH: the headers a kernel build generates "
              "(offset.inc, vnode_if.h, device_if.h, ...) cannot be made, "
              "so no sys/ tree can be analyzed",
              "install gawk");

  if (!sys::fs::exists(Plugin)) {
    R.problem(Plugin + " does not exist", "build or install pcbcheck");
  } else if (Clang) {
    std::optional<std::string> Help = capture(
        *Clang, {*Clang, "-cc1", "-load", Plugin, "-analyzer-checker-help"});
    if (Help && StringRef(*Help).contains(CheckerName))
      R.ok("the plugin loads into " + *Clang + " and lists " + CheckerName);
    else
      R.problem("the plugin does not load into " + *Clang +
                    (Help ? ": " + StringRef(*Help).take_front(200) : ""),
                "rebuild pcbcheck against this clang (scripts/setup)");
  }

  // The line to run, with the plugin's absolute path: a relative one is
  // looked up where make runs scan-build's compiler (make -C, recursive
  // makes) and scan-build then reports "0 bugs found" in silence.
  if (!R.Problems)
    outs() << "scan-build: " << VersionedScan << " -load-plugin " << Plugin
           << " -enable-checker " << CheckerName
           << " --status-bugs make buildkernel\n";

  // The unversioned tools only warn: the versioned ones are what to use.
  outs() << "pcbcheck --doctor: ";
  if (R.Problems)
    outs() << R.Problems << " problem(s)";
  else
    outs() << (R.Warnings ? "usable" : "all good");
  if (R.Warnings)
    outs() << ", " << R.Warnings << " warning(s)";
  outs() << "\n";
  return R.Problems ? 1 : 0;
}
