#include "kernel.h"

/* A later arm64 pcb: SVE state, and new flag values. */
struct pcb {
	unsigned long	pcb_x[31];
	unsigned long	pcb_sp;
	void		*pcb_fpusaved;
	void		*pcb_svesaved;
	int		pcb_fpflags;
#define	PCB_FP_STARTED	0x00000001
#define	PCB_FP_SVEVALID	0x00000002
#define	PCB_FP_KERN	0x40000000
#define	PCB_FP_NOSAVE	0x80000000
	unsigned int	pcb_vfpcpu;
};

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb));
	td->td_pcb->pcb_sp = 0;
	td->td_pcb->pcb_vfpcpu = 0xffffffff;
}
