//===- GeneratedHeaders.cpp - Headers make buildkernel generates ----------===//
//
// kern.post.mk's recipes, one per header:
//   vnode_if.h, vnode_if_newproto.h, vnode_if_typedef.h:
//       awk -f tools/vnode_if.awk kern/vnode_if.src -h (-p, -q)
//   NAME_if.h:  awk -f tools/makeobjops.awk PATH/NAME_if.m -h
//               (PATH as conf/files or conf/files.<machine> lists it)
//   offset.inc: cc -c kern/genoffset.c; sh kern/genoffset.sh genoffset.o
// The generators write into the current directory, so each runs in a
// temporary one with copies of its inputs (the tree may be a git revision
// that is nowhere on disk), removed at once.  genoffset.sh reads the
// object with $NM; ours lists the common symbols clang's AST gives
// (CommonSymbols.h), in nm's format, so the tree's own script writes
// struct thread_lite.
//
//===----------------------------------------------------------------------===//

#include "GeneratedHeaders.h"
#include "CommonSymbols.h"
#include "Process.h"
#include "WholeFile.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"

#include <atomic>
#include <csignal>
#include <mutex>
#include <unistd.h>

using namespace llvm;
using namespace pcbcheck;
namespace path = llvm::sys::path;

namespace {

using Made = HeaderGenerators::Made;

/// A generator may not hang the analysis.
constexpr unsigned GeneratorSeconds = 120;

Error failure(const Twine &Why) {
  return createStringError(inconvertibleErrorCode(), "%s", Why.str().c_str());
}

std::string under(StringRef Dir, StringRef Rel) {
  SmallString<256> P(Dir);
  path::append(P, Rel);
  return P.str().str();
}

/// \p Path's text through \p FS, its hash kept in \p Inputs.
std::optional<std::string> readInput(vfs::FileSystem &FS,
                                     const std::string &Path,
                                     std::map<std::string, std::string> &Inputs) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf = FS.getBufferForFile(Path);
  if (!Buf)
    return std::nullopt;
  std::string Text = (*Buf)->getBuffer().str();
  Inputs[Path] = contentHash(Text);
  return Text;
}

/// Whether every input of \p M still has the text it was made from.
bool stillValid(const Made &M, vfs::FileSystem &FS) {
  for (const auto &[Path, Hash] : M.Inputs) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> Buf = FS.getBufferForFile(Path);
    if (!Buf || contentHash((*Buf)->getBuffer()) != Hash)
      return false;
  }
  return true;
}

/// The scratch directories that exist now, for the signal handlers:
/// LLVM removes the files we registered in them on a signal, and these
/// the directories with what a killed generator left (removeFlatDirectory
/// makes only async-signal-safe calls).
std::atomic<const char *> LiveDirs[16];

void removeLiveDirs(void * = nullptr) {
  for (std::atomic<const char *> &D : LiveDirs)
    if (const char *Path = D.load())
      removeFlatDirectory(Path);
}

void removeLiveDirsOnInterrupt() { removeLiveDirs(); }

/// A temporary directory for one generator run, removed with everything
/// in it, also when a signal ends pcbcheck.
class Workdir {
public:
  Workdir() {
    static std::once_flag Handlers;
    std::call_once(Handlers, [] {
      sys::AddSignalHandler(removeLiveDirs, nullptr); // Crashes.
      onInterrupt(removeLiveDirsOnInterrupt);         // SIGINT, SIGTERM.
    });
    SignalsHeld Hold; // Created and known to the handlers as one step.
    if (std::error_code EC =
            sys::fs::createUniqueDirectory("pcbcheck-gen", Dir)) {
      Problem = "cannot create a temporary directory: " + EC.message();
      return;
    }
    Dir.c_str(); // NUL-terminated for the handlers.
    for (std::atomic<const char *> &D : LiveDirs) {
      const char *Free = nullptr;
      if (D.compare_exchange_strong(Free, Dir.data())) {
        Slot = &D;
        break;
      }
    }
  }
  ~Workdir() {
    for (const std::string &F : Written)
      sys::DontRemoveFileOnSignal(F);
    if (Problem.empty())
      sys::fs::remove_directories(Dir);
    if (Slot)
      Slot->store(nullptr);
  }
  const std::string &problem() const { return Problem; }
  std::string path(StringRef Name) const { return under(Dir, Name); }

