//===- PcbFpuFlagsChecker.cpp - FPU ownership inherited by new threads ----===//
//
// FreeBSD PR 247945: arm64 cpu_copy_thread() bcopy'd the parent's pcb into
// a new kernel thread, PCB_FP_KERN included, and the second KTLS worker
// panicked with "Thread already setup for the VFP".  This checker follows
// every path of the functions the arch's rules name (cpu_copy_thread,
// cpu_set_upcall, cpu_fork) from a bulk copy of a pcb into the child's pcb
// to the return, and reports the copy when a kernel-FPU ownership flag of
// the child's flag field is not known to be clear there.
//
// The flag bits are tracked in our own state, by the flags' values as the
// translation unit defines them.  What the analyzer's constraints prove
// clear (after KASSERT/MPASS, whose failing branch ends in one of the
// rules' panic functions, or on a branch whose condition proves it) is
// folded into that state before every write that may reach the field,
// every call and every sweep that would drop the field's value or its
// constraints, so it survives later writes of other bits, copies into
// other memory and opaque calls.
//
//===----------------------------------------------------------------------===//

#include "PcbFpuFlagsChecker.h"
#include "FixPlanner.h"
#include "MacroValue.h"
#include "RuleChoice.h"
#include "RuleRoots.h"
#include "Rules.h"

#include "clang/AST/Expr.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugType.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CallEvent.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CheckerContext.h"
#include "clang/StaticAnalyzer/Frontend/CheckerRegistry.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/TargetParser/Triple.h"

using namespace clang;
using namespace ento;
using namespace pcbcheck;

namespace {

/// A pcb that received a bulk copy of another pcb on this path.
struct CopyRecord {
  const Stmt *Site;
  const FieldDecl *Field; ///< The rule's flag field in this pcb's type.
  uint64_t Dirty;         ///< Flag bits that may still be set in it.
  /// Bit I: field_resets[I] still holds what the copy put there.
  uint64_t Stale;
  uint64_t Unset; ///< must_set_flags bits not known to be set.
  /// The child's name when Site is the body of a function entered with
  /// the child already a copy (there is no copy to spell it).
  const ParmVarDecl *EntryChild = nullptr;
  /// The pcb of a thread starting a new program image (exec_setregs()):
  /// Dirty holds exec_flags bits, not ownership flags.
  bool Exec = false;
  /// Bit I: field_resets[I] points at memory this path freed.
  uint64_t Freed = 0;

  bool operator==(const CopyRecord &O) const {
    return Site == O.Site && Field == O.Field && Dirty == O.Dirty &&
           Stale == O.Stale && Unset == O.Unset &&
           EntryChild == O.EntryChild && Exec == O.Exec && Freed == O.Freed;
  }
  void Profile(llvm::FoldingSetNodeID &ID) const {
    ID.AddPointer(Site);
    ID.AddPointer(Field);
    ID.AddInteger(Dirty);
    ID.AddInteger(Stale);
    ID.AddInteger(Unset);
    ID.AddPointer(EntryChild);
    ID.AddBoolean(Exec);
    ID.AddInteger(Freed);
  }
};

} // namespace

/// Copied pcb (its region, casts stripped) -> what the copy left in it.
REGISTER_MAP_WITH_PROGRAMSTATE(CopiedPcbs, const MemRegion *, CopyRecord)

/// Thread -> the pcb this path stored in its td_pcb.  Kept by us because
/// the analyzer drops the store's bindings before checkEndFunction runs.
REGISTER_MAP_WITH_PROGRAMSTATE(ThreadPcbs, const MemRegion *,
                               const MemRegion *)

/// A path on which the rules' FPU feature test said "no FPU": nothing of
/// the FPU needs setting up there.
REGISTER_TRAIT_WITH_PROGRAMSTATE(WithoutFpu, bool)
/// A path that returns an error (a nonzero int): the fork fails and the
/// child never runs.
REGISTER_TRAIT_WITH_PROGRAMSTATE(ErrorExit, bool)
/// Bit I: the path proved the parent lacks field_resets[I]'s only_with
/// flag (kept: the constraint dies with its symbol).
REGISTER_TRAIT_WITH_PROGRAMSTATE(ParentLacks, uint64_t)

namespace {

struct Flag {
  std::string Name;
  uint64_t Value;
};

/// What the translation unit defines of its arch's rule.
struct UnitFacts {
  const ArchRule *Rule = nullptr;
  std::vector<Flag> Ownership;
  std::vector<std::string> OwnershipNames; ///< Defined, in rule order.
  std::vector<std::string> NewThreadNames; ///< Defined, in rule order.
  std::vector<Flag> MustSet;
  std::vector<Flag> Exec; ///< exec_flags the unit defines.
  uint64_t ExecMask = 0;
  uint64_t OwnershipMask = 0;
  uint64_t NewThreadMask = 0;
  uint64_t MustSetMask = 0;
  std::optional<uint64_t> FpuFeature; ///< The feature test's argument.
  /// Per field_resets entry: its only_with flag's bits (0: none).
  std::vector<uint64_t> OnlyWithBits;
  /// Per field_resets entry: the bits a clear-bits entry clears (0: none,
  /// or the tree does not define its mask).
  std::vector<uint64_t> ClearBits;

