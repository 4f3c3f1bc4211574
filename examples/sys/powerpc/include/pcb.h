/* pcbcheck example tree: the powerpc process control block. */
#ifndef _MACHINE_PCB_H_
#define	_MACHINE_PCB_H_

struct pcb {
	register_t	pcb_context[20];	/* r14-r31 */
	register_t	pcb_cr;
	register_t	pcb_sp;
	register_t	pcb_toc;
	register_t	pcb_lr;
	int		pcb_flags;
#define	PCB_FPU		0x1	/* Process uses the FPU. */
#define	PCB_DBREGS	0x2	/* Process uses debug registers. */
#define	PCB_VEC		0x4	/* Process uses AltiVec. */
#define	PCB_VSX		0x8	/* Process uses VSX. */
#define	PCB_KERN_FPU	0x20	/* Kernel code owns the FPU. */
#define	PCB_KERN_FPU_NOSAVE 0x40 /* Kernel FPU use without a save area. */
	struct fpu {
		double	fpr[32];
		double	fpscr;
	} pcb_fpu;			/* The FPU state. */
	struct vec {
		uint32_t vr[32][4];
		uint32_t vscr;
	} pcb_vec __aligned(16);	/* The AltiVec state. */
};

#endif /* !_MACHINE_PCB_H_ */
