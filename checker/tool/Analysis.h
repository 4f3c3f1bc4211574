//===- Analysis.h - Run mdthread.PcbFpuFlags in-process ---------*- C++ -*-===//

#ifndef PCBCHECK_ANALYSIS_H
#define PCBCHECK_ANALYSIS_H

#include "PcbFpuFlagsChecker.h"
#include "Rules.h"

#include "clang/Tooling/CompilationDatabase.h"

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace pcbcheck {

struct SourcePoint {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
};

struct FindingNote {
  SourcePoint Where;
  std::string Message;
};

/// One replacement of the checker's fix, in file offsets.
struct Edit {
  std::string File; ///< Absolute.
  unsigned Offset = 0;
  unsigned Length = 0;
  std::string Text;

  bool operator==(const Edit &O) const {
    return File == O.File && Offset == O.Offset && Length == O.Length &&
           Text == O.Text;
  }
};

/// One report of the checker, as the user's paths spell its file.
struct Finding {
  SourcePoint Where;
  std::string AbsoluteFile;
  unsigned Offset = 0; ///< Of Where in AbsoluteFile.
  std::string Arch;    ///< The rules it was found with.
  std::string Checker = CheckerName; ///< Which check reported it.
  std::string Function;
  std::string Message;
  std::vector<FindingNote> Notes;
  std::vector<Edit> Fix;
};

/// What analyses found, and the text of every file they analyzed (a fix
/// is applied to exactly that text, or refused).
struct AnalysisResults {
  std::vector<Finding> Findings;
  std::map<std::string, std::string> AnalyzedText;
  std::vector<std::string> ReadFiles; ///< Every file clang read, absolute.
  /// What was not checked, and why, each a full sentence (no rules for
  /// the target, none of the rules' functions in the file).
  std::vector<std::string> Notes;
  /// Per architecture analyzed: whether any file had its flag field in a
  /// struct pcb, and defined one of its ownership flags (a custom rule
  /// that never matches is worth a warning).
  struct RuleUse {
    bool FieldFound = false;
    bool OwnershipDefined = false;
  };
  std::map<std::string, RuleUse> RuleUses;
};

/// Which checks run (--checks).
struct EnabledChecks {
  bool Flags = true; ///< mdthread.PcbFpuFlags
  bool State = true; ///< mdthread.PcbFpuState
};

/// The checker options, as the tool's flags set them.
struct CheckerSettings {
  EnabledChecks Checks;
  const RuleSet *Rules = nullptr; ///< Names the arch of each finding.
  std::string RulesPath;
  std::string Arch;
  bool CheckFork = false;
  /// The target for a command that names none (a file of sys/<arch>/
  /// whose flags came without --target): never the host's by accident.
  std::string DefaultTarget;
  /// Where clang reads files (a git revision); the disk when null.
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS = nullptr;
};

/// Analyzes \p File with its command from \p DB and appends the checker's
/// findings to \p Out.  \p DisplayPath is how messages name the file.
/// With \p Overlay the file is analyzed with that text instead of its own.
/// Returns false when the file could not be parsed or analyzed; clang's
/// own diagnostics have then said why on stderr, and \p Why gets the first.
/// clang's diagnostics go to \p Diags (default: stderr).
/// The file is analyzed with a small step budget first and, when a
/// function used it up, again with clang's (StepBudget.h); a function
/// that uses clang's up is named in a note.
bool analyzeFile(const clang::tooling::CompilationDatabase &DB,
                 const std::string &File, const std::string &DisplayPath,
                 const CheckerSettings &Settings, AnalysisResults &Out,
                 const std::string *Overlay = nullptr,
                 std::string *Why = nullptr,
                 llvm::raw_ostream *Diags = nullptr);

/// What the preprocessor of a translation unit says about the rules.
struct MacroFacts {
  std::string TripleArch; ///< llvm::Triple's name: "aarch64", ...
  std::string TripleOs;   ///< llvm::Triple's name: "linux", "freebsd", ...
  /// The macros of \p Names it defines with an integer value.
  std::map<std::string, uint64_t> Values;
  /// The object-like macros the main file uses, and those with an
  /// integer value (a mask the Coccinelle engine must know); parsed, the
  /// enumeration constants it names too.
  std::set<std::string> MainFileMacroNames;
  std::map<std::string, uint64_t> MainFileMacros;
  /// The main file's byte ranges [first, second) in #if branches not
  /// taken, each from its directive to the #endif or #else that ends it.
  std::vector<std::pair<unsigned, unsigned>> Skipped;
  /// Parsed with a rule: its field_resets entries the pcb has (indexes),
  /// and its ownership flags this tree is not of the era of (flag_eras).
  std::vector<size_t> Resets;
  std::vector<std::string> FlagsOutOfEra;
};

/// The rule a probe reads a file's field resets for, given what the
/// preprocessor found (its target), or null.
using RuleForProbe = std::function<const ArchRule *(const MacroFacts &)>;

/// Preprocesses \p File with its command from \p DB (as analyzeFile
/// compiles it, reading through \p FS when given) and evaluates the
/// macros \p Names.  With \p RuleFor the file is parsed, once: Resets
/// says which of the field_resets of the rule it gives the pcb has, and
/// MainFileMacros gets the enumeration constants the file names.  Returns false when clang
/// cannot read the file or its headers; \p Why gets clang's first error,
/// and its diagnostics go to \p Diags.
bool probeMacros(const clang::tooling::CompilationDatabase &DB,
                 const std::string &File, const std::string &DefaultTarget,
                 const std::vector<std::string> &Names, MacroFacts &Out,
                 std::string &Why, llvm::raw_ostream &Diags,
                 llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS = nullptr,
                 const RuleForProbe &RuleFor = nullptr);

/// \p Path absolute, with "." and ".." removed.
std::string absolutePath(llvm::StringRef Path);

} // namespace pcbcheck

#endif
