/*
 * Linux arm64, 4585fc59c0e8 ("arm64/sve: Fix wrong free for
 * task->thread.sve_state", 2019).  arch_dup_task_struct() copies the
 * parent's task into the child's (*dst = *src), sve_state pointer and
 * TIF_SVE included.  Before the fix the child dropped them only later,
 * in copy_thread(); a fork failing in between (copy_creds() ->
 * bad_fork_free -> free_task()) freed the child's sve_state, which was
 * the parent's.  The fix resets both right after the copy.  The rules
 * make arch_dup_task_struct() responsible for them for that reason; the
 * late reset in copy_thread() does not count.
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple aarch64-unknown-linux-gnu -verify=before %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple aarch64-unknown-linux-gnu -DAFTER_4585FC59C0E8 -verify=after %s
 * after-no-diagnostics
 */

#define	THREAD_INFO_IN_TASK
#define	TIF_SIGPENDING		0
#define	TIF_FOREIGN_FPSTATE	3
#define	TIF_SVE			23
#define	PSR_MODE_EL1h		0x00000005

struct thread_info {
	unsigned long	flags;
	int		preempt_count;
};

struct cpu_context {
	unsigned long	x19, x20, fp, sp, pc;
};

struct thread_struct {
	struct cpu_context	cpu_context;
	unsigned long		tp_value;
	unsigned int		fpsimd_cpu;
	void			*sve_state;
	unsigned int		sve_vl;
};

#include "../Inputs/linux_sched.h"

struct pt_regs {
	unsigned long	regs[31];
	unsigned long	sp, pc, pstate;
};

extern struct pt_regs *current_pt_regs(void);
extern struct pt_regs *task_pt_regs(struct task_struct *);
extern void fpsimd_preserve_current_state(void);
extern void fpsimd_flush_task_state(struct task_struct *);
extern void ptrace_hw_copy_thread(struct task_struct *);
extern void ret_from_fork(void);
extern void *memset(void *, int, unsigned long);

int
arch_dup_task_struct(struct task_struct *dst, struct task_struct *src)
{
	if (current->mm)
		fpsimd_preserve_current_state();
	// before-warning@+2{{arch_dup_task_struct: child thread_info.flags keeps TIF_SVE copied from the parent thread}}
	// before-warning@+1{{arch_dup_task_struct: child thread.sve_state still points at the parent's SVE state, which a failed fork frees}}
	*dst = *src;
#ifdef AFTER_4585FC59C0E8
	/* A failed fork frees sve_state before copy_thread() runs. */
	dst->thread.sve_state = NULL;
	clear_tsk_thread_flag(dst, TIF_SVE);
#endif

	// before-note@+2{{child thread_info.flags still holds TIF_SVE when arch_dup_task_struct returns}}
	// before-note@+1{{child thread.sve_state is not reset when arch_dup_task_struct returns}}
	return 0;
}

int
copy_thread(unsigned long clone_flags, unsigned long stack_start,
    unsigned long stk_sz, struct task_struct *p, unsigned long tls)
{
	struct pt_regs *childregs = task_pt_regs(p);

	memset(&p->thread.cpu_context, 0, sizeof(struct cpu_context));
#ifndef AFTER_4585FC59C0E8
	clear_tsk_thread_flag(p, TIF_SVE);
	p->thread.sve_state = NULL;
#endif
	fpsimd_flush_task_state(p);

	if (likely(!(p->flags & PF_KTHREAD))) {
		*childregs = *current_pt_regs();
		childregs->regs[0] = 0;
		p->thread.tp_value = 0;
		if (stack_start)
			childregs->sp = stack_start;
		if (clone_flags & CLONE_SETTLS)
			p->thread.tp_value = tls;
	} else {
		memset(childregs, 0, sizeof(struct pt_regs));
		childregs->pstate = PSR_MODE_EL1h;
		p->thread.cpu_context.x19 = stack_start;
		p->thread.cpu_context.x20 = stk_sz;
	}
	p->thread.cpu_context.pc = (unsigned long)ret_from_fork;
	p->thread.cpu_context.sp = (unsigned long)childregs;
	ptrace_hw_copy_thread(p);

	return 0;
}
