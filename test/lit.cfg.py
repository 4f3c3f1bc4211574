# lit configuration for pcbcheck (LLVM 19's lit and FileCheck).
import os
import lit.formats

config.name = "pcbcheck"
# bash runs RUN lines: tests check exact exit statuses with $?.
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".c", ".test"]
config.excludes = ["Inputs", "kernel", "riscv-kernel", "common", "logs", "mutate", "corpus.txt", "commands.py",
                   "node_modules", "count-results.py",
                   "agreement"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.pcbcheck_build_dir, "test")

llvm_bin = config.llvm_tools_dir
config.environment["PATH"] = os.pathsep.join(
    [llvm_bin, config.environment.get("PATH", os.environ.get("PATH", ""))])
# Tests must not depend on the caller's locale or home.
config.environment["LC_ALL"] = "C"
# spatch stops with "exception Not_found" when HOME is unset.
config.environment["HOME"] = os.environ.get("HOME", "/tmp")

plugin = os.path.join(config.pcbcheck_build_dir, "lib", "pcbcheck.so")
tool = os.path.join(config.pcbcheck_build_dir, "bin", "pcbcheck")
clang = os.path.join(llvm_bin, "clang")
analyze = ("%s -cc1 -analyze -load %s "
           "-analyzer-checker=core,mdthread.PcbFpuFlags" % (clang, plugin))

# Longest names first: lit substitutes in order.
# Permission tests mean nothing to root (CI runs as root): drop to nobody.
as_user = ""
if os.geteuid() == 0:
    as_user = "setpriv --reuid=65534 --regid=65534 --clear-groups"
config.substitutions.append(("%as_user", as_user))

config.substitutions.append(("%clang_cc1", clang + " -cc1"))
config.substitutions.append(("%analyze", analyze))
config.substitutions.append(("%clang", clang))
config.substitutions.append(("%plugin", plugin))
config.substitutions.append(("%pcbcheck", tool))
config.substitutions.append(("%scan_build", config.scan_build))
# Microsoft's SARIF Multitool, installed by scripts/setup with npm ci.
config.substitutions.append(("%sarif_multitool", os.path.join(
    config.pcbcheck_source_dir, "test", "sarif", "node_modules", "@microsoft",
    "sarif-multitool-linux", "Sarif.Multitool")))
config.substitutions.append(("%builddir", config.pcbcheck_build_dir))
config.substitutions.append(("%examples",
                             os.path.join(config.pcbcheck_source_dir,
                                          "examples")))
config.substitutions.append(("%rules",
                             os.path.join(config.pcbcheck_source_dir,
                                          "rules")))
