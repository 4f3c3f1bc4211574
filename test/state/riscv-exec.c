/*
 * exec_setregs() starts a new program image in the thread.  On FreeBSD
 * riscv with vector support (read at freebsd-src d7a393095cfd, 2026) it
 * zeroes the trapframe and clears PCB_FP_STARTED, but keeps
 * PCB_VS_STARTED and the pcb_vsaved buffer: the new image's first vector
 * instruction gets SIGILL (the trap handler sees the flag set), and
 * sendsig copies the old image's saved vector registers into the new
 * image's signal frames.  Reported, with no fix line: the buffer must be
 * freed or reused as the flag is cleared, and the first-use path never
 * clears the registers the old image left.
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple riscv64-unknown-freebsd -ffreestanding -include %S/../Inputs/riscv_pcb.h -DTEST_VECTOR -verify=kept %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple riscv64-unknown-freebsd -ffreestanding -include %S/../Inputs/riscv_pcb.h -DTEST_VECTOR -DDROPPED -verify=dropped %s
 * dropped-no-diagnostics
 *
 * Trees before the vector support: PCB_FP_STARTED alone, cleared.
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple riscv64-unknown-freebsd -ffreestanding -include %S/../Inputs/riscv_pcb.h -verify=old %s
 * old-no-diagnostics
 *
 * Without the FPU flag's clear, that is reported too.
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags -triple riscv64-unknown-freebsd -ffreestanding -include %S/../Inputs/riscv_pcb.h -DKEEP_FP -verify=fp %s
 *
 * The pcbcheck command says why there is no fix.
 * RUN: %pcbcheck %s -- --target=riscv64-unknown-freebsd -ffreestanding -include %S/../Inputs/riscv_pcb.h -DTEST_VECTOR > %t.out 2>&1; test $? -eq 1
 * RUN: FileCheck --check-prefix=TOOL %s < %t.out
 * TOOL: riscv-exec.c:[[#END:]]:1: warning: exec_setregs: pcb_vsaved still points at the old program image's vector register buffer, which signal delivery copies into the new image's frames [mdthread.PcbFpuState]
 * TOOL: riscv-exec.c:[[#END]]:1: note: no fix is offered: the buffer must be freed or reused
 * TOOL: riscv-exec.c:[[#END]]:1: warning: exec_setregs: pcb_vsflags still keeps the old program image's PCB_VS_STARTED, so the new image's first vector instruction gets SIGILL [mdthread.PcbFpuState]
 * TOOL: 1 file analyzed, 2 findings
 * RUN: %pcbcheck --fix %s -- --target=riscv64-unknown-freebsd -ffreestanding -include %S/../Inputs/riscv_pcb.h -DTEST_VECTOR > %t.patch 2> %t.err; test $? -eq 1
 * RUN: test ! -s %t.patch
 * RUN: FileCheck --check-prefix=NOFIX %s < %t.err
 * NOFIX: riscv-exec.c:[[#END:]]: no fix is offered: the buffer must be freed or reused
 * NOFIX: riscv-exec.c:[[#END]]: no fix is offered: clearing PCB_VS_STARTED alone
 * NOFIX: 2 findings, 0 fixes printed
 *
 * The Coccinelle engine has no exec role, and says so.
 * RUN: %pcbcheck --engine=cocci %s -- --target=riscv64-unknown-freebsd -ffreestanding -include %S/../Inputs/riscv_pcb.h -DTEST_VECTOR 2>&1 | FileCheck --check-prefix=COCCI %s
 * COCCI: riscv-exec.c: riscv's exec_setregs() is checked by the clang engine only
 */

struct image_params {
	unsigned long	entry_addr;
};

#define	STACKALIGN(sp)	((sp) & ~0xfUL)

extern void	free(void *, void *);
extern void	*M_RVV_CTX;

void
exec_setregs(struct thread *td, struct image_params *imgp, unsigned long stack)
{
	struct trapframe *tf;
	struct pcb *pcb;

	tf = td->td_frame;
	pcb = td->td_pcb;

	__builtin_memset(tf, 0, sizeof(struct trapframe));
	tf->tf_sp = STACKALIGN(stack);
	tf->tf_ra = imgp->entry_addr;

#ifndef KEEP_FP
	pcb->pcb_fpflags &= ~PCB_FP_STARTED;
#endif
#ifdef DROPPED
	/* What a fix needs: no buffer and no flag for the new image. */
	if (pcb->pcb_vsaved != NULL) {
		free(pcb->pcb_vsaved, M_RVV_CTX);
		pcb->pcb_vsaved = NULL;
	}
	pcb->pcb_vsflags &= ~PCB_VS_STARTED;
#endif
}
// kept-warning@-1{{exec_setregs: pcb_vsaved still points at the old program image's vector register buffer}}
// kept-note@-2{{pcb_vsaved is not reset when exec_setregs returns}}
// kept-note@-3{{no fix is offered}}
// kept-warning@-4{{exec_setregs: pcb_vsflags still keeps the old program image's PCB_VS_STARTED}}
// kept-note@-5{{pcb_vsflags is not reset when exec_setregs returns}}
// kept-note@-6{{no fix is offered: clearing PCB_VS_STARTED alone}}
// fp-warning@-7{{exec_setregs: pcb_fpflags keeps PCB_FP_STARTED of the old program image}}
// fp-note@-8{{pcb_fpflags still holds PCB_FP_STARTED when exec_setregs returns}}
// fp-note@-9{{no fix is offered: exec_setregs resets a new program image's FPU state the architecture's way}}
