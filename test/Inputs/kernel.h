/*
 * The pieces of a FreeBSD kernel that the checker tests need: copies
 * spelled as sys/systm.h spells them, a noreturn panic, assertions.
 */
#ifndef _TEST_KERNEL_H_
#define	_TEST_KERNEL_H_

typedef unsigned long	size_t;
typedef unsigned int	u_int;
typedef unsigned long	vm_offset_t;

#ifndef NULL
#define	NULL	((void *)0)
#endif

void	panic(const char *, ...) __attribute__((__noreturn__));
void	unknown_external(void *);

/*
 * 2012-2021 headers declare kassert_panic() without __dead2; later ones
 * make it panic() unless KASSERT_PANIC_OPTIONAL.  The rules' panic
 * functions end the path either way.
 */
#ifdef TEST_KASSERT_2021
void	kassert_panic(const char *, ...);
#define	TEST_ASSERT_PANIC	kassert_panic
#else
#define	TEST_ASSERT_PANIC	panic
#endif

#define	bcopy(from, to, len)	__builtin_memmove((to), (from), (len))
#define	memcpy(to, from, len)	__builtin_memcpy((to), (from), (len))
#define	memmove(to, from, len)	__builtin_memmove((to), (from), (len))
#define	KASSERT(exp, msg) do {						\
	if (__builtin_expect(!(exp), 0))				\
		TEST_ASSERT_PANIC msg;					\
} while (0)
#define	MPASS(ex)	KASSERT((ex), ("Assertion %s failed", #ex))

struct pcb;

/* The machine-dependent part of a thread, as the ports name it. */
struct mdthread {
	int		md_spinlock_count;
	unsigned long	md_saved_intr;
};

struct thread {
	struct pcb	*td_pcb;
	struct trapframe *td_frame;
	vm_offset_t	td_kstack;
	int		td_kstack_pages;
	int		td_pflags;
	struct mdthread	td_md;
};

#define	TDP_KTHREAD	0x00200000

struct proc;

#endif
