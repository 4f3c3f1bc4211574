/*
 * Linux powerpc, d272f6670a0b ("powerpc: Explicitly disable math features
 * when copying thread").  MSR_FP, MSR_VEC and MSR_VSX in a thread's saved
 * MSR say its FP, VMX and VSX registers are live; copy_thread() copies
 * the parent's user registers into the child's (*childregs = *regs) and
 * must drop those bits, or the child returns to user space trusting
 * registers that are not its own.  The fix clears them after the copy.
 * The child's save-area pointers, copied with the task, are reset at the
 * end of the function (-DWITHOUT_SAVE_AREAS leaves them as copied).
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple powerpc64le-unknown-linux-gnu -verify=before %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple powerpc64le-unknown-linux-gnu -DAFTER_D272F6670A0B -verify=after %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple powerpc64le-unknown-linux-gnu -DAFTER_D272F6670A0B -DWITHOUT_SAVE_AREAS -verify=areas %s
 * after-no-diagnostics
 */

#define	THREAD_INFO_IN_TASK
/* The MSR bits, as powerpc's reg.h spells them: bit numbers and masks. */
#define	__MASK(X)	(1UL << (X))
#define	MSR_VEC_LG	25
#define	MSR_VSX_LG	23
#define	MSR_FP_LG	13
#define	MSR_VEC		__MASK(MSR_VEC_LG)
#define	MSR_VSX		__MASK(MSR_VSX_LG)
#define	MSR_FP		__MASK(MSR_FP_LG)
#define	STACK_FRAME_OVERHEAD	112
#define	THREAD_SIZE		16384

struct thread_info {
	unsigned long	flags;
	int		cpu;
};

struct thread_fp_state {
	unsigned long long	fpr[32][2];
	unsigned long long	fpscr;
};

struct thread_vr_state {
	unsigned long long	vr[32][2];
	unsigned long long	vscr;
};

struct thread_struct {
	unsigned long		ksp;
	struct pt_regs		*regs;
	struct thread_fp_state	fp_state;
	struct thread_fp_state	*fp_save_area;
	struct thread_vr_state	vr_state;
	struct thread_vr_state	*vr_save_area;
};

#include "../Inputs/linux_sched.h"

struct pt_regs {
	unsigned long	gpr[32];
	unsigned long	nip, msr, softe;
};

extern struct pt_regs *current_pt_regs(void);
extern void ret_from_fork(void);
extern void ret_from_kernel_thread(void);
extern void *task_stack_page(struct task_struct *);
extern void *memset(void *, int, unsigned long);

int
copy_thread(unsigned long clone_flags, unsigned long usp,
    unsigned long kthread_arg, struct task_struct *p)
{
	struct pt_regs *childregs, *kregs;
	unsigned long sp = (unsigned long)task_stack_page(p) + THREAD_SIZE;
	void (*f)(void);

	sp -= sizeof(struct pt_regs);
	childregs = (struct pt_regs *)sp;
	if (unlikely(p->flags & PF_KTHREAD)) {
		/* A kernel thread: no user registers to inherit. */
		memset(childregs, 0, sizeof(struct pt_regs));
		childregs->gpr[1] = sp + sizeof(struct pt_regs);
		childregs->gpr[14] = usp;
		childregs->gpr[15] = kthread_arg;
		p->thread.regs = NULL;
		f = ret_from_kernel_thread;
	} else {
		/* A user thread. */
		struct pt_regs *regs = current_pt_regs();

		// before-warning@+1{{copy_thread: child msr keeps MSR_FP | MSR_VEC | MSR_VSX copied from the parent thread}}
		*childregs = *regs;
		if (usp)
			childregs->gpr[1] = usp;
		p->thread.regs = childregs;
		childregs->gpr[3] = 0;
		f = ret_from_fork;
	}
#ifdef AFTER_D272F6670A0B
	childregs->msr &= ~(MSR_FP | MSR_VEC | MSR_VSX);
#endif
	sp -= STACK_FRAME_OVERHEAD;
	sp -= sizeof(struct pt_regs);
	kregs = (struct pt_regs *)sp;
	kregs->nip = (unsigned long)f;
	p->thread.ksp = sp;
#ifndef WITHOUT_SAVE_AREAS
	p->thread.fp_save_area = NULL;
	p->thread.vr_save_area = NULL;
#endif

	// before-note@+3{{child msr still holds MSR_FP | MSR_VEC | MSR_VSX when copy_thread returns}}
	// areas-warning@+2{{copy_thread: child thread.fp_save_area still points at the parent's FP save area}} areas-note@+2{{child thread.fp_save_area is not reset when copy_thread returns}}
	// areas-warning@+1{{copy_thread: child thread.vr_save_area still points at the parent's VMX save area}} areas-note@+1{{child thread.vr_save_area is not reset when copy_thread returns}}
	return 0;
}
