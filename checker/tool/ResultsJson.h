//===- ResultsJson.h - Analysis results as JSON, and back -------*- C++ -*-===//
//
// An analysis runs in a child process (Isolation.h); what it found comes
// back to the parent as JSON, in LLVM's toJSON/fromJSON form.
//
//===----------------------------------------------------------------------===//

#ifndef PCBCHECK_RESULTSJSON_H
#define PCBCHECK_RESULTSJSON_H

#include "Analysis.h"

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/JSON.h"

#include <map>
#include <string>

namespace pcbcheck {

llvm::json::Value toJSON(const SourcePoint &P);
bool fromJSON(const llvm::json::Value &V, SourcePoint &P, llvm::json::Path Path);
llvm::json::Value toJSON(const FindingNote &N);
bool fromJSON(const llvm::json::Value &V, FindingNote &N, llvm::json::Path Path);
llvm::json::Value toJSON(const Edit &E);
bool fromJSON(const llvm::json::Value &V, Edit &E, llvm::json::Path Path);
llvm::json::Value toJSON(const Finding &F);
bool fromJSON(const llvm::json::Value &V, Finding &F, llvm::json::Path Path);
llvm::json::Value toJSON(const AnalysisResults &R);
bool fromJSON(const llvm::json::Value &V, AnalysisResults &R,
              llvm::json::Path Path);

/// \p V as compact JSON text.
std::string jsonText(const llvm::json::Value &V);

/// \p Map (string -> string) as a JSON object.
llvm::json::Object jsonObject(const std::map<std::string, std::string> &Map);

/// Parses \p Text and hands its object to \p Map; false when it is not a
/// JSON object or \p Map returns false.
bool mapJson(llvm::StringRef Text,
             llvm::function_ref<bool(llvm::json::ObjectMapper &,
                                     const llvm::json::Object &)>
                 Map);

} // namespace pcbcheck

#endif
