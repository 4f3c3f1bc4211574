//===- Isolation.cpp - Analyses in child processes ------------------------===//

#include "Isolation.h"
#include "Git.h"
#include "Process.h"

#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/Threading.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
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

/// A child and the work it has: it reads indices from In ("I\n") and
/// answers each with "I SIZE\n" and SIZE bytes on Out, until In ends.
struct Child {
  pid_t Pid = -1;
  int In = -1;  ///< The parent's end of the child's work queue.
  int Out = -1; ///< The parent's end of the child's answers.
  std::optional<size_t> Current; ///< The index it works on now.
  std::string Buffer;
  bool KilledForMemory = false;
};

/// In the child: the next index from \p FD, or none at its end.
std::optional<size_t> nextIndex(int FD) {
  std::string Line;
  char C;
  for (;;) {
    ssize_t N = read(FD, &C, 1);
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      return std::nullopt;
    if (C == '\n')
      return std::stoull(Line);
    Line += C;
  }
}

/// The child's life: work until the queue ends.
[[noreturn]] void serve(int In, int Out,
                        llvm::function_ref<std::string(size_t)> Work) {
  while (std::optional<size_t> I = nextIndex(In)) {
    std::string Result = Work(*I);
    std::string Frame =
        std::to_string(*I) + " " + std::to_string(Result.size()) + "\n";
    if (!writeAll(Out, Frame) || !writeAll(Out, Result))
      _exit(1);
  }
  _exit(0);
}

/// A whole answer at the front of \p Buffer, taken from it.
std::optional<std::pair<size_t, std::string>> takeAnswer(std::string &Buffer) {
  size_t End = Buffer.find('\n');
  if (End == std::string::npos)
    return std::nullopt;
  unsigned long long Index = 0, Size = 0;
  if (std::sscanf(Buffer.c_str(), "%llu %llu", &Index, &Size) != 2 ||
      Buffer.size() < End + 1 + Size)
    return std::nullopt;
  std::pair<size_t, std::string> Answer{Index, Buffer.substr(End + 1, Size)};
  Buffer.erase(0, End + 1 + Size);
  return Answer;
}

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
  size_t Next = 0; ///< The first index no child was given.
  // A child that dies must not take the parent with SIGPIPE.
  signal(SIGPIPE, SIG_IGN);
  auto Fail = [&](size_t I, std::string Why) {
    Results[I].Why = std::move(Why);
    if (Done)
      Done(I);
  };
  // Hands \p C its next index, or ends its queue.
  auto Feed = [&](Child &C) {
    C.Current.reset();
    if (Next == Count) {
      if (C.In >= 0)
        close(C.In);
      C.In = -1;
      return;
    }
    C.Current = Next++;
    if (!writeAll(C.In, std::to_string(*C.Current) + "\n")) {
      close(C.In); // It died; its end is read below.
      C.In = -1;
    }
  };
  auto Start = [&]() -> bool {
    int ToChild[2], FromChild[2];
    if (pipe2(ToChild, O_CLOEXEC) != 0)
      return false;
    if (pipe2(FromChild, O_CLOEXEC) != 0) {
      close(ToChild[0]);
      close(ToChild[1]);
      return false;
    }
    pid_t Parent = getpid();
    pid_t Pid = fork();
    if (Pid == 0) {
      close(ToChild[1]);
      close(FromChild[0]);
      // The other children's pipes are not this one's.
      for (const Child &Other : Running) {
        close(Other.In);
        close(Other.Out);
      }
      becomeChild(Limits, Parent);
      serve(ToChild[0], FromChild[1], Work);
    }
    close(ToChild[0]);
    close(FromChild[1]);
    if (Pid < 0) {
      close(ToChild[1]);
      close(FromChild[0]);
      return false;
    }
    Running.push_back({Pid, ToChild[1], FromChild[0], std::nullopt, {}});
    Feed(Running.back());
    return true;
  };
  // A child ends when its queue has: what it was doing failed with it.
  auto Finish = [&](Child &C) {
    close(C.Out);
    if (C.In >= 0)
      close(C.In);
    int Status = 0;
    while (waitpid(C.Pid, &Status, 0) < 0 && errno == EINTR)
      ;
    if (C.Current)
      Fail(*C.Current, WIFEXITED(Status) && WEXITSTATUS(Status) == 0
                           ? "its analysis answered nothing"
                           : whyNot(Status, C.KilledForMemory, Limits));
  };
  unsigned Jobs = Limits.Jobs ? Limits.Jobs : 1;
  while (Next < Count || !Running.empty()) {
    while (Running.size() < Jobs && Next < Count)
      if (!Start()) {
        // Not one more process: what no child took fails, said.
        std::string Why = std::string("cannot start a process: ") +
                          strerror(errno);
        if (!Running.empty())
          break;
        while (Next < Count)
          Fail(Next++, Why);
      }
    if (Running.empty())
      continue;
    std::vector<pollfd> Fds;
    for (const Child &C : Running)
      Fds.push_back({C.Out, POLLIN, 0});
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
      Child &C = Running[K];
      char Chunk[65536];
      ssize_t N = read(C.Out, Chunk, sizeof(Chunk));
      if (N < 0 && errno == EINTR)
        continue;
      if (N > 0) {
        C.Buffer.append(Chunk, N);
        while (std::optional<std::pair<size_t, std::string>> A =
                   takeAnswer(C.Buffer)) {
          if (A->first < Count && C.Current == A->first) {
            Results[A->first].Done = true;
            Results[A->first].Output = std::move(A->second);
            if (Done)
              Done(A->first);
          }
          Feed(C);
        }
        continue;
      }
      Finish(C);
      Running.erase(Running.begin() + K);
    }
  }
  return Results;
}
