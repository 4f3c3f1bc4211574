//===- ResultsJson.cpp - Analysis results as JSON, and back ---------------===//

#include "ResultsJson.h"

#include <climits>

using namespace pcbcheck;
using namespace llvm;

namespace {

/// LLVM's JSON reads no unsigned: through int64_t, range-checked.
bool mapUnsigned(json::ObjectMapper &O, StringLiteral Key, unsigned &Out) {
  int64_t N = 0;
  if (!O.map(Key, N) || N < 0 || N > UINT_MAX)
    return false;
  Out = static_cast<unsigned>(N);
  return true;
}

} // namespace

json::Value pcbcheck::toJSON(const SourcePoint &P) {
  return json::Object{{"file", P.File}, {"line", P.Line}, {"column", P.Column}};
}

bool pcbcheck::fromJSON(const json::Value &V, SourcePoint &P, json::Path Path) {
  json::ObjectMapper O(V, Path);
  return O && O.map("file", P.File) && mapUnsigned(O, "line", P.Line) &&
         mapUnsigned(O, "column", P.Column);
}

json::Value pcbcheck::toJSON(const FindingNote &N) {
  return json::Object{{"where", N.Where}, {"message", N.Message}};
}

bool pcbcheck::fromJSON(const json::Value &V, FindingNote &N, json::Path Path) {
  json::ObjectMapper O(V, Path);
  return O && O.map("where", N.Where) && O.map("message", N.Message);
}

json::Value pcbcheck::toJSON(const Edit &E) {
  return json::Object{{"file", E.File},
                      {"offset", E.Offset},
                      {"length", E.Length},
                      {"text", E.Text}};
}

bool pcbcheck::fromJSON(const json::Value &V, Edit &E, json::Path Path) {
  json::ObjectMapper O(V, Path);
  return O && O.map("file", E.File) && mapUnsigned(O, "offset", E.Offset) &&
         mapUnsigned(O, "length", E.Length) && O.map("text", E.Text);
}

json::Value pcbcheck::toJSON(const Finding &F) {
  return json::Object{{"where", F.Where},       {"absolute", F.AbsoluteFile},
                      {"offset", F.Offset},     {"arch", F.Arch},
                      {"checker", F.Checker},   {"function", F.Function},
                      {"message", F.Message},   {"notes", F.Notes},
                      {"fix", F.Fix}};
}

bool pcbcheck::fromJSON(const json::Value &V, Finding &F, json::Path Path) {
  json::ObjectMapper O(V, Path);
  return O && O.map("where", F.Where) && O.map("absolute", F.AbsoluteFile) &&
         mapUnsigned(O, "offset", F.Offset) && O.map("arch", F.Arch) &&
         O.map("checker", F.Checker) && O.map("function", F.Function) &&
         O.map("message", F.Message) && O.map("notes", F.Notes) &&
         O.map("fix", F.Fix);
}

json::Value pcbcheck::toJSON(const AnalysisResults &R) {
  json::Object Uses;
  for (const auto &[Arch, Use] : R.RuleUses)
    Uses[Arch] = json::Array{Use.FieldFound, Use.OwnershipDefined};
  return json::Object{{"findings", R.Findings},
                      {"analyzed_text", jsonObject(R.AnalyzedText)},
                      {"read_files", R.ReadFiles},
                      {"notes", R.Notes},
                      {"rule_uses", std::move(Uses)}};
}

bool pcbcheck::fromJSON(const json::Value &V, AnalysisResults &R,
                        json::Path Path) {
  json::ObjectMapper O(V, Path);
  if (!O || !O.map("findings", R.Findings) ||
      !O.map("analyzed_text", R.AnalyzedText) ||
      !O.map("read_files", R.ReadFiles) || !O.map("notes", R.Notes))
    return false;
  const json::Object *Uses = V.getAsObject()->getObject("rule_uses");
  if (!Uses) {
    Path.field("rule_uses").report("expected an object");
    return false;
  }
  for (const auto &[Arch, Use] : *Uses) {
    const json::Array *Pair = Use.getAsArray();
    if (!Pair || Pair->size() != 2 || !(*Pair)[0].getAsBoolean() ||
        !(*Pair)[1].getAsBoolean()) {
      Path.field("rule_uses").report("expected [bool, bool]");
      return false;
    }
    R.RuleUses[Arch.str()] = {*(*Pair)[0].getAsBoolean(),
                              *(*Pair)[1].getAsBoolean()};
  }
  return true;
}

std::string pcbcheck::jsonText(const json::Value &V) {
  std::string Text;
  raw_string_ostream OS(Text);
  OS << V;
  return Text;
}

json::Object
pcbcheck::jsonObject(const std::map<std::string, std::string> &Map) {
  json::Object O;
  for (const auto &[Key, Value] : Map)
    O[Key] = Value;
  return O;
}

bool pcbcheck::mapJson(
    StringRef Text,
    function_ref<bool(json::ObjectMapper &, const json::Object &)> Map) {
  Expected<json::Value> V = json::parse(Text);
  if (!V) {
    consumeError(V.takeError());
    return false;
  }
  const json::Object *O = V->getAsObject();
  json::Path::Root Root;
  json::ObjectMapper M(*V, Root);
  return O && M && Map(M, *O);
}
