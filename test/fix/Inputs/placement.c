#include "arm64_pcb.h"

extern int test_case;
extern void set_entry(struct thread *);

/* No FPU-state statement: after the run of child-pcb writes. */
static void
after_the_writes(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb));
	td->td_pcb->pcb_x[8] = 1;
	td->td_pcb->pcb_lr = 2;
	set_entry(td);
}

/* Nothing follows that writes the pcb: right after the copy. */
static void
right_after_the_copy(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb));
	set_entry(td);
}

/* A local names the child's pcb: the fix says pcb2 too. */
static void
through_a_local(struct thread *td, struct thread *td0)
{
	struct pcb *pcb2;

	pcb2 = td->td_pcb;
	bcopy(td0->td_pcb, pcb2, sizeof(*pcb2));
	pcb2->pcb_lr = 2;
	pcb2->pcb_vfpcpu = 0xffffffff;
}

/* A clear of some flags already follows: its mask is extended. */
static void
extend_the_mask(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb));
	td->td_pcb->pcb_lr = 2;
	td->td_pcb->pcb_fpflags &= ~PCB_FP_STARTED;
}

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	switch (test_case) {
	case 0: after_the_writes(td, td0); break;
	case 1: right_after_the_copy(td, td0); break;
	case 2: through_a_local(td, td0); break;
	case 3: extend_the_mask(td, td0); break;
	}
}
