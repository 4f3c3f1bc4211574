//===- Rules.cpp - Per-architecture rules, read with LLVM's YAML I/O ------===//
//
// The YAML schema is documented in README.md ("The rules format").  Unknown
// keys, missing keys and inconsistent entries are errors with a position.
//
//===----------------------------------------------------------------------===//

#include "Rules.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"

using namespace pcbcheck;
using llvm::StringRef;

LLVM_YAML_IS_SEQUENCE_VECTOR(pcbcheck::ThreadFunction)
LLVM_YAML_IS_SEQUENCE_VECTOR(pcbcheck::FlagHelper)
LLVM_YAML_IS_SEQUENCE_VECTOR(pcbcheck::IncludeLink)
LLVM_YAML_IS_SEQUENCE_VECTOR(pcbcheck::TrailingStruct)
LLVM_YAML_IS_SEQUENCE_VECTOR(pcbcheck::FlagEra)
LLVM_YAML_IS_SEQUENCE_VECTOR(pcbcheck::FieldReset)
LLVM_YAML_IS_SEQUENCE_VECTOR(pcbcheck::FunctionKind)
LLVM_YAML_IS_DOCUMENT_LIST_VECTOR(pcbcheck::ArchRule)

namespace llvm {
namespace yaml {

template <> struct ScalarEnumerationTraits<FunctionKind> {
  static void enumeration(IO &Io, FunctionKind &K) {
    Io.enumCase(K, "new-thread", FunctionKind::NewThread);
    Io.enumCase(K, "fork", FunctionKind::Fork);
    Io.enumCase(K, "copied", FunctionKind::Copied);
    Io.enumCase(K, "exec", FunctionKind::Exec);
  }
};

template <> struct ScalarEnumerationTraits<HelperEffect> {
  static void enumeration(IO &Io, HelperEffect &E) {
    Io.enumCase(E, "none", HelperEffect::None);
    Io.enumCase(E, "clear-new-thread-flags",
                HelperEffect::ClearNewThreadFlags);
    Io.enumCase(E, "clear-mask", HelperEffect::ClearMask);
    Io.enumCase(E, "set-mask", HelperEffect::SetMask);
    Io.enumCase(E, "clear-bit", HelperEffect::ClearBit);
    Io.enumCase(E, "set-bit", HelperEffect::SetBit);
    Io.enumCase(E, "clear-flags", HelperEffect::ClearFlags);
  }
};

template <> struct ScalarEnumerationTraits<ChildPcb> {
  static void enumeration(IO &Io, ChildPcb &C) {
    Io.enumCase(C, "thread-field", ChildPcb::ThreadField);
    Io.enumCase(C, "thread", ChildPcb::Self);
    Io.enumCase(C, "any-copy", ChildPcb::AnyCopy);
  }
};

template <> struct ScalarEnumerationTraits<FlagValues> {
  static void enumeration(IO &Io, FlagValues &V) {
    Io.enumCase(V, "mask", FlagValues::Mask);
    Io.enumCase(V, "bit-number", FlagValues::BitNumber);
  }
};

template <> struct ScalarEnumerationTraits<ResetKind> {
  static void enumeration(IO &Io, ResetKind &K) {
    Io.enumCase(K, "own-storage", ResetKind::OwnStorage);
    Io.enumCase(K, "null", ResetKind::Null);
    Io.enumCase(K, "value", ResetKind::Value);
    Io.enumCase(K, "clear-bits", ResetKind::ClearBits);
  }
};

template <> struct MappingTraits<FieldReset::Condition> {
  static void mapping(IO &Io, FieldReset::Condition &C) {
    Io.mapRequired("field", C.Field);
    Io.mapRequired("flag", C.Flag);
  }
};

template <> struct MappingTraits<FieldReset::Era> {
  static void mapping(IO &Io, FieldReset::Era &E) {
    Io.mapOptional("field", E.Field);
    Io.mapOptional("flag", E.Flag);
    Io.mapOptional("function", E.Function);
  }
};

template <> struct MappingTraits<FieldReset> {
  static void mapping(IO &Io, FieldReset &R) {
    Io.mapRequired("field", R.Field);
    Io.mapRequired("to", R.To);
    Io.mapOptional("storage", R.Storage);
    Io.mapOptional("value", R.Value);
    Io.mapOptional("bits", R.Bits);
    Io.mapOptional("inherited", R.Inherited);
    // fix: one statement; fix_statements: several, in order.
    std::string One = R.Fix.size() == 1 ? R.Fix[0] : "";
    std::vector<std::string> Many;
    if (R.Fix.size() > 1)
      Many = R.Fix;
    Io.mapOptional("fix", One);
    Io.mapOptional("fix_statements", Many);
    if (!Io.outputting()) {
      if (!One.empty() && !Many.empty())
        Io.setError("field_resets '" + R.Field +
                    "': fix and fix_statements do not go together");
      R.Fix = Many.empty() && !One.empty() ? std::vector<std::string>{One}
                                           : Many;
    }
    Io.mapOptional("autofix", R.Autofix, true);
    Io.mapOptional("only_with", R.OnlyWith);
    Io.mapOptional("applies_with", R.AppliesWith);
    Io.mapOptional("kinds", R.Kinds);
    Io.mapOptional("note", R.Note);
  }
  static std::string check(const FieldReset &R) {
    if (R.Field.empty())
      return "field_resets: field is empty";
    if ((R.To == ResetKind::OwnStorage) != !R.Storage.empty())
      return "field_resets '" + R.Field + "': storage goes with "
             "to: own-storage, and only with it";
    if ((R.To == ResetKind::Value) != !R.Value.empty())
      return "field_resets '" + R.Field + "': value goes with to: value, "
             "and only with it";
    if ((R.To == ResetKind::ClearBits) != !R.Bits.empty())
      return "field_resets '" + R.Field + "': bits goes with to: "
             "clear-bits, and only with it";
    if (const std::optional<FieldReset::Era> &E = R.AppliesWith;
        E && !E->Field.empty() + !E->Flag.empty() + !E->Function.empty() != 1)
      return "field_resets '" + R.Field + "': applies_with names one of "
             "field, flag, function";
    return "";
  }
};

template <> struct MappingTraits<ThreadFunction> {
  static void mapping(IO &Io, ThreadFunction &F) {
    Io.mapRequired("name", F.Name);
    Io.mapRequired("kind", F.Kind);
    Io.mapRequired("child", F.Child);
    Io.mapOptional("parent", F.Parent);
    Io.mapOptional("responsible_for", F.ResponsibleFor);
  }
  static std::string check(const ThreadFunction &F) {
    if (F.Name.empty())
      return "function name is empty";
    bool Parentless =
        F.Kind == FunctionKind::Copied || F.Kind == FunctionKind::Exec;
    if (Parentless == F.Parent.has_value())
      return "function '" + F.Name + "': parent goes with kind new-thread "
             "or fork, and only with them";
    if (F.Parent && F.Child == *F.Parent)
      return "function '" + F.Name + "': child and parent are the same "
             "parameter";
    return "";
  }
};

template <> struct MappingTraits<FlagHelper> {
  static void mapping(IO &Io, FlagHelper &H) {
    Io.mapRequired("name", H.Name);
    Io.mapOptional("thread_arg", H.ThreadArg);
    Io.mapOptional("pcb_arg", H.PcbArg);
    Io.mapOptional("mask_arg", H.MaskArg);
    Io.mapOptional("bit_arg", H.BitArg);
    Io.mapRequired("effect", H.Effect);
    Io.mapOptional("resets", H.Resets);
    Io.mapOptional("flags", H.Flags);
  }
  static std::string check(const FlagHelper &H) {
    if (H.ThreadArg.has_value() == H.PcbArg.has_value())
      return "helper '" + H.Name + "' needs exactly one of thread_arg, "
             "pcb_arg";
    bool NeedsMask = H.Effect == HelperEffect::ClearMask ||
                     H.Effect == HelperEffect::SetMask;
    if (NeedsMask != H.MaskArg.has_value())
      return "helper '" + H.Name + "': mask_arg goes with effect "
             "clear-mask or set-mask, and only with them";
    bool NeedsBit = H.Effect == HelperEffect::ClearBit ||
                    H.Effect == HelperEffect::SetBit;
    if (NeedsBit != H.BitArg.has_value())
      return "helper '" + H.Name + "': bit_arg goes with effect "
             "clear-bit or set-bit, and only with them";
    if ((H.Effect == HelperEffect::ClearFlags) == H.Flags.empty())
      return "helper '" + H.Name + "': flags goes with effect clear-flags, "
             "and only with it";
    return "";
  }
};

template <> struct MappingTraits<FeatureTest> {
  static void mapping(IO &Io, FeatureTest &T) {
    Io.mapRequired("calls", T.Calls);
    Io.mapRequired("feature", T.Feature);
  }
};

template <> struct MappingTraits<FlagEra> {
  static void mapping(IO &Io, FlagEra &E) {
    Io.mapRequired("flag", E.Flag);
    Io.mapRequired("applies_with", E.AppliesWith);
  }
};

template <> struct MappingTraits<TrailingStruct> {
  static void mapping(IO &Io, TrailingStruct &T) {
    Io.mapRequired("name", T.Name);
    Io.mapRequired("type", T.Type);
    Io.mapOptional("unless_member", T.UnlessMember);
  }
};

template <> struct MappingTraits<IncludeLink> {
  static void mapping(IO &Io, IncludeLink &L) {
    Io.mapRequired("name", L.Name);
    Io.mapRequired("target", L.Target);
  }
};

template <> struct MappingTraits<ArchRule> {
  static void mapping(IO &Io, ArchRule &R) {
    Io.mapRequired("arch", R.Arch);
    Io.mapOptional("os", R.Os, std::string("freebsd"));
    Io.mapRequired("targets", R.Targets);
    Io.mapRequired("triple", R.Triple);
    Io.mapRequired("sources", R.Sources);
    Io.mapOptional("fpu_files", R.FpuFiles);
    Io.mapOptional("include_links", R.IncludeLinks);
    Io.mapOptional("thread_type", R.ThreadType, std::string("thread"));
    Io.mapOptional("thread_typedefs", R.ThreadTypedefs);
    Io.mapOptional("pcb_type", R.PcbType, std::string("pcb"));
    Io.mapOptional("child_pcb", R.ChildPcbIs, ChildPcb::ThreadField);
    Io.mapOptional("thread_pcb_field", R.ThreadPcbField,
                   std::string("td_pcb"));
    Io.mapRequired("flag_field", R.FlagField);
    Io.mapOptional("flag_values", R.FlagValuesAre, FlagValues::Mask);
    Io.mapRequired("ownership_flags", R.OwnershipFlags);
    Io.mapOptional("flag_eras", R.FlagEras);
    Io.mapRequired("new_thread_flags", R.NewThreadFlags);
    Io.mapOptional("must_set_flags", R.MustSetFlags);
    Io.mapOptional("exec_flags", R.ExecFlags);
    Io.mapOptional("optional_sources", R.OptionalSources);
    Io.mapOptional("fpu_feature_test", R.FpuFeatureTest);
    Io.mapOptional("fpu_state_fields", R.FpuStateFields);
    Io.mapOptional("trailing", R.Trailing);
    Io.mapOptional("field_resets", R.FieldResets);
    Io.mapRequired("functions", R.Functions);
    Io.mapOptional("helpers", R.Helpers);
    Io.mapOptional("free_functions", R.FreeFunctions);
    Io.mapOptional("panic_functions", R.PanicFunctions,
                   std::vector<std::string>{"panic", "vpanic",
                                            "kassert_panic"});
    Io.mapRequired("fix", R.Fix);
    Io.mapOptional("fix_set", R.FixSet);
    Io.mapOptional("fix_columns", R.FixColumns, 80u);
  }
  static std::string check(const ArchRule &R) {
    if (R.Arch.empty() || R.Targets.empty() || R.FlagField.empty())
      return "arch, targets and flag_field must not be empty";
    // FreeBSD's names stay unqualified; other kernels' say which kernel.
    if ((R.Os == "freebsd") != !StringRef(R.Arch).contains('/') ||
        (R.Os != "freebsd" && !StringRef(R.Arch).starts_with(R.Os + "/")))
      return "arch '" + R.Arch + "': a rule for os '" + R.Os + "' is named " +
             (R.Os == "freebsd" ? "without a '/'" : "'" + R.Os + "/ARCH'");
    if (R.OwnershipFlags.empty() && R.MustSetFlags.empty() &&
        R.FieldResets.empty())
      return "arch '" + R.Arch + "': ownership_flags, must_set_flags and "
             "field_resets are all empty";
    if (R.Functions.empty())
      return "arch '" + R.Arch + "': functions is empty";
    auto IsTemplate = [](StringRef T) {
      return T.contains("%pcb%") &&
             (T.contains("%flags%") != T.contains("%flag%"));
    };
    if (!IsTemplate(R.Fix))
      return "arch '" + R.Arch + "': fix must contain %pcb% and one of "
             "%flags%, %flag%";
    if (R.MustSetFlags.empty() != R.FixSet.empty() ||
        (!R.FixSet.empty() && !IsTemplate(R.FixSet)))
      return "arch '" + R.Arch + "': fix_set goes with must_set_flags, and "
             "must contain %pcb% and one of %flags%, %flag%";
    if (R.ChildPcbIs == ChildPcb::Self && R.ThreadType != R.PcbType)
      return "arch '" + R.Arch + "': child_pcb: thread needs pcb_type equal "
             "to thread_type";
    if (R.FixColumns < 40)
      return "arch '" + R.Arch + "': fix_columns must be at least 40";
    for (const ThreadFunction &F : R.Functions)
      if (std::string E = MappingTraits<ThreadFunction>::check(F); !E.empty())
        return E;
    for (const FlagHelper &H : R.Helpers) {
      if (std::string E = MappingTraits<FlagHelper>::check(H); !E.empty())
        return E;
      for (const std::string &F : H.Resets)
        if (!R.findReset(F))
          return "helper '" + H.Name + "' resets '" + F + "', which "
                 "field_resets does not list";
    }
    for (const FieldReset &FR : R.FieldResets)
      if (std::string E = MappingTraits<FieldReset>::check(FR); !E.empty())
        return E;
    for (const FlagEra &E : R.FlagEras)
      if (!llvm::is_contained(R.OwnershipFlags, E.Flag) ||
          E.AppliesWith.Field.empty() == E.AppliesWith.Function.empty() ||
          !E.AppliesWith.Flag.empty() || R.Os == "freebsd")
        return "arch '" + R.Arch + "': flag_eras names an ownership flag "
               "and one of field, function (other kernels' rules only: the "
               "FreeBSD semantic patches do not read them)";
    for (const TrailingStruct &T : R.Trailing)
      if (T.Name.empty() || T.Type.empty() ||
          StringRef(T.Name).contains('.'))
        return "arch '" + R.Arch + "': a trailing structure needs a name "
               "(no '.') and a type";
    bool ExecRules =
        !R.ExecFlags.empty() ||
        llvm::any_of(R.FieldResets, [](const FieldReset &FR) {
          return FR.appliesTo(FunctionKind::Exec);
        });
    bool ExecFunctions =
        llvm::any_of(R.Functions, [](const ThreadFunction &F) {
          return F.Kind == FunctionKind::Exec;
        });
    if (ExecRules != ExecFunctions)
      return "arch '" + R.Arch + "': functions of kind exec go with "
             "exec_flags or field_resets for kind exec, and only with them";
    for (const ThreadFunction &F : R.Functions)
      for (const std::string &N : F.ResponsibleFor)
        if (!llvm::is_contained(R.OwnershipFlags, N) &&
            !llvm::is_contained(R.MustSetFlags, N) &&
            !R.findReset(N))
          return "function '" + F.Name + "' is responsible for '" + N +
                 "', which no flag list or field_resets names";
    return "";
  }
};

} // namespace yaml
} // namespace llvm

