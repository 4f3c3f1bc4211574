//===- Plugin.cpp - mdthread.PcbFpuFlags as a clang analyzer plugin -------===//
//
// Loaded with "clang -cc1 -load pcbcheck.so" or "scan-build -load-plugin".
// It links no clang or LLVM library: every symbol resolves against the
// clang that loads it, which must be the release it was built for.
//
//===----------------------------------------------------------------------===//

#include "PcbFpuFlagsChecker.h"
#include "RuleRoots.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/StaticAnalyzer/Frontend/CheckerRegistry.h"

using namespace clang;

extern "C" const char clang_analyzerAPIVersionString[] =
    CLANG_ANALYZER_API_VERSION_STRING;

extern "C" void clang_registerCheckers(clang::ento::CheckerRegistry &Registry) {
  pcbcheck::registerPcbFpuFlagsChecker(Registry);
}

namespace {

/// Lends the checker the unit's compiler instance for as long as the unit
/// is compiled: alone, it analyzes the rules' functions itself
/// (RuleRoots.h).  Does nothing else, in any compilation it is loaded into.
class LendCompiler : public ASTConsumer {
public:
  explicit LendCompiler(CompilerInstance &CI) {
    pcbcheck::setPluginCompiler(&CI);
  }
  ~LendCompiler() override { pcbcheck::setPluginCompiler(nullptr); }
};

class LendCompilerAction : public PluginASTAction {
protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    return std::make_unique<LendCompiler>(CI);
  }
  bool ParseArgs(const CompilerInstance &,
                 const std::vector<std::string> &) override {
    return true;
  }
  ActionType getActionType() override { return AddBeforeMainAction; }
};

FrontendPluginRegistry::Add<LendCompilerAction>
    LendCompilerEntry("pcbcheck-lend-compiler",
                      "hands mdthread.PcbFpuFlags the compiler instance");

} // namespace
