/*
 * Linux arm64 copy_thread() as of 6.16 (read on linux-next 16b0485f601c):
 * a forked child of a task with live ZA gets its own SVE and ZA buffers
 * from copy_thread_za(), a static helper.  When the second allocation
 * fails, the helper frees the first and must set sve_state back to NULL:
 * the failed fork then frees the child, and its sve_state with it, a
 * second time (the double free of 4585fc59c0e8, on an error path).
 * -DNO_NULL_AFTER_FREE leaves the freed pointer in the child.
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple aarch64-unknown-linux-gnu -verify=good %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple aarch64-unknown-linux-gnu -DNO_NULL_AFTER_FREE -verify=freed %s
 * good-no-diagnostics
 */

#define	THREAD_INFO_IN_TASK
#define	TIF_SVE			23
#define	TIF_SME			27
#define	SVCR_ZA_MASK		0x2UL
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
	struct {
		unsigned long	tp_value;
		unsigned long	fpsimd_regs[64];
	}			uw;
	unsigned int		fpsimd_cpu;
	void			*sve_state;
	void			*sme_state;
	unsigned long		svcr;
	unsigned long		tpidr2_el0;
};

#include "../Inputs/linux_sched.h"

struct pt_regs {
	unsigned long	regs[31];
	unsigned long	sp, pc, pstate;
};

extern struct pt_regs *current_pt_regs(void);
extern struct pt_regs *task_pt_regs(struct task_struct *);
extern void fpsimd_flush_task_state(struct task_struct *);
extern void *memset(void *, int, unsigned long);
extern void *kzalloc(unsigned long, int);
extern void *kmemdup(const void *, unsigned long, int);
extern void kfree(const void *);
extern int system_supports_sme(void);
extern int thread_za_enabled(struct thread_struct *);
extern unsigned long sve_state_size(struct task_struct *);
extern unsigned long sme_state_size(struct task_struct *);
extern unsigned long read_tpidr2(void);
extern void ret_from_fork(void);

/* The child's own ZA (and SVE) buffers, when the parent has live ZA. */
static int
copy_thread_za(struct task_struct *dst, struct task_struct *src)
{

	if (!thread_za_enabled(&src->thread))
		return (0);
	dst->thread.sve_state = kzalloc(sve_state_size(src), 0);
	if (dst->thread.sve_state == NULL)
		return (-ENOMEM);
	dst->thread.sme_state = kmemdup(src->thread.sme_state,
	    sme_state_size(src), 0);
	if (dst->thread.sme_state == NULL) {
		kfree(dst->thread.sve_state);
#ifndef NO_NULL_AFTER_FREE
		dst->thread.sve_state = NULL;
#endif
		return (-ENOMEM);
	}
	set_tsk_thread_flag(dst, TIF_SME);
	dst->thread.svcr |= SVCR_ZA_MASK;
	return (0);
}

int
copy_thread(struct task_struct *p, const struct kernel_clone_args *args)
{
	struct pt_regs *childregs = task_pt_regs(p);
	unsigned long clone_flags = args->flags;
	int ret;

	memset(&p->thread.cpu_context, 0, sizeof(struct cpu_context));
	/* No CPU holds the child's FPSIMD registers. */
	fpsimd_flush_task_state(p);

	if (likely(args->fn == NULL)) {
		*childregs = *current_pt_regs();
		childregs->regs[0] = 0;
		if (system_supports_sme()) {
			if ((clone_flags & CLONE_VM) == 0) {
				/* A fork keeps its ZA, in buffers of its own. */
				p->thread.tpidr2_el0 = read_tpidr2();
				ret = copy_thread_za(p, current);
				if (ret != 0)
					return (ret);
				// freed-warning@-1{{copy_thread: child thread.sve_state still points at memory freed here, which freeing the child frees again}}
				// freed-note@-2{{child thread.sve_state is freed and not reset when copy_thread returns}}
				// freed-note@-3{{set it to NULL after the free, as on the other paths}}
			} else
				p->thread.tpidr2_el0 = 0;
		}
	} else {
		memset(childregs, 0, sizeof(struct pt_regs));
		childregs->pstate = PSR_MODE_EL1h;
		p->thread.cpu_context.x19 = (unsigned long)args->fn;
		p->thread.cpu_context.x20 = (unsigned long)args->fn_arg;
	}
	p->thread.cpu_context.pc = (unsigned long)ret_from_fork;
	p->thread.cpu_context.sp = (unsigned long)childregs;
	return (0);
}