  /// The bits of flag \p Name, as the rule encodes flags; 0 if undefined.
  uint64_t bits(const Preprocessor &PP, StringRef Name) const {
    std::optional<uint64_t> V = evaluateMacro(PP, Name);
    if (!V)
      return 0;
    if (Rule->FlagValuesAre == FlagValues::BitNumber)
      return *V < 64 ? uint64_t(1) << *V : 0;
    return *V;
  }
  /// The flags a copy record watches: exec_flags for a new program image,
  /// else the ownership flags.
  const std::vector<Flag> &watched(bool Exec) const {
    return Exec ? this->Exec : Ownership;
  }
  uint64_t watchedMask(bool Exec) const {
    return Exec ? ExecMask : OwnershipMask;
  }
  /// Flag names of \p Bits among \p Flags, joined by " | ".
  static std::string names(const std::vector<Flag> &Flags, uint64_t Bits,
                           const ThreadFunction &Role) {
    std::string Out;
    for (const Flag &Fl : Flags)
      if ((Fl.Value & Bits) && Role.responsibleFor(Fl.Name))
        Out += (Out.empty() ? "" : " | ") + Fl.Name;
    return Out;
  }
};


/// A bulk copy: the C library's and the builtins' argument orders.
struct CopyFunction {
  const char *Name;
  unsigned Dst;
  unsigned Src;
};

const CopyFunction CopyFunctions[] = {
    {"bcopy", 1, 0},          {"__builtin_bcopy", 1, 0},
    {"memcpy", 0, 1},         {"__builtin_memcpy", 0, 1},
    {"memmove", 0, 1},        {"__builtin_memmove", 0, 1},
    {"__builtin___memcpy_chk", 0, 1}, {"__builtin___memmove_chk", 0, 1},
};

/// The destination of a copy site: the child pcb as the code spells it.
const Expr *copyDestination(const Stmt *Site) {
  if (const auto *CE = dyn_cast<CallExpr>(Site)) {
    const FunctionDecl *Callee = CE->getDirectCallee();
    for (const CopyFunction &CF : CopyFunctions)
      if (Callee && Callee->getIdentifier() && Callee->getName() == CF.Name &&
          CE->getNumArgs() > CF.Dst)
        return CE->getArg(CF.Dst)->IgnoreParenImpCasts();
    return nullptr;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(Site))
    if (const auto *Deref =
            dyn_cast<UnaryOperator>(BO->getLHS()->IgnoreParenImpCasts()))
      return Deref->getSubExpr()->IgnoreParenImpCasts();
  return nullptr;
}

const MemRegion *stripped(const MemRegion *R) {
  return R ? R->StripCasts() : nullptr;
}

/// The type of what \p R holds (a pcb the code reached through a pointer
/// is a symbolic region: its pointee's); null when unknown.
QualType heldType(const MemRegion *R) {
  if (const auto *SR = dyn_cast_or_null<SymbolicRegion>(R))
    return SR->getPointeeStaticType();
  if (const auto *TR = dyn_cast_or_null<TypedValueRegion>(R))
    return TR->getValueType();
  return QualType();
}

/// Whether a store to \p R may write any byte of \p Field: unless both
/// lie at known offsets of one memory and apart, or in different memories.
bool mayOverlap(const MemRegion *R, const MemRegion *Field,
                const ASTContext &Ctx) {
  RegionOffset A = R->getAsOffset(), B = Field->getAsOffset();
  if (!A.isValid() || !B.isValid() || A.hasSymbolicOffset() ||
      B.hasSymbolicOffset())
    return R->getBaseRegion() == Field->getBaseRegion();
  if (A.getRegion() != B.getRegion())
    return false;
  auto Bits = [&](const MemRegion *M) -> std::optional<int64_t> {
    const auto *T = dyn_cast<TypedValueRegion>(M);
    if (!T || T->getValueType()->isIncompleteType())
      return std::nullopt;
    return Ctx.getTypeSize(T->getValueType());
  };
  std::optional<int64_t> SizeA = Bits(R), SizeB = Bits(Field);
  if (!SizeA || !SizeB)
    return true;
  return A.getOffset() < B.getOffset() + *SizeB &&
         B.getOffset() < A.getOffset() + *SizeA;
}

std::optional<uint64_t> constantValue(const Expr *E, const ASTContext &Ctx) {
  Expr::EvalResult R;
  if (E->isValueDependent() || !E->EvaluateAsInt(R, Ctx))
    return std::nullopt;
  // Sign-extends "~FLAG" on an int; truncates anything wider than 64 bits.
  return R.Val.getInt().extOrTrunc(64).getZExtValue();
}

/// The copy tracking behind both checks: mdthread.PcbFpuFlags (ownership
/// flags the child keeps) and mdthread.PcbFpuState (fields that keep
/// pointing into the parent).  Registered once, by the hidden modeling
/// checker both depend on; each check only turns its reports on.
class PcbFpuFlagsChecker
    : public Checker<
          check::ASTDecl<TranslationUnitDecl>, check::EndOfTranslationUnit,
          check::BeginFunction, check::PreCall, check::PostCall, check::Bind,
          check::PreStmt<ReturnStmt>, check::DeadSymbols, check::EndFunction> {
public:
  RuleSet Rules;
  std::string ForcedArch;
  bool CheckFork = false;
  bool OnlyThreadFunctions = false;
  bool Alone = false; ///< No checker but ours is enabled.
  bool FlagsEnabled = false, StateEnabled = false;
  std::unique_ptr<BugType> FlagsBug, StateBug;

  void checkASTDecl(const TranslationUnitDecl *TU, AnalysisManager &Mgr,
                    BugReporter &BR) const;
  void checkEndOfTranslationUnit(const TranslationUnitDecl *TU,
                                 AnalysisManager &Mgr, BugReporter &BR) const;
  void checkBeginFunction(CheckerContext &C) const;
  void checkPreCall(const CallEvent &Call, CheckerContext &C) const;
  void checkPostCall(const CallEvent &Call, CheckerContext &C) const;
  void checkBind(SVal Loc, SVal Val, const Stmt *S, CheckerContext &C) const;
  void checkPreStmt(const ReturnStmt *RS, CheckerContext &C) const;
  void checkDeadSymbols(SymbolReaper &SR, CheckerContext &C) const;
  void checkEndFunction(const ReturnStmt *RS, CheckerContext &C) const;

private:
  mutable std::optional<UnitFacts> Facts;
  mutable llvm::DenseMap<const Decl *, const ThreadFunction *> Roles;
  /// The rules' functions a path analysis started at (canonical decls).
  mutable llvm::DenseSet<const Decl *> StartedAsRoot;
  mutable llvm::DenseSet<std::pair<const Stmt *, const Decl *>> Reported;
  mutable llvm::DenseSet<
      std::pair<std::pair<const Stmt *, const Decl *>, size_t>>
      ReportedState;
  mutable llvm::DenseSet<std::pair<const Stmt *, const Decl *>> ReportedUnset;

  const UnitFacts &facts(CheckerContext &C) const;
  const ThreadFunction *roleOf(const Decl *D, const UnitFacts &F) const;
  const ThreadFunction *rootRole(CheckerContext &C,
                                 const UnitFacts &F) const;
  SVal childThread(CheckerContext &C, const ThreadFunction &Role,
                   QualType &Type) const;
  ProgramStateRef rememberChildPcb(ProgramStateRef State, CheckerContext &C,
                                   const ThreadFunction &Role) const;
  ProgramStateRef restoreChildPcb(ProgramStateRef State, CheckerContext &C,
                                  const ThreadFunction &Role) const;
  std::optional<Loc> flagLocation(ProgramStateRef State, const MemRegion *Pcb,
                                  const FieldDecl *Field,
                                  CheckerContext &C) const;
  uint64_t provenClear(ProgramStateRef State, const MemRegion *Pcb,
                       const FieldDecl *Field, uint64_t Bits,
                       CheckerContext &C) const;
  const MemRegion *pcbOfThread(ProgramStateRef State, SVal Thread,
                               QualType ThreadPtrType) const;
  ProgramStateRef recordCopy(ProgramStateRef State, CheckerContext &C,
                             const UnitFacts &F, const Stmt *Site,
                             const MemRegion *Dst, const MemRegion *Src,
                             QualType PcbType,
                             const ParmVarDecl *EntryChild = nullptr,
                             FunctionKind Kind = FunctionKind::NewThread) const;
  const MemRegion *copiedOwner(ProgramStateRef State, const MemRegion *R,
                               std::string &Path) const;
  const MemRegion *trailingOwner(ProgramStateRef State, const ElementRegion *ER,
                                 std::string &Path) const;
  ProgramStateRef applyBits(ProgramStateRef State, CheckerContext &C,
                            const MemRegion *Pcb, uint64_t Bits,
                            bool Set) const;
  ProgramStateRef zeroed(ProgramStateRef State, CheckerContext &C,
                         const MemRegion *Region) const;
  uint64_t possibleBits(const Expr *E, const Expr *FieldBase,
                        uint64_t Current, const UnitFacts &F,
                        const ASTContext &Ctx) const;
  ProgramStateRef
  applyMask(ProgramStateRef State, CheckerContext &C, const MemRegion *Pcb,
            llvm::function_ref<uint64_t(uint64_t)> Update) const;
  ProgramStateRef
  foldProvenClear(ProgramStateRef State, CheckerContext &C,
                  llvm::function_ref<bool(const MemRegion *, SVal)> MayLose =
                      nullptr) const;
  bool resetApplies(CheckerContext &C, size_t I, QualType PcbType,
                    FunctionKind Kind) const;
  ProgramStateRef writeBits(ProgramStateRef State, CheckerContext &C,
                            const MemRegion *Pcb, size_t I,
                            const Stmt *S) const;
  ProgramStateRef markReset(ProgramStateRef State, const MemRegion *Pcb,
                            const std::vector<std::string> &Fields) const;
  void reportFlags(const ReturnStmt *RS, CheckerContext &C,
                   const FunctionDecl *FD, const ThreadFunction &Role,
                   const MemRegion *ChildPcb, const CopyRecord &Rec) const;
  void reportUnset(const ReturnStmt *RS, CheckerContext &C,
                   const FunctionDecl *FD, const ThreadFunction &Role,
                   const CopyRecord &Rec) const;
  void emitCopyReport(const BugType &Bug, const std::string &Msg,
                      const std::string &Note, FixRequest Fix,
                      const CopyRecord &Rec, const FunctionDecl *FD,
                      const ReturnStmt *RS, CheckerContext &C,
                      const std::string &Why = "") const;
  void reportState(const ReturnStmt *RS, CheckerContext &C,
                   const FunctionDecl *FD, const ThreadFunction &Role,
                   const MemRegion *Pcb, const CopyRecord &Rec) const;
  std::optional<SVal> fieldValue(ProgramStateRef State, CheckerContext &C,
                                 const MemRegion *Pcb,
                                 const FieldReset &R) const;
  ProgramStateRef markFreed(ProgramStateRef State, CheckerContext &C,
                            SVal Freed) const;
  void reportFreed(const ReturnStmt *RS, CheckerContext &C,
                   const FunctionDecl *FD, const CopyRecord &Rec) const;
  bool provenNull(ProgramStateRef State, CheckerContext &C,
                  const MemRegion *Pcb, const FieldReset &R) const;
  ProgramStateRef foldProvenNull(ProgramStateRef State,
                                 CheckerContext &C) const;
  bool parentLacks(CheckerContext &C, const ThreadFunction &Role,
                   size_t Reset) const;
};

const UnitFacts &PcbFpuFlagsChecker::facts(CheckerContext &C) const {
  if (Facts)
    return *Facts;
  Facts.emplace();
  const ArchRule *Rule = chooseRule(Rules, C.getASTContext(), ForcedArch);
  if (!Rule)
    return *Facts;
  const Preprocessor &PP = C.getPreprocessor();
  Facts->Rule = Rule;
  for (const std::string &Name : Rule->OwnershipFlags)
    if (uint64_t V = Facts->bits(PP, Name);
        V && flagInEra(*Rule, Name, C.getASTContext())) {
      Facts->Ownership.push_back({Name, V});
      Facts->OwnershipNames.push_back(Name);
      Facts->OwnershipMask |= V;
    }
  for (const std::string &Name : Rule->NewThreadFlags)
    if (evaluateMacro(PP, Name) &&
        flagInEra(*Rule, Name, C.getASTContext())) {
      Facts->NewThreadNames.push_back(Name);
      Facts->NewThreadMask |= Facts->bits(PP, Name);
    }
  for (const std::string &Name : Rule->MustSetFlags)
    if (uint64_t V = Facts->bits(PP, Name)) {
      Facts->MustSet.push_back({Name, V});
      Facts->MustSetMask |= V;
    }
  for (const std::string &Name : Rule->ExecFlags)
    if (uint64_t V = Facts->bits(PP, Name)) {
      Facts->Exec.push_back({Name, V});
      Facts->ExecMask |= V;
    }
  if (Rule->FpuFeatureTest)
    Facts->FpuFeature = evaluateMacro(PP, Rule->FpuFeatureTest->Feature);
  for (const FieldReset &R : Rule->FieldResets) {
    Facts->OnlyWithBits.push_back(
        R.OnlyWith ? evaluateMacro(PP, R.OnlyWith->Flag).value_or(0) : 0);
    Facts->ClearBits.push_back(R.To == ResetKind::ClearBits
                                   ? evaluateMacro(PP, R.Bits).value_or(0)
                                   : 0);
  }
  return *Facts;
}

/// The rule's role for \p D, when its parameters have the rule's shape:
/// child and parent must both point to the rule's thread type (the
/// post-2016 cpu_set_upcall takes other arguments and is not ours).
const ThreadFunction *PcbFpuFlagsChecker::roleOf(const Decl *D,
                                                 const UnitFacts &F) const {
  // Asked at every bind, call and dead-symbol sweep of every function
  // (with core enabled, all are roots): once per declaration is enough.
  auto [It, New] = Roles.try_emplace(D, nullptr);
  if (!New)
    return It->second;
  const auto *FD = dyn_cast_or_null<FunctionDecl>(D);
  const ThreadFunction *Role = F.Rule ? functionRole(*F.Rule, FD) : nullptr;
  // A fork keeps the parent's FPU flags on purpose; its pointers into
  // the parent are wrong all the same.
  if (Role && Role->Kind == FunctionKind::Fork && !CheckFork && !StateEnabled)
    Role = nullptr;
  return It->second = Role;
}

/// The frame of the function the analysis started in, however deep the
/// inlining.
static const LocationContext *rootFrame(const CheckerContext &C) {
  const LocationContext *LC = C.getLocationContext();
  while (LC->getParent())
    LC = LC->getParent();
  return LC;
}

const ThreadFunction *PcbFpuFlagsChecker::rootRole(CheckerContext &C,
                                                   const UnitFacts &F) const {
  return roleOf(rootFrame(C)->getDecl(), F);
}

/// The root function's child thread pointer, however deep the inlining.
SVal PcbFpuFlagsChecker::childThread(CheckerContext &C,
                                     const ThreadFunction &Role,
                                     QualType &Type) const {
  const LocationContext *Root = rootFrame(C);
  const auto *FD = cast<FunctionDecl>(Root->getDecl());
  const ParmVarDecl *Child = FD->getParamDecl(Role.Child);
  Type = Child->getType();
  ProgramStateRef State = C.getState();
  return State->getSVal(State->getRegion(Child, Root));
}

/// Alone in a plugin, nothing needs the other functions analyzed: only
/// the rules' functions are (RuleRoots.h), at the cost of a parse.
void PcbFpuFlagsChecker::checkASTDecl(const TranslationUnitDecl *TU,
                                      AnalysisManager &Mgr,
                                      BugReporter &) const {
  CompilerInstance *CI = pluginCompiler();
  if (!Alone || !CI)
    return;
  analyzeOnlyRoots(Mgr, *CI, TU, [&](const FunctionDecl *FD) {
    return FD->getIdentifier() &&
           llvm::any_of(Rules.arches(), [&](const ArchRule &R) {
             return !R.findFunctions(FD->getName()).empty();
           });
  });
}

void PcbFpuFlagsChecker::checkEndOfTranslationUnit(
    const TranslationUnitDecl *TU, AnalysisManager &Mgr, BugReporter &) const {
  endOnlyRoots(Mgr);
  // Beside other checkers, a rules' function that a caller inlined was
  // never a root, and inlined it has no role: analyze it now.
  CompilerInstance *CI = pluginCompiler();
  const ArchRule *Rule =
      CI && !Alone ? chooseRule(Rules, Mgr.getASTContext(), ForcedArch)
                   : nullptr;
  if (Rule)
    analyzeInlinedRoots(Mgr, *CI, TU, [&](const FunctionDecl *FD) {
      return functionRole(*Rule, FD) &&
             !StartedAsRoot.contains(FD->getCanonicalDecl());
    });
}

void PcbFpuFlagsChecker::checkBeginFunction(CheckerContext &C) const {
  if (!C.inTopFrame())
    return;
  const UnitFacts &F = facts(C);
  const ThreadFunction *Role = roleOf(C.getLocationContext()->getDecl(), F);
  // In the pcbcheck tool nothing but the rules' functions is of interest:
  // stop other roots at once instead of exploring them.
  if (!Role) {
    if (OnlyThreadFunctions)
      C.generateSink(C.getState(), C.getPredecessor());
    return;
  }
  StartedAsRoot.insert(C.getLocationContext()->getDecl()->getCanonicalDecl());
  if (Role->Kind != FunctionKind::Copied && Role->Kind != FunctionKind::Exec)
    return;
  // Linux copy_thread(): the child's task is already the parent's copy.
  // exec_setregs(): the thread's pcb holds the old program image's state.
  const auto *FD = cast<FunctionDecl>(C.getLocationContext()->getDecl());
  const ParmVarDecl *Child = FD->getParamDecl(Role->Child);
  ProgramStateRef State = C.getState();
  SVal Thread = State->getSVal(State->getRegion(Child, C.getLocationContext()));
  if (Role->Kind == FunctionKind::Exec) {
    const MemRegion *Pcb = pcbOfThread(State, Thread, Child->getType());
    QualType PcbType = heldType(Pcb);
    if (!PcbType.isNull())
      C.addTransition(recordCopy(State, C, F, FD->getBody(), Pcb, nullptr,
                                 PcbType, Child, FunctionKind::Exec));
    return;
  }
  const MemRegion *Task = stripped(Thread.getAsRegion());
  if (!Task)
    return;
  C.addTransition(recordCopy(State, C, F, FD->getBody(), Task, nullptr,
                             Child->getType()->getPointeeType(), Child));
}

/// The flag field of \p Pcb, read as the program does: through a struct
/// pcb region.
std::optional<Loc> PcbFpuFlagsChecker::flagLocation(ProgramStateRef State,
                                                    const MemRegion *Pcb,
                                                    const FieldDecl *Field,
                                                    CheckerContext &C) const {
  if (!Pcb || !Field || !Field->getType()->isIntegerType())
    return std::nullopt;
  ASTContext &Ctx = C.getASTContext();
  QualType PcbPtr = Ctx.getPointerType(Ctx.getRecordType(Field->getParent()));
  std::optional<const MemRegion *> Typed =
      C.getStoreManager().castRegion(Pcb, PcbPtr);
  if (!Typed || !*Typed)
    return std::nullopt;
  return State->getLValue(Field, loc::MemRegionVal(*Typed)).getAs<Loc>();
}

/// The bits of \p Bits that the analyzer's constraints prove clear in the
/// flag field of \p Pcb (e.g. after KASSERT((f & FLAG) == 0, ...)).
uint64_t PcbFpuFlagsChecker::provenClear(ProgramStateRef State,
                                         const MemRegion *Pcb,
                                         const FieldDecl *Field, uint64_t Bits,
                                         CheckerContext &C) const {
  std::optional<Loc> Slot = Bits ? flagLocation(State, Pcb, Field, C)
                                 : std::nullopt;
  if (!Slot)
    return 0;
  ASTContext &Ctx = C.getASTContext();
  SValBuilder &SVB = C.getSValBuilder();
  QualType T = Field->getType();
  SVal Value = State->getSVal(*Slot, T);
  // "f & MASK" is typed as C's conversions make it: the field's type (with
  // or without its typedef), or its unsigned twin when the mask does not
  // fit (0x80000000 on an int).  The analyzer's symbols are typed alike.
  // Each assumption costs a constraint solve: ask each type once.
  QualType Canonical = T.getCanonicalType();
  SmallVector<QualType, 3> Types = {T};
  for (QualType Ty : {Canonical, Ctx.getCorrespondingUnsignedType(Canonical)})
    if (!llvm::is_contained(Types, Ty))
      Types.push_back(Ty);
  auto IsClear = [&](uint64_t Mask) {
    for (QualType Ty : Types) {
      SVal Masked =
          SVB.evalBinOp(State, BO_And, Value, SVB.makeIntVal(Mask, Ty), Ty);
      auto D = Masked.getAs<DefinedOrUnknownSVal>();
      if (!D || D->isUnknown())
        continue;
      if (auto CI = D->getAs<nonloc::ConcreteInt>()) {
        if (CI->getValue() == 0)
          return true;
        continue;
      }
      if (!State->assume(*D, true))
        return true;
    }
    return false;
  };
  if (IsClear(Bits))
    return Bits;
  uint64_t Clear = 0;
  for (const Flag &Fl : facts(C).Ownership)
    if ((Fl.Value & Bits) && IsClear(Fl.Value))
      Clear |= Fl.Value;
  return Clear;
}

const MemRegion *PcbFpuFlagsChecker::pcbOfThread(ProgramStateRef State,
                                                 SVal Thread,
                                                 QualType ThreadPtrType) const {
  const ArchRule *Rule = Facts ? Facts->Rule : nullptr;
  if (!Rule || !isPointerToRecord(ThreadPtrType, Rule->ThreadType))
    return nullptr;
  if (Rule->ChildPcbIs != ChildPcb::ThreadField)
    return stripped(Thread.getAsRegion());
  const FieldDecl *TdPcb =
      findFieldPath(ThreadPtrType->getPointeeType(), Rule->ThreadPcbField);
  const MemRegion *ThreadRegion = stripped(Thread.getAsRegion());
  if (!TdPcb || !ThreadRegion)
    return nullptr;
  if (const MemRegion *const *Stored = State->get<ThreadPcbs>(ThreadRegion))
    return *Stored;
  SVal Slot = State->getLValue(TdPcb, Thread);
  auto L = Slot.getAs<Loc>();
  if (!L)
    return nullptr;
  return stripped(State->getSVal(*L, TdPcb->getType()).getAsRegion());
}

ProgramStateRef PcbFpuFlagsChecker::recordCopy(
    ProgramStateRef State, CheckerContext &C, const UnitFacts &F,
    const Stmt *Site, const MemRegion *Dst, const MemRegion *Src,
    QualType PcbType, const ParmVarDecl *EntryChild, FunctionKind Kind) const {
  if (!Dst)
    return State;
  bool Exec = Kind == FunctionKind::Exec;
  // What assertions prove is read from a field of the pcb itself; Linux's
  // nested thread_info.flags change only through helpers.
  const FieldDecl *Field = StringRef(F.Rule->FlagField).contains('.')
                               ? nullptr
                               : findFieldPath(PcbType, F.Rule->FlagField);
  // The flags live in the rule's pcb type (powerpc's MSR bits in the
  // pt_regs copy, not in the task that copy_thread() is entered with).
  bool HasFlags = isRecordNamed(PcbType, F.Rule->PcbType);
  uint64_t Dirty = HasFlags ? F.watchedMask(Exec) : 0;
  uint64_t Unset = HasFlags && !Exec ? F.MustSetMask : 0;
  // A parent proven free of a flag passes none of it on.
  if (Src)
    Dirty &= ~provenClear(State, Src, Field, Dirty, C);
  // The fields to reset that this pcb has, in trees of the entry's era.
  uint64_t Stale = 0;
  for (size_t I = 0; I < F.Rule->FieldResets.size() && I < 64; ++I)
    if (resetApplies(C, I, PcbType, Kind))
      Stale |= uint64_t(1) << I;
  return State->set<CopiedPcbs>(
      Dst, CopyRecord{Site, Field, Dirty, Stale, Unset, EntryChild, Exec});
}

/// Whether field_resets entry \p I is to be checked in a copy of
/// \p PcbType made for a function of \p Kind: the tree has the field as
/// the entry needs it, is of its era, and defines its mask.
bool PcbFpuFlagsChecker::resetApplies(CheckerContext &C, size_t I,
                                      QualType PcbType,
                                      FunctionKind Kind) const {
  const UnitFacts &F = facts(C);
  const FieldReset &R = F.Rule->FieldResets[I];
  return R.appliesTo(Kind) && resetField(*F.Rule, R, PcbType) &&
         inEra(*F.Rule, R, PcbType) &&
         (R.To != ResetKind::ClearBits || F.ClearBits[I]);
}

/// The copied pcb that \p R lies in, and \p Path, the member path from it
/// to \p R ("" for the pcb itself, "thread.vstate"); null if none.  Memory
/// right after a copied pcb is the rules' trailing structure, when they
/// name one for this tree ("x86_task_fpu.last_cpu": (void *)dst +
/// sizeof(*dst), then ->last_cpu).
const MemRegion *PcbFpuFlagsChecker::copiedOwner(ProgramStateRef State,
                                                 const MemRegion *R,
                                                 std::string &Path) const {
  Path.clear();
  for (R = stripped(R); R; R = stripped(cast<SubRegion>(R)->getSuperRegion())) {
    if (State->get<CopiedPcbs>(R))
      return R;
    if (const auto *ER = dyn_cast<ElementRegion>(R))
      return trailingOwner(State, ER, Path);
    const auto *FR = dyn_cast<FieldRegion>(R);
    if (!FR)
      return nullptr;
    Path = FR->getDecl()->getName().str() + (Path.empty() ? "" : ".") + Path;
  }
  return nullptr;
}

/// The copied pcb that \p ER starts right after, when \p ER holds the
/// rules' trailing structure with member \p Path (prefixed with its name
/// on return); null if none.
const MemRegion *PcbFpuFlagsChecker::trailingOwner(ProgramStateRef State,
                                                   const ElementRegion *ER,
                                                   std::string &Path) const {
  if (!Facts || !Facts->Rule || Facts->Rule->Trailing.empty())
    return nullptr;
  RegionOffset At = ER->getAsOffset();
  const MemRegion *Pcb = stripped(At.getRegion());
  QualType PcbType = heldType(Pcb);
  if (!Pcb || At.hasSymbolicOffset() || PcbType.isNull() ||
      PcbType->isIncompleteType() || !State->get<CopiedPcbs>(Pcb) ||
      At.getOffset() !=
          int64_t(Pcb->getMemRegionManager().getContext().getTypeSize(
              PcbType)))
    return nullptr;
  for (const TrailingStruct &T : Facts->Rule->Trailing) {
    QualType Type = trailingRecord(T, PcbType);
    if (!Type.isNull() && (Path.empty() || findFieldPath(Type, Path))) {
      Path = T.Name + (Path.empty() ? "" : ".") + Path;
      return Pcb;
    }
  }
  return nullptr;
}

/// The bits that may be set in the value of \p E, an expression stored to
/// the flag field whose base expression is \p FieldBase.
uint64_t PcbFpuFlagsChecker::possibleBits(const Expr *E, const Expr *FieldBase,
                                          uint64_t Current, const UnitFacts &F,
                                          const ASTContext &Ctx) const {
  E = E->IgnoreParenCasts();
  if (std::optional<uint64_t> V = constantValue(E, Ctx))
    return *V;
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    uint64_t L = possibleBits(BO->getLHS(), FieldBase, Current, F, Ctx);
    uint64_t R = possibleBits(BO->getRHS(), FieldBase, Current, F, Ctx);
    switch (BO->getOpcode()) {
    case BO_And:
      return L & R;
    case BO_Or:
    case BO_Xor:
      return L | R;
    case BO_Comma:
      return R;
    default:
      return ~uint64_t(0);
    }
  }
  if (const auto *CO = dyn_cast<ConditionalOperator>(E))
    return possibleBits(CO->getTrueExpr(), FieldBase, Current, F, Ctx) |
           possibleBits(CO->getFalseExpr(), FieldBase, Current, F, Ctx);
  // The child's own field read back ("f = f & ~M") holds what it held.
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    if (FieldBase && ME->getMemberDecl()->getName() == F.Rule->FlagField &&
        Expr::isSameComparisonOperand(ME->getBase(), FieldBase))
      return Current;
  return ~uint64_t(0);
}

