//===- Process.cpp - Run a program, keep what it printed ------------------===//
//
// git, spatch and the clangs --doctor asks: their output goes through
// temporary files, removed again whatever happens.
//
//===----------------------------------------------------------------------===//

#include "Process.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Signals.h"

#include <atomic>
#include <csignal>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <mutex>
#include <pthread.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace llvm;
using namespace pcbcheck;

/// Threads inside a SignalsHeld now.
static std::atomic<int> Holding{0};

namespace {

/// The programs running now, and the cleanups to run, for the handler.
std::atomic<pid_t> Running[16];
std::atomic<void (*)()> Cleanups[8];
std::atomic<bool> GroupLeader{false};

/// LLVM calls this instead of dying of SIGINT, SIGTERM or SIGHUP.
void interrupted() {
  // LLVM has put the default actions back: a second signal (a child gets
  // SIGINT from the terminal and SIGTERM as its parent dies) would end us
  // halfway through.  It waits for the cleanup.
  sigset_t Held;
  sigemptyset(&Held);
  for (int Sig : {SIGINT, SIGTERM, SIGHUP})
    sigaddset(&Held, Sig);
  ::sigprocmask(SIG_BLOCK, &Held, nullptr);
  SignalsHeld::waitForSignalsHeld();
  // The helpers of our helpers too (genoffset.sh runs awk); SIGTERM is
  // held here, so it ends them, not us.
  if (GroupLeader.load())
    ::kill(0, SIGTERM);
  for (std::atomic<pid_t> &P : Running)
    if (pid_t Pid = P.exchange(0); Pid > 0) {
      ::kill(Pid, SIGKILL);
      ::waitpid(Pid, nullptr, 0);
    }
  sys::RunInterruptHandlers(); // What was registered since, too.
  for (std::atomic<void (*)()> &C : Cleanups)
    if (void (*F)() = C.load())
      F();
  ::signal(SIGINT, SIG_DFL);
  ::raise(SIGINT);
  ::sigprocmask(SIG_UNBLOCK, &Held, nullptr); // The death it meant.
}

void handleInterrupts() {
  static std::once_flag Once;
  std::call_once(Once, [] { sys::SetInterruptFunction(interrupted); });
}

/// Keeps \p Pid in Running while it lives.
class RunningProgram {
public:
  explicit RunningProgram(pid_t Pid) {
    handleInterrupts();
    for (std::atomic<pid_t> &P : Running) {
      pid_t Free = 0;
      if (P.compare_exchange_strong(Free, Pid)) {
        Slot = &P;
        break;
      }
    }
  }
  ~RunningProgram() {
    if (Slot)
      Slot->store(0);
  }

private:
  std::atomic<pid_t> *Slot = nullptr;
};

} // namespace

void pcbcheck::leadOwnProcessGroup() {
  ::setpgid(0, 0);
  GroupLeader = ::getpgrp() == ::getpid();
}

void pcbcheck::removeFlatDirectory(const char *Dir) {
  for (int Try = 0; Try < 50; ++Try) {
    int FD = ::open(Dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (FD < 0)
      return;
#ifdef SYS_getdents64
    // getdents: readdir may allocate, and this runs in a signal handler.
    alignas(8) char Buffer[4096];
    long N;
    while ((N = ::syscall(SYS_getdents64, FD, Buffer, sizeof(Buffer))) > 0)
      for (long At = 0; At < N;) {
        struct Entry {
          uint64_t Inode;
          int64_t Offset;
          unsigned short Length;
          unsigned char Type;
          char Name[1];
        };
        const Entry *E = reinterpret_cast<const Entry *>(Buffer + At);
        if (std::strcmp(E->Name, ".") && std::strcmp(E->Name, ".."))
          ::unlinkat(FD, E->Name, 0);
        At += E->Length;
      }
#endif
    ::close(FD);
    if (::rmdir(Dir) == 0 || errno == ENOENT)
      return;
    struct timespec Moment = {0, 2000000}; // 2 ms.
    ::nanosleep(&Moment, nullptr);
  }
}

void pcbcheck::onInterrupt(void (*Cleanup)()) {
  handleInterrupts();
  for (std::atomic<void (*)()> &C : Cleanups) {
    void (*Free)() = nullptr;
    if (C.load() == Cleanup || C.compare_exchange_strong(Free, Cleanup))
      return;
  }
}

void SignalsHeld::waitForSignalsHeld() {
  while (Holding.load() != 0)
    ; // Microseconds: a file is being created and registered.
}

SignalsHeld::SignalsHeld() {
  ++Holding;
  sigset_t Held;
  sigemptyset(&Held);
  sigaddset(&Held, SIGINT);
  sigaddset(&Held, SIGTERM);
  sigaddset(&Held, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &Held, &Saved);
}

SignalsHeld::~SignalsHeld() {
  --Holding;
  pthread_sigmask(SIG_SETMASK, &Saved, nullptr);
}

std::string pcbcheck::shellQuoted(StringRef S) {
  if (!S.empty() && S.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHI"
                                        "JKLMNOPQRSTUVWXYZ0123456789_-./+,:@"
                                        "=") == StringRef::npos)
    return S.str();
  std::string Q = "'";
  for (char C : S)
    Q += C == '\'' ? std::string("'\\''") : std::string(1, C);
  return Q + "'";
}

ProcessOutput pcbcheck::runProgram(StringRef Program, ArrayRef<StringRef> Argv,
                                   unsigned TimeoutSeconds) {
  ProcessOutput Result;
  SmallString<128> Out, Err;
  {
    // Killed while it runs (SIGINT): leave neither behind.
    SignalsHeld Hold;
    if (sys::fs::createTemporaryFile("pcbcheck-out", "txt", Out))
      return Result;
    llvm::sys::RemoveFileOnSignal(Out);
    if (sys::fs::createTemporaryFile("pcbcheck-err", "txt", Err)) {
      sys::fs::remove(Out);
      llvm::sys::DontRemoveFileOnSignal(Out);
      return Result;
    }
    llvm::sys::RemoveFileOnSignal(Err);
  }
  std::optional<StringRef> Redirects[] = {StringRef(""), StringRef(Out),
                                          StringRef(Err)};
  std::string Why;
  bool Failed = false;
  sys::ProcessInfo Started = sys::ExecuteNoWait(
      Program, Argv, std::nullopt, Redirects, 0, &Why, &Failed);
  if (!Failed && Started.Pid > 0) {
    RunningProgram Kept(Started.Pid);
    Result.Status =
        sys::Wait(Started, TimeoutSeconds ? std::optional<unsigned>(
                                                TimeoutSeconds)
                                          : std::nullopt)
            .ReturnCode;
  }
  if (auto Buf = MemoryBuffer::getFile(Out))
    Result.Out = (*Buf)->getBuffer().str();
  if (auto Buf = MemoryBuffer::getFile(Err))
    Result.Err = (*Buf)->getBuffer().str();
  sys::fs::remove(Out);
  sys::fs::remove(Err);
  llvm::sys::DontRemoveFileOnSignal(Out);
  llvm::sys::DontRemoveFileOnSignal(Err);
  return Result;
}
