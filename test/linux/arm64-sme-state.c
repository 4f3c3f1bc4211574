/*
 * Linux arm64 with SME: arch_dup_task_struct() must not leave the child
 * the parent's ZA buffer, which a fork failing after it frees (the double
 * free of 4585fc59c0e8, for ZA and ZT0).
 *
 * Today's shape (read on linux-next 16b0485f601c): after *dst = *src the
 * child's sve_state and sme_state are NULLed at once and TIF_SVE and
 * TIF_SME cleared; copy_thread_za() later gives a child with live ZA its
 * own buffers.  The 6.1 shape (za_state, read on a 6.1.y tree) gives the
 * child its own copy (kmemdup) while ZA is live, and NULL otherwise; its
 * -ENOMEM returns fail the fork before anything frees the child's fields.
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple aarch64-unknown-linux-gnu -verify=good %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple aarch64-unknown-linux-gnu -DZA_STATE_ERA -verify=good %s
 * good-no-diagnostics
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple aarch64-unknown-linux-gnu -DNO_SME_RESET -verify=today %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple aarch64-unknown-linux-gnu -DZA_STATE_ERA -DNO_SME_RESET -verify=era %s
 *
 * The saved state's format (fp_type) is the child's own too: FPSIMD.
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple aarch64-unknown-linux-gnu -DNO_FP_TYPE_RESET -verify=type %s
 *
 * Today's child also leaves streaming mode (task_smstop_sm(), a6d066f70574)
 * and starts with ZA off in thread.svcr (cde5c32db557; copy_thread_za()
 * gives a forked child with live ZA its own buffers and turns it back
 * on).  The 6.1 shape has neither, on purpose: it is not judged by them.
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple aarch64-unknown-linux-gnu -DNO_SMSTOP -verify=sm %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple aarch64-unknown-linux-gnu -DNO_ZA_OFF -verify=za %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple aarch64-unknown-linux-gnu -DZA_BACK_ON -verify=za %s
 *
 * So does TIF_SME (flag_eras: trees with copy_thread_za()); the 6.1 shape
 * keeps it while ZA is live, with the child's own copy, and is quiet.
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple aarch64-unknown-linux-gnu -DKEEP_TIF_SME -verify=tif %s
 */

#define	THREAD_INFO_IN_TASK
#define	TIF_SVE			23
#define	TIF_SME			27
#define	SVCR_SM_MASK		0x1UL
#define	SVCR_ZA_MASK		0x2UL
#define	FP_STATE_FPSIMD		1

struct thread_info {
	unsigned long	flags;
	int		preempt_count;
};

struct thread_struct {
	unsigned int		fpsimd_cpu;
	int			fp_type;
	void			*sve_state;
#ifdef ZA_STATE_ERA
	void			*za_state;
#else
	void			*sme_state;
#endif
	unsigned long		svcr;
};

#include "../Inputs/linux_sched.h"

extern void	fpsimd_save_and_flush_current_state(void);
extern void	*kzalloc(unsigned long, int);
extern void	*kmemdup(const void *, unsigned long, int);
extern void	kfree(const void *);
extern int	thread_za_enabled(struct thread_struct *);
extern unsigned long	sve_state_size(struct task_struct *);
extern unsigned long	za_state_size(struct task_struct *);

#ifndef ZA_STATE_ERA
extern void	task_smstop_sm(struct task_struct *);

/*
 * A forked child with live ZA gets its own buffers, and ZA back, in
 * copy_thread_za() (its body: arm64-copy-thread-za.c); its presence marks
 * the 6.16 tree.
 */
int	copy_thread_za(struct task_struct *, struct task_struct *);

int
arch_dup_task_struct(struct task_struct *dst, struct task_struct *src)
{

	fpsimd_save_and_flush_current_state();
	// today-warning@+5{{arch_dup_task_struct: child thread.sme_state still points at the parent's ZA and ZT0 state, which a failed fork frees}}
	// type-warning@+4{{arch_dup_task_struct: child thread.fp_type still says the saved state is in the parent's format, though the child has no SVE buffer}}
	// sm-warning@+3{{arch_dup_task_struct: child thread.svcr still has SVCR_SM_MASK set: the parent's streaming mode, though the child has no SVE buffer}}
	// za-warning@+2{{arch_dup_task_struct: child thread.svcr still has SVCR_ZA_MASK set: the parent's ZA, though the child has no ZA buffer}}
	// tif-warning@+1{{arch_dup_task_struct: child thread_info.flags keeps TIF_SME copied from the parent thread}}
	*dst = *src;

#ifndef NO_FP_TYPE_RESET
	dst->thread.fp_type = FP_STATE_FPSIMD;
#endif
	dst->thread.sve_state = NULL;
	clear_tsk_thread_flag(dst, TIF_SVE);
#ifndef NO_SMSTOP
	task_smstop_sm(dst);
#endif
#ifndef NO_SME_RESET
	dst->thread.sme_state = NULL;
#endif
#ifndef KEEP_TIF_SME
	clear_tsk_thread_flag(dst, TIF_SME);
#endif
#ifndef NO_ZA_OFF
	dst->thread.svcr &= ~SVCR_ZA_MASK;
#endif
#ifdef ZA_BACK_ON
	/* Wrong: ZA belongs in copy_thread_za(), with the child's buffer. */
	dst->thread.svcr |= SVCR_ZA_MASK;
#endif
	return 0;
	// today-note@-1{{child thread.sme_state is not reset when arch_dup_task_struct returns}}
	// type-note@-2{{child thread.fp_type is not reset when arch_dup_task_struct returns}}
	// sm-note@-3{{child thread.svcr keeps SVCR_SM_MASK when arch_dup_task_struct returns}}
	// za-note@-4{{child thread.svcr keeps SVCR_ZA_MASK when arch_dup_task_struct returns}}
	// tif-note@-5{{child thread_info.flags still holds TIF_SME when arch_dup_task_struct returns}}
}
#else
int
arch_dup_task_struct(struct task_struct *dst, struct task_struct *src)
{

	fpsimd_save_and_flush_current_state();
	// era-warning@+1{{arch_dup_task_struct: child thread.za_state still points at the parent's ZA state, which a failed fork frees}}
	*dst = *src;

	dst->thread.sve_state = NULL;
	clear_tsk_thread_flag(dst, TIF_SVE);
	if (thread_za_enabled(&src->thread)) {
		/* Live ZA: the child gets its own copies. */
		dst->thread.sve_state = kzalloc(sve_state_size(src), 0);
		if (dst->thread.sve_state == NULL)
			return (-ENOMEM);
		dst->thread.za_state = kmemdup(src->thread.za_state,
		    za_state_size(src), 0);
		if (dst->thread.za_state == NULL) {
			kfree(dst->thread.sve_state);
			dst->thread.sve_state = NULL;
			return (-ENOMEM);
		}
	} else {
#ifndef NO_SME_RESET
		dst->thread.za_state = NULL;
#endif
		clear_tsk_thread_flag(dst, TIF_SME);
	}
	dst->thread.fp_type = FP_STATE_FPSIMD;
	return 0;
	// era-note@-1{{child thread.za_state is not reset when arch_dup_task_struct returns}}
}
#endif
