/*
 * Linux x86, fpu_clone() as of 6.16: struct thread_struct has no fpu any
 * more (55bc30f2e34d).  The child's struct fpu follows its task structure
 * in the same allocation (x86_task_fpu()), and fpu_clone() reaches it by
 * pointer arithmetic.  arch_dup_task_struct() copied the parent's fpu
 * there with the task, so the child must forget the parent's CPU
 * (last_cpu = -1), point fpstate at its own __fpstate (fpstate_reset())
 * and have TIF_NEED_FPU_LOAD set.  -DWITHOUT_LAST_CPU forgets last_cpu;
 * -DWITHOUT_FPSTATE_RESET keeps the parent's fpstate pointer;
 * -DBY_ACCESSOR reaches the fpu through x86_task_fpu() instead.
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple x86_64-unknown-linux-gnu -verify=good %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple x86_64-unknown-linux-gnu -DBY_ACCESSOR -verify=good %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple x86_64-unknown-linux-gnu -DWITHOUT_LAST_CPU -verify=cpu %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple x86_64-unknown-linux-gnu -DBY_ACCESSOR -DWITHOUT_LAST_CPU -verify=cpu %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple x86_64-unknown-linux-gnu -DWITHOUT_FPSTATE_RESET -verify=fpstate %s
 * good-no-diagnostics
 */

#define	THREAD_INFO_IN_TASK
#define	TIF_NEED_FPU_LOAD	14
#define	X86_FEATURE_FPU		(0 * 32 + 0)
#define	CLONE_THREAD		0x00010000

#include "../Inputs/linux_x86_fpu.h"

struct thread_struct {
	unsigned long	sp;
	unsigned long	fsbase;
};

#include "../Inputs/linux_sched.h"

/* The fpu area follows the task structure. */
#define	x86_task_fpu(task)	((struct fpu *)((void *)(task) + sizeof(*(task))))

int
fpu_clone(struct task_struct *dst, unsigned long clone_flags, bool minimal,
    unsigned long ssp)
{
	/* The child's fpu is allocated with it, right after it. */
#ifdef BY_ACCESSOR
	struct fpu *dst_fpu = x86_task_fpu(dst);
#else
	struct fpu *dst_fpu = (void *)dst + sizeof(*dst);
#endif

	/* Its state is in no CPU's registers. */
#ifndef WITHOUT_LAST_CPU
	dst_fpu->last_cpu = -1;
#endif

#ifndef WITHOUT_FPSTATE_RESET
	fpstate_reset(dst_fpu);
#endif

	if (!cpu_feature_enabled(X86_FEATURE_FPU))
		return 0;

	set_tsk_thread_flag(dst, TIF_NEED_FPU_LOAD);

	if (minimal) {
		/* Kernel threads and IO workers inherit no FPU state. */
		memcpy(dst_fpu->fpstate->regs, init_fpstate.regs,
		    sizeof(init_fpstate.regs));
		return 0;
	}

	save_fpregs_to_fpstate(dst_fpu);
	if (!(clone_flags & CLONE_THREAD))
		fpu_inherit_perms(dst_fpu);
	if (update_fpu_shstk(dst, ssp))
		return 1;

	// cpu-warning@+4{{fpu_clone: child x86_task_fpu.last_cpu still names the CPU whose registers may hold the parent's FPU state}}
	// cpu-note@+3{{child x86_task_fpu.last_cpu is not reset when fpu_clone returns}}
	// fpstate-warning@+2{{fpu_clone: child x86_task_fpu.fpstate still points at the parent's FPU register state}}
	// fpstate-note@+1{{child x86_task_fpu.fpstate is not reset when fpu_clone returns}}
	return 0;
}
