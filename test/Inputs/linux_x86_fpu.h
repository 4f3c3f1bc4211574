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
	unsigned int	last_cpu;
	unsigned long	avx512_timestamp;
	struct fpstate	*fpstate;
};

#endif /* !_TEST_LINUX_X86_FPU_H_ */
