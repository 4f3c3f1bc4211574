//===- KernelBuildFS.cpp - A kernel build directory, in memory ------------===//

#include "KernelBuildFS.h"
#include "TextFile.h"

#include "llvm/Support/Path.h"

using namespace llvm;
using namespace pcbcheck;
namespace path = llvm::sys::path;

const char pcbcheck::VirtualBuildRoot[] = "/pcbcheck-build";

KernelBuildFS::KernelBuildFS(IntrusiveRefCntPtr<vfs::FileSystem> Tree,
                             BuildDirectory Dir,
                             std::shared_ptr<HeaderGenerators> Generators)
    : ProxyFileSystem(std::move(Tree)), Dir(std::move(Dir)),
      Generators(std::move(Generators)) {}

KernelBuildFS::Place KernelBuildFS::resolve(const Twine &Path) const {
  SmallString<256> Abs;
  Path.toVector(Abs);
  makeAbsolute(Abs);
  path::remove_dots(Abs, /*remove_dot_dot=*/true);
  std::string Rest;
  if (!pathBelow(Abs, Dir.Dir, Rest))
    return {Place::Tree, Abs.str().str()};
  if (Rest.empty())
    return {Place::Directory, ""};
  auto [First, Tail] = StringRef(Rest).split('/');
  if (auto It = Dir.Links.find(First.str()); It != Dir.Links.end()) {
    SmallString<256> Target(It->second);
    if (!Tail.empty())
      path::append(Target, Tail);
    return {Place::Tree, Target.str().str()};
  }
  // Nothing below the directory but what the links lead to.
  if (!Tail.empty())
    return {Place::Nowhere, ""};
  if (Dir.Files.count(Rest))
    return {Place::File, Rest};
  if (HeaderGenerators::generates(Rest))
    return {Place::Generated, Rest};
  return {Place::Nowhere, ""};
}

std::shared_ptr<const std::string>
KernelBuildFS::generatedHeader(const std::string &Name) {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    if (auto It = Made.find(Name); It != Made.end())
      return It->second;
    if (Failed.count(Name) || !Making.insert(Name).second)
      return nullptr;
  }
  Expected<std::shared_ptr<const std::string>> Text =
      Generators->generate(Name, Dir.Target, this);
  std::lock_guard<std::mutex> Guard(Lock);
  Making.erase(Name);
  if (!Text) {
    Failed[Name] = toString(Text.takeError());
    return nullptr;
  }
  return Made[Name] = *Text;
}

vfs::Status KernelBuildFS::statusOf(const Twine &Name, bool Directory,
                                    uint64_t Size) {
  std::lock_guard<std::mutex> Guard(Lock);
  return Statuses.get(Name.str(), Directory, Size);
}

ErrorOr<vfs::Status> KernelBuildFS::status(const Twine &Path) {
  Place P = resolve(Path);
  switch (P.K) {
  case Place::Tree: {
    ErrorOr<vfs::Status> St = ProxyFileSystem::status(P.Path);
    if (!St)
      return St;
    // Named as asked, as a symbolic link in a build directory would be.
    return vfs::Status::copyWithNewName(*St, Path.str());
  }
  case Place::Directory:
    return statusOf(Path, true, 0);
  case Place::File:
    return statusOf(Path, false, Dir.Files.at(P.Path).size());
  case Place::Generated:
    if (std::shared_ptr<const std::string> Text = generatedHeader(P.Path))
      return statusOf(Path, false, Text->size());
    break;
  case Place::Nowhere:
    break;
  }
  return std::make_error_code(std::errc::no_such_file_or_directory);
}

bool KernelBuildFS::exists(const Twine &Path) {
  return bool(status(Path));
}

ErrorOr<std::unique_ptr<vfs::File>>
KernelBuildFS::openFileForRead(const Twine &Path) {
  Place P = resolve(Path);
  std::shared_ptr<const std::string> Text;
  switch (P.K) {
  case Place::Tree:
    return ProxyFileSystem::openFileForRead(P.Path);
  case Place::Directory:
    return std::make_error_code(std::errc::is_a_directory);
  case Place::File:
    Text = std::make_shared<const std::string>(Dir.Files.at(P.Path));
    break;
  case Place::Generated:
    Text = generatedHeader(P.Path);
    break;
  case Place::Nowhere:
    break;
  }
  if (!Text)
    return std::make_error_code(std::errc::no_such_file_or_directory);
  vfs::Status St = statusOf(Path, false, Text->size());
  return std::make_unique<TextFile>(std::move(St), std::move(Text));
}

vfs::directory_iterator KernelBuildFS::dir_begin(const Twine &Path,
                                                 std::error_code &EC) {
  Place P = resolve(Path);
  if (P.K == Place::Tree)
    return ProxyFileSystem::dir_begin(P.Path, EC);
  // Kernel C never lists the build directory (no modules, no frameworks).
  EC = std::make_error_code(std::errc::operation_not_supported);
  return {};
}

std::error_code KernelBuildFS::getRealPath(const Twine &Path,
                                           SmallVectorImpl<char> &Output) {
  // The tree's path a name stands for (machine/pcb.h is
  // sys/arm64/include/pcb.h), as the user's tree spells it: what the
  // pre-commit hook compares with git.
  Place P = resolve(Path);
  if (P.K == Place::Tree) {
    if (!ProxyFileSystem::exists(P.Path))
      return std::make_error_code(std::errc::no_such_file_or_directory);
    Output.assign(P.Path.begin(), P.Path.end());
    return {};
  }
  if (!status(Path))
    return std::make_error_code(std::errc::no_such_file_or_directory);
  Output.clear();
  Path.toVector(Output);
  return {};
}

std::string KernelBuildFS::explain(StringRef Why) const {
  std::lock_guard<std::mutex> Guard(Lock);
  for (const auto &[Name, Reason] : Failed)
    if (Why.contains("'" + Name + "' file not found"))
      return Name + ": " + Reason;
  return Why.str();
}

std::map<std::string, std::string> KernelBuildFS::generated() const {
  std::lock_guard<std::mutex> Guard(Lock);
  std::map<std::string, std::string> Out;
  for (const auto &[Name, Text] : Made)
    Out[Name] = *Text;
  return Out;
}
