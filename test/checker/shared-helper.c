/*
 * One static helper makes the copy for both cpu_fork and cpu_copy_thread;
 * the analyzer inlines it into each, and both stay analysis roots.
 *
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -analyzer-config mdthread.PcbFpuFlags:CheckFork=true -verify %s
 */

static void
copy_thread(struct thread *td1, struct thread *td2)
{
	/* expected-warning@+2 {{cpu_fork: child pcb_fpflags keeps PCB_FP_KERN | PCB_FP_NOSAVE copied from the parent thread}} */
	/* expected-warning@+1 {{cpu_copy_thread: child pcb_fpflags keeps PCB_FP_KERN | PCB_FP_NOSAVE copied from the parent thread}} */
	bcopy(td1->td_pcb, td2->td_pcb, sizeof(struct pcb));
}

void
cpu_fork(struct thread *td1, struct proc *p2, struct thread *td2, int flags)
{
	copy_thread(td1, td2);
} /* expected-note {{when cpu_fork returns}} */

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	copy_thread(td0, td);
} /* expected-note {{when cpu_copy_thread returns}} */
