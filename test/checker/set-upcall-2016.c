/*
 * Since 2016 cpu_set_upcall() sets a thread's entry point: it takes one
 * thread, not two, and copies no pcb of a parent.  Not ours.
 *
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -verify %s
 * expected-no-diagnostics
 */

extern struct pcb template_pcb;

void
cpu_set_upcall(struct thread *td, void (*entry)(void *), void *arg,
    void *stack)
{
	bcopy(&template_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
}
