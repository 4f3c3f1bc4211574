//===- CocciPatch.cpp - rules/ as Coccinelle semantic patches -------------===//
//
// Coccinelle matches a copy and the paths after it the way the checker
// does, with "exists" and "... when !=", but by syntax.  What the checker
// gets from inlining and values, the patches get otherwise: a rule per
// flag (a partial clear misses one), a set after the clear (the flag is
// back), the file's static helpers found by rules of their own and handed
// on by name (as Linux's scripts/coccinelle does), and from pcbcheck the
// file's macros and enumeration constants that contain a flag or lack it
// (clang knows their values).  Field resets and must-set flags are rules
// of the same kind.  What needs values beyond that stays a known
// difference (cocci/known-differences.txt).
//
//===----------------------------------------------------------------------===//

#include "CocciPatch.h"
#include "FixPlanner.h"
#include "PcbFpuFlagsChecker.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <set>

using namespace pcbcheck;
using namespace llvm;

namespace {

/// One thing a new thread must not keep of its parent: an ownership flag
/// (mdthread.PcbFpuFlags) or a field to reset (mdthread.PcbFpuState).
struct Need {
  std::string Key; ///< The flag or field: python key, rule-name suffix.
  /// Expressions after which the need is met; E is the child's pcb,
  /// CHILD the child thread (a helper's body has none: "...").
  std::vector<std::string> Meets;
  /// Statements that bring a cleared flag back.
  std::vector<std::string> Undoes;
  /// A flag whose test on the path ends the need (only_with: the field
  /// matters only when the parent has the flag).
  std::string Guard;
  std::string Message; ///< As the checker words it, for a function "%F%".
  /// A flag the child must have set (must_set_flags): the path ends at a
  /// return, not one of a no-FPU branch (fpu_feature_test).
  bool MustSet = false;
};

std::string rulePart(StringRef S) {
  std::string Out = S.str();
  std::replace(Out.begin(), Out.end(), '.', '_');
  return Out;
}


/// \p S with the child thread spelled \p Child; "..." where a helper's
/// body has no child (a call's "..., ..." becomes one "...").
std::string withChild(const std::string &S, StringRef Child) {
  std::string Out = replaceAll(S, "CHILD", Child);
  // Each pass joins pairs: "..., ..., ..." needs more than one.
  for (std::string Last; Last != Out;)
    Out = replaceAll(Last = Out, "..., ...", "...");
  return Out;
}

/// \p S with the metavariable E renamed \p To (a helper's body has
/// no copy to bind it).
std::string renameE(const std::string &S, StringRef To) {
  std::string Out;
  for (size_t I = 0; I < S.size(); ++I) {
    auto Part = [&](size_t J) { return isAlnum(S[J]) || S[J] == '_'; };
    bool Word = S[I] == 'E' && (I == 0 || !Part(I - 1)) &&
                (I + 1 == S.size() || !Part(I + 1));
    Out += Word ? To.str() : std::string(1, S[I]);
  }
  return Out;
}

/// A rules helper's call with \p Target at its target argument ("..."
/// before and after it), or any call when \p Target is empty.
std::string helperCall(const FlagHelper &H, StringRef Target,
                       StringRef Mask = "") {
  unsigned At = H.ThreadArg ? *H.ThreadArg : H.PcbArg.value_or(0);
  if (Target.empty() && Mask.empty())
    return H.Name + "(...)";
  std::vector<std::string> Args;
  unsigned Last = std::max(At, H.MaskArg.value_or(0));
  for (unsigned I = 0; I <= Last; ++I)
    Args.push_back(I == At ? (Target.empty() ? "..." : Target.str())
                   : H.MaskArg && I == *H.MaskArg ? Mask.str()
                                                  : "...");
  if (Args.back() != "...")
    Args.push_back("...");
  // "..., ..." is one "...".
  std::vector<std::string> Out;
  for (std::string &A : Args)
    if (Out.empty() || A != "..." || Out.back() != "...")
      Out.push_back(std::move(A));
  return H.Name + "(" + join(Out, ", ") + ")";
}

/// \p Forms and, for each that writes through the child's pcb E, the
/// same through the child thread (td2->td_pcb after "pcb2 = ...; bcopy(...,
/// pcb2, ...)": spatch does not follow the alias).
std::vector<std::string> throughThread(const ArchRule &R,
                                       std::vector<std::string> Forms) {
  size_t N = Forms.size();
  for (size_t I = 0; I < N; ++I)
    if (renameE(Forms[I], "X") != Forms[I])
      Forms.push_back(renameE(Forms[I], "CHILD->" + R.ThreadPcbField));
  return Forms;
}

/// What meets and undoes flag \p Flag of a sys/ rule: the mask writes
/// (each name that contains its bits, each kept mask that lacks them),
/// the rules' helpers, assertions on the field.
Need flagNeed(const ArchRule &R, const std::string &Flag,
              const CocciFacts &Facts) {
  Need N;
  N.Key = Flag;
  std::string F = "E->" + R.FlagField;
  std::vector<std::string> Names{Flag};
  if (auto It = Facts.Containing.find(Flag); It != Facts.Containing.end())
    Names.insert(Names.end(), It->second.begin(), It->second.end());
  for (const std::string &Name : Names)
    N.Meets.push_back(F + " &= ~(<+... " + Name + " ...+>)");
  if (auto It = Facts.Lacking.find(Flag); It != Facts.Lacking.end())
    for (const std::string &Name : It->second)
      N.Meets.push_back(F + " &= " + Name);
  N.Meets.push_back(F + " = W");
  for (const FlagHelper &H : R.Helpers) {
    bool Clears = H.Effect == HelperEffect::ClearNewThreadFlags ||
                  (H.Effect == HelperEffect::ClearFlags &&
                   is_contained(H.Flags, Flag));
    if (Clears)
      N.Meets.push_back(helperCall(H, H.ThreadArg ? "CHILD" : "E"));
    for (const std::string &Name : Names) {
      if (H.Effect == HelperEffect::ClearMask)
        N.Meets.push_back(helperCall(H, "E", "<+... " + Name + " ...+>"));
      if (H.Effect == HelperEffect::SetMask)
        N.Undoes.push_back(helperCall(H, "E", "<+... " + Name + " ...+>") +
                           ";");
    }
  }
  N.Meets.push_back("KASSERT(<+... " + F + " ...+>, ...)");
  N.Meets.push_back("MPASS(<+... " + F + " ...+>)");
  for (const std::string &Name : Names)
    N.Undoes.push_back(F + " |= <+... " + Name + " ...+>;");
  N.Meets = throughThread(R, N.Meets);
  N.Undoes = throughThread(R, N.Undoes);
  N.Message = findingMessage("%F%", R.FlagField, Flag);
  return N;
}

/// A field_resets entry as the header names it: its field, and a
/// clear-bits entry's mask ("thread.svcr's SVCR_ZA_MASK").
std::string resetName(const FieldReset &Reset) {
  return Reset.To == ResetKind::ClearBits
             ? Reset.Field + "'s " + Reset.Bits
             : Reset.Field;
}

/// The writes of \p Lhs that meet \p Reset, added to \p N: any value; for
/// a clear-bits entry one that clears its mask, undone (\p Undone) by one
/// that sets it again.
void addResetWrites(Need &N, const FieldReset &Reset, const std::string &Lhs,
                    bool Undone = true) {
  if (Reset.To != ResetKind::ClearBits) {
    N.Meets.push_back(Lhs + " = V");
    return;
  }
  N.Meets.push_back(Lhs + " &= ~" + Reset.Bits);
  N.Meets.push_back(Lhs + " = 0");
  if (Undone)
    N.Undoes.push_back(Lhs + " |= <+... " + Reset.Bits + " ...+>;");
}

/// What meets field_resets entry \p Reset: a write of the field, a rules
/// helper that resets it, a test of its only_with flag.
Need resetNeed(const ArchRule &R, const FieldReset &Reset) {
  Need N;
  N.Key = Reset.key();
  addResetWrites(N, Reset, "E->" + Reset.Field);
  for (const FlagHelper &H : R.Helpers)
    if (is_contained(H.Resets, Reset.key()))
      N.Meets.push_back(helperCall(H, H.ThreadArg ? "CHILD" : "E"));
  N.Meets = throughThread(R, N.Meets);
  if (Reset.OnlyWith)
    N.Guard = Reset.OnlyWith->Flag;
  N.Message = stateMessage("%F%", Reset);
  return N;
}

/// The SmPL text of a semantic patch, one rule at a time; each rule
/// declares the metavariables its body uses and no others (spatch warns
/// of unused ones).
class Writer {
public:
  explicit Writer(std::string &S) : OS(S) {}
  raw_string_ostream OS;