std::vector<std::string>
ArchRule::functionNames(std::optional<FunctionKind> Kind) const {
  std::vector<std::string> Names;
  for (const ThreadFunction &F : Functions)
    if ((!Kind || F.Kind == *Kind) && !llvm::is_contained(Names, F.Name))
      Names.push_back(F.Name);
  return Names;
}

std::vector<const ThreadFunction *>
ArchRule::findFunctions(StringRef Name) const {
  std::vector<const ThreadFunction *> Found;
  for (const ThreadFunction &F : Functions)
    if (F.Name == Name)
      Found.push_back(&F);
  return Found;
}

const FieldReset *ArchRule::findReset(StringRef Key) const {
  for (const FieldReset &R : FieldResets)
    if (R.key() == Key)
      return &R;
  return nullptr;
}

const FieldReset::Era *ArchRule::flagEra(StringRef Flag) const {
  for (const FlagEra &E : FlagEras)
    if (E.Flag == Flag)
      return &E.AppliesWith;
  return nullptr;
}

const TrailingStruct *ArchRule::trailingOf(StringRef Path) const {
  StringRef First = Path.split('.').first;
  for (const TrailingStruct &T : Trailing)
    if (T.Name == First)
      return &T;
  return nullptr;
}

bool FieldReset::appliesTo(FunctionKind Kind) const {
  return Kinds.empty() ? Kind != FunctionKind::Exec
                       : llvm::is_contained(Kinds, Kind);
}

