//===- CommonSymbols.h - What nm would list of a -fcommon object -*- C++ -*-//
//
// The kernel build compiles sys/kern/genoffset.c with -fcommon and has
// genoffset.sh read the object with nm: each OFFSYM() is a common array
// whose size is an offset in struct thread, as the target lays it out.
// We get the same sizes from clang's AST for the target, through any file
// system (a git revision too), without a code generator or a temporary
// object file.
//
//===----------------------------------------------------------------------===//

#ifndef PCBCHECK_COMMONSYMBOLS_H
#define PCBCHECK_COMMONSYMBOLS_H

#include "llvm/Support/Error.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace pcbcheck {

/// The common symbols of one object: name -> size in bytes, sorted by
/// name as nm sorts them; and how wide nm prints a value on the target.
struct CommonSymbols {
  std::map<std::string, uint64_t> Sizes;
  unsigned ValueDigits = 16; ///< 16 on 64-bit targets, 8 on 32-bit ones.
  /// Every file the compiler read, absolute -> its text's hash: what the
  /// symbols depend on.
  std::map<std::string, std::string> Inputs;
};

/// Compiles \p File (absolute, in \p FS) with \p Args (a compile command's
/// arguments, without the compiler and the file) up to its AST and lists
/// its file-scope tentative definitions, which -fcommon makes common
/// symbols.  The error carries clang's first error.
llvm::Expected<CommonSymbols>
commonSymbolsOf(const std::string &File, const std::vector<std::string> &Args,
                llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS);

/// A hash of \p Text that names it among the inputs of a generated header.
std::string contentHash(llvm::StringRef Text);

} // namespace pcbcheck

#endif
