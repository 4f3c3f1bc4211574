//===- Analysis.cpp - Run mdthread.PcbFpuFlags in-process -----------------===//
//
// A LibTooling frontend action that builds clang's AnalysisConsumer with
// our checker registered and a PathDiagnosticConsumer that collects its
// reports, so the tool prints and counts them itself.
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"
#include "MacroValue.h"
#include "PcbFpuFlagsChecker.h"
#include "RuleChoice.h"
#include "StepBudget.h"

#include "clang/Analysis/PathDiagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/StaticAnalyzer/Core/AnalyzerOptions.h"
#include "clang/StaticAnalyzer/Frontend/AnalysisConsumer.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace clang;
using namespace pcbcheck;

namespace {

/// One file's analysis: what it runs with and where its results go.
struct AnalysisJob {
  const CheckerSettings &Settings;
  AnalysisResults &Out;
  std::string MainFile; ///< Absolute.
  std::string DisplayPath;
  /// Where clang's diagnostics and its count of them ("1 warning
  /// generated.") go.
  llvm::raw_ostream &Diags;
  /// Steps per function for a first run, when smaller than clang's
  /// (StepBudget.h); 0 for clang's own.
  unsigned StepBudget = 0;
  /// What the run allowed, and whether that is less than clang's.
  unsigned StepsAllowed = 0;
  bool BudgetReduced = false;
  /// Set when a function used the reduced budget up.
  bool BudgetSpent = false;
};

/// Keeps the checker's reports; the analyzer owns and deletes it.
class FindingCollector : public ento::PathDiagnosticConsumer {
public:
  FindingCollector(const SourceManager &SM, AnalysisJob &Job,
                   std::shared_ptr<const std::string> Arch)
      : SM(SM), Job(Job), Out(Job.Out), MainFile(Job.MainFile),
        DisplayPath(Job.DisplayPath), Arch(std::move(Arch)) {}

  StringRef getName() const override { return "pcbcheck"; }

  void FlushDiagnosticsImpl(std::vector<const ento::PathDiagnostic *> &Diags,
                            FilesMade *) override {
    // What the translation unit read, as the tree names it (not through
    // the build directory's machine/): the hook checks those against git.
    llvm::vfs::FileSystem &VFS = SM.getFileManager().getVirtualFileSystem();
    for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It) {
      SmallString<256> InTree;
      if (!Job.Settings.FS || VFS.getRealPath(It->first.getName(), InTree))
        InTree = It->first.getName();
      Out.ReadFiles.push_back(absolutePath(InTree));
    }
    for (const ento::PathDiagnostic *PD : Diags) {
      if (PD->getCheckerName() == StepBudgetCheckerName) {
        stepsSpent(*PD);
        continue;
      }
      if (PD->getCheckerName() != CheckerName &&
          PD->getCheckerName() != StateCheckerName)
        continue;
      Finding F;
      F.Checker = PD->getCheckerName().str();
      F.Where = point(PD->getLocation().asLocation());
      F.Message = PD->getShortDescription().str();
      F.Arch = *Arch;
      F.Function = functionOf(*PD);
      SourceLocation At = SM.getFileLoc(PD->getLocation().asLocation());
      F.AbsoluteFile = absolutePath(SM.getFilename(At));
      F.Offset = SM.getFileOffset(At);
      for (const auto &Piece : PD->path) {
        if (isa<ento::PathDiagnosticNotePiece>(Piece.get()))
          F.Notes.push_back({point(Piece->getLocation().asLocation()),
                             Piece->getString().str()});
        for (const FixItHint &Hint : Piece->getFixits())
          addEdit(F, Hint);
      }
      Out.Findings.push_back(std::move(F));
    }
  }

private:
  const SourceManager &SM;
  AnalysisJob &Job;
  AnalysisResults &Out;
  std::string MainFile;
  std::string DisplayPath;
  std::shared_ptr<const std::string> Arch; ///< Chosen when parsed.

  /// The function a report is about, or "".
  static std::string functionOf(const ento::PathDiagnostic &PD) {
    if (const auto *ND = dyn_cast_or_null<NamedDecl>(PD.getDeclWithIssue()))
      return ND->getNameAsString();
    return "";
  }

