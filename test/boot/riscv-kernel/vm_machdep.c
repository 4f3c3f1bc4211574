/*
 * pcbcheck riscv model kernel: the machine-dependent half of thread
 * creation, in the shape of freebsd-src d7a393095cfd's riscv
 * cpu_copy_thread(): the trapframe copied, then the pcb, then the new
 * thread's return path, and nothing about its vector state.
 */

#include "kernel.h"

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{

	bcopy(td0->td_frame, td->td_frame, sizeof(struct trapframe));
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb));

	td->td_pcb->pcb_s[0] = (uintptr_t)fork_return;
	td->td_pcb->pcb_s[1] = (uintptr_t)td;
	td->td_pcb->pcb_ra = (uintptr_t)fork_trampoline;
	td->td_pcb->pcb_sp = (uintptr_t)td->td_frame & ~15UL;

	td->td_md.md_spinlock_count = 1;
	td->td_md.md_saved_sstatus_ie = 0;
}

void
cpu_fork_kthread_handler(struct thread *td, void (*func)(void *), void *arg)
{

	td->td_pcb->pcb_s[0] = (uintptr_t)func;
	td->td_pcb->pcb_s[1] = (uintptr_t)arg;
}
