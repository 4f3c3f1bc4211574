/*
 * Linux MIPS, a58a173444a6 ("MIPS: kernel: Clear FPU states when setting
 * up kernel threads", 2023): as on LoongArch, copy_thread()'s kernel-
 * thread branch returned before the FPU and MSA flags were cleared, and a
 * kernel thread cloned from a user thread hit a BUG() on its first FPU
 * use.  The fix moves the clears in front of the branch, which still
 * returns early.
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple mips64el-unknown-linux-gnuabi64 -verify=before %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple mips64el-unknown-linux-gnuabi64 -DAFTER_A58A173444A6 -verify=after %s
 * after-no-diagnostics
 *
 * The clears in a static helper of the file count as the clears, and
 * one it misses is reported (the Coccinelle engine finds such helpers by
 * a rule of their own: test/cocci/corpus.txt).
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple mips64el-unknown-linux-gnuabi64 -DAFTER_A58A173444A6 -DIN_HELPER -verify=after %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple mips64el-unknown-linux-gnuabi64 -DAFTER_A58A173444A6 -DIN_HELPER -DHELPER_MISSES_ONE -verify=misses %s
 */

#define	TIF_USEDFPU		16
#define	TIF_FPUBOUND		24
#define	TIF_USEDMSA		29
#define	TIF_MSA_CTX_LIVE	30
#define	ST0_CU1			0x20000000
#define	ST0_CU2			0x40000000
#define	ST0_EXL			0x00000002
#define	THREAD_SIZE		16384

/* thread_info shares the kernel stack pages on MIPS. */
struct thread_info {
	struct task_struct	*task;
	unsigned long		flags;
	unsigned long		tp_value;
	int			cpu;
};

struct thread_struct {
	unsigned long	reg16, reg17, reg29, reg31;
	unsigned long	cp0_status;
};

#include "../Inputs/linux_sched.h"

struct pt_regs {
	unsigned long	regs[32];
	unsigned long	cp0_status;
};

extern struct pt_regs *current_pt_regs(void);
extern unsigned long read_c0_status(void);
extern void ret_from_fork(void);
extern void ret_from_kernel_thread(void);
extern void *task_stack_page(struct task_struct *);
extern void *memset(void *, int, unsigned long);

#ifdef IN_HELPER
/* Nothing of the parent's FPU or MSA context is the child's. */
static void
mips_forget_fpu(struct task_struct *p)
{

	clear_tsk_thread_flag(p, TIF_USEDFPU);
	clear_tsk_thread_flag(p, TIF_USEDMSA);
#ifndef HELPER_MISSES_ONE
	clear_tsk_thread_flag(p, TIF_MSA_CTX_LIVE);
#endif
}
#endif

int
copy_thread(struct task_struct *p, const struct kernel_clone_args *args)
{
	unsigned long clone_flags = args->flags;
	unsigned long usp = args->stack;
	unsigned long tls = args->tls;
	struct thread_info *ti = task_thread_info(p);
	struct pt_regs *childregs, *regs = current_pt_regs();
	unsigned long childksp;

	childksp = (unsigned long)task_stack_page(p) + THREAD_SIZE - 32;
	childregs = (struct pt_regs *)childksp - 1;
	childksp = (unsigned long)childregs;
	p->thread.cp0_status = read_c0_status() & ~(ST0_CU2 | ST0_CU1);
#if defined(AFTER_A58A173444A6) && defined(IN_HELPER)
	mips_forget_fpu(p);
#elif defined(AFTER_A58A173444A6)
	/* Nothing of the parent's FPU or MSA context is the child's. */
	clear_tsk_thread_flag(p, TIF_USEDFPU);
	clear_tsk_thread_flag(p, TIF_USEDMSA);
	clear_tsk_thread_flag(p, TIF_MSA_CTX_LIVE);
#endif

	if (unlikely(args->fn)) {
		/* A kernel thread. */
		unsigned long status = p->thread.cp0_status;

		memset(childregs, 0, sizeof(struct pt_regs));
		p->thread.reg16 = (unsigned long)args->fn;
		p->thread.reg17 = (unsigned long)args->fn_arg;
		p->thread.reg29 = childksp;
		p->thread.reg31 = (unsigned long)ret_from_kernel_thread;
		status |= ST0_EXL;
		childregs->cp0_status = status;
		// before-warning@+2{{copy_thread: child thread_info.flags keeps TIF_USEDFPU | TIF_USEDMSA | TIF_MSA_CTX_LIVE copied from the parent thread}}
		// before-note@+1{{child thread_info.flags still holds TIF_USEDFPU | TIF_USEDMSA | TIF_MSA_CTX_LIVE when copy_thread returns}}
		return 0; // misses-warning{{copy_thread: child thread_info.flags keeps TIF_MSA_CTX_LIVE copied from the parent thread}} misses-note{{child thread_info.flags still holds TIF_MSA_CTX_LIVE when copy_thread returns}}
	}

	/* A user thread. */
	*childregs = *regs;
	childregs->regs[7] = 0;
	childregs->regs[2] = 0;
	if (usp)
		childregs->regs[29] = usp;
	p->thread.reg29 = (unsigned long)childregs;
	p->thread.reg31 = (unsigned long)ret_from_fork;
	childregs->cp0_status &= ~(ST0_CU2 | ST0_CU1);
#ifndef AFTER_A58A173444A6
	clear_tsk_thread_flag(p, TIF_USEDFPU);
	clear_tsk_thread_flag(p, TIF_USEDMSA);
	clear_tsk_thread_flag(p, TIF_MSA_CTX_LIVE);
#endif

	if (clone_flags & CLONE_SETTLS)
		ti->tp_value = tls;

	return 0;
}
