/*
 * Linux s390, arch_dup_task_struct() as read on a v6.16-era mainline
 * copy (Kingxukai/linux 0291023e7330): the parent's user FPU registers
 * saved, *dst = *src, then kfpu_flags zeroed (no kernel_fpu_begin()
 * section in the child) and the runtime-instrumentation and
 * guarded-storage control block pointers NULLed, since a fork that fails
 * before copy_thread() frees them through arch_release_task_struct().
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple s390x-unknown-linux-gnu -verify=good %s
 * good-no-diagnostics
 *
 * Before 13cccafe0edc the pointers were NULLed in copy_thread(): too
 * late for a failed fork, so arch_dup_task_struct() is reported.
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple s390x-unknown-linux-gnu -DBEFORE_13CCCAFE -verify=before %s
 *
 * Without the kfpu_flags line the child inherits the parent's kernel FPU
 * section; trees before v6.9 have no kfpu_flags, and nothing is required.
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple s390x-unknown-linux-gnu -DNO_KFPU_RESET -verify=kfpu %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple s390x-unknown-linux-gnu -DNO_KFPU_RESET -DBEFORE_KFPU -verify=good %s
 *
 * The pcbcheck command picks linux/s390 for the target and fixes it with
 * the assignments, right after the copy (fixes at one place read in the
 * findings' order, which is by message, not the rules').
 * RUN: %pcbcheck --fix %s -- --target=s390x-unknown-linux-gnu -DBEFORE_13CCCAFE -DBEFORE_KFPU > %t.patch 2> %t.err
 * RUN: FileCheck --check-prefix=FIX %s < %t.patch
 * FIX: *dst = *src;
 * FIX-DAG: +{{.*}}dst->thread.ri_cb = NULL;
 * FIX-DAG: +{{.*}}dst->thread.gs_cb = NULL;
 * FIX-DAG: +{{.*}}dst->thread.gs_bc_cb = NULL;
 * FIX: #if
 * RUN: FileCheck --check-prefix=FIXED %s < %t.err
 * FIXED: 3 findings, 3 fixes printed
 */

#define	THREAD_INFO_IN_TASK

struct thread_info {
	unsigned long	flags;
	unsigned long	syscall_work;
};

struct runtime_instr_cb;
struct gs_cb;

struct thread_struct {
	unsigned int		acrs[16];
	unsigned long		ksp;
	unsigned long		user_timer;
#ifndef BEFORE_KFPU
	int			ufpu_flags;
	int			kfpu_flags;
#endif
	struct runtime_instr_cb	*ri_cb;
	struct gs_cb		*gs_cb;
	struct gs_cb		*gs_bc_cb;
};

#include "../Inputs/linux_sched.h"

extern void	save_user_fpu_regs(void);

int
arch_dup_task_struct(struct task_struct *dst, struct task_struct *src)
{

	save_user_fpu_regs();
	// before-warning@+5{{arch_dup_task_struct: child thread.ri_cb still points at the parent's runtime-instrumentation control block, which a failed fork frees}}
	// before-warning@+4{{arch_dup_task_struct: child thread.gs_cb still points at the parent's guarded-storage control block, which a failed fork frees}}
	// before-warning@+3{{arch_dup_task_struct: child thread.gs_bc_cb still points at the parent's guarded-storage broadcast control block, which a failed fork frees}}
	// kfpu-warning@+2{{arch_dup_task_struct: child thread.kfpu_flags still names the FPU registers the parent uses inside kernel_fpu_begin()}}
	// kfpu-note@+11{{child thread.kfpu_flags is not reset when arch_dup_task_struct returns}}
	*dst = *src;
#if !defined(NO_KFPU_RESET) && !defined(BEFORE_KFPU)
	dst->thread.kfpu_flags = 0;
#endif
#ifndef BEFORE_13CCCAFE
	/* A failed fork frees these: they must not be the parent's. */
	dst->thread.ri_cb = NULL;
	dst->thread.gs_cb = NULL;
	dst->thread.gs_bc_cb = NULL;
#endif
	return 0;
	// before-note@-1{{child thread.ri_cb is not reset when arch_dup_task_struct returns}}
	// before-note@-2{{child thread.gs_cb is not reset when arch_dup_task_struct returns}}
	// before-note@-3{{child thread.gs_bc_cb is not reset when arch_dup_task_struct returns}}
}
