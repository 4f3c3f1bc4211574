/*
 * Per-architecture rules, for FreeBSD and other kernels (Linux): which
 * functions create threads, which pcb field holds the FPU flags, which
 * flags a new thread must not inherit, and how a committer spells the
 * fix.  rules/ is the single source of truth; the built-in copy is
 * compiled in from there.
 */
#ifndef PCBCHECK_RULES_H
#define PCBCHECK_RULES_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace pcbcheck {

/*
 * NewThread and Fork copy the parent into the child themselves; Copied
 * functions are entered with the child already a copy of the parent
 * (Linux copy_thread() after arch_dup_task_struct()).  Exec functions
 * start a new program image in the thread (exec_setregs()): it must not
 * keep the old image's FPU and vector state.
 */
enum class FunctionKind { NewThread, Fork, Copied, Exec };

/* A function the checker analyzes, with the roles of its parameters. */
struct ThreadFunction {
  std::string Name;
  FunctionKind Kind = FunctionKind::NewThread;
  unsigned Child = 0;
  std::optional<unsigned> Parent; /* None for Copied: the parent is current. */
  /* The flags and fields this function must see to; all when empty
     (arm64 Linux: sve_state in arch_dup_task_struct(), because a failed
     fork frees it before copy_thread() runs). */
  std::vector<std::string> ResponsibleFor;

  bool responsibleFor(llvm::StringRef Name) const;
};

enum class HelperEffect {
  None,
  ClearNewThreadFlags,
  ClearMask,
  SetMask,
  ClearBit, /* clear_tsk_thread_flag(p, TIF_X): bit_arg is a bit number. */
  SetBit,
  ClearFlags, /* The rule's flags (amd64 fpstate_drop(td)). */
};

/* A function whose effect on the flag field is known by rule. */
struct FlagHelper {
  std::string Name;
  std::optional<unsigned> ThreadArg;
  std::optional<unsigned> PcbArg;
  std::optional<unsigned> MaskArg;
  std::optional<unsigned> BitArg;
  HelperEffect Effect = HelperEffect::ClearMask;
  std::vector<std::string> Flags; /* ClearFlags: what it clears. */
  /* Fields of field_resets it sets up for the new thread. */
  std::vector<std::string> Resets;
};

/* ClearBits: bits of a flag field other than the rule's own (arm64 Linux
   thread.svcr's SVCR_ZA_MASK), one entry per mask. */
enum class ResetKind { OwnStorage, Null, Value, ClearBits };

/*
 * A field of the child's pcb that must not keep the parent's value after
 * the copy: re-pointed at the child's own storage (arm pcb_vfpsaved =
 * &pcb_vfpstate), set to NULL, or set to a sentinel (pcb_vfpcpu =
 * UINT_MAX).
 */
struct FieldReset {
  std::string Field; /* A member path: "pcb_vfpsaved", "thread.sve_state". */
  ResetKind To = ResetKind::Null;
  std::string Storage; /* OwnStorage: the child's own field. */
  std::string Value;   /* Value: the expression, %pcb% for the child. */
  std::string Bits;    /* ClearBits: the mask macro (SVCR_ZA_MASK). */
  /* What the report says the field still does ("points at the parent's
     FPU save area"); by default from To. */
  std::string Inherited;
  /* The fix as a committer writes it when it is not the assignment, one
     statement each, %pcb% the child's pcb and %thread% the child thread
     (arm64 Linux: fpsimd_flush_task_state(%pcb%); riscv pcb_vsaved: the
     pointer, PCB_VS_STARTED and the trapframe's vector status). */
  std::vector<std::string> Fix;
  /* False when no fix a committer would take can be written. */
  bool Autofix = true;
  /* Its fix writes through the child thread (%thread%): it goes after
     the pcb writes and after any later copy into the thread. */
  bool fixNamesThread() const;
  /* Required only when the parent's pcb has this flag set (riscv: the
     vector buffer exists only with PCB_VS_STARTED in pcb_vsflags). */
  struct Condition {
    std::string Field;
    std::string Flag;
  };
  std::optional<Condition> OnlyWith;
  /* The trees the entry belongs to, when not all do: those whose pcb type
     has this member, that define this flag, or that declare this function
     (riscv pcb_vsaved: trees with vector support).  Elsewhere the entry
     does not apply and nothing is said; an entry that resolves to nothing
     in a tree that meets its condition, or that states none, is named in
     a note (it was not checked). */
  struct Era {
    std::string Field;
    std::string Flag;
    std::string Function;
  };
  std::optional<Era> AppliesWith;
  /* The kinds of function the entry is for; by default all but exec. */
  std::vector<FunctionKind> Kinds;
  /* Said with the report: why there is no fix, or what it needs. */
  std::string Note;

