//===- WholeFile.h - Write a file whole, its errors said --------*- C++ -*-===//
//
// A raw_fd_ostream that fails while writing (a full disk) makes LLVM abort
// with "IO failure" when it is destroyed; every file pcbcheck writes in one
// go goes through here instead, and the failure is an error naming it.
//
//===----------------------------------------------------------------------===//

#ifndef PCBCHECK_WHOLEFILE_H
#define PCBCHECK_WHOLEFILE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

namespace pcbcheck {

/// Writes \p Text to \p Path (created or truncated) and closes it.  The
/// error reads "PATH: reason".
llvm::Error writeWholeFile(llvm::StringRef Path, llvm::StringRef Text);

} // namespace pcbcheck

#endif
