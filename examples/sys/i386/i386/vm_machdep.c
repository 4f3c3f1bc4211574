/*
 * pcbcheck example tree: i386 machine-dependent thread creation, as of
 * early 2021.  Written for pcbcheck's tests.
 */

#include "opt_isa.h"
#include "opt_npx.h"

#include <sys/param.h>
#include <sys/systm.h>
#include <sys/proc.h>
#include <sys/vnode.h>
#include <vm/vm.h>

#include <machine/frame.h>
#include <machine/md_var.h>
#include <machine/pcb.h>

static struct pcb *
new_thread_pcb(struct thread *td)
{

	return ((struct pcb *)((td->td_kstack + td->td_kstack_pages *
	    PAGE_SIZE - cpu_max_ext_state_size) & ~0x3fU) - 1);
}

void
cpu_fork(struct thread *td1, struct proc *p2, struct thread *td2, int flags)
{
	struct pcb *pcb2;

	if ((flags & RFPROC) == 0)
		return;

	pcb2 = new_thread_pcb(td2);
	td2->td_pcb = pcb2;

	/* The child keeps the parent's registers and FPU state. */
	bcopy(td1->td_pcb, pcb2, sizeof(*pcb2));
	pcb2->pcb_save = get_pcb_user_save_pcb(pcb2);
	bcopy(get_pcb_user_save_td(td1), pcb2->pcb_save,
	    cpu_max_ext_state_size);

	td2->td_frame = (struct trapframe *)pcb2 - 1;
	bcopy(td1->td_frame, td2->td_frame, sizeof(struct trapframe));

	pcb2->pcb_edi = 0;
	pcb2->pcb_esi = (int)fork_return;
	pcb2->pcb_ebx = (int)td2;
	pcb2->pcb_esp = (int)td2->td_frame - sizeof(void *);
	pcb2->pcb_eip = (int)fork_trampoline;

	td2->td_md.md_spinlock_count = 1;
	td2->td_md.md_saved_intr = 0x202;
}

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	struct pcb *pcb2;

	pcb2 = td->td_pcb;

	/* Registers from the parent; FPU state and ownership start clean. */
	bcopy(td0->td_pcb, pcb2, sizeof(*pcb2));
	pcb2->pcb_flags &= ~(PCB_NPXINITDONE | PCB_NPXUSERINITDONE |
	    PCB_KERNNPX);
	pcb2->pcb_save = get_pcb_user_save_pcb(pcb2);
	bcopy(get_pcb_user_save_td(td0), pcb2->pcb_save,
	    cpu_max_ext_state_size);

	bcopy(td0->td_frame, td->td_frame, sizeof(struct trapframe));
	pcb2->pcb_edi = 0;
	pcb2->pcb_esi = (int)fork_return;
	pcb2->pcb_ebp = 0;
	pcb2->pcb_esp = (int)td->td_frame - sizeof(void *);
	pcb2->pcb_ebx = (int)td;
	pcb2->pcb_eip = (int)fork_trampoline;

	td->td_md.md_spinlock_count = 1;
	td->td_md.md_saved_intr = 0x202;
}
