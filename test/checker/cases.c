/*
 * The checker's cases, written once for every architecture: each arch's
 * Inputs/<arch>_pcb.h names its flag field and ownership flags as
 * TEST_FIELD, TEST_OWN_A, TEST_OWN_B.  cpu_copy_thread() dispatches to one
 * small function per case; the analyzer inlines each, so a warning lands
 * on the case's own copy.
 *
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -verify=common,arm64 %s
 * RUN: %analyze -triple armv7-unknown-freebsd-gnueabihf -include %S/../Inputs/arm_pcb.h -verify=common,arm %s
 * RUN: %analyze -triple x86_64-unknown-freebsd -include %S/../Inputs/amd64_pcb.h -verify=common,amd64 %s
 * RUN: %analyze -triple i386-unknown-freebsd -include %S/../Inputs/i386_pcb.h -verify=common,i386 %s
 * RUN: %analyze -triple powerpc64-unknown-freebsd -include %S/../Inputs/powerpc_pcb.h -verify=common,powerpc %s
 * RUN: %analyze -triple powerpc64le-unknown-freebsd -include %S/../Inputs/powerpc_pcb.h -verify=common,powerpc %s
 *
 * Alone (no core, no other checker) the checker stops other roots at once,
 * as the tool does; the results are the same.
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=mdthread.PcbFpuFlags -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -verify=common,arm64 %s
 *
 * riscv defines no ownership flag (no kernel-FPU API): nothing to report.
 * RUN: %analyze -triple riscv64-unknown-freebsd -include %S/../Inputs/riscv_pcb.h -verify=riscv %s
 * riscv-no-diagnostics
 */

#define	F	TEST_FIELD
#define	OWNED	(TEST_OWN_A | TEST_OWN_B)

extern int test_case;
extern int test_flags;
extern struct pcb other_pcb;

/* Each copy form, child reached directly: reported. */
static void
copy_bcopy(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* common-warning-re {{cpu_copy_thread: child pcb_{{(fp)?}}flags keeps PCB_{{[A-Z_]+}} | PCB_{{[A-Z_]+}} copied from the parent thread}} */
}

static void
copy_memcpy(struct thread *td, struct thread *td0)
{
	memcpy(td->td_pcb, td0->td_pcb, sizeof(*td->td_pcb)); /* common-warning {{copied from the parent thread}} */
}

static void
copy_memmove(struct thread *td, struct thread *td0)
{
	memmove(td->td_pcb, td0->td_pcb, sizeof(struct pcb)); /* common-warning {{copied from the parent thread}} */
}

static void
copy_builtin_memcpy(struct thread *td, struct thread *td0)
{
	__builtin_memcpy(td->td_pcb, td0->td_pcb, sizeof(struct pcb)); /* common-warning {{copied from the parent thread}} */
}

static void
copy_struct_assignment(struct thread *td, struct thread *td0)
{
	*td->td_pcb = *td0->td_pcb; /* common-warning {{copied from the parent thread}} */
}

/* The child's pcb through a local. */
static void
copy_through_local(struct thread *td, struct thread *td0)
{
	struct pcb *pcb2;

	pcb2 = td->td_pcb;
	bcopy(td0->td_pcb, pcb2, sizeof(*pcb2)); /* common-warning {{copied from the parent thread}} */
}

/* pcb2 carved from the kernel stack, assigned to td_pcb after the copy. */
static void
copy_to_kstack_local(struct thread *td, struct thread *td0)
{
	struct pcb *pcb2;

	pcb2 = (struct pcb *)(td->td_kstack + td->td_kstack_pages * 4096) - 1;
	bcopy(td0->td_pcb, pcb2, sizeof(*pcb2)); /* common-warning {{copied from the parent thread}} */
	td->td_pcb = pcb2;
}

static void
copy_to_kstack_local_cleared(struct thread *td, struct thread *td0)
{
	struct pcb *pcb2;

	pcb2 = (struct pcb *)(td->td_kstack + td->td_kstack_pages * 4096) - 1;
	td->td_pcb = pcb2;
	bcopy(td0->td_pcb, pcb2, sizeof(*pcb2)); // no-warning
	pcb2->F &= ~OWNED;
}

/* Cleared: one statement, several, assignment, masks. */
static void
clear_in_one_statement(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
	td->td_pcb->F &= ~(TEST_OWN_A | TEST_OWN_B);
}

static void
clear_in_several_statements(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
	td->td_pcb->F &= ~TEST_OWN_A;
	td->td_pcb->F &= ~TEST_OWN_B;
}

static void
clear_by_assigning_zero(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
	td->td_pcb->F = 0;
}

static void
clear_by_assigning_parent_user_bits(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
	td->td_pcb->F = td0->td_pcb->F & TEST_USERMASK;
}

static void
clear_by_mask(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
	td->td_pcb->F &= TEST_USERMASK;
}

static void
clear_by_reading_back(struct thread *td, struct thread *td0)
{
	struct pcb *pcb2;

	pcb2 = td->td_pcb;
	bcopy(td0->td_pcb, pcb2, sizeof(*pcb2)); // no-warning
	pcb2->F = pcb2->F & ~OWNED;
}

