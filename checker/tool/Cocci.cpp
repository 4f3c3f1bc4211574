//===- Cocci.cpp - The Coccinelle engine: spatch over one file ------------===//
//
// spatch runs the file's semantic patch in report mode, and in patch mode
// for --fix; its reports, one per flag, become the clang engine's
// findings, one per copy.  Where the engines disagree,
// cocci/known-differences.txt says why.
//
//===----------------------------------------------------------------------===//

#include "Cocci.h"
#include "FixPlanner.h"
#include "Fixes.h"
#include "PcbFpuFlagsChecker.h"
#include "Process.h"
#include "WholeFile.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cstdlib>

using namespace pcbcheck;
using namespace llvm;

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

/// \p Text with what clang did not compile made blank: the branches
/// \p Skipped and every conditional directive, so that spatch, which
/// cannot evaluate "#if defined(A) && !defined(B)", follows clang's
/// branches.  Newlines and offsets stay.
std::string compiledText(StringRef Text,
                         const std::vector<std::pair<unsigned, unsigned>>
                             &Skipped) {
  std::string Out = Text.str();
  auto Blank = [&](size_t From, size_t To) {
    for (size_t I = From; I < To && I < Out.size(); ++I)
      if (Out[I] != '\n')
        Out[I] = ' ';
  };
  for (auto [From, To] : Skipped)
    Blank(From, To);
  static const Regex Directive(
      "^[ \t]*#[ \t]*(if|ifdef|ifndef|elif|elifdef|elifndef|else|endif)"
      "([^A-Za-z0-9_]|$)");
  size_t At = 0;
  bool Continued = false; // A directive's line ending in a backslash.
  for (StringRef Line : splitLines(Text)) {
    if (Continued || Directive.match(Line)) {
      Blank(At, At + Line.size());
      Continued = Line.rtrim("\r\n").ends_with("\\");
    }
    At += Line.size();
  }
  return Out;
}

} // namespace

CocciFacts pcbcheck::cocciFacts(const ArchRule &R,
                                const std::vector<std::string> &Own,
                                const MacroFacts &Probed) {
  CocciFacts Out;
  Out.Known = true;
  Out.Resets = Probed.Resets;
  for (const std::string &Flag : R.MustSetFlags)
    if (Probed.Values.count(Flag))
      Out.MustSet.push_back(Flag);
  if (R.FlagValuesAre != FlagValues::Mask)
    return Out;
  for (const std::string &Flag : Own) {
    auto It = Probed.Values.find(Flag);
    if (It == Probed.Values.end() || !It->second)
      continue;
    uint64_t Bits = It->second;
    for (const auto &[Name, Value] : Probed.MainFileMacros) {
      if (Name == Flag || !Value)
        continue;
      if ((Value & Bits) == Bits)
        Out.Containing[Flag].push_back(Name);
      else if ((Value & Bits) == 0)
        Out.Lacking[Flag].push_back(Name);
    }
  }
  return Out;
}

