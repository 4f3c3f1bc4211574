//===- KernelConfig.h - What config(8) makes of a kernel config -*- C++ -*-===//
//
// `make buildkernel KERNCONF=NAME` runs config(8) on sys/<arch>/conf/NAME:
// it follows `include`, collects `options` and `device` lines, and writes
// every option header that sys/conf/options and sys/conf/options.<arch>
// name, with `#define NAME VALUE` for the options the config sets.  Code
// under `#ifdef VFP` exists only through those headers, so the directory
// mode reads the config as config(8) does.
//
//===----------------------------------------------------------------------===//

#ifndef PCBCHECK_KERNELCONFIG_H
#define PCBCHECK_KERNELCONFIG_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <map>
#include <string>
#include <vector>

namespace pcbcheck {

/// The option headers of one kernel configuration.
struct KernelOptions {
  std::string ConfigPath; ///< The config file read, as found.
  /// Header name -> its text; every header an options file names, empty
  /// when the config sets none of its options.
  std::map<std::string, std::string> Headers;
  /// "FILE:LINE: ..." lines: unknown options and directives.
  std::vector<std::string> Warnings;
};

/// Reads \p SysRoot/\p Machine/conf/\p ConfName (after that directory's
/// DEFAULTS, as config(8) does) and maps its options to headers with
/// \p SysRoot/conf/options and options.\p Machine.  Errors name the file
/// and line: a missing config or include, an include loop.  Files are
/// read through \p FS (the history audit reads a git revision).
llvm::Expected<KernelOptions>
readKernelConfig(llvm::StringRef SysRoot, llvm::StringRef Machine,
                 llvm::StringRef ConfName, llvm::vfs::FileSystem &FS);

} // namespace pcbcheck

#endif