bool ThreadFunction::responsibleFor(StringRef Name) const {
  return ResponsibleFor.empty() || llvm::is_contained(ResponsibleFor, Name);
}

std::vector<std::string> ArchRule::resetStatements(const FieldReset &R,
                                                   StringRef Pcb,
                                                   StringRef Thread) {
  // %pcb% and %thread%: the child as the code spells it.
  auto Child = [&](const std::string &S) {
    return replaceAll(replaceAll(S, "%pcb%", Pcb), "%thread%", Thread);
  };
  if (!R.Fix.empty()) {
    std::vector<std::string> Out;
    for (const std::string &S : R.Fix) {
      if (Thread.empty() && StringRef(S).contains("%thread%"))
        return {};
      Out.push_back(Child(S));
    }
    return Out;
  }
  std::string Lhs = Pcb.str() + "->" + R.Field + " = ";
  switch (R.To) {
  case ResetKind::OwnStorage:
    return {Lhs + "&" + Pcb.str() + "->" + R.Storage + ";"};
  case ResetKind::Null:
    return {Lhs + "NULL;"};
  case ResetKind::Value:
    return {Lhs + Child(R.Value) + ";"};
  case ResetKind::ClearBits:
    return {Pcb.str() + "->" + R.Field + " &= ~" + R.Bits + ";"};
  }
  return {};
}

