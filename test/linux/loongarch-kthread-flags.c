/*
 * Linux LoongArch, e428e9613531 ("LoongArch: Clear FPU/SIMD thread info
 * flags for kernel thread", 2022).  copy_thread() is entered with the
 * child's task already a copy of the parent's, thread flags included.
 * Before the fix its kernel-thread branch returned before the clears of
 * the FPU and SIMD flags; an io_uring worker created by a user thread
 * that had used the FPU kept TIF_USEDFPU.  The fix jumps to a label in
 * front of the clears instead.
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple loongarch64-unknown-linux-gnu -verify=before %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple loongarch64-unknown-linux-gnu -DAFTER_E428E9613531 -verify=after %s
 * after-no-diagnostics
 *
 * Linux 6.6 added Loongson Binary Translation (LBT) state, and with it two
 * flags copy_thread() clears too: -DLBT has them (cleared), and
 * -DLBT_UNCLEARED leaves them set.
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple loongarch64-unknown-linux-gnu -DAFTER_E428E9613531 -DLBT -verify=lbt %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple loongarch64-unknown-linux-gnu -DAFTER_E428E9613531 -DLBT -DLBT_UNCLEARED -verify=unlbt %s
 * lbt-no-diagnostics
 */

#define	TIF_SIGPENDING		1
#define	TIF_NEED_RESCHED	2
#define	TIF_USEDFPU		8
#define	TIF_USEDSIMD		9
#define	TIF_LSX_CTX_LIVE	16
#define	TIF_LASX_CTX_LIVE	17
#define	THREAD_SIZE		16384
#ifdef LBT
#define	TIF_USEDLBT		10
#define	TIF_LBT_CTX_LIVE	18
#endif

/* thread_info lives at the bottom of the kernel stack on LoongArch. */
struct thread_info {
	struct task_struct	*task;
	unsigned long		flags;
	int			cpu;
};

struct thread_struct {
	unsigned long	reg01, reg03, reg23, reg24;
	unsigned long	sched_ra, sched_cfa;
	unsigned long	csr_euen, csr_crmd, csr_prmd, csr_ecfg;
};

#include "../Inputs/linux_sched.h"

struct pt_regs {
	unsigned long	regs[32];
	unsigned long	csr_euen, csr_crmd, csr_prmd, csr_ecfg;
};

extern struct pt_regs *current_pt_regs(void);
extern unsigned int csr_read32(int);
extern void ret_from_fork(void);
extern void ret_from_kernel_thread(void);
extern void *task_stack_page(struct task_struct *);
extern void *memset(void *, int, unsigned long);

int
copy_thread(struct task_struct *p, const struct kernel_clone_args *args)
{
	unsigned long childksp;
	unsigned long tls = args->tls;
	unsigned long usp = args->stack;
	unsigned long clone_flags = args->flags;
	struct pt_regs *childregs, *regs = current_pt_regs();

	childksp = (unsigned long)task_stack_page(p) + THREAD_SIZE - 32;
	childregs = (struct pt_regs *)childksp - 1;
	childksp = (unsigned long)childregs;
	p->thread.sched_cfa = 0;
	p->thread.csr_euen = 0;
	p->thread.csr_crmd = csr_read32(0);
	p->thread.csr_prmd = csr_read32(1);
	p->thread.csr_ecfg = csr_read32(4);
	if (unlikely(args->fn)) {
		/* A kernel thread: it starts in args->fn. */
		p->thread.reg03 = childksp;
		p->thread.reg23 = (unsigned long)args->fn;
		p->thread.reg24 = (unsigned long)args->fn_arg;
		p->thread.reg01 = (unsigned long)ret_from_kernel_thread;
		p->thread.sched_ra = (unsigned long)ret_from_kernel_thread;
		memset(childregs, 0, sizeof(struct pt_regs));
		childregs->csr_euen = p->thread.csr_euen;
		childregs->csr_crmd = p->thread.csr_crmd;
		childregs->csr_prmd = p->thread.csr_prmd;
		childregs->csr_ecfg = p->thread.csr_ecfg;
#ifdef AFTER_E428E9613531
		goto out;
#else
		// before-warning@+2{{copy_thread: child thread_info.flags keeps TIF_USEDFPU | TIF_USEDSIMD | TIF_LSX_CTX_LIVE | TIF_LASX_CTX_LIVE copied from the parent thread}}
		// before-note@+1{{child thread_info.flags still holds TIF_USEDFPU | TIF_USEDSIMD | TIF_LSX_CTX_LIVE | TIF_LASX_CTX_LIVE when copy_thread returns}}
		return 0;
#endif
	}

	/* A user thread: it returns to user space as its parent does. */
	*childregs = *regs;
	childregs->regs[4] = 0;
	if (usp)
		childregs->regs[3] = usp;
	p->thread.reg03 = (unsigned long)childregs;
	p->thread.reg01 = (unsigned long)ret_from_fork;
	p->thread.sched_ra = (unsigned long)ret_from_fork;
	childregs->csr_euen = 0;
#ifdef AFTER_E428E9613531
	if (clone_flags & CLONE_SETTLS)
		childregs->regs[2] = tls;

out:
#endif
	clear_tsk_thread_flag(p, TIF_USEDFPU);
	clear_tsk_thread_flag(p, TIF_USEDSIMD);
	clear_tsk_thread_flag(p, TIF_LSX_CTX_LIVE);
	clear_tsk_thread_flag(p, TIF_LASX_CTX_LIVE);
#if defined(LBT) && !defined(LBT_UNCLEARED)
	clear_tsk_thread_flag(p, TIF_USEDLBT);
	clear_tsk_thread_flag(p, TIF_LBT_CTX_LIVE);
#endif
#ifndef AFTER_E428E9613531
	if (clone_flags & CLONE_SETTLS)
		childregs->regs[2] = tls;
#endif

	// unlbt-warning@+2{{copy_thread: child thread_info.flags keeps TIF_USEDLBT | TIF_LBT_CTX_LIVE copied from the parent thread}}
	// unlbt-note@+1{{child thread_info.flags still holds TIF_USEDLBT | TIF_LBT_CTX_LIVE when copy_thread returns}}
	return 0;
}
