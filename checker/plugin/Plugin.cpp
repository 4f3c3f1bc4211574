//===- Plugin.cpp - mdthread.PcbFpuFlags as a clang analyzer plugin -------===//
//
// Loaded with "clang -cc1 -load pcbcheck.so" or "scan-build -load-plugin".
// It links no clang or LLVM library: every symbol resolves against the
// clang that loads it, which must be the release it was built for.
//
//===----------------------------------------------------------------------===//

#include "PcbFpuFlagsChecker.h"

#include "clang/StaticAnalyzer/Frontend/CheckerRegistry.h"

extern "C" const char clang_analyzerAPIVersionString[] =
    CLANG_ANALYZER_API_VERSION_STRING;

extern "C" void clang_registerCheckers(clang::ento::CheckerRegistry &Registry) {
  pcbcheck::registerPcbFpuFlagsChecker(Registry);
}
