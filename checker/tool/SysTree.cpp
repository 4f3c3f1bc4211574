//===- SysTree.cpp - Find and prepare a FreeBSD sys/ tree's MD code -------===//
//
// The kernel build compiles vm_machdep.c with machine/ (and x86/) pointing
// into sys/<arch>/include, with opt_*.h headers written by config(8) from
// the kernel config, and with the headers it generates.  Each architecture
// gets a build directory of its own in memory (KernelBuildFS.h), so that a
// bare checkout of sys/ can be analyzed for every architecture on any host.
//
//===----------------------------------------------------------------------===//

#include "SysTree.h"
#include "KernelConfig.h"
#include "WholeFile.h"

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

/// "exec_setregs()": the rules' functions of kind exec, which live in the
/// optional source (exec_machdep.c is the only one).
std::string execFunctions(const ArchRule &R) {
  std::vector<std::string> Names = R.functionNames(FunctionKind::Exec);
  if (Names.empty())
    return "its functions";
  return llvm::join(Names, "(), ") + "()";
}

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
  Watched.insert(Watched.end(), R.OptionalSources.begin(),
                 R.OptionalSources.end());
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

/// The machine directories of \p Root that hold MD thread code
/// (<m>/<m>/vm_machdep.c) that no rule covers: mips and sparc64 in 12.x
/// trees.  Empty where \p FS cannot list a directory (a git revision).
static std::vector<std::string> uncoveredMachines(llvm::vfs::FileSystem &FS,
                                                  StringRef Root,
                                                  const RuleSet &Rules) {
  std::vector<std::string> Out;
  std::error_code EC;
  for (llvm::vfs::directory_iterator It = FS.dir_begin(Root, EC), End;
       !EC && It != End; It.increment(EC)) {
    std::string M = path::filename(It->path()).str();
    bool Covered = llvm::any_of(Rules.arches(), [&](const ArchRule &R) {
      return R.inSysTree() && llvm::any_of(R.Sources, [&](StringRef S) {
               return S.split('/').first == M;
             });
    });
    if (!Covered && isFile(FS, joined(joined(joined(Root, M), M),
                                      "vm_machdep.c")))
      Out.push_back(M);
  }
  llvm::sort(Out);
  return Out;
}

namespace {

/// Plans one architecture after another: its kernel config, its build
/// directory, its jobs.
struct ArchPlanner {
  StringRef Dir;              ///< As the user named the tree.
  std::string Root;           ///< Its sys/, as the user's path spells it.
  std::string AbsRoot;        ///< The same, absolute.
  std::string EnvRoot;        ///< Where the build directories stand.
  const SysTreeOptions &Options;
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS;
  SysTreePlan &Plan;
  std::shared_ptr<HeaderGenerators> Generators = Options.Generators;
  std::string ConfName =
      Options.KernConf.empty() ? "GENERIC" : Options.KernConf;
  std::vector<std::string> WithoutConfig;
  /// (optional source's name, its functions) -> the arches without it.
  std::map<std::pair<std::string, std::string>, std::vector<std::string>>
      WithoutOptional;

  /// What config(8) writes for \p Machine: its option headers, or none
  /// when the tree has no kernel config; false when the config is bad.
  bool readConfig(const ArchRule &R, StringRef Machine,
                  std::optional<KernelOptions> &Config) {
    std::string ConfDir = joined(joined(Root, Machine), "conf");
    std::string ConfPath = joined(ConfDir, ConfName);
    // Only a tree without conf/ has no kernel config: a config that is a
    // directory, a FIFO or a dangling link is an error, not "every option
    // off".
    llvm::ErrorOr<llvm::vfs::Status> Conf = FS->status(ConfDir);
    if (Options.KernConf.empty() && (!Conf || !Conf->isDirectory())) {
      WithoutConfig.push_back(R.Arch);
      return true;
    }
    if (!isFile(*FS, ConfPath) &&
        (Options.KernConf.empty() || FS->status(ConfPath))) {
      Plan.Errors.push_back(ConfPath + ": " + notAFile(ConfPath) + "; " +
                            R.Arch + " not analyzed");
      return false;
    }
    llvm::Expected<KernelOptions> Read =
        readKernelConfig(Root, Machine, ConfName, *FS);
    if (!Read) {
      Plan.Errors.push_back(llvm::toString(Read.takeError()) + "; " + R.Arch +
                            " not analyzed");
      return false;
    }
    Config = std::move(*Read);
    for (std::string &W : Config->Warnings)
      Plan.Problems.push_back(std::move(W));
    return true;
  }

