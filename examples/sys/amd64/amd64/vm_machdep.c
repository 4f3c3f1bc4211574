/*
 * pcbcheck example tree: amd64 machine-dependent thread creation, as of
 * early 2021.  Written for pcbcheck's tests.  New threads start with no
 * FPU state of their own and never own the kernel FPU.
 */

#include "opt_isa.h"
#include "opt_cpu.h"

#include <sys/param.h>
#include <sys/systm.h>
#include <sys/proc.h>
#include <sys/vnode.h>
#include <vm/vm.h>

#include <machine/frame.h>
#include <machine/md_var.h>
#include <machine/pcb.h>

/*
 * The pcb sits at the top of the kernel stack, below the user FPU save
 * area, which is as large as the CPU's XSAVE area.
 */
static struct pcb *
new_thread_pcb(struct thread *td)
{

	return ((struct pcb *)((td->td_kstack + td->td_kstack_pages *
	    PAGE_SIZE - cpu_max_ext_state_size) & ~0x3fUL) - 1);
}

void
cpu_fork(struct thread *td1, struct proc *p2, struct thread *td2, int flags)
{
	struct pcb *pcb2;

	if ((flags & RFPROC) == 0)
		return;

	pcb2 = new_thread_pcb(td2);
	td2->td_pcb = pcb2;

	/* The child inherits the parent's registers and FPU state. */
	bcopy(td1->td_pcb, pcb2, sizeof(*pcb2));
	pcb2->pcb_save = get_pcb_user_save_pcb(pcb2);
	bcopy(get_pcb_user_save_td(td1), pcb2->pcb_save,
	    cpu_max_ext_state_size);

	/* Kernel processes start with a clean FPU. */
	if ((td2->td_pflags & TDP_KTHREAD) != 0)
		clear_pcb_flags(pcb2, PCB_FPUINITDONE | PCB_USERFPUINITDONE |
		    PCB_KERNFPU | PCB_KERNFPU_THR);

	td2->td_frame = (struct trapframe *)pcb2 - 1;
	bcopy(td1->td_frame, td2->td_frame, sizeof(struct trapframe));
	td2->td_frame->tf_rax = 0;

	pcb2->pcb_r12 = (register_t)fork_return;
	pcb2->pcb_rbx = (register_t)td2;
	pcb2->pcb_rsp = (register_t)td2->td_frame - sizeof(void *);
	pcb2->pcb_rip = (register_t)fork_trampoline;
	set_pcb_flags(pcb2, PCB_FULL_IRET);

	td2->td_md.md_spinlock_count = 1;
	td2->td_md.md_saved_flags = 0x202;
}

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	struct pcb *pcb2;

	pcb2 = td->td_pcb;

	/* Start from the parent's registers; the FPU state starts afresh. */
	bcopy(td0->td_pcb, pcb2, sizeof(*pcb2));
	clear_pcb_flags(pcb2, PCB_FPUINITDONE | PCB_USERFPUINITDONE |
	    PCB_KERNFPU | PCB_KERNFPU_THR);
	pcb2->pcb_save = get_pcb_user_save_pcb(pcb2);
	bcopy(get_pcb_user_save_td(td0), pcb2->pcb_save,
	    cpu_max_ext_state_size);
	set_pcb_flags(pcb2, PCB_FULL_IRET);

	bcopy(td0->td_frame, td->td_frame, sizeof(struct trapframe));
	pcb2->pcb_r12 = (register_t)fork_return;
	pcb2->pcb_rbp = 0;
	pcb2->pcb_rsp = (register_t)td->td_frame - sizeof(void *);
	pcb2->pcb_rbx = (register_t)td;
	pcb2->pcb_rip = (register_t)fork_trampoline;

	td->td_md.md_spinlock_count = 1;
	td->td_md.md_saved_flags = 0x202;
}

void
cpu_thread_alloc(struct thread *td)
{

	td->td_pcb = new_thread_pcb(td);
	td->td_frame = (struct trapframe *)td->td_pcb - 1;
	td->td_pcb->pcb_save = get_pcb_user_save_pcb(td->td_pcb);
}