ProgramStateRef PcbFpuFlagsChecker::applyMask(
    ProgramStateRef State, CheckerContext &C, const MemRegion *Pcb,
    llvm::function_ref<uint64_t(uint64_t)> Update) const {
  const CopyRecord *Rec = State->get<CopiedPcbs>(Pcb);
  if (!Rec)
    return State;
  const UnitFacts &F = facts(C);
  // Must-set bits go through the same update as the bits known set; an
  // update that may set anything then counts as setting them, which can
  // only hide a report, never make one.
  uint64_t KnownSet = Update(Rec->Unset ^ F.MustSetMask);
  CopyRecord Next = *Rec;
  Next.Dirty = Update(Rec->Dirty) & F.watchedMask(Rec->Exec);
  Next.Unset = F.MustSetMask & ~KnownSet;
  return State->set<CopiedPcbs>(Pcb, Next);
}

/// The flag bits \p Bits of \p Pcb set (set_tsk_thread_flag) or cleared.
ProgramStateRef PcbFpuFlagsChecker::applyBits(ProgramStateRef State,
                                              CheckerContext &C,
                                              const MemRegion *Pcb,
                                              uint64_t Bits, bool Set) const {
  return applyMask(State, C, Pcb, [&](uint64_t D) {
    return Set ? D | Bits : D & ~Bits;
  });
}

