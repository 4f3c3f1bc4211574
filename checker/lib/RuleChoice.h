//===- RuleChoice.h - Which kernel's rules a translation unit gets -*- C++ -*-//
//
// A target names an architecture and an OS; the rules of that OS come
// first, but a translation unit that defines another kernel's thread
// functions (FreeBSD code compiled with a host's Linux triple) gets that
// kernel's rules: a function matches only with its rule's parameter types,
// so the choice cannot pick the wrong kernel for code that matches.
//
//===----------------------------------------------------------------------===//

#ifndef PCBCHECK_RULECHOICE_H
#define PCBCHECK_RULECHOICE_H

#include "Rules.h"

namespace clang {
class ASTContext;
class FunctionDecl;
class FieldDecl;
class QualType;
} // namespace clang

namespace pcbcheck {

/// The entry of \p Rule for \p FD whose parameter types match (child and
/// parent pointers to the rule's thread_type), or null.
const ThreadFunction *functionRole(const ArchRule &Rule,
                                   const clang::FunctionDecl *FD);

/// True when \p T is the structure \p Name, or a pointer to it.
bool isRecordNamed(clang::QualType T, llvm::StringRef Name);
bool isPointerToRecord(clang::QualType T, llvm::StringRef Name);

/// \p Record's member \p Path ("pcb_fpflags", "thread.sve_state"),
/// through nested structures, or null.
const clang::FieldDecl *findFieldPath(clang::QualType Record,
                                      llvm::StringRef Path);

/// The structure \p T of \p Rule that follows \p Pcb in this tree (x86's
/// struct fpu after the task from 6.16), or a null type: not defined, or
/// \p Pcb has T's unless_member (the older layout).
clang::QualType trailingRecord(const TrailingStruct &T, clang::QualType Pcb);

/// The member \p Path of \p Pcb, or of a trailing structure of \p Rule
/// when \p Path starts with its name, or null.
const clang::FieldDecl *findResetPath(const ArchRule &Rule, clang::QualType Pcb,
                                      llvm::StringRef Path);

/// The member of \p Pcb that \p R resets, when this tree has it as the
/// entry needs it, or null.  A pointer to re-point must be one: older
/// trees embed the state itself there (i386's union savefpu pcb_save),
/// which a copy rightly duplicates.
const clang::FieldDecl *resetField(const ArchRule &Rule, const FieldReset &R,
                                   clang::QualType Pcb);

/// Whether the tree is one that \p R belongs to by its applies_with field
/// or function: its pcb type \p Pcb has the member, the unit declares the
/// function (arm64 Linux SVCR_ZA_MASK: trees with copy_thread_za()).
/// Elsewhere \p R is not checked, and not said.  A flag condition only
/// decides whether an entry left unresolved is said (a flag makes no
/// member): true here.
bool inEra(const ArchRule &Rule, const FieldReset &R, clang::QualType Pcb);

/// The same for an ownership flag of \p Rule (flag_eras), in the unit of
/// \p Ctx.
bool flagInEra(const ArchRule &Rule, llvm::StringRef Flag,
               clang::ASTContext &Ctx);

/// The rules for the translation unit of \p Ctx: \p ForcedArch's when it
/// is set, else those of the target's architecture that the unit's own
/// thread functions match, the target OS's first.  Null when none fit.
const ArchRule *chooseRule(const RuleSet &Rules, const clang::ASTContext &Ctx,
                           llvm::StringRef ForcedArch);

} // namespace pcbcheck

#endif
