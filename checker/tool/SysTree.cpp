//===- SysTree.cpp - Find and prepare a FreeBSD sys/ tree's MD code -------===//
//
// The kernel build compiles vm_machdep.c with machine/ (and x86/) pointing
// into sys/<arch>/include and with opt_*.h headers written by config(8).
// We synthesize both in a temporary directory, so that a bare checkout of
// sys/ can be analyzed for every architecture on any host.
//
//===----------------------------------------------------------------------===//

#include "SysTree.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"

using namespace pcbcheck;
using llvm::SmallString;
using llvm::SmallVector;
using llvm::StringRef;
namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

std::string joined(StringRef A, StringRef B) {
  SmallString<256> P(A);
  path::append(P, B);
  return P.str().str();
}

/// The sys/ directory at or just below \p Dir, if it holds MD thread code.
std::optional<std::string> findSysRoot(StringRef Dir, const RuleSet &Rules) {
  for (std::string Candidate : {Dir.str(), joined(Dir, "sys")})
    for (const ArchRule &R : Rules.arches())
      for (const std::string &Source : R.Sources)
        if (fs::is_regular_file(joined(Candidate, Source)))
          return Candidate;
  return std::nullopt;
}

/// The "opt_*.h" headers \p File includes; config(8) would write them.
std::vector<std::string> optionHeaders(StringRef File) {
  std::vector<std::string> Names;
  auto Buf = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
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
      TempDir(std::move(Other.TempDir)) {
  Other.TempDir.clear();
}

SysTreePlan::~SysTreePlan() {
  if (!TempDir.empty())
    fs::remove_directories(TempDir);
}

std::optional<WatchedPath> pcbcheck::watchedPath(StringRef Path,
                                                 const RuleSet &Rules) {
  for (const ArchRule &R : Rules.arches()) {
    std::vector<std::string> Watched(R.Sources);
    Watched.insert(Watched.end(), R.FpuFiles.begin(), R.FpuFiles.end());
    for (const IncludeLink &L : R.IncludeLinks)
      Watched.push_back(L.Target + "/pcb.h");
    for (const std::string &W : Watched)
      if (Path == W || Path.ends_with("/" + W))
        return WatchedPath{Path.drop_back(W.size()).str(), R.Arch};
  }
  return std::nullopt;
}

llvm::Expected<SysTreePlan>
pcbcheck::planSysTree(StringRef Dir, const RuleSet &Rules,
                      StringRef DisplayDir,
                      const std::vector<std::string> &Arches,
                      StringRef EnvDir) {
  std::optional<std::string> Root = findSysRoot(Dir, Rules);
  if (!Root)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "%s: no FreeBSD sys/ tree with MD thread code here (looked for "
        "<arch>/<arch>/vm_machdep.c in it and in its sys/)",
        Dir.str().c_str());

  SysTreePlan Plan;
  SmallString<256> Temp(EnvDir);
  if (EnvDir.empty()) {
    if (std::error_code EC = fs::createUniqueDirectory("pcbcheck", Temp))
      return llvm::createStringError(
          EC, "cannot create a temporary directory: %s", EC.message().c_str());
    Plan.TempDir = Temp.str().str();
  }
  fs::make_absolute(Temp);
  std::string EnvRoot = Temp.str().str();

  for (const ArchRule &R : Rules.arches()) {
    if (!Arches.empty() && !llvm::is_contained(Arches, R.Arch))
      continue;
    std::vector<std::string> Sources;
    for (const std::string &Source : R.Sources)
      if (fs::is_regular_file(joined(*Root, Source)))
        Sources.push_back(Source);
    if (Sources.empty())
      continue;

    std::string Env = joined(EnvRoot, R.Arch);
    if (std::error_code EC = fs::create_directories(Env))
      return llvm::createStringError(EC, "%s: %s", Env.c_str(),
                                     EC.message().c_str());
    for (const IncludeLink &L : R.IncludeLinks) {
      SmallString<256> Target(joined(*Root, L.Target));
      fs::make_absolute(Target);
      if (!fs::is_directory(Target))
        Plan.Problems.push_back(joined(*Root, L.Target) +
                                ": missing; " + R.Arch +
                                " files include <" + L.Name + "/...> from it");
      fs::remove(joined(Env, L.Name));
      fs::create_link(Target, joined(Env, L.Name));
    }
    llvm::StringSet<> Opts;
    Opts.insert("opt_global.h");
    for (const std::string &Source : Sources)
      for (const std::string &Header : optionHeaders(joined(*Root, Source)))
        Opts.insert(Header);
    for (const auto &Opt : Opts) {
      std::error_code EC;
      llvm::raw_fd_ostream Empty(joined(Env, Opt.getKey()), EC);
      if (EC)
        return llvm::createStringError(EC, "%s: %s",
                                       joined(Env, Opt.getKey()).c_str(),
                                       EC.message().c_str());
    }

    SmallString<256> AbsRoot(*Root);
    fs::make_absolute(AbsRoot);
    for (const std::string &Source : Sources) {
      SysJob Job;
      Job.Arch = R.Arch;
      Job.File = joined(*Root, Source);
      Job.Display = Job.File;
      if (!DisplayDir.empty()) {
        StringRef Rel = StringRef(*Root).drop_front(Dir.size());
        Job.Display = joined(joined(DisplayDir, Rel.ltrim('/')), Source);
      }
      // What a kernel build passes that matters to the analysis.
      Job.Args = {"-target", R.Triple, "-std=gnu99", "-nostdinc",
                  "-ffreestanding", "-D_KERNEL", "-DINVARIANTS",
                  "-DINVARIANT_SUPPORT", "-w", "-I" + Env,
                  "-I" + AbsRoot.str().str(),
                  "-include", joined(Env, "opt_global.h")};
      Plan.Jobs.push_back(std::move(Job));
    }
  }
  return std::move(Plan);
}
