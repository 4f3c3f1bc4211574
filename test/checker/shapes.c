/*
 * The shapes real cpu_copy_thread()s clear their flags in, one per macro:
 * partial clears, a flag set again, static helpers that clear or copy,
 * masks built from macros, a kept user mask, vfp_new_thread() with its
 * body in the file.  The checker's verdict is asserted here; the
 * Coccinelle engine must reach the same one (test/cocci/corpus.txt runs
 * both engines over each).
 *
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DPARTIAL -verify=partial %s
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DSET_AGAIN -verify=again %s
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DHELPER_CLEARS -verify=clean %s
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DHELPER_CLEARS -DHELPER_MISSES_ONE -verify=partial %s
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DHELPER_COPIES -verify=clean %s
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DHELPER_COPIES -DNO_CLEAR -verify=copied %s
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DMASK_MACRO -verify=clean %s
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DMASK_MACRO -DSHORT_MASK -verify=partial %s
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DMASK_ENUM -verify=clean %s
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DMASK_ENUM -DSHORT_MASK -verify=partial %s
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DKEEP_USER -verify=clean %s
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DKEEP_USER -DKEEP_TOO_MUCH -verify=partial %s
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DVFP_NEW_THREAD_HERE -verify=clean %s
 * clean-no-diagnostics
 */

extern void	fork_return(void);

#ifdef MASK_MACRO
#ifdef SHORT_MASK
#define	PCB_FP_OWNED	(PCB_FP_KERN)
#else
#define	PCB_FP_OWNED	(PCB_FP_KERN | PCB_FP_NOSAVE)
#endif
#endif

#ifdef MASK_ENUM
/* The kernel's own FPU flags, as an enumeration constant. */
enum {
#ifdef SHORT_MASK
	PCB_FP_KERNEL_OWNED = PCB_FP_KERN
#else
	PCB_FP_KERNEL_OWNED = (int)(PCB_FP_KERN | PCB_FP_NOSAVE)
#endif
};
#endif

#ifdef KEEP_USER
/* What a new thread may keep of its parent's flags. */
#ifdef KEEP_TOO_MUCH
#define	PCB_FP_INHERITED	(PCB_FP_USERMASK | PCB_FP_NOSAVE)
#else
#define	PCB_FP_INHERITED	PCB_FP_USERMASK
#endif
#endif

#ifdef HELPER_CLEARS
/* Drops the kernel's use of the FPU from a new thread's pcb. */
static void
pcb_drop_kernel_fpu(struct pcb *pcb)
{

#ifdef HELPER_MISSES_ONE
	pcb->pcb_fpflags &= ~PCB_FP_KERN;
#else
	pcb->pcb_fpflags &= ~(PCB_FP_KERN | PCB_FP_NOSAVE);
#endif
}
#endif

#ifdef HELPER_COPIES
/* The machine-dependent part of a new thread: the parent's pcb. */
static void
copy_md_state(struct thread *from, struct thread *to)
{

	bcopy(from->td_pcb, to->td_pcb, sizeof(struct pcb)); /* copied-warning {{cpu_copy_thread: child pcb_fpflags keeps PCB_FP_KERN | PCB_FP_NOSAVE copied from the parent thread}} */
}
#endif

#ifdef VFP_NEW_THREAD_HERE
/*
 * As vfp.c has it: a kernel thread starts with no VFP state, and a user
 * thread's parent owned none for the kernel (asserted).
 */
void
vfp_new_thread(struct thread *newtd, struct thread *oldtd, int fork)
{
	struct pcb *pcb;

	pcb = newtd->td_pcb;
	if ((oldtd->td_pflags & TDP_KTHREAD) != 0)
		pcb->pcb_fpflags &= ~(PCB_FP_STARTED | PCB_FP_KERN |
		    PCB_FP_NOSAVE);
	else
		MPASS((pcb->pcb_fpflags & (PCB_FP_KERN | PCB_FP_NOSAVE)) == 0);
	pcb->pcb_fpusaved = &pcb->pcb_fpustate;
	pcb->pcb_vfpcpu = ~0u;
}
#endif

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	struct pcb *pcb2;

	pcb2 = td->td_pcb;
#ifdef HELPER_COPIES
	copy_md_state(td0, td);
#else
	/* partial-warning@+2 {{cpu_copy_thread: child pcb_fpflags keeps PCB_FP_NOSAVE copied from the parent thread}} */
	/* again-warning@+1 {{cpu_copy_thread: child pcb_fpflags keeps PCB_FP_KERN copied from the parent thread}} */
	bcopy(td0->td_pcb, pcb2, sizeof(*pcb2));
#endif
	pcb2->pcb_x[8] = (unsigned long)fork_return;
	pcb2->pcb_x[9] = (unsigned long)td;
#if defined(PARTIAL)
	pcb2->pcb_fpflags &= ~PCB_FP_KERN;
#elif defined(SET_AGAIN)
	pcb2->pcb_fpflags &= ~(PCB_FP_STARTED | PCB_FP_KERN | PCB_FP_NOSAVE);
	pcb2->pcb_fpflags |= PCB_FP_KERN;
#elif defined(HELPER_CLEARS)
	pcb_drop_kernel_fpu(pcb2);
#elif defined(HELPER_COPIES) && !defined(NO_CLEAR)
	td->td_pcb->pcb_fpflags &= ~(PCB_FP_STARTED | PCB_FP_KERN |
	    PCB_FP_NOSAVE);
#elif defined(MASK_MACRO)
	pcb2->pcb_fpflags &= ~PCB_FP_OWNED;
#elif defined(MASK_ENUM)
	pcb2->pcb_fpflags &= ~PCB_FP_KERNEL_OWNED;
#elif defined(KEEP_USER)
	pcb2->pcb_fpflags &= PCB_FP_INHERITED;
#elif defined(VFP_NEW_THREAD_HERE)
	vfp_new_thread(td, td0, 0);
#endif
} /* partial-note {{when cpu_copy_thread returns}} again-note {{when cpu_copy_thread returns}} copied-note {{when cpu_copy_thread returns}} */