  /// What kern.pre.mk and kern.mk pass that matters to the analysis.
  /// INVARIANTS is always on: assertions state what the code relies on,
  /// whether or not a given kernel checks them.
  std::vector<std::string> compileArgs(const ArchRule &R,
                                       const std::string &Env) const {
    std::vector<std::string> Args = {
        "-target", R.Triple, "-std=gnu99", "-nostdinc", "-ffreestanding",
        "-fwrapv", "-D_KERNEL", "-DHAVE_KERNEL_OPTION_HEADERS",
        "-DINVARIANTS", "-DINVARIANT_SUPPORT", "-w", "-I" + Env,
        "-I" + AbsRoot, "-include", joined(Env, "opt_global.h")};
    Args.insert(Args.end(), Options.ExtraArgs.begin(), Options.ExtraArgs.end());
    return Args;
  }

  /// Why \p Path, which is not a regular file, cannot be read.
  std::string notAFile(const std::string &Path) const {
    llvm::ErrorOr<llvm::vfs::Status> St = FS->status(Path);
    if (!St)
      return "missing (or a dangling link)";
    return St->isDirectory() ? "a directory, not a file"
                             : "not a regular file (a FIFO or a device?)";
  }

  void plan(const ArchRule &R) {
    std::vector<std::string> Files;
    std::string Machine; // Whose kernel config: where the sources live.
    for (const std::string &Source : R.Sources) {
      std::string Path = joined(Root, Source);
      StringRef Dir = StringRef(Source).split('/').first;
      llvm::ErrorOr<llvm::vfs::Status> Home = FS->status(joined(Root, Dir));
      if (isFile(*FS, Path)) {
        Files.push_back(Path);
        if (Machine.empty())
          Machine = Dir.str();
      } else if (Home && Home->isDirectory()) {
        // The architecture is in this tree; its MD file must be too.
        Plan.Present.push_back(R.Arch);
        Plan.Errors.push_back(Path + ": " + notAFile(Path) + "; " + R.Arch +
                              " not analyzed");
        return;
      }
    }
    if (Files.empty())
      return;
    Plan.Present.push_back(R.Arch);
    for (const std::string &Source : R.OptionalSources) {
      std::string Path = joined(Root, Source);
      if (isFile(*FS, Path))
        Files.push_back(Path);
      else if (Options.File.empty())
        WithoutOptional[{path::filename(Source).str(), execFunctions(R)}]
            .push_back(R.Arch);
    }
    if (!Options.File.empty())
      Files = {Options.File};
    std::optional<KernelOptions> Config;
    if (!readConfig(R, Machine, Config))
      return;

    BuildDirectory B;
    B.Dir = joined(EnvRoot, R.Arch);
    for (const IncludeLink &L : R.IncludeLinks) {
      std::string Target = joined(AbsRoot, L.Target);
      llvm::ErrorOr<llvm::vfs::Status> St = FS->status(Target);
      if (!St || !St->isDirectory())
        Plan.Problems.push_back(joined(Root, L.Target) + ": missing; " +
                                R.Arch + " files include <" + L.Name +
                                "/...> from it");
      B.Links[L.Name] = Target;
    }
    // config(8) writes every option header; one a file includes that no
    // options file names is written empty, so that it still compiles.
    if (Config)
      B.Files = Config->Headers;
    B.Files["opt_global.h"];
    for (const std::string &File : Files)
      for (const std::string &Header : optionHeaders(*FS, File))
        B.Files[Header];
    B.Target = {AbsRoot, Machine, compileArgs(R, B.Dir)};
    std::vector<std::string> Args = B.Target.CompileArgs;
    auto Build = llvm::makeIntrusiveRefCnt<KernelBuildFS>(FS, std::move(B),
                                                          Generators);
    for (const std::string &File : Files) {
      SysJob Job;
      Job.Arch = R.Arch;
      Job.File = File;
      Job.Display = File;
      if (!Options.DisplayDir.empty()) {
        StringRef Rel = StringRef(File).drop_front(Dir.size());
        Job.Display = joined(Options.DisplayDir, Rel.ltrim('/'));
      }
      Job.Args = Args;
      Job.Build = Build;
      Plan.Jobs.push_back(std::move(Job));
    }
  }
};

} // namespace

