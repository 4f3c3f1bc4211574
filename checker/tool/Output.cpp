//===- Output.cpp - Findings as text, JSON or SARIF -----------------------===//

#include "Output.h"
#include "PcbFpuFlagsChecker.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MD5.h"
#include "llvm/Support/Regex.h"

using namespace pcbcheck;
using llvm::StringRef;
namespace json = llvm::json;

namespace {

/// The parts of the checker's message: "FN: child FIELD keeps FLAGS ...".
struct MessageParts {
  std::string Field;
  std::vector<std::string> Flags;
};

MessageParts parseMessage(StringRef Message) {
  MessageParts P;
  llvm::SmallVector<StringRef, 3> M;
  // Fields are member paths: "pcb_fpflags", "thread_info.flags".
  if (llvm::Regex("^[A-Za-z_0-9]+: child ([A-Za-z_0-9.]+) still ")
          .match(Message, &M)) {
    P.Field = M[1].str(); // mdthread.PcbFpuState: a field, no flags.
  } else if (llvm::Regex("^[A-Za-z_0-9]+: child ([A-Za-z_0-9.]+) "
                         "(keeps (.*) copied|may lack (.*), which)")
                 .match(Message, &M)) {
    P.Field = M[1].str();
    llvm::SmallVector<StringRef, 4> Flags;
    (M[3].empty() ? M[4] : M[3]).split(Flags, " | ");
    for (StringRef F : Flags)
      P.Flags.push_back(F.trim().str());
  }
  return P;
}

/// \p Path below \p Root, or "" when it is not.
std::string relativeTo(StringRef Path, StringRef Root) {
  StringRef Rel = Path;
  if (Rel.consume_front(Root) && (Root.ends_with("/") || Rel.consume_front("/")))
    return Rel.str();
  return "";
}

/// A URI reference: RFC 3986's unreserved characters and "/" as they are,
/// every other byte percent-encoded (spaces, non-ASCII names).
std::string uriEncoded(StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/").contains(C))
      Out += C;
    else
      Out += "%" + llvm::utohexstr(C, /*LowerCase=*/false, /*Width=*/2);
  }
  return Out;
}

/// An artifactLocation: relative to %SRCROOT% when below the root, an
/// absolute file: URI otherwise (a relative reference may not start
/// with "/").
json::Object artifactLocation(StringRef AbsFile, StringRef Root) {
  std::string Rel = relativeTo(AbsFile, Root);
  if (Rel.empty())
    return json::Object{{"uri", "file://" + uriEncoded(AbsFile)}};
  return json::Object{{"uri", uriEncoded(Rel)}, {"uriBaseId", "%SRCROOT%"}};
}

/// A JSON "file": relative to \p Root, absolute when not below it.
std::string jsonPath(StringRef AbsFile, StringRef Root) {
  std::string Rel = relativeTo(AbsFile, Root);
  return Rel.empty() ? AbsFile.str() : Rel;
}

json::Array editsJson(const Finding &F, StringRef Root) {
  json::Array Edits;
  for (const Edit &E : F.Fix)
    Edits.push_back(json::Object{{"file", jsonPath(E.File, Root)},
                                 {"offset", E.Offset},
                                 {"length", E.Length},
                                 {"text", E.Text}});
  return Edits;
}

const char RuleDescription[] =
    "A new thread inherits kernel-FPU ownership from its parent's pcb.";
const char RuleHelp[] =
    "cpu_fork(), cpu_copy_thread() and cpu_set_upcall() create a thread by "
    "copying the parent's struct pcb. Flags saying that kernel code owns "
    "the FPU (arm64 PCB_FP_KERN and PCB_FP_NOSAVE, amd64 PCB_KERNFPU, ...) "
    "must not survive the copy: the new thread would believe it owns the "
    "FPU, as in FreeBSD PR 247945 (panic: Thread already setup for the "
    "VFP). Clear them in the child's flag field after the copy, in the "
    "architecture's idiom; pcbcheck --fix writes that line. In Linux the "
    "task is copied before copy_thread() runs, and its thread flags "
    "(TIF_USEDFPU, ...) must be cleared on every path to the return "
    "(LoongArch e428e9613531); x86 fpu_clone() must set TIF_NEED_FPU_LOAD.";
const char RuleHelpUri[] =
    "https://bugs.freebsd.org/bugzilla/show_bug.cgi?id=247945";
const char StateDescription[] =
    "A new thread's pcb (or task) keeps a pointer into its parent's FPU "
    "state, or its parent's CPU.";
