/*
 * pcbcheck model kernel: a small AArch64 kernel of our own that reproduces
 * the mechanism of FreeBSD PR 247945 on an emulated Raspberry Pi 4.  The
 * names of the pieces the analyzer reads (struct thread, struct pcb, their
 * fields and flags, cpu_copy_thread()) are FreeBSD's, so pcbcheck's arm64
 * rules apply unchanged.
 */
#ifndef _MODEL_KERNEL_H_
#define	_MODEL_KERNEL_H_

typedef unsigned long	size_t;
typedef unsigned long	uintptr_t;
typedef unsigned long	uint64_t;
typedef unsigned int	uint32_t;
typedef unsigned int	u_int;
typedef long		register_t;
typedef unsigned long	vm_offset_t;

#define	NULL		((void *)0)
#define	UINT_MAX	0xffffffffU
#define	MAXCPU		4
#define	KSTACK_PAGES	4
#define	PAGE_SIZE	4096
#define	STACKALIGN(p)	((uint64_t)(p) & ~15UL)

#define	__dead2		__attribute__((__noreturn__))
#define	__predict_false(exp)	__builtin_expect((exp), 0)

void	*memmove(void *, const void *, size_t);
void	*memset(void *, int, size_t);
#define	bcopy(from, to, len)	__builtin_memmove((to), (from), (len))
#define	bzero(buf, len)		__builtin_memset((buf), 0, (len))

void	panic(const char *, ...) __dead2;
#define	KASSERT(exp, msg) do {						\
	if (__predict_false(!(exp)))					\
		panic msg;						\
} while (0)

int	printf(const char *, ...);
int	vprintf(const char *, __builtin_va_list);

struct trapframe {
	uint64_t	tf_sp;
	uint64_t	tf_lr;
	uint64_t	tf_elr;
	uint64_t	tf_spsr;
	uint64_t	tf_esr;
	uint64_t	tf_x[30];
};

struct vfpstate {
	uint64_t	vfp_regs[32][2];
	uint32_t	vfp_fpcr;
	uint32_t	vfp_fpsr;
};

struct pcb {
	uint64_t	pcb_x[31];
	uint64_t	pcb_lr;
	uint64_t	pcb_sp;
	struct vfpstate	pcb_fpustate;
	struct vfpstate	*pcb_fpusaved;
	int		pcb_fpflags;
#define	PCB_FP_STARTED	0x01	/* The thread has used the FPU. */
#define	PCB_FP_KERN	0x02	/* Kernel code owns the FPU (fpu_kern). */
#define	PCB_FP_NOSAVE	0x04	/* Kernel use without a save area. */
	u_int		pcb_vfpcpu;
};

struct mdthread {
	int		md_spinlock_count;
	register_t	md_saved_daif;
};

struct proc;

struct thread {
	struct proc	*td_proc;
	const char	*td_name;
	struct pcb	*td_pcb;
	struct trapframe *td_frame;
	vm_offset_t	td_kstack;
	int		td_kstack_pages;
	int		td_oncpu;
	struct mdthread	td_md;
};

struct proc {
	const char	*p_comm;
	struct thread	*p_firstthread;	/* FIRST_THREAD_IN_PROC() */
	int		p_numthreads;
};

#define	FIRST_THREAD_IN_PROC(p)	((p)->p_firstthread)
#define	RFPROC		(1 << 4)
#define	DAIF_I_MASKED	(1 << 7)

/* Per-CPU state, found through TPIDR_EL1. */
struct pcpu {
	int		pc_cpuid;
	struct thread	*pc_curthread;
	struct thread	*volatile pc_next;	/* Thread to run, from sched_add(). */
};
struct pcpu	*get_pcpu(void);
#define	curthread	(get_pcpu()->pc_curthread)
#define	PCPU_GET_CPUID()	(get_pcpu()->pc_cpuid)

/* vm_machdep.c */
void	cpu_fork(struct thread *, struct proc *, struct thread *, int);
void	cpu_copy_thread(struct thread *, struct thread *);
void	cpu_thread_alloc(struct thread *);
void	cpu_fork_kthread_handler(struct thread *, void (*)(void *), void *);
void	fork_trampoline(void);
void	fork_exit(void (*)(void *), void *, struct trapframe *);

/* kern_kthread.c */
struct thread *kproc_kthread_add(void (*)(void *), void *, struct proc **,
	    int, const char *);
struct thread *kthread_add(void (*)(void *), void *, struct proc *, int,
	    const char *);
extern struct thread thread0;

/* machdep.c */
void	sched_add(struct thread *, int);
void	cpu_idle(void) __dead2;
void	start_secondaries(void);
extern volatile int cpus_up;

/* vfp.c */
int	fpu_kern_thread(u_int);
int	vfp_trap(struct trapframe *);
void	vfp_disable(void);

/* ktls.c, fpwork.c */
void	ktls_init(void);
long	ktls_fp_work(int);

#endif /* !_MODEL_KERNEL_H_ */
