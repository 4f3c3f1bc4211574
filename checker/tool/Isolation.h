//===- Isolation.h - Analyses in child processes ----------------*- C++ -*-===//
//
// clang cannot be stopped once a file makes it allocate without bound (a
// macro that expands exponentially): it dies of std::bad_alloc, and every
// other file of the run with it.  So analyses run in child processes
// (fork() from the single-threaded parent, no exec: a child has the
// parent's rules, trees and caches), their data bounded by RLIMIT_DATA,
// and what they find comes back as text through a pipe.  A child that
// runs out of memory or crashes fails the work it was doing, said, and
// only that.
//
//===----------------------------------------------------------------------===//

#ifndef PCBCHECK_ISOLATION_H
#define PCBCHECK_ISOLATION_H

#include "llvm/ADT/STLFunctionalExtras.h"

#include <cstdint>
#include <string>
#include <vector>

namespace pcbcheck {

/// How many children at once, and how much memory each may take.
struct IsolationLimits {
  unsigned Jobs = 1;
  uint64_t MemoryMB = 0; ///< 0: no bound.

  /// -j \p Jobs (0: one per core) and --max-memory \p MemoryMB.
  static IsolationLimits of(unsigned Jobs, uint64_t MemoryMB);
};

/// One piece of work done in a child.
struct IsolatedResult {
  bool Done = false;  ///< The child finished; Output is what it returned.
  std::string Output;
  std::string Why;    ///< Otherwise why not, as a sentence's end.
};

/// The default bound of --max-memory, in MB.
constexpr uint64_t DefaultMemoryMB = 4096;

/// Whether this build can bound a child's memory (a sanitized build
/// cannot: its shadow memory counts as data).
bool canBoundMemory();

/// Runs \p Work(0) ... \p Work(Count - 1) in Limits.Jobs child processes,
/// which take the next index as they finish one (a fork and a start-up per
/// child, not per piece of work); the results by index.  A child that dies
/// fails only the work it was doing, and another takes the rest.
/// \p Done(I) is called in the parent as each ends, in the order they end
/// (progress).  Must be called while the process has a single thread.
std::vector<IsolatedResult>
runIsolated(size_t Count, const IsolationLimits &Limits,
            llvm::function_ref<std::string(size_t)> Work,
            llvm::function_ref<void(size_t)> Done = nullptr);

} // namespace pcbcheck

#endif
