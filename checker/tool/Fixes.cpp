//===- Fixes.cpp - Patches, in-place fixes and exported fixes -------------===//

#include "Fixes.h"

#include "PcbFpuFlagsChecker.h"
#include "Process.h"

#include "clang/Tooling/Core/Diagnostic.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <fcntl.h>
#include <unistd.h>
#include <map>

using namespace pcbcheck;
using llvm::StringRef;
namespace fs = llvm::sys::fs;

namespace {

llvm::Error failure(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 Message.str().c_str());
}

unsigned lineOf(StringRef Text, unsigned Offset) {
  return Text.take_front(Offset).count('\n');
}

/// A run of original lines replaced by new ones.
struct Change {
  unsigned Start; ///< First original line (0-based).
  unsigned Count; ///< Original lines removed.
  std::vector<StringRef> Added;
};

std::string relativeToCwd(StringRef Abs) {
  llvm::SmallString<256> Cwd;
  if (!fs::current_path(Cwd)) {
    StringRef Rel = Abs;
    if (Rel.consume_front(Cwd) && Rel.consume_front("/"))
      return Rel.str();
  }
  return Abs.ltrim('/').str();
}

/// git's default function line: the nearest line above the hunk that
/// starts with a letter, '_' or '$', cut to 80 bytes, trailing blanks off.
std::string functionLine(const std::vector<StringRef> &Lines, unsigned Before) {
  for (unsigned I = Before; I-- > 0;) {
    StringRef L = Lines[I];
    if (!L.empty() && (llvm::isAlpha(L[0]) || L[0] == '_' || L[0] == '$'))
      return L.take_front(80).rtrim().str();
  }
  return "";
}

void emitLine(std::string &Out, char Tag, StringRef Line) {
  Out += Tag;
  Out += Line.str();
  if (!Line.ends_with("\n"))
    Out += "\n\\ No newline at end of file\n";
}

} // namespace

std::vector<StringRef> pcbcheck::splitLines(StringRef Text) {
  std::vector<StringRef> Lines;
  while (!Text.empty()) {
    size_t NL = Text.find('\n');
    size_t Len = NL == StringRef::npos ? Text.size() : NL + 1;
    Lines.push_back(Text.take_front(Len));
    Text = Text.drop_front(Len);
  }
  return Lines;
}

llvm::Expected<std::vector<FilePatch>>
pcbcheck::buildPatches(const AnalysisResults &Results) {
  std::map<std::string, FilePatch> ByFile;
  std::map<std::string, std::vector<Edit>> Edits;
  for (const Finding &F : Results.Findings)
    for (const Edit &E : F.Fix) {
      FilePatch &P = ByFile[E.File];
      if (!llvm::is_contained(P.Findings, &F))
        P.Findings.push_back(&F);
      std::vector<Edit> &List = Edits[E.File];
      if (!llvm::is_contained(List, E))
        List.push_back(E);
    }

  std::vector<FilePatch> Patches;
  for (auto &[File, P] : ByFile) {
    auto Text = Results.AnalyzedText.find(File);
    if (Text == Results.AnalyzedText.end())
      return failure(File + ": the analyzed text is not known");
    P.File = File;
    P.DiffPath = relativeToCwd(File);
    P.Original = Text->second;
    // From the end, so that offsets stay valid; insertions at one place
    // in reverse, so that they read in the findings' order.
    std::vector<Edit> &List = Edits[File];
    std::reverse(List.begin(), List.end());
    llvm::stable_sort(List, [](const Edit &A, const Edit &B) {
      return A.Offset > B.Offset;
    });
    P.Fixed = P.Original;
    unsigned Limit = P.Fixed.size();
    for (const Edit &E : List) {
      if (E.Offset + E.Length > Limit)
        return failure(File + ": two fixes overlap; fix one finding, then "
                              "run pcbcheck again");
      P.Fixed.replace(E.Offset, E.Length, E.Text);
      Limit = E.Offset;
    }
    Patches.push_back(std::move(P));
  }
  return Patches;
}

