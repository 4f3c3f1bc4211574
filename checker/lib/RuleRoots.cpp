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

/// Whether choosing the roots is ours: not when the user named a function
/// (-analyze-function), nor in a unit that is not C.
bool rootsAreOurs(const AnalysisManager &Mgr) {
  const LangOptions &Lang = Mgr.getLangOpts();
  return Mgr.options.AnalyzeSpecificFunction.empty() && !Lang.CPlusPlus &&
         !Lang.ObjC;
}

/// The definitions \p IsRoot accepts that the analyzer would start a path
/// analysis at: those in the main file (headers get none unless
/// -analyzer-opt-analyze-headers).
std::vector<FunctionDecl *>
mainFileRoots(AnalysisManager &Mgr, const TranslationUnitDecl *TU,
              llvm::function_ref<bool(const FunctionDecl *)> IsRoot) {
  const SourceManager &SM = Mgr.getSourceManager();
  std::vector<FunctionDecl *> Roots;
  for (Decl *D : TU->decls()) {
    auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || !FD->doesThisDeclarationHaveABody() || !IsRoot(FD))
      continue;
    SourceLocation SL = SM.getExpansionLoc(FD->getBody()->getBeginLoc());
    if (Mgr.options.AnalyzeAll || Mgr.isInCodeFile(SL))
      Roots.push_back(FD);
  }
  return Roots;
}

} // namespace

bool pcbcheck::analyzeOnlyRoots(
    AnalysisManager &Mgr, CompilerInstance &CI, const TranslationUnitDecl *TU,
    llvm::function_ref<bool(const FunctionDecl *)> IsRoot) {
  if (!rootsAreOurs(Mgr))
    return false;
  CallGraph CG;
  SetOfConstDecls Roots;
  for (FunctionDecl *FD : mainFileRoots(Mgr, TU, IsRoot)) {
    CG.addToCallGraph(FD);
    Roots.insert(FD->getCanonicalDecl());
  }
  Mgr.options.AnalyzeSpecificFunction = NoFunction;

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
  if (!rootsAreOurs(Mgr))
    return;
  cross_tu::CrossTranslationUnitContext CTU(CI);
  FunctionSummariesTy Summaries;
  for (const FunctionDecl *FD : mainFileRoots(Mgr, TU, IsRoot))
    analyzeRoot(Mgr, CTU, Summaries, FD, nullptr);
  Mgr.ClearContexts();
}

void pcbcheck::endOnlyRoots(AnalysisManager &Mgr) {
  if (Mgr.options.AnalyzeSpecificFunction == NoFunction)
    Mgr.options.AnalyzeSpecificFunction.clear();
}
