/* pcbcheck example tree: the amd64 process control block, early 2021. */
#ifndef _MACHINE_PCB_H_
#define	_MACHINE_PCB_H_

struct savefpu {
	u_char		sv_env[512];
} __aligned(64);

struct pcb {
	register_t	pcb_r15;
	register_t	pcb_r14;
	register_t	pcb_r13;
	register_t	pcb_r12;
	register_t	pcb_rbp;
	register_t	pcb_rsp;
	register_t	pcb_rbx;
	register_t	pcb_rip;
	register_t	pcb_fsbase;
	register_t	pcb_gsbase;

	/* Saved with the flags below by the context switch code. */
	u_int		pcb_flags;
#define	PCB_FULL_IRET	0x0001	/* Full iret is needed. */
#define	PCB_DBREGS	0x0002	/* Process using debug registers. */
#define	PCB_KERNFPU	0x0004	/* Kernel uses the FPU. */
#define	PCB_FPUINITDONE	0x0008	/* FPU state is initialized. */
#define	PCB_USERFPUINITDONE 0x0010 /* The user FPU state is initialized. */
#define	PCB_KERNFPU_THR	0x0020	/* The thread is an fpu_kern thread. */
#define	PCB_32BIT	0x0040	/* Process has 32 bit context. */
#define	PCB_FPUNOSAVE	0x0080	/* Kernel FPU use without a context. */

	/* The FPU save area: the user's, or a kernel context's. */
	struct savefpu	*pcb_save;
	u_long		pcb_pad[5];
} __aligned(64);

#ifdef _KERNEL
/* The context switch reads pcb_flags without locks: use atomic ops. */
static __inline void
clear_pcb_flags(struct pcb *pcb, const u_int flags)
{

	__asm __volatile("andl %1,%0" : "=m" (pcb->pcb_flags)
	    : "ir" (~flags), "m" (pcb->pcb_flags) : "cc");
}

static __inline void
set_pcb_flags(struct pcb *pcb, const u_int flags)
{

	__asm __volatile("orl %1,%0" : "=m" (pcb->pcb_flags)
	    : "ir" (flags), "m" (pcb->pcb_flags) : "cc");
}

struct savefpu *get_pcb_user_save_td(struct thread *td);
struct savefpu *get_pcb_user_save_pcb(struct pcb *pcb);
#endif

#endif /* !_MACHINE_PCB_H_ */
