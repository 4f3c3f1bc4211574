//===- PatchFuzzer.cpp - libFuzzer target: fixes into patches -------------===//
//
// Builds line-aligned edits from the input (as the fix planner makes
// them), turns them into a git-diff patch, and applies the patch back to
// the original with a small applier of our own: the result must be the
// fixed text.  Also lays out and splits masks, as mask extension does.
//
//===----------------------------------------------------------------------===//

#include "Fixes.h"
#include "FixPlanner.h"

#include "llvm/ADT/StringExtras.h"

#include <cstddef>
#include <cstdint>

using namespace pcbcheck;
using llvm::StringRef;

namespace {

/// Applies a unified diff to Old; traps on anything inconsistent.
std::string applyDiff(StringRef Old, StringRef Diff) {
  std::vector<StringRef> OldLines = splitLines(Old);
  std::vector<StringRef> D = splitLines(Diff);
  std::string New;
  size_t Next = 0; // Next old line to copy.
  for (size_t I = 0; I < D.size(); ++I) {
    if (!D[I].starts_with("@@ -"))
      continue;
    unsigned Start = 0, Count = 1;
    StringRef H = D[I].drop_front(4);
    H.consumeInteger(10, Start);
    if (H.consume_front(","))
      H.consumeInteger(10, Count);
    unsigned First = Count ? Start - 1 : Start;
    if (First < Next)
      __builtin_trap(); // Hunks out of order or overlapping.
    while (Next < First)
      New += OldLines[Next++].str();
    for (++I; I < D.size() && !D[I].starts_with("@@ "); ++I) {
      StringRef L = D[I];
      bool NoNewline = I + 1 < D.size() && D[I + 1].starts_with("\\ ");
      std::string Body = L.drop_front().str();
      if (NoNewline && !Body.empty() && Body.back() == '\n')
        Body.pop_back();
      if (L.starts_with(" ") || L.starts_with("-")) {
        if (Next >= OldLines.size() || OldLines[Next] != Body)
          __builtin_trap(); // Context or removal does not match.
        ++Next;
      }
      if (L.starts_with(" ") || L.starts_with("+"))
        New += Body;
      if (NoNewline)
        ++I;
    }
    --I;
  }
  while (Next < OldLines.size())
    New += OldLines[Next++].str();
  return New;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  StringRef In(reinterpret_cast<const char *>(Data), Size);
  auto [Original, Rest] = In.split('\0');

  // Masks and layout, as mask extension uses them.
  if (auto Names = maskFlagNames(Original.take_front(200)))
    for (const std::string &N : *Names)
      if (N.empty())
        __builtin_trap();
  std::string Laid = formatStatement("\t", Rest.take_front(300).str(), "\n");
  if (Laid.empty() || Laid.back() != '\n')
    __builtin_trap();

  // Line-aligned, non-overlapping edits from the remaining bytes.
  std::vector<StringRef> Lines = splitLines(Original);
  std::vector<size_t> Starts{0};
  for (StringRef L : Lines)
    Starts.push_back(Starts.back() + L.size());
  AnalysisResults Results;
  Finding F;
  F.AbsoluteFile = "/fuzz/file.c";
  size_t NextLine = 0;
  for (size_t I = 0; I + 2 < Rest.size() && Lines.size(); I += 3) {
    size_t Line = NextLine + static_cast<uint8_t>(Rest[I]) % 4;
    size_t Remove = static_cast<uint8_t>(Rest[I + 1]) % 3;
    if (Line + Remove > Lines.size())
      break;
    Edit E;
    E.File = F.AbsoluteFile;
    E.Offset = Starts[Line];
    E.Length = Starts[Line + Remove] - Starts[Line];
    E.Text = "\tadded_" + std::to_string(static_cast<uint8_t>(Rest[I + 2])) +
             "();\n";
    if (Line + Remove == Lines.size() && !Original.ends_with("\n") &&
        Remove == 0)
      break; // The planner never inserts after an unterminated line.
    F.Fix.push_back(E);
    NextLine = Line + Remove + 1;
  }
  Results.AnalyzedText[F.AbsoluteFile] = Original.str();
  Results.Findings.push_back(F);

  llvm::Expected<std::vector<FilePatch>> Patches = buildPatches(Results);
  if (!Patches) {
    llvm::consumeError(Patches.takeError());
    return 0;
  }
  for (FilePatch &P : *Patches) {
    P.Findings = {&Results.Findings[0]};
    std::string Diff = renderGitDiff(P);
    if (Diff.empty() != (P.Original == P.Fixed))
      __builtin_trap();
    if (!Diff.empty() && applyDiff(P.Original, Diff) != P.Fixed)
      __builtin_trap(); // The patch does not say what the fix does.
  }
  return 0;
}
