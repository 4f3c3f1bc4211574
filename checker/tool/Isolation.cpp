//===- Isolation.cpp - Each analysis in a process of its own --------------===//

#include "Isolation.h"
#include "Git.h"
#include "Process.h"

#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/Threading.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <optional>
#include <new>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#elif defined(__FreeBSD__)
#include <sys/procctl.h>
#endif

using namespace pcbcheck;

namespace {

/// The status of a child whose allocation failed.
constexpr int OutOfMemoryStatus = 97;

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define PCBCHECK_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define PCBCHECK_SANITIZED 1
#endif

[[noreturn]] void outOfMemory() { _exit(OutOfMemoryStatus); }

void outOfMemoryInLLVM(void *, const char *, bool) { outOfMemory(); }

/// Everything the child does before its work.
void becomeChild(const IsolationLimits &Limits, pid_t Parent) {
  // Out of the terminal's process group: Ctrl-C (or timeout's signal to
  // the group) reaches the parent alone, and the child gets one signal,
  // as the parent dies, to clean up after.  Two would kill it halfway:
  // LLVM's handler puts the default action back before it runs.
  leadOwnProcessGroup();
#ifdef __linux__
  prctl(PR_SET_PDEATHSIG, SIGTERM);
#elif defined(__FreeBSD__)
  int Signal = SIGTERM;
  procctl(P_PID, 0, PROC_PDEATHSIG_CTL, &Signal);
#endif
  if (getppid() != Parent)
    _exit(1); // The parent was gone before that.
  GitObjects::afterFork();
  std::set_new_handler(outOfMemory);
  llvm::install_bad_alloc_error_handler(outOfMemoryInLLVM);
  if (Limits.MemoryMB && canBoundMemory()) {
    rlim_t Bytes = static_cast<rlim_t>(Limits.MemoryMB) << 20;
    struct rlimit Limit = {Bytes, Bytes};
    setrlimit(RLIMIT_DATA, &Limit);
  }
}

bool writeAll(int FD, const std::string &Text) {
  size_t Done = 0;
  while (Done < Text.size()) {
    ssize_t N = write(FD, Text.data() + Done, Text.size() - Done);
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      return false;
    Done += N;
  }
  return true;
}

struct Child {
  pid_t Pid = -1;
  int FD = -1;
  size_t Index = 0;
  std::string Output;
  bool KilledForMemory = false;
};

/// A child's resident memory in MB, where the system says (Linux).
std::optional<uint64_t> residentMB(pid_t Pid) {
  std::ifstream Statm("/proc/" + std::to_string(Pid) + "/statm");
  uint64_t Size, Resident;
  if (!(Statm >> Size >> Resident))
    return std::nullopt;
  return Resident * static_cast<uint64_t>(sysconf(_SC_PAGESIZE)) >> 20;
}

/// Where RLIMIT_DATA cannot bound a child (a sanitized build), the parent
/// watches its resident memory instead, and kills it past the bound.
void watchMemory(std::vector<Child> &Running, const IsolationLimits &Limits) {
  if (!Limits.MemoryMB || canBoundMemory())
    return;
  for (Child &C : Running)
    if (std::optional<uint64_t> MB = residentMB(C.Pid);
        MB && *MB > Limits.MemoryMB && !C.KilledForMemory) {
      kill(C.Pid, SIGKILL);
      C.KilledForMemory = true;
    }
}

/// Why a child that ended with \p Status did not finish its work.
std::string whyNot(int Status, bool KilledForMemory,
                   const IsolationLimits &Limits) {
  if (KilledForMemory ||
      (WIFEXITED(Status) && WEXITSTATUS(Status) == OutOfMemoryStatus))
    return "it needs more than " + std::to_string(Limits.MemoryMB) +
           " MB (--max-memory; an exponentially expanding macro is one "
           "cause)";
  if (WIFSIGNALED(Status))
    return std::string("the analysis crashed (") +
           strsignal(WTERMSIG(Status)) + ")";
  return "the analysis ended with status " +
         std::to_string(WIFEXITED(Status) ? WEXITSTATUS(Status) : -1);
}

} // namespace

IsolationLimits IsolationLimits::of(unsigned Jobs, uint64_t MemoryMB) {
  return {llvm::hardware_concurrency(Jobs).compute_thread_count(), MemoryMB};
}

bool pcbcheck::canBoundMemory() {
#ifdef PCBCHECK_SANITIZED
  return false;
#else
  return true;
#endif
}

std::vector<IsolatedResult>
pcbcheck::runIsolated(size_t Count, const IsolationLimits &Limits,
                      llvm::function_ref<std::string(size_t)> Work,
                      llvm::function_ref<void(size_t)> Done) {
  std::vector<IsolatedResult> Results(Count);
  std::vector<Child> Running;
  size_t Next = 0;
  // A child that dies must not take the parent with SIGPIPE.
  signal(SIGPIPE, SIG_IGN);
  auto Start = [&](size_t I) {
    int P[2];
    if (pipe2(P, O_CLOEXEC) != 0) {
      Results[I].Why = std::string("cannot start a process: ") +
                       strerror(errno);
      return;
    }
    pid_t Parent = getpid();
    pid_t Pid = fork();
    if (Pid == 0) {
      close(P[0]);
      becomeChild(Limits, Parent);
      std::string Out = Work(I);
      _exit(writeAll(P[1], Out) ? 0 : 1);
    }
    close(P[1]);
    if (Pid < 0) {
      Results[I].Why = std::string("cannot start a process: ") +
                       strerror(errno);
      close(P[0]);
      return;
    }
    Running.push_back({Pid, P[0], I, {}});
  };
  auto Finish = [&](Child &C) {
    close(C.FD);
    int Status = 0;
    while (waitpid(C.Pid, &Status, 0) < 0 && errno == EINTR)
      ;
    IsolatedResult &R = Results[C.Index];
    if (WIFEXITED(Status) && WEXITSTATUS(Status) == 0) {
      R.Done = true;
      R.Output = std::move(C.Output);
    } else {
      R.Why = whyNot(Status, C.KilledForMemory, Limits);
    }
    if (Done)
      Done(C.Index);
  };
  unsigned Jobs = Limits.Jobs ? Limits.Jobs : 1;
  while (Next < Count || !Running.empty()) {
    while (Running.size() < Jobs && Next < Count) {
      size_t I = Next++;
      Start(I);
      if (!Results[I].Why.empty() && Done)
        Done(I);
    }
    if (Running.empty())
      continue;
    std::vector<pollfd> Fds;
    for (const Child &C : Running)
      Fds.push_back({C.FD, POLLIN, 0});
    // A tenth of a second at a time when memory is watched.
    int Timeout = Limits.MemoryMB && !canBoundMemory() ? 100 : -1;
    watchMemory(Running, Limits);
    if (poll(Fds.data(), Fds.size(), Timeout) < 0) {
      if (errno != EINTR)
        llvm::report_fatal_error(llvm::Twine("poll: ") + strerror(errno));
      continue;
    }
    for (size_t K = Running.size(); K-- > 0;) {
      if (!(Fds[K].revents & (POLLIN | POLLHUP | POLLERR)))
        continue;
      char Chunk[65536];
      ssize_t N = read(Running[K].FD, Chunk, sizeof(Chunk));
      if (N < 0 && errno == EINTR)
        continue;
      if (N > 0) {
        Running[K].Output.append(Chunk, N);
        continue;
      }
      Finish(Running[K]);
      Running.erase(Running.begin() + K);
    }
  }
  return Results;
}
