//===- StepBudget.h - A first analysis with a small step budget -*- C++ -*-===//
//
// clang's analyzer reserves, for each function it analyzes, a hash table
// sized by the step budget (max-nodes: 225,000 steps, a 1 MiB table), and
// frees it after the function.  The functions the rules name take a few
// hundred steps, so the table is almost all fresh pages that the nodes'
// hashes touch at random: 150 to 250 page faults per function, as much
// time as the analysis itself where a fault costs 11 us (our CI's VM).
// The tool therefore analyzes a file with a small budget first, and again
// with clang's own budget only when a function used the small one up.  A
// function that finishes within the small budget is explored exactly as
// with the large one (the budget only stops the work list), so results
// cannot differ.
//
//===----------------------------------------------------------------------===//

#ifndef PCBCHECK_STEPBUDGET_H
#define PCBCHECK_STEPBUDGET_H

namespace clang {
namespace ento {
class CheckerRegistry;
}
} // namespace clang

namespace pcbcheck {

/// A hidden checker, registered only by the tool: it reports a function
/// whose analysis stopped with work left, i.e. at its step budget.
inline constexpr const char *StepBudgetCheckerName = "mdthread.StepBudget";

/// Steps per function of the first analysis: six times what the largest
/// function of the fixture corpus takes, and a 64 KiB table, which malloc
/// serves from the heap and reuses for the next function.
inline constexpr unsigned FirstStepBudget = 8192;

void registerStepBudgetChecker(clang::ento::CheckerRegistry &Registry);

} // namespace pcbcheck

#endif