  /// A function whose analysis stopped at its step budget: with the
  /// reduced one the file is analyzed again; with clang's, the paths
  /// past it were not checked, which the user must be told.
  void stepsSpent(const ento::PathDiagnostic &PD) {
    if (Job.BudgetReduced) {
      Job.BudgetSpent = true;
      return;
    }
    std::string Function = functionOf(PD);
    Out.Notes.push_back(DisplayPath + ": " +
                        (Function.empty() ? "a function" : Function) +
                        " was analyzed only in part: its paths are longer "
                        "than the analyzer's step budget (max-nodes=" +
                        std::to_string(Job.StepsAllowed) + ")");
  }

  /// Fix-its are file locations (the checker never places them in a
  /// macro); keep the text they apply to.
  void addEdit(Finding &F, const FixItHint &Hint) {
    SourceLocation B = Hint.RemoveRange.getBegin();
    SourceLocation E = Hint.RemoveRange.getEnd();
    if (B.isInvalid() || !B.isFileID() || !E.isFileID())
      return;
    auto [FID, Begin] = SM.getDecomposedLoc(B);
    unsigned End = SM.getFileOffset(E);
    if (SM.getFileID(E) != FID || End < Begin)
      return;
    Edit Ed;
    Ed.File = absolutePath(SM.getFilename(B));
    Ed.Offset = Begin;
    Ed.Length = End - Begin;
    Ed.Text = Hint.CodeToInsert;
    Out.AnalyzedText.emplace(Ed.File, SM.getBufferData(FID).str());
    F.Fix.push_back(std::move(Ed));
  }

  SourcePoint point(FullSourceLoc Loc) const {
    SourcePoint P;
    PresumedLoc PL = SM.getPresumedLoc(SM.getExpansionLoc(Loc));
    if (PL.isInvalid())
      return P;
    P.File = displayName(PL.getFilename());
    P.Line = PL.getLine();
    P.Column = PL.getColumn();
    return P;
  }

  /// The main file as the user named it; headers relative to the current
  /// directory when below it.
  std::string displayName(StringRef Name) const {
    std::string Abs = absolutePath(Name);
    if (Abs == MainFile)
      return DisplayPath;
    SmallString<256> Cwd;
    if (!llvm::sys::fs::current_path(Cwd)) {
      StringRef Rel = Abs;
      if (Rel.consume_front(Cwd) && Rel.consume_front("/"))
        return Rel.str();
    }
    return Abs;
  }
};

/// Which kernel's rules the translation unit gets (as the checker chooses
/// them), and what of them it has: a note when it defines none of the
/// rule's functions (it was compiled, but nothing was checked), and
/// whether it has the flag field and an ownership flag.
class RuleUseProbe : public ASTConsumer {
public:
  RuleUseProbe(const CheckerSettings &Settings, std::string Display,
               const Preprocessor &PP, AnalysisResults &Out,
               std::shared_ptr<std::string> Chosen)
      : Settings(Settings), Display(std::move(Display)), PP(PP), Out(Out),
        Chosen(std::move(Chosen)) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    const ArchRule *Rule = chooseRule(*Settings.Rules, Ctx, Settings.Arch);
    if (!Rule) {
      Out.Notes.push_back(Display + ": no rules for its target " +
                          Ctx.getTargetInfo().getTriple().str() +
                          " (rules: " + Settings.Rules->archNames() +
                          "); nothing checked (pass --target or --arch)");
      return;
    }
    *Chosen = Rule->Arch;
    AnalysisResults::RuleUse &Use = Out.RuleUses[Rule->Arch];
    for (const std::string &Flag : Rule->OwnershipFlags)
      Use.OwnershipDefined |= isMacroDefined(PP, Flag);
    std::vector<const ThreadFunction *> Defined;
    std::vector<QualType> Copied; // The pcb and thread types it defines.
    llvm::StringSet<> Functions;
    for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
      if (const auto *RD = dyn_cast<RecordDecl>(D))
        if ((RD->getName() == Rule->PcbType ||
             RD->getName() == Rule->ThreadType) &&
            RD->isThisDeclarationADefinition()) {
          Copied.push_back(Ctx.getRecordType(RD));
          if (RD->getName() == Rule->PcbType)
            Use.FieldFound |= findFieldPath(Ctx.getRecordType(RD),
                                            Rule->FlagField) != nullptr;
        }
      if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
        if (FD->doesThisDeclarationHaveABody())
          if (const ThreadFunction *Role = functionRole(*Rule, FD))
            Defined.push_back(Role);
        if (FD->getIdentifier())
          Functions.insert(FD->getName());
      }
    }
    if (!Defined.empty()) {
      if (!Copied.empty() && Settings.Checks.State)
        noteUncheckedResets(*Rule, Defined, Copied, Functions);
      return;
    }
    std::string Names;
    for (const ThreadFunction &F : Rule->Functions)
      Names += (Names.empty() ? "" : ", ") + F.Name;
    Out.Notes.push_back(Display + ": defines none of " + Rule->Arch +
                        "'s thread functions (" + Names + "); nothing checked");
  }

