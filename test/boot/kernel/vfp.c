/*
 * pcbcheck model kernel: lazy FP/SIMD as FreeBSD/arm64 does it.  The FPU
 * traps (CPACR_EL1.FPEN) until a thread owns it; kernel threads claim it
 * with fpu_kern_thread(), and the trap handler refuses anyone else.
 */

#include "kernel.h"

#define	CPACR_FPEN_MASK	(3UL << 20)

void
vfp_disable(void)
{
	uint64_t cpacr;

	__asm __volatile("mrs %0, cpacr_el1" : "=r" (cpacr));
	cpacr &= ~CPACR_FPEN_MASK;
	__asm __volatile("msr cpacr_el1, %0; isb" : : "r" (cpacr));
}

static void
vfp_enable(void)
{
	uint64_t cpacr;

	__asm __volatile("mrs %0, cpacr_el1" : "=r" (cpacr));
	cpacr |= CPACR_FPEN_MASK;
	__asm __volatile("msr cpacr_el1, %0; isb" : : "r" (cpacr));
}

/* Make the current kernel thread an owner of the FPU for its lifetime. */
int
fpu_kern_thread(u_int flags)
{
	struct pcb *pcb;

	pcb = curthread->td_pcb;
	KASSERT((pcb->pcb_fpflags & PCB_FP_KERN) == 0,
	    ("Thread already setup for the VFP"));
	pcb->pcb_fpflags |= PCB_FP_KERN;
	return (0);
}

/* First FP/SIMD instruction of a thread: allowed only to owners. */
int
vfp_trap(struct trapframe *tf)
{
	struct thread *td;

	td = curthread;
	if (td == NULL || (td->td_pcb->pcb_fpflags & PCB_FP_KERN) == 0)
		panic("VFP used in kernel without fpu_kern_thread() at %lx",
		    tf->tf_elr);
	td->td_pcb->pcb_fpflags |= PCB_FP_STARTED;
	td->td_pcb->pcb_vfpcpu = PCPU_GET_CPUID();
	vfp_enable();
	return (1);
}
