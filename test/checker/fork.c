/*
 * cpu_fork with CheckFork: a forked child keeps the parent's FPU state,
 * but must not carry kernel-FPU ownership.
 *
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -analyzer-config mdthread.PcbFpuFlags:CheckFork=true -verify=on %s
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -verify=off %s
 * off-no-diagnostics
 */

extern int test_case;
extern int is_kthread;

static void
fork_unguarded(struct thread *td1, struct thread *td2)
{
	bcopy(td1->td_pcb, td2->td_pcb, sizeof(struct pcb)); /* on-warning {{cpu_fork: child pcb_fpflags keeps PCB_FP_KERN | PCB_FP_NOSAVE copied from the parent thread}} */
}

/* Upstream's later shape: clear for kthreads only, so user forks keep it. */
static void
fork_clear_for_kthreads_only(struct thread *td1, struct thread *td2)
{
	bcopy(td1->td_pcb, td2->td_pcb, sizeof(struct pcb)); /* on-warning {{cpu_fork: child pcb_fpflags keeps PCB_FP_KERN | PCB_FP_NOSAVE copied from the parent thread}} */
	if (is_kthread)
		td2->td_pcb->pcb_fpflags &= ~(PCB_FP_KERN | PCB_FP_NOSAVE);
}

/* ... plus the assertion that user forks never own the FPU: silent. */
static void
fork_clear_and_assert(struct thread *td1, struct thread *td2)
{
	bcopy(td1->td_pcb, td2->td_pcb, sizeof(struct pcb)); // no-warning
	if (is_kthread)
		td2->td_pcb->pcb_fpflags &= ~(PCB_FP_KERN | PCB_FP_NOSAVE);
	MPASS((td2->td_pcb->pcb_fpflags & (PCB_FP_KERN | PCB_FP_NOSAVE)) == 0);
}

/* Fork keeps PCB_FP_STARTED on purpose: clearing ownership is enough. */
static void
fork_clear_ownership_keep_started(struct thread *td1, struct thread *td2)
{
	bcopy(td1->td_pcb, td2->td_pcb, sizeof(struct pcb)); // no-warning
	td2->td_pcb->pcb_fpflags &= ~(PCB_FP_KERN | PCB_FP_NOSAVE);
}

void
cpu_fork(struct thread *td1, struct proc *p2, struct thread *td2, int flags)
{
	switch (test_case) {
	case 0: fork_unguarded(td1, td2); break;
	case 1: fork_clear_for_kthreads_only(td1, td2); break;
	case 2: fork_clear_and_assert(td1, td2); break;
	case 3: fork_clear_ownership_keep_started(td1, td2); break;
	}
} /* on-note 2 {{when cpu_fork returns}} */
