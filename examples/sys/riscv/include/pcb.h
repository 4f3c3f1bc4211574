/*
 * pcbcheck example tree: the riscv process control block, early 2021.
 * No kernel-FPU interface: PCB_FP_STARTED is the only FPU flag.
 */
#ifndef _MACHINE_PCB_H_
#define	_MACHINE_PCB_H_

struct pcb {
	uint64_t	pcb_ra;		/* Return address. */
	uint64_t	pcb_sp;		/* Stack pointer. */
	uint64_t	pcb_gp;
	uint64_t	pcb_tp;
	uint64_t	pcb_s[12];	/* Callee-saved registers. */
	uint64_t	pcb_x[32][2];	/* Floating point registers. */
	uint64_t	pcb_fcsr;
	uint64_t	pcb_fpflags;
#define	PCB_FP_STARTED	0x1
#define	PCB_FP_USERMASK	0x1
	vm_offset_t	pcb_onfault;
};

#endif /* !_MACHINE_PCB_H_ */
