//===- FixPlanner.cpp - The patch a FreeBSD committer would write ---------===//

#include "FixPlanner.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;
using namespace pcbcheck;
using llvm::StringRef;

namespace {

/// Source text of \p E as the file spells it, blanks removed, so that
/// "td->td_pcb" and "td -> td_pcb" compare equal.
std::string compactText(const Expr *E, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange R = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(E->getSourceRange()), SM,
      Ctx.getLangOpts());
  if (R.isInvalid())
    return "";
  std::string Out;
  for (char Ch : Lexer::getSourceText(R, SM, Ctx.getLangOpts()))
    if (!llvm::isSpace(Ch))
      Out += Ch;
  return Out;
}

/// The text, as written, of \p E.
std::string writtenText(const Expr *E, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange R = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(E->getSourceRange()), SM,
      Ctx.getLangOpts());
  return R.isInvalid()
             ? ""
             : Lexer::getSourceText(R, SM, Ctx.getLangOpts()).str();
}

/// The body of the function whose code holds \p S.  ASTContext's parent
/// map would index the whole translation unit for this one question.
const Stmt *enclosingBody(const Stmt *S, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation At = SM.getExpansionLoc(S->getBeginLoc());
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    const Stmt *Body = FD ? FD->getBody() : nullptr;
    if (Body && FD->doesThisDeclarationHaveABody() &&
        SM.isPointWithin(At, SM.getExpansionLoc(Body->getBeginLoc()),
                         SM.getExpansionLoc(Body->getEndLoc())))
      return Body;
  }
  return nullptr;
}

/// The statement of a compound statement that contains \p S.
const Stmt *blockStatement(const Stmt *S, ASTContext &Ctx,
                           const CompoundStmt *&Block) {
  const Stmt *Body = enclosingBody(S, Ctx);
  if (!Body)
    return nullptr;
  ParentMap Parents(const_cast<Stmt *>(Body));
  for (const Stmt *Node = S;;) {
    const Stmt *Parent = Parents.getParent(Node);
    if (!Parent)
      return nullptr;
    if (const auto *CS = dyn_cast<CompoundStmt>(Parent)) {
      Block = CS;
      return Node;
    }
    Node = Parent;
  }
}

/// True when \p E is "<child>->member..." or "<child>->member[i]...".
bool isChildMember(const Expr *E, StringRef Child, const ASTContext &Ctx,
                   const std::vector<std::string> *Fields = nullptr) {
  for (E = E->IgnoreParenImpCasts();;) {
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
      E = AS->getBase()->IgnoreParenImpCasts();
      continue;
    }
    const auto *ME = dyn_cast<MemberExpr>(E);
    if (!ME)
      return false;
    if (compactText(ME->getBase(), Ctx) == Child)
      return !Fields ||
             llvm::is_contained(*Fields, ME->getMemberDecl()->getName());
    E = ME->getBase()->IgnoreParenImpCasts();
  }
}

bool writesChildPcb(const Stmt *S, StringRef Child, const ASTContext &Ctx) {
  const auto *BO = dyn_cast<BinaryOperator>(S);
  return BO && BO->isAssignmentOp() && isChildMember(BO->getLHS(), Child, Ctx);
}

/// The variable \p E reaches through members, subscripts, & and casts
/// ("td" of "&td->td_frame->tf_sstatus").
const ValueDecl *rootVariable(const Expr *E) {
  while (E) {
    E = E->IgnoreParenCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return DRE->getDecl();
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      E = ME->getBase();
    else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
      E = AS->getBase();
    else if (const auto *UO = dyn_cast<UnaryOperator>(E))
      E = UO->getSubExpr();
    else
      return nullptr;
  }
  return nullptr;
}

/// True when \p S sets up the child thread, spelled by one of \p Thread:
/// an assignment through it, or a call given a part of it
/// (bcopy(parent->td_frame, td->td_frame, ...)).
bool setsUpThread(const Stmt *S,
                  const llvm::SmallPtrSetImpl<const ValueDecl *> &Thread) {
  if (const auto *BO = dyn_cast<BinaryOperator>(S))
    return BO->isAssignmentOp() && Thread.count(rootVariable(BO->getLHS()));
  if (const auto *CE = dyn_cast<CallExpr>(S))
    return llvm::any_of(CE->arguments(), [&](const Expr *A) {
      return Thread.count(rootVariable(A)) != 0;
    });
  return false;
}

