/*
 * pcbcheck example tree: the arm (armv7) process control block, early
 * 2021.  No kernel-FPU interface yet: there is no pcb_fpflags.
 */
#ifndef _MACHINE_PCB_H_
#define	_MACHINE_PCB_H_

struct vfp_state {
	uint64_t	reg[32];
	uint32_t	fpscr;
	uint32_t	fpexec;
	uint32_t	fpinst;
	uint32_t	fpinst2;
};

struct pcb {
	uint32_t	pcb_regs[13];	/* r4-r12, sp, lr, pc */
	uint32_t	pcb_sp;
	uint32_t	pcb_pc;
	u_int		pcb_flags;
#define	PCB_OWNFPU	0x00000001
#define	PCB_NOALIGNFLT	0x00000002
	struct vfp_state pcb_vfpstate;	/* The VFP/NEON state. */
	u_int		pcb_vfpcpu;	/* CPU that last held the state. */
};

#endif /* !_MACHINE_PCB_H_ */
