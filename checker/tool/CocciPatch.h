//===- CocciPatch.h - rules/ as Coccinelle semantic patches -----*- C++ -*-===//
//
// The semantic patches of the Coccinelle engine, generated from the same
// rules as the checker (cocci/*.cocci are this generator's output without
// a file's facts, checked by a test).  One rule per ownership flag and per
// field to reset, as the checker reports each; the file's static helpers
// that clear, copy or reset are found by rules of their own and count as
// the clear, the copy or the reset.
//
//===----------------------------------------------------------------------===//

#ifndef PCBCHECK_COCCIPATCH_H
#define PCBCHECK_COCCIPATCH_H

#include "Rules.h"

#include <map>
#include <string>
#include <vector>

namespace pcbcheck {

/// What clang's preprocessor and parser know of one file that spatch,
/// which reads no headers, cannot: the macros of the file that contain a
/// flag's bits (clearing one clears the flag) or lack them (keeping one
/// with &= clears it), and the field_resets entries the file's pcb has.
struct CocciFacts {
  std::map<std::string, std::vector<std::string>> Containing, Lacking;
  /// Indexes into the rule's FieldResets; every entry when not Known.
  std::vector<size_t> Resets;
  /// The must_set_flags the file defines; every one when not Known.
  std::vector<std::string> MustSet;
  bool Known = false; ///< False for the committed, file-less patches.
};

/// The semantic patch for \p Rule, in Linux's scripts/coccinelle style
/// (report, patch, context and org modes; -D check_fork adds cpu_fork,
/// -D field_resets the fields to reset).  \p FixFlags is the mask the
/// patch mode writes for new threads, \p OwnFlags the ownership flags it
/// requires cleared.
std::string semanticPatch(const ArchRule &Rule,
                          const std::vector<std::string> &FixFlags,
                          const std::vector<std::string> &OwnFlags,
                          const CocciFacts &Facts = CocciFacts());

/// The file name of \p Rule's rules and semantic patch, without its
/// extension: "arm64", "linux-arm64".
std::string ruleFileName(const ArchRule &Rule);

} // namespace pcbcheck

#endif