/// The local that \p S points into the child thread ("tf = td2->td_frame"
/// makes tf), or null.
const ValueDecl *threadAlias(
    const Stmt *S, const llvm::SmallPtrSetImpl<const ValueDecl *> &Thread) {
  const auto *BO = dyn_cast<BinaryOperator>(S);
  if (!BO || BO->getOpcode() != BO_Assign)
    return nullptr;
  const auto *DRE = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts());
  if (!DRE || !isa<VarDecl>(DRE->getDecl()) ||
      !DRE->getType()->isPointerType() ||
      !Thread.count(rootVariable(BO->getRHS())))
    return nullptr;
  return DRE->getDecl();
}

bool touchesFpuState(const Stmt *S, StringRef Child, const ArchRule &Rule,
                     const ASTContext &Ctx) {
  if (const auto *E = dyn_cast<Expr>(S))
    if (isa<MemberExpr>(E->IgnoreParenImpCasts()) &&
        isChildMember(E, Child, Ctx, &Rule.FpuStateFields))
      return true;
  for (const Stmt *Sub : S->children())
    if (Sub && touchesFpuState(Sub, Child, Rule, Ctx))
      return true;
  return false;
}

} // namespace

std::optional<std::vector<std::string>>
pcbcheck::maskFlagNames(StringRef Text) {
  Text = Text.trim();
  Text.consume_front("~");
  Text = Text.trim();
  while (Text.starts_with("(") && Text.ends_with(")"))
    Text = Text.drop_front().drop_back().trim();
  llvm::SmallVector<StringRef, 8> Parts;
  Text.split(Parts, '|');
  std::vector<std::string> Names;
  for (StringRef P : Parts) {
    P = P.trim();
    if (P.empty() || !llvm::all_of(P, [](char Ch) {
          return llvm::isAlnum(Ch) || Ch == '_';
        }) || llvm::isDigit(P[0]))
      return std::nullopt;
    Names.push_back(P.str());
  }
  return Names;
}

namespace {

struct SourceLines {
  const SourceManager &SM;
  FileID File;
  StringRef Buffer;

  unsigned offset(SourceLocation Loc) const {
    return SM.getFileOffset(SM.getFileLoc(Loc));
  }
  unsigned lineStart(unsigned Offset) const {
    size_t NL = Buffer.rfind('\n', Offset == 0 ? 0 : Offset - 1);
    return NL == StringRef::npos || Offset == 0 ? 0 : NL + 1;
  }
  /// Just past the newline ending the line that holds \p Offset.
  unsigned nextLineStart(unsigned Offset) const {
    size_t NL = Buffer.find('\n', Offset);
    return NL == StringRef::npos ? Buffer.size() : NL + 1;
  }
  StringRef indentAt(unsigned Offset) const {
    StringRef Line = Buffer.substr(lineStart(Offset));
    return Line.take_while([](char Ch) { return Ch == ' ' || Ch == '\t'; });
  }
  StringRef newlineAt(unsigned Offset) const {
    size_t NL = Buffer.find('\n', Offset);
    return NL != StringRef::npos && NL > 0 && Buffer[NL - 1] == '\r'
               ? "\r\n"
               : "\n";
  }
  SourceLocation loc(unsigned Offset) const {
    return SM.getComposedLoc(File, Offset);
  }
  /// \p Start, a line's start, moved above the conditional directives
  /// that open right before it: a line put there would be compiled only
  /// with their condition (#ifndef CONFIG_X ... the first statement).
  unsigned aboveOpenedConditionals(unsigned Start) const {
    while (Start > 0) {
      unsigned Prev = lineStart(Start - 1);
      StringRef Line = Buffer.slice(Prev, Start).ltrim(" \t");
      if (!Line.consume_front("#") || !Line.ltrim(" \t").starts_with("if"))
        break;
      Start = Prev;
    }
    return Start;
  }
};


} // namespace

std::vector<std::string>
pcbcheck::fillTemplate(StringRef Template, StringRef Pcb,
                       const std::vector<std::string> &Flags) {
  std::string Base = replaceAll(Template.str(), "%pcb%", Pcb);
  // One name needs no parentheses: "~PCB_KERNNPX", as style(9) code has it.
  if (Flags.size() == 1)
    Base = replaceAll(Base, "(%flags%)", "%flags%");
  if (!Template.contains("%flag%"))
    return {replaceAll(Base, "%flags%", llvm::join(Flags, " | "))};
  std::vector<std::string> Out;
  for (const std::string &F : Flags)
    Out.push_back(replaceAll(Base, "%flag%", F));
  return Out;
}

