//===- KernelConfig.cpp - What config(8) makes of a kernel config ---------===//
//
// The subset of config(8) that decides what the preprocessor sees: the
// config file with its includes, `options`, `nooptions`, `device`,
// `nodevice` and `cpu` (config(8) makes each cpu type and each device an
// option too: `device foo` is DEV_FOO), and the options files that say
// which header each option lands in ("NAME [header]", by default
// opt_<name in lower case>.h).
//
//===----------------------------------------------------------------------===//

#include "KernelConfig.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

using namespace pcbcheck;
using llvm::SmallVector;
using llvm::StringRef;

namespace {

llvm::Error problem(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 Message.str());
}

/// The line without its "#" comment (a "#" inside quotes stays).
StringRef withoutComment(StringRef Line) {
  bool Quoted = false;
  for (size_t I = 0; I < Line.size(); ++I) {
    if (Line[I] == '"')
      Quoted = !Quoted;
    else if (Line[I] == '#' && !Quoted)
      return Line.take_front(I);
  }
  return Line;
}

/// "A, B=1, C=\"x, y\"": the items of a comma list, quotes and
/// parentheses kept whole.
std::vector<std::string> listItems(StringRef List) {
  std::vector<std::string> Items;
  int Depth = 0;
  bool Quoted = false;
  size_t Start = 0;
  for (size_t I = 0; I <= List.size(); ++I) {
    char Ch = I < List.size() ? List[I] : ',';
    if (Ch == '"')
      Quoted = !Quoted;
    else if (!Quoted && Ch == '(')
      ++Depth;
    else if (!Quoted && Ch == ')')
      --Depth;
    else if (!Quoted && Depth <= 0 && Ch == ',') {
      StringRef Item = List.slice(Start, I).trim();
      if (!Item.empty())
        Items.push_back(Item.str());
      Start = I + 1;
    }
  }
  return Items;
}

struct SetOption {
  std::string Value;
  std::string Where; ///< "FILE:LINE" of the line that set it.
};

/// The directives of a config file and its includes, in order.
class ConfigReader {
public:
  ConfigReader(std::string ConfDir, llvm::vfs::FileSystem &FS)
      : ConfDir(std::move(ConfDir)), FS(FS) {}

  std::map<std::string, SetOption> Options;
  std::map<std::string, std::string> Devices; ///< Name -> where.
  std::vector<std::string> Warnings;

  llvm::Error read(const std::string &Path, const std::string &From) {
    if (llvm::is_contained(Stack, Path)) {
      std::string Chain;
      for (const std::string &P : Stack)
        Chain += llvm::sys::path::filename(P).str() + " -> ";
      return problem(From + ": include loop: " + Chain +
                     llvm::sys::path::filename(Path).str());
    }
    auto Buf = FS.getBufferForFile(Path);
    if (!Buf)
      return problem((From.empty() ? "" : From + ": ") + Path +
                     ": cannot read kernel config: " +
                     Buf.getError().message());
    Stack.push_back(Path);
    SmallVector<StringRef, 0> Lines;
    (*Buf)->getBuffer().split(Lines, '\n');
    for (size_t I = 0; I < Lines.size(); ++I)
      if (llvm::Error E = directive(withoutComment(Lines[I]).trim(),
                                    Path + ":" + std::to_string(I + 1)))
        return E;
    Stack.pop_back();
    return llvm::Error::success();
  }

private:
  std::string ConfDir;
  llvm::vfs::FileSystem &FS;
  std::vector<std::string> Stack;

  llvm::Error directive(StringRef Line, const std::string &Where) {
    if (Line.empty())
      return llvm::Error::success();
    size_t Space = Line.find_first_of(" \t");
    StringRef Keyword = Line.take_front(Space);
    StringRef Rest = Space == StringRef::npos ? "" : Line.substr(Space).trim();
    if (Keyword == "include") {
      std::string File = Rest.trim('"').str();
      if (!llvm::sys::path::is_absolute(File)) {
        llvm::SmallString<256> P(ConfDir);
        llvm::sys::path::append(P, File);
        File = P.str().str();
      }
      return read(File, Where);
    }
    if (Keyword == "options" || Keyword == "option" || Keyword == "cpu") {
      for (const std::string &Item : listItems(Rest)) {
        auto [Name, Value] = StringRef(Item).split('=');
        Options[Name.trim().str()] = {
            StringRef(Item).contains('=') ? Value.trim().str() : "1", Where};
      }
    } else if (Keyword == "nooptions" || Keyword == "nooption" ||
               Keyword == "nocpu") {
      for (const std::string &Item : listItems(Rest))
        Options.erase(Item);
    } else if (Keyword == "device" || Keyword == "devices") {
      for (const std::string &Item : listItems(Rest))
        Devices[Item] = Where;
    } else if (Keyword == "nodevice" || Keyword == "nodevices") {
      for (const std::string &Item : listItems(Rest))
        Devices.erase(Item);
    } else if (!llvm::is_contained({"machine", "ident", "makeoptions",
                                    "makeoption", "nomakeoptions",
                                    "nomakeoption", "hints", "env", "envvar",
                                    "files", "profile", "maxusers"},
                                   Keyword)) {
      Warnings.push_back(Where + ": unknown directive '" + Keyword.str() +
                         "'; ignored");
    }
    return llvm::Error::success();
  }
};

