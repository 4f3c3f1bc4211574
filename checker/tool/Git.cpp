//===- Git.cpp - Ask git, one command or many objects ---------------------===//
//
// The history audit reads the files of many revisions.  Starting git once
// per file would cost more than the analysis, and checking revisions out
// would touch the user's work tree; `git cat-file --batch` answers any
// number of requests over one pipe, from the object store.  We drive git
// rather than link libgit2: git is what a FreeBSD developer already has,
// and it reads every repository format git itself writes (packs, alternates,
// shallow and partial clones) with no second implementation to keep current.
//
//===----------------------------------------------------------------------===//

#include "Git.h"
#include "Process.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

#include <cerrno>
#include <csignal>
#include <set>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace pcbcheck;
using namespace llvm;

Expected<std::string> pcbcheck::runGit(ArrayRef<StringRef> Args) {
  ErrorOr<std::string> Git = sys::findProgramByName("git");
  if (!Git)
    return createStringError(Git.getError(), "git is not on PATH");
  std::vector<StringRef> Argv{"git"};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  ProcessOutput P = runProgram(*Git, Argv);
  if (P.Status != 0)
    return createStringError(inconvertibleErrorCode(), "%s failed: %s",
                             join(Argv, " ").c_str(),
                             StringRef(P.Err).trim().str().c_str());
  return std::move(P.Out);
}

Expected<std::string> pcbcheck::gitPath(StringRef Dir, StringRef Name) {
  Expected<std::string> Out =
      runGit({"-C", Dir, "rev-parse", "--git-path", Name});
  if (!Out)
    return Out.takeError();
  SmallString<256> P(StringRef(*Out).trim());
  if (!sys::path::is_absolute(P)) {
    SmallString<256> Full(Dir);
    sys::fs::make_absolute(Full);
    sys::path::append(Full, P);
    P = Full;
  }
  // The working directory is a physical path: ".." can go.
  sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return P.str().str();
}

namespace {

Error systemError(const Twine &What) {
  return createStringError(std::error_code(errno, std::generic_category()),
                           "%s: %s", What.str().c_str(), strerror(errno));
}

/// Blobs kept for reuse across revisions: headers change rarely.
constexpr size_t BlobCacheBytes = 256 << 20;

/// Every GitObjects alive, for afterFork().
std::mutex LiveLock;
std::set<GitObjects *> Live;

} // namespace

void GitObjects::afterFork() {
  // The child of a single-threaded parent: no lock is held.
  for (GitObjects *G : Live) {
    G->Check.forget();
    G->Batch.forget();
  }
}

void GitObjects::Pipe::forget() {
  if (In >= 0)
    close(In);
  if (Out >= 0)
    close(Out);
  In = Out = Pid = -1;
  Buffered.clear();
}

Error GitObjects::Pipe::ensureStarted() {
  if (In >= 0)
    return Error::success();
  return start(Top, Mode);
}

Error GitObjects::Pipe::restart(Error Why) {
  stop();
  Buffered.clear();
  if (Error E = start(Top, Mode))
    return joinErrors(std::move(Why), std::move(E));
  return Why;
}

Error GitObjects::Pipe::start(StringRef TopDir, StringRef ModeArg) {
  // Copies first: restart() passes our own members.
  std::string NewTop = TopDir.str(), NewMode = ModeArg.str();
  this->Top = std::move(NewTop);
  this->Mode = std::move(NewMode);
  int ToGit[2], FromGit[2];
  // Close-on-exec: no other child (spatch, clang) may hold git's stdin open.
  if (pipe2(ToGit, O_CLOEXEC) != 0)
    return systemError("pipe");
  if (pipe2(FromGit, O_CLOEXEC) != 0) {
    close(ToGit[0]);
    close(ToGit[1]);
    return systemError("pipe");
  }
  posix_spawn_file_actions_t Actions;
  posix_spawn_file_actions_init(&Actions);
  posix_spawn_file_actions_adddup2(&Actions, ToGit[0], 0);
  posix_spawn_file_actions_adddup2(&Actions, FromGit[1], 1);
  std::string TopCopy = Top, ModeCopy = Mode;
  char *Argv[] = {const_cast<char *>("git"), const_cast<char *>("-C"),
                  TopCopy.data(), const_cast<char *>("cat-file"),
                  ModeCopy.data(), nullptr};
  pid_t Child;
  int Status = posix_spawnp(&Child, "git", &Actions, nullptr, Argv, environ);
  posix_spawn_file_actions_destroy(&Actions);
  close(ToGit[0]);
  close(FromGit[1]);
  if (Status != 0) {
    close(ToGit[1]);
    close(FromGit[0]);
    errno = Status;
    return systemError("cannot run git cat-file");
  }
  Pid = Child;
  In = ToGit[1];
  Out = FromGit[0];
  return Error::success();
}

void GitObjects::Pipe::stop() {
  if (In >= 0)
    close(In); // git ends at the end of its input.
  if (Out >= 0)
    close(Out);
  if (Pid > 0)
    waitpid(Pid, nullptr, 0);
  In = Out = Pid = -1;
}

