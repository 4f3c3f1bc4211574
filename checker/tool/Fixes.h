//===- Fixes.h - Patches, in-place fixes and exported fixes -----*- C++ -*-===//

#ifndef PCBCHECK_FIXES_H
#define PCBCHECK_FIXES_H

#include "Analysis.h"

#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace pcbcheck {

/// One file's fixes applied to the text that was analyzed.
struct FilePatch {
  std::string File;     ///< Absolute.
  std::string DiffPath; ///< As "git diff" names it: relative to the cwd.
  std::string Original;
  std::string Fixed;
  std::vector<const Finding *> Findings;
};

/// \p Text's lines, each with its newline; the last may have none.
std::vector<llvm::StringRef> splitLines(llvm::StringRef Text);

/// Groups the findings' edits by file and applies them to the analyzed
/// text.  Fails on edits that overlap.
llvm::Expected<std::vector<FilePatch>>
buildPatches(const AnalysisResults &Results);

/// The patch in "git diff" form: 3 lines of context, git's function
/// names after "@@", "\ No newline at end of file" where git says it.
std::string renderGitDiff(const FilePatch &Patch);

/// Writes Patch.Fixed over the file atomically (a temporary file in the
/// same directory, the file's mode kept, a rename), after checking that
/// the file still holds Patch.Original.  On any error the file is left
/// as it was and no temporary file remains.
llvm::Error applyInPlace(const FilePatch &Patch);

/// The fixes as clang-apply-replacements YAML (absolute paths).
llvm::Error exportFixes(llvm::StringRef Path, const AnalysisResults &Results);

} // namespace pcbcheck

#endif
