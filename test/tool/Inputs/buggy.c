#include "arm64_pcb.h"

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb));
}