  Error write(StringRef Name, StringRef Text, bool Executable = false) {
    std::string P = path(Name);
    sys::RemoveFileOnSignal(P);
    Written.push_back(P);
    if (Error E = writeWholeFile(P, Text))
      return E;
    if (!Executable)
      return Error::success();
    if (std::error_code EC = sys::fs::setPermissions(
            P, sys::fs::perms::owner_all | sys::fs::perms::group_read |
                   sys::fs::perms::group_exe))
      return failure(P + ": " + EC.message());
    return Error::success();
  }

  /// Files the generator will write, removed on SIGINT too.
  void expect(StringRef Name) {
    Written.push_back(path(Name));
    sys::RemoveFileOnSignal(Written.back());
  }

  /// \p Command run in this directory.
  ProcessOutput run(const std::vector<std::string> &Command) const {
    std::vector<StringRef> Argv = {"sh", "-c", "cd \"$1\" && shift && exec \"$@\"",
                                   "sh", Dir};
    Argv.insert(Argv.end(), Command.begin(), Command.end());
    return runProgram("/bin/sh", Argv, GeneratorSeconds);
  }

private:
  SmallString<256> Dir;
  std::string Problem;
  std::vector<std::string> Written;
  std::atomic<const char *> *Slot = nullptr;
};

/// "awk -f tools/vnode_if.awk kern/vnode_if.src -h failed (exit 2): why"
std::string ranBadly(const std::vector<std::string> &Shown,
                     const ProcessOutput &P) {
  std::string Why = join(Shown, " ");
  if (P.Status < 0)
    return Why + " could not run or did not finish";
  Why += " failed (exit " + std::to_string(P.Status) + ")";
  StringRef First = StringRef(P.Err).trim().split('\n').first;
  if (!First.empty())
    Why += ": " + First.str();
  return Why;
}

/// \p Output of an awk generator: awk -f SCRIPT SOURCE FLAG, as the tree
/// spells SCRIPT and SOURCE (relative to sys/).
Made runAwk(vfs::FileSystem &FS, const GeneratorTarget &T, StringRef Script,
            StringRef Source, StringRef Flag, StringRef Output,
            std::map<std::string, std::string> Inputs = {}) {
  Made M;
  M.Inputs = std::move(Inputs);
  std::vector<std::string> Shown = {"awk", "-f", Script.str(), Source.str(),
                                    Flag.str()};
  std::optional<std::string> ScriptText =
      readInput(FS, under(T.SysRoot, Script), M.Inputs);
  std::optional<std::string> SourceText =
      readInput(FS, under(T.SysRoot, Source), M.Inputs);
  if (!ScriptText || !SourceText) {
    M.Error = "the tree has no " + (ScriptText ? Source : Script).str() +
              " to generate it with (" + join(Shown, " ") + ")";
    return M;
  }
  ErrorOr<std::string> Awk = sys::findProgramByName("gawk");
  if (!Awk)
    Awk = sys::findProgramByName("awk");
  if (!Awk) {
    M.Error = "awk is not on PATH (" + join(Shown, " ") + ")";
    return M;
  }
  Workdir W;
  std::string ScriptName = path::filename(Script).str();
  std::string SourceName = path::filename(Source).str();
  if (!W.problem().empty()) {
    M.Error = W.problem();
    return M;
  }
  if (Error E = W.write(ScriptName, *ScriptText)) {
    M.Error = toString(std::move(E));
    return M;
  }
  if (Error E = W.write(SourceName, *SourceText)) {
    M.Error = toString(std::move(E));
    return M;
  }
  W.expect(Output);
  ProcessOutput P = W.run({*Awk, "-f", ScriptName, SourceName, Flag.str()});
  ErrorOr<std::unique_ptr<MemoryBuffer>> Out =
      MemoryBuffer::getFile(W.path(Output));
  if (P.Status != 0)
    M.Error = ranBadly(Shown, P);
  else if (!Out)
    M.Error = join(Shown, " ") + " wrote no " + Output.str();
  else
    M.Text = std::make_shared<const std::string>((*Out)->getBuffer().str());
  return M;
}

/// The .m file conf/files or conf/files.<machine> lists for \p Header
/// ("device_if.h" -> "kern/device_if.m"), relative to sys/; those lists
/// are inputs too.  A tree without either (a checkout of a few
/// directories) has it in kern/ or not at all.
std::optional<std::string>
interfaceSource(vfs::FileSystem &FS, const GeneratorTarget &T,
                StringRef Header, std::map<std::string, std::string> &Inputs) {
  std::string Wanted = Header.drop_back(2).str() + ".m";
  bool Listed = false;
  for (const std::string &List :
       {std::string("conf/files"), "conf/files." + T.Machine}) {
    std::optional<std::string> Text =
        readInput(FS, under(T.SysRoot, List), Inputs);
    if (!Text)
      continue;
    Listed = true;
    SmallVector<StringRef, 0> Words;
    SplitString(*Text, Words, " \t\n\r\\");
    for (StringRef W : Words)
      if (W.ends_with(".m") && path::filename(W) == Wanted)
        return W.str();
  }
  if (!Listed && readInput(FS, under(T.SysRoot, "kern/" + Wanted), Inputs))
    return "kern/" + Wanted;
  return std::nullopt;
}

