//===- PcbFpuFlagsChecker.h - Registration of mdthread.PcbFpuFlags -*- C++ -*-//

#ifndef PCBCHECK_PCBFPUFLAGSCHECKER_H
#define PCBCHECK_PCBFPUFLAGSCHECKER_H

#include "Rules.h"

#include <string>

namespace clang {
namespace ento {
class CheckerRegistry;
}
} // namespace clang

namespace pcbcheck {

/// The checkers' full names, as -analyzer-checker and reports spell them.
/// Both share the copy tracking of a hidden modeling checker; options
/// (Rules, Arch, CheckFork) are set under CheckerName for both.
inline constexpr const char *CheckerName = "mdthread.PcbFpuFlags";
inline constexpr const char *StateCheckerName = "mdthread.PcbFpuState";
inline constexpr const char *ModelingName = "mdthread.PcbCopyModeling";

/// The report and its path note, as every engine words them:
/// "FN: child FIELD keeps FLAGS copied from the parent thread" and "child
/// FIELD still holds FLAGS when FN returns" (FLAGS joined by " | ").
std::string findingMessage(const std::string &Function,
                           const std::string &Field, const std::string &Flags);
std::string findingNote(const std::string &Function, const std::string &Field,
                        const std::string &Flags);

/// The same for an exec function: "FN: FIELD keeps FLAGS of the old
/// program image", "FIELD still holds FLAGS when FN returns".
std::string execMessage(const std::string &Function, const std::string &Field,
                        const std::string &Flags);
std::string execNote(const std::string &Function, const std::string &Field,
                     const std::string &Flags);

/// mdthread.PcbFpuState's report and note: "FN: child FIELD still points
/// into the parent's pcb" (or the rule's wording), "child FIELD is not
/// reset when FN returns".
/// For an exec function there is no child: "FN: FIELD still ...".
std::string stateMessage(const std::string &Function, const FieldReset &R,
                         bool Exec = false);
std::string stateNote(const std::string &Function, const FieldReset &R,
                      bool Exec = false);

/// A field_resets pointer the function freed (free_functions) and left
/// pointing at the freed memory (mdthread.PcbFpuState): "FN: child FIELD
/// still points at memory freed here, which freeing the child frees
/// again", "child FIELD is freed and not reset when FN returns".
std::string freedMessage(const std::string &Function, const FieldReset &R);
std::string freedNote(const std::string &Function, const FieldReset &R);

/// must_set_flags missing (mdthread.PcbFpuFlags): "FN: child FIELD may
/// lack FLAGS, which a new thread must have set", and its note.
std::string unsetMessage(const std::string &Function, const std::string &Field,
                         const std::string &Flags);
std::string unsetNote(const std::string &Function, const std::string &Field,
                      const std::string &Flags);

/// Adds mdthread.PcbFpuFlags, mdthread.PcbFpuState, their modeling and
/// the options (Rules, Arch, CheckFork, OnlyThreadFunctions) to a
/// registry.  Used by the plugin and the tool.
void registerPcbFpuFlagsChecker(clang::ento::CheckerRegistry &Registry);

} // namespace pcbcheck

#endif