namespace {

/// Every statement of the fix, in order.
std::vector<std::string> fixStatements(const FixRequest &Request,
                                       StringRef Child) {
  if (Request.Reset)
    return ArchRule::resetStatements(
        *Request.Reset, Child,
        Request.ChildThread ? Request.ChildThread->getName() : "");
  std::vector<std::string> Out;
  if (!Request.Flags.empty())
    Out = fillTemplate(Request.Rule->Fix, Child, Request.Flags);
  if (!Request.SetFlags.empty())
    for (std::string &S :
         fillTemplate(Request.Rule->FixSet, Child, Request.SetFlags))
      Out.push_back(std::move(S));
  return Out;
}

unsigned columnsOf(StringRef Text, unsigned Start) {
  unsigned Col = Start;
  for (char Ch : Text)
    Col = Ch == '\t' ? (Col / 8 + 1) * 8 : Col + 1;
  return Col;
}

} // namespace

std::string pcbcheck::formatStatement(StringRef Indent, StringRef Statement,
                                      StringRef Newline, unsigned Columns) {
  std::string Continuation = Indent.str() + "    ";
  // Break points: just after "| " or ", " (the space is dropped).
  std::string Out = Indent.str();
  unsigned Col = columnsOf(Indent, 0);
  StringRef Rest = Statement;
  bool First = true;
  while (!Rest.empty()) {
    // The next chunk runs to the next break point, inclusive of "|"/",".
    size_t Brk = StringRef::npos;
    for (size_t I = 0; I + 1 < Rest.size(); ++I)
      if ((Rest[I] == '|' || Rest[I] == ',') && Rest[I + 1] == ' ') {
        Brk = I + 1;
        break;
      }
    StringRef Chunk = Rest.take_front(Brk);
    StringRef After = Brk == StringRef::npos ? "" : Rest.drop_front(Brk + 1);
    unsigned ChunkEnd = columnsOf(Chunk, Col + (First ? 0 : 1));
    if (!First && ChunkEnd > Columns) {
      Out += Newline.str() + Continuation;
      Col = columnsOf(Continuation, 0);
    } else if (!First) {
      Out += " ";
      ++Col;
    }
    Out += Chunk.str();
    Col = columnsOf(Chunk, Col);
    Rest = After;
    First = false;
  }
  return Out + Newline.str();
}

/// The last statement of \p Body that clears one flag the way the rule's
/// per-flag fix does (clear_tsk_thread_flag(p, TIF_X);), when the body
/// clears that way some of the fix's flags and none of the \p Missing
/// ones: the missing clears belong beside it (e428e9613531's clears, and
/// the LBT ones 6.6 added after them).  Null otherwise.
static const Stmt *besideOwnClears(const CompoundStmt &Body,
                                   const FixRequest &Request, StringRef Child,
                                   const ASTContext &Ctx) {
  if (!StringRef(Request.Rule->Fix).contains("%flag%") ||
      Request.Missing.empty())
    return nullptr;
  // Each flag's clear as compactText() spells a statement.
  std::vector<std::pair<std::string, std::string>> Clears;
  for (const std::string &Flag : Request.Flags) {
    std::string Clear = fillTemplate(Request.Rule->Fix, Child, {Flag})[0];
    Clear.erase(llvm::remove_if(Clear, [](char Ch) { return Ch == ' '; }),
                Clear.end());
    Clears.push_back({Flag, std::move(Clear)});
  }
  const Stmt *Last = nullptr;
  for (const Stmt *S : Body.body()) {
    while (const auto *L = dyn_cast<LabelStmt>(S))
      S = L->getSubStmt();
    const auto *E = dyn_cast<Expr>(S);
    if (!E || E->getBeginLoc().isMacroID())
      continue;
    std::string Text = compactText(E, Ctx) + ";";
    for (const auto &[Flag, Clear] : Clears) {
      if (Text != Clear)
        continue;
      if (llvm::is_contained(Request.Missing, Flag))
        return nullptr; // Cleared, but not on the reported path.
      Last = E;
    }
  }
  return Last;
}

