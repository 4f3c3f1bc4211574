//===- StepBudget.cpp - Says when a function used its step budget up ------===//

#include "StepBudget.h"

#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ExprEngine.h"
#include "clang/StaticAnalyzer/Frontend/CheckerRegistry.h"

using namespace clang;
using namespace ento;

namespace {

class StepBudgetChecker : public Checker<check::EndAnalysis> {
public:
  /// Runs after each function's work list: work still queued means the
  /// budget, not the paths, ended the analysis.
  void checkEndAnalysis(ExplodedGraph &G, BugReporter &BR,
                        ExprEngine &Eng) const {
    if (Eng.hasEmptyWorkList() || G.roots_begin() == G.roots_end())
      return;
    const Decl *D = (*G.roots_begin())->getLocationContext()->getDecl();
    BR.EmitBasicReport(D, this, "Step budget used up", "pcbcheck",
                       "the analysis of this function used its step budget up",
                       PathDiagnosticLocation::createBegin(
                           D, BR.getSourceManager()));
  }
};

void initialize(CheckerManager &Mgr) {
  Mgr.registerChecker<StepBudgetChecker>();
}

bool shouldRegister(const CheckerManager &) { return true; }

} // namespace

void pcbcheck::registerStepBudgetChecker(CheckerRegistry &Registry) {
  Registry.addChecker(initialize, shouldRegister, StepBudgetCheckerName,
                      "Reports a function whose analysis used its step "
                      "budget up (the pcbcheck tool then analyzes again)",
                      "", /*IsHidden=*/true);
}