  void rule(StringRef Head, const std::string &Body, StringRef Key = "") {
    auto Uses = [&](StringRef Name) {
      return Regex("(^|[^A-Za-z0-9_])" + Name.str() + "([^A-Za-z0-9_]|$)")
          .match(Body);
    };
    std::vector<std::string> Ids, Exprs;
    for (StringRef Name :
         {"child", "parent", "helper", "from", "fld", "fld2", "I"})
      if (Uses(Name))
        Ids.push_back(Name.str());
    for (StringRef Name : {"E", "E2", "E3", "E4", "N", "N2", "W", "V", "V2", "T", "J", "J2",
          "Err"})
      if (Uses(Name) && !(AnyCopyPcb.size() && Name == "E"))
        Exprs.push_back(Name.str());
    OS << "\n@" << Head << "@\n";
    if (!Ids.empty())
      OS << "identifier " << join(Ids, ", ") << ";\n";
    for (StringRef Dict : {"clears", "copies", "frees"}) {
      std::string Var = Dict == "clears" ? "hc"
                        : Dict == "copies" ? "hcopy"
                                           : "hf";
      if (Uses(Var))
        OS << "identifier " << Var << " : script:python() { " << Var
           << " in " << Dict << "[\"" << Key << "\"] };\n";
    }
    if (Uses("RT"))
      OS << "type RT;\n";
    if (Uses("TT"))
      OS << "typedef " << join(ThreadTypedefs, ", ") << ";\ntype TT = {struct "
         << ThreadType << ", " << join(ThreadTypedefs, ", ") << "};\n";
    if (!Exprs.empty())
      OS << "expression " << join(Exprs, ", ") << ";\n";
    if (AnyCopyPcb.size() && Uses("E"))
      OS << "struct " << AnyCopyPcb << " *E;\n";
    if (Uses("S"))
      OS << "statement S;\n";
    if (StringRef(Body).contains("return@p") && NoFpu)
      OS << "position p : script:python() { (p[0].file, p[0].line) not in "
            "no_fpu };\n";
    else if (StringRef(Body).contains("@p") && !Head.contains("context"))
      OS << "position p;\n";
    OS << "@@\n\n" << Body;
  }

  void reportScripts(StringRef Rule, StringRef Message) {
    for (StringRef Mode : {"report", "org"})
      OS << "\n@script:python depends on " << Mode << "@\np << " << Rule
         << ".p;\n@@\n\ncoccilib." << Mode << "."
         << (Mode == "report" ? "print_report" : "print_todo") << "(p[0], \""
         << Message << "\")\n";
  }