/// A fix for a function entered with the child already a copy: first in
/// its body, after the declarations, before anything can return; or the
/// missing flags beside the function's own per-flag clears.
static std::vector<FixItHint> planEntryFix(ASTContext &Ctx,
                                           const FixRequest &Request) {
  const auto *Body = dyn_cast<CompoundStmt>(Request.Copy);
  const Stmt *First = nullptr;
  for (const Stmt *S : Body ? Body->body() : llvm::ArrayRef<Stmt *>())
    if (!isa<DeclStmt>(S)) {
      First = S;
      break;
    }
  const SourceManager &SM = Ctx.getSourceManager();
  StringRef Child = Request.EntryChild->getName();
  const Stmt *Beside = Body ? besideOwnClears(*Body, Request, Child, Ctx)
                            : nullptr;
  FixRequest Missing = Request;
  if (Beside)
    Missing.Flags = Request.Missing;
  std::vector<std::string> Statements = fixStatements(Missing, Child);
  if (!First || First->getBeginLoc().isMacroID() || Statements.empty())
    return {};
  SourceLocation Loc = SM.getFileLoc((Beside ? Beside : First)->getBeginLoc());
  SourceLines Lines{SM, SM.getFileID(Loc), SM.getBufferData(SM.getFileID(Loc))};
  unsigned Offset = Lines.offset(Loc);
  unsigned At = Beside ? Lines.nextLineStart(Lines.offset(
                             SM.getFileLoc(Beside->getEndLoc())))
                       : Lines.aboveOpenedConditionals(Lines.lineStart(Offset));
  std::string Text;
  for (const std::string &S : Statements)
    Text += formatStatement(Lines.indentAt(Offset), S, Lines.newlineAt(Offset),
                            Request.Rule->FixColumns);
  return {FixItHint::CreateInsertion(Lines.loc(At), Text)};
}