private:
  /// A field_resets entry that this tree's pcb does not have as the entry
  /// needs is not checked: said, unless the entry's applies_with
  /// condition says this tree is not one it belongs to.
  /// Only entries meant for a thread function the unit defines count
  /// (its kind, responsible_for); a member of the pcb or of the thread
  /// type (the copies the checker follows) resolves one.
  void noteUncheckedResets(const ArchRule &Rule,
                           const std::vector<const ThreadFunction *> &Defined,
                           const std::vector<QualType> &Copied,
                           const llvm::StringSet<> &Functions) {
    auto Member = [&](StringRef Path) {
      return llvm::any_of(Copied, [&](QualType T) {
        return findResetPath(Rule, T, Path) != nullptr;
      });
    };
    for (const FieldReset &R : Rule.FieldResets) {
      if (llvm::none_of(Defined, [&](const ThreadFunction *F) {
            return R.appliesTo(F->Kind) && F->responsibleFor(R.key());
          }) ||
          llvm::any_of(Copied, [&](QualType T) { return resetField(Rule, R, T); }))
        continue;
      std::string Era;
      const TrailingStruct *Trailing = Rule.trailingOf(R.Field);
      if (Trailing && !Trailing->UnlessMember.empty() &&
          llvm::any_of(Copied, [&](QualType T) {
            return findFieldPath(T, Trailing->UnlessMember) != nullptr;
          }))
        continue; // The older layout: the rules say so.
      if (const std::optional<FieldReset::Era> &E = R.AppliesWith) {
        bool Holds = !E->Field.empty()  ? Member(E->Field)
                     : !E->Flag.empty() ? isMacroDefined(PP, E->Flag)
                                        : Functions.contains(E->Function);
        if (!Holds)
          continue; // Not this tree's era: the rules say so.
        Era = E->Field.empty() ? E->Flag.empty() ? E->Function : E->Flag
                               : E->Field;
      }
      std::string Missing =
          Trailing ? "struct " + Trailing->Type + " (after struct " +
                         Rule.PcbType + ") has no member '" +
                         StringRef(R.Field).split('.').second.str() + "'"
          : Rule.ThreadType == Rule.PcbType
              ? "struct " + Rule.PcbType + " has no member '" + R.Field + "'"
              : "neither struct " + Rule.PcbType + " nor struct " +
                    Rule.ThreadType + " has a member '" + R.Field + "'";
      Out.Notes.push_back(
          Rule.Arch + ": field_resets entry '" + R.Field +
          "' was not checked: " +
          (Member(R.Field) ? "it is not a pointer here" : Missing + " here") +
          (Era.empty() ? "; the rules give it no applies_with condition"
                       : ", though the tree has its applies_with " + Era));
    }
  }

  const CheckerSettings &Settings;
  std::string Display;
  const Preprocessor &PP;
  AnalysisResults &Out;
  std::shared_ptr<std::string> Chosen;
};

/// Hands the analyzer only the rules' functions as roots: it would build
/// the CFG of every other function only to stop it at its first node.
/// Callees are still inlined from their bodies, which need no handing.
class RootFilter : public MultiplexConsumer {
public:
  RootFilter(std::vector<const ArchRule *> Rules,
             std::vector<std::unique_ptr<ASTConsumer>> Consumers)
      : MultiplexConsumer(std::move(Consumers)), Rules(std::move(Rules)) {}

