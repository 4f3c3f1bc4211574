/*
 * Linux arm64, 071b6d4a5 ("arm64: fpsimd: Prevent registers leaking from
 * dead tasks", 2017).  The child's task is a copy of the parent's, and
 * with it the number of the CPU whose registers last held the parent's
 * FPSIMD state (thread.fpsimd_state.cpu in that era).  A new task that
 * reused a dead task's task_struct could then skip loading its own
 * registers and see the dead task's.  The fix calls
 * fpsimd_flush_task_state(p) in copy_thread(), which sets the CPU to
 * NR_CPUS.
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple aarch64-unknown-linux-gnu -verify=before %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple aarch64-unknown-linux-gnu -DAFTER_071B6D4A5 -verify=after %s
 * after-no-diagnostics
 */

#define	THREAD_INFO_IN_TASK
#define	TIF_FOREIGN_FPSTATE	3
#define	PSR_MODE_EL1h		0x00000005

struct thread_info {
	unsigned long	flags;
	int		preempt_count;
};

struct cpu_context {
	unsigned long	x19, x20, fp, sp, pc;
};

struct fpsimd_state {
	unsigned long long	vregs[32];
	unsigned int		fpsr, fpcr;
	unsigned int		cpu;
};

struct thread_struct {
	struct cpu_context	cpu_context;
	unsigned long		tp_value;
	struct fpsimd_state	fpsimd_state;
};

#include "../Inputs/linux_sched.h"

struct pt_regs {
	unsigned long	regs[31];
	unsigned long	sp, pc, pstate;
};

extern struct pt_regs *current_pt_regs(void);
extern struct pt_regs *task_pt_regs(struct task_struct *);
extern void fpsimd_flush_task_state(struct task_struct *);
extern void ret_from_fork(void);
extern void *memset(void *, int, unsigned long);

int
copy_thread(unsigned long clone_flags, unsigned long stack_start,
    unsigned long stk_sz, struct task_struct *p)
{
	struct pt_regs *childregs = task_pt_regs(p);

	memset(&p->thread.cpu_context, 0, sizeof(struct cpu_context));
#ifdef AFTER_071B6D4A5
	/* Forget the CPU that ran whoever had this task_struct before. */
	fpsimd_flush_task_state(p);
#endif

	if (likely(!(p->flags & PF_KTHREAD))) {
		*childregs = *current_pt_regs();
		childregs->regs[0] = 0;
		if (stack_start)
			childregs->sp = stack_start;
	} else {
		memset(childregs, 0, sizeof(struct pt_regs));
		childregs->pstate = PSR_MODE_EL1h;
		p->thread.cpu_context.x19 = stack_start;
		p->thread.cpu_context.x20 = stk_sz;
	}
	p->thread.cpu_context.pc = (unsigned long)ret_from_fork;
	p->thread.cpu_context.sp = (unsigned long)childregs;

	// before-warning@+2{{copy_thread: child thread.fpsimd_state.cpu still names a CPU that may hold the parent's FPSIMD registers}}
	// before-note@+1{{child thread.fpsimd_state.cpu is not reset when copy_thread returns}}
	return 0;
}
