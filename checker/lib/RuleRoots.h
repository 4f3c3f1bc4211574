//===- RuleRoots.h - The analyzer's roots, the rules' functions -*- C++ -*-===//
//
// The analyzer starts a path analysis at every function of the main file:
// it builds each one's CFG and liveness and reserves its node table, even
// when every checker stops the path at once.  The pcbcheck tool hands it
// only the rules' functions (RootFilter in Analysis.cpp).  A plugin cannot
// filter the roots, so when our checks run alone the checker tells the
// analyzer to skip every function (its -analyze-function setting, given a
// name no function has) and analyzes the rules' functions itself, in the
// analyzer's order and the way the analyzer would have.
//
//===----------------------------------------------------------------------===//

#ifndef PCBCHECK_RULEROOTS_H
#define PCBCHECK_RULEROOTS_H

#include "llvm/ADT/STLFunctionalExtras.h"

namespace clang {
class CompilerInstance;
class FunctionDecl;
class TranslationUnitDecl;
namespace ento {
class AnalysisManager;
}
} // namespace clang

namespace pcbcheck {

/// The unit's compiler instance while the plugin's frontend action runs
/// (null in the tool, which filters the roots itself).
void setPluginCompiler(clang::CompilerInstance *CI);
clang::CompilerInstance *pluginCompiler();

/// Analyzes each main-file function definition that \p IsRoot accepts, as
/// the analyzer's own loop would (callers first; a root already inlined
/// into an earlier one is not started again), and makes the analyzer skip
/// every function afterwards.  Does nothing and returns false where that
/// would not be the same analysis: the user named a function
/// (-analyze-function), or the unit is not C.
bool analyzeOnlyRoots(
    clang::ento::AnalysisManager &Mgr, clang::CompilerInstance &CI,
    const clang::TranslationUnitDecl *TU,
    llvm::function_ref<bool(const clang::FunctionDecl *)> IsRoot);

/// With other checkers on, the analyzer's own loop starts a static
/// function that a caller inlined no more (linux/arm vfp_thread_copy(),
/// called by vfp_notifier()), and inlined it has no role: analyzes each
/// main-file definition \p IsRoot accepts (those never started) at the
/// end of the unit.
void analyzeInlinedRoots(
    clang::ento::AnalysisManager &Mgr, clang::CompilerInstance &CI,
    const clang::TranslationUnitDecl *TU,
    llvm::function_ref<bool(const clang::FunctionDecl *)> IsRoot);

/// Undoes the skipping at the end of the unit, before the analyzer would
/// take it for a -analyze-function that matched nothing and say so.
void endOnlyRoots(clang::ento::AnalysisManager &Mgr);

} // namespace pcbcheck

#endif
