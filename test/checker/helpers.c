/*
 * Clearing helpers named by the rules, and helpers the analyzer inlines.
 *
 * arm64: vfp_new_thread() lives in vfp.c, another translation unit.
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DARM64 -verify=arm64 %s
 * arm has the same helper since its kernel-FPU API (2023).
 * RUN: %analyze -triple armv7-unknown-freebsd-gnueabihf -include %S/../Inputs/arm_pcb.h -DARM -verify=arm %s
 * amd64: clear_pcb_flags() is inline asm the analyzer cannot read.
 * RUN: %analyze -triple x86_64-unknown-freebsd -include %S/../Inputs/amd64_pcb.h -DAMD64 -verify=amd64 %s
 */

extern int test_case;

#ifdef ARM64
static void
rules_listed_external_helper(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
	vfp_new_thread(td, td0, 0);
}

static void
external_helper_on_the_parent(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* arm64-warning {{keeps PCB_FP_KERN | PCB_FP_NOSAVE}} */
	vfp_new_thread(td0, td, 0);
}

/* The copy itself in a static helper shared by both functions. */
static void
copy_thread(struct thread *td1, struct thread *td2)
{
	bcopy(td1->td_pcb, td2->td_pcb, sizeof(struct pcb)); /* arm64-warning {{cpu_copy_thread: child pcb_fpflags keeps PCB_FP_KERN | PCB_FP_NOSAVE}} */
}

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	switch (test_case) {
	case 0: rules_listed_external_helper(td, td0); break;
	case 1: external_helper_on_the_parent(td, td0); break;
	case 2: copy_thread(td0, td); break;
	}
} /* arm64-note 2 {{when cpu_copy_thread returns}} */
#endif

#ifdef AMD64
static void
clear_with_clear_pcb_flags(struct thread *td, struct thread *td0)
{
	struct pcb *pcb2;

	pcb2 = td->td_pcb;
	bcopy(td0->td_pcb, pcb2, sizeof(*pcb2)); // no-warning
	clear_pcb_flags(pcb2, PCB_FPUINITDONE | PCB_USERFPUINITDONE |
	    PCB_KERNFPU | PCB_KERNFPU_THR);
	set_pcb_flags(pcb2, PCB_FULL_IRET);
}

static void
clear_pcb_flags_misses_one(struct thread *td, struct thread *td0)
{
	struct pcb *pcb2;

	pcb2 = td->td_pcb;
	bcopy(td0->td_pcb, pcb2, sizeof(*pcb2)); /* amd64-warning {{cpu_copy_thread: child pcb_flags keeps PCB_KERNFPU_THR copied from the parent thread}} */
	clear_pcb_flags(pcb2, PCB_FPUINITDONE | PCB_USERFPUINITDONE |
	    PCB_KERNFPU);
}

static void
set_pcb_flags_sets_ownership(struct thread *td, struct thread *td0)
{
	struct pcb *pcb2;

	pcb2 = td->td_pcb;
	bcopy(td0->td_pcb, pcb2, sizeof(*pcb2)); /* amd64-warning {{cpu_copy_thread: child pcb_flags keeps PCB_KERNFPU copied from the parent thread}} */
	clear_pcb_flags(pcb2, PCB_KERNFPU | PCB_KERNFPU_THR);
	set_pcb_flags(pcb2, PCB_KERNFPU);
}

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	switch (test_case) {
	case 0: clear_with_clear_pcb_flags(td, td0); break;
	case 1: clear_pcb_flags_misses_one(td, td0); break;
	case 2: set_pcb_flags_sets_ownership(td, td0); break;
	}
} /* amd64-note 2 {{when cpu_copy_thread returns}} */
#endif

#ifdef ARM
static void
arm_rules_listed_external_helper(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
	vfp_new_thread(td, td0, 0);
}

static void
arm_helper_not_called(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* arm-warning {{cpu_copy_thread: child pcb_fpflags keeps PCB_FP_KERN | PCB_FP_NOSAVE copied from the parent thread}} */
}

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	switch (test_case) {
	case 0: arm_rules_listed_external_helper(td, td0); break;
	case 1: arm_helper_not_called(td, td0); break;
	}
} /* arm-note {{when cpu_copy_thread returns}} */
#endif
