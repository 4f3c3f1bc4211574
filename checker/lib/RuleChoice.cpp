//===- RuleChoice.cpp - Which kernel's rules a translation unit gets ------===//

#include "RuleChoice.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/TargetInfo.h"
#include "llvm/TargetParser/Triple.h"

using namespace clang;
using namespace pcbcheck;

bool pcbcheck::isRecordNamed(QualType T, llvm::StringRef Name) {
  const RecordDecl *RD = T.isNull() ? nullptr : T->getAsRecordDecl();
  return RD && RD->getName() == Name;
}

bool pcbcheck::isPointerToRecord(QualType T, llvm::StringRef Name) {
  return !T.isNull() && T->isPointerType() &&
         isRecordNamed(T->getPointeeType(), Name);
}

const ThreadFunction *pcbcheck::functionRole(const ArchRule &Rule,
                                             const FunctionDecl *FD) {
  if (!FD || !FD->getIdentifier())
    return nullptr;
  for (const ThreadFunction *F : Rule.findFunctions(FD->getName())) {
    unsigned Last = std::max(F->Child, F->Parent.value_or(0));
    if (FD->getNumParams() <= Last ||
        !isPointerToRecord(FD->getParamDecl(F->Child)->getType(), Rule.ThreadType))
      continue;
    if (F->Parent && !isPointerToRecord(FD->getParamDecl(*F->Parent)->getType(),
                                  Rule.ThreadType))
      continue;
    return F;
  }
  return nullptr;
}

const FieldDecl *pcbcheck::findFieldPath(QualType Record,
                                         llvm::StringRef Path) {
  const FieldDecl *Found = nullptr;
  for (llvm::StringRef Rest = Path; !Rest.empty();) {
    auto [Name, Tail] = Rest.split('.');
    const RecordDecl *RD = Record.isNull() ? nullptr : Record->getAsRecordDecl();
    if (!RD || !(RD = RD->getDefinition()))
      return nullptr;
    Found = nullptr;
    for (const FieldDecl *F : RD->fields())
      if (F->getName() == Name)
        Found = F;
    if (!Found)
      return nullptr;
    Record = Found->getType();
    Rest = Tail;
  }
  return Found;
}

/// The unit's defined struct \p Name, or a null type.
static QualType recordNamed(ASTContext &Ctx, llvm::StringRef Name) {
  for (const NamedDecl *D :
       Ctx.getTranslationUnitDecl()->lookup(&Ctx.Idents.get(Name)))
    if (const auto *RD = dyn_cast<RecordDecl>(D))
      if (const RecordDecl *Def = RD->getDefinition())
        return Ctx.getRecordType(Def);
  return QualType();
}

QualType pcbcheck::trailingRecord(const TrailingStruct &T, QualType Pcb) {
  const RecordDecl *PcbDecl = Pcb.isNull() ? nullptr : Pcb->getAsRecordDecl();
  if (!PcbDecl ||
      (!T.UnlessMember.empty() && findFieldPath(Pcb, T.UnlessMember)))
    return QualType();
  return recordNamed(PcbDecl->getASTContext(), T.Type);
}

const FieldDecl *pcbcheck::findResetPath(const ArchRule &Rule, QualType Pcb,
                                         llvm::StringRef Path) {
  if (const TrailingStruct *T = Rule.trailingOf(Path))
    return findFieldPath(trailingRecord(*T, Pcb), Path.split('.').second);
  return findFieldPath(Pcb, Path);
}

const FieldDecl *pcbcheck::resetField(const ArchRule &Rule,
                                      const FieldReset &R, QualType Pcb) {
  const FieldDecl *FD = findResetPath(Rule, Pcb, R.Field);
  if (!FD)
    return nullptr;
  if (R.To == ResetKind::ClearBits)
    return FD->getType()->isIntegerType() ? FD : nullptr;
  bool Pointer =
      R.To != ResetKind::Value || StringRef(R.Value).contains("%pcb%");
  return !Pointer || FD->getType()->isPointerType() ? FD : nullptr;
}

/// Whether \p E holds: \p Pcb has its member, the unit of \p Ctx declares
/// its function; a flag condition holds (it only decides notes).
static bool eraHolds(const ArchRule &Rule, const FieldReset::Era &E,
                     ASTContext &Ctx, QualType Pcb) {
  if (!E.Field.empty())
    return findResetPath(Rule, Pcb, E.Field) != nullptr;
  if (E.Function.empty())
    return true;
  return llvm::any_of(
      Ctx.getTranslationUnitDecl()->lookup(&Ctx.Idents.get(E.Function)),
      [](const NamedDecl *D) { return isa<FunctionDecl>(D); });
}

bool pcbcheck::inEra(const ArchRule &Rule, const FieldReset &R,
                     QualType Pcb) {
  const RecordDecl *RD = Pcb.isNull() ? nullptr : Pcb->getAsRecordDecl();
  if (!R.AppliesWith || !R.AppliesWith->Flag.empty())
    return true;
  return RD && eraHolds(Rule, *R.AppliesWith, RD->getASTContext(), Pcb);
}

bool pcbcheck::flagInEra(const ArchRule &Rule, llvm::StringRef Flag,
                         ASTContext &Ctx) {
  const FieldReset::Era *E = Rule.flagEra(Flag);
  if (!E)
    return true;
  return eraHolds(Rule, *E, Ctx, recordNamed(Ctx, Rule.PcbType));
}

const ArchRule *pcbcheck::chooseRule(const RuleSet &Rules,
                                     const ASTContext &Ctx,
                                     llvm::StringRef ForcedArch) {
  if (!ForcedArch.empty())
    return Rules.byArch(ForcedArch);
  const llvm::Triple &T = Ctx.getTargetInfo().getTriple();
  std::vector<const ArchRule *> Candidates =
      Rules.candidates(llvm::Triple::getArchTypeName(T.getArch()),
                       llvm::Triple::getOSTypeName(T.getOS()));
  for (const ArchRule *R : Candidates)
    for (const Decl *D : Ctx.getTranslationUnitDecl()->decls())
      if (const auto *FD = dyn_cast<FunctionDecl>(D))
        if (FD->doesThisDeclarationHaveABody() && functionRole(*R, FD))
          return R;
  return Rules.byTarget(llvm::Triple::getArchTypeName(T.getArch()),
                        llvm::Triple::getOSTypeName(T.getOS()));
}
