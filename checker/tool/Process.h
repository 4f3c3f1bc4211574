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

/// Runs \p Program with \p Argv (Argv[0] included) and no standard input,
/// and returns its exit status, standard output and standard error.
/// \p TimeoutSeconds 0 waits as long as it takes.  A signal that ends
/// pcbcheck ends the program first (it could write into a directory being
/// removed).
ProcessOutput runProgram(llvm::StringRef Program,
                         llvm::ArrayRef<llvm::StringRef> Argv,
                         unsigned TimeoutSeconds = 0);

/// Calls \p Cleanup (async-signal-safe: rmdir, not malloc) when SIGINT,
/// SIGTERM or SIGHUP ends pcbcheck, after the programs runProgram runs
/// are killed and the files registered with RemoveFileOnSignal removed.
void onInterrupt(void (*Cleanup)());

/// This process leads a process group of its own (an isolated analysis,
/// Isolation.h): an interrupt ends the whole group, the programs the
/// programs it runs start included, before the cleanups.
void leadOwnProcessGroup();

/// Removes the files of \p Dir (no subdirectories) and \p Dir, with
/// async-signal-safe calls only; retries a moment while a dying program
/// may still write there.
void removeFlatDirectory(const char *Dir);

} // namespace pcbcheck

#endif