  bool appliesTo(FunctionKind Kind) const;
  /* The name responsible_for, helpers' resets and the reports' keys use:
     the field, or for ClearBits the mask (one field has several). */
  const std::string &key() const {
    return To == ResetKind::ClearBits ? Bits : Field;
  }
};

/*
 * An ownership flag that only some trees require (arm64 Linux TIF_SME:
 * cleared unconditionally from 6.16, kept on purpose while ZA is live
 * before): required where the tree's pcb type has the member or the unit
 * declares the function.
 */
struct FlagEra {
  std::string Flag;
  FieldReset::Era AppliesWith;
};

/* How the child's copied state is found from the child thread. */
enum class ChildPcb {
  ThreadField, /* thread->td_pcb (thread_pcb_field) */
  Self,        /* the thread structure itself (Linux task_struct) */
  AnyCopy,     /* any copy of pcb_type the function makes (powerpc pt_regs) */
};

enum class FlagValues {
  Mask,      /* #define PCB_FP_KERN 0x4 */
  BitNumber, /* #define TIF_USEDFPU 17: the flag is 1 << 17 */
};

/*
 * A test whose false result means the CPU has no FPU (x86
 * cpu_feature_enabled(X86_FEATURE_FPU)): such paths set up no FPU state.
 */
struct FeatureTest {
  std::vector<std::string> Calls;
  std::string Feature; /* The macro the first argument must equal. */
};

/*
 * A structure the kernel places right after the pcb type in the same
 * allocation (Linux x86 from 6.16, 55bc30f2e34d: the task's struct fpu,
 * which x86_task_fpu() finds at task + 1).  A field_resets path whose
 * first component is Name is a member path of struct Type there.  Trees
 * whose pcb type has UnlessMember keep it there instead (thread.fpu).
 */
struct TrailingStruct {
  std::string Name;
  std::string Type;
  std::string UnlessMember;
};

/* A symlink the kernel build provides, e.g. machine -> arm64/include. */
struct IncludeLink {
  std::string Name;
  std::string Target;
};

