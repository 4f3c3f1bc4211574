/*
 * pcbcheck example tree: arm machine-dependent thread creation, as of
 * early 2021.  Written for pcbcheck's tests.  arm has no kernel-FPU
 * interface yet, so there are no ownership flags to clear.
 */

#include "opt_global.h"

#include <sys/param.h>
#include <sys/systm.h>
#include <sys/proc.h>

#include <vm/vm.h>

#include <machine/frame.h>
#include <machine/md_var.h>
#include <machine/pcb.h>

void
cpu_fork(struct thread *td1, struct proc *p2, struct thread *td2, int flags)
{
	struct pcb *pcb2;

	if ((flags & RFPROC) == 0)
		return;

	pcb2 = (struct pcb *)(td2->td_kstack +
	    td2->td_kstack_pages * PAGE_SIZE) - 1;
	td2->td_pcb = pcb2;
	bcopy(td1->td_pcb, pcb2, sizeof(*pcb2));

	td2->td_frame = (struct trapframe *)pcb2 - 1;
	bcopy(td1->td_frame, td2->td_frame, sizeof(struct trapframe));

	pcb2->pcb_regs[0] = (uint32_t)fork_return;
	pcb2->pcb_regs[1] = (uint32_t)td2;
	pcb2->pcb_pc = (uint32_t)fork_trampoline;
	pcb2->pcb_sp = (uint32_t)td2->td_frame;
	pcb2->pcb_vfpcpu = UINT_MAX;

	td2->td_md.md_spinlock_count = 1;
	td2->td_md.md_saved_intr = 0;
}

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{

	bcopy(td0->td_frame, td->td_frame, sizeof(struct trapframe));
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb));

	td->td_pcb->pcb_regs[0] = (uint32_t)fork_return;
	td->td_pcb->pcb_regs[1] = (uint32_t)td;
	td->td_pcb->pcb_pc = (uint32_t)fork_trampoline;
	td->td_pcb->pcb_sp = (uint32_t)td->td_frame;
	td->td_pcb->pcb_vfpcpu = UINT_MAX;

	td->td_md.md_spinlock_count = 1;
	td->td_md.md_saved_intr = 0;
}
