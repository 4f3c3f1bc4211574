//===- GeneratedHeaders.h - Headers make buildkernel generates --*- C++ -*-===//
//
// A real vm_machdep.c does not compile from its tree alone: sys/systm.h
// includes offset.inc, sys/vnode.h the vnode_if*.h headers, sys/bus.h
// device_if.h and bus_if.h, and the kernel build generates all of them
// into its build directory (sys/conf/kern.post.mk).  We generate them as
// that build does, with the tree's own generators (its awk scripts, its
// genoffset.c and genoffset.sh), the first time clang asks for one.
//
//===----------------------------------------------------------------------===//

#ifndef PCBCHECK_GENERATEDHEADERS_H
#define PCBCHECK_GENERATEDHEADERS_H

#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace pcbcheck {

/// What one architecture's build directory generates its headers from.
struct GeneratorTarget {
  std::string SysRoot; ///< The tree's sys/, absolute in the file system.
  std::string Machine; ///< Whose conf/files.<machine> lists .m files too.
  /// The kernel's compiler arguments (genoffset.c is compiled with them).
  std::vector<std::string> CompileArgs;
};

/// The generators, and what they made, kept by the content of what they
/// read: a header is made again only when an input changed, so the
/// arch-independent vnode_if.h is made once for every architecture, and
/// once for every revision of a history that did not touch its inputs.
/// Safe to share between threads.
class HeaderGenerators {
public:
  /// Whether the kernel build generates a header called \p Name.
  static bool generates(llvm::StringRef Name);

  /// \p Name generated from the tree in \p FS (which also serves the
  /// target's build directory: genoffset.c includes option headers).
  /// Every input is read through \p FS, so a git revision records it.
  /// The error says why it could not be made, naming the generator.
  llvm::Expected<std::shared_ptr<const std::string>>
  generate(llvm::StringRef Name, const GeneratorTarget &Target,
           llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS);

  /// One header made, or why not, and the inputs it was made from
  /// (absolute path -> contentHash of its text).
  struct Made {
    std::map<std::string, std::string> Inputs;
    std::shared_ptr<const std::string> Text;
    std::string Error;
  };

  /// How many headers were made so far: a child process (Isolation.h)
  /// hands the parent those it made after this mark.
  size_t mark();
  llvm::json::Value madeSince(size_t Mark);
  /// Keeps what a child made (madeSince's value), as if made here.
  void adopt(const llvm::json::Value &Entries);

private:
  std::mutex Lock;
  std::map<std::string, std::vector<std::shared_ptr<const Made>>> Cache;
  /// Every cache entry in the order made: (key, what).
  std::vector<std::pair<std::string, std::shared_ptr<const Made>>> Log;
};

} // namespace pcbcheck

#endif
