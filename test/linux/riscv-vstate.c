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
	unsigned long			riscv_v_flags;
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
