/* A powerpc pcb with the kernel-FPU flags. */
#ifndef _TEST_POWERPC_PCB_H_
#define	_TEST_POWERPC_PCB_H_

#include "kernel.h"

struct trapframe {
	unsigned long	fixreg[32];
};

struct pcb {
	unsigned long	pcb_context[20];
	unsigned long	pcb_sp;
	int		pcb_flags;
#define	PCB_FPU		0x1
#define	PCB_DBREGS	0x2
#define	PCB_VEC		0x4
#define	PCB_VSX		0x8
#define	PCB_KERN_FPU	0x20
#define	PCB_KERN_FPU_NOSAVE 0x40
#define	PCB_USERMASK	(PCB_FPU | PCB_VEC | PCB_VSX)
	struct {
		double	fpr[32];
	} pcb_fpu;
};

#define	TEST_FIELD	pcb_flags
#define	TEST_OWN_A	PCB_KERN_FPU
#define	TEST_OWN_B	PCB_KERN_FPU_NOSAVE
#define	TEST_USERMASK	PCB_USERMASK

#endif
