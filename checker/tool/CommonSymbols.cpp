//===- CommonSymbols.cpp - What nm would list of a -fcommon object --------===//

#include "CommonSymbols.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/TextDiagnosticBuffer.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/xxhash.h"

using namespace clang;
using namespace pcbcheck;

std::string pcbcheck::contentHash(llvm::StringRef Text) {
  llvm::XXH128_hash_t H = llvm::xxh3_128bits(llvm::arrayRefFromStringRef(Text));
  return llvm::utohexstr(H.high64, false, 16) +
         llvm::utohexstr(H.low64, false, 16);
}

namespace {

/// Lists the translation unit's common symbols and what it read.
class CommonSymbolCollector : public ASTConsumer {
public:
  CommonSymbolCollector(CompilerInstance &CI, CommonSymbols &Out)
      : CI(CI), Out(Out) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    Out.ValueDigits = Ctx.getTargetInfo().getPointerWidth(LangAS::Default) > 32
                          ? 16
                          : 8;
    for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
      const auto *VD = dyn_cast<VarDecl>(D);
      // A file-scope definition without an initializer: what -fcommon
      // emits as a common symbol, whose nm value is its size.
      if (!VD || VD->getStorageClass() != SC_None ||
          VD->isThisDeclarationADefinition() != VarDecl::TentativeDefinition ||
          VD->getType()->isIncompleteType())
        continue;
      Out.Sizes[VD->getName().str()] =
          Ctx.getTypeSizeInChars(VD->getType()).getQuantity();
    }
    SourceManager &SM = CI.getSourceManager();
    for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It)
      if (std::optional<llvm::MemoryBufferRef> Buf =
              It->second->getBufferIfLoaded())
        Out.Inputs[It->first.getName().str()] =
            contentHash(Buf->getBuffer());
  }

private:
  CompilerInstance &CI;
  CommonSymbols &Out;
};

class CommonSymbolAction : public ASTFrontendAction {
public:
  explicit CommonSymbolAction(CommonSymbols &Out) : Out(Out) {}

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    return std::make_unique<CommonSymbolCollector>(CI, Out);
  }

private:
  CommonSymbols &Out;
};

} // namespace

llvm::Expected<CommonSymbols>
pcbcheck::commonSymbolsOf(const std::string &File,
                          const std::vector<std::string> &Args,
                          llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS) {
  std::vector<std::string> Command = {"clang"};
  Command.insert(Command.end(), Args.begin(), Args.end());
  // No caret, no "1 error generated." on stderr: the error is returned.
  Command.insert(Command.end(), {"-fsyntax-only", "-fno-caret-diagnostics",
                                 "-resource-dir=" PCBCHECK_RESOURCE_DIR, File});
  CommonSymbols Out;
  llvm::IntrusiveRefCntPtr<FileManager> Files(
      new FileManager(FileSystemOptions(), FS));
  TextDiagnosticBuffer Diags;
  tooling::ToolInvocation Invocation(
      Command, std::make_unique<CommonSymbolAction>(Out), Files.get());
  Invocation.setDiagnosticConsumer(&Diags);
  if (Invocation.run() && Diags.getNumErrors() == 0)
    return std::move(Out);
  std::string Why = Diags.err_begin() != Diags.err_end()
                        ? Diags.err_begin()->second
                        : "clang failed";
  return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s",
                                 Why.c_str());
}
