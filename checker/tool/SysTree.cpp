//===- SysTree.cpp - Find and prepare a FreeBSD sys/ tree's MD code -------===//
//
// The kernel build compiles vm_machdep.c with machine/ (and x86/) pointing
// into sys/<arch>/include and with opt_*.h headers written by config(8)
// from the kernel config.  We synthesize both in a temporary directory, so
// that a bare checkout of sys/ can be analyzed for every architecture on
// any host.
//
//===----------------------------------------------------------------------===//

#include "SysTree.h"
#include "KernelConfig.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"

#include <map>

using namespace pcbcheck;
using llvm::SmallString;
using llvm::SmallVector;
using llvm::StringRef;
namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

std::string joined(StringRef A, StringRef B) {
  if (A == ".")
    return B.str(); // "sys/...", as a user in that directory spells it.
  SmallString<256> P(A);
  path::append(P, B);
  return P.str().str();
}

} // namespace

bool pcbcheck::isFile(llvm::vfs::FileSystem &FS, const llvm::Twine &Path) {
  llvm::ErrorOr<llvm::vfs::Status> St = FS.status(Path);
  return St && St->isRegularFile();
}

std::optional<std::string> pcbcheck::findSysRoot(StringRef Dir,
                                                 const RuleSet &Rules,
                                                 llvm::vfs::FileSystem &FS) {
  for (std::string Candidate : {Dir.str(), joined(Dir, "sys")})
    for (const ArchRule &R : Rules.arches())
      for (const std::string &Source : R.Sources)
        if (R.inSysTree() && isFile(FS, joined(Candidate, Source)))
          return Candidate;
  return std::nullopt;
}

namespace {

/// The "opt_*.h" headers \p File includes; config(8) would write them.
std::vector<std::string> optionHeaders(llvm::vfs::FileSystem &FS,
                                       StringRef File) {
  std::vector<std::string> Names;
  auto Buf = FS.getBufferForFile(File);
  if (!Buf)
    return Names;
  llvm::Regex Include("^[ \t]*#[ \t]*include[ \t]*\"(opt_[A-Za-z0-9_]+\\.h)\"");
  SmallVector<StringRef, 0> Lines;
  (*Buf)->getBuffer().split(Lines, '\n');
  for (StringRef Line : Lines) {
    SmallVector<StringRef, 2> M;
    if (Include.match(Line.rtrim("\r"), &M))
      Names.push_back(M[1].str());
  }
  return Names;
}

} // namespace

SysTreePlan::SysTreePlan(SysTreePlan &&Other)
    : Jobs(std::move(Other.Jobs)), Problems(std::move(Other.Problems)),
      Errors(std::move(Other.Errors)), Notes(std::move(Other.Notes)),
      EnvFiles(std::move(Other.EnvFiles)), EnvLinks(std::move(Other.EnvLinks)),
      TempDir(std::move(Other.TempDir)) {
  Other.TempDir.clear();
}

SysTreePlan::~SysTreePlan() {
  if (!TempDir.empty())
    fs::remove_directories(TempDir);
}

std::optional<TreeFile> pcbcheck::treeOf(StringRef File,
                                         const RuleSet &Rules) {
  SmallString<256> Abs(File);
  fs::make_absolute(Abs);
  path::remove_dots(Abs, /*remove_dot_dot=*/true);
  for (StringRef Dir = path::parent_path(Abs); !Dir.empty();
       Dir = path::parent_path(Dir)) {
    for (const ArchRule &R : Rules.arches())
      for (const std::string &Source : R.inSysTree() ? R.Sources
                                                     : std::vector<std::string>()) {
        StringRef Machine = StringRef(Source).split('/').first;
        if (StringRef(Abs).starts_with(joined(Dir, Machine) + "/") &&
            fs::is_regular_file(joined(Dir, Source)))
          return TreeFile{Dir.str(), R.Arch};
      }
    if (Dir == path::root_path(Abs))
      break;
  }
  return std::nullopt;
}

std::vector<std::string> pcbcheck::watchedPaths(const ArchRule &R) {
  std::vector<std::string> Watched(R.Sources);
  Watched.insert(Watched.end(), R.FpuFiles.begin(), R.FpuFiles.end());
  for (const IncludeLink &L : R.IncludeLinks)
    Watched.push_back(L.Target + "/pcb.h");
  // The kernel config decides which code is compiled at all.
  std::string Machine = StringRef(R.Sources.front()).split('/').first.str();
  Watched.push_back(Machine + "/conf/");
  Watched.push_back("conf/options." + Machine);
  Watched.push_back("conf/options");
  return Watched;
}