std::vector<FixItHint> pcbcheck::planFix(ASTContext &Ctx,
                                         const FixRequest &Request) {
  const ArchRule &Rule = *Request.Rule;
  if ((Request.Flags.empty() && Request.SetFlags.empty() && !Request.Reset) ||
      (Request.Reset && !Request.Reset->Autofix))
    return {};
  if (Request.EntryChild)
    return planEntryFix(Ctx, Request);
  if (!Request.ChildPcb)
    return {};
  std::string Child = compactText(Request.ChildPcb->IgnoreParens(), Ctx);
  std::string ChildWritten = writtenText(Request.ChildPcb->IgnoreParens(), Ctx);
  const CompoundStmt *Block = nullptr;
  const Stmt *CopyStmt = blockStatement(Request.Copy, Ctx, Block);
  if (Child.empty() || !CopyStmt)
    return {};
  // One statement per flag (Linux clear_tsk_thread_flag()): only the
  // flags the path keeps, not again those the function clears.
  FixRequest Kept = Request;
  if (StringRef(Rule.Fix).contains("%flag%") && !Request.Reset &&
      Request.SetFlags.empty() && !Request.Missing.empty())
    Kept.Flags = Request.Missing;
  std::vector<std::string> Statements = fixStatements(Kept, ChildWritten);
  if (Statements.empty())
    return {};

  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation CopyLoc = SM.getFileLoc(CopyStmt->getBeginLoc());
  SourceLines Lines{SM, SM.getFileID(CopyLoc),
                    SM.getBufferData(SM.getFileID(CopyLoc))};

  std::vector<const Stmt *> Following;
  bool Seen = false;
  for (const Stmt *S : Block->body()) {
    if (Seen)
      Following.push_back(S);
    Seen |= S == CopyStmt;
  }

  // A statement after the copy already clears some of the flags: extend it.
  bool MaskFix = !Request.Reset && Request.SetFlags.empty() &&
                 !StringRef(Rule.Fix).contains("%flag%");
  for (const Stmt *S : MaskFix ? Following : std::vector<const Stmt *>()) {
    std::string Head, Mask;
    if (const auto *CA = dyn_cast<CompoundAssignOperator>(S)) {
      const auto *ME =
          dyn_cast<MemberExpr>(CA->getLHS()->IgnoreParenImpCasts());
      if (CA->getOpcode() != BO_AndAssign || !ME ||
          ME->getMemberDecl()->getName() != Rule.FlagField ||
          compactText(ME->getBase(), Ctx) != Child)
        continue;
      Head = writtenText(CA->getLHS(), Ctx) + " &= ~(";
      Mask = writtenText(CA->getRHS(), Ctx);
      if (!StringRef(Mask).trim().starts_with("~"))
        continue;
    } else if (const auto *CE = dyn_cast<CallExpr>(S)) {
      const FunctionDecl *Callee = CE->getDirectCallee();
      const FlagHelper *H =
          Callee && Callee->getIdentifier()
              ? Rule.findHelper(Callee->getName())
              : nullptr;
      if (!H || H->Effect != HelperEffect::ClearMask || !H->PcbArg ||
          CE->getNumArgs() != 2 || *H->PcbArg != 0 || *H->MaskArg != 1 ||
          compactText(CE->getArg(0), Ctx) != Child)
        continue;
      Head = Callee->getName().str() + "(" + writtenText(CE->getArg(0), Ctx) +
             ", ";
      Mask = writtenText(CE->getArg(1), Ctx);
    } else {
      continue;
    }
    std::optional<std::vector<std::string>> Names = maskFlagNames(Mask);
    if (!Names)
      continue;
    std::vector<std::string> Merged = *Names;
    for (const std::string &F : Request.Flags)
      if (!llvm::is_contained(Merged, F))
        Merged.push_back(F);
    if (Merged.size() == Names->size())
      break; // Already complete here: the path that misses it needs a line.
    std::string Statement = Head + llvm::join(Merged, " | ") + ");";
    unsigned Begin = Lines.lineStart(Lines.offset(S->getBeginLoc()));
    unsigned End = Lines.nextLineStart(Lines.offset(S->getEndLoc()));
    std::string Text = formatStatement(Lines.indentAt(Begin), Statement,
                                       Lines.newlineAt(Begin), Rule.FixColumns);
    return {FixItHint::CreateReplacement(
        CharSourceRange::getCharRange(Lines.loc(Begin), Lines.loc(End)),
        Text)};
  }

  // Otherwise a new line: before the first statement touching the child's
  // FPU state, else after the run of child-pcb writes, else after the copy.
  // A field reset goes with the child-pcb writes after the copy.
  const Stmt *After = CopyStmt;
  const Stmt *Before = nullptr;
  for (const Stmt *S : Following)
    if (!Request.Reset && touchesFpuState(S, Child, Rule, Ctx)) {
      Before = S;
      break;
    }
  // A fix through the child thread also goes after every copy into the
  // thread that follows (riscv: the trapframe's vector status, after the
  // trapframe's copy), directly or through a local (tf = td2->td_frame).
  bool ThroughThread = Request.Reset && Request.Reset->fixNamesThread();
  llvm::SmallPtrSet<const ValueDecl *, 4> Thread;
  Thread.insert(Request.ChildThread);
  for (const Stmt *S : Before ? std::vector<const Stmt *>() : Following) {
    if (writesChildPcb(S, Child, Ctx)) {
      After = S;
      continue;
    }
    if (!ThroughThread)
      break;
    if (const ValueDecl *Alias = threadAlias(S, Thread))
      Thread.insert(Alias);
    else if (!setsUpThread(S, Thread))
      break;
    else if (isa<CallExpr>(S))
      After = S;
  }
  unsigned At = Before ? Lines.lineStart(Lines.offset(Before->getBeginLoc()))
                       : Lines.nextLineStart(Lines.offset(After->getEndLoc()));
  unsigned IndentFrom = Lines.offset((Before ? Before : After)->getBeginLoc());
  std::string Text;
  for (const std::string &S : Statements)
    Text += formatStatement(Lines.indentAt(IndentFrom), S,
                            Lines.newlineAt(IndentFrom), Rule.FixColumns);
  // A last line with no newline: rewrite it with one, and leave the fix
  // without, so the file keeps its missing final newline.
  if (At == Lines.Buffer.size() && !Lines.Buffer.ends_with("\n")) {
    unsigned Last = Lines.lineStart(At);
    std::string Rewritten = Lines.Buffer.substr(Last).str() + "\n" +
                            StringRef(Text).rtrim("\r\n").str();
    return {FixItHint::CreateReplacement(
        CharSourceRange::getCharRange(Lines.loc(Last), Lines.loc(At)),
        Rewritten)};
  }
  return {FixItHint::CreateInsertion(Lines.loc(At), Text)};
}