/// memset(&child->member, 0, ...): every reset field and flag under the
/// member is as a new thread's.
ProgramStateRef PcbFpuFlagsChecker::zeroed(ProgramStateRef State,
                                           CheckerContext &C,
                                           const MemRegion *Region) const {
  std::string Path;
  const MemRegion *Pcb = copiedOwner(State, Region, Path);
  if (!Pcb)
    return State;
  auto Under = [&](StringRef Member) {
    return Path.empty() || Member == Path ||
           Member.starts_with(Path + ".");
  };
  std::vector<std::string> Fields;
  for (const FieldReset &R : facts(C).Rule->FieldResets)
    if (Under(R.Field))
      Fields.push_back(R.key());
  State = markReset(State, Pcb, Fields);
  if (Under(facts(C).Rule->FlagField))
    State = applyMask(State, C, Pcb, [](uint64_t) { return uint64_t(0); });
  return State;
}

/// A call the analyzer cannot see into invalidates the child thread, and
/// with it td_pcb; no MD helper moves a thread's pcb, so remember it ...
ProgramStateRef
PcbFpuFlagsChecker::rememberChildPcb(ProgramStateRef State, CheckerContext &C,
                                     const ThreadFunction &Role) const {
  QualType Type;
  SVal Thread = childThread(C, Role, Type);
  const MemRegion *ThreadRegion = stripped(Thread.getAsRegion());
  if (!ThreadRegion || State->contains<ThreadPcbs>(ThreadRegion) ||
      facts(C).Rule->ChildPcbIs != ChildPcb::ThreadField)
    return State;
  if (const MemRegion *Pcb = pcbOfThread(State, Thread, Type))
    return State->set<ThreadPcbs>(ThreadRegion, Pcb);
  return State;
}

/// ... and put it back after the call.
ProgramStateRef
PcbFpuFlagsChecker::restoreChildPcb(ProgramStateRef State, CheckerContext &C,
                                    const ThreadFunction &Role) const {
  QualType Type;
  SVal Thread = childThread(C, Role, Type);
  const MemRegion *ThreadRegion = stripped(Thread.getAsRegion());
  const MemRegion *const *Pcb =
      ThreadRegion ? State->get<ThreadPcbs>(ThreadRegion) : nullptr;
  const ArchRule *Rule = facts(C).Rule;
  const FieldDecl *TdPcb =
      Rule->ChildPcbIs == ChildPcb::ThreadField &&
              isPointerToRecord(Type, Rule->ThreadType)
          ? findFieldPath(Type->getPointeeType(), Rule->ThreadPcbField)
          : nullptr;
  if (!Pcb || !TdPcb)
    return State;
  auto L = State->getLValue(TdPcb, Thread).getAs<Loc>();
  if (!L || stripped(State->getSVal(*L, TdPcb->getType()).getAsRegion()) ==
                *Pcb)
    return State;
  return State->bindLoc(*L, loc::MemRegionVal(*Pcb), C.getLocationContext());
}