std::string pcbcheck::replaceAll(std::string S, StringRef From,
                                 StringRef To) {
  for (size_t At = 0; (At = S.find(From.str(), At)) != std::string::npos;
       At += To.size())
    S.replace(At, From.size(), To.str());
  return S;
}

bool FieldReset::fixNamesThread() const {
  return llvm::any_of(
      Fix, [](const std::string &S) { return StringRef(S).contains("%thread%"); });
}

const FlagHelper *ArchRule::findHelper(StringRef Name) const {
  for (const FlagHelper &H : Helpers)
    if (H.Name == Name)
      return &H;
  return nullptr;
}

bool ArchRule::isPanicFunction(StringRef Name) const {
  return llvm::is_contained(PanicFunctions, Name);
}

/// The line where the \p Index-th YAML document of \p Text starts.
static unsigned documentLine(StringRef Text, unsigned Index) {
  unsigned Line = 1, Seen = 0;
  bool AtStart = true, InDocument = false;
  for (size_t I = 0; I < Text.size(); ++I) {
    if (AtStart) {
      StringRef Rest = Text.substr(I);
      if (Rest.starts_with("---"))
        InDocument = false;
      else if (!InDocument && !Rest.starts_with("#") &&
               !Rest.starts_with("\n")) {
        if (Seen++ == Index)
          return Line;
        InDocument = true;
      }
    }
    AtStart = Text[I] == '\n';
    Line += AtStart;
  }
  return 1;
}

