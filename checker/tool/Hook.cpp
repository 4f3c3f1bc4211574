//===- Hook.cpp - The git pre-commit hook ---------------------------------===//
//
// The hook runs pcbcheck --staged (Staged.h).  Without pcbcheck it still
// blocks a commit that touches MD thread code, and says why.
//
//===----------------------------------------------------------------------===//

#include "Hook.h"
#include "Git.h"
#include "Process.h"
#include "Staged.h"
#include "SysTree.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <unistd.h>

using namespace pcbcheck;
using namespace llvm;

namespace {

const char HookMarker[] = "# pcbcheck pre-commit hook";

/// An extended regular expression matching watchedPaths(), for the hook's
/// fallback when pcbcheck itself is gone.
std::string watchedRegex(const RuleSet &Rules) {
  std::vector<std::string> Paths;
  for (const ArchRule &R : Rules.arches())
    for (const std::string &P : R.inSysTree() ? watchedPaths(R)
                                              : std::vector<std::string>()) {
      std::string Escaped;
      for (char C : P)
        Escaped += std::string(C == '.' ? "\\" : "") + C;
      // A kernel config directory: any file in it.
      if (StringRef(Escaped).ends_with("/"))
        Escaped += "[^/]*";
      if (!is_contained(Paths, Escaped))
        Paths.push_back(Escaped);
    }
  return "(^|/)(" + join(Paths, "|") + ")$";
}

std::string hookScript(StringRef Tool, const RuleSet &Rules,
                       ArrayRef<std::string> StagedArgs) {
  std::string Staged = "\"$pcbcheck\" --staged";
  for (const std::string &A : StagedArgs)
    Staged += " " + shellQuoted(A);
  std::string S;
  raw_string_ostream OS(S);
  OS << "#!/bin/sh\n"
     << HookMarker << " (written by pcbcheck --install-hook)\n"
     << "# Blocks a commit whose staged MD thread code lets a new thread\n"
     << "# inherit kernel-FPU ownership.  Bypass: git commit --no-verify\n"
     // The path is data: quoted once, then only ever expanded in quotes.
     << "installed=" << shellQuoted(Tool) << "\n"
     << "pcbcheck=$installed\n"
     << "# Moved since it was installed: the one on PATH will do.\n"
     << "[ -x \"$pcbcheck\" ] || pcbcheck=$(command -v pcbcheck) || pcbcheck=\n"
     << "if [ -z \"$pcbcheck\" ]; then\n"
     // What the last checks read (pcbcheck --staged's record, NUL
     // separated) counts as MD thread code too.
     << "\tdeps=$(git rev-parse --git-path " << StagedRecordName << ")\n"
     << "\ttouched=\n"
     << "\tif [ -f \"$deps\" ] && list=$(mktemp); then\n"
     << "\t\ttr '\\000' '\\n' < \"$deps\" > \"$list\"\n"
     << "\t\tgit diff --cached --name-only | grep -Fxq -f \"$list\" && touched=1\n"
     << "\t\trm -f \"$list\"\n"
     << "\tfi\n"
     << "\tif [ -n \"$touched\" ] ||\n"
     << "\t    git diff --cached --name-only |\n"
     << "\t    grep -Eq " << shellQuoted(watchedRegex(Rules)) << "; then\n"
     << "\t\techo \"pcbcheck: not found at $installed nor on PATH, and "
        "this commit touches MD thread code: blocked.\" >&2\n"
     << "\t\techo \"pcbcheck: reinstall it, or bypass with: git commit --no-verify\" >&2\n"
     << "\t\texit 1\n"
     << "\tfi\n"
     << "\techo \"pcbcheck: warning: not found at $installed nor on PATH; "
        "this commit touches no MD thread code\" >&2\n"
     << "\texit 0\n"
     << "fi\n"
     << Staged << "\n"
     << "status=$?\n"
     << "case $status in\n"
     << "0)\texit 0 ;;\n"
     << "1)\techo \"pcbcheck: commit blocked by the findings above\" >&2 ;;\n"
     << "*)\techo \"pcbcheck: the check itself failed (exit $status), so the commit is blocked.\" >&2\n"
     << "\techo \"pcbcheck: bypass with: git commit --no-verify\" >&2 ;;\n"
     << "esac\n"
     << "exit 1\n";
  return S;
}

/// \p Text as the executable file \p Path, whole or not at all: written
/// beside it, synced, then renamed over it.
Error writeExecutable(const Twine &Path, StringRef Text) {
  Expected<sys::fs::TempFile> Temp =
      sys::fs::TempFile::create(Path + ".tmp-%%%%%%", sys::fs::all_read |
                                                          sys::fs::all_exe |
                                                          sys::fs::owner_write);
  if (!Temp)
    return Temp.takeError();
  raw_fd_ostream OS(Temp->FD, /*shouldClose=*/false);
  OS << Text;
  OS.flush();
  std::error_code EC = OS.error();
  if (!EC && ::fsync(Temp->FD) != 0)
    EC = std::error_code(errno, std::generic_category());
  if (!EC)
    EC = sys::fs::setPermissions(Temp->TmpName, sys::fs::all_read |
                                                    sys::fs::all_exe |
                                                    sys::fs::owner_write);
  if (EC) {
    OS.clear_error();
    consumeError(Temp->discard());
    return createStringError(EC, "%s", EC.message().c_str());
  }
  return Temp->keep(Path);
}

} // namespace

int pcbcheck::installHook(const char *Argv0, bool Force,
                          const RuleSet &Rules,
                          ArrayRef<std::string> StagedArgs) {
  // From sys/arm64 git says "../../.git/hooks": named without "..".
  Expected<std::string> Hooks = gitPath(".", "hooks");
  if (!Hooks) {
    errs() << "pcbcheck: error: not in a git repository: "
           << toString(Hooks.takeError()) << "\n";
    return 2;
  }
  SmallString<256> Dir(*Hooks);
  SmallString<256> Hook(Dir);
  sys::path::append(Hook, "pre-commit");
  if (auto Old = MemoryBuffer::getFile(Hook)) {
    if (!(*Old)->getBuffer().contains(HookMarker)) {
      if (!Force) {
        errs() << "pcbcheck: error: " << Hook
               << " exists and is not pcbcheck's; keeping it (--force "
                  "replaces it, keeping a copy)\n";
        return 2;
      }
      // The user's own hook is kept beside ours, never lost.
      std::string Saved = (Hook + ".pcbcheck-saved").str();
      for (unsigned I = 1; sys::fs::exists(Saved); ++I)
        Saved = (Hook + ".pcbcheck-saved." + Twine(I)).str();
      if (std::error_code EC = sys::fs::rename(Hook, Saved)) {
        errs() << "pcbcheck: error: " << Hook << ": cannot keep a copy: "
               << EC.message() << "\n";
        return 2;
      }
      outs() << "pcbcheck: kept your hook as " << Saved << "\n";
    }
  }
  if (std::error_code EC = sys::fs::create_directories(Dir)) {
    errs() << "pcbcheck: error: " << Dir << ": " << EC.message() << "\n";
    return 2;
  }
  std::string Tool =
      sys::fs::getMainExecutable(Argv0, reinterpret_cast<void *>(&installHook));
  if (Error E = writeExecutable(Hook, hookScript(Tool, Rules, StagedArgs))) {
    errs() << "pcbcheck: error: " << Hook << ": " << toString(std::move(E))
           << "; the hook is as it was\n";
    return 2;
  }
  outs() << "pcbcheck: installed " << Hook << "\n";
  return 0;
}
