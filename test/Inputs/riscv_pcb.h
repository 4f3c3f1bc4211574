/* A riscv pcb: no kernel-FPU API, so only PCB_FP_STARTED exists. */
#ifndef _TEST_RISCV_PCB_H_
#define	_TEST_RISCV_PCB_H_

#include "kernel.h"

struct trapframe {
	unsigned long	tf_ra;
	unsigned long	tf_sp;
	unsigned long	tf_sstatus;
};

/* sstatus.VS, bits 10:9 (the privileged spec's). */
#define	SSTATUS_VS_SHIFT	9
#define	SSTATUS_VS_MASK		(0x3UL << SSTATUS_VS_SHIFT)

struct pcb {
	unsigned long	pcb_ra;
	unsigned long	pcb_sp;
	unsigned long	pcb_s[12];
	unsigned long	pcb_x[32][2];
	unsigned long	pcb_fcsr;
	unsigned long	pcb_fpflags;
#define	PCB_FP_STARTED	0x1
#define	PCB_FP_USERMASK	PCB_FP_STARTED
#ifdef TEST_VECTOR
	/* The vector extension support (2026). */
	unsigned long	pcb_vsflags;
#define	PCB_VS_STARTED	0x1
	void		*pcb_vsaved;
#endif
};

#define	TEST_FIELD	pcb_fpflags
#define	TEST_OWN_A	PCB_FP_STARTED
#define	TEST_OWN_B	PCB_FP_STARTED
#define	TEST_USERMASK	PCB_FP_USERMASK

#endif
