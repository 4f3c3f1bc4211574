/* pcbcheck example tree: the arm64 process control block, early 2021. */
#ifndef _MACHINE_PCB_H_
#define	_MACHINE_PCB_H_

#include <machine/vfp.h>

struct trapframe;

#define	PCB_LR		30
struct pcb {
	uint64_t	pcb_x[31];	/* Callee-saved registers. */
	uint64_t	pcb_lr;		/* Where cpu_switch() returns. */
	uint64_t	pcb_sp;
	uint64_t	pcb_tpidr_el0;
	uint64_t	pcb_tpidrro_el0;

	/* Fault handler, the error value is passed in x0. */
	vm_offset_t	pcb_onfault;

	/* Floating point state, saved lazily. */
	struct vfpstate	pcb_fpustate;
	/* Where to save the state: pcb_fpustate, or a kernel context. */
	struct vfpstate	*pcb_fpusaved;
	int		pcb_fpflags;
#define	PCB_FP_STARTED	0x01	/* The thread has used the VFP. */
#define	PCB_FP_KERN	0x02	/* Kernel code owns the VFP (fpu_kern). */
#define	PCB_FP_NOSAVE	0x04	/* Kernel use with no save area. */
/* Flags a user thread may carry across a context switch. */
#define	PCB_FP_USERMASK	(PCB_FP_STARTED)
	u_int		pcb_vfpcpu;	/* CPU that last held the state. */
};

#ifdef _KERNEL
void	makectx(struct trapframe *tf, struct pcb *pcb);
int	savectx(struct pcb *pcb);
#endif

#endif /* !_MACHINE_PCB_H_ */
