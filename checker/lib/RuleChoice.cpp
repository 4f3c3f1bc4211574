//===- RuleChoice.cpp - Which kernel's rules a translation unit gets ------===//

#include "RuleChoice.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/TargetInfo.h"
#include "llvm/TargetParser/Triple.h"

using namespace clang;
using namespace pcbcheck;

static bool isPointerTo(QualType T, llvm::StringRef Record) {
  if (T.isNull() || !T->isPointerType())
    return false;
  const RecordDecl *RD = T->getPointeeType()->getAsRecordDecl();
  return RD && RD->getName() == Record;
}

const ThreadFunction *pcbcheck::functionRole(const ArchRule &Rule,
                                             const FunctionDecl *FD) {
  if (!FD || !FD->getIdentifier())
    return nullptr;
  for (const ThreadFunction *F : Rule.findFunctions(FD->getName())) {
    unsigned Last = std::max(F->Child, F->Parent.value_or(0));
    if (FD->getNumParams() <= Last ||
        !isPointerTo(FD->getParamDecl(F->Child)->getType(), Rule.ThreadType))
      continue;
    if (F->Parent && !isPointerTo(FD->getParamDecl(*F->Parent)->getType(),
                                  Rule.ThreadType))
      continue;
    return F;
  }
  return nullptr;
}

const FieldDecl *pcbcheck::findFieldPath(QualType Record,
                                         llvm::StringRef Path) {
  const FieldDecl *FD = nullptr;
  for (llvm::StringRef Rest = Path; !Rest.empty();) {
    auto [Name, Tail] = Rest.split('.');
    const RecordDecl *RD =
        (FD ? FD->getType() : Record).isNull()
            ? nullptr
            : (FD ? FD->getType() : Record)->getAsRecordDecl();
    if (!RD || !(RD = RD->getDefinition()))
      return nullptr;
    FD = nullptr;
    for (const FieldDecl *F : RD->fields())
      if (F->getName() == Name) {
        FD = F;
        break;
      }
    if (!FD)
      return nullptr;
    Rest = Tail;
  }
  return FD;
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
