/*
 * Per-architecture rules: which functions create threads, which pcb field
 * holds the FPU flags, which flags a new thread must not inherit, and how
 * a committer spells the fix.  rules/ is the single source of truth; the
 * built-in copy is compiled in from there.
 */
#ifndef PCBCHECK_RULES_H
#define PCBCHECK_RULES_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace pcbcheck {

enum class FunctionKind { NewThread, Fork };

/* A function the checker analyzes, with the roles of its parameters. */
struct ThreadFunction {
  std::string Name;
  FunctionKind Kind = FunctionKind::NewThread;
  unsigned Child = 0;
  unsigned Parent = 1;
};

enum class HelperEffect { None, ClearNewThreadFlags, ClearMask, SetMask };

/* A function whose effect on the flag field is known by rule. */
struct FlagHelper {
  std::string Name;
  std::optional<unsigned> ThreadArg;
  std::optional<unsigned> PcbArg;
  std::optional<unsigned> MaskArg;
  HelperEffect Effect = HelperEffect::ClearMask;
  /* Fields of field_resets it sets up for the new thread. */
  std::vector<std::string> Resets;
};

enum class ResetKind { OwnStorage, Null, Value };

/*
 * A field of the child's pcb that must not keep the parent's value after
 * the copy: re-pointed at the child's own storage (arm pcb_vfpsaved =
 * &pcb_vfpstate), set to NULL, or set to a sentinel (pcb_vfpcpu =
 * UINT_MAX).
 */
struct FieldReset {
  std::string Field;
  ResetKind To = ResetKind::Null;
  std::string Storage; /* OwnStorage: the child's own field. */
  std::string Value;   /* Value: the expression, %pcb% for the child. */
  /* What the report says the field still does ("points at the parent's
     FPU save area"); by default from To. */
  std::string Inherited;
};

/* A symlink the kernel build provides, e.g. machine -> arm64/include. */
struct IncludeLink {
  std::string Name;
  std::string Target;
};

struct ArchRule {
  std::string Arch;
  std::vector<std::string> Targets;
  std::string Triple;
  std::vector<std::string> Sources;
  /* Files whose change can change what Sources mean (the FPU code). */
  std::vector<std::string> FpuFiles;
  std::vector<IncludeLink> IncludeLinks;
  std::string FlagField;
  std::vector<std::string> OwnershipFlags;
  std::vector<std::string> NewThreadFlags;
  std::vector<std::string> FpuStateFields;
  std::vector<FieldReset> FieldResets;
  std::vector<ThreadFunction> Functions;
  std::vector<FlagHelper> Helpers;
  /* Calls that never return, whatever their declarations say: 2012-2021
     headers declare kassert_panic() without __dead2. */
  std::vector<std::string> PanicFunctions;
  std::string Fix;
  /* The column past which a fix wraps (style(9): 80). */
  unsigned FixColumns = 80;

  const ThreadFunction *findFunction(llvm::StringRef Name) const;
  const FlagHelper *findHelper(llvm::StringRef Name) const;
  /* The statement that resets \p R in the child pcb spelled \p Pcb. */
  static std::string resetStatement(const FieldReset &R, llvm::StringRef Pcb);
  bool isPanicFunction(llvm::StringRef Name) const;
};

class RuleSet {
public:
  /* The rules compiled in from rules/. */
  static const RuleSet &builtin();

  /*
   * Parses a rules file (one YAML document per architecture).  Errors
   * read "FILE:LINE:COL: reason".
   */
  static llvm::Expected<RuleSet> parse(llvm::StringRef Text,
                                       llvm::StringRef FileName);
  static llvm::Expected<RuleSet> load(llvm::StringRef Path);

  /* Adds Other's architectures, replacing ours of the same name. */
  void merge(const RuleSet &Other);

  const ArchRule *byArch(llvm::StringRef Arch) const;
  /* Triple architecture name, e.g. "aarch64" (llvm::Triple's). */
  const ArchRule *byTarget(llvm::StringRef TripleArch) const;
  const std::vector<ArchRule> &arches() const { return Arches; }
  std::string archNames() const;

private:
  std::vector<ArchRule> Arches;
};

/* The built-in rules, merged with an optional rules file. */
llvm::Expected<RuleSet> loadRules(llvm::StringRef ExtraRulesPath);

} // namespace pcbcheck

#endif