/* Only one of the two flags cleared: the message names the other. */
static void
clear_only_first_flag(struct thread *td, struct thread *td0)
{
	/* arm64-warning@+5 {{cpu_copy_thread: child pcb_fpflags keeps PCB_FP_NOSAVE copied from the parent thread}} */
	/* arm-warning@+4 {{cpu_copy_thread: child pcb_fpflags keeps PCB_FP_NOSAVE copied from the parent thread}} */
	/* amd64-warning@+3 {{cpu_copy_thread: child pcb_flags keeps PCB_KERNFPU_THR copied from the parent thread}} */
	/* i386-warning@+2 {{cpu_copy_thread: child pcb_flags keeps PCB_KERNNPX_THR copied from the parent thread}} */
	/* powerpc-warning@+1 {{cpu_copy_thread: child pcb_flags keeps PCB_KERN_FPU_NOSAVE copied from the parent thread}} */
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb));
	td->td_pcb->F &= ~TEST_OWN_A;
}

/* Path-sensitive cases: reported. */
static void
clear_on_one_branch(struct thread *td, struct thread *td0, int flags)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* common-warning {{copied from the parent thread}} */
	if (flags & 1)
		td->td_pcb->F &= ~OWNED;
}

static void
early_return_before_clear(struct thread *td, struct thread *td0, int flags)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* common-warning {{copied from the parent thread}} */
	if (flags & 2)
		return;
	td->td_pcb->F &= ~OWNED;
}

static void
clear_before_copy(struct thread *td, struct thread *td0)
{
	td->td_pcb->F &= ~OWNED;
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* common-warning {{copied from the parent thread}} */
}

static void
clear_parent_instead_of_child(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* common-warning {{copied from the parent thread}} */
	td0->td_pcb->F &= ~OWNED;
}

static void
redirty_by_assigning_parent(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* common-warning {{copied from the parent thread}} */
	td->td_pcb->F &= ~OWNED;
	td->td_pcb->F = td0->td_pcb->F;
}

static void
redirty_by_or_of_parent(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* common-warning {{copied from the parent thread}} */
	td->td_pcb->F &= ~OWNED;
	td->td_pcb->F |= td0->td_pcb->F;
}

static void
redirty_by_copying_again(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
	td->td_pcb->F &= ~OWNED;
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* common-warning {{copied from the parent thread}} */
}

static void
unknown_external_call(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* common-warning {{copied from the parent thread}} */
	unknown_external(td->td_pcb);
}

/* An unknown call may not move td_pcb: the clear after it counts. */
static void
clear_after_unknown_call_on_thread(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
	unknown_external(td);
	td->td_pcb->F &= ~OWNED;
}

/* Assertions whose failing branch panics: silent. */
static void
assert_clear_with_mpass(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
	MPASS((td->td_pcb->F & OWNED) == 0);
}

static void
assert_clear_with_kassert_per_flag(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
	KASSERT((td->td_pcb->F & TEST_OWN_A) == 0, ("kern"));
	KASSERT(!(td->td_pcb->F & TEST_OWN_B), ("nosave"));
}

static void
assert_parent_clear_before_copy(struct thread *td, struct thread *td0)
{
	MPASS((td0->td_pcb->F & OWNED) == 0);
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
}

/* A static helper in the same file clears: inlined, silent. */
static void
clear_fpu_flags(struct pcb *pcb)
{
	pcb->F &= ~OWNED;
}

static void
clear_in_inlined_helper(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
	clear_fpu_flags(td->td_pcb);
}

/* Copies that are not of a pcb into the child's pcb: silent. */
static void
copy_of_trapframe(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_frame, td->td_frame, sizeof(struct trapframe)); // no-warning
}

static void
copy_into_other_pcb(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, &other_pcb, sizeof(struct pcb)); // no-warning
}

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	switch (test_case) {
	case 0: copy_bcopy(td, td0); break;
	case 1: copy_memcpy(td, td0); break;
	case 2: copy_memmove(td, td0); break;
	case 3: copy_builtin_memcpy(td, td0); break;
	case 4: copy_struct_assignment(td, td0); break;
	case 5: copy_through_local(td, td0); break;
	case 6: copy_to_kstack_local(td, td0); break;
	case 7: copy_to_kstack_local_cleared(td, td0); break;
	case 8: clear_in_one_statement(td, td0); break;
	case 9: clear_in_several_statements(td, td0); break;
	case 10: clear_by_assigning_zero(td, td0); break;
	case 11: clear_by_assigning_parent_user_bits(td, td0); break;
	case 12: clear_by_mask(td, td0); break;
	case 13: clear_by_reading_back(td, td0); break;
	case 14: clear_only_first_flag(td, td0); break;
	case 15: clear_on_one_branch(td, td0, test_flags); break;
	case 16: early_return_before_clear(td, td0, test_flags); break;
	case 17: clear_before_copy(td, td0); break;
	case 18: clear_parent_instead_of_child(td, td0); break;
	case 19: redirty_by_assigning_parent(td, td0); break;
	case 20: redirty_by_or_of_parent(td, td0); break;
	case 21: redirty_by_copying_again(td, td0); break;
	case 22: unknown_external_call(td, td0); break;
	case 23: assert_clear_with_mpass(td, td0); break;
	case 24: assert_clear_with_kassert_per_flag(td, td0); break;
	case 25: assert_parent_clear_before_copy(td, td0); break;
	case 26: clear_in_inlined_helper(td, td0); break;
	case 27: copy_of_trapframe(td, td0); break;
	case 28: copy_into_other_pcb(td, td0); break;
	case 29: clear_after_unknown_call_on_thread(td, td0); break;
	}
} /* common-note 1+ {{when cpu_copy_thread returns}} */
