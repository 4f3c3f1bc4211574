//===- RuleRoots.cpp - The analyzer's roots, the rules' functions --------===//
//
// What AnalysisConsumer does for each root (HandleDeclsCallGraph,
// HandleCode, RunPathSensitiveChecks in clang 19), for the rules'
// functions only.  See RuleRoots.h.
//
//===----------------------------------------------------------------------===//

#include "RuleRoots.h"

#include "clang/AST/Decl.h"
#include "clang/Analysis/Analyses/LiveVariables.h"
#include "clang/Analysis/CallGraph.h"
#include "clang/CrossTU/CrossTranslationUnit.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/StaticAnalyzer/Core/AnalyzerOptions.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/AnalysisManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ExprEngine.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/FunctionSummary.h"
#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace ento;

namespace {
clang::CompilerInstance *PluginCompiler = nullptr;

/// No function's name: -analyze-function set to it skips them all.
const char NoFunction[] = "<pcbcheck: the rules' functions, analyzed by "
                          "mdthread.PcbCopyModeling>";
} // namespace

void pcbcheck::setPluginCompiler(CompilerInstance *CI) { PluginCompiler = CI; }

CompilerInstance *pcbcheck::pluginCompiler() { return PluginCompiler; }

namespace {

/// One path analysis from \p FD, as AnalysisConsumer::HandleCode runs it;
/// the callees it inlines go to \p Visited.
void analyzeRoot(AnalysisManager &Mgr, cross_tu::CrossTranslationUnitContext &CTU,
                 FunctionSummariesTy &Summaries, const FunctionDecl *FD,
                 SetOfConstDecls *Visited) {
  AnalyzerOptions &Opts = Mgr.options;
  if (!FD->hasBody())
    return;
  Mgr.ClearContexts();
  AnalysisDeclContext *ADC = Mgr.getAnalysisDeclContext(FD);
  if (ADC->isBodyAutosynthesized() || !Mgr.getCFG(FD) ||
      !ADC->getAnalysis<RelaxedLiveVariables>())
    return;
  if (Opts.AnalyzerDisplayProgress) {
    PresumedLoc Loc = Mgr.getSourceManager().getPresumedLoc(FD->getLocation());
    if (Loc.isValid())
      llvm::errs() << "ANALYZE (Path,  Inline_Regular): " << Loc.getFilename()
                   << ' ' << AnalysisDeclContext::getFunctionName(FD) << '\n';
  }
  SetOfConstDecls VisitedCallees;
  ExprEngine Eng(CTU, Mgr, Opts.InliningMode == All ? nullptr : &VisitedCallees,
                 &Summaries, ExprEngine::Inline_Regular);
  Eng.ExecuteWorkList(Mgr.getAnalysisDeclContextManager().getStackFrame(FD),
                      Opts.MaxNodesPerTopLevelFunction);
  Eng.getBugReporter().FlushReports();
  if (Visited)
    for (const Decl *Callee : VisitedCallees)
      Visited->insert(Callee->getCanonicalDecl());
}

} // namespace

bool pcbcheck::analyzeOnlyRoots(
    AnalysisManager &Mgr, CompilerInstance &CI, const TranslationUnitDecl *TU,
    llvm::function_ref<bool(const FunctionDecl *)> IsRoot) {
  AnalyzerOptions &Opts = Mgr.options;
  const LangOptions &Lang = Mgr.getLangOpts();
  if (!Opts.AnalyzeSpecificFunction.empty() || Lang.CPlusPlus || Lang.ObjC)
    return false;
  const SourceManager &SM = Mgr.getSourceManager();
  // The roots the analyzer would start a path analysis at: definitions
  // in the main file (headers get none unless -analyzer-opt-analyze-headers).
  CallGraph CG;
  SetOfConstDecls Roots;
  for (Decl *D : TU->decls()) {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || !FD->doesThisDeclarationHaveABody() || !IsRoot(FD))
      continue;
    SourceLocation SL = SM.getExpansionLoc(FD->getBody()->getBeginLoc());
    if (!Opts.AnalyzeAll && !Mgr.isInCodeFile(SL))
      continue;
    CG.addToCallGraph(D);
    Roots.insert(FD->getCanonicalDecl());
  }
  Opts.AnalyzeSpecificFunction = NoFunction;

  cross_tu::CrossTranslationUnitContext CTU(CI);
  FunctionSummariesTy Summaries;
  SetOfConstDecls Visited, VisitedAsTopLevel;
  // Callers before callees, so that a root inlined into another is not
  // started again: the analyzer's own order.  The graph also holds the
  // roots' callees; they are not roots (nor is a rule-named callee the
  // analyzer would not start at, defined in a header).
  llvm::ReversePostOrderTraversal<CallGraph *> RPOT(&CG);
  for (CallGraphNode *N : RPOT) {
    const auto *FD = dyn_cast_or_null<FunctionDecl>(N->getDecl());
    if (!FD || !Roots.count(FD) || Visited.count(FD) ||
        VisitedAsTopLevel.count(FD))
      continue;
    analyzeRoot(Mgr, CTU, Summaries, FD, &Visited);
    VisitedAsTopLevel.insert(FD);
  }
  Mgr.ClearContexts();
  return true;
}

void pcbcheck::analyzeInlinedRoots(
    AnalysisManager &Mgr, CompilerInstance &CI, const TranslationUnitDecl *TU,
    llvm::function_ref<bool(const FunctionDecl *)> IsRoot) {
  const LangOptions &Lang = Mgr.getLangOpts();
  if (!Mgr.options.AnalyzeSpecificFunction.empty() || Lang.CPlusPlus ||
      Lang.ObjC)
    return;
  const SourceManager &SM = Mgr.getSourceManager();
  cross_tu::CrossTranslationUnitContext CTU(CI);
  FunctionSummariesTy Summaries;
  for (Decl *D : TU->decls()) {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || !FD->doesThisDeclarationHaveABody() || !IsRoot(FD))
      continue;
    SourceLocation SL = SM.getExpansionLoc(FD->getBody()->getBeginLoc());
    if (Mgr.options.AnalyzeAll || Mgr.isInCodeFile(SL))
      analyzeRoot(Mgr, CTU, Summaries, FD, nullptr);
  }
  Mgr.ClearContexts();
}

void pcbcheck::endOnlyRoots(AnalysisManager &Mgr) {
  if (Mgr.options.AnalyzeSpecificFunction == NoFunction)
    Mgr.options.AnalyzeSpecificFunction.clear();
}
