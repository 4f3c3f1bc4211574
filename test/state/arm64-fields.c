/*
 * arm64: after the copy, a new thread's pcb_fpusaved must point at its
 * own pcb_fpustate and pcb_vfpcpu must name no CPU (UINT_MAX), as the
 * 2021 cpu_copy_thread() did next to the PR 247945 line and
 * vfp_new_thread() does since 2023.  The SVE era adds pcb_svesaved =
 * NULL (a pcb without that field needs nothing).
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuState -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -verify=era2021 %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuState -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DTEST_SVE -verify=sve %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuState -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DTEST_SVE -DNEW_THREAD_HELPER -verify=helper %s
 * helper-no-diagnostics
 */

#define	UINT_MAX	0xffffffffU

void
cpu_fork(struct thread *td1, struct proc *p2, struct thread *td2, int flags)
{
	bcopy(td1->td_pcb, td2->td_pcb, sizeof(struct pcb));
#ifdef NEW_THREAD_HELPER
	vfp_new_thread(td2, td1, 1);
#else
	td2->td_pcb->pcb_fpusaved = &td2->td_pcb->pcb_fpustate;
	td2->td_pcb->pcb_vfpcpu = UINT_MAX;
#ifdef TEST_SVE
	td2->td_pcb->pcb_svesaved = 0;
#endif
#endif
}

/* The 2021 shape: both reset; with SVE the new field is forgotten. */
void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* sve-warning {{cpu_copy_thread: child pcb_svesaved still points at the parent's SVE state}} */
	td->td_pcb->pcb_fpflags &= ~(PCB_FP_STARTED | PCB_FP_KERN | PCB_FP_NOSAVE);
#ifdef NEW_THREAD_HELPER
	vfp_new_thread(td, td0, 0);
#else
	td->td_pcb->pcb_fpusaved = &td->td_pcb->pcb_fpustate;
	td->td_pcb->pcb_vfpcpu = UINT_MAX;
#endif
} /* sve-note {{child pcb_svesaved is not reset when cpu_copy_thread returns}} */

/* Forgets the CPU: a reused struct thread on the same CPU would skip
   loading its registers. */
void
cpu_set_upcall(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* era2021-warning {{cpu_set_upcall: child pcb_vfpcpu still holds the CPU that last held the parent's VFP state}} sve-warning {{cpu_set_upcall: child pcb_vfpcpu still holds the CPU that last held the parent's VFP state}} sve-warning {{cpu_set_upcall: child pcb_svesaved still points at the parent's SVE state}} */
#ifdef NEW_THREAD_HELPER
	vfp_new_thread(td, td0, 0);
#else
	td->td_pcb->pcb_fpusaved = &td->td_pcb->pcb_fpustate;
#endif
} /* era2021-note {{child pcb_vfpcpu is not reset when cpu_set_upcall returns}} sve-note {{child pcb_vfpcpu is not reset when cpu_set_upcall returns}} sve-note {{child pcb_svesaved is not reset when cpu_set_upcall returns}} */
