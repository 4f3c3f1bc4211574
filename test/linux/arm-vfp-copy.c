/*
 * Linux arm (32-bit), vfp_thread_copy() as read on raspberrypi/linux
 * 025ad2324706 (v6.x mainline): the parent's live registers synced to
 * memory, the VFP state copied, then, on SMP, the child's hard.cpu set
 * to NR_CPUS, so that vfp_state_in_hw() never takes the child's state for
 * one a CPU still holds (f8f2a8522a88).
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple armv7a-unknown-linux-gnueabi -DCONFIG_SMP -verify=good %s
 * good-no-diagnostics
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuFlags,mdthread.PcbFpuState -triple armv7a-unknown-linux-gnueabi -DCONFIG_SMP -DNO_CPU_RESET -verify=kept %s
 * (With core on, the analyzer starts vfp_notify_copy() and inlines the
 * static vfp_thread_copy() into it, never starting that one itself: the
 * checker analyzes it at the end of the unit.)
 *
 * A uniprocessor build has no hard.cpu: nothing required, nothing said.
 * RUN: %pcbcheck %s -- --target=armv7a-unknown-linux-gnueabi -DNO_CPU_RESET > %t.up 2>&1
 * RUN: FileCheck --check-prefix=UP --implicit-check-not=note: %s < %t.up
 * UP: 1 file analyzed, 0 findings
 *
 * The pcbcheck command picks linux/arm and says why it writes no fix.
 * RUN: %pcbcheck --fix %s -- --target=armv7a-unknown-linux-gnueabi -DCONFIG_SMP -DNO_CPU_RESET > %t.patch 2> %t.err; test $? -eq 1
 * RUN: FileCheck --check-prefix=NOFIX %s < %t.err
 * NOFIX: no fix is offered: the reset belongs under #ifdef CONFIG_SMP
 */

#define	NR_CPUS		8

struct vfp_hard_struct {
	unsigned long long	fpregs[32];
	unsigned int		fpexc;
	unsigned int		fpscr;
	unsigned int		fpinst;
	unsigned int		fpinst2;
#ifdef CONFIG_SMP
	unsigned int		cpu;
#endif
};

union vfp_state {
	struct vfp_hard_struct	hard;
};

struct thread_info {
	unsigned long		flags;
	unsigned int		cpu;
	union vfp_state		vfpstate;
};

extern struct thread_info	*current_thread_info(void);
extern void			vfp_sync_hwstate(struct thread_info *);

static void
vfp_thread_copy(struct thread_info *thread)
{
	struct thread_info *parent = current_thread_info();

	/* The parent's registers may still be in the VFP. */
	vfp_sync_hwstate(parent);
	// kept-warning@+1{{vfp_thread_copy: child hard.cpu still names the CPU that last held the parent's VFP registers}}
	thread->vfpstate = parent->vfpstate;
#if defined(CONFIG_SMP) && !defined(NO_CPU_RESET)
	thread->vfpstate.hard.cpu = NR_CPUS;
#endif
}
// kept-note@-1{{child hard.cpu is not reset when vfp_thread_copy returns}}
// kept-note@-2{{no fix is offered}}

/* Keeps the static function used. */
void
vfp_notify_copy(struct thread_info *thread)
{

	vfp_thread_copy(thread);
}