std::optional<WatchedPath> pcbcheck::watchedPath(StringRef Path,
                                                 const RuleSet &Rules) {
  for (const ArchRule &R : Rules.arches())
    for (const std::string &W : R.inSysTree() ? watchedPaths(R)
                                              : std::vector<std::string>()) {
      size_t At = StringRef::npos;
      if (StringRef(W).ends_with("/")) { // Any file right in that directory.
        At = Path.rfind(W);
        if (At != StringRef::npos &&
            Path.substr(At + W.size()).contains('/'))
          At = StringRef::npos;
      } else if (Path.ends_with(W)) {
        At = Path.size() - W.size();
      }
      if (At == StringRef::npos || (At != 0 && Path[At - 1] != '/'))
        continue;
      // The options every architecture reads.
      return WatchedPath{Path.take_front(At).str(),
                         W == "conf/options" ? "" : R.Arch};
    }
  return std::nullopt;
}

/// Writes \p Text to \p Path.
static llvm::Error writeFile(const std::string &Path, StringRef Text) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC);
  if (!EC)
    OS << Text;
  if (EC)
    return llvm::createStringError(EC, "%s: %s", Path.c_str(),
                                   EC.message().c_str());
  return llvm::Error::success();
}

llvm::Expected<SysTreePlan>
pcbcheck::planSysTree(StringRef Dir, const RuleSet &Rules,
                      const SysTreeOptions &Options) {
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS =
      Options.Tree ? Options.Tree : llvm::vfs::getRealFileSystem();
  bool OnDisk = !Options.Tree;
  std::optional<std::string> Root = findSysRoot(Dir, Rules, *FS);
  // sys/arm64: the tree above it, that architecture only.
  std::vector<std::string> MachineArches;
  StringRef Trimmed = Dir.size() > 1 ? Dir.rtrim('/') : Dir;
  StringRef Parent = path::parent_path(Trimmed);
  for (const ArchRule &R : Rules.arches())
    for (const std::string &Source : R.Sources)
      if (R.inSysTree() && !Root && !Parent.empty() &&
          StringRef(Source).split('/').first == path::filename(Trimmed) &&
          isFile(*FS, joined(Parent, Source)))
        MachineArches.push_back(R.Arch);
  if (!MachineArches.empty())
    Root = Parent.str();
  if (!Root) {
    // Another kernel's tree needs its build's compile commands.
    for (const ArchRule &R : Rules.arches())
      for (const std::string &Source : R.Sources)
        if (!R.inSysTree() && isFile(*FS, joined(Dir, Source)))
          return llvm::createStringError(
              llvm::inconvertibleErrorCode(),
              "%s: a %s tree (%s): it is analyzed with its build's compile "
              "commands, not as a directory: pass -p BUILD-DIR (with the "
              "compile_commands.json that scripts/clang-tools/"
              "gen_compile_commands.py writes) or FILE -- COMPILER-ARGS",
              Dir.str().c_str(), R.Os.c_str(), Source.c_str());
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "%s: no FreeBSD sys/ tree with MD thread code here (looked for "
        "<arch>/<arch>/vm_machdep.c in it and in its sys/)",
        Dir.str().c_str());
  }

  SysTreePlan Plan;
  SmallString<256> Temp(Options.EnvDir);
  if (Options.EnvDir.empty()) {
    if (!OnDisk)
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "a tree read from a file system "
                                     "needs an EnvDir");
    if (std::error_code EC = fs::createUniqueDirectory("pcbcheck", Temp))
      return llvm::createStringError(
          EC, "cannot create a temporary directory: %s", EC.message().c_str());
    Plan.TempDir = Temp.str().str();
  }
  FS->makeAbsolute(Temp);
  std::string EnvRoot = Temp.str().str();
  std::string ConfName =
      Options.KernConf.empty() ? "GENERIC" : Options.KernConf;
  std::vector<std::string> WithoutConfig;

  for (const ArchRule &R : Rules.arches()) {
    if (!R.inSysTree() ||
        (!Options.Arches.empty() &&
         !llvm::is_contained(Options.Arches, R.Arch)) ||
        (!MachineArches.empty() && !llvm::is_contained(MachineArches, R.Arch)))
      continue;
    std::vector<std::string> Sources;
    for (const std::string &Source : R.Sources)
      if (isFile(*FS, joined(*Root, Source)))
        Sources.push_back(Source);
    if (Sources.empty())
      continue;
    // The kernel config of the machine directory the sources live in.
    std::string Machine = StringRef(Sources.front()).split('/').first.str();
    std::vector<std::string> Files;
    for (const std::string &Source : Sources)
      Files.push_back(joined(*Root, Source));
    if (!Options.File.empty())
      Files = {Options.File};

    std::optional<KernelOptions> Config;
    std::string ConfPath = joined(joined(joined(*Root, Machine), "conf"),
                                  ConfName);
    if (!Options.KernConf.empty() || isFile(*FS, ConfPath)) {
      llvm::Expected<KernelOptions> Read =
          readKernelConfig(*Root, Machine, ConfName, *FS);
      if (!Read) {
        Plan.Errors.push_back(llvm::toString(Read.takeError()) + "; " +
                              R.Arch + " not analyzed");
        continue;
      }
      Config = std::move(*Read);
      for (std::string &W : Config->Warnings)
        Plan.Problems.push_back(std::move(W));
    } else {
      WithoutConfig.push_back(R.Arch);
    }

    std::string Env = joined(EnvRoot, R.Arch);
    for (const IncludeLink &L : R.IncludeLinks) {
      SmallString<256> Target(joined(*Root, L.Target));
      FS->makeAbsolute(Target);
      llvm::ErrorOr<llvm::vfs::Status> St = FS->status(Target);
      if (!St || !St->isDirectory())
        Plan.Problems.push_back(joined(*Root, L.Target) +
                                ": missing; " + R.Arch +
                                " files include <" + L.Name + "/...> from it");
      Plan.EnvLinks[joined(Env, L.Name)] = Target.str().str();
    }
    // config(8) writes every option header; one a file includes that no
    // options file names is written empty, so that it still compiles.
    std::map<std::string, std::string> Headers;
    if (Config)
      Headers = Config->Headers;
    Headers["opt_global.h"];
    for (const std::string &File : Files)
      for (const std::string &Header : optionHeaders(*FS, File))
        Headers[Header];
    for (auto &[Name, Text] : Headers)
      Plan.EnvFiles[joined(Env, Name)] = std::move(Text);

    SmallString<256> AbsRoot(*Root);
    FS->makeAbsolute(AbsRoot);
    for (const std::string &File : Files) {
      SysJob Job;
      Job.Arch = R.Arch;
      Job.File = File;
      Job.Display = Job.File;
      if (!Options.DisplayDir.empty()) {
        StringRef Rel = StringRef(File).drop_front(Dir.size());
        Job.Display = joined(Options.DisplayDir, Rel.ltrim('/'));
      }
      // What kern.pre.mk and kern.mk pass that matters to the analysis.
      // INVARIANTS is always on: assertions state what the code relies
      // on, whether or not a given kernel checks them.
      Job.Args = {"-target", R.Triple, "-std=gnu99", "-nostdinc",
                  "-ffreestanding", "-fwrapv", "-D_KERNEL",
                  "-DHAVE_KERNEL_OPTION_HEADERS", "-DINVARIANTS",
                  "-DINVARIANT_SUPPORT", "-w", "-I" + Env,
                  "-I" + AbsRoot.str().str(),
                  "-include", joined(Env, "opt_global.h")};
      Job.Args.insert(Job.Args.end(), Options.ExtraArgs.begin(),
                      Options.ExtraArgs.end());
      Plan.Jobs.push_back(std::move(Job));
    }
  }
  if (!WithoutConfig.empty())
    Plan.Notes.push_back(
        joined(*Root, "<arch>/conf/" + ConfName) + ": no kernel config for " +
        llvm::join(WithoutConfig, ", ") +
        "; analyzed with every option off (empty opt_*.h headers)");
  if (OnDisk)
    if (llvm::Error E = writeEnvironment(Plan))
      return std::move(E);
  return std::move(Plan);
}

llvm::Error pcbcheck::writeEnvironment(const SysTreePlan &Plan) {
  for (const auto &[Link, Target] : Plan.EnvLinks) {
    StringRef Dir = path::parent_path(Link);
    if (std::error_code EC = fs::create_directories(Dir))
      return llvm::createStringError(EC, "%s: %s", Dir.str().c_str(),
                                     EC.message().c_str());
    fs::remove(Link);
    fs::create_link(Target, Link);
  }
  for (const auto &[Path, Text] : Plan.EnvFiles) {
    StringRef Dir = path::parent_path(Path);
    if (std::error_code EC = fs::create_directories(Dir))
      return llvm::createStringError(EC, "%s: %s", Dir.str().c_str(),
                                     EC.message().c_str());
    if (llvm::Error E = writeFile(Path, Text))
      return E;
  }
  return llvm::Error::success();
}