/// Option name -> header, from one options file; false when unreadable.
bool readOptionsFile(llvm::vfs::FileSystem &FS, const std::string &Path,
                     std::map<std::string, std::string> &HeaderOf) {
  auto Buf = FS.getBufferForFile(Path);
  if (!Buf)
    return false;
  SmallVector<StringRef, 0> Lines;
  (*Buf)->getBuffer().split(Lines, '\n');
  for (StringRef Line : Lines) {
    SmallVector<StringRef, 3> Words;
    withoutComment(Line).split(Words, ' ', -1, false);
    SmallVector<StringRef, 3> Fields;
    for (StringRef W : Words)
      W.split(Fields, '\t', -1, false);
    if (Fields.empty())
      continue;
    std::string Header = Fields.size() > 1
                             ? Fields[1].str()
                             : "opt_" + Fields[0].lower() + ".h";
    HeaderOf.emplace(Fields[0].str(), Header);
  }
  return true;
}

} // namespace

llvm::Expected<KernelOptions>
pcbcheck::readKernelConfig(StringRef SysRoot, StringRef Machine,
                           StringRef ConfName, llvm::vfs::FileSystem &FS) {
  llvm::SmallString<256> ConfDir(SysRoot);
  llvm::sys::path::append(ConfDir, Machine, "conf");
  KernelOptions Out;
  llvm::SmallString<256> Config(ConfDir);
  llvm::sys::path::append(Config, ConfName);
  Out.ConfigPath = Config.str().str();

  ConfigReader Reader(ConfDir.str().str(), FS);
  // config(8) reads the machine's DEFAULTS before the config itself.
  llvm::SmallString<256> Defaults(ConfDir);
  llvm::sys::path::append(Defaults, "DEFAULTS");
  if (llvm::ErrorOr<llvm::vfs::Status> St = FS.status(Defaults);
      St && St->isRegularFile())
    if (llvm::Error E = Reader.read(Defaults.str().str(), ""))
      return std::move(E);
  if (llvm::Error E = Reader.read(Out.ConfigPath, ""))
    return std::move(E);
  Out.Warnings = std::move(Reader.Warnings);

  std::map<std::string, std::string> HeaderOf;
  llvm::SmallString<256> Options(SysRoot);
  llvm::sys::path::append(Options, "conf", "options");
  if (!readOptionsFile(FS, Options.str().str(), HeaderOf))
    return problem(Options.str() + ": cannot read; the options of " +
                   Out.ConfigPath + " cannot be placed in their headers");
  std::string MachineOptions = (Options + "." + Machine).str();
  if (!readOptionsFile(FS, MachineOptions, HeaderOf))
    Out.Warnings.push_back(MachineOptions + ": cannot read; only " +
                           Options.str().str() + " places options");

  Out.Headers["opt_global.h"];
  for (const auto &[Name, Header] : HeaderOf)
    Out.Headers[Header];
  auto Define = [&](const std::string &Name, const std::string &Value) {
    auto It = HeaderOf.find(Name);
    if (It == HeaderOf.end())
      return false;
    Out.Headers[It->second] += "#define " + Name + " " + Value + "\n";
    return true;
  };
  for (const auto &[Name, Set] : Reader.Options)
    // config(8) refuses an option no options file lists; we warn and
    // analyze on, as the option reaches no header.
    if (!Define(Name, Set.Value) && !StringRef(Name).starts_with("DEV_"))
      Out.Warnings.push_back(Set.Where + ": unknown option '" + Name +
                             "': no options file lists it (config(8) "
                             "refuses it); not defined");
  for (const auto &[Device, Where] : Reader.Devices)
    Define("DEV_" + StringRef(Device).upper(), "1");
  return std::move(Out);
}