struct ArchRule {
  /* FreeBSD's are "arm64"; other kernels' are qualified: "linux/arm64". */
  std::string Arch;
  std::string Os = "freebsd"; /* llvm::Triple's OS name */
  std::vector<std::string> Targets;
  std::string Triple;
  std::vector<std::string> Sources;
  /* Files whose change can change what Sources mean (the FPU code). */
  std::vector<std::string> FpuFiles;
  std::vector<IncludeLink> IncludeLinks;
  std::string ThreadType = "thread"; /* the functions' thread parameters */
  /* Typedef names of ThreadType that code spells them with (illumos
     klwp_t): the semantic patches, which read no headers, match them too. */
  std::vector<std::string> ThreadTypedefs;
  std::string PcbType = "pcb";       /* what a bulk copy duplicates */
  ChildPcb ChildPcbIs = ChildPcb::ThreadField;
  std::string ThreadPcbField = "td_pcb";
  std::string FlagField; /* A member path of PcbType. */
  FlagValues FlagValuesAre = FlagValues::Mask;
  std::vector<std::string> OwnershipFlags;
  std::vector<FlagEra> FlagEras;
  std::vector<std::string> NewThreadFlags;
  /* Flags the child must have set (x86 TIF_NEED_FPU_LOAD). */
  std::vector<std::string> MustSetFlags;
  /* Flags an exec function must leave clear: the new image has not
     started using the FPU (arm64 PCB_FP_STARTED, PCB_FP_SVEVALID). */
  std::vector<std::string> ExecFlags;
  /* Files analyzed where the tree has them (exec_machdep.c; older trees
     keep exec_setregs() in machdep.c); where not, a note says so. */
  std::vector<std::string> OptionalSources;
  std::optional<FeatureTest> FpuFeatureTest;
  std::vector<std::string> FpuStateFields;
  std::vector<TrailingStruct> Trailing;
  std::vector<FieldReset> FieldResets;
  std::vector<ThreadFunction> Functions;
  std::vector<FlagHelper> Helpers;
  /* Calls that free memory (kfree): a field_resets pointer passed to one
     and not set again before the function returns, on any path, error
     returns too, points at freed memory that freeing the child frees
     again (arm64 Linux copy_thread_za()'s sve_state on -ENOMEM). */
  std::vector<std::string> FreeFunctions;
  /* Calls that never return, whatever their declarations say: 2012-2021
     headers declare kassert_panic() without __dead2. */
  std::vector<std::string> PanicFunctions;
  /* The clearing statement: %pcb% the child, %flags% the mask, or
     %flag% one flag, one statement each. */
  std::string Fix;
  std::string FixSet; /* The same for must_set_flags. */
  /* The column past which a fix wraps (style(9): 80). */
  unsigned FixColumns = 80;

  /* The functions' names, one per name (not per era's signature), in
     rule order; only those of \p Kind when it is given. */
  std::vector<std::string>
  functionNames(std::optional<FunctionKind> Kind = std::nullopt) const;
  /* Every entry named \p Name (one per era's signature). */
  std::vector<const ThreadFunction *> findFunctions(llvm::StringRef Name) const;
  const FlagHelper *findHelper(llvm::StringRef Name) const;
  /* The field_resets entry of key \p Key (FieldReset::key()), or null. */
  const FieldReset *findReset(llvm::StringRef Key) const;
  /* The trees ownership flag \p Flag belongs to, or null: all. */
  const FieldReset::Era *flagEra(llvm::StringRef Flag) const;
  /* The trailing structure a field_resets path starts with, or null. */
  const TrailingStruct *trailingOf(llvm::StringRef Path) const;
  /* The statements that reset \p R in the child pcb spelled \p Pcb, the
     child thread spelled \p Thread; none when they need a thread and
     \p Thread is empty. */
  static std::vector<std::string> resetStatements(const FieldReset &R,
                                                  llvm::StringRef Pcb,
                                                  llvm::StringRef Thread);
  bool isPanicFunction(llvm::StringRef Name) const;
  /* Its sources live in a FreeBSD sys/ tree, which the directory mode,
     the hook and the history audit read without a build.  Other kernels'
     files are analyzed with their build's compile commands. */
  bool inSysTree() const { return Os == "freebsd"; }
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

  /* "arm64", "freebsd/arm64" or "linux/arm64". */
  const ArchRule *byArch(llvm::StringRef Arch) const;
  /* Triple architecture and OS names, e.g. "aarch64", "linux"
     (llvm::Triple's).  An OS without rules of its own gets FreeBSD's. */
  const ArchRule *byTarget(llvm::StringRef TripleArch,
                           llvm::StringRef TripleOs = "freebsd") const;
  /* The rules of every kernel for \p TripleArch, \p TripleOs's first. */
  std::vector<const ArchRule *> candidates(llvm::StringRef TripleArch,
                                           llvm::StringRef TripleOs) const;
  const std::vector<ArchRule> &arches() const { return Arches; }
  std::string archNames() const;

private:
  std::vector<ArchRule> Arches;
};

/* \p S with every \p From replaced by \p To, left to right: how the
   rules' templates (%pcb%, %flag%, %thread%) are filled. */
std::string replaceAll(std::string S, llvm::StringRef From, llvm::StringRef To);

/* The built-in rules, merged with an optional rules file. */
llvm::Expected<RuleSet> loadRules(llvm::StringRef ExtraRulesPath);

} // namespace pcbcheck

#endif
