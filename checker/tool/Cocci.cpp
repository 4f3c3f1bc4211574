//===- Cocci.cpp - The Coccinelle engine: rules/ as semantic patches ------===//
//
// Coccinelle matches a copy and the paths after it the way the checker
// does, with "exists" and "... when !=", but by syntax: it does not inline
// helpers, evaluate masks or read assertions' constraints.  Where that
// makes the engines disagree, cocci/known-differences.txt says so.
//
//===----------------------------------------------------------------------===//

#include "Cocci.h"
#include "FixPlanner.h"
#include "Fixes.h"
#include "PcbFpuFlagsChecker.h"
#include "Process.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cstdlib>

using namespace pcbcheck;
using namespace llvm;

namespace {

/// "struct thread *child, struct thread *parent, ..." for the rule's
/// parameter positions; other parameters are "...".
std::string parameters(const ThreadFunction &F) {
  std::vector<std::string> Params;
  unsigned Last = std::max(F.Child, F.Parent.value_or(F.Child));
  for (unsigned I = 0; I <= Last; ++I) {
    if (I == F.Child)
      Params.push_back("struct thread *child");
    else if (I == F.Parent)
      Params.push_back("struct thread *parent");
    else if (Params.empty() || Params.back() != "...")
      Params.push_back("...");
  }
  Params.push_back("...");
  return join(Params, ", ");
}

/// The copy of the parent's pcb into E, each form the checker knows; Mark
/// is "@p" (report), "" (patch) or "*" in column 0 (context).
std::string copyForms(StringRef Mark) {
  bool Star = Mark == "*";
  std::string At = Star ? "" : Mark.str();
  std::string Lead = Star ? "* " : "  ";
  std::vector<std::string> Forms = {
      "bcopy" + At + "(parent->td_pcb, E, N);",
      "memcpy" + At + "(E, parent->td_pcb, N);",
      "memmove" + At + "(E, parent->td_pcb, N);",
      "__builtin_memcpy" + At + "(E, parent->td_pcb, N);",
      "__builtin_memmove" + At + "(E, parent->td_pcb, N);",
      "*E" + At + " = *parent->td_pcb;"};
  std::string Out = "(\n";
  for (size_t I = 0; I < Forms.size(); ++I)
    Out += (I ? "|\n" : "") + Lead + Forms[I] + "\n";
  return Out + ")\n";
}

/// The statements after which the flags count as cleared.
std::string clearedWhen(const ArchRule &R, const std::vector<std::string> &Own,
                        bool StopAtFpuState) {
  std::vector<std::string> W;
  for (const std::string &O : Own)
    W.push_back("E->" + R.FlagField + " &= ~(<+... " + O + " ...+>)");
  W.push_back("E->" + R.FlagField + " = W");
  for (const FlagHelper &H : R.Helpers) {
    // Only helpers that clear flags: not setters, nor helpers that only
    // reset fields (riscv's vector_copy_thread()).
    if (H.Effect == HelperEffect::SetMask || H.Effect == HelperEffect::None ||
        H.Effect == HelperEffect::SetBit)
      continue;
    std::vector<std::string> Args;
    unsigned Target = H.ThreadArg ? *H.ThreadArg : *H.PcbArg;
    for (unsigned I = 0; I <= Target; ++I)
      Args.push_back(I == Target ? (H.ThreadArg ? "child" : "E") : "...");
    Args.push_back("...");
    if (Args.size() > 2 && Args[Args.size() - 2] == "...")
      Args.pop_back();
    W.push_back(H.Name + "(" + join(Args, ", ") + ")");
  }
  W.push_back("KASSERT(<+... E->" + R.FlagField + " ...+>, ...)");
  W.push_back("MPASS(<+... E->" + R.FlagField + " ...+>)");
  if (StopAtFpuState)
    for (const std::string &F : R.FpuStateFields)
      W.push_back("E->" + F + " = W");
  std::string Out;
  for (size_t I = 0; I < W.size(); ++I)
    Out += (I ? "      when != " : "  ... when != ") + W[I] + "\n";
  return Out;
}

std::string fixStatement(const ArchRule &R, const std::vector<std::string> &Flags) {
  return join(fillTemplate(R.Fix, "E", Flags), " ");
}

std::string message(const ThreadFunction &F, const ArchRule &R,
                    const std::vector<std::string> &Own) {
  return findingMessage(F.Name, R.FlagField, join(Own, " | "));
}

/// A helper call that clears \p Flag in the child: its thread argument
/// "child", a pointer argument any expression T (E and E2 are bound to
/// the copy), the flag at its bit argument, "..." for the rest.
std::string bitHelperCall(const FlagHelper &H, StringRef Flag) {
  std::vector<std::string> Args;
  unsigned Target = H.ThreadArg ? *H.ThreadArg : *H.PcbArg;
  for (unsigned I = 0; I <= std::max(Target, *H.BitArg); ++I)
    Args.push_back(I == *H.BitArg ? Flag.str()
                   : I == Target  ? (H.ThreadArg ? "child" : "T")
                                  : "...");
  return H.Name + "(" + join(Args, ", ") + ")";
}

/// What counts as clearing \p Flag in another kernel's code: a helper
/// of the rules, or a write of the flag field (a mask rule, powerpc's
/// MSR).
std::vector<std::string> clearsOf(const ArchRule &R, StringRef Flag) {
  std::vector<std::string> W;
  StringRef Last = StringRef(R.FlagField).rsplit('.').second;
  if (Last.empty())
    Last = R.FlagField;
  if (R.FlagValuesAre == FlagValues::Mask) {
    W.push_back("E->" + Last.str() + " &= ~(<+... " + Flag.str() + " ...+>)");
    W.push_back("E->" + Last.str() + " = W");
  }
  for (const FlagHelper &H : R.Helpers)
    if (H.Effect == HelperEffect::ClearBit)
      W.push_back(bitHelperCall(H, Flag));
    else if (H.Effect != HelperEffect::SetBit &&
             H.Effect != HelperEffect::SetMask &&
             H.Effect != HelperEffect::None && H.ThreadArg)
      W.push_back(H.Name + "(child, ...)");
  return W;
}

/// The copy of the parent into E that a new-thread function makes, or
/// for any-copy rules any copy of the pcb type; Mark as in copyForms.
std::string otherCopyForms(const ArchRule &R, StringRef Mark,
                           StringRef Added = "") {
  bool Star = Mark == "*";
  std::string At = Star ? "" : Mark.str();
  std::string Lead = Star ? "* " : "  ";
  std::string From = R.ChildPcbIs == ChildPcb::AnyCopy ? "*E2" : "*parent";
  std::string Src = R.ChildPcbIs == ChildPcb::AnyCopy ? "E2" : "parent";
  return "(\n" + Lead + "*E" + At + " = " + From + ";\n" + Added.str() +
         "|\n" + Lead + "memcpy" + At + "(E, " + Src + ", N);\n" +
         Added.str() + ")\n";
}

/// The rules' functions that copy a parent into a child, each era's
/// signature: the exec role has no semantic patch (known-differences).
std::vector<ThreadFunction> copyingFunctions(const ArchRule &R) {
  std::vector<ThreadFunction> Out;
  for (const ThreadFunction &F : R.Functions)
    if (F.Kind != FunctionKind::Exec)
      Out.push_back(F);
  return Out;
}

/// Another kernel's semantic patch (Linux): a path from the copy, or from
/// the entry of a function entered with the child already a copy, to the
/// end with no clear of the flags the function must clear.  Written as
/// scripts/coccinelle/ wants it, so that "make coccicheck COCCI=..." runs
/// it: the header keys, virtual patch/context/org/report, python
/// reporting.
std::string otherKernelPatch(const ArchRule &R,
                             const std::vector<std::string> &OwnFlags,
                             const std::vector<std::string> &FixFlags) {
  std::string S;
  raw_string_ostream OS(S);
  std::string Type = "struct " + R.ThreadType + " *";
  OS << "/// Finds FPU flags that a new task keeps from its parent on "
     << R.Arch << ":\n"
     << "/// a path through a function that makes the task and never "
        "clears\n"
     << "/// " << join(OwnFlags, ", ") << ".\n"
     << "///\n"
     << "// Generated from rules/" << ruleFileName(R)
     << ".yaml by pcbcheck --write-cocci; do not edit.\n"
     << "// Confidence: Moderate\n"
     << "// Copyright: (C) the pcbcheck developers\n"
     << "// URL: https://coccinelle.gitlabpages.inria.fr/website\n"
     << "// Options: --no-includes --include-headers\n"
     << "// Keywords: fork, copy_thread, FPU\n\n"
     << "virtual patch\nvirtual context\nvirtual org\nvirtual report\n";
  std::vector<std::string> Done;
  for (const ThreadFunction &F : copyingFunctions(R)) {
    if (is_contained(Done, F.Name))
      continue;
    Done.push_back(F.Name);
    std::vector<std::string> Own, Fix;
    for (const std::string &N : OwnFlags)
      if (F.responsibleFor(N))
        Own.push_back(N);
    for (const std::string &N : FixFlags)
      if (F.responsibleFor(N))
        Fix.push_back(N);
    if (Own.empty())
      continue;
    // Flags in a copy the function makes (powerpc's pt_regs) are tracked
    // from that copy, the task's own from the entry.
    bool AnyCopy = R.ChildPcbIs == ChildPcb::AnyCopy;
    bool Entry = F.Kind == FunctionKind::Copied && !AnyCopy;
    std::string Params =
        Entry || !F.Parent
            ? "..., " + Type + "child, ..."
            : (F.Child < *F.Parent ? Type + "child, " + Type + "parent"
                                   : Type + "parent, " + Type + "child");
    std::string When;
    std::vector<std::string> W;
    for (const std::string &Flag : Own)
      for (std::string &C : clearsOf(R, Flag))
        if (!is_contained(W, C))
          W.push_back(std::move(C));
    for (size_t I = 0; I < W.size(); ++I)
      When += (I ? "      when != " : "  ... when != ") + W[I] + "\n";
    auto Open = [&](StringRef Mark) {
      return F.Name + Mark.str() + "(" + Params + ")\n{\n";
    };
    std::string Message = findingMessage(F.Name, R.FlagField, join(Own, " | "));

    // A rule declares the metavariables its body uses, no others (spatch
    // warns of unused ones).
    auto Rule = [&](StringRef Head, const std::string &Body) {
      auto Uses = [&](StringRef Name) {
        return Regex("(^|[^A-Za-z0-9_])" + Name.str() + "([^A-Za-z0-9_]|$)")
            .match(Body);
      };
      std::vector<std::string> Ids, Exprs;
      for (StringRef Name : {"child", "parent"})
        if (Uses(Name))
          Ids.push_back(Name.str());
      for (StringRef Name : {"E", "E2", "N", "W", "T"})
        if (Uses(Name) && !(AnyCopy && Name == "E"))
          Exprs.push_back(Name.str());
      OS << "\n@" << Head << "@\n";
      if (!Ids.empty())
        OS << "identifier " << join(Ids, ", ") << ";\n";
      if (!Exprs.empty())
        OS << "expression " << join(Exprs, ", ") << ";\n";
      if (AnyCopy && Uses("E"))
        OS << "struct " << R.PcbType << " *E;\n";
      if (StringRef(Body).contains("@p"))
        OS << "position p;\n";
      OS << "@@\n\n" << Body;
    };
    std::string Fixed;
    for (const std::string &Line :
         fillTemplate(R.Fix, Entry || !AnyCopy ? "child" : "E", Fix))
      Fixed += "+ " + Line + "\n";
    if (Entry) {
      Rule("r_" + F.Name + " depends on (report || org) exists",
           Open("@p") + When + "}\n");
      Rule("depends on context exists", Open("") + When + "* return ...;\n}\n");
      Rule("depends on patch exists",
           Open("") + When + Fixed + "  return ...;\n}\n");
    } else {
      std::string Lead = "  ... when any\n";
      Rule("r_" + F.Name + " depends on (report || org) exists",
           Open("") + Lead + otherCopyForms(R, "@p") + When + "}\n");
      Rule("depends on context exists",
           Open("") + Lead + otherCopyForms(R, "*") + When + "}\n");
      Rule("depends on patch exists",
           Open("") + Lead + otherCopyForms(R, "", Fixed) + When + "}\n");
    }
    for (StringRef Mode : {"report", "org"})
      OS << "\n@script:python depends on " << Mode << "@\np << r_" << F.Name
         << ".p;\n@@\n\ncoccilib." << Mode << "."
         << (Mode == "report" ? "print_report" : "print_todo")
         << "(p[0], \"" << Message << "\")\n";
  }
  // No flag to clear (x86's must-set flag): nothing for Coccinelle.
  return S.find("\n@r_") == std::string::npos ? "" : S;
}

} // namespace