namespace {

/// A temporary file removed when it goes out of scope (or on a signal).
class TempFile {
public:
  Error create(StringRef Prefix, StringRef Suffix) {
    SignalsHeld Hold; // Created and registered for removal as one step.
    if (std::error_code EC =
            sys::fs::createTemporaryFile(Prefix, Suffix, Path))
      return createStringError(EC, "cannot create a temporary file");
    sys::RemoveFileOnSignal(Path);
    return Error::success();
  }
  ~TempFile() {
    if (Path.empty())
      return;
    sys::fs::remove(Path);
    sys::DontRemoveFileOnSignal(Path);
  }
  SmallString<128> Path;
};

/// The findings in spatch's report \p Text, in the clang engine's form:
/// the reports of one copy's flags make one finding, in the rule's order.
/// \p Source is the file's text, for the path notes.
void readReport(const ArchRule &R, StringRef Text, StringRef Source,
                const std::string &Display, const std::string &Abs,
                const std::vector<std::string> &Own, const CocciFacts &Asked,
                AnalysisResults &Out) {
  size_t First = Out.Findings.size();
  // The path note the checker puts at the return: here the function's
  // closing brace, the first "}" in column 1 after the copy (style(9)).
  std::vector<StringRef> Lines = splitLines(Source);
  auto FunctionEnd = [&](unsigned Line) -> unsigned {
    for (unsigned I = Line; I < Lines.size(); ++I)
      if (Lines[I].starts_with("}"))
        return I + 1;
    return 0;
  };
  SmallVector<StringRef, 8> Reports;
  Text.split(Reports, '\n', -1, false);
  Regex Line("^(.*):([0-9]+):([0-9]+)-[0-9]+: (([A-Za-z_0-9]+): .*)$");
  std::map<std::pair<unsigned, std::string>, std::vector<std::string>> Kept;
  for (StringRef L : Reports) {
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
    unsigned End = FunctionEnd(F.Where.Line);
    auto Flag = find_if(Own, [&](const std::string &X) {
      return F.Message == findingMessage(F.Function, R.FlagField, X);
    });
    auto Unset = find_if(Asked.MustSet, [&](const std::string &X) {
      return F.Message == unsetMessage(F.Function, R.FlagField, X);
    });
    if (Unset != Asked.MustSet.end()) {
      // Reported at the return that lacks it, as the checker does.
      F.Notes.push_back(
          {F.Where, unsetNote(F.Function, R.FlagField, *Unset)});
    } else if (Flag != Own.end()) {
      auto [It, New] = Kept.try_emplace({F.Where.Line, F.Function});
      It->second.push_back(*Flag);
      if (!New)
        continue;
    } else {
      for (size_t I : Asked.Resets) {
        const FieldReset &Reset = R.FieldResets[I];
        bool Freed = F.Message == freedMessage(F.Function, Reset);
        if (F.Message != stateMessage(F.Function, Reset) && !Freed)
          continue;
        F.Checker = StateCheckerName;
        if (End)
          F.Notes.push_back({{Display, End, 1},
                             Freed ? freedNote(F.Function, Reset)
                                   : stateNote(F.Function, Reset)});
      }
    }
    if (none_of(make_range(Out.Findings.begin() + First, Out.Findings.end()),
                [&](const Finding &G) {
                  return G.Where.Line == F.Where.Line &&
                         G.Message == F.Message;
                }))
      Out.Findings.push_back(std::move(F));
  }
  for (Finding &F :
       make_range(Out.Findings.begin() + First, Out.Findings.end())) {
    auto It = Kept.find({F.Where.Line, F.Function});
    if (F.Checker != CheckerName || It == Kept.end())
      continue;
    std::vector<std::string> Flags;
    for (const std::string &X : Own)
      if (is_contained(It->second, X))
        Flags.push_back(X);
    F.Message = findingMessage(F.Function, R.FlagField, join(Flags, " | "));
    if (unsigned End = FunctionEnd(F.Where.Line))
      F.Notes.push_back({{Display, End, 1},
                         findingNote(F.Function, R.FlagField,
                                     join(Flags, " | "))});
  }
}

/// An added statement laid out as style(9) does, like the clang engine's
/// fixes (spatch wraps long lines its own way); a comment of the fix
/// (riscv's pcb_vsaved) stays its own line.
std::string styleAdded(StringRef Added, unsigned Columns) {
  StringRef Indent =
      Added.take_while([](char Ch) { return Ch == ' ' || Ch == '\t'; });
  SmallVector<StringRef, 4> Parts;
  Added.split(Parts, '\n', -1, false);
  std::string Statement, Text;
  for (StringRef P : Parts) {
    if (Statement.empty() && P.trim().starts_with("/*") &&
        P.trim().ends_with("*/")) {
      Text += Indent.str() + P.trim().str() + "\n";
      continue;
    }
    Statement += (Statement.empty() ? "" : " ") + P.trim().str();
    if (StringRef(Statement).ends_with(";")) {
      Text += formatStatement(Indent, Statement, "\n", Columns);
      Statement.clear();
    }
  }
  return Text;
}

/// spatch moves what follows a statement on its line (a comment, blanks)
/// to the end of the lines it adds after it: \p E, which replaces that
/// one line, becomes the insertion after it that it is.
void keepTrailer(StringRef A, Edit &E) {
  std::vector<StringRef> Old = splitLines(A.substr(E.Offset, E.Length)),
                         New = splitLines(E.Text);
  if (Old.size() != 1 || New.size() < 2 || !New.front().ends_with("\n") ||
      !Old.front().starts_with(New.front().drop_back()))
    return;
  StringRef Trailer =
      Old.front().drop_front(New.front().size() - 1).rtrim("\r\n");
  StringRef Last = New.back().rtrim("\r\n");
  if (Trailer.empty() || !Last.ends_with(Trailer))
    return;
  std::string Added;
  for (size_t I = 1; I + 1 < New.size(); ++I)
    Added += New[I].str();
  Added += Last.drop_back(Trailer.size()).rtrim(" \t").str() + "\n";
  E.Offset += Old.front().size();
  E.Length = 0;
  E.Text = Added;
}

/// The line-aligned edits that turn \p A into \p B, one per run of
/// changed lines (a longest common subsequence of lines); none when the
/// texts are too long to compare so.
std::vector<Edit> lineEdits(StringRef A, StringRef B) {
  std::vector<StringRef> X = splitLines(A), Y = splitLines(B);
  size_t N = X.size(), M = Y.size();
  if (N * M > 16 * 1000 * 1000)
    return {};
  // L[i][j]: the longest common subsequence of X[i..] and Y[j..].
  std::vector<uint32_t> L((N + 1) * (M + 1), 0);
  auto At = [&](size_t I, size_t J) -> uint32_t & {
    return L[I * (M + 1) + J];
  };
  for (size_t I = N; I-- > 0;)
    for (size_t J = M; J-- > 0;)
      At(I, J) = X[I] == Y[J] ? At(I + 1, J + 1) + 1
                              : std::max(At(I + 1, J), At(I, J + 1));
  std::vector<Edit> Out;
  size_t I = 0, J = 0, Offset = 0;
  while (I < N || J < M) {
    if (I < N && J < M && X[I] == Y[J]) {
      Offset += X[I++].size();
      ++J;
      continue;
    }
    Edit E;
    E.Offset = Offset;
    while ((I < N || J < M) && !(I < N && J < M && X[I] == Y[J])) {
      if (J < M && (I == N || At(I, J + 1) >= At(I + 1, J)))
        E.Text += Y[J++].str();
      else {
        E.Length += X[I].size();
        Offset += X[I++].size();
      }
    }
    keepTrailer(A, E);
    Out.push_back(std::move(E));
  }
  return Out;
}

/// spatch's patch mode with \p Argv over \p Input (the text \p Compiled,
/// which is \p Real with what clang skipped blanked): its edits of the
/// file, or none where no patch rule matched or one would touch what
/// clang did not compile.
Expected<std::vector<Edit>> patchEdits(const std::string &Spatch,
                                        std::vector<StringRef> Argv,
                                        StringRef Input, StringRef Compiled,
                                        StringRef Real, unsigned Columns) {
  TempFile Result;
  if (Error E = Result.create("pcbcheck-fixed", "c"))
    return std::move(E);
  Argv.insert(Argv.end(), {"-D", "patch", "-o", Result.Path, Input});
  ProcessOutput P = runProgram(Spatch, Argv, 600);
  // No patch rule matched: spatch refuses -o (exit 255).  The finding
  // stands, without a fix, as the clang engine's where it has no place.
  if (P.Status != 0 && StringRef(P.Err).contains("there are no modified files"))
    return std::vector<Edit>();
  if (Expected<std::string> Done = run(P); !Done)
    return Done.takeError();
  auto After = MemoryBuffer::getFile(Result.Path);
  if (!After || (*After)->getBuffer() == Compiled)
    return std::vector<Edit>();
  std::vector<Edit> Edits = lineEdits(Compiled, (*After)->getBuffer());
  for (Edit &E : Edits) {
    // An edit of text clang did not compile is no fix of this file.
    if (Real.size() != Compiled.size() ||
        Real.substr(E.Offset, E.Length) != Compiled.substr(E.Offset, E.Length))
      return std::vector<Edit>();
    if (E.Length == 0 && (StringRef(E.Text).ends_with(";\n") ||
                          StringRef(E.Text).ends_with("*/\n")))
      E.Text = styleAdded(E.Text, Columns);
  }
  return Edits;
}

} // namespace