  bool HandleTopLevelDecl(DeclGroupRef DG) override {
    llvm::SmallVector<Decl *, 4> Roots;
    for (Decl *D : DG)
      if (const auto *FD = dyn_cast<FunctionDecl>(D))
        if (FD->getIdentifier() &&
            llvm::any_of(Rules, [&](const ArchRule *R) {
              return !R->findFunctions(FD->getName()).empty();
            }))
          Roots.push_back(D);
    if (Roots.empty())
      return true;
    return MultiplexConsumer::HandleTopLevelDecl(DeclGroupRef::Create(
        Roots.front()->getASTContext(), Roots.data(), Roots.size()));
  }

private:
  std::vector<const ArchRule *> Rules; ///< The kernels the target may be.
};

class AnalyzeAction : public ASTFrontendAction {
public:
  explicit AnalyzeAction(AnalysisJob &Job) : Job(Job) {}

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    CI.setVerboseOutputStream(Job.Diags);
    AnalyzerOptions &Opts = CI.getAnalyzerOpts();
    // core models noreturn calls and builtins; its own reports are dropped.
    Opts.CheckersAndPackages = {{"core", true},
                                {CheckerName, Job.Settings.Checks.Flags},
                                {StateCheckerName, Job.Settings.Checks.State}};
    Opts.CheckersAndPackages.push_back({StepBudgetCheckerName, true});
    Job.BudgetReduced =
        Job.StepBudget && (Opts.MaxNodesPerTopLevelFunction == 0 ||
                           Job.StepBudget < Opts.MaxNodesPerTopLevelFunction);
    if (Job.BudgetReduced)
      Opts.MaxNodesPerTopLevelFunction = Job.StepBudget;
    Job.StepsAllowed = Opts.MaxNodesPerTopLevelFunction;
    // A path through a loop of four or more iterations (clearing an
    // array after the copy) never reached the return: the analyzer drops
    // it at max-block-visits, and the copy went unjudged.  Loops with a
    // known bound are unrolled; the rest are widened past that limit.
    Opts.ShouldUnrollLoops = true;
    Opts.ShouldWidenLoops = true;
    Opts.AnalysisDiagOpt = PD_NONE;
    Opts.AnalyzerDisplayProgress = false;
    std::string Prefix = std::string(CheckerName) + ":";
    Opts.Config[Prefix + "Rules"] = Job.Settings.RulesPath;
    Opts.Config[Prefix + "Arch"] = Job.Settings.Arch;
    Opts.Config[Prefix + "CheckFork"] =
        Job.Settings.CheckFork ? "true" : "false";
    Opts.Config[Prefix + "OnlyThreadFunctions"] = "true";

    auto Consumer = ento::CreateAnalysisConsumer(CI);
    Consumer->AddCheckerRegistrationFn(registerPcbFpuFlagsChecker);
    Consumer->AddCheckerRegistrationFn(registerStepBudgetChecker);
    auto Chosen = std::make_shared<std::string>(Job.Settings.Arch);
    Consumer->AddDiagnosticConsumer(
        new FindingCollector(CI.getSourceManager(), Job, Chosen));
    // The kernels the target may be; the parsed unit chooses among them.
    const llvm::Triple &T = CI.getTarget().getTriple();
    std::vector<const ArchRule *> Candidates;
    if (Job.Settings.Rules && !Job.Settings.Arch.empty())
      Candidates = {Job.Settings.Rules->byArch(Job.Settings.Arch)};
    else if (Job.Settings.Rules)
      Candidates = Job.Settings.Rules->candidates(
          llvm::Triple::getArchTypeName(T.getArch()),
          llvm::Triple::getOSTypeName(T.getOS()));
    llvm::erase(Candidates, nullptr);
    if (Candidates.empty()) {
      Job.Out.Notes.push_back(
          Job.DisplayPath + ": no rules for its target " +
          CI.getTarget().getTriple().str() +
          (Job.Settings.Rules ? " (rules: " + Job.Settings.Rules->archNames() +
                                    ")"
                              : std::string()) +
          "; nothing checked (pass --target or --arch)");
      return Consumer;
    }
    std::vector<std::unique_ptr<ASTConsumer>> Both;
    Both.push_back(std::make_unique<RuleUseProbe>(
        Job.Settings, Job.DisplayPath, CI.getPreprocessor(), Job.Out,
        Chosen));
    Both.push_back(std::move(Consumer));
    return std::make_unique<RootFilter>(std::move(Candidates),
                                        std::move(Both));
  }