void PcbFpuFlagsChecker::checkPostCall(const CallEvent &Call,
                                       CheckerContext &C) const {
  const UnitFacts &F = facts(C);
  const ThreadFunction *Role = F.Rule ? rootRole(C, F) : nullptr;
  if (!Role)
    return;
  ProgramStateRef State = restoreChildPcb(C.getState(), C, *Role);

  // A rules-listed helper: its effect is known by rule, whether or not
  // its body is visible (amd64's are inline asm).
  const IdentifierInfo *II = Call.getCalleeIdentifier();
  const FlagHelper *H = II ? F.Rule->findHelper(II->getName()) : nullptr;
  const MemRegion *Pcb = nullptr;
  bool AtFlags = true; // The argument is the pcb or holds its flag field.
  if (H && H->PcbArg && *H->PcbArg < Call.getNumArgs()) {
    // clear_bit(TIF_X, &task_thread_info(p)->flags): a member of the pcb.
    std::string Path;
    Pcb = copiedOwner(State, Call.getArgSVal(*H->PcbArg).getAsRegion(), Path);
    StringRef Flags = F.Rule->FlagField;
    AtFlags = Path.empty() || Flags == Path ||
              Flags.starts_with(Path + ".");
  } else if (H && H->ThreadArg && *H->ThreadArg < Call.getNumArgs()) {
    Pcb = pcbOfThread(State, Call.getArgSVal(*H->ThreadArg),
                      Call.getArgExpr(*H->ThreadArg)->IgnoreParenCasts()
                          ->getType());
  }
  if (Pcb && !H->Resets.empty())
    State = markReset(State, Pcb, H->Resets);
  if (Pcb && AtFlags && H->Effect != HelperEffect::None) {
    std::optional<uint64_t> Mask;
    const ASTContext &Ctx = C.getASTContext();
    if (H->Effect == HelperEffect::ClearNewThreadFlags)
      Mask = F.NewThreadMask;
    else if (H->Effect == HelperEffect::ClearFlags) {
      Mask = 0;
      for (const std::string &Name : H->Flags)
        *Mask |= F.bits(C.getPreprocessor(), Name);
    }
    else if (H->MaskArg && *H->MaskArg < Call.getNumArgs())
      Mask = constantValue(Call.getArgExpr(*H->MaskArg), Ctx);
    else if (H->BitArg && *H->BitArg < Call.getNumArgs())
      if (std::optional<uint64_t> Bit =
              constantValue(Call.getArgExpr(*H->BitArg), Ctx);
          Bit && *Bit < 64)
        Mask = uint64_t(1) << *Bit;
    bool Set = H->Effect == HelperEffect::SetMask ||
               H->Effect == HelperEffect::SetBit;
    // An unknown mask may set anything, and clears nothing we know of.
    if (Set || Mask)
      State = applyBits(State, C, Pcb, Mask.value_or(~0ULL), Set);
  }
  if (II && Call.getNumArgs() > 0 &&
      llvm::is_contained(F.Rule->FreeFunctions, II->getName()))
    State = markFreed(State, C, Call.getArgSVal(0));
  // cpu_feature_enabled(X86_FEATURE_FPU) false: the CPU has no FPU.
  const FeatureTest *Test =
      F.Rule->FpuFeatureTest ? &*F.Rule->FpuFeatureTest : nullptr;
  if (II && Test && F.FpuFeature && Call.getNumArgs() > 0 &&
      llvm::is_contained(Test->Calls, II->getName()) &&
      constantValue(Call.getArgExpr(0), C.getASTContext()) == F.FpuFeature)
    if (auto Result = Call.getReturnValue().getAs<DefinedOrUnknownSVal>()) {
      auto [Has, HasNot] = State->assume(*Result);
      if (HasNot)
        C.addTransition(HasNot->set<WithoutFpu>(true));
      if (Has)
        C.addTransition(Has);
      return;
    }
  C.addTransition(State);
}

/// Copies are recorded before the call: its conservative evaluation would
/// forget what the analyzer knew of the source's flags.  For the same
/// reason what the constraints prove of the child is kept first.
void PcbFpuFlagsChecker::checkPreCall(const CallEvent &Call,
                                      CheckerContext &C) const {
  const UnitFacts &F = facts(C);
  const IdentifierInfo *II = Call.getCalleeIdentifier();
  const ThreadFunction *Role = rootRole(C, F);
  if (!F.Rule || !II || !Call.getOriginExpr() || !Role)
    return;
  // An assertion's failing branch ends here, whatever the declaration.
  if (F.Rule->isPanicFunction(II->getName())) {
    C.generateSink(C.getState(), C.getPredecessor());
    return;
  }
  ProgramStateRef State =
      foldProvenClear(rememberChildPcb(C.getState(), C, *Role), C);
  // memset(&p->thread.vstate, 0, sizeof(...)) resets what lies under it.
  if ((II->getName() == "memset" || II->getName() == "__builtin_memset") &&
      Call.getNumArgs() == 3 &&
      constantValue(Call.getArgExpr(1), C.getASTContext()) == uint64_t(0))
    State = zeroed(State, C, Call.getArgSVal(0).getAsRegion());
  for (const CopyFunction &CF : CopyFunctions) {
    if (II->getName() != CF.Name ||
        Call.getNumArgs() <= std::max(CF.Dst, CF.Src))
      continue;
    QualType SrcType = Call.getArgExpr(CF.Src)->IgnoreParenCasts()->getType();
    if (isPointerToRecord(SrcType, F.Rule->PcbType))
      State = recordCopy(State, C, F, Call.getOriginExpr(),
                         stripped(Call.getArgSVal(CF.Dst).getAsRegion()),
                         stripped(Call.getArgSVal(CF.Src).getAsRegion()),
                         SrcType->getPointeeType());
    break;
  }
  C.addTransition(State);
}

void PcbFpuFlagsChecker::checkBind(SVal Loc, SVal Val, const Stmt *S,
                                   CheckerContext &C) const {
  const UnitFacts &F = facts(C);
  const MemRegion *R = Loc.getAsRegion();
  if (!F.Rule || !R || !S || !rootRole(C, F))
    return;
  // Inside a rules-listed helper the rule, not the body, says what happens.
  if (const auto *Fn = dyn_cast_or_null<FunctionDecl>(
          C.getLocationContext()->getDecl()))
    if (Fn->getIdentifier() && F.Rule->findHelper(Fn->getName()))
      return;

  // The store may replace a value whose constraints proved bits clear;
  // it changes nothing outside the memory it writes.
  ProgramStateRef State =
      foldProvenClear(C.getState(), C, [&](const MemRegion *Field, SVal) {
        return mayOverlap(R, Field, C.getASTContext());
      });

  // "*dst = *src": a struct copy of a whole pcb.
  const auto *BO = dyn_cast<BinaryOperator>(S);
  if (BO && BO->getOpcode() == BO_Assign &&
      isRecordNamed(BO->getType(), F.Rule->PcbType)) {
    const MemRegion *Src = nullptr;
    if (auto LCV = Val.getAs<nonloc::LazyCompoundVal>())
      Src = stripped(LCV->getRegion());
    C.addTransition(recordCopy(State, C, F, S, stripped(R), Src, BO->getType()));
    return;
  }

  const auto *FR = dyn_cast<FieldRegion>(R);
  if (!FR) {
    C.addTransition(State);
    return;
  }
  if (F.Rule->ChildPcbIs == ChildPcb::ThreadField &&
      FR->getDecl()->getName() == F.Rule->ThreadPcbField) {
    const MemRegion *Thread = stripped(FR->getSuperRegion());
    const MemRegion *Pcb = stripped(Val.getAsRegion());
    C.addTransition(Pcb ? State->set<ThreadPcbs>(Thread, Pcb)
                        : State->remove<ThreadPcbs>(Thread));
    return;
  }
  std::string Path;
  const MemRegion *Pcb = copiedOwner(State, FR, Path);
  if (!Pcb) {
    C.addTransition(State);
    return;
  }
  // Any value written counts as the reset: the bug is the field left as
  // the copy made it (an opaque helper's result is the child's own).  A
  // structure written whole resets the fields inside it.  A clear-bits
  // entry's field is reset by a write that leaves its bits clear.
  std::vector<std::string> Written;
  bool BitsWritten = false;
  const std::vector<FieldReset> &Resets = F.Rule->FieldResets;
  for (size_t I = 0; I < Resets.size() && I < 64; ++I) {
    const FieldReset &FRst = Resets[I];
    if (FRst.To == ResetKind::ClearBits && FRst.Field == Path) {
      State = writeBits(State, C, Pcb, I, S);
      BitsWritten = true;
    } else if (FRst.Field == Path ||
               StringRef(FRst.Field).starts_with(Path + ".")) {
      Written.push_back(FRst.key());
    }
  }
  if (!Written.empty() || BitsWritten) {
    C.addTransition(markReset(State, Pcb, Written));
    return;
  }
  if (Path != F.Rule->FlagField) {
    C.addTransition(State);
    return;
  }
  const ASTContext &Ctx = C.getASTContext();
  const auto *Assign = dyn_cast<BinaryOperator>(S);
  if (!Assign) {
    C.addTransition(
        applyMask(State, C, Pcb, [](uint64_t) { return ~uint64_t(0); }));
    return;
  }
  const Expr *Base = nullptr;
  if (const auto *ME =
          dyn_cast<MemberExpr>(Assign->getLHS()->IgnoreParenImpCasts()))
    Base = ME->getBase();
  const Expr *RHS = Assign->getRHS();
  C.addTransition(applyMask(State, C, Pcb, [&](uint64_t D) {
    switch (Assign->getOpcode()) {
    case BO_Assign:
      return possibleBits(RHS, Base, D, F, Ctx);
    case BO_AndAssign:
      return D & possibleBits(RHS, Base, D, F, Ctx);
    case BO_OrAssign:
    case BO_XorAssign:
      return D | possibleBits(RHS, Base, D, F, Ctx);
    default:
      return ~uint64_t(0);
    }
  }));
}

