/*
 * Linux riscv, arch_dup_task_struct() since the Vector support: after
 * *dst = *src the child's Vector state is zeroed (its datap would be the
 * parent's buffer, freed twice) and TIF_RISCV_V_DEFER_RESTORE cleared
 * (it would restore registers the child never had).  -DBEFORE_VECTOR_RESET
 * models a tree that copies the task and stops there.
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple riscv64-unknown-linux-gnu -verify=good %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple riscv64-unknown-linux-gnu -DBEFORE_VECTOR_RESET -verify=before %s
 * good-no-diagnostics
 *
 * copy_thread() zeroes thread.riscv_v_flags (kernel-mode Vector, read on
 * linux-next 14003414's process.c) after both branches; without that
 * line the child would believe it is inside kernel_vector_begin().
 * Trees before kernel-mode Vector have no such field: nothing required.
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple riscv64-unknown-linux-gnu -DNO_V_FLAGS_RESET -verify=flags %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple riscv64-unknown-linux-gnu -DNO_V_FLAGS_RESET -DBEFORE_KERNEL_V -verify=good %s
 */

#define	THREAD_INFO_IN_TASK
#define	TIF_RISCV_V_DEFER_RESTORE	12

struct thread_info {
	unsigned long	flags;
	int		preempt_count;
};

struct __riscv_v_ext_state {
	unsigned long	vstart, vl, vtype, vcsr, vlenb;
	void		*datap;
};

struct __riscv_d_ext_state {
	unsigned long long	f[32];
	unsigned int		fcsr;
};

struct thread_struct {
	unsigned long			ra, sp, s[12];
	struct __riscv_d_ext_state	fstate;
	struct __riscv_v_ext_state	vstate;
	struct __riscv_v_ext_state	kernel_vstate;
#ifndef BEFORE_KERNEL_V
	unsigned int			riscv_v_flags;
#endif
};

#include "../Inputs/linux_sched.h"

struct pt_regs;
extern struct pt_regs *task_pt_regs(struct task_struct *);
extern void fstate_save(struct task_struct *, struct pt_regs *);
extern void *memset(void *, int, unsigned long);

int
arch_dup_task_struct(struct task_struct *dst, struct task_struct *src)
{
	fstate_save(src, task_pt_regs(src));
	// before-warning@+3{{arch_dup_task_struct: child thread_info.flags keeps TIF_RISCV_V_DEFER_RESTORE copied from the parent thread}}
	// before-warning@+2{{arch_dup_task_struct: child thread.vstate.datap still points at the parent's Vector register buffer}}
	// before-warning@+1{{arch_dup_task_struct: child thread.kernel_vstate.datap still points at the parent's kernel-mode Vector buffer}}
	*dst = *src;
#ifndef BEFORE_VECTOR_RESET
	/* The child has no Vector state of its own yet. */
	memset(&dst->thread.vstate, 0, sizeof(struct __riscv_v_ext_state));
	memset(&dst->thread.kernel_vstate, 0,
	    sizeof(struct __riscv_v_ext_state));
	clear_tsk_thread_flag(dst, TIF_RISCV_V_DEFER_RESTORE);
#endif

	// before-note@+3{{child thread_info.flags still holds TIF_RISCV_V_DEFER_RESTORE when arch_dup_task_struct returns}}
	// before-note@+2{{child thread.vstate.datap is not reset when arch_dup_task_struct returns}}
	// before-note@+1{{child thread.kernel_vstate.datap is not reset when arch_dup_task_struct returns}}
	return 0;
}

/* The child's kernel-mode Vector state starts empty. */
int
copy_thread(struct task_struct *p, const struct kernel_clone_args *args)
{
	unsigned long clone_flags = args->flags;
	struct pt_regs *childregs = task_pt_regs(p);

	memset(&p->thread.s, 0, sizeof(p->thread.s));
	if (unlikely(args->fn != NULL)) {
		/* A kernel thread runs fn(fn_arg). */
		p->thread.s[0] = (unsigned long)args->fn;
		p->thread.s[1] = (unsigned long)args->fn_arg;
	} else {
		/* A user thread returns to the copied registers. */
		if ((clone_flags & CLONE_SETTLS) != 0)
			p->thread.s[2] = args->tls;
	}
#if !defined(NO_V_FLAGS_RESET) && !defined(BEFORE_KERNEL_V)
	p->thread.riscv_v_flags = 0;
#endif
	p->thread.sp = (unsigned long)childregs;
	return 0;
	// flags-warning@-1{{copy_thread: child thread.riscv_v_flags still holds the parent's kernel-mode Vector state (RISCV_KERNEL_MODE_V, RISCV_PREEMPT_V and the nesting depth)}}
	// flags-note@-2{{child thread.riscv_v_flags is not reset when copy_thread returns}}
}
