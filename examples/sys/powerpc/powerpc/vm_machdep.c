/*
 * pcbcheck example tree: powerpc machine-dependent thread creation.
 * Written for pcbcheck's tests.
 */

#include "opt_ddb.h"

#include <sys/param.h>
#include <sys/systm.h>
#include <sys/proc.h>
#include <sys/vnode.h>
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

	pcb2 = (struct pcb *)((td2->td_kstack +
	    td2->td_kstack_pages * PAGE_SIZE - sizeof(struct pcb)) & ~0x2fUL);
	td2->td_pcb = pcb2;

	/* The child keeps the parent's FPU and AltiVec state. */
	bcopy(td1->td_pcb, pcb2, sizeof(*pcb2));
	pcb2->pcb_flags &= ~(PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE);

	td2->td_frame = (struct trapframe *)pcb2 - 1;
	bcopy(td1->td_frame, td2->td_frame, sizeof(struct trapframe));

	pcb2->pcb_context[0] = (register_t)fork_return;
	pcb2->pcb_context[1] = (register_t)td2;
	pcb2->pcb_sp = (register_t)td2->td_frame - 16;
	pcb2->pcb_lr = (register_t)fork_trampoline;

	td2->td_md.md_spinlock_count = 1;
	td2->td_md.md_saved_intr = 0;
}

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	struct pcb *pcb2;

	pcb2 = td->td_pcb;

	/* Registers from the parent; the kernel FPU is never inherited. */
	bcopy(td0->td_pcb, pcb2, sizeof(struct pcb));
	pcb2->pcb_flags &= ~(PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE);

	bcopy(td0->td_frame, td->td_frame, sizeof(struct trapframe));
	pcb2->pcb_context[0] = (register_t)fork_return;
	pcb2->pcb_context[1] = (register_t)td;
	pcb2->pcb_sp = (register_t)td->td_frame - 16;
	pcb2->pcb_lr = (register_t)fork_trampoline;

	td->td_md.md_spinlock_count = 1;
	td->td_md.md_saved_intr = 0;
}