/// Before the analyzer forgets dying symbols, and with them what assertions
/// taught it about the flag field, keep what it can prove.
void PcbFpuFlagsChecker::checkDeadSymbols(SymbolReaper &SR,
                                          CheckerContext &C) const {
  const UnitFacts &F = facts(C);
  const ThreadFunction *Role = F.Rule ? rootRole(C, F) : nullptr;
  if (!Role)
    return; // Nothing is tracked outside the rules' functions.
  ProgramStateRef State = C.getState();
  // The sweep drops the field's binding only with its pcb's memory, and
  // constraints only with the symbols they are about.
  ProgramStateRef Next =
      foldProvenClear(State, C, [&](const MemRegion *Field, SVal Value) {
        if (!SR.isLiveRegion(Field))
          return true;
        for (SymbolRef S : Value.symbols())
          if (SR.isDead(S))
            return true;
        return false;
      });
  Next = foldProvenNull(Next, C);
  uint64_t Lacks = State->get<ParentLacks>();
  for (size_t I = 0; I < F.Rule->FieldResets.size() && I < 64; ++I)
    if (!(Lacks >> I & 1) && parentLacks(C, *Role, I))
      Lacks |= uint64_t(1) << I;
  if (Lacks != State->get<ParentLacks>())
    Next = Next->set<ParentLacks>(Lacks);
  if (Next != State)
    C.addTransition(Next);
}

/// Moves what the constraints prove clear in each copied pcb's flag field
/// into our own bits, which outlive the value the constraints are about.
///
/// Each proof costs constraint solves, and a proof that is not lost can be
/// folded later as well as now (constraints on live symbols only grow):
/// with \p MayLose, only the pcbs whose flag field (its region and
/// value) it says may lose that value or its constraints are folded.
ProgramStateRef PcbFpuFlagsChecker::foldProvenClear(
    ProgramStateRef State, CheckerContext &C,
    llvm::function_ref<bool(const MemRegion *, SVal)> MayLose) const {
  ProgramStateRef Next = State;
  for (const auto &[Pcb, Rec] : State->get<CopiedPcbs>()) {
    if (MayLose && Rec.Dirty) {
      std::optional<Loc> Slot = flagLocation(State, Pcb, Rec.Field, C);
      const MemRegion *Field = Slot ? Slot->getAsRegion() : nullptr;
      if (Field &&
          !MayLose(Field, State->getSVal(*Slot, Rec.Field->getType())))
        continue;
    }
    uint64_t Clear = provenClear(State, Pcb, Rec.Field, Rec.Dirty, C);
    if (Clear) {
      CopyRecord Folded = Rec;
      Folded.Dirty &= ~Clear;
      Next = Next->set<CopiedPcbs>(Pcb, Folded);
    }
  }
  return Next;
}

ProgramStateRef
PcbFpuFlagsChecker::markReset(ProgramStateRef State, const MemRegion *Pcb,
                              const std::vector<std::string> &Fields) const {
  const CopyRecord *Rec = Pcb ? State->get<CopiedPcbs>(Pcb) : nullptr;
  if (!Rec || !Facts || !Facts->Rule)
    return State;
  CopyRecord Next = *Rec;
  const std::vector<FieldReset> &Resets = Facts->Rule->FieldResets;
  for (size_t I = 0; I < Resets.size() && I < 64; ++I)
    if (llvm::is_contained(Fields, Resets[I].key())) {
      Next.Stale &= ~(uint64_t(1) << I);
      Next.Freed &= ~(uint64_t(1) << I);
    }
  return Next == *Rec ? State : State->set<CopiedPcbs>(Pcb, Next);
}

/// The store \p S to clear-bits entry \p I's field: a value without its
/// bits (`&= ~SVCR_ZA_MASK`, `= 0`, or one unknown, the child's own)
/// resets it; one that may hold them (`|= SVCR_ZA_MASK`) makes it the
/// parent's again.
ProgramStateRef PcbFpuFlagsChecker::writeBits(ProgramStateRef State,
                                              CheckerContext &C,
                                              const MemRegion *Pcb, size_t I,
                                              const Stmt *S) const {
  const CopyRecord *Rec = State->get<CopiedPcbs>(Pcb);
  uint64_t Bits = facts(C).ClearBits[I];
  const auto *BO = dyn_cast<BinaryOperator>(S);
  if (!Rec || !Bits || !BO)
    return State;
  std::optional<uint64_t> V = constantValue(BO->getRHS(), C.getASTContext());
  bool Clears = false, Sets = false;
  switch (BO->getOpcode()) {
  case BO_Assign:
    Clears = !V || (*V & Bits) == 0;
    Sets = !Clears;
    break;
  case BO_AndAssign:
    Clears = V && (*V & Bits) == 0;
    break;
  case BO_OrAssign:
  case BO_XorAssign:
    Sets = !V || (*V & Bits);
    break;
  default:
    break;
  }
  uint64_t Bit = uint64_t(1) << I;
  CopyRecord Next = *Rec;
  if (Clears)
    Next.Stale &= ~Bit;
  const ThreadFunction *Role = rootRole(C, facts(C));
  if (Sets && Role &&
      resetApplies(C, I, heldType(Pcb),
                   Rec->Exec ? FunctionKind::Exec : Role->Kind))
    Next.Stale |= Bit;
  return Next.Stale == Rec->Stale ? State : State->set<CopiedPcbs>(Pcb, Next);
}

/// Notes a return of an error: the fork fails there and frees the child,
/// which never runs with what it inherited.
void PcbFpuFlagsChecker::checkPreStmt(const ReturnStmt *RS,
                                      CheckerContext &C) const {
  const Expr *Value = RS->getRetValue();
  if (!C.inTopFrame() || !Value || !Value->getType()->isIntegerType() ||
      !roleOf(C.getLocationContext()->getDecl(), facts(C)))
    return;
  auto V = C.getSVal(Value).getAs<DefinedOrUnknownSVal>();
  if (V && !C.getState()->assume(*V, false))
    C.addTransition(C.getState()->set<ErrorExit>(true));
}

void PcbFpuFlagsChecker::checkEndFunction(const ReturnStmt *RS,
                                          CheckerContext &C) const {
  if (!C.inTopFrame())
    return;
  const UnitFacts &F = facts(C);
  const Decl *D = C.getLocationContext()->getDecl();
  const ThreadFunction *Role = roleOf(D, F);
  ProgramStateRef State = C.getState();
  if (!Role)
    return;
  const auto *FD = cast<FunctionDecl>(D);
  const ParmVarDecl *Child = FD->getParamDecl(Role->Child);
  SVal ChildVal =
      State->getSVal(State->getRegion(Child, C.getLocationContext()));
  const MemRegion *ChildPcb = pcbOfThread(State, ChildVal, Child->getType());
  // Freed memory is freed again whether or not the fork fails.
  if (StateEnabled)
    for (const auto &[Pcb, Rec] : State->get<CopiedPcbs>())
      if (Rec.Freed && (Pcb == ChildPcb ||
                        F.Rule->ChildPcbIs == ChildPcb::AnyCopy))
        reportFreed(RS, C, FD, Rec);
  if (State->get<WithoutFpu>() || State->get<ErrorExit>())
    return;
  // The child's copy; with any-copy rules every copy this path made too.
  // Resets first: their fixes then come before the flags', as upstream
  // fixes write them (arm64 4585fc59c0e8, riscv's vstate).
  for (const auto &[Pcb, Rec] : State->get<CopiedPcbs>()) {
    if (Pcb != ChildPcb && F.Rule->ChildPcbIs != ChildPcb::AnyCopy)
      continue;
    if (StateEnabled)
      reportState(RS, C, FD, *Role, Pcb, Rec);
    if (FlagsEnabled && (Role->Kind != FunctionKind::Fork || CheckFork)) {
      reportFlags(RS, C, FD, *Role, Pcb, Rec);
      reportUnset(RS, C, FD, *Role, Rec);
    }
  }
}

/// The child thread parameter of \p FD when \p Site, the copy, is in its
/// body (not in a static helper it calls), for fixes that name %thread%.
static const ParmVarDecl *childThreadAround(const FunctionDecl *FD,
                                            const ThreadFunction &Role,
                                            const Stmt *Site,
                                            CheckerContext &C) {
  const SourceManager &SM = C.getSourceManager();
  const Stmt *Body = FD->getBody();
  if (!Body || Role.Child >= FD->getNumParams())
    return nullptr;
  SourceLocation At = SM.getExpansionLoc(Site->getBeginLoc());
  SourceLocation Begin = SM.getExpansionLoc(Body->getBeginLoc());
  SourceLocation End = SM.getExpansionLoc(Body->getEndLoc());
  if (SM.isBeforeInTranslationUnit(At, Begin) ||
      SM.isBeforeInTranslationUnit(End, At))
    return nullptr;
  return FD->getParamDecl(Role.Child);
}

/// The path's end: where the note about what still holds goes.
static PathDiagnosticLocation endOfPath(const ReturnStmt *RS,
                                        CheckerContext &C) {
  const SourceManager &SM = C.getSourceManager();
  return RS ? PathDiagnosticLocation::createBegin(RS, SM,
                                                  C.getLocationContext())
            : PathDiagnosticLocation::createDeclEnd(C.getLocationContext(),
                                                    SM);
}

