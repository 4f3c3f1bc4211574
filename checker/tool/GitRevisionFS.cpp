//===- GitRevisionFS.cpp - One git revision as a file system --------------===//
//
// The history audit analyzes a revision without checking it out: clang
// reads through this file system, which asks git for exactly the files
// the compiler opens (a few hundred of sys/'s tens of thousands).  What it
// was asked, found or not, is the key of the audit's cache: a later
// revision with the same ids for those paths reads the same bytes.
//
//===----------------------------------------------------------------------===//

#include "GitRevisionFS.h"
#include "TextFile.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace pcbcheck;
using namespace llvm;
namespace path = llvm::sys::path;

const char GitRevisionFS::ID = 0;

GitRevisionFS::GitRevisionFS(GitObjects &Git, std::string Commit,
                             std::string Root)
    : Git(Git), Commit(std::move(Commit)), Root(std::move(Root)),
      Cwd(this->Root),
      Disk(vfs::getRealFileSystem()) {}

SmallString<256> GitRevisionFS::absolute(const Twine &Path) const {
  SmallString<256> Abs;
  Path.toVector(Abs);
  if (!path::is_absolute(Abs)) {
    SmallString<256> Full(Cwd);
    path::append(Full, Abs);
    Abs = Full;
  }
  path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return Abs;
}

GitRevisionFS::Place GitRevisionFS::resolve(const Twine &Path) const {
  SmallString<256> Abs = absolute(Path);
  std::string Rest;
  if (pathBelow(Abs, Root, Rest))
    return {Place::Repository, Rest};
  return {Place::Disk, Abs.str().str()};
}

std::string GitRevisionFS::recordOf(const std::optional<GitObjectInfo> &Info,
                                    bool Read) {
  if (!Info || (Info->Type != "blob" && Info->Type != "tree"))
    return "";
  if (Info->Type == "tree")
    return "tree";
  return Read ? Info->Id : "file";
}

bool GitRevisionFS::matches(StringRef Recorded, StringRef Found) {
  if (Recorded == "file")
    return !Found.empty() && Found != "tree";
  return Recorded == Found;
}

void GitRevisionFS::prime(
    std::map<std::string, std::optional<GitObjectInfo>> Known) {
  Primed = std::move(Known);
}

std::optional<GitObjectInfo> GitRevisionFS::object(const std::string &Rel) {
  std::lock_guard<std::mutex> Hold(Lock);
  if (auto It = Objects.find(Rel); It != Objects.end())
    return It->second;
  if (auto It = Primed.find(Rel); It != Primed.end()) {
    Objects[Rel] = It->second;
    LookedUp[Rel] = recordOf(It->second, false);
    return It->second;
  }
  std::string Name = Rel.empty() ? Commit + "^{tree}" : Commit + ":" + Rel;
  std::optional<GitObjectInfo> Info;
  Expected<std::vector<std::optional<GitObjectInfo>>> Found =
      Git.lookup({Name});
  if (!Found) {
    if (GitError.empty())
      GitError = toString(Found.takeError());
  } else if (Found->front() && (Found->front()->Type == "blob" ||
                                Found->front()->Type == "tree")) {
    Info = Found->front();
  }
  Objects[Rel] = Info;
  LookedUp[Rel] = recordOf(Info, false);
  return Info;
}

ErrorOr<vfs::Status> GitRevisionFS::status(const Twine &Path) {
  Place P = resolve(Path);
  switch (P.K) {
  case Place::Repository:
    if (std::optional<GitObjectInfo> O = object(P.Path)) {
      std::lock_guard<std::mutex> Hold(Lock);
      return Statuses.get(Path.str(), O->Type == "tree", O->Size);
    }
    break;
  case Place::Disk:
    return Disk->status(P.Path);
  }
  return std::make_error_code(std::errc::no_such_file_or_directory);
}

ErrorOr<std::unique_ptr<vfs::File>>
GitRevisionFS::openFileForRead(const Twine &Path) {
  Place P = resolve(Path);
  std::shared_ptr<const std::string> Text;
  if (P.K == Place::Disk)
    return Disk->openFileForRead(P.Path);
  if (P.K == Place::Repository) {
    std::optional<GitObjectInfo> O = object(P.Path);
    if (O && O->Type == "tree")
      return std::make_error_code(std::errc::is_a_directory);
    if (O) {
      Expected<std::shared_ptr<const std::string>> Blob = Git.contents(O->Id);
      std::lock_guard<std::mutex> Hold(Lock);
      if (!Blob) {
        if (GitError.empty())
          GitError = toString(Blob.takeError());
        return std::make_error_code(std::errc::io_error);
      }
      Text = *Blob;
      LookedUp[P.Path] = recordOf(O, true);
    }
  }
  if (!Text)
    return std::make_error_code(std::errc::no_such_file_or_directory);
  std::unique_lock<std::mutex> Hold(Lock);
  vfs::Status St = Statuses.get(Path.str(), false, Text->size());
  Hold.unlock();
  return std::make_unique<TextFile>(std::move(St), std::move(Text));
}

vfs::directory_iterator GitRevisionFS::dir_begin(const Twine &Dir,
                                                 std::error_code &EC) {
  Place P = resolve(Dir);
  if (P.K == Place::Disk)
    return Disk->dir_begin(P.Path, EC);
  // Kernel C never lists a directory (no modules, no frameworks).
  EC = std::make_error_code(std::errc::operation_not_supported);
  return {};
}

std::error_code GitRevisionFS::setCurrentWorkingDirectory(const Twine &Path) {
  Cwd = absolute(Path).str().str();
  return {};
}

ErrorOr<std::string> GitRevisionFS::getCurrentWorkingDirectory() const {
  return Cwd;
}
