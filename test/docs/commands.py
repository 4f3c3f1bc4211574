"""Runs every command README.md and the man page show, as printed.

Commands are the indented lines of README.md's code blocks and the .Dl
lines of pcbcheck.1 (continuations joined).  Each must be listed below:
either run, in a fresh stand-in for /usr/src (the example tree in a git
repository), with its exit status checked, or skipped with the reason.
A command listed nowhere fails the test, so a new one cannot go untested
unnoticed.  The only rewriting is of paths: /usr/src, /usr/local and /tmp
become directories of the test.
"""

import os
import re
import shutil
import subprocess
import sys

# Lines of example output, not commands.
OUTPUT = re.compile(r"^(sys/|pcbcheck: |FINDING|PANIC|FIX |PASS|"
                    r"(amd64|arm64) cpu_|introduced |fixed |still open |"
                    r"could not analyze |carries |arm64 cpu_|stable/|\.\.\.$)")

# Command -> expected exit status, or the reason it is not run here.
RUN = {
    "pcbcheck /usr/src/sys": 1,
    "pcbcheck /usr/src": 1,
    "cd /usr/src/sys/arm64 && pcbcheck": 1,
    "pcbcheck sys/arm64/arm64/vm_machdep.c": 1,
    "cd /usr/src && pcbcheck --fix sys > fix.patch && git apply fix.patch": 0,
    "pcbcheck --doctor": 0,
    "cd /usr/src && pcbcheck --install-hook": 0,
    "pcbcheck --engine=cocci sys": 1,
    "pcbcheck --engine=cocci --fix sys > fix.patch": 0,
    "spatch --sp-file cocci/arm64.cocci -D report --no-includes --dir sys/arm64": 0,
    "cd /usr/src && pcbcheck --write-build=/tmp/md sys": 0,
    "scan-build-19 --use-cc=clang-19 -load-plugin \"$(pcbcheck --print-plugin)\" "
    "-enable-checker mdthread.PcbFpuFlags --status-bugs make -C /tmp/md": 1,
    "cd /usr/src && pcbcheck --arch=arm64 --kernconf=GENERIC sys": 1,
    "cd /usr/src && pcbcheck --history": 1,
    "cd /usr/src && pcbcheck --history --branches 'stable/*' 'releng/*'": 1,
}
# Where a command's output must show something.
EXPECT = {
    "spatch --sp-file cocci/arm64.cocci -D report --no-includes --dir sys/arm64":
        "vm_machdep.c:73:1-6: cpu_copy_thread: child pcb_fpflags keeps",
    "scan-build-19 --use-cc=clang-19 -load-plugin \"$(pcbcheck --print-plugin)\" "
    "-enable-checker mdthread.PcbFpuFlags --status-bugs make -C /tmp/md":
        "1 bug found",
}
SKIP = {
    "./scripts/clang-tools/gen_compile_commands.py && pcbcheck -p .":
        "needs a built Linux tree",
    "make LLVM=1 ARCH=arm64 defconfig": "needs a Linux source tree",
    'make LLVM=1 ARCH=arm64 -j"$(nproc)"': "needs a Linux source tree",
    "./scripts/clang-tools/gen_compile_commands.py":
        "needs a built Linux tree",
    "pcbcheck -p .":
        "needs a built Linux tree; linux/tool.test runs -p over a compile "
        "database of Linux MD files",
    "sh scripts/setup && build/bin/pcbcheck examples/sys":
        "README command #1: .ci/run runs setup; tool/examples.test runs "
        "the analysis",
    "sh scripts/setup && sh scripts/test --all": "README command #2: what .ci/run runs",
    "pcbcheck vm_machdep.c -- --target=aarch64-unknown-freebsd -nostdinc -I...":
        "a template (-I...)",
    "pcbcheck usr/src/uts/intel/os/fpu.c -- --target=x86_64-pc-solaris2.11 "
    "-I... -D_KERNEL ...":
        "a template (-I...); illumos/fp-lwp-dup.c runs the command on a fixture",
    "scan-build-19 -load-plugin \"$(pcbcheck --print-plugin)\" -enable-checker "
    "mdthread.PcbFpuFlags --status-bugs make buildkernel":
        "needs a FreeBSD source tree and a kernel build",
    "scan-build19 -load-plugin $(pcbcheck --print-plugin) "
    "-enable-checker mdthread.PcbFpuFlags --status-bugs make buildkernel":
        "FreeBSD host: needs a kernel build",
    "clang-19 --analyze -Xclang -load -Xclang build/lib/pcbcheck.so "
    "-Xclang -analyzer-checker=mdthread.PcbFpuFlags ...": "a template (...)",
    "clang-19 -cc1 -analyze -load build/lib/pcbcheck.so "
    "-analyzer-checker=core,mdthread.PcbFpuFlags ...": "a template (...)",
    "pcbcheck -p BUILD_DIR": "a template; workflows/compile-db.test runs it",
    "pcbcheck -p BUILD_DIR path/to/file.c": "a template; workflows/compile-db.test runs it",
    "cmake --install build --prefix /usr/local":
        "writes /usr/local; workflows/install.test installs to a test prefix",
    "sh scripts/setup && test/boot/run": "boot/boot.test runs test/boot/run",
    "boot-runner --kernel kernel8.img": "needs a kernel image; boot/boot.test boots ours",
    "boot-runner --kernel Image --machine virt --cpu cortex-a72 --smp 4":
        "needs a kernel image",
    "sh scripts/setup && test/boot/run-riscv":
        "boot/riscv-vector.test runs test/boot/run-riscv",
    "boot-runner --kernel kernel.elf --machine riscv-virt":
        "needs a kernel image; boot/riscv-vector.test boots ours",
    "boot-runner --serial /dev/ttyUSB0 --baud 115200":
        "needs a real board; boot/serial.test replays consoles",
    "sh bench/run": "minutes of benchmarks; not a test",
    "sh bench/same-results /tmp/before/build build":
        "needs a second build; workflows/same-results.test runs the script",
    "cd /usr/src && git bisect start main release/13.0.0":
        "needs FreeBSD's refs; history/bisect.test bisects a history it builds",
    "git bisect run pcbcheck --bisect --arch=arm64 sys":
        "needs FreeBSD's refs; history/bisect.test runs it",
}