Error pcbcheck::runCocci(const ArchRule &R, const std::string &File,
                         const std::string &Display, const CocciRequest &Run,
                         AnalysisResults &Out) {
  ErrorOr<std::string> Spatch = sys::findProgramByName("spatch");
  // spatch stops with "exception Not_found" when HOME is unset (hooks, CI).
  if (!getenv("HOME"))
    setenv("HOME", "/tmp", 0);
  if (!Spatch)
    return createStringError(Spatch.getError(),
                             "spatch is not on PATH (Debian: apt-get install "
                             "coccinelle)");
  const std::vector<std::string> &Own = Run.Own;
  CocciFacts Asked = Run.Facts;
  if (!Run.Resets)
    Asked.Resets.clear();
  // Nothing to require, as in the checker.
  if (Own.empty() && Asked.Resets.empty() && Asked.MustSet.empty())
    return Error::success();

  TempFile SP, Input;
  if (Error E = SP.create("pcbcheck", "cocci"))
    return E;
  if (Error E = writeWholeFile(std::string(SP.Path),
                               semanticPatch(R, Run.FixFlags, Own, Asked)))
    return E;
  std::string Abs = absolutePath(File);
  StringRef Real = Run.Text;
  // spatch is given the text clang compiled, at the same offsets.
  std::string Compiled = compiledText(Real, Run.Skipped);
  if (Error E = Input.create("pcbcheck-input", "c"))
    return E;
  if (Error E = writeWholeFile(std::string(Input.Path), Compiled))
    return E;

  std::vector<StringRef> Argv{"spatch", "--sp-file", SP.Path, "--very-quiet",
                              "--no-show-diff", "--no-includes"};
  if (Run.CheckFork)
    Argv.insert(Argv.end(), {"-D", "check_fork"});
  std::vector<StringRef> Flags(Argv);
  if (!Asked.Resets.empty())
    Argv.insert(Argv.end(), {"-D", "field_resets"});
  std::vector<StringRef> Report(Argv);
  Report.insert(Report.end(), {"-D", "report", Input.Path});
  Expected<std::string> Text = run(runProgram(*Spatch, Report, 600));
  if (!Text)
    return Text.takeError();
  size_t First = Out.Findings.size();
  readReport(R, *Text, Real, Display, Abs, Own, Asked, Out);
  if (!Run.Fix)
    return Error::success();

  // Each check's fix on its own (the flags' rules run without -D
  // field_resets, the resets' with it), on the first finding of its check.
  for (const char *Check : {CheckerName, StateCheckerName}) {
    auto Found = std::find_if(
        Out.Findings.begin() + First, Out.Findings.end(),
        [&](const Finding &F) { return F.Checker == Check; });
    if (Found == Out.Findings.end())
      continue;
    Expected<std::vector<Edit>> Edits =
        patchEdits(*Spatch, Check == CheckerName ? Flags : Argv, Input.Path,
                   Compiled, Real, R.FixColumns);
    if (!Edits)
      return Edits.takeError();
    for (Edit &E : *Edits) {
      E.File = Abs;
      Out.AnalyzedText[Abs] = Real.str();
      Found->Fix.push_back(std::move(E));
    }
  }
  return Error::success();
}