/// \p Name as git's patch headers spell it: in double quotes with C
/// escapes when it holds a control character, a quote, a backslash or a
/// byte outside ASCII (git's core.quotePath), else as it is.
static std::string gitPathName(StringRef Name) {
  if (llvm::none_of(Name, [](unsigned char C) {
        return C < 0x20 || C == '"' || C == '\\' || C >= 0x7f;
      }))
    return Name.str();
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << '"';
  for (unsigned char C : Name) {
    const char *Short = C == '\a'   ? "\\a"
                        : C == '\b' ? "\\b"
                        : C == '\t' ? "\\t"
                        : C == '\n' ? "\\n"
                        : C == '\v' ? "\\v"
                        : C == '\f' ? "\\f"
                        : C == '\r' ? "\\r"
                        : C == '"'  ? "\\\""
                        : C == '\\' ? "\\\\"
                                     : nullptr;
    if (Short)
      OS << Short;
    else if (C < 0x20 || C >= 0x7f)
      OS << llvm::format("\\%03o", C);
    else
      OS << C;
  }
  OS << '"';
  return Out;
}

std::string pcbcheck::renderGitDiff(const FilePatch &Patch) {
  if (Patch.Original == Patch.Fixed)
    return "";
  // The planner's edits cover whole lines; rebuild them as line changes.
  std::vector<Change> Changes;
  std::vector<Edit> List; // Changes point into its texts.
  {
    for (const Finding *F : Patch.Findings)
      for (const Edit &E : F->Fix)
        if (E.File == Patch.File && !llvm::is_contained(List, E))
          List.push_back(E);
    llvm::sort(List, [](const Edit &A, const Edit &B) {
      return A.Offset < B.Offset;
    });
    for (const Edit &E : List) {
      Change C;
      C.Start = lineOf(Patch.Original, E.Offset);
      C.Count = lineOf(Patch.Original, E.Offset + E.Length) - C.Start;
      if (E.Offset + E.Length == Patch.Original.size() &&
          !Patch.Original.empty() && Patch.Original.back() != '\n' &&
          E.Length > 0)
        ++C.Count; // The unterminated last line.
      C.Added = splitLines(E.Text);
      Changes.push_back(std::move(C));
    }
  }

  std::vector<StringRef> Old = splitLines(Patch.Original);
  const unsigned Context = 3;
  std::string A = gitPathName("a/" + Patch.DiffPath);
  std::string B = gitPathName("b/" + Patch.DiffPath);
  // As git writes it: a name with a space ends with a tab on the ---
  // and +++ lines, so that patch(1) finds where it ends.
  StringRef Tab = StringRef(A).contains(' ') ? "\t" : "";
  std::string Out = "diff --git " + A + " " + B + "\n--- " + A + Tab.str() +
                    "\n+++ " + B + Tab.str() + "\n";
  int Shift = 0; // New line number minus old line number so far.
  for (size_t I = 0; I < Changes.size();) {
    // Changes closer than twice the context share a hunk.
    size_t J = I + 1;
    while (J < Changes.size() &&
           Changes[J].Start <=
               Changes[J - 1].Start + Changes[J - 1].Count + 2 * Context)
      ++J;
    unsigned First = Changes[I].Start > Context ? Changes[I].Start - Context
                                                : 0;
    unsigned LastChangeEnd = Changes[J - 1].Start + Changes[J - 1].Count;
    unsigned End = std::min<unsigned>(Old.size(), LastChangeEnd + Context);

    std::string Body;
    unsigned OldCount = 0, NewCount = 0, Line = First;
    int HunkShift = Shift;
    for (size_t K = I; K < J; ++K) {
      for (; Line < Changes[K].Start; ++Line, ++OldCount, ++NewCount)
        emitLine(Body, ' ', Old[Line]);
      for (unsigned R = 0; R < Changes[K].Count; ++R, ++Line, ++OldCount)
        emitLine(Body, '-', Old[Line]);
      for (StringRef A : Changes[K].Added) {
        emitLine(Body, '+', A);
        ++NewCount;
      }
      Shift += int(Changes[K].Added.size()) - int(Changes[K].Count);
    }
    for (; Line < End; ++Line, ++OldCount, ++NewCount)
      emitLine(Body, ' ', Old[Line]);

    auto Range = [](unsigned Start, unsigned Count) {
      // A side with no lines names the line before it, as diff does.
      std::string R = std::to_string(Count ? Start + 1 : Start);
      if (Count != 1)
        R += "," + std::to_string(Count);
      return R;
    };
    Out += "@@ -" + Range(First, OldCount) + " +" +
           Range(First + HunkShift, NewCount) + " @@";
    std::string Func = functionLine(Old, First);
    if (!Func.empty())
      Out += " " + Func;
    Out += "\n" + Body;
    I = J;
  }
  return Out;
}

