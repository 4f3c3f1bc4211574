/*
 * exec_setregs() as arm64 writes it (read at freebsd-src 04620b10, with
 * SVE): the trapframe set up for the new image, then vfp_reset_state(td,
 * pcb), which clears pcb_fpflags whole and NULLs pcb_svesaved.  Clean;
 * without the call the new image would start with the old one's VFP and
 * SVE state, and that is reported.
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DTEST_SVE -verify=clean %s
 * clean-no-diagnostics
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -verify=clean %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DTEST_SVE -DNO_RESET -verify=kept %s
 */

#ifdef TEST_SVE
#define	PCB_FP_SVEVALID	0x00000002
#endif
#define	STACKALIGN(sp)	((sp) & ~0xfUL)

struct image_params {
	unsigned long	entry_addr;
};

void	vfp_reset_state(struct thread *, struct pcb *);

void
exec_setregs(struct thread *td, struct image_params *imgp, unsigned long stack)
{
	struct trapframe *tf;
	struct pcb *pcb;

	tf = td->td_frame;
	pcb = td->td_pcb;

	__builtin_memset(tf, 0, sizeof(struct trapframe));
	tf->tf_x[0] = stack;
	tf->tf_x[1] = imgp->entry_addr;

#ifndef NO_RESET
	/* The new image starts with a clean VFP state. */
	vfp_reset_state(td, pcb);
#endif
}
// kept-warning@-1{{exec_setregs: pcb_svesaved still points at the old program image's SVE state}}
// kept-note@-2{{pcb_svesaved is not reset when exec_setregs returns}}
// kept-note@-3{{no fix is offered: exec_setregs() resets the VFP state with vfp_reset_state(td, pcb)}}
// kept-warning@-4{{exec_setregs: pcb_fpflags keeps PCB_FP_STARTED | PCB_FP_SVEVALID of the old program image}}
// kept-note@-5{{pcb_fpflags still holds PCB_FP_STARTED | PCB_FP_SVEVALID when exec_setregs returns}}
// kept-note@-6{{no fix is offered: exec_setregs resets a new program image's FPU state the architecture's way}}
