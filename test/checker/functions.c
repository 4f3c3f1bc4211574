/*
 * Which functions are checked: the rules' names, with the rules' shape.
 *
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -verify %s
 */

/* The pre-2016 name, with two threads: checked. */
void
cpu_set_upcall(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* expected-warning {{cpu_set_upcall: child pcb_fpflags keeps PCB_FP_KERN | PCB_FP_NOSAVE copied from the parent thread}} */
} /* expected-note {{child pcb_fpflags still holds PCB_FP_KERN | PCB_FP_NOSAVE when cpu_set_upcall returns}} */

/* Other names: not thread creation, silent. */
void
cpu_thread_clean(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
}

void
copy_thread_registers(struct thread *td, struct thread *td0)
{
	*td->td_pcb = *td0->td_pcb; // no-warning
}

/* cpu_fork is checked only with CheckFork=true (see fork.c). */
void
cpu_fork(struct thread *td1, struct proc *p2, struct thread *td2, int flags)
{
	bcopy(td1->td_pcb, td2->td_pcb, sizeof(struct pcb)); // no-warning
}
