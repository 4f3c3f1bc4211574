/*
 * pcbcheck example tree: arm64 machine-dependent thread creation, early
 * 2021, written for pcbcheck's tests.  cpu_copy_thread() follows the one
 * of PR 247945 and keeps the parent's kernel-FPU flags in the new thread.
 */

#include "opt_platform.h"

#include <sys/param.h>
#include <sys/systm.h>
#include <sys/proc.h>

#include <vm/vm.h>

#include <machine/armreg.h>
#include <machine/frame.h>
#include <machine/md_var.h>
#include <machine/pcb.h>
#ifdef VFP
#include <machine/vfp.h>
#endif

/*
 * Give the child of a fork its own pcb and trap frame at the top of its
 * kernel stack.  Its FPU state is the parent's, as fork(2) promises.
 */
void
cpu_fork(struct thread *td1, struct proc *p2, struct thread *td2, int flags)
{
	struct pcb *pcb2;
	struct trapframe *tf;

	if ((flags & RFPROC) == 0)
		return;
#ifdef VFP
	/* Flush the parent's live VFP registers into its pcb. */
	vfp_save_state(td1, td1->td_pcb);
#endif
	pcb2 = (struct pcb *)(td2->td_kstack +
	    td2->td_kstack_pages * PAGE_SIZE) - 1;
	td2->td_pcb = pcb2;
	bcopy(td1->td_pcb, pcb2, sizeof(*pcb2));

	tf = (struct trapframe *)STACKALIGN((struct trapframe *)pcb2 - 1);
	bcopy(td1->td_frame, tf, sizeof(*tf));
	tf->tf_x[0] = 0;
	tf->tf_x[1] = 0;
	tf->tf_spsr = td1->td_frame->tf_spsr & ~PSR_M_EL1h;

	td2->td_frame = tf;

	/* The child returns through fork_return() to user mode. */
	td2->td_pcb->pcb_x[8] = (uintptr_t)fork_return;
	td2->td_pcb->pcb_x[9] = (uintptr_t)td2;
	td2->td_pcb->pcb_lr = (uintptr_t)fork_trampoline;
	td2->td_pcb->pcb_sp = (uintptr_t)td2->td_frame;
	td2->td_pcb->pcb_fpusaved = &td2->td_pcb->pcb_fpustate;
	td2->td_pcb->pcb_vfpcpu = UINT_MAX;

	/* fork_exit() drops the spinlock count the child starts with. */
	td2->td_md.md_spinlock_count = 1;
	td2->td_md.md_saved_daif = td1->td_md.md_saved_daif & ~DAIF_I_MASKED;
}

/*
 * Make td a copy of td0 ready to run: kthread_add() and thread creation
 * clone the first thread of the process through here.
 */
void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_frame, td->td_frame, sizeof(struct trapframe));
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb));

	td->td_pcb->pcb_x[8] = (uintptr_t)fork_return;
	td->td_pcb->pcb_x[9] = (uintptr_t)td;
	td->td_pcb->pcb_lr = (uintptr_t)fork_trampoline;
	td->td_pcb->pcb_sp = (uintptr_t)td->td_frame;
	td->td_pcb->pcb_fpusaved = &td->td_pcb->pcb_fpustate;
	td->td_pcb->pcb_vfpcpu = UINT_MAX;

	/* fork_exit() drops the spinlock count the thread starts with. */
	td->td_md.md_spinlock_count = 1;
	td->td_md.md_saved_daif = td0->td_md.md_saved_daif & ~DAIF_I_MASKED;
}

/*
 * Place the pcb and trap frame of a new thread at the top of its kernel
 * stack.
 */
void
cpu_thread_alloc(struct thread *td)
{

	td->td_pcb = (struct pcb *)(td->td_kstack +
	    td->td_kstack_pages * PAGE_SIZE) - 1;
	td->td_frame = (struct trapframe *)STACKALIGN(
	    (struct trapframe *)td->td_pcb - 1);
}

/* Nothing of a thread's MD state outlives it on arm64. */
void
cpu_thread_free(struct thread *td)
{
}