namespace {

/// Makes \p Path's data and name durable: fsync of the file descriptor
/// \p FD, or of \p Path's directory when \p FD is -1.
std::error_code syncToDisk(int FD, StringRef Path) {
  int Own = FD;
  if (FD < 0) {
    std::string Dir = llvm::sys::path::parent_path(Path).str();
    Own = ::open(Dir.empty() ? "." : Dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (Own < 0)
      return std::error_code(errno, std::generic_category());
  }
  std::error_code EC;
  if (::fsync(Own) != 0)
    EC = std::error_code(errno, std::generic_category());
  if (FD < 0)
    ::close(Own);
  return EC;
}

/// \p Text into a new file beside \p Target with \p Like's mode, owner and
/// group from the first byte, synced: the path of that file.
llvm::Expected<std::string> writeBeside(StringRef Target, StringRef Text,
                                        const fs::file_status &Like) {
  llvm::SmallString<256> Model(llvm::sys::path::parent_path(Target));
  llvm::sys::path::append(Model, "." + llvm::sys::path::filename(Target) +
                                     ".pcbcheck-%%%%%%");
  int FD;
  llvm::SmallString<256> Temp;
  {
    // Killed while writing (SIGTERM, SIGXFSZ...): leave no temporary
    // behind.  Created and registered as one step.
    SignalsHeld Hold;
    if (std::error_code EC = fs::createUniqueFile(
            Model, FD, Temp, fs::OF_None, Like.permissions() & fs::all_perms))
      return failure("cannot write beside it: " + EC.message());
    llvm::sys::RemoveFileOnSignal(Temp);
  }
  auto Forget = llvm::make_scope_exit(
      [&] { llvm::sys::DontRemoveFileOnSignal(Temp); });
  std::string Why;
  // The umask may have taken bits: the mode is the file's, exactly.
  if (std::error_code EC = fs::setPermissions(FD, Like.permissions()))
    Why = "cannot keep its mode: " + EC.message();
  else if (std::error_code EC =
               fs::changeFileOwnership(FD, Like.getUser(), Like.getGroup()))
    Why = "cannot keep its owner and group (a rename would make it yours): " +
          EC.message();
  if (Why.empty()) {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/false);
    OS << Text;
    OS.flush();
    if (OS.has_error()) {
      Why = "cannot write: " + OS.error().message();
      OS.clear_error();
    } else if (std::error_code EC = syncToDisk(FD, Temp)) {
      Why = "cannot write: " + EC.message();
    }
  }
  ::close(FD);
  if (!Why.empty()) {
    fs::remove(Temp);
    return failure(Why);
  }
  return Temp.str().str();
}

} // namespace

