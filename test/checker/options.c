/*
 * The checker's options under -cc1: Arch, Rules, CheckFork.
 *
 * Arch=amd64 forces amd64's rules on an aarch64 target.
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/amd64_pcb.h -analyzer-config mdthread.PcbFpuFlags:Arch=amd64 -verify=forced %s
 *
 * No rule for the target: the checker stays silent.
 * RUN: %analyze -triple mips64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -verify=none %s
 *
 * A rules file that adds a function name.
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DKTHREAD_CLONE -analyzer-config mdthread.PcbFpuFlags:Rules=%S/Inputs/extra-function.yaml -verify=extra %s
 *
 * Bad values are errors.
 * RUN: not %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -analyzer-config mdthread.PcbFpuFlags:Arch=vax %s 2>&1 | FileCheck --check-prefix=BADARCH %s
 * BADARCH: error: invalid input for checker option 'mdthread.PcbFpuFlags:Arch', that expects an architecture with rules (amd64, arm, arm64, i386, linux/arm, linux/arm64, linux/loongarch, linux/mips, linux/powerpc, linux/riscv, linux/s390, linux/x86, powerpc, riscv, solaris/amd64)
 * RUN: not %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -analyzer-config mdthread.PcbFpuFlags:CheckFork=maybe %s 2>&1 | FileCheck --check-prefix=BADBOOL %s
 * BADBOOL: error: invalid input for checker option 'mdthread.PcbFpuFlags:CheckFork', that expects a boolean value
 * RUN: not %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -analyzer-config mdthread.PcbFpuFlags:Colour=blue %s 2>&1 | FileCheck --check-prefix=UNKNOWN %s
 * UNKNOWN: error: checker 'mdthread.PcbFpuFlags' has no option called 'Colour'
 * RUN: not %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -analyzer-config mdthread.PcbFpuFlags:Rules=%S/Inputs/malformed.yaml %s 2>&1 | FileCheck --check-prefix=MALFORMED %s
 * MALFORMED: error: pcbcheck: bad rules file: {{.*}}malformed.yaml:{{[0-9]+}}:{{[0-9]+}}: missing required key 'flag_field'
 * RUN: not %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -analyzer-config mdthread.PcbFpuFlags:Rules=%S/Inputs/unknown-key.yaml %s 2>&1 | FileCheck --check-prefix=UNKNOWNKEY %s
 * UNKNOWNKEY: error: pcbcheck: bad rules file: {{.*}}unknown-key.yaml:22:1: unknown key 'colour'
 * RUN: not %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -analyzer-config mdthread.PcbFpuFlags:Rules=%S/Inputs/no-such-file.yaml %s 2>&1 | FileCheck --check-prefix=MISSING %s
 * MISSING: error: pcbcheck: bad rules file: {{.*}}no-such-file.yaml: cannot read: No such file or directory
 */

#ifdef KTHREAD_CLONE
void
cpu_clone_kthread(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* extra-warning {{cpu_clone_kthread: child pcb_fpflags keeps PCB_FP_KERN | PCB_FP_NOSAVE copied}} */
} /* extra-note {{returns}} */
#else
void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* forced-warning {{cpu_copy_thread: child pcb_flags keeps PCB_KERNFPU | PCB_KERNFPU_THR copied}} */
} /* forced-note {{returns}} */
#endif
/* none-no-diagnostics */