std::string pcbcheck::ruleFileName(const ArchRule &R) {
  std::string Name = R.Arch;
  std::replace(Name.begin(), Name.end(), '/', '-');
  return Name;
}

std::string pcbcheck::semanticPatch(const ArchRule &R,
                                    const std::vector<std::string> &FixFlags,
                                    const std::vector<std::string> &OwnFlags) {
  if (!R.inSysTree())
    return otherKernelPatch(R, OwnFlags, FixFlags);
  std::string S;
  raw_string_ostream OS(S);
  std::vector<std::string> NewThread, Fork;
  for (const ThreadFunction &F : copyingFunctions(R))
    (F.Kind == FunctionKind::Fork ? Fork : NewThread).push_back(F.Name);
  OS << "/// Finds kernel-FPU ownership that a new thread inherits on " << R.Arch
     << ": a copy of the\n"
     << "/// parent's pcb into the child's in " << join(NewThread, ", ")
     << "\n"
     << "/// (" << join(Fork, ", ")
     << " with -D check_fork), with a path to the return on which\n"
     << "/// " << R.FlagField << " keeps " << join(OwnFlags, " | ")
     << " (FreeBSD PR 247945).\n"
     << "///\n"
     << "// Generated from rules/" << ruleFileName(R)
     << ".yaml by pcbcheck --write-cocci; do not edit.\n"
     << "// Confidence: Moderate\n"
     << "// Copyright: (C) the pcbcheck developers\n"
     << "// Options: --no-includes\n"
     << "// Requires: 1.1.1\n\n"
     << "virtual patch\nvirtual context\nvirtual org\nvirtual report\n"
     << "virtual check_fork\n";

  for (const ThreadFunction &F : copyingFunctions(R)) {
    std::string Only =
        F.Kind == FunctionKind::Fork ? " && check_fork" : "";
    const std::vector<std::string> &Mask =
        F.Kind == FunctionKind::Fork ? OwnFlags : FixFlags;
    std::string Header = "identifier child, parent;\nexpression E, N, W;\n";
    std::string Open = F.Name + "(" + parameters(F) + ")\n{\n  ... when any\n";

    OS << "\n@r_" << F.Name << " depends on (report || org)" << Only
       << " exists@\n"
       << Header << "position p;\n@@\n\n"
       << Open << copyForms("@p") << clearedWhen(R, OwnFlags, false) << "}\n";

    OS << "\n@depends on context" << Only << " exists@\n"
       << Header << "@@\n\n"
       << Open << copyForms("*") << clearedWhen(R, OwnFlags, false) << "}\n";

    // Patch: before the first statement touching the child's FPU state.
    OS << "\n@depends on patch" << Only << " exists@\n"
       << Header << "expression V;\n@@\n\n"
       << Open << copyForms("") << clearedWhen(R, OwnFlags, true) << "(\n";
    for (size_t I = 0; I < R.FpuStateFields.size(); ++I)
      OS << (I ? "|\n" : "") << "+ " << fixStatement(R, Mask) << "\n  E->"
         << R.FpuStateFields[I] << " = V;\n";
    OS << ")\n  ... when any\n}\n";

    for (StringRef Mode : {"report", "org"})
      OS << "\n@script:python depends on " << Mode << "@\np << r_" << F.Name
         << ".p;\n@@\n\ncoccilib." << Mode << "."
         << (Mode == "report" ? "print_report" : "print_todo")
         << "(p[0], \"" << message(F, R, OwnFlags) << "\")\n";
  }
  return S;
}