/// Why LLVM's YAML reader must not see \p Text, as "LINE:COL: reason", or
/// "": nesting it would recurse into until the stack runs out (a rules
/// file is a few levels deep), and aliases, which it reads as "unknown node
/// kind".  Quoted text and comments are skipped.
static std::string unreadableYaml(StringRef Text) {
  constexpr unsigned MaxDepth = 64;
  unsigned Line = 1, Column = 0, Flow = 0;
  char Quote = 0;
  bool Comment = false, LineStart = true;
  unsigned Indent = 0, Dashes = 0;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    char Before = I ? Text[I - 1] : '\n';
    ++Column;
    auto Where = [&] {
      return std::to_string(Line) + ":" + std::to_string(Column) + ": ";
    };
    if (C == '\n') { // A quoted scalar may go on past it.
      ++Line, Column = 0, Comment = false, LineStart = true;
      Indent = Dashes = 0;
      continue;
    }
    if (Comment)
      continue;
    if (Quote) {
      if (C == Quote && (Quote == '\'' || Before != '\\'))
        Quote = 0;
      continue;
    }
    if (LineStart && (C == ' ' || C == '-' || C == '?')) {
      // Leading "- - - " nests block sequences on one line.
      Dashes += C != ' ';
      if (++Indent > 4 * MaxDepth || Dashes > MaxDepth)
        return Where() + "nested deeper than a rules file can be";
      continue;
    }
    LineStart = false;
    if (C == '#' && (Before == ' ' || Before == '\t' || Before == '\n'))
      Comment = true;
    else if (C == '\'' || C == '"')
      Quote = C;
    else if (C == '[' || C == '{') {
      if (++Flow > MaxDepth)
        return Where() + "nested deeper than a rules file can be";
    } else if ((C == ']' || C == '}') && Flow)
      --Flow;
    else if (C == '*' && StringRef(" \t[{,:").contains(Before))
      return Where() + "aliases (*name) are not supported in rules files; "
                       "write the value out";
  }
  return "";
}

