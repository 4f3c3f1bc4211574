#include "powerpc_pcb.h"

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	struct pcb *pcb2;

	pcb2 = td->td_pcb;
	bcopy(td0->td_pcb, pcb2, sizeof(struct pcb));
	pcb2->pcb_sp = 0;
}

void
cpu_fork(struct thread *td1, struct proc *p2, struct thread *td2, int flags)
{
	bcopy(td1->td_pcb, td2->td_pcb, sizeof(struct pcb));
}
