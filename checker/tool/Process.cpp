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
#include <pthread.h>

using namespace llvm;
using namespace pcbcheck;

/// Threads inside a SignalsHeld now.
static std::atomic<int> Holding{0};

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
  Result.Status = sys::ExecuteAndWait(Program, Argv, std::nullopt, Redirects,
                                      TimeoutSeconds);
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