llvm::Expected<SysTreePlan>
pcbcheck::planSysTree(StringRef Dir, const RuleSet &Rules,
                      const SysTreeOptions &Options) {
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS =
      Options.Tree ? Options.Tree : llvm::vfs::getRealFileSystem();
  std::optional<std::string> Root = findSysRoot(Dir, Rules, *FS);
  // sys/arm64: the tree above it, that architecture only.
  // "arm64", "arm64/", "sys/arm64" and, inside it, ".": the machine
  // directory is named by the real path, its tree is the one above.
  std::vector<std::string> MachineArches;
  StringRef Trimmed = Dir.size() > 1 ? Dir.rtrim('/') : Dir;
  SmallString<256> AbsDir(Trimmed);
  FS->makeAbsolute(AbsDir);
  path::remove_dots(AbsDir, /*remove_dot_dot=*/true);
  std::string Parent = path::parent_path(Trimmed).str();
  if (path::filename(Trimmed) == "." || path::filename(Trimmed) == "..")
    Parent = joined(Trimmed, "..");
  else if (Parent.empty())
    Parent = ".";
  for (const ArchRule &R : Rules.arches())
    for (const std::string &Source : R.Sources)
      if (R.inSysTree() && !Root &&
          StringRef(Source).split('/').first == path::filename(AbsDir) &&
          isFile(*FS, joined(Parent, Source)))
        MachineArches.push_back(R.Arch);
  if (!MachineArches.empty())
    Root = Parent;
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
  SmallString<256> EnvRoot(Options.EnvDir);
  FS->makeAbsolute(EnvRoot);
  SmallString<256> AbsRoot(*Root);
  FS->makeAbsolute(AbsRoot);
  path::remove_dots(AbsRoot, /*remove_dot_dot=*/true);
  ArchPlanner Planner{Dir,     *Root, AbsRoot.str().str(), EnvRoot.str().str(),
                      Options, FS,    Plan};
  if (!Planner.Generators)
    Planner.Generators = std::make_shared<HeaderGenerators>();
  for (const ArchRule &R : Rules.arches()) {
    if (!R.inSysTree() ||
        (!Options.Arches.empty() && !llvm::is_contained(Options.Arches, R.Arch)) ||
        (!MachineArches.empty() && !llvm::is_contained(MachineArches, R.Arch)))
      continue;
    Planner.plan(R);
  }
  // Older trees define exec_setregs() in machdep.c.
  for (const auto &[FileAndFunctions, Arches] : Planner.WithoutOptional)
    Plan.Notes.push_back(*Root + ": " + FileAndFunctions.second +
                         " not analyzed for " + llvm::join(Arches, ", ") +
                         ": no " + FileAndFunctions.first +
                         " in this tree (older trees keep it in machdep.c; "
                         "pcbcheck FILE checks that file)");
  if (!Planner.WithoutConfig.empty())
    Plan.Notes.push_back(
        joined(*Root, "<arch>/conf/" + Planner.ConfName) +
        ": no kernel config for " + llvm::join(Planner.WithoutConfig, ", ") +
        "; analyzed with every option off (empty opt_*.h headers)");
  if (Options.Arches.empty() && MachineArches.empty() && Options.File.empty())
    for (const std::string &M : uncoveredMachines(*FS, *Root, Rules))
      Plan.Notes.push_back(joined(joined(joined(*Root, M), M),
                                  "vm_machdep.c") +
                           ": MD thread code of " + M +
                           ", which no rules cover; not analyzed");
  return std::move(Plan);
}

llvm::Error pcbcheck::writeBuildDirectory(
    const KernelBuildFS &Build,
    const std::map<std::string, std::string> &Generated) {
  const BuildDirectory &B = Build.directory();
  if (std::error_code EC = fs::create_directories(B.Dir))
    return llvm::createStringError(EC, "%s: %s", B.Dir.c_str(),
                                   EC.message().c_str());
  for (const auto &[Name, Target] : B.Links) {
    std::string Link = joined(B.Dir, Name);
    fs::remove(Link);
    if (std::error_code EC = fs::create_link(Target, Link))
      return llvm::createStringError(EC, "%s: %s", Link.c_str(),
                                     EC.message().c_str());
  }
  std::map<std::string, std::string> Files = Generated;
  Files.insert(B.Files.begin(), B.Files.end());
  for (const auto &[Name, Text] : Files)
    if (llvm::Error E = writeWholeFile(joined(B.Dir, Name), Text))
      return E;
  return llvm::Error::success();
}