llvm::Expected<RuleSet> RuleSet::parse(StringRef Text, StringRef FileName) {
  if (std::string Why = unreadableYaml(Text); !Why.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s:%s",
                                   FileName.str().c_str(), Why.c_str());
  // Every problem, one "FILE:LINE:COL: reason" line each; "FILE: reason"
  // when the YAML reader has no position for it (a key missing from a
  // flow mapping the file ends inside).
  struct Diagnosed {
    std::string Errors;
    StringRef FileName;
  } Sink{"", FileName};
  auto OnDiag = [](const llvm::SMDiagnostic &D, void *Ctx) {
    auto *Out = static_cast<Diagnosed *>(Ctx);
    llvm::raw_string_ostream OS(Out->Errors);
    OS << (Out->Errors.empty() ? "" : "\n");
    if (D.getLineNo() > 0)
      OS << D.getFilename() << ":" << D.getLineNo() << ":"
         << (D.getColumnNo() + 1) << ": ";
    else
      OS << Out->FileName << ": ";
    OS << D.getMessage();
  };
  llvm::yaml::Input In(llvm::MemoryBufferRef(Text, FileName), nullptr, OnDiag,
                       &Sink);
  std::string &Errors = Sink.Errors;
  RuleSet Result;
  In >> Result.Arches;
  if (In.error() || !Errors.empty()) {
    if (Errors.empty())
      Errors = (FileName + ":1:1: malformed rules").str();
    return llvm::createStringError(llvm::inconvertibleErrorCode(), Errors);
  }
  if (Result.Arches.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "%s:1:1: no rules in file",
                                   FileName.str().c_str());
  // Checked here, not in MappingTraits::validate: LLVM 19's YAML input
  // dereferences a null node when validate() fails on an alias or an
  // empty document (found by test/fuzz/RulesFuzzer).
  unsigned Document = 0;
  for (const ArchRule &R : Result.Arches) {
    std::string Problem = llvm::yaml::MappingTraits<ArchRule>::check(R);
    if (!Problem.empty())
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "%s:%u:1: %s", FileName.str().c_str(),
                                     documentLine(Text, Document),
                                     Problem.c_str());
    ++Document;
  }
  return Result;
}