/// \p V in base \p Base, lower case.
std::string inBase(uint64_t V, unsigned Base) {
  std::string S;
  do {
    S.insert(S.begin(), "0123456789abcdef"[V % Base]);
    V /= Base;
  } while (V);
  return S;
}

/// What our nm prints for genoffset.o's common symbols in radix \p Radix
/// ('d', 'o' or 'x'): nm's own layout, zero-padded to the target's width.
std::string nmListing(const CommonSymbols &Symbols, char Radix) {
  std::string Out;
  for (const auto &[Name, Size] : Symbols.Sizes) {
    std::string Value = inBase(Size, Radix == 'd' ? 10 : Radix == 'o' ? 8 : 16);
    if (Value.size() < Symbols.ValueDigits)
      Value.insert(0, Symbols.ValueDigits - Value.size(), '0');
    Out += Value + " C " + Name + "\n";
  }
  return Out;
}

/// An nm for genoffset.sh: whatever object it is given, it prints our
/// listing of it in the radix asked (-t d, -td, --radix=d; hex without).
const char NmShim[] = R"(#!/bin/sh
# nm, as genoffset.sh runs it, over the common symbols pcbcheck listed.
radix=x
while [ $# -gt 1 ]; do
	case $1 in
	-t) radix=$2; shift ;;
	-t?) radix=${1#-t} ;;
	--radix=?) radix=${1#--radix=} ;;
	esac
	shift
done
exec cat "$1.$radix"
)";

/// offset.inc: genoffset.c's offsets for the target, written by the
/// tree's genoffset.sh.
Made runGenoffset(IntrusiveRefCntPtr<vfs::FileSystem> FS,
                  const GeneratorTarget &T) {
  Made M;
  const std::string Source = "kern/genoffset.c", Script = "kern/genoffset.sh";
  std::vector<std::string> Shown = {"sh", Script, "genoffset.o"};
  std::optional<std::string> ScriptText =
      readInput(*FS, under(T.SysRoot, Script), M.Inputs);
  if (!ScriptText || !FS->exists(under(T.SysRoot, Source))) {
    M.Error = "the tree has no " + (ScriptText ? Source : Script) +
              " to generate it with (" + join(Shown, " ") + ")";
    return M;
  }
  Expected<CommonSymbols> Symbols =
      commonSymbolsOf(under(T.SysRoot, Source), T.CompileArgs, FS);
  if (!Symbols) {
    M.Error = Source + " does not compile for the target: " +
              toString(Symbols.takeError());
    return M;
  }
  M.Inputs.insert(Symbols->Inputs.begin(), Symbols->Inputs.end());
  Workdir W;
  if (!W.problem().empty()) {
    M.Error = W.problem();
    return M;
  }
  Error E = W.write("genoffset.sh", *ScriptText);
  E = joinErrors(std::move(E), W.write("nm", NmShim, /*Executable=*/true));
  for (char Radix : {'d', 'o', 'x'})
    E = joinErrors(std::move(E), W.write(std::string("genoffset.o.") + Radix,
                                         nmListing(*Symbols, Radix)));
  if (E) {
    M.Error = toString(std::move(E));
    return M;
  }
  // Until 13.0 the script sorted hexadecimal offsets in awk, which
  // FreeBSD's awk of the time read as numbers (strtod); gawk does so with
  // --non-decimal-data, mawk and today's one-true-awk do not.
  std::string AwkVar = "AWK=awk";
  if (StringRef(*ScriptText).contains("AWK")) {
    ErrorOr<std::string> Gawk = sys::findProgramByName("gawk");
    if (!Gawk) {
      M.Error = Script + " sorts hexadecimal offsets in awk, which needs an "
                         "awk that reads them as numbers as FreeBSD's did "
                         "before 13.0: install gawk (Debian: apt-get install "
                         "gawk; FreeBSD: pkg install gawk)";
      return M;
    }
    AwkVar = "AWK=" + *Gawk + " --non-decimal-data";
  }
  ProcessOutput P = W.run({"env", "NM=" + W.path("nm"), "NMFLAGS=", AwkVar,
                           "sh", "genoffset.sh", "genoffset.o"});
  if (P.Status != 0)
    M.Error = ranBadly(Shown, P);
  else if (StringRef(P.Out).trim().empty())
    M.Error = join(Shown, " ") + " printed nothing";
  else
    M.Text = std::make_shared<const std::string>(std::move(P.Out));
  return M;
}