llvm::Error pcbcheck::applyInPlace(const FilePatch &Patch) {
  // A symbolic link is written through: its target gets the fix and the
  // link stays a link.
  llvm::SmallString<256> Target;
  if (std::error_code EC = fs::real_path(Patch.File, Target))
    return failure(Patch.File + ": cannot read: " + EC.message());
  std::string Shown = Patch.File;
  if (StringRef(Target) != Patch.File)
    Shown += " (a link to " + Target.str().str() + ")";
  // A rename would replace a file we may not write: respect its mode.
  if (fs::access(Target, fs::AccessMode::Write))
    return failure(Shown + ": read-only; not written");
  int FD;
  if (std::error_code EC = fs::openFileForReadWrite(
          Target, FD, fs::CD_OpenExisting, fs::OF_None))
    return failure(Shown + ": cannot open: " + EC.message());
  auto Close = llvm::make_scope_exit([&] { ::close(FD); });
  // Another pcbcheck --apply on the same file waits here; it then finds
  // the file replaced, or changed, and says so instead of writing.
  if (std::error_code EC = fs::lockFile(FD))
    return failure(Shown + ": cannot lock: " + EC.message());
  fs::file_status Status, Now;
  if (std::error_code EC = fs::status(FD, Status))
    return failure(Shown + ": " + EC.message());
  if (fs::status(Target, Now) || Now.getUniqueID() != Status.getUniqueID())
    return failure(Shown + ": replaced while it was being written by "
                           "another process; not written (run pcbcheck "
                           "again)");
  auto Current = llvm::MemoryBuffer::getOpenFile(FD, Target, -1,
                                                 /*RequiresNullTerminator=*/
                                                 false);
  if (!Current)
    return failure(Shown + ": cannot read: " + Current.getError().message());
  if ((*Current)->getBuffer() != Patch.Original)
    return failure(Shown + ": changed since it was analyzed; not written "
                           "(run pcbcheck again)");
  if (Status.getLinkCount() > 1)
    return failure(Shown + ": has " + llvm::Twine(Status.getLinkCount()) +
                   " hard links, which a rename would split; not written "
                   "(apply the --fix patch with git apply or patch to keep "
                   "them)");
  llvm::Expected<std::string> Temp =
      writeBeside(Target, Patch.Fixed, Status);
  if (!Temp)
    return failure(Shown + ": " + llvm::toString(Temp.takeError()));
  if (std::error_code EC = fs::rename(*Temp, Target)) {
    fs::remove(*Temp);
    return failure(Shown + ": cannot replace: " + EC.message());
  }
  if (std::error_code EC = syncToDisk(-1, Target))
    return failure(Shown + ": written, but its directory could not be "
                           "synced: " + EC.message());
  return llvm::Error::success();
}

llvm::Error pcbcheck::exportFixes(StringRef Path,
                                  const AnalysisResults &Results) {
  clang::tooling::TranslationUnitDiagnostics TU;
  llvm::SmallString<256> Cwd;
  fs::current_path(Cwd);
  for (const Finding &F : Results.Findings) {
    if (F.Fix.empty())
      continue;
    if (TU.MainSourceFile.empty())
      TU.MainSourceFile = F.AbsoluteFile;
    clang::tooling::DiagnosticMessage Message;
    Message.Message = F.Message;
    Message.FilePath = F.AbsoluteFile;
    Message.FileOffset = F.Offset;
    for (const Edit &E : F.Fix) {
      clang::tooling::Replacement R(E.File, E.Offset, E.Length, E.Text);
      if (llvm::Error Err = Message.Fix[E.File].add(R))
        return Err;
    }
    TU.Diagnostics.emplace_back(F.Checker, Message,
                                llvm::SmallVector<
                                    clang::tooling::DiagnosticMessage, 1>(),
                                clang::tooling::Diagnostic::Warning,
                                Cwd.str());
  }
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, fs::OF_Text);
  if (EC)
    return failure(Path + ": " + EC.message());
  llvm::yaml::Output YAML(OS);
  YAML << TU;
  OS.close();
  if (OS.has_error()) {
    std::string Why = OS.error().message();
    OS.clear_error();
    return failure(Path + ": cannot write: " + Why);
  }
  return llvm::Error::success();
}