def joined(entries):
    """(block, line) pairs with backslash continuations joined."""
    pending = ""
    for block, text in entries:
        if pending:
            text = pending + " " + text
            pending = ""
        if text.endswith("\\"):
            pending = text[:-1].rstrip()
            continue
        yield block, re.sub(r"\s+", " ", text.strip())


def readme_lines(path):
    """The lines of README.md's code blocks; a block is what a reader types
    in turn, so its commands run in turn in the same stand-in."""
    block = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("    ") or line.lstrip().startswith("|"):
                block += 1
                continue
            yield ("README", block), re.sub(r"\s+#.*$", "", line[4:]).strip()


def man_lines(path):
    """The .Dl lines of the man page, with mdoc's escapes undone."""
    block = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith(".Dl "):
                block += 1
                continue
            text = line[4:].strip().strip('"')
            text = (text.replace("\\*(Am", "&").replace("\\*(Gt", ">")
                    .replace("\\*(Lt", "<").replace("\\e", "\\"))
            yield ("man", block), re.sub(r"^\$ ", "", text)


def stand_in(work, examples, source):
    """A fresh /usr/src: the example tree in a git repository."""
    if os.path.exists(work):
        shutil.rmtree(work)
    src = os.path.join(work, "usr", "src")
    shutil.copytree(examples, os.path.join(src, "sys"))
    shutil.copytree(os.path.join(source, "cocci"), os.path.join(src, "cocci"))
    os.makedirs(os.path.join(work, "tmp"))
    os.makedirs(os.path.join(work, "usr", "local", "lib"))
    for args in (["init", "-q", "."], ["add", "-A"],
                 ["-c", "user.name=t", "-c", "user.email=t@t", "commit",
                  "-q", "-m", "base"]):
        subprocess.run(["git"] + args, cwd=src, check=True)
    return src


def main():
    readme, man, bindir, plugin, examples, source, work = sys.argv[1:8]
    commands = [(b, c) for b, c in joined(readme_lines(readme))
                if c and not OUTPUT.match(c)]
    commands += list(joined(man_lines(man)))
    env = dict(os.environ, PATH=bindir + os.pathsep + os.environ["PATH"])
    failed, block, src = 0, None, None
    for where, cmd in commands:
        if cmd in SKIP:
            print("SKIP: %s (%s)" % (cmd, SKIP[cmd]))
            continue
        if cmd not in RUN:
            print("BROKEN: not classified in test/docs/commands.py: %s" % cmd)
            failed += 1
            continue
        if where != block:
            block = where
            src = stand_in(work, examples, source)
            os.symlink(plugin, os.path.join(work, "usr", "local", "lib",
                                            "pcbcheck.so"))
        # One pass, so that a work directory under /tmp is left alone.
        paths = {"/usr/src": src,
                 "/usr/local": os.path.join(work, "usr", "local"),
                 "/tmp/": os.path.join(work, "tmp") + "/"}
        shell = re.sub("/usr/src|/usr/local|/tmp/",
                       lambda m: paths[m.group(0)], cmd)
        p = subprocess.run(["sh", "-c", shell], cwd=src, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           universal_newlines=True)
        want = EXPECT.get(cmd)
        if p.returncode != RUN[cmd] or (want and want not in p.stdout):
            print("BROKEN: exit %d (want %d): %s\n%s" %
                  (p.returncode, RUN[cmd], cmd, p.stdout[-2000:]))
            failed += 1
        else:
            print("RAN: %s (exit %d)" % (cmd, p.returncode))
    listed = [c for _, c in commands]
    unused = [c for c in list(RUN) + list(SKIP) if c not in listed]
    for c in unused:
        print("BROKEN: listed but no longer in the docs: %s" % c)
    print("%d commands, %d failed" % (len(commands), failed + len(unused)))
    return 1 if failed or unused else 0


if __name__ == "__main__":
    sys.exit(main())