/// \p Name made afresh.
Made make(StringRef Name, const GeneratorTarget &T,
          IntrusiveRefCntPtr<vfs::FileSystem> FS) {
  if (Name == "offset.inc")
    return runGenoffset(FS, T);
  if (Name.starts_with("vnode_if")) {
    StringRef Flag = Name == "vnode_if.h"            ? "-h"
                     : Name == "vnode_if_newproto.h" ? "-p"
                                                     : "-q";
    return runAwk(*FS, T, "tools/vnode_if.awk", "kern/vnode_if.src", Flag,
                  Name);
  }
  std::map<std::string, std::string> Inputs;
  std::optional<std::string> Interface =
      interfaceSource(*FS, T, Name, Inputs);
  if (!Interface) {
    Made M;
    M.Inputs = std::move(Inputs);
    M.Error = "no " + Name.drop_back(2).str() + ".m in conf/files or conf/files." +
              T.Machine + " (or, without them, in kern/) to generate it from";
    return M;
  }
  return runAwk(*FS, T, "tools/makeobjops.awk", *Interface, "-h", Name,
                std::move(Inputs));
}

} // namespace

bool HeaderGenerators::generates(StringRef Name) {
  return Name == "offset.inc" || Name == "vnode_if.h" ||
         Name == "vnode_if_newproto.h" || Name == "vnode_if_typedef.h" ||
         (Name.ends_with("_if.h") && Name.size() > 5 && !Name.contains('/'));
}

Expected<std::shared_ptr<const std::string>>
HeaderGenerators::generate(StringRef Name, const GeneratorTarget &T,
                           IntrusiveRefCntPtr<vfs::FileSystem> FS) {
  // offset.inc depends on the target; the awk outputs only on their
  // inputs, which the tree's path names.
  std::string Key = Name.str() + '\0' + T.SysRoot;
  if (Name == "offset.inc")
    Key += '\0' + join(T.CompileArgs, "\1");
  std::vector<std::shared_ptr<const Made>> Candidates;
  {
    std::lock_guard<std::mutex> Guard(Lock);
    Candidates = Cache[Key];
  }
  std::shared_ptr<const Made> Found;
  for (const std::shared_ptr<const Made> &M : Candidates)
    if (stillValid(*M, *FS)) {
      Found = M;
      break;
    }
  if (!Found) {
    Found = std::make_shared<const Made>(make(Name, T, FS));
    // A failure is not kept: what was missing may be there next time.
    std::lock_guard<std::mutex> Guard(Lock);
    if (Found->Text) {
      Cache[Key].push_back(Found);
      Log.push_back({Key, Found});
    }
  }
  if (!Found->Text)
    return failure(Found->Error);
  return Found->Text;
}

size_t HeaderGenerators::mark() {
  std::lock_guard<std::mutex> Guard(Lock);
  return Log.size();
}

json::Value HeaderGenerators::madeSince(size_t Mark) {
  std::lock_guard<std::mutex> Guard(Lock);
  json::Array Out;
  for (size_t I = Mark; I < Log.size(); ++I) {
    json::Object Inputs;
    for (const auto &[Path, Hash] : Log[I].second->Inputs)
      Inputs[Path] = Hash;
    Out.push_back(json::Object{{"key", Log[I].first},
                               {"inputs", std::move(Inputs)},
                               {"text", *Log[I].second->Text}});
  }
  return Out;
}

void HeaderGenerators::adopt(const json::Value &Entries) {
  const json::Array *List = Entries.getAsArray();
  if (!List)
    return;
  std::lock_guard<std::mutex> Guard(Lock);
  for (const json::Value &E : *List) {
    json::Path::Root Root;
    json::ObjectMapper O(E, Root);
    std::string Key, Text;
    auto M = std::make_shared<Made>();
    if (!O || !O.map("key", Key) || !O.map("inputs", M->Inputs) ||
        !O.map("text", Text))
      continue;
    M->Text = std::make_shared<const std::string>(std::move(Text));
    std::vector<std::shared_ptr<const Made>> &Kept = Cache[Key];
    // Two children may have made the same header.
    if (none_of(Kept, [&](const std::shared_ptr<const Made> &K) {
          return K->Inputs == M->Inputs && *K->Text == *M->Text;
        })) {
      Kept.push_back(M);
      Log.push_back({Key, M});
    }
  }
}
