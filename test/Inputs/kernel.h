/*
 * The pieces of a FreeBSD kernel that the checker tests need: copies
 * spelled as sys/systm.h spells them, a noreturn panic, assertions.
 */
#ifndef _TEST_KERNEL_H_
#define	_TEST_KERNEL_H_

typedef unsigned long	size_t;
typedef unsigned int	u_int;
typedef unsigned long	vm_offset_t;

void	panic(const char *, ...) __attribute__((__noreturn__));
void	unknown_external(void *);

#define	bcopy(from, to, len)	__builtin_memmove((to), (from), (len))
#define	memcpy(to, from, len)	__builtin_memcpy((to), (from), (len))
#define	memmove(to, from, len)	__builtin_memmove((to), (from), (len))
#define	KASSERT(exp, msg) do {						\
	if (__builtin_expect(!(exp), 0))				\
		panic msg;						\
} while (0)
#define	MPASS(ex)	KASSERT((ex), ("Assertion %s failed", #ex))

struct pcb;

struct thread {
	struct pcb	*td_pcb;
	struct trapframe *td_frame;
	vm_offset_t	td_kstack;
	int		td_kstack_pages;
};

struct proc;

#endif