namespace {

/// What spatch printed: its stdout, or an error with its stderr.
Expected<std::string> run(ProcessOutput P) {
  // spatch exits 0 whether or not it matched; anything else is a failure.
  if (P.Status != 0)
    return createStringError(
        inconvertibleErrorCode(), "spatch failed (exit %d): %s", P.Status,
        StringRef(P.Err).trim().take_front(500).str().c_str());
  return std::move(P.Out);
}

} // namespace

Error pcbcheck::runCocci(const ArchRule &R, const std::string &File,
                         const std::string &Display,
                         const std::vector<std::string> &Own,
                         const std::vector<std::string> &FixFlags,
                         const std::map<std::string, bool> &Conditionals,
                         bool CheckFork, bool Fix, AnalysisResults &Out) {
  ErrorOr<std::string> Spatch = sys::findProgramByName("spatch");
  // spatch stops with "exception Not_found" when HOME is unset (hooks, CI).
  if (!getenv("HOME"))
    setenv("HOME", "/tmp", 0);
  if (!Spatch)
    return createStringError(Spatch.getError(),
                             "spatch is not on PATH (Debian: apt-get install "
                             "coccinelle)");
  if (Own.empty())
    return Error::success(); // Nothing to require, as in the checker.

  SmallString<128> SP;
  int FD;
  {
    SignalsHeld Hold; // Created and registered for removal as one step.
    if (std::error_code EC =
            sys::fs::createTemporaryFile("pcbcheck", "cocci", FD, SP))
      return createStringError(EC, "cannot write a semantic patch");
    sys::RemoveFileOnSignal(SP);
  }
  auto Cleanup = make_scope_exit([&] {
    sys::fs::remove(SP);
    sys::DontRemoveFileOnSignal(SP);
  });
  {
    raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << semanticPatch(R, FixFlags, Own);
  }

  std::vector<StringRef> Argv{"spatch", "--sp-file", SP, "--very-quiet",
                              "--no-show-diff", "--no-includes"};
  if (CheckFork)
    Argv.insert(Argv.end(), {"-D", "check_fork"});
  for (const auto &[Symbol, Defined] : Conditionals)
    Argv.insert(Argv.end(),
                {Defined ? "--defined" : "--undefined", StringRef(Symbol)});
  std::string Abs = absolutePath(File);
  std::vector<StringRef> Report(Argv);
  Report.insert(Report.end(), {"-D", "report", Abs});
  Expected<std::string> Text = run(runProgram(*Spatch, Report, 600));
  if (!Text)
    return Text.takeError();

  size_t First = Out.Findings.size();
  // The path note the checker puts at the return: here the function's
  // closing brace, the first "}" in column 1 after the copy (style(9)).
  std::vector<StringRef> Source;
  auto Buf = MemoryBuffer::getFile(Abs);
  if (Buf)
    Source = splitLines((*Buf)->getBuffer());
  auto FunctionEnd = [&](unsigned Line) -> unsigned {
    for (unsigned I = Line; I < Source.size(); ++I)
      if (Source[I].starts_with("}"))
        return I + 1;
    return 0;
  };
  SmallVector<StringRef, 8> Lines;
  StringRef(*Text).split(Lines, '\n', -1, false);
  Regex Line("^(.*):([0-9]+):([0-9]+)-[0-9]+: (([A-Za-z_0-9]+): .*)$");
  for (StringRef L : Lines) {
    SmallVector<StringRef, 6> M;
    if (!Line.match(L, &M))
      continue;
    Finding F;
    F.Where.File = Display;
    M[2].getAsInteger(10, F.Where.Line);
    M[3].getAsInteger(10, F.Where.Column);
    ++F.Where.Column; // Coccinelle counts columns from 0, clang from 1.
    F.AbsoluteFile = Abs;
    F.Arch = R.Arch;
    F.Function = M[5].str();
    F.Message = M[4].str();
    if (unsigned End = FunctionEnd(F.Where.Line))
      F.Notes.push_back({{Display, End, 1},
                         findingNote(F.Function, R.FlagField,
                                     join(Own, " | "))});
    if (none_of(make_range(Out.Findings.begin() + First, Out.Findings.end()),
                [&](const Finding &G) {
                  return G.Where.Line == F.Where.Line &&
                         G.Message == F.Message;
                }))
      Out.Findings.push_back(std::move(F));
  }
  if (!Fix || Out.Findings.size() == First)
    return Error::success();

  SmallString<128> Result;
  {
    SignalsHeld Hold;
    sys::fs::createTemporaryFile("pcbcheck-fixed", "c", Result);
    sys::RemoveFileOnSignal(Result);
  }
  auto CleanResult = make_scope_exit([&] {
    sys::fs::remove(Result);
    sys::DontRemoveFileOnSignal(Result);
  });
  std::vector<StringRef> Patch(Argv);
  Patch.insert(Patch.end(), {"-D", "patch", "-o", Result, Abs});
  ProcessOutput P = runProgram(*Spatch, Patch, 600);
  // No patch rule matched: spatch refuses -o (exit 255).  The finding
  // stands, without a fix, as the clang engine's where it has no place.
  if (P.Status != 0 && StringRef(P.Err).contains("there are no modified files"))
    return Error::success();
  if (Expected<std::string> Done = run(P); !Done)
    return Done.takeError();
  auto Before = MemoryBuffer::getFile(Abs);
  auto After = MemoryBuffer::getFile(Result);
  if (!Before || !After)
    return Error::success();
  StringRef A = (*Before)->getBuffer(), B = (*After)->getBuffer();
  if (A == B)
    return Error::success();
  // One line-aligned edit: what lies between the common head and tail.
  size_t Head = 0;
  while (Head < A.size() && Head < B.size() && A[Head] == B[Head])
    ++Head;
  Head = A.take_front(Head).rfind('\n') == StringRef::npos
             ? 0
             : A.take_front(Head).rfind('\n') + 1;
  size_t Tail = 0;
  while (Tail < A.size() - Head && Tail < B.size() - Head &&
         A[A.size() - 1 - Tail] == B[B.size() - 1 - Tail])
    ++Tail;
  // The tail starts a line, or gives up its partial first line.
  if (Tail < A.size() && A[A.size() - Tail - 1] != '\n') {
    size_t NL = A.take_back(Tail).find('\n');
    Tail = NL == StringRef::npos ? 0 : Tail - NL - 1;
  }
  Edit E;
  E.File = Abs;
  E.Offset = Head;
  E.Length = A.size() - Tail - Head;
  E.Text = B.substr(Head, B.size() - Tail - Head).str();
  // spatch wraps long lines its own way: lay an added statement out as
  // style(9) does, like the clang engine's fixes.
  if (E.Length == 0 && StringRef(E.Text).ends_with(";\n")) {
    StringRef Added = E.Text;
    StringRef Indent =
        Added.take_while([](char Ch) { return Ch == ' ' || Ch == '\t'; });
    SmallVector<StringRef, 4> Parts;
    Added.split(Parts, '\n', -1, false);
    std::string Statement, Text;
    for (StringRef P : Parts) {
      Statement += (Statement.empty() ? "" : " ") + P.trim().str();
      if (StringRef(Statement).ends_with(";")) {
        Text += formatStatement(Indent, Statement, "\n", R.FixColumns);
        Statement.clear();
      }
    }
    E.Text = Text;
  }
  Out.AnalyzedText[Abs] = A.str();
  Out.Findings[First].Fix.push_back(std::move(E));
  return Error::success();
}
