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

const FieldDecl *pcbcheck::resetField(const FieldReset &R, QualType Pcb) {
  const FieldDecl *FD = findFieldPath(Pcb, R.Field);
  bool Pointer =
      R.To != ResetKind::Value || StringRef(R.Value).contains("%pcb%");
  return FD && (!Pointer || FD->getType()->isPointerType()) ? FD : nullptr;
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