Error GitObjects::Pipe::write(StringRef Text) {
  while (!Text.empty()) {
    ssize_t N = ::write(In, Text.data(), Text.size());
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      return systemError("git cat-file stopped reading");
    Text = Text.drop_front(N);
  }
  return Error::success();
}

Error GitObjects::Pipe::fill() {
  char Chunk[65536];
  ssize_t N;
  do
    N = ::read(Out, Chunk, sizeof(Chunk));
  while (N < 0 && errno == EINTR);
  if (N <= 0)
    return createStringError(inconvertibleErrorCode(),
                             "git cat-file ended unexpectedly");
  Buffered.append(Chunk, N);
  return Error::success();
}

Expected<std::string> GitObjects::Pipe::readLine() {
  size_t End;
  while ((End = Buffered.find('\n')) == std::string::npos)
    if (Error E = fill())
      return std::move(E);
  std::string Line = Buffered.substr(0, End);
  Buffered.erase(0, End + 1);
  return Line;
}

Expected<std::string> GitObjects::Pipe::readBytes(size_t Size) {
  while (Buffered.size() < Size)
    if (Error E = fill())
      return std::move(E);
  std::string Bytes = Buffered.substr(0, Size);
  Buffered.erase(0, Size);
  return Bytes;
}

Expected<std::unique_ptr<GitObjects>> GitObjects::open(StringRef Top) {
  if (!sys::findProgramByName("git"))
    return createStringError(inconvertibleErrorCode(), "git is not on PATH");
  // A git that dies must give an error, not kill us with SIGPIPE.
  signal(SIGPIPE, SIG_IGN);
  std::unique_ptr<GitObjects> G(new GitObjects);
  if (Error E = G->Check.start(Top, "--batch-check"))
    return std::move(E);
  if (Error E = G->Batch.start(Top, "--batch"))
    return std::move(E);
  std::lock_guard<std::mutex> Hold(LiveLock);
  Live.insert(G.get());
  return std::move(G);
}

GitObjects::~GitObjects() {
  {
    std::lock_guard<std::mutex> Hold(LiveLock);
    Live.erase(this);
  }
  Check.stop();
  Batch.stop();
}

Expected<std::vector<std::optional<GitObjectInfo>>>
GitObjects::lookup(ArrayRef<std::string> Names) {
  std::vector<std::optional<GitObjectInfo>> Infos;
  std::lock_guard<std::mutex> Hold(CheckLock);
  if (Error E = Check.ensureStarted())
    return std::move(E);
  // In slices, so that neither pipe fills while the other waits.
  constexpr size_t Slice = 256;
  for (size_t From = 0; From < Names.size(); From += Slice) {
    ArrayRef<std::string> Part =
        Names.slice(From, std::min(Slice, Names.size() - From));
    std::string Requests;
    for (const std::string &N : Part) {
      if (StringRef(N).contains('\n'))
        return createStringError(inconvertibleErrorCode(),
                                 "a path with a newline cannot be read");
      Requests += N + "\n";
    }
    if (Error E = Check.write(Requests))
      return Check.restart(std::move(E));
    for (size_t I = 0; I < Part.size(); ++I) {
      Expected<std::string> Line = Check.readLine();
      if (!Line)
        return Check.restart(Line.takeError());
      SmallVector<StringRef, 3> Fields;
      StringRef(*Line).split(Fields, ' ');
      // "<id> <type> <size>"; anything else ("<name> missing",
      // "ambiguous") names nothing.
      uint64_t Size;
      if (Fields.size() == 3 && !Fields[2].getAsInteger(10, Size))
        Infos.push_back(GitObjectInfo{Fields[0].str(), Fields[1].str(), Size});
      else
        Infos.push_back(std::nullopt);
    }
  }
  return Infos;
}

Expected<std::shared_ptr<const std::string>>
GitObjects::contents(const std::string &Id) {
  std::lock_guard<std::mutex> Hold(BatchLock);
  if (auto It = Blobs.find(Id); It != Blobs.end())
    return It->second;
  if (Error E = Batch.ensureStarted())
    return std::move(E);
  if (Error E = Batch.write(Id + "\n"))
    return Batch.restart(std::move(E));
  Expected<std::string> Header = Batch.readLine();
  if (!Header)
    return Batch.restart(Header.takeError());
  SmallVector<StringRef, 3> Fields;
  StringRef(*Header).split(Fields, ' ');
  uint64_t Size;
  if (Fields.size() != 3 || Fields[2].getAsInteger(10, Size))
    return createStringError(inconvertibleErrorCode(),
                             "git cannot read object %s: %s", Id.c_str(),
                             Header->c_str());
  Expected<std::string> Data = Batch.readBytes(Size + 1); // And its "\n".
  if (!Data)
    return Batch.restart(Data.takeError());
  Data->pop_back();
  auto Blob = std::make_shared<const std::string>(std::move(*Data));
  if (BlobBytes + Blob->size() > BlobCacheBytes) {
    Blobs.clear();
    BlobBytes = 0;
  }
  BlobBytes += Blob->size();
  Blobs.emplace(Id, Blob);
  return Blob;
}