void PcbFpuFlagsChecker::reportFlags(const ReturnStmt *RS, CheckerContext &C,
                                     const FunctionDecl *FD,
                                     const ThreadFunction &Role,
                                     const MemRegion *ChildPcb,
                                     const CopyRecord &Rec) const {
  const UnitFacts &F = facts(C);
  if (!Rec.Dirty)
    return;
  ProgramStateRef State = C.getState();
  uint64_t Dirty =
      Rec.Dirty & ~provenClear(State, ChildPcb, Rec.Field, Rec.Dirty, C);
  std::string Flags = UnitFacts::names(F.watched(Rec.Exec), Dirty, Role);
  if (Flags.empty() || !Reported.insert({Rec.Site, FD}).second)
    return;

  std::string Field = F.Rule->FlagField;
  std::string Name = FD->getName().str();
  if (Rec.Exec) {
    // The clear belongs with the arch's own FPU reset: no fix line.
    emitCopyReport(*FlagsBug, execMessage(Name, Field, Flags),
                   execNote(Name, Field, Flags), FixRequest(), Rec, FD, RS, C,
                   "no fix is offered: " + Name + " resets a new program "
                   "image's FPU state the architecture's way (its reset "
                   "helper, or the flags cleared with the rest)");
    return;
  }
  std::string Msg = findingMessage(Name, Field, Flags);
  std::string Note = findingNote(Name, Field, Flags);

  // The fix: what a new thread starts without, or for a fork only what
  // it must not own; a function that is not responsible for every flag
  // clears only its own.
  FixRequest Request;
  for (const std::string &N : Role.Kind == FunctionKind::Fork
                                  ? F.OwnershipNames
                                  : F.NewThreadNames)
    if (Role.responsibleFor(N))
      Request.Flags.push_back(N);
  SmallVector<StringRef, 4> Missing;
  StringRef(Flags).split(Missing, " | ");
  for (StringRef N : Missing)
    Request.Missing.push_back(N.str());
  emitCopyReport(*FlagsBug, Msg, Note, std::move(Request), Rec, FD, RS, C);
}

/// must_set_flags (x86 TIF_NEED_FPU_LOAD) the child may return without.
void PcbFpuFlagsChecker::reportUnset(const ReturnStmt *RS, CheckerContext &C,
                                     const FunctionDecl *FD,
                                     const ThreadFunction &Role,
                                     const CopyRecord &Rec) const {
  const UnitFacts &F = facts(C);
  std::string Flags = UnitFacts::names(F.MustSet, Rec.Unset, Role);
  if (Flags.empty() || !ReportedUnset.insert({Rec.Site, FD}).second)
    return;
  std::string Name = FD->getName().str();
  FixRequest Request;
  for (const Flag &Fl : F.MustSet)
    if ((Fl.Value & Rec.Unset) && Role.responsibleFor(Fl.Name))
      Request.SetFlags.push_back(Fl.Name);
  emitCopyReport(*FlagsBug, unsetMessage(Name, F.Rule->FlagField, Flags),
                 unsetNote(Name, F.Rule->FlagField, Flags),
                 std::move(Request), Rec, FD, RS, C);
}

/// A report at the copy (for a function entered with the child already
/// a copy, at the return), with its fix and the note at the path's end.
void PcbFpuFlagsChecker::emitCopyReport(const BugType &Bug,
                                        const std::string &Msg,
                                        const std::string &Note,
                                        FixRequest Fix, const CopyRecord &Rec,
                                        const FunctionDecl *FD,
                                        const ReturnStmt *RS, CheckerContext &C,
                                        const std::string &Why) const {
  Fix.Copy = Rec.Site;
  Fix.Rule = facts(C).Rule;
  Fix.EntryChild = Rec.EntryChild;
  if (!Rec.EntryChild)
    Fix.ChildPcb = copyDestination(Rec.Site);
  PathDiagnosticLocation Where =
      Rec.EntryChild
          ? endOfPath(RS, C)
          : PathDiagnosticLocation::createBegin(Rec.Site, C.getSourceManager(),
                                                C.getLocationContext());
  auto Report = std::make_unique<BasicBugReport>(Bug, Msg, Where);
  Report->setDeclWithIssue(FD);
  if (!Rec.EntryChild)
    Report->addRange(Rec.Site->getSourceRange());
  for (const FixItHint &Hint : planFix(C.getASTContext(), Fix))
    Report->addFixItHint(Hint);
  Report->addNote(Note, endOfPath(RS, C));
  if (!Why.empty())
    Report->addNote(Why, endOfPath(RS, C));
  C.emitReport(std::move(Report));
}

void PcbFpuFlagsChecker::reportState(const ReturnStmt *RS, CheckerContext &C,
                                     const FunctionDecl *FD,
                                     const ThreadFunction &Role,
                                     const MemRegion *Pcb,
                                     const CopyRecord &Rec) const {
  const UnitFacts &F = facts(C);
  const std::vector<FieldReset> &Resets = F.Rule->FieldResets;
  for (size_t I = 0; I < Resets.size() && I < 64; ++I) {
    // Once per copy, function and field (a copy in a static helper
    // shared by cpu_fork and cpu_copy_thread is each one's).
    if (!(Rec.Stale & (uint64_t(1) << I)) ||
        !Role.responsibleFor(Resets[I].key()) ||
        (C.getState()->get<ParentLacks>() >> I & 1) ||
        parentLacks(C, Role, I) ||
        provenNull(C.getState(), C, Pcb, Resets[I]) ||
        !ReportedState.insert({{Rec.Site, FD}, I}).second)
      continue;
    const FieldReset &R = Resets[I];
    FixRequest Request;
    Request.Reset = &R;
    Request.ChildThread = childThreadAround(FD, Role, Rec.Site, C);
    emitCopyReport(*StateBug, stateMessage(FD->getName().str(), R, Rec.Exec),
                   stateNote(FD->getName().str(), R, Rec.Exec),
                   std::move(Request), Rec, FD, RS, C, R.Note);
  }
}

/// Each field this path freed and left pointing at the freed memory: once
/// per copy, function and field, whatever the function is responsible for
/// (whoever frees must reset).
void PcbFpuFlagsChecker::reportFreed(const ReturnStmt *RS, CheckerContext &C,
                                     const FunctionDecl *FD,
                                     const CopyRecord &Rec) const {
  const std::vector<FieldReset> &Resets = facts(C).Rule->FieldResets;
  for (size_t I = 0; I < Resets.size() && I < 64; ++I) {
    if (!(Rec.Freed >> I & 1) ||
        !ReportedState.insert({{Rec.Site, FD}, 64 + I}).second)
      continue;
    emitCopyReport(*StateBug, freedMessage(FD->getName().str(), Resets[I]),
                   freedNote(FD->getName().str(), Resets[I]), FixRequest(),
                   Rec, FD, RS, C,
                   "set it to NULL after the free, as on the other paths");
  }
}

/// True when this path proves \p R's field NULL in \p Pcb: a reset to
/// NULL has nothing to do (exec_setregs() where the thread never had a
/// vector buffer).
bool PcbFpuFlagsChecker::provenNull(ProgramStateRef State, CheckerContext &C,
                                    const MemRegion *Pcb,
                                    const FieldReset &R) const {
  if (R.To != ResetKind::Null)
    return false;
  std::optional<SVal> V = fieldValue(State, C, Pcb, R);
  return V && State->isNull(*V).isConstrainedTrue();
}

/// The value of \p R's field in \p Pcb on this path, read as the program
/// reads it: through a typed view of the region.
std::optional<SVal> PcbFpuFlagsChecker::fieldValue(ProgramStateRef State,
                                                   CheckerContext &C,
                                                   const MemRegion *Pcb,
                                                   const FieldReset &R) const {
  QualType T = heldType(Pcb);
  std::optional<const MemRegion *> Typed =
      T.isNull() ? std::nullopt
                 : C.getStoreManager().castRegion(
                       Pcb, C.getASTContext().getPointerType(T));
  if (!Typed || !*Typed)
    return std::nullopt;
  SVal Slot = loc::MemRegionVal(*Typed);
  for (StringRef Rest = R.Field; !Rest.empty();) {
    auto [Name, Tail] = Rest.split('.');
    const FieldDecl *FD = findFieldPath(T, Name);
    if (!FD)
      return std::nullopt;
    Slot = State->getLValue(FD, Slot);
    T = FD->getType();
    Rest = Tail;
  }
  auto L = Slot.getAs<Loc>();
  if (!L)
    return std::nullopt;
  return State->getSVal(*L, T);
}

/// A call that frees \p Freed: each pointer field of field_resets that
/// holds it in a copied pcb now points at freed memory.
ProgramStateRef PcbFpuFlagsChecker::markFreed(ProgramStateRef State,
                                              CheckerContext &C,
                                              SVal Freed) const {
  if (!Freed.getAsSymbol() && !Freed.getAsRegion())
    return State;
  const std::vector<FieldReset> &Resets = facts(C).Rule->FieldResets;
  for (const auto &[Pcb, Rec] : State->get<CopiedPcbs>()) {
    CopyRecord Next = Rec;
    for (size_t I = 0; I < Resets.size() && I < 64; ++I)
      if (Resets[I].To == ResetKind::Null)
        if (std::optional<SVal> V = fieldValue(State, C, Pcb, Resets[I]);
            V && *V == Freed)
          Next.Freed |= uint64_t(1) << I;
    if (!(Next == Rec))
      State = State->set<CopiedPcbs>(Pcb, Next);
  }
  return State;
}

