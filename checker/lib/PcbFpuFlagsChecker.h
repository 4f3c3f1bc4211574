//===- PcbFpuFlagsChecker.h - Registration of mdthread.PcbFpuFlags -*- C++ -*-//

#ifndef PCBCHECK_PCBFPUFLAGSCHECKER_H
#define PCBCHECK_PCBFPUFLAGSCHECKER_H

#include <string>

namespace clang {
namespace ento {
class CheckerRegistry;
}
} // namespace clang

namespace pcbcheck {

/// The checker's full name, as -analyzer-checker and reports spell it.
inline constexpr const char *CheckerName = "mdthread.PcbFpuFlags";

/// The report and its path note, as every engine words them:
/// "FN: child FIELD keeps FLAGS copied from the parent thread" and "child
/// FIELD still holds FLAGS when FN returns" (FLAGS joined by " | ").
std::string findingMessage(const std::string &Function,
                           const std::string &Field, const std::string &Flags);
std::string findingNote(const std::string &Function, const std::string &Field,
                        const std::string &Flags);

/// Adds mdthread.PcbFpuFlags and its options (Rules, Arch, CheckFork,
/// OnlyThreadFunctions) to a registry.  Used by the plugin and the tool.
void registerPcbFpuFlagsChecker(clang::ento::CheckerRegistry &Registry);

} // namespace pcbcheck

#endif