const char StateHelp[] =
    "After copying the parent's struct pcb, a new thread's FPU state "
    "pointers must point at its own storage (arm pcb_vfpsaved = "
    "&pcb_vfpstate, arm64 pcb_fpusaved = &pcb_fpustate, amd64 pcb_save = "
    "get_pcb_user_save_pcb(pcb)), be NULL (arm64 pcb_svesaved) or hold "
    "the 'no CPU' value (arm64 pcb_vfpcpu = UINT_MAX); FreeBSD commit "
    "98c666cf8758 fixed arm's pcb_vfpsaved. In Linux the copied task's "
    "thread.sve_state must be NULL after arch_dup_task_struct() (arm64 "
    "4585fc59c0e8) and its FPU CPU forgotten. pcbcheck --fix writes the "
    "line.";

/// The SARIF rules, in ruleIndex order.
struct SarifRule {
  const char *Id, *Name, *Description, *Help, *Uri, *FixText;
};
const SarifRule SarifRules[] = {
    {CheckerName, "PcbFpuFlags", RuleDescription, RuleHelp, RuleHelpUri,
     "Clear the kernel-FPU ownership flags in the child's pcb after the "
     "copy"},
    {StateCheckerName, "PcbFpuState", StateDescription, StateHelp,
     "https://cgit.freebsd.org/src/commit/?id=98c666cf8758",
     "Reset the child's copied FPU and vector state after the copy"},
};

size_t sarifRuleIndex(StringRef Checker) {
  for (size_t I = 0; I < std::size(SarifRules); ++I)
    if (Checker == SarifRules[I].Id)
      return I;
  return 0;
}

/// The run: successful only without errors, each error a notification
/// (at its file, when it has one), and each note and warning one.
json::Object invocation(const RunSummary &Run, StringRef Root) {
  json::Array Notes;
  for (const RunError &E : Run.Errors) {
    json::Object N{{"level", "error"},
                   {"message", json::Object{{"text", E.Message}}}};
    if (!E.File.empty())
      N["locations"] = json::Array{json::Object{
          {"physicalLocation",
           json::Object{{"artifactLocation", artifactLocation(E.File, Root)}}}}};
    Notes.push_back(std::move(N));
  }
  for (const RunNote &N : Run.Notes)
    Notes.push_back(json::Object{{"level", N.Level},
                                 {"message", json::Object{{"text", N.Message}}}});
  return json::Object{{"executionSuccessful", Run.Errors.empty()},
                      {"toolExecutionNotifications", std::move(Notes)}};
}

} // namespace

std::string pcbcheck::terminalSafe(llvm::StringRef S, bool KeepNewlines) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  for (unsigned char C : S) {
    if ((C >= 0x20 && C != 0x7f) || (KeepNewlines && C == '\n'))
      OS << C;
    else if (C == '\n')
      OS << "\\n";
    else if (C == '\t')
      OS << "\\t";
    else if (C == '\r')
      OS << "\\r";
    else
      OS << llvm::format("\\%03o", C);
  }
  return Out;
}

void pcbcheck::printText(llvm::raw_ostream &OS,
                         const std::vector<Finding> &Findings) {
  for (const Finding &F : Findings) {
    OS << terminalSafe(F.Where.File) << ":" << F.Where.Line << ":"
       << F.Where.Column << ": warning: " << F.Message << " [" << F.Checker
       << "]\n";
    for (const FindingNote &N : F.Notes)
      OS << terminalSafe(N.Where.File) << ":" << N.Where.Line << ":"
         << N.Where.Column << ": note: " << N.Message << "\n";
  }
}

void pcbcheck::printJson(llvm::raw_ostream &OS,
                         const std::vector<Finding> &Findings,
                         StringRef Root, const RunSummary &Run) {
  json::Array All;
  for (const Finding &F : Findings) {
    MessageParts P = parseMessage(F.Message);
    std::string File = jsonPath(F.AbsoluteFile, Root);
    json::Array Notes;
    // The path notes are in the finding's file (as in SARIF's code flow).
    for (const FindingNote &N : F.Notes)
      Notes.push_back(json::Object{{"file", File},
                                   {"line", N.Where.Line},
                                   {"column", N.Where.Column},
                                   {"message", N.Message}});
    json::Object O{{"file", File},
                   {"line", F.Where.Line},
                   {"column", F.Where.Column},
                   {"function", F.Function},
                   {"arch", F.Arch},
                   {"field", P.Field},
                   {"flags", json::Array(P.Flags)},
                   {"message", F.Message},
                   {"checker", F.Checker},
                   {"notes", std::move(Notes)}};
    if (!F.Fix.empty())
      O["fix"] = editsJson(F, Root);
    All.push_back(std::move(O));
  }
  json::Array Errors;
  for (const RunError &E : Run.Errors) {
    json::Object O{{"message", E.Message}};
    if (!E.File.empty())
      O["file"] = jsonPath(E.File, Root);
    Errors.push_back(std::move(O));
  }
  json::Array Notes;
  for (const RunNote &N : Run.Notes)
    Notes.push_back(json::Object{{"level", N.Level}, {"message", N.Message}});
  json::Object Out{{"findings", std::move(All)},
                   {"errors", std::move(Errors)},
                   {"notes", std::move(Notes)},
                   {"analyzed", Run.Analyzed},
                   {"failed", Run.Failed}};
  OS << llvm::formatv("{0:2}", json::Value(std::move(Out))) << "\n";
}