  std::string AnyCopyPcb; ///< Linux powerpc: E is a pointer to this type.
  /// The thread type and its typedefs (illumos klwp_t), for TT.
  std::string ThreadType;
  std::vector<std::string> ThreadTypedefs;
  bool NoFpu = false;     ///< The no_fpu set of featureRules() exists.
};

std::string whenNot(const std::vector<std::string> &W,
                    StringRef Indent = "  ") {
  std::string Out;
  for (size_t I = 0; I < W.size(); ++I)
    Out += Indent.str() + (I ? "    when != " : "... when != ") + W[I] + "\n";
  return Out;
}

std::string alternatives(const std::vector<std::string> &Statements,
                         StringRef Lead = "  ") {
  if (Statements.size() == 1)
    return Lead.str() + Statements[0] + "\n";
  std::string Out = "(\n";
  for (size_t I = 0; I < Statements.size(); ++I)
    Out += (I ? "|\n" : "") + Lead.str() + Statements[I] + "\n";
  return Out + ")\n";
}

/// The path after the copy on which \p N is not met, nor met and undone.
std::string unmetTail(const Need &N, StringRef Child) {
  std::vector<std::string> W, Undoes;
  for (const std::string &M : N.Meets)
    if (Child != "..." || !StringRef(M).contains("CHILD->"))
      W.push_back(withChild(M, Child));
  for (const std::string &M : N.Undoes)
    if (Child != "..." || !StringRef(M).contains("CHILD->"))
      Undoes.push_back(withChild(M, Child));
  W.push_back("hc(...)");
  if (!N.Guard.empty())
    W.push_back("if (<+... " + N.Guard + " ...+>) S");
  if (Undoes.empty())
    return whenNot(W);
  return "(\n" + whenNot(W) + "|\n  ... when any\n" + alternatives(Undoes) +
         whenNot(W) + ")\n";
}

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

/// The copy of \p From's pcb into E, each form the checker knows; Mark
/// is "@p" (report), "" (patch).
std::vector<std::string> copyForms(StringRef From, StringRef Mark) {
  std::string Src = From.str() + "->td_pcb";
  return {"bcopy" + Mark.str() + "(" + Src + ", E, N);",
          "memcpy" + Mark.str() + "(E, " + Src + ", N);",
          "memmove" + Mark.str() + "(E, " + Src + ", N);",
          "__builtin_memcpy" + Mark.str() + "(E, " + Src + ", N);",
          "__builtin_memmove" + Mark.str() + "(E, " + Src + ", N);",
          "*E" + Mark.str() + " = *" + Src + ";"};
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

/// The file's static helpers for \p N: those that meet it on every path
/// ("clears"), and those that copy a parent's pcb and leave it unmet
/// ("copies").  A call to one counts as the clear or as the copy.
void helperRules(Writer &W, const Need &N, bool Copies = true) {
  std::string Key = rulePart(N.Key);
  std::vector<std::string> Meets;
  for (const std::string &M : N.Meets)
    if (!StringRef(M).contains("CHILD->") && !StringRef(M).starts_with("return"))
      Meets.push_back(withChild(renameE(M, "E2"), "...") +
                      (StringRef(M).ends_with(";") ? "" : ";"));
  Meets.push_back("hc(...);");
  W.rule("clears_" + Key + " forall",
         "static RT helper(...)\n{\n  ...\n" + alternatives(Meets) +
             "  ...\n}\n",
         N.Key);
  W.OS << "\n@script:python@\nhelper << clears_" << Key
       << ".helper;\n@@\n\nclears[\"" << N.Key << "\"].add(helper)\n";
  if (!Copies)
    return;
  W.rule("copies_" + Key + " exists",
         "static RT helper(..., struct thread *from, ...)\n{\n"
         "  ... when any\n" +
             alternatives(copyForms("from", "")) +
             unmetTail(N, "...") + "}\n",
         N.Key);
  W.OS << "\n@script:python@\nhelper << copies_" << Key
       << ".helper;\n@@\n\ncopies[\"" << N.Key << "\"].add(helper)\n";
}

/// The python dictionaries the helper rules fill, one entry per need.
void pythonStart(Writer &W, const std::vector<std::string> &Keys,
                 bool NoFpu = false, bool Frees = false) {
  W.OS << "\n@initialize:python@\n@@\n\n"
       << "# By flag or field: the file's static functions that clear it on\n"
       << "# every path, and those that copy a parent's pcb and leave it.\n"
       << "clears = {}\ncopies = {}\nfor key in [";
  std::vector<std::string> Quoted;
  for (const std::string &K : Keys)
    if (!is_contained(Quoted, "\"" + K + "\""))
      Quoted.push_back("\"" + K + "\"");
  W.OS << join(Quoted, ", ") << "]:\n    clears[key] = set()\n"
       << "    copies[key] = set()\n";
  if (NoFpu)
    W.OS << "# The lines of the branches taken without an FPU.\n"
         << "no_fpu = set()\n";
  if (Frees)
    W.OS << "# By field: the file's static functions that free it and may\n"
         << "# return with it still set.\n"
         << "frees = {}\nfor key in [" << join(Quoted, ", ")
         << "]:\n    frees[key] = set()\n";
}

/// The rule that finds \p N unmet after \p F's copy, its report and org
/// scripts and its context rule.
void findRules(Writer &W, const ThreadFunction &F, const Need &N,
               StringRef Only) {
  std::string Name = "r_" + F.Name + "_" + rulePart(N.Key);
  std::vector<std::string> Copies = copyForms("parent", "@p");
  Copies.push_back("hcopy@p(...);");
  W.rule(Name + (Only.empty() ? "" : " depends on " + Only.drop_front(4).str()) +
             " exists",
         F.Name + "(" + parameters(F) + ")\n{\n  ... when any\n" +
             alternatives(Copies) + unmetTail(N, "child") + "}\n",
         N.Key);
  W.reportScripts(Name, replaceAll(N.Message, "%F%", F.Name));
  W.OS << "\n@depends on context" << Only << "@\nposition " << Name
       << ".p;\nidentifier I;\nexpression E, E2;\n@@\n\n(\n* I@p(...);\n|\n"
          "* *E@p = E2;\n)\n";
}

/// Patch mode for the flags: the rule's fix before the first statement
/// that touches the child's FPU state, where none of the flags is
/// cleared after the copy.
void flagPatchRule(Writer &W, const ArchRule &R, const ThreadFunction &F,
                   const std::vector<Need> &Flags,
                   const std::vector<std::string> &Mask, StringRef Only) {
  std::vector<std::string> Meets;
  for (const Need &N : Flags)
    for (const std::string &M : N.Meets)
      if (!is_contained(Meets, withChild(M, "child")))
        Meets.push_back(withChild(M, "child"));
  for (const std::string &Field : R.FpuStateFields)
    Meets.push_back("E->" + Field + " = W");
  std::string Fix = join(fillTemplate(R.Fix, "E", Mask), " ");
  std::vector<std::string> Before;
  for (const std::string &Field : R.FpuStateFields)
    Before.push_back("+ " + Fix + "\n  E->" + Field + " = V;");
  std::string Body = F.Name + "(" + parameters(F) + ")\n{\n  ... when any\n" +
                     alternatives(copyForms("parent", "")) + whenNot(Meets) +
                     alternatives(Before, "") + "  ... when any\n}\n";
  W.rule("depends on patch && !field_resets" + Only.str() + " exists", Body);
}

/// Patch mode for a field reset with a fix: after the last write through
/// the child's pcb (and after any later copy into the child thread when
/// the fix writes through it), else right after the copy.
void resetPatchRules(Writer &W, const ArchRule &R, const ThreadFunction &F,
                     const FieldReset &Reset, StringRef Found) {
  std::vector<std::string> Lines =
      ArchRule::resetStatements(Reset, "E", "child");
  if (!Reset.Autofix || Lines.empty())
    return;
  std::string Fix;
  for (const std::string &L : Lines)
    Fix += "+ " + L + "\n";
  std::string Key = rulePart(Reset.key()), Open =
      F.Name + "(" + parameters(F) + ")\n{\n  ... when any\n" +
      alternatives(copyForms("parent", ""));
  std::vector<std::string> Later{"E->fld2 = V2", "E->fld2[J] = V2"};
  bool Thread = Reset.fixNamesThread();
  if (Thread)
    for (StringRef Copy : {"bcopy(E3, child->fld2, N2)",
                           "memcpy(child->fld2, E3, N2)"})
      Later.push_back(Copy.str());
  // Each place a rule of its own, tried in turn: spatch cannot insert
  // after either branch of a disjunction.
  std::string Head = "depends on patch && field_resets && " + Found.str();
  std::vector<std::pair<std::string, std::string>> Places{
      {"last_write_", "  E->fld = V;\n"}, {"last_index_", "  E->fld[J2] = V;\n"}};
  if (Thread)
    Places.push_back({"last_copy_", "  bcopy(E2, child->fld, N2);\n"});
  std::string Done;
  for (const auto &[Prefix, Statement] : Places) {
    std::string Name = Prefix + F.Name + "_" + Key;
    W.rule(Name + " " + Head + Done + " exists",
           Open + "  ... when any\n" + Statement + Fix + whenNot(Later) +
               "}\n");
    Done += " && !" + Name;
  }
  // No write after the copy: right after it.
  std::vector<std::string> Copies = copyForms("parent", "");
  for (std::string &C : Copies)
    C += "\n" + StringRef(Fix).drop_back().str();
  W.rule(Head + Done + " exists",
         F.Name + "(" + parameters(F) + ")\n{\n  ... when any\n" +
             alternatives(Copies) + "  ... when any\n}\n");
}

/// \p Text as a patch's "///" description (scripts/coccinelle/ shows it
/// with spatch --parse-cocci), wrapped at 76 columns.
std::string description(StringRef Text) {
  std::string Out, Line;
  SmallVector<StringRef, 32> Words;
  Text.split(Words, ' ', -1, false);
  for (StringRef Word : Words) {
    if (!Line.empty() && Line.size() + 1 + Word.size() > 72) {
      Out += "/// " + Line + "\n";
      Line.clear();
    }
    Line += (Line.empty() ? "" : " ") + Word.str();
  }
  return Out + "/// " + Line + "\n";
}

/// The sys/ (FreeBSD) semantic patch.
std::string sysTreePatch(const ArchRule &R, const std::vector<std::string> &FixFlags,
                         const std::vector<std::string> &OwnFlags,
                         const CocciFacts &Facts) {
  std::string S;
  Writer W(S);
  std::vector<std::string> NewThread, Fork;
  for (const ThreadFunction &F : copyingFunctions(R))
    (F.Kind == FunctionKind::Fork ? Fork : NewThread).push_back(F.Name);
  std::vector<const FieldReset *> Resets;
  for (size_t I = 0; I < R.FieldResets.size(); ++I)
    if ((!Facts.Known || is_contained(Facts.Resets, I)) &&
        (R.FieldResets[I].appliesTo(FunctionKind::NewThread) ||
         R.FieldResets[I].appliesTo(FunctionKind::Fork)))
      Resets.push_back(&R.FieldResets[I]);
  std::vector<std::string> Fields;
  for (const FieldReset *F : Resets)
    if (!is_contained(Fields, resetName(*F)))
      Fields.push_back(resetName(*F));
  std::string About =
      "Finds kernel-FPU ownership that a new thread inherits on " + R.Arch +
      ": a copy of the parent's pcb into the child's in " +
      join(NewThread, ", ") + " (" + join(Fork, ", ") +
      " with -D check_fork), with a path to the return on which " +
      R.FlagField + " keeps one of " + join(OwnFlags, ", ") +
      " (FreeBSD PR 247945).";
  if (!Fields.empty())
    About += " With -D field_resets, also a path on which one of the "
             "child's " +
             join(Fields, ", ") +
             " is not reset (use it on trees whose struct pcb has the "
             "field).";
  About += " The file's static helpers that clear, copy or reset count as "
           "the clear, the copy or the reset.";
  W.OS << description(About)
       << "///\n"
       << "// Generated from rules/" << ruleFileName(R)
       << ".yaml by pcbcheck --write-cocci; do not edit.\n"
       << "// Confidence: Moderate\n"
       << "// Copyright: (C) the pcbcheck developers\n"
       << "// Options: --no-includes\n"
       << "// Requires: 1.1.1\n\n"
       << "virtual patch\nvirtual context\nvirtual org\nvirtual report\n"
       << "virtual check_fork\n"
       // Declared in every patch, so that one -D works for all of them.
       << "virtual field_resets\n";

  std::vector<Need> Flags;
  for (const std::string &Flag : OwnFlags)
    Flags.push_back(flagNeed(R, Flag, Facts));
  std::vector<std::pair<const FieldReset *, Need>> Fieldwise;
  for (const FieldReset *F : Resets)
    Fieldwise.push_back({F, resetNeed(R, *F)});

  std::vector<std::string> Keys;
  for (const Need &N : Flags)
    Keys.push_back(N.Key);
  for (const auto &[F, N] : Fieldwise)
    Keys.push_back(N.Key);
  pythonStart(W, Keys);
  for (const Need &N : Flags)
    helperRules(W, N);
  std::vector<std::string> HelpedFields;
  for (const auto &[F, N] : Fieldwise)
    if (!is_contained(HelpedFields, N.Key)) {
      HelpedFields.push_back(N.Key);
      helperRules(W, N);
    }

  for (const ThreadFunction &F : copyingFunctions(R)) {
    std::string Only = F.Kind == FunctionKind::Fork ? " && check_fork" : "";
    const std::vector<std::string> &Mask =
        F.Kind == FunctionKind::Fork ? OwnFlags : FixFlags;
    for (const Need &N : Flags)
      findRules(W, F, N, Only);
    flagPatchRule(W, R, F, Flags, Mask, Only);
    for (const auto &[Reset, N] : Fieldwise) {
      if (!Reset->appliesTo(F.Kind) || !F.responsibleFor(Reset->key()))
        continue;
      findRules(W, F, N, " && field_resets");
      resetPatchRules(W, R, F, *Reset,
                      "r_" + F.Name + "_" + rulePart(N.Key));
    }
  }
  return S;
}

/// A helper call that sets or clears \p Flag in the child: its thread
/// argument CHILD, a pointer argument any expression T, the flag at its
/// bit argument, "..." for the rest.
std::string bitHelperCall(const FlagHelper &H, StringRef Flag) {
  std::vector<std::string> Args;
  unsigned Target = H.ThreadArg ? *H.ThreadArg : *H.PcbArg;
  for (unsigned I = 0; I <= std::max(Target, *H.BitArg); ++I)
    Args.push_back(I == *H.BitArg ? Flag.str()
                   : I == Target  ? (H.ThreadArg ? "CHILD" : "T")
                                  : "...");
  return H.Name + "(" + join(Args, ", ") + ")";
}

/// A return of an error: the fork fails and the child never runs, so the
/// checker requires nothing there.
void errorExits(Need &N) {
  N.Meets.push_back("return -Err;");
  N.Meets.push_back("return (-Err);");
}

/// What meets and undoes \p Flag in another kernel's code: a helper of the
/// rules, or a write of the flag field (a mask rule, powerpc's MSR).
Need otherFlagNeed(const ArchRule &R, const std::string &Flag) {
  Need N;
  N.Key = Flag;
  StringRef Last = StringRef(R.FlagField).rsplit('.').second;
  if (Last.empty())
    Last = R.FlagField;
  if (R.FlagValuesAre == FlagValues::Mask) {
    N.Meets.push_back("E->" + Last.str() + " &= ~(<+... " + Flag + " ...+>)");
    N.Meets.push_back("E->" + Last.str() + " = W");
  }
  for (const FlagHelper &H : R.Helpers)
    if (H.Effect == HelperEffect::ClearBit)
      N.Meets.push_back(bitHelperCall(H, Flag));
    else if (H.Effect == HelperEffect::SetBit)
      N.Undoes.push_back(bitHelperCall(H, Flag) + ";");
    else if (H.Effect != HelperEffect::SetMask &&
             H.Effect != HelperEffect::None && H.ThreadArg)
      N.Meets.push_back(H.Name + "(CHILD, ...)");
  errorExits(N);
  N.Message = findingMessage("%F%", R.FlagField, Flag);
  return N;
}

/// What meets a field_resets entry in another kernel's code: a write of
/// the field, a memset of a struct around it, a rules helper that resets
/// it.
Need otherResetNeed(const ArchRule &R, const FieldReset &Reset) {
  Need N;
  N.Key = Reset.key();
  // A trailing structure's member is written through its accessor
  // (x86_task_fpu(dst)->last_cpu) or, below, through any pointer.
  const TrailingStruct *Trailing = R.trailingOf(Reset.Field);
  StringRef Member =
      Trailing ? StringRef(Reset.Field).split('.').second : Reset.Field;
  if (Trailing)
    addResetWrites(N, Reset, Trailing->Name + "(CHILD)->" + Member.str());
  else
    for (StringRef Base : {"CHILD", "E"})
      addResetWrites(N, Reset, Base.str() + "->" + Reset.Field);
  StringRef Path = Trailing ? "" : Member;
  for (size_t Dot = Path.rfind('.'); Dot != StringRef::npos;
       Dot = Path.rfind('.')) {
    Path = Path.take_front(Dot);
    N.Meets.push_back("memset(&CHILD->" + Path.str() + ", ...)");
  }
  // Through a pointer to a struct around the field (x86's
  // "struct fpu *dst_fpu = &dst->thread.fpu;") or a member holding the
  // copy (arm's thread->vfpstate): spatch does not follow them, so any
  // write of the field's last members counts.
  for (StringRef Rest = Member; !Rest.empty();
       Rest = Rest.split('.').second)
    for (StringRef Access : {"->", "."})
      addResetWrites(N, Reset, "E4" + Access.str() + Rest.str(),
                     /*Undone=*/false);
  for (const FlagHelper &H : R.Helpers)
    if (is_contained(H.Resets, Reset.key()))
      N.Meets.push_back(helperCall(H, H.ThreadArg ? "CHILD" : "E"));
  errorExits(N);
  N.Message = stateMessage("%F%", Reset);
  return N;
}

/// What meets must_set_flags entry \p Flag: a set helper of the rules;
/// a clear after it undoes it.
Need otherMustSetNeed(const ArchRule &R, const std::string &Flag) {
  Need N;
  N.Key = Flag;
  N.MustSet = true;
  for (const FlagHelper &H : R.Helpers)
    if (H.Effect == HelperEffect::SetBit)
      N.Meets.push_back(bitHelperCall(H, Flag));
    else if (H.Effect == HelperEffect::ClearBit)
      N.Undoes.push_back(bitHelperCall(H, Flag) + ";");
  errorExits(N);
  N.Message = unsetMessage("%F%", R.FlagField, Flag);
  return N;
}

/// The rule that finds the no-FPU branches (the rules' feature test
/// false), whose returns need no FPU state set up.
void featureRules(Writer &W, const ArchRule &R) {
  W.OS << "\n@no_fpu@\nposition q;\nidentifier test = {"
       << join(R.FpuFeatureTest->Calls, ", ") << "};\nstatement S;\n@@\n\n"
       << "if (!test(" << R.FpuFeatureTest->Feature << ")) S@q\n"
       << "\n@script:python@\nq << no_fpu.q;\n@@\n\nfor x in q:\n"
       << "    no_fpu.add((x.file, x.line))\n";
}

/// The copy of the parent into E that a new-thread function makes, or
/// for any-copy rules any copy of the pcb type; Mark as in copyForms,
/// or "*" in column 0 (context).
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

/// The rules of one function of another kernel (Linux): for each need,
/// the rule that finds it unmet, its context rule and report scripts;
/// the patch rules of its flags.
/// The field_resets entry \p N is for.
const FieldReset *resetOf(const ArchRule &R, const Need &N) {
  return R.findReset(N.Key);
}

/// A call of one of the rules' free_functions on \p N's field through any
/// pointer E2 (the rule's own or an alias, as a reset counts), marked
/// \p Mark.
std::string freeCalls(const ArchRule &R, const Need &N, StringRef Mark) {
  const FieldReset &Reset = *resetOf(R, N);
  std::vector<std::string> Calls;
  for (const std::string &Free : R.FreeFunctions)
    Calls.push_back(Free + Mark.str() + "(E2->" + Reset.Field + ");");
  return alternatives(Calls);
}

/// What resets \p N's field after a free: its writes and helpers, not an
/// error return (the failed fork frees the child, and the field again).
Need freedNeed(const Need &N) {
  Need Out = N;
  llvm::erase_if(Out.Meets,
                 [](const std::string &M) { return StringRef(M).starts_with("return"); });
  return Out;
}

/// The rule that collects the file's static functions with a path that
/// frees \p N's field and reaches their end with it still set.
void freesHelperRule(Writer &W, const ArchRule &R, const Need &N) {
  std::string Key = rulePart(N.Key);
  W.rule("frees_" + Key + " exists",
         "static RT helper(...)\n{\n  ... when any\n" + freeCalls(R, N, "") +
             unmetTail(freedNeed(N), "...") + "}\n",
         N.Key);
  W.OS << "\n@script:python@\nhelper << frees_" << Key
       << ".helper;\n@@\n\nfrees[\"" << N.Key << "\"].add(helper)\n";
}

/// Flags that only some trees require (flag_eras): the patch, which reads
/// no headers, knows the era by its function's name in the file (a
/// definition or a call); with clang's facts (--engine=cocci) the flag is
/// only asked for where the tree is of its era.  Returns the dependency of
/// each such flag's rules.
std::map<std::string, std::string>
flagEraRules(Writer &W, const ArchRule &R, const std::vector<std::string> &Flags,
             const CocciFacts &Facts) {
  std::map<std::string, std::string> Eras;
  if (Facts.Known)
    return Eras;
  std::set<std::string> Written;
  for (const FlagEra &E : R.FlagEras) {
    const std::string &Fn = E.AppliesWith.Function;
    if (Fn.empty() || !is_contained(Flags, E.Flag))
      continue;
    std::string Name = "era_" + Fn;
    if (Written.insert(Name).second) {
      W.rule(Name, Fn + "(...)\n{\n  ...\n}\n");
      W.rule(Name + "_call", Fn + "(...)\n");
    }
    Eras[E.Flag] = "(" + Name + " || " + Name + "_call)";
  }
  return Eras;
}

class OtherFunctionRules {
public:
  OtherFunctionRules(Writer &W, const ArchRule &R, const ThreadFunction &F)
      : W(W), R(R), F(F) {
    // TT: the thread type or one of its typedefs (Writer declares it).
    std::string Type = R.ThreadTypedefs.empty()
                           ? "struct " + R.ThreadType + " *"
                           : std::string("TT *");
    bool AnyCopy = R.ChildPcbIs == ChildPcb::AnyCopy;
    // Flags in a copy the function makes (powerpc's pt_regs) are tracked
    // from that copy, the task's own from the entry; fields from the
    // entry in every function entered with the copy.
    Entry = F.Kind == FunctionKind::Copied && !AnyCopy;
    FieldEntry = F.Kind == FunctionKind::Copied;
    Params = FieldEntry || !F.Parent
                 ? "..., " + Type + "child, ..."
                 : (F.Child < *F.Parent ? Type + "child, " + Type + "parent"
                                        : Type + "parent, " + Type + "child");
  }

  /// The rule that finds \p N unmet; \p Only is a virtual it needs.
  void find(const Need &N, bool FromEntry, StringRef Only = "") {
    std::string Name = "r_" + F.Name + "_" + rulePart(N.Key);
    std::string Tail = unmetTail(N, "child");
    std::string Head = Only.empty() ? "" : " depends on " + Only.str();
    std::string Context =
        "depends on context" + (Only.empty() ? "" : " && " + Only.str()) +
        " exists";
    if (N.MustSet) {
      W.rule(Name + " exists", open("") + Tail + "  return@p ...;\n}\n",
             N.Key);
      W.rule(Context, open("") + Tail + "* return ...;\n}\n", N.Key);
    } else if (FromEntry) {
      W.rule(Name + Head + " exists", open("@p") + Tail + "}\n", N.Key);
      W.rule(Context, open("") + Tail + "* return ...;\n}\n", N.Key);
    } else {
      W.rule(Name + Head + " exists",
             open("") + Lead + otherCopyForms(R, "@p") + Tail + "}\n", N.Key);
      W.rule(Context, open("") + Lead + otherCopyForms(R, "*") + Tail + "}\n",
             N.Key);
    }
    W.reportScripts(Name, replaceAll(N.Message, "%F%", F.Name));
  }

  /// The rules that find a pointer of \p N freed in F, or in a static
  /// helper F calls, and left set on a path to F's end.
  void freed(const Need &N) {
    std::string Name = "freed_" + F.Name + "_" + rulePart(N.Key);
    W.rule(Name + " depends on field_resets exists",
           open("") + Lead + freeCalls(R, N, "@p") +
               unmetTail(freedNeed(N), "child") + "}\n",
           N.Key);
    std::string Message = freedMessage(F.Name, *resetOf(R, N));
    W.reportScripts(Name, Message);
    std::string Call = "calls_" + Name;
    W.rule(Call + " depends on field_resets exists",
           open("") + Lead +
               alternatives({"hf@p(...);", "E3 = hf@p(...);",
                             "return hf@p(...);"}) +
               Lead + "}\n",
           N.Key);
    W.reportScripts(Call, Message);
  }

  /// Patch mode for the flags \p Own: a clear per missing flag where the
  /// rule's fix is one per flag, else all of \p Fix where none is
  /// cleared.
  void patch(const std::vector<const Need *> &Own,
             const std::vector<std::string> &Fix) {
    if (Own.empty())
      return;
    if (StringRef(R.Fix).contains("%flag%") && Entry) {
      for (const Need *N : Own)
        if (is_contained(Fix, N->Key))
          W.rule("depends on patch && !field_resets" +
                     (eraOf(N->Key).empty() ? "" : " && " + eraOf(N->Key)) +
                     " exists",
                 open("") + unmetTail(*N, "child") + "+ " +
                     join(fillTemplate(R.Fix, "child", {N->Key}), " ") +
                     "\n  return ...;\n}\n",
                 N->Key);
      return;
    }
    std::vector<std::string> Meets;
    for (const Need *N : Own)
      for (const std::string &M : N->Meets)
        if (!is_contained(Meets, withChild(M, "child")))
          Meets.push_back(withChild(M, "child"));
    std::string Fixed;
    bool AnyCopy = R.ChildPcbIs == ChildPcb::AnyCopy;
    for (const std::string &Line :
         fillTemplate(R.Fix, Entry || !AnyCopy ? "child" : "E", Fix))
      Fixed += "+ " + Line + "\n";
    if (Entry)
      W.rule("depends on patch && !field_resets exists",
             open("") + whenNot(Meets) + Fixed + "  return ...;\n}\n");
    else
      W.rule("depends on patch && !field_resets exists",
             open("") + Lead + otherCopyForms(R, "", Fixed) +
                 whenNot(Meets) + "}\n");
  }

  /// The dependency that says a flag's era (flag_eras), by flag.
  std::string eraOf(const std::string &Flag) const {
    auto It = Eras.find(Flag);
    return It == Eras.end() ? "" : It->second;
  }

  bool Entry = false, FieldEntry = false;
  std::map<std::string, std::string> Eras;

private:
  Writer &W;
  const ArchRule &R;
  const ThreadFunction &F;
  std::string Params;
  const std::string Lead = "  ... when any\n";

  std::string open(StringRef Mark) const {
    return F.Name + Mark.str() + "(" + Params + ")\n{\n";
  }
};

/// The header of another kernel's semantic patch, as scripts/coccinelle
/// wants it.
void otherKernelHeader(Writer &W, const ArchRule &R,
                       const std::vector<std::string> &Flags,
                       const std::vector<std::string> &Fields,
                       const std::vector<std::string> &MustSet) {
  raw_string_ostream &OS = W.OS;
  std::string About =
      "Finds FPU state that a new task keeps from its parent on " + R.Arch +
      ": a path through a function that makes the task and never clears "
      "one of " +
      (Flags.empty() ? std::string("its flags") : join(Flags, ", ")) + ".";
  if (!MustSet.empty())
    About += " Also a path to a return that never sets " +
             join(MustSet, ", ") + ", which a new task must have set.";
  if (!Fields.empty())
    About += " With -D field_resets (SPFLAGS=\"-D field_resets\" for make "
             "coccicheck), also a path that never resets " +
             join(Fields, ", ") + ".";
  if (!Fields.empty() && !R.FreeFunctions.empty())
    About += " With it too, a path on which a function (or a static helper "
             "it calls) frees one of those pointers with " +
             join(R.FreeFunctions, ", ") +
             " and returns with it still set, error returns included.";
  About += " An error return fails the fork: nothing is required there.";
  OS << description(About)
     << "///\n"
     << "// Generated from rules/" << ruleFileName(R)
     << ".yaml by pcbcheck --write-cocci; do not edit.\n"
     << "// Confidence: Moderate\n"
     << "// Copyright: (C) the pcbcheck developers\n"
     << "// URL: https://coccinelle.gitlabpages.inria.fr/website\n"
     << "// Options: --no-includes --include-headers\n"
     << "// Keywords: fork, copy_thread, FPU\n\n"
     << "virtual patch\nvirtual context\nvirtual org\nvirtual report\n"
     // Declared in every patch, so that SPFLAGS="-D field_resets" works
     // for all of them.
     << "virtual field_resets\n";
}

/// Another kernel's semantic patch (Linux): for each flag, and with -D
/// field_resets each field to reset, a path from the copy, or from the
/// entry of a function entered with the child already a copy, to a
/// return that is not an error with the flag not cleared (or the field
/// not reset); for each must-set flag, a path to a return without it.
/// Written as scripts/coccinelle/ wants it, so that "make coccicheck
/// COCCI=..." runs it.
std::string otherKernelPatch(const ArchRule &R,
                             const std::vector<std::string> &OwnFlags,
                             const std::vector<std::string> &FixFlags,
                             const CocciFacts &Facts) {
  auto Resets = [&](const ThreadFunction &F) {
    std::vector<const FieldReset *> Out;
    for (size_t I = 0; I < R.FieldResets.size(); ++I)
      if ((!Facts.Known || is_contained(Facts.Resets, I)) &&
          R.FieldResets[I].appliesTo(F.Kind) &&
          F.responsibleFor(R.FieldResets[I].key()))
        Out.push_back(&R.FieldResets[I]);
    return Out;
  };
  std::vector<std::string> Flags, Fields, MustSet;
  for (const ThreadFunction &F : copyingFunctions(R)) {
    for (const std::string &Flag : OwnFlags)
      if (F.responsibleFor(Flag) && !is_contained(Flags, Flag))
        Flags.push_back(Flag);
    for (const std::string &Flag : Facts.Known ? Facts.MustSet : R.MustSetFlags)
      if (F.responsibleFor(Flag) && !is_contained(MustSet, Flag))
        MustSet.push_back(Flag);
    for (const FieldReset *Reset : Resets(F))
      if (!is_contained(Fields, Reset->key()))
        Fields.push_back(Reset->key());
  }
  if (Flags.empty() && Fields.empty() && MustSet.empty())
    return "";
  std::string S;
  Writer W(S);
  W.ThreadType = R.ThreadType;
  W.ThreadTypedefs = R.ThreadTypedefs;
  std::vector<std::string> FieldNames;
  for (const std::string &Key : Fields)
    FieldNames.push_back(resetName(*R.findReset(Key)));
  otherKernelHeader(W, R, Flags, FieldNames, MustSet);
  if (R.ChildPcbIs == ChildPcb::AnyCopy)
    W.AnyCopyPcb = R.PcbType;
  std::vector<Need> Needs;
  for (const std::string &Flag : Flags)
    Needs.push_back(otherFlagNeed(R, Flag));
  for (const std::string &Key : Fields)
    Needs.push_back(otherResetNeed(R, *R.findReset(Key)));
  for (const std::string &Flag : MustSet)
    Needs.push_back(otherMustSetNeed(R, Flag));
  std::vector<std::string> Keys;
  for (const Need &N : Needs)
    Keys.push_back(N.Key);
  W.NoFpu = !MustSet.empty() && R.FpuFeatureTest.has_value();
  // Pointers a function may free and leave set (free_functions).
  std::vector<const Need *> Freeable;
  for (const Need &N : Needs)
    if (const FieldReset *Reset = resetOf(R, N);
        Reset && Reset->To == ResetKind::Null && !R.FreeFunctions.empty())
      Freeable.push_back(&N);
  pythonStart(W, Keys, W.NoFpu, !Freeable.empty());
  if (W.NoFpu)
    featureRules(W, R);
  for (const Need &N : Needs)
    if (!N.MustSet)
      helperRules(W, N, /*Copies=*/false);
  for (const Need *N : Freeable)
    freesHelperRule(W, R, *N);

  std::map<std::string, std::string> Eras = flagEraRules(W, R, Flags, Facts);
  std::vector<std::string> Done;
  for (const ThreadFunction &F : copyingFunctions(R)) {
    if (is_contained(Done, F.Name))
      continue;
    Done.push_back(F.Name);
    OtherFunctionRules Rules(W, R, F);
    Rules.Eras = Eras;
    std::vector<const Need *> Own;
    std::vector<std::string> Fix;
    for (const std::string &N : FixFlags)
      if (F.responsibleFor(N))
        Fix.push_back(N);
    for (const Need &N : Needs)
      if (!N.MustSet && F.responsibleFor(N.Key) &&
          is_contained(OwnFlags, N.Key)) {
        Own.push_back(&N);
        Rules.find(N, Rules.Entry, Rules.eraOf(N.Key));
      }
    Rules.patch(Own, Fix);
    for (const FieldReset *Reset : Resets(F))
      for (const Need &N : Needs)
        if (N.Key == Reset->key())
          Rules.find(N, Rules.FieldEntry, "field_resets");
    for (const Need &N : Needs)
      if (N.MustSet && F.responsibleFor(N.Key))
        Rules.find(N, true);
    // Whoever frees a pointer resets it: not only what F is responsible for.
    for (const Need *N : Freeable)
      Rules.freed(*N);
  }
  return S;
}

} // namespace

std::string pcbcheck::ruleFileName(const ArchRule &R) {
  std::string Name = R.Arch;
  std::replace(Name.begin(), Name.end(), '/', '-');
  return Name;
}

std::string pcbcheck::semanticPatch(const ArchRule &R,
                                    const std::vector<std::string> &FixFlags,
                                    const std::vector<std::string> &OwnFlags,
                                    const CocciFacts &Facts) {
  if (!R.inSysTree())
    return otherKernelPatch(R, OwnFlags, FixFlags, Facts);
  return sysTreePatch(R, FixFlags, OwnFlags, Facts);
}
