/*
 * Linux x86, fpu_clone() as of 6.6: entered with the child's struct fpu a
 * copy of the parent's (arch_dup_task_struct() copied the whole task).
 * The child must forget the CPU whose registers held the parent's state
 * (last_cpu = -1) and must have TIF_NEED_FPU_LOAD set, so that it loads
 * its own state before user space and, as a kernel thread, never saves
 * registers it does not own.  Without an FPU the function returns before
 * setting the flag, and nothing needs loading: that path is not
 * reported.  -DSET_AFTER_MINIMAL sets the flag after the kernel-thread
 * return; -DWITHOUT_LAST_CPU forgets last_cpu; -DWITHOUT_FPSTATE_RESET
 * leaves fpstate pointing at the parent's register state (5.16 and later
 * point it at the fpu's own __fpstate).
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple x86_64-unknown-linux-gnu -verify=good %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple x86_64-unknown-linux-gnu -DSET_AFTER_MINIMAL -verify=late %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple x86_64-unknown-linux-gnu -DWITHOUT_LAST_CPU -verify=cpu %s
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
	struct fpu	fpu;
};

#include "../Inputs/linux_sched.h"

int
fpu_clone(struct task_struct *dst, unsigned long clone_flags, bool minimal,
    unsigned long ssp)
{
	struct fpu *src_fpu = &current->thread.fpu;
	struct fpu *dst_fpu = &dst->thread.fpu;

	/* The child's state is in no CPU's registers. */
#ifndef WITHOUT_LAST_CPU
	dst_fpu->last_cpu = -1;
#endif

#ifndef WITHOUT_FPSTATE_RESET
	fpstate_reset(dst_fpu);
#endif

	if (!cpu_feature_enabled(X86_FEATURE_FPU))
		return 0;

#ifndef SET_AFTER_MINIMAL
	set_tsk_thread_flag(dst, TIF_NEED_FPU_LOAD);
#endif

	if (minimal) {
		/* Kernel threads and IO workers inherit no FPU state. */
		memcpy(dst_fpu->fpstate->regs, init_fpstate.regs,
		    sizeof(init_fpstate.regs));
		// late-warning@+2{{fpu_clone: child thread_info.flags may lack TIF_NEED_FPU_LOAD, which a new thread must have set}}
		// late-note@+1{{child thread_info.flags may lack TIF_NEED_FPU_LOAD when fpu_clone returns}}
		return 0;
	}
#ifdef SET_AFTER_MINIMAL
	set_tsk_thread_flag(dst, TIF_NEED_FPU_LOAD);
#endif

	save_fpregs_to_fpstate(dst_fpu);
	if (!(clone_flags & CLONE_THREAD))
		fpu_inherit_perms(dst_fpu);
	if (update_fpu_shstk(dst, ssp))
		return 1;

	// cpu-warning@+4{{fpu_clone: child thread.fpu.last_cpu still names the CPU whose registers may hold the parent's FPU state}}
	// cpu-note@+3{{child thread.fpu.last_cpu is not reset when fpu_clone returns}}
	// fpstate-warning@+2{{fpu_clone: child thread.fpu.fpstate still points at the parent's FPU register state}}
	// fpstate-note@+1{{child thread.fpu.fpstate is not reset when fpu_clone returns}}
	return 0;
}