void pcbcheck::printSarif(llvm::raw_ostream &OS,
                          const std::vector<Finding> &Findings,
                          StringRef Root, const RunSummary &Run) {
  auto Location = [&](StringRef AbsFile, unsigned Line, unsigned Column,
                      StringRef Message) {
    json::Object L{
        {"physicalLocation",
         json::Object{
             {"artifactLocation", artifactLocation(AbsFile, Root)},
             {"region",
              json::Object{{"startLine", Line}, {"startColumn", Column}}}}}};
    if (!Message.empty())
      L["message"] = json::Object{{"text", Message}};
    return L;
  };

  json::Array Results;
  for (const Finding &F : Findings) {
    std::string Rel = relativeTo(F.AbsoluteFile, Root);
    if (Rel.empty())
      Rel = F.AbsoluteFile;
    // Stable across line shifts: where (file, function) and what.
    llvm::MD5 Hash;
    Hash.update(Rel + "\n" + F.Function + "\n" + F.Message);
    llvm::MD5::MD5Result Digest = Hash.final();

    json::Array Flow{json::Object{
        {"location", Location(F.AbsoluteFile, F.Where.Line, F.Where.Column,
                              "the parent's pcb is copied here")}}};
    for (const FindingNote &N : F.Notes)
      Flow.push_back(json::Object{
          {"location", Location(F.AbsoluteFile, N.Where.Line, N.Where.Column,
                                N.Message)}});

    json::Object Result{
        {"ruleId", SarifRules[sarifRuleIndex(F.Checker)].Id},
        {"ruleIndex", sarifRuleIndex(F.Checker)},
        {"level", "warning"},
        {"message", json::Object{{"text", F.Message}}},
        {"locations",
         json::Array{Location(F.AbsoluteFile, F.Where.Line, F.Where.Column,
                              "")}},
        {"partialFingerprints",
         json::Object{{"pcbcheckFindingHash/v1", std::string(Digest.digest())}}},
        {"codeFlows",
         json::Array{json::Object{
             {"threadFlows",
              json::Array{json::Object{{"locations", std::move(Flow)}}}}}}}};
    if (!F.Fix.empty()) {
      json::Array Changes;
      for (const Edit &E : F.Fix)
        Changes.push_back(json::Object{
            {"artifactLocation", artifactLocation(E.File, Root)},
            {"replacements",
             json::Array{json::Object{
                 {"deletedRegion", json::Object{{"charOffset", E.Offset},
                                                {"charLength", E.Length}}},
                 {"insertedContent", json::Object{{"text", E.Text}}}}}}});
      Result["fixes"] = json::Array{json::Object{
          {"description",
           json::Object{
               {"text", SarifRules[sarifRuleIndex(F.Checker)].FixText}}},
          {"artifactChanges", std::move(Changes)}}};
    }
    Results.push_back(std::move(Result));
  }

  json::Array Rules;
  for (const SarifRule &R : SarifRules)
    Rules.push_back(json::Object{
        {"id", R.Id},
        {"name", R.Name},
        {"shortDescription", json::Object{{"text", R.Description}}},
        {"fullDescription", json::Object{{"text", R.Help}}},
        {"help", json::Object{{"text", R.Help}}},
        {"helpUri", R.Uri},
        {"defaultConfiguration", json::Object{{"level", "warning"}}}});
  json::Object Log{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs",
       json::Array{json::Object{
           {"tool",
            json::Object{{"driver",
                          json::Object{{"name", "pcbcheck"},
                                       {"version", PCBCHECK_VERSION},
                                       {"informationUri", RuleHelpUri},
                                       {"rules", std::move(Rules)}}}}},
           {"originalUriBaseIds",
            json::Object{{"%SRCROOT%",
                          json::Object{{"uri", "file://" + Root.str() +
                                                   (Root.ends_with("/") ? ""
                                                                        : "/")}}}}},
           {"invocations", json::Array{invocation(Run, Root)}},
           {"results", std::move(Results)}}}}};
  OS << llvm::formatv("{0:2}", json::Value(std::move(Log))) << "\n";
}