private:
  AnalysisJob &Job;
};

class AnalyzeActionFactory : public tooling::FrontendActionFactory {
public:
  explicit AnalyzeActionFactory(AnalysisJob &Job) : Job(Job) {}

  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<AnalyzeAction>(Job);
  }

private:
  AnalysisJob &Job;
};

/// Prints clang's diagnostics as clang does, and keeps the first error so
/// that the tool's own message can say why a file failed.
class FirstErrorKeeper : public DiagnosticConsumer {
public:
  FirstErrorKeeper(llvm::raw_ostream &OS, DiagnosticOptions *Opts)
      : Printer(OS, Opts) {}

  std::string FirstError;

  void BeginSourceFile(const LangOptions &LO, const Preprocessor *PP) override {
    Printer.BeginSourceFile(LO, PP);
  }
  void EndSourceFile() override { Printer.EndSourceFile(); }
  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    Printer.HandleDiagnostic(Level, Info);
    if (Level >= DiagnosticsEngine::Error && FirstError.empty()) {
      SmallString<128> Text;
      Info.FormatDiagnostic(Text);
      FirstError = Text.str().str();
      if (Info.hasSourceManager() && Info.getLocation().isValid()) {
        PresumedLoc PL =
            Info.getSourceManager().getPresumedLoc(Info.getLocation());
        if (PL.isValid())
          FirstError = std::string(llvm::sys::path::filename(PL.getFilename())) +
                       ":" + std::to_string(PL.getLine()) + ": " + FirstError;
      }
    }
  }

private:
  TextDiagnosticPrinter Printer;
};

/// Records what the Coccinelle engine must know of the main file's
/// preprocessing, which spatch does not do.
class MainFileRecorder : public PPCallbacks {
public:
  MainFileRecorder(const SourceManager &SM, MacroFacts &Out)
      : SM(SM), Out(Out) {}

  /// The main file's text the preprocessor skipped (#if not taken).
  void SourceRangeSkipped(SourceRange Range, SourceLocation EndifLoc) override {
    if (SM.isInMainFile(Range.getBegin()) && SM.isInMainFile(EndifLoc))
      Out.Skipped.push_back({SM.getFileOffset(Range.getBegin()),
                             SM.getFileOffset(EndifLoc)});
  }
  /// The main file's own uses of object-like macros (masks it clears).
  void MacroExpands(const Token &Name, const MacroDefinition &MD,
                    SourceRange Range, const MacroArgs *) override {
    const MacroInfo *MI = MD.getMacroInfo();
    if (MI && MI->isObjectLike() && Name.getIdentifierInfo() &&
        SM.isInMainFile(SM.getExpansionLoc(Range.getBegin())))
      Out.MainFileMacroNames.insert(
          Name.getIdentifierInfo()->getName().str());
  }

private:
  const SourceManager &SM;
  MacroFacts &Out;
};

