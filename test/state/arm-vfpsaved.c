/*
 * FreeBSD arm, 98c666cf8758 ("arm: Fix initialization of VFP context"):
 * before it, cpu_fork() re-pointed the child's pcb_vfpsaved at its own
 * pcb_vfpstate after the copy but cpu_copy_thread() did not, so a new
 * thread's pcb_vfpsaved pointed into its parent's pcb.  After it, both
 * call vfp_new_thread() (vfp.c, another translation unit), which sets
 * pcb_vfpsaved and pcb_vfpcpu and clears the kernel-FPU flags.
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuState -triple armv7-unknown-freebsd-gnueabihf -include %S/../Inputs/arm_pcb.h -verify=before %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuState -triple armv7-unknown-freebsd-gnueabihf -include %S/../Inputs/arm_pcb.h -DAFTER_98C666CF8758 -verify=after %s
 * after-no-diagnostics
 *
 * The flags check alone says nothing of pcb_vfpsaved (it reports the
 * flags the old cpu_copy_thread also kept):
 * RUN: %analyze -triple armv7-unknown-freebsd-gnueabihf -include %S/../Inputs/arm_pcb.h -verify=flags %s
 */

#define	UINT_MAX	0xffffffffU

extern unsigned int initial_fpscr;

void
cpu_fork(struct thread *td1, struct proc *p2, struct thread *td2, int flags)
{
	struct pcb *pcb2;

	pcb2 = (struct pcb *)(td2->td_kstack + td2->td_kstack_pages * 4096) - 1;
	td2->td_pcb = pcb2;
	bcopy(td1->td_pcb, pcb2, sizeof(*pcb2));
	pcb2->pcb_regs[4] = 0;
#ifdef AFTER_98C666CF8758
	vfp_new_thread(td2, td1, 1);
#else
	pcb2->pcb_vfpcpu = -1;
	pcb2->pcb_vfpsaved = &pcb2->pcb_vfpstate;
#endif
}

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_frame, td->td_frame, sizeof(struct trapframe));
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* before-warning {{cpu_copy_thread: child pcb_vfpsaved still points into the parent's pcb}} flags-warning {{cpu_copy_thread: child pcb_fpflags keeps PCB_FP_KERN | PCB_FP_NOSAVE copied from the parent thread}} */
	td->td_pcb->pcb_regs[4] = 0;
	td->td_frame->tf_r[0] = 0;
#ifdef AFTER_98C666CF8758
	vfp_new_thread(td, td0, 0);
#endif
} /* before-note {{child pcb_vfpsaved is not reset when cpu_copy_thread returns}} flags-note {{when cpu_copy_thread returns}} */
