/* pcbcheck example tree: arm64 VFP state and the kernel-FPU interface. */
#ifndef _MACHINE_VFP_H_
#define	_MACHINE_VFP_H_

struct vfpstate {
	__uint64_t	vfp_regs[32][2];	/* q0-q31 */
	__uint32_t	vfp_fpcr;
	__uint32_t	vfp_fpsr;
};

#ifdef _KERNEL
struct pcb;
struct thread;

struct fpu_kern_ctx;

#define	FPU_KERN_NORMAL	0x0000
#define	FPU_KERN_NOWAIT	0x0001
#define	FPU_KERN_KTHR	0x0002
#define	FPU_KERN_NOCTX	0x0004

void	vfp_init(void);
void	vfp_discard(struct thread *);
void	vfp_restore_state(void);
void	vfp_save_state(struct thread *, struct pcb *);
int	fpu_kern_thread(unsigned int);
int	is_fpu_kern_thread(unsigned int);
#endif

#endif /* !_MACHINE_VFP_H_ */
