/* An arm64 pcb as of early 2021, with its FPU flags. */
#ifndef _TEST_ARM64_PCB_H_
#define	_TEST_ARM64_PCB_H_

#include "kernel.h"

struct trapframe {
	unsigned long	tf_x[30];
};

struct vfpstate {
	unsigned long	vfp_regs[64];
};

struct pcb {
	unsigned long	pcb_x[31];
	unsigned long	pcb_lr;
	unsigned long	pcb_sp;
	struct vfpstate	pcb_fpustate;
	struct vfpstate	*pcb_fpusaved;
	int		pcb_fpflags;
#define	PCB_FP_STARTED	0x00000001
#define	PCB_FP_KERN	0x40000000
#define	PCB_FP_NOSAVE	0x80000000
#define	PCB_FP_USERMASK	(PCB_FP_STARTED)
	u_int		pcb_vfpcpu;
#ifdef TEST_SVE
	void		*pcb_svesaved;	/* The SVE era's save area. */
#endif
};

void	vfp_new_thread(struct thread *, struct thread *, int);

/* What the architecture-neutral cases in cases.c use. */
#define	TEST_FIELD	pcb_fpflags
#define	TEST_OWN_A	PCB_FP_KERN
#define	TEST_OWN_B	PCB_FP_NOSAVE
#define	TEST_USERMASK	PCB_FP_USERMASK

#endif
