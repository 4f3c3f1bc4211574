/*
 * A model of what Linux's <linux/sched.h> and <linux/thread_info.h> give
 * architecture code: the task, the clone arguments and the thread-flag
 * helpers, written for pcbcheck's tests.  The including fixture first
 * defines its arch's TIF_* bit numbers, struct thread_info and struct
 * thread_struct, and THREAD_INFO_IN_TASK where the arch selects it.
 */
#ifndef _TEST_LINUX_SCHED_H_
#define	_TEST_LINUX_SCHED_H_

#define	NULL		((void *)0)
#define	likely(x)	__builtin_expect(!!(x), 1)
#define	unlikely(x)	__builtin_expect(!!(x), 0)
#define	ENOMEM		12
#define	PF_KTHREAD	0x00200000
#define	PF_IO_WORKER	0x00000010
#define	CLONE_VM	0x00000100
#define	CLONE_SETTLS	0x00080000
#define	NR_CPUS		64

typedef unsigned long long u64;

struct pt_regs;

struct task_struct {
#ifdef THREAD_INFO_IN_TASK
	struct thread_info	thread_info;
#endif
	unsigned int		flags;
	void			*stack;
	void			*mm;
	struct thread_struct	thread;
};

struct kernel_clone_args {
	u64			flags;
	int			(*fn)(void *);
	void			*fn_arg;
	unsigned long		stack;
	unsigned long		stack_size;
	unsigned long		tls;
};

extern struct task_struct *get_current(void);
#define	current		get_current()

void	panic(const char *, ...) __attribute__((__noreturn__));

static inline void
set_bit(long nr, volatile unsigned long *addr)
{
	*addr |= 1UL << nr;
}

static inline void
clear_bit(long nr, volatile unsigned long *addr)
{
	*addr &= ~(1UL << nr);
}

#ifdef THREAD_INFO_IN_TASK
#define	task_thread_info(task)	(&(task)->thread_info)
#else
#define	task_thread_info(task)	((struct thread_info *)(task)->stack)
#endif

static inline void
set_ti_thread_flag(struct thread_info *ti, int flag)
{
	set_bit(flag, (unsigned long *)&ti->flags);
}

static inline void
clear_ti_thread_flag(struct thread_info *ti, int flag)
{
	clear_bit(flag, (unsigned long *)&ti->flags);
}

static inline void
set_tsk_thread_flag(struct task_struct *tsk, int flag)
{
	set_ti_thread_flag(task_thread_info(tsk), flag);
}

static inline void
clear_tsk_thread_flag(struct task_struct *tsk, int flag)
{
	clear_ti_thread_flag(task_thread_info(tsk), flag);
}

#endif /* !_TEST_LINUX_SCHED_H_ */