/// Runs the preprocessor, or with \p Base = SyntaxOnlyAction the parser
/// too, and reads the macros at the end of the file; parsed, also which
/// field_resets entries the file's pcb has, of the rule \p RuleFor gives
/// for its target.
template <typename Base> class MacroProbeAction : public Base {
public:
  MacroProbeAction(const std::vector<std::string> &Names, MacroFacts &Out,
                   const RuleForProbe &RuleFor)
      : Names(Names), Out(Out), RuleFor(RuleFor) {}

  bool BeginSourceFileAction(CompilerInstance &CI) override {
    CI.getPreprocessor().addPPCallbacks(
        std::make_unique<MainFileRecorder>(CI.getSourceManager(), Out));
    return Base::BeginSourceFileAction(CI);
  }

  void EndSourceFileAction() override {
    CompilerInstance &CI = this->getCompilerInstance();
    Out.TripleArch =
        llvm::Triple::getArchTypeName(CI.getTarget().getTriple().getArch())
            .str();
    Out.TripleOs =
        llvm::Triple::getOSTypeName(CI.getTarget().getTriple().getOS()).str();
    const Preprocessor &PP = CI.getPreprocessor();
    for (const std::string &Name : Names)
      if (std::optional<uint64_t> V = evaluateMacro(PP, Name))
        Out.Values[Name] = *V;
    for (const std::string &Name : Out.MainFileMacroNames)
      if (std::optional<uint64_t> V = evaluateMacro(PP, Name))
        Out.MainFileMacros[Name] = *V;
    const ArchRule *Rule = RuleFor ? RuleFor(Out) : nullptr;
    if (Rule && CI.hasASTContext()) {
      readResets(CI.getASTContext(), CI.getPreprocessor(), *Rule);
      for (const FlagEra &E : Rule->FlagEras)
        if (!flagInEra(*Rule, E.Flag, CI.getASTContext()))
          Out.FlagsOutOfEra.push_back(E.Flag);
      readEnumConstants(CI.getASTContext());
    }
  }

private:
  const std::vector<std::string> &Names;
  MacroFacts &Out;
  const RuleForProbe &RuleFor;

  /// As the checker does: the tree has the field, is of the entry's era,
  /// and defines a clear-bits entry's mask.
  void readResets(ASTContext &Ctx, const Preprocessor &PP,
                  const ArchRule &Rule) {
    for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
      const auto *RD = dyn_cast<RecordDecl>(D);
      if (!RD || !RD->isThisDeclarationADefinition() ||
          (RD->getName() != Rule.PcbType && RD->getName() != Rule.ThreadType))
        continue;
      QualType Type = Ctx.getRecordType(RD);
      for (size_t I = 0; I < Rule.FieldResets.size(); ++I) {
        const FieldReset &R = Rule.FieldResets[I];
        if (resetField(Rule, R, Type) && inEra(Rule, R, Type) &&
            (R.To != ResetKind::ClearBits || evaluateMacro(PP, R.Bits)) &&
            !llvm::is_contained(Out.Resets, I))
          Out.Resets.push_back(I);
      }
    }
    llvm::sort(Out.Resets);
  }

  /// The enumeration constants the main file names, with their values:
  /// masks as macros are.
  void readEnumConstants(ASTContext &Ctx) {
    struct Finder : RecursiveASTVisitor<Finder> {
      const SourceManager &SM;
      MacroFacts &Out;
      Finder(const SourceManager &SM, MacroFacts &Out) : SM(SM), Out(Out) {}
      bool VisitDeclRefExpr(DeclRefExpr *E) {
        if (const auto *C = dyn_cast<EnumConstantDecl>(E->getDecl()))
          if (SM.isInMainFile(SM.getExpansionLoc(E->getLocation())))
            Out.MainFileMacros[C->getName().str()] =
                C->getInitVal().getZExtValue();
        return true;
      }
    } F(Ctx.getSourceManager(), Out);
    F.TraverseDecl(Ctx.getTranslationUnitDecl());
  }
};

/// A ClangTool for \p Abs that prints diagnostics through \p Errors and
/// finds clang's own headers although it is not installed beside clang.
std::unique_ptr<tooling::ClangTool>
makeTool(const tooling::CompilationDatabase &DB, const std::string &Abs,
         const std::string &DefaultTarget, FirstErrorKeeper &Errors,
         IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS = nullptr) {
  auto Tool = std::make_unique<tooling::ClangTool>(
      DB, std::vector<std::string>{Abs},
      std::make_shared<PCHContainerOperations>(),
      FS ? FS : llvm::vfs::getRealFileSystem());
  Tool->setDiagnosticConsumer(&Errors);
  if (!DefaultTarget.empty())
    Tool->appendArgumentsAdjuster(
        [DefaultTarget](const tooling::CommandLineArguments &Args, StringRef) {
          for (StringRef A : Args)
            if (A == "-target" || A == "--target" ||
                A.starts_with("--target=") || A.starts_with("-target="))
              return Args;
          tooling::CommandLineArguments Out(Args);
          Out.insert(Out.begin() + (Out.empty() ? 0 : 1),
                     {"-target", DefaultTarget});
          return Out;
        });
  Tool->appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      "-resource-dir=" PCBCHECK_RESOURCE_DIR,
      tooling::ArgumentInsertPosition::END));
  return Tool;
}

} // namespace

