//===- Process.h - Run a program, keep what it printed ----------*- C++ -*-===//

#ifndef PCBCHECK_PROCESS_H
#define PCBCHECK_PROCESS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <csignal>
#include <string>

namespace pcbcheck {

struct ProcessOutput {
  int Status = -1; ///< Exit status; negative when it could not run or timed out.
  std::string Out;
  std::string Err;
};

/// Runs \p Program with \p Argv (Argv[0] included) and no standard input,
/// and returns its exit status, standard output and standard error.
/// \p TimeoutSeconds 0 waits as long as it takes.
/// While it lives, SIGINT, SIGTERM and SIGHUP wait on this thread, and a
/// handler on another thread waits for it (waitForSignalsHeld): a
/// temporary file is created and registered for removal as one step.
class SignalsHeld {
public:
  SignalsHeld();
  ~SignalsHeld();
  /// For a signal handler: returns when no thread holds signals.
  static void waitForSignalsHeld();
  SignalsHeld(const SignalsHeld &) = delete;
  SignalsHeld &operator=(const SignalsHeld &) = delete;

private:
  sigset_t Saved; ///< The thread's signal mask before.
};

/// \p S as one word of a POSIX shell command: as it is when the shell
/// would neither split nor expand it, else in single quotes.
std::string shellQuoted(llvm::StringRef S);

ProcessOutput runProgram(llvm::StringRef Program,
                         llvm::ArrayRef<llvm::StringRef> Argv,
                         unsigned TimeoutSeconds = 0);

} // namespace pcbcheck

#endif
