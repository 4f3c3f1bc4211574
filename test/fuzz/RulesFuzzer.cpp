//===- RulesFuzzer.cpp - libFuzzer target: the rules parser ---------------===//
//
// Any bytes as a rules file: an error or a rule set, never a crash.  Seeds:
// rules/*.yaml.
//
//===----------------------------------------------------------------------===//

#include "Rules.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  llvm::Expected<pcbcheck::RuleSet> Rules =
      pcbcheck::RuleSet::parse(Text, "fuzz.yaml");
  if (!Rules) {
    // Errors carry a position: "fuzz.yaml:LINE:COL: ...".
    std::string Message = llvm::toString(Rules.takeError());
    if (llvm::StringRef(Message).find("fuzz.yaml:") != 0)
      __builtin_trap();
    return 0;
  }
  for (const pcbcheck::ArchRule &R : Rules->arches())
    if (R.Arch.empty() || R.Functions.empty() ||
        (R.OwnershipFlags.empty() && R.MustSetFlags.empty() &&
         R.FieldResets.empty()))
      __builtin_trap(); // check() lets no such rule through.
  return 0;
}