std::string pcbcheck::absolutePath(StringRef Path) {
  SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return Abs.str().str();
}

/// One run of \p Job.  Returns false when clang failed.
static bool runAnalysis(const tooling::CompilationDatabase &DB,
                        const std::string *Overlay, AnalysisJob &Job,
                        bool PrintErrorMessage, std::string *Why) {
  IntrusiveRefCntPtr<DiagnosticOptions> DiagOpts = new DiagnosticOptions();
  FirstErrorKeeper Errors(Job.Diags, DiagOpts.get());
  std::unique_ptr<tooling::ClangTool> Tool = makeTool(
      DB, Job.MainFile, Job.Settings.DefaultTarget, Errors, Job.Settings.FS);
  Tool->setPrintErrorMessage(PrintErrorMessage);
  if (Overlay)
    Tool->mapVirtualFile(Job.MainFile, *Overlay);
  AnalyzeActionFactory Factory(Job);
  if (Tool->run(&Factory) == 0)
    return true;
  if (Why)
    *Why = Errors.FirstError.empty() ? "clang failed" : Errors.FirstError;
  return false;
}

bool pcbcheck::analyzeFile(const tooling::CompilationDatabase &DB,
                           const std::string &File,
                           const std::string &DisplayPath,
                           const CheckerSettings &Settings,
                           AnalysisResults &Out, const std::string *Overlay,
                           std::string *Why, llvm::raw_ostream *Diags) {
  AnalysisResults Before = Out;
  AnalysisJob First{Settings, Out, absolutePath(File), DisplayPath,
                    Diags ? *Diags : llvm::errs(), FirstStepBudget};
  // The caller who keeps the diagnostics says itself what failed.
  bool Parsed = runAnalysis(DB, Overlay, First, /*PrintErrorMessage=*/!Diags,
                            Why);
  if (!First.BudgetSpent)
    return Parsed;
  // Again with clang's budget, from what Out held; the first run has
  // printed clang's diagnostics already.
  Out = std::move(Before);
  AnalysisJob Again{Settings, Out, First.MainFile, DisplayPath,
                    llvm::nulls()};
  return runAnalysis(DB, Overlay, Again, /*PrintErrorMessage=*/false, Why);
}

bool pcbcheck::probeMacros(const tooling::CompilationDatabase &DB,
                           const std::string &File,
                           const std::string &DefaultTarget,
                           const std::vector<std::string> &Names,
                           MacroFacts &Out, std::string &Why,
                           llvm::raw_ostream &Diags,
                           IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS,
                           const RuleForProbe &RuleFor) {
  IntrusiveRefCntPtr<DiagnosticOptions> DiagOpts = new DiagnosticOptions();
  FirstErrorKeeper Errors(Diags, DiagOpts.get());
  std::unique_ptr<tooling::ClangTool> Tool =
      makeTool(DB, absolutePath(File), DefaultTarget, Errors, FS);
  struct Factory : tooling::FrontendActionFactory {
    const std::vector<std::string> &Names;
    MacroFacts &Out;
    const RuleForProbe &RuleFor;
    Factory(const std::vector<std::string> &Names, MacroFacts &Out,
            const RuleForProbe &RuleFor)
        : Names(Names), Out(Out), RuleFor(RuleFor) {}
    std::unique_ptr<FrontendAction> create() override {
      if (RuleFor)
        return std::make_unique<MacroProbeAction<SyntaxOnlyAction>>(
            Names, Out, RuleFor);
      return std::make_unique<MacroProbeAction<PreprocessOnlyAction>>(
          Names, Out, RuleFor);
    }
  } F(Names, Out, RuleFor);
  if (Tool->run(&F) == 0)
    return true;
  Why = Errors.FirstError.empty() ? "clang failed" : Errors.FirstError;
  return false;
}
