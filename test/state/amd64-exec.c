/*
 * exec_setregs() as amd64 writes it (read at freebsd-src 126979c5): the
 * trapframe zeroed for the new image, then fpstate_drop(td), which drops
 * the thread's FPU state (PCB_FPUINITDONE and PCB_USERFPUINITDONE
 * cleared).  Clean; without the call both flags would reach the new
 * image, and that is reported.
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple x86_64-unknown-freebsd -include %S/../Inputs/amd64_pcb.h -verify=clean %s
 * clean-no-diagnostics
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple x86_64-unknown-freebsd -include %S/../Inputs/amd64_pcb.h -DNO_DROP -verify=kept %s
 *
 * Clearing the flags by hand is the same.
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags -triple x86_64-unknown-freebsd -include %S/../Inputs/amd64_pcb.h -DNO_DROP -DBY_HAND -verify=clean %s
 */

struct image_params {
	unsigned long	entry_addr;
};

void	fpstate_drop(struct thread *);

void
exec_setregs(struct thread *td, struct image_params *imgp, unsigned long stack)
{
	struct trapframe *regs;
	struct pcb *pcb;

	regs = td->td_frame;
	pcb = td->td_pcb;

	__builtin_memset(regs, 0, sizeof(struct trapframe));
	regs->tf_rip = imgp->entry_addr;
	regs->tf_rdi = stack;
#ifdef BY_HAND
	clear_pcb_flags(pcb, PCB_FPUINITDONE | PCB_USERFPUINITDONE);
#endif

#ifndef NO_DROP
	/* Drop the FPU state. */
	fpstate_drop(td);
#endif
}
// kept-warning@-1{{exec_setregs: pcb_flags keeps PCB_FPUINITDONE | PCB_USERFPUINITDONE of the old program image}}
// kept-note@-2{{pcb_flags still holds PCB_FPUINITDONE | PCB_USERFPUINITDONE when exec_setregs returns}}
// kept-note@-3{{no fix is offered}}
