/*
 * Linux x86, fpu_clone() as of 6.16: struct thread_struct has no fpu any
 * more (55bc30f2e34d); the child's struct fpu lies right after its task
 * structure, reached through x86_task_fpu().  The rules' field_resets
 * entry thread.fpu.last_cpu names a member this tree does not have, so
 * mdthread.PcbFpuState cannot check last_cpu here, and pcbcheck says so.
 * TIF_NEED_FPU_LOAD is still checked (and set).
 */

#define	THREAD_INFO_IN_TASK
#define	TIF_NEED_FPU_LOAD	14
#define	X86_FEATURE_FPU		(0 * 32 + 0)

#include "Inputs/linux_x86_fpu.h"

struct thread_struct {
	unsigned long	sp;
	unsigned long	fsbase;
};

#include "Inputs/linux_sched.h"

/* The fpu area follows the task structure. */
#define	x86_task_fpu(task)	((struct fpu *)((void *)(task) + sizeof(*(task))))

extern bool static_cpu_has(unsigned short);
#define	cpu_feature_enabled(bit)	static_cpu_has(bit)
extern void fpstate_reset(struct fpu *);

int
fpu_clone(struct task_struct *dst, unsigned long clone_flags, bool minimal,
    unsigned long ssp)
{
	struct fpu *dst_fpu = x86_task_fpu(dst);

	dst_fpu->last_cpu = -1;
	fpstate_reset(dst_fpu);

	if (!cpu_feature_enabled(X86_FEATURE_FPU))
		return 0;

	set_tsk_thread_flag(dst, TIF_NEED_FPU_LOAD);
	return 0;
}
