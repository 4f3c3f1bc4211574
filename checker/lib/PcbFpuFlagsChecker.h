//===- PcbFpuFlagsChecker.h - Registration of mdthread.PcbFpuFlags -*- C++ -*-//

#ifndef PCBCHECK_PCBFPUFLAGSCHECKER_H
#define PCBCHECK_PCBFPUFLAGSCHECKER_H

namespace clang {
namespace ento {
class CheckerRegistry;
}
} // namespace clang

namespace pcbcheck {

/// The checker's full name, as -analyzer-checker and reports spell it.
inline constexpr const char *CheckerName = "mdthread.PcbFpuFlags";

/// Adds mdthread.PcbFpuFlags and its options (Rules, Arch, CheckFork,
/// OnlyThreadFunctions) to a registry.  Used by the plugin and the tool.
void registerPcbFpuFlagsChecker(clang::ento::CheckerRegistry &Registry);

} // namespace pcbcheck

#endif
