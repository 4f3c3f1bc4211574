/*
 * arm64's vfp_new_thread() as FreeBSD writes it since 2023, here with its
 * body visible (a port may inline the same shape): a parent kernel thread
 * gives a child whose FPU flags are all cleared; a parent user thread's
 * child is asserted free of kernel-FPU ownership and then loses other
 * bits (PCB_FP_STARTED only when not forking).  Silent for both callers;
 * the twin whose kernel-thread arm clears only PCB_FP_STARTED is reported.
 *
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DTEST_KASSERT_2021 -analyzer-config mdthread.PcbFpuFlags:CheckFork=true -verify=fixed %s
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -analyzer-config mdthread.PcbFpuFlags:CheckFork=true -verify=fixed %s
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DTEST_KASSERT_2021 -DCLEAR_ONLY_STARTED -verify=buggy %s
 * fixed-no-diagnostics
 */

struct proc;

#define	RFPROC		(1 << 4)
#define	UINT_MAX	0xffffffffU

static void
new_thread_fpu(struct thread *newtd, struct thread *oldtd, int fork)
{
	struct pcb *newpcb;

	newpcb = newtd->td_pcb;
	if ((oldtd->td_pflags & TDP_KTHREAD) != 0) {
#ifdef CLEAR_ONLY_STARTED
		newpcb->pcb_fpflags &= ~PCB_FP_STARTED;
#else
		newpcb->pcb_fpflags &=
		    ~(PCB_FP_STARTED | PCB_FP_KERN | PCB_FP_NOSAVE);
#endif
	} else {
		MPASS((newpcb->pcb_fpflags & (PCB_FP_KERN|PCB_FP_NOSAVE)) == 0);
		if (!fork)
			newpcb->pcb_fpflags &= ~PCB_FP_STARTED;
	}
	newpcb->pcb_fpusaved = &newpcb->pcb_fpustate;
	newpcb->pcb_vfpcpu = UINT_MAX;
}

void
cpu_fork(struct thread *td1, struct proc *p2, struct thread *td2, int flags)
{
	struct pcb *pcb2;

	if ((flags & RFPROC) == 0)
		return;
	pcb2 = (struct pcb *)(td2->td_kstack +
	    td2->td_kstack_pages * 4096) - 1;
	td2->td_pcb = pcb2;
	bcopy(td1->td_pcb, pcb2, sizeof(*pcb2));
	new_thread_fpu(td2, td1, 1);
}

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_frame, td->td_frame, sizeof(struct trapframe));
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* buggy-warning {{cpu_copy_thread: child pcb_fpflags keeps PCB_FP_KERN | PCB_FP_NOSAVE copied from the parent thread}} */
	td->td_pcb->pcb_lr = 0;
	new_thread_fpu(td, td0, 0);
	unknown_external(td);
} /* buggy-note {{when cpu_copy_thread returns}} */
