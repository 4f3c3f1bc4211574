/* An arm (armv7) pcb after the 2023 kernel-FPU API. */
#ifndef _TEST_ARM_PCB_H_
#define	_TEST_ARM_PCB_H_

#include "kernel.h"

struct trapframe {
	unsigned int	tf_r[16];
};

struct vfp_state {
	unsigned long long	reg[32];
};

struct pcb {
	unsigned int	pcb_regs[13];
	unsigned int	pcb_sp;
	struct vfp_state pcb_vfpstate;
	struct vfp_state *pcb_vfpsaved;
	u_int		pcb_vfpcpu;
	u_int		pcb_fpflags;
#define	PCB_FP_STARTED	0x00000001
#define	PCB_FP_KERN	0x40000000
#define	PCB_FP_NOSAVE	0x80000000
#define	PCB_FP_USERMASK	(PCB_FP_STARTED)
};

void	vfp_new_thread(struct thread *, struct thread *, int);

#define	TEST_FIELD	pcb_fpflags
#define	TEST_OWN_A	PCB_FP_KERN
#define	TEST_OWN_B	PCB_FP_NOSAVE
#define	TEST_USERMASK	PCB_FP_USERMASK

#endif
