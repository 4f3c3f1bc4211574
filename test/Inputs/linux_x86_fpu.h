/*
 * A model of Linux x86's thread_info and struct fpu, as both fpu_clone()
 * fixtures see them (6.6, where the fpu is thread.fpu, and 6.16, where it
 * follows the task), written for pcbcheck's tests.
 */
#ifndef _TEST_LINUX_X86_FPU_H_
#define	_TEST_LINUX_X86_FPU_H_

typedef _Bool bool;

struct thread_info {
	unsigned long	flags;
	unsigned long	syscall_work;
};

struct fpstate {
	unsigned int	size;
	unsigned char	regs[512];
};

struct fpu {
#ifdef LAST_CPU_RENAMED
	unsigned int	owner_cpu;	/* A layout no tree has (a note test). */
#else
	unsigned int	last_cpu;
#endif
	unsigned long	avx512_timestamp;
	struct fpstate	*fpstate;
	struct fpstate	*__task_fpstate;
	struct fpstate	__fpstate;
};

struct task_struct;

/* What fpu_clone() calls, in both layouts. */
extern bool static_cpu_has(unsigned short);
#define	cpu_feature_enabled(bit)	static_cpu_has(bit)
extern void fpstate_reset(struct fpu *);
extern void save_fpregs_to_fpstate(struct fpu *);
extern void fpu_inherit_perms(struct fpu *);
extern int update_fpu_shstk(struct task_struct *, unsigned long);
extern void *memcpy(void *, const void *, unsigned long);
extern struct fpstate init_fpstate;

#endif /* !_TEST_LINUX_X86_FPU_H_ */
