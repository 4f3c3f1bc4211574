//===- WholeFile.cpp - Write a file whole, its errors said ----------------===//

#include "WholeFile.h"

#include "llvm/Support/raw_ostream.h"

using namespace llvm;

Error pcbcheck::writeWholeFile(StringRef Path, StringRef Text) {
  std::error_code EC;
  raw_fd_ostream OS(Path, EC);
  if (!EC) {
    OS << Text;
    OS.close();
    if (OS.has_error()) {
      EC = OS.error();
      OS.clear_error();
    }
  }
  if (EC)
    return createStringError(EC, "%s: %s", Path.str().c_str(),
                             EC.message().c_str());
  return Error::success();
}
