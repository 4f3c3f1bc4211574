//===- FixPlanner.h - The patch a FreeBSD committer would write -*- C++ -*-===//
//
// Turns a finding into source edits in the architecture's own idiom (the
// rule's "fix" template), placed and formatted as style(9) code around it
// would be: after the copy and the child-pcb writes that follow it, before
// the first statement touching the child's FPU state; or, where a statement
// already clears some of the flags, by extending its mask.
//
//===----------------------------------------------------------------------===//

#ifndef PCBCHECK_FIXPLANNER_H
#define PCBCHECK_FIXPLANNER_H

#include "Rules.h"

#include "clang/Basic/Diagnostic.h"

#include <optional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class Expr;
class ParmVarDecl;
class Stmt;
} // namespace clang

namespace pcbcheck {

struct FixRequest {
  /// The bulk copy that was reported, or with EntryChild the body of the
  /// function entered with the child already a copy.
  const clang::Stmt *Copy = nullptr;
  const clang::Expr *ChildPcb = nullptr; ///< The copy's destination.
  /// The child parameter: the fix goes first in the body, after its
  /// declarations, and spells the child by the parameter's name.
  const clang::ParmVarDecl *EntryChild = nullptr;
  const ArchRule *Rule = nullptr;
  std::vector<std::string> Flags;    ///< To clear, in the rule's order.
  /// The flags the reported path keeps: where the function clears the
  /// others one statement each and none of these, the fix adds these
  /// beside them (loongarch's LBT clears, 6.6); after a copy, a fix of
  /// one statement per flag writes only these (arm64 TIF_SME, not TIF_SVE
  /// again).
  std::vector<std::string> Missing;
  std::vector<std::string> SetFlags; ///< must_set_flags to set (fix_set).
  /// Instead of flags: the field to reset (its own line, after the copy
  /// and the child-pcb writes that follow it).
  const FieldReset *Reset = nullptr;
  /// The child thread parameter, for fixes that name %thread%; set only
  /// when the copy is in its function's body.
  const clang::ParmVarDecl *ChildThread = nullptr;
};

/// Line-granular edits as fix-it hints in file locations (never inside a
/// macro expansion), or nothing when no safe place is found.
std::vector<clang::FixItHint> planFix(clang::ASTContext &Ctx,
                                      const FixRequest &Request);

/// A rule's fix template filled in: one statement with the mask for
/// %flags%, or one per flag for %flag% (clear_tsk_thread_flag(p, TIF_X);),
/// the child spelled \p Pcb.
std::vector<std::string> fillTemplate(llvm::StringRef Template,
                                      llvm::StringRef Pcb,
                                      const std::vector<std::string> &Flags);

/// The flag names of a mask written "A | B", "~(A | B)" or "(A)", or
/// nothing when it is written otherwise.
std::optional<std::vector<std::string>> maskFlagNames(llvm::StringRef Text);

/// \p Statement (no indentation, no newline) laid out as style(9) lines
/// under \p Indent: at most \p Columns columns with 8-column tabs,
/// continuation lines indented four more spaces, broken after '|' or ','.
std::string formatStatement(llvm::StringRef Indent, llvm::StringRef Statement,
                            llvm::StringRef Newline, unsigned Columns = 80);

} // namespace pcbcheck

#endif
