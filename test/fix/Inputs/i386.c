#include "i386_pcb.h"

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	struct pcb *pcb2;

	pcb2 = td->td_pcb;
	bcopy(td0->td_pcb, pcb2, sizeof(*pcb2));
	pcb2->pcb_save = 0;
	pcb2->pcb_eip = 0;
}