/// A rules file is a few kilobytes: anything this large is not one.
constexpr uint64_t MaxRulesBytes = 4 << 20;

llvm::Expected<RuleSet> RuleSet::load(StringRef Path) {
  // A FIFO would block the read and a device never end it.
  llvm::sys::fs::file_status St;
  if (std::error_code EC = llvm::sys::fs::status(Path, St))
    return llvm::createStringError(EC, "%s: cannot read: %s",
                                   Path.str().c_str(), EC.message().c_str());
  if (St.type() != llvm::sys::fs::file_type::regular_file)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "%s: not a regular file",
                                   Path.str().c_str());
  if (St.getSize() > MaxRulesBytes)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "%s: %llu bytes; a rules file is at most %llu",
        Path.str().c_str(), (unsigned long long)St.getSize(),
        (unsigned long long)MaxRulesBytes);
  auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buf)
    return llvm::createStringError(Buf.getError(), "%s: cannot read: %s",
                                   Path.str().c_str(),
                                   Buf.getError().message().c_str());
  return parse((*Buf)->getBuffer(), Path);
}

void RuleSet::merge(const RuleSet &Other) {
  // Arch names are unique across kernels ("arm64", "linux/arm64").
  for (const ArchRule &R : Other.Arches) {
    auto It = llvm::find_if(
        Arches, [&](const ArchRule &Mine) { return Mine.Arch == R.Arch; });
    if (It != Arches.end())
      *It = R;
    else
      Arches.push_back(R);
  }
}

const ArchRule *RuleSet::byArch(StringRef Arch) const {
  Arch.consume_front("freebsd/");
  for (const ArchRule &R : Arches)
    if (R.Arch == Arch)
      return &R;
  return nullptr;
}

/// The kernel a triple's OS names among the rules: an OS without rules of
/// its own (none-elf, unknown) is FreeBSD, as before other kernels came.
static StringRef kernelOf(const std::vector<ArchRule> &Arches,
                          StringRef TripleOs) {
  return llvm::any_of(Arches,
                      [&](const ArchRule &R) { return R.Os == TripleOs; })
             ? TripleOs
             : "freebsd";
}

std::vector<const ArchRule *>
RuleSet::candidates(StringRef TripleArch, StringRef TripleOs) const {
  std::vector<const ArchRule *> Mine, Others;
  StringRef Os = kernelOf(Arches, TripleOs);
  for (const ArchRule &R : Arches)
    if (llvm::is_contained(R.Targets, TripleArch))
      (R.Os == Os ? Mine : Others).push_back(&R);
  Mine.insert(Mine.end(), Others.begin(), Others.end());
  return Mine;
}

const ArchRule *RuleSet::byTarget(StringRef TripleArch,
                                  StringRef TripleOs) const {
  std::vector<const ArchRule *> C = candidates(TripleArch, TripleOs);
  return !C.empty() && C.front()->Os == kernelOf(Arches, TripleOs)
             ? C.front()
             : nullptr;
}

std::string RuleSet::archNames() const {
  std::string Names;
  for (const ArchRule &R : Arches)
    Names += (Names.empty() ? "" : ", ") + R.Arch;
  return Names;
}

#include "EmbeddedRules.inc" // defines EmbeddedRulesText

const RuleSet &RuleSet::builtin() {
  static const RuleSet Builtin = [] {
    auto Parsed = parse(EmbeddedRulesText, "<built-in rules>");
    // The build parses rules/ before embedding them (see CMakeLists.txt's
    // rules check), so this cannot fail in a released binary.
    if (!Parsed) {
      llvm::consumeError(Parsed.takeError());
      return RuleSet();
    }
    return std::move(*Parsed);
  }();
  return Builtin;
}

llvm::Expected<RuleSet> pcbcheck::loadRules(StringRef ExtraRulesPath) {
  RuleSet Rules = RuleSet::builtin();
  if (ExtraRulesPath.empty())
    return Rules;
  auto Extra = RuleSet::load(ExtraRulesPath);
  if (!Extra)
    return Extra.takeError();
  Rules.merge(*Extra);
  return Rules;
}