/// Keeps what the constraints prove NULL among the stale fields that a
/// reset sets to NULL: the constraints go with the dying symbols.
ProgramStateRef PcbFpuFlagsChecker::foldProvenNull(ProgramStateRef State,
                                                   CheckerContext &C) const {
  const std::vector<FieldReset> &Resets = facts(C).Rule->FieldResets;
  ProgramStateRef Next = State;
  for (const auto &[Pcb, Rec] : State->get<CopiedPcbs>()) {
    CopyRecord Folded = Rec;
    for (size_t I = 0; I < Resets.size() && I < 64; ++I)
      if ((Rec.Stale >> I & 1) && provenNull(State, C, Pcb, Resets[I]))
        Folded.Stale &= ~(uint64_t(1) << I);
    if (Folded.Stale != Rec.Stale)
      Next = Next->set<CopiedPcbs>(Pcb, Folded);
  }
  return Next;
}

/// True when this path proves \p Cond's flag clear in the parent's pcb:
/// then what the reset is for does not exist (no vector buffer without
/// PCB_VS_STARTED).
bool PcbFpuFlagsChecker::parentLacks(CheckerContext &C,
                                     const ThreadFunction &Role,
                                     size_t Reset) const {
  const UnitFacts &F = facts(C);
  uint64_t Bits = F.OnlyWithBits[Reset];
  if (!Bits || !Role.Parent || F.Rule->ChildPcbIs != ChildPcb::ThreadField)
    return false;
  const FieldReset::Condition &Cond = *F.Rule->FieldResets[Reset].OnlyWith;
  const LocationContext *Root = rootFrame(C);
  ProgramStateRef State = C.getState();
  const auto *FD = cast<FunctionDecl>(Root->getDecl());
  const ParmVarDecl *Parent = FD->getParamDecl(*Role.Parent);
  const FieldDecl *Link = findFieldPath(Parent->getType()->getPointeeType(),
                                        F.Rule->ThreadPcbField);
  const FieldDecl *Field =
      Link ? findFieldPath(Link->getType()->getPointeeType(), Cond.Field)
           : nullptr;
  if (!Field)
    return false;
  const MemRegion *Pcb = pcbOfThread(
      State,
      State->getSVal(State->getRegion(Parent, Root)), Parent->getType());
  return provenClear(State, Pcb, Field, Bits, C) == Bits;
}

/// The modeling: options are read where users have always set them,
/// under mdthread.PcbFpuFlags (the registry fills in every registered
/// option's default, enabled or not).
void initializeModeling(CheckerManager &Mgr) {
  auto *Chk = Mgr.registerChecker<PcbFpuFlagsChecker>();
  const AnalyzerOptions &Opts = Mgr.getAnalyzerOptions();
  StringRef RulesPath = Opts.getCheckerStringOption(CheckerName, "Rules");
  Chk->ForcedArch = Opts.getCheckerStringOption(CheckerName, "Arch").str();
  Chk->CheckFork = Opts.getCheckerBooleanOption(CheckerName, "CheckFork");
  // Alone (no other checker or package enabled), nothing needs the other
  // roots explored: stop them at once, as the pcbcheck tool does.
  Chk->Alone = llvm::all_of(Opts.CheckersAndPackages, [](const auto &Entry) {
    return !Entry.second || StringRef(Entry.first).starts_with("mdthread");
  });
  Chk->OnlyThreadFunctions =
      Chk->Alone ||
      Opts.getCheckerBooleanOption(CheckerName, "OnlyThreadFunctions");

  llvm::Expected<RuleSet> Rules = loadRules(RulesPath);
  if (!Rules) {
    DiagnosticsEngine &Diags = Mgr.getDiagnostics();
    unsigned ID = Diags.getCustomDiagID(DiagnosticsEngine::Error,
                                        "pcbcheck: bad rules file: %0");
    Diags.Report(ID) << llvm::toString(Rules.takeError());
    return;
  }
  Chk->Rules = std::move(*Rules);
  if (!Chk->ForcedArch.empty() && !Chk->Rules.byArch(Chk->ForcedArch)) {
    DiagnosticsEngine &Diags = Mgr.getDiagnostics();
    Diags.Report(Diags.getCustomDiagID(
        DiagnosticsEngine::Error,
        "invalid input for checker option '%0:Arch', that expects an "
        "architecture with rules (%1)"))
        << CheckerName << Chk->Rules.archNames();
    Chk->ForcedArch.clear();
    Chk->Rules = RuleSet();
  }
}

void initializeFlags(CheckerManager &Mgr) {
  auto *Chk = Mgr.getChecker<PcbFpuFlagsChecker>();
  Chk->FlagsEnabled = true;
  Chk->FlagsBug = std::make_unique<BugType>(
      Mgr.getCurrentCheckerName(),
      "Kernel FPU ownership inherited by a new thread",
      "Kernel MD thread code");
}

void initializeState(CheckerManager &Mgr) {
  auto *Chk = Mgr.getChecker<PcbFpuFlagsChecker>();
  Chk->StateEnabled = true;
  Chk->StateBug = std::make_unique<BugType>(
      Mgr.getCurrentCheckerName(),
      "FPU state pointer or CPU inherited by a new thread",
      "Kernel MD thread code");
}

bool shouldRegister(const CheckerManager &) { return true; }

} // namespace

std::string pcbcheck::findingMessage(const std::string &Function,
                                     const std::string &Field,
                                     const std::string &Flags) {
  return Function + ": child " + Field + " keeps " + Flags +
         " copied from the parent thread";
}

std::string pcbcheck::execMessage(const std::string &Function,
                                  const std::string &Field,
                                  const std::string &Flags) {
  return Function + ": " + Field + " keeps " + Flags +
         " of the old program image";
}

std::string pcbcheck::execNote(const std::string &Function,
                               const std::string &Field,
                               const std::string &Flags) {
  return Field + " still holds " + Flags + " when " + Function + " returns";
}

std::string pcbcheck::stateMessage(const std::string &Function,
                                   const FieldReset &R, bool Exec) {
  std::string Left = !R.Inherited.empty() ? R.Inherited
                     : Exec ? "holds the old program image's state"
                     : R.To == ResetKind::OwnStorage
                         ? "points into the parent's pcb"
                     : R.To == ResetKind::Null ? "points at the parent's state"
                     : R.To == ResetKind::ClearBits
                         ? "has " + R.Bits + " set from the parent"
                         : "holds the parent's value";
  return Function + ": " + (Exec ? "" : "child ") + R.Field + " still " + Left;
}

std::string pcbcheck::freedMessage(const std::string &Function,
                                   const FieldReset &R) {
  return Function + ": child " + R.Field +
         " still points at memory freed here, which freeing the child frees "
         "again";
}

std::string pcbcheck::freedNote(const std::string &Function,
                                const FieldReset &R) {
  return "child " + R.Field + " is freed and not reset when " + Function +
         " returns";
}

std::string pcbcheck::unsetMessage(const std::string &Function,
                                   const std::string &Field,
                                   const std::string &Flags) {
  return Function + ": child " + Field + " may lack " + Flags +
         ", which a new thread must have set";
}

std::string pcbcheck::unsetNote(const std::string &Function,
                                const std::string &Field,
                                const std::string &Flags) {
  return "child " + Field + " may lack " + Flags + " when " + Function +
         " returns";
}

std::string pcbcheck::stateNote(const std::string &Function,
                                const FieldReset &R, bool Exec) {
  return (Exec ? "" : "child ") + R.Field +
         (R.To == ResetKind::ClearBits ? " keeps " + R.Bits
                                       : std::string(" is not reset")) +
         " when " + Function + " returns";
}

std::string pcbcheck::findingNote(const std::string &Function,
                                  const std::string &Field,
                                  const std::string &Flags) {
  return "child " + Field + " still holds " + Flags + " when " + Function +
         " returns";
}

void pcbcheck::registerPcbFpuFlagsChecker(CheckerRegistry &Registry) {
  Registry.addChecker(initializeModeling, shouldRegister, ModelingName,
                      "Tracks copies of a parent's pcb into a new thread's",
                      "", /*IsHidden=*/true);
  Registry.addChecker(initializeFlags, shouldRegister, CheckerName,
                      "Finds kernel-FPU ownership flags that a new thread "
                      "inherits from its parent's pcb (FreeBSD PR 247945)",
                      "https://bugs.freebsd.org/bugzilla/show_bug.cgi?id=247945",
                      /*IsHidden=*/false);
  Registry.addChecker(initializeState, shouldRegister, StateCheckerName,
                      "Finds FPU state pointers and CPU numbers of a new "
                      "thread's pcb left as the parent's (FreeBSD "
                      "98c666cf8758)",
                      "", /*IsHidden=*/false);
  Registry.addDependency(CheckerName, ModelingName);
  Registry.addDependency(StateCheckerName, ModelingName);
  // KASSERT's __predict_false is __builtin_expect: without core.builtin
  // the branch would teach the analyzer nothing about the flags.
  Registry.addDependency(ModelingName, "core.builtin");
  Registry.addCheckerOption("string", CheckerName, "Rules", "",
                            "Extra or overriding rules file (YAML)",
                            "released");
  Registry.addCheckerOption("string", CheckerName, "Arch", "",
                            "Force an architecture's rules (default: from "
                            "the target triple)",
                            "released");
  Registry.addCheckerOption("bool", CheckerName, "CheckFork", "false",
                            "Also require cpu_fork to clear kernel-FPU "
                            "ownership flags",
                            "released");
  Registry.addCheckerOption("bool", CheckerName, "OnlyThreadFunctions",
                            "false",
                            "Do not explore functions the rules do not name "
                            "(used by the pcbcheck tool)",
                            "released", /*IsHidden=*/true);
}
