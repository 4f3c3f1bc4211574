/*
 * pcbcheck riscv model kernel: a small RV64 kernel of our own, run in
 * machine mode on QEMU's virt machine with the vector extension, that
 * reproduces what freebsd-src d7a393095cfd's cpu_copy_thread() does to a
 * thread that used vector instructions: the new thread shares its
 * creator's vector register buffer.  The names the analyzer reads (struct
 * thread, struct pcb, their fields and flags, cpu_copy_thread()) are
 * FreeBSD's, so pcbcheck's riscv rules apply unchanged.
 *
 * Machine mode stands in for both of FreeBSD's modes here: mstatus.VS
 * gates the vector unit as sstatus.VS gates a user thread's, and each
 * thread's copy of it lives in its trapframe's tf_sstatus.
 */
#ifndef _MODEL_KERNEL_H_
#define	_MODEL_KERNEL_H_

typedef unsigned long	size_t;
typedef unsigned long	uintptr_t;
typedef unsigned long	uint64_t;
typedef unsigned int	uint32_t;
typedef unsigned int	u_int;
typedef long		register_t;

#define	NULL		((void *)0)
#define	__dead2		__attribute__((__noreturn__))
#define	__predict_false(exp)	__builtin_expect((exp), 0)

void	*memmove(void *, const void *, size_t);
void	*memset(void *, int, size_t);
#define	bcopy(from, to, len)	__builtin_memmove((to), (from), (len))

void	panic(const char *, ...) __dead2;
#define	KASSERT(exp, msg) do {						\
	if (__predict_false(!(exp)))					\
		panic msg;						\
} while (0)

int	printf(const char *, ...);
int	vprintf(const char *, __builtin_va_list);

/* The vector status field, bits 10:9 of mstatus as of sstatus. */
#define	SSTATUS_VS_SHIFT	9
#define	SSTATUS_VS_MASK		(0x3UL << SSTATUS_VS_SHIFT)
#define	SSTATUS_VS_OFF		(0x0UL << SSTATUS_VS_SHIFT)
#define	SSTATUS_VS_INITIAL	(0x1UL << SSTATUS_VS_SHIFT)
#define	SSTATUS_VS_CLEAN	(0x2UL << SSTATUS_VS_SHIFT)
#define	SSTATUS_VS_DIRTY	(0x3UL << SSTATUS_VS_SHIFT)

struct trapframe {
	uint64_t	tf_ra;
	uint64_t	tf_sp;
	uint64_t	tf_sepc;
	uint64_t	tf_sstatus;
};

struct pcb {
	uint64_t	pcb_ra;
	uint64_t	pcb_sp;
	uint64_t	pcb_s[12];
	uint64_t	pcb_fpflags;
#define	PCB_FP_STARTED	0x1
	uint64_t	pcb_vsflags;
#define	PCB_VS_STARTED	0x1	/* pcb_vsaved holds the thread's state. */
	void		*pcb_vsaved;	/* Vector registers, malloc'd. */
};

struct mdthread {
	int		md_spinlock_count;
	register_t	md_saved_sstatus_ie;
};

#define	TDS_RUNNING	1
#define	TDS_DEAD	2

struct thread {
	const char	*td_name;
	int		td_state;
	struct pcb	*td_pcb;
	struct trapframe *td_frame;
	struct mdthread	td_md;
	char		*td_kstack;
};

#define	KSTACK_SIZE	8192

extern struct thread *curthread;

/* Malloc types, as malloc(9) names them. */
struct malloc_type {
	const char	*ks_shortdesc;
};
extern struct malloc_type M_RVV_CTX[1];

void	*malloc(size_t, struct malloc_type *);
void	free(void *, struct malloc_type *);

/* Threads. */
struct thread *thread_create(void (*)(void *), void *, const char *);
void	kthread_exit(void) __dead2;
void	kern_yield(void);
int	thread_reap(void);
int	threads_running(void);
void	cpu_copy_thread(struct thread *, struct thread *);
void	cpu_fork_kthread_handler(struct thread *, void (*)(void *), void *);
void	fork_return(void *);
void	cpu_switch(struct thread *, struct thread *);
void	fork_trampoline(void);
void	fork_exit(void (*)(void *), void *) __dead2;

/* Vector state (vector.c). */
void	vector_state_init(struct thread *);
void	vector_state_store(struct thread *);
void	vector_state_restore(struct thread *);
void	vector_thread_dtor(struct thread *);
int	vector_trap(struct thread *);

/* What the threads of the test do with vector registers (vwork.c). */
void	vector_fill(uint64_t);
uint64_t	vector_peek(void);

void	machine_exit(int) __dead2;

#endif
