/*
 * What an assertion proves about the child's flags outlives the next write
 * of other bits, a bulk copy into other memory and a call the analyzer
 * cannot see into (issue 11A).  Each case is written for every
 * architecture through Inputs/<arch>_pcb.h, once with 2012-2021 headers
 * (kassert_panic() not __dead2) and once with later ones (panic()).
 *
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -verify=common %s
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DTEST_KASSERT_2021 -verify=common %s
 * RUN: %analyze -triple armv7-unknown-freebsd-gnueabihf -include %S/../Inputs/arm_pcb.h -DTEST_KASSERT_2021 -verify=common %s
 * RUN: %analyze -triple x86_64-unknown-freebsd -include %S/../Inputs/amd64_pcb.h -verify=common %s
 * RUN: %analyze -triple x86_64-unknown-freebsd -include %S/../Inputs/amd64_pcb.h -DTEST_KASSERT_2021 -verify=common %s
 * RUN: %analyze -triple i386-unknown-freebsd -include %S/../Inputs/i386_pcb.h -DTEST_KASSERT_2021 -verify=common %s
 * RUN: %analyze -triple powerpc64-unknown-freebsd -include %S/../Inputs/powerpc_pcb.h -DTEST_KASSERT_2021 -verify=common %s
 *
 * Without the rules' panic functions, a kassert_panic() that returns
 * leaves the failing branch alive and the asserted case is reported.
 * RUN: %analyze -triple aarch64-unknown-freebsd -include %S/../Inputs/arm64_pcb.h -DTEST_KASSERT_2021 -analyzer-config mdthread.PcbFpuFlags:Rules=%S/Inputs/no-panic-functions.yaml -DONLY_ASSERT_THEN_RETURN -verify=nopanic %s
 */

#define	F	TEST_FIELD
#define	OWNED	(TEST_OWN_A | TEST_OWN_B)

extern int test_case;
void	*save_area_of(struct pcb *);

#ifdef ONLY_ASSERT_THEN_RETURN
void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* nopanic-warning {{copied from the parent thread}} */
	MPASS((td->td_pcb->F & OWNED) == 0);
} /* nopanic-note {{when cpu_copy_thread returns}} */
#else

/* Asserted clear, then other bits set: silent. */
static void
assert_then_set_other_bits(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
	MPASS((td->td_pcb->F & OWNED) == 0);
	td->td_pcb->F |= TEST_USERMASK;
}

static void
assert_then_clear_other_bits(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
	KASSERT((td->td_pcb->F & OWNED) == 0, ("kernel FPU in a user thread"));
	td->td_pcb->F &= ~TEST_USERMASK;
}

/* Asserted clear, then the user save area after the pcb is filled. */
static void
assert_then_copy_into_save_area(struct thread *td, struct thread *td0)
{
	struct pcb *pcb2;

	pcb2 = td->td_pcb;
	bcopy(td0->td_pcb, pcb2, sizeof(*pcb2)); // no-warning
	MPASS((pcb2->F & OWNED) == 0);
	bcopy(save_area_of(td0->td_pcb), save_area_of(pcb2), 512);
	bcopy(td0->td_frame, (char *)(pcb2 + 1), 64);
}

/* Asserted clear, then calls that receive the thread or its pcb. */
static void
assert_then_unknown_call_on_thread(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
	MPASS((td->td_pcb->F & OWNED) == 0);
	unknown_external(td);
	unknown_external(td->td_pcb);
}

/* A branch whose condition proves the bits clear counts as much. */
static void
branch_proves_clear(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
	if ((td->td_pcb->F & OWNED) != 0)
		td->td_pcb->F &= ~OWNED;
	unknown_external(td);
	td->td_pcb->F |= TEST_USERMASK;
}

/*
 * The child's pcb at the top of its kernel stack, asserted clear, then
 * nothing more: silent.  What the assertion proved must be kept from the
 * dead-symbol sweep that drops the pcb's value and its constraints before
 * the function returns.
 */
static void
assert_on_stack_pcb(struct thread *td, struct thread *td0)
{
	struct pcb *pcb2;

	pcb2 = (struct pcb *)(td->td_kstack + td->td_kstack_pages * 4096) - 1;
	td->td_pcb = pcb2;
	bcopy(td0->td_pcb, pcb2, sizeof(*pcb2)); // no-warning
	MPASS((pcb2->F & OWNED) == 0);
}

/* Kernel threads cleared, user threads asserted clear: silent. */
static void
kthread_cleared_user_asserted(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
	if ((td->td_pflags & TDP_KTHREAD) != 0)
		td->td_pcb->F &= ~OWNED;
	else
		MPASS((td->td_pcb->F & OWNED) == 0);
	unknown_external(td);
	td->td_pcb->F |= TEST_USERMASK;
}

/* Reported: the kernel-thread arm forgets its clear. */
static void
kthread_forgotten_user_asserted(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* common-warning {{copied from the parent thread}} */
	if ((td->td_pflags & TDP_KTHREAD) == 0)
		MPASS((td->td_pcb->F & OWNED) == 0);
	unknown_external(td);
	td->td_pcb->F |= TEST_USERMASK;
}

/* Reported: an assertion on the child before the copy proves nothing. */
static void
assert_before_copy(struct thread *td, struct thread *td0)
{
	MPASS((td->td_pcb->F & OWNED) == 0);
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* common-warning {{copied from the parent thread}} */
}

/* Reported: what re-dirties after an assertion. */
static void
assert_then_assign_parent_field(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* common-warning {{copied from the parent thread}} */
	MPASS((td->td_pcb->F & OWNED) == 0);
	td->td_pcb->F = td0->td_pcb->F;
}

static void
assert_then_set_ownership_bit(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* common-warning {{copied from the parent thread}} */
	MPASS((td->td_pcb->F & OWNED) == 0);
	td->td_pcb->F |= TEST_OWN_A;
}

static void
assert_then_copy_again(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
	MPASS((td->td_pcb->F & OWNED) == 0);
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* common-warning {{copied from the parent thread}} */
}

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	switch (test_case) {
	case 0: assert_then_set_other_bits(td, td0); break;
	case 1: assert_then_clear_other_bits(td, td0); break;
	case 2: assert_then_copy_into_save_area(td, td0); break;
	case 3: assert_then_unknown_call_on_thread(td, td0); break;
	case 4: branch_proves_clear(td, td0); break;
	case 5: kthread_cleared_user_asserted(td, td0); break;
	case 6: kthread_forgotten_user_asserted(td, td0); break;
	case 7: assert_before_copy(td, td0); break;
	case 8: assert_then_assign_parent_field(td, td0); break;
	case 9: assert_then_set_ownership_bit(td, td0); break;
	case 10: assert_then_copy_again(td, td0); break;
	case 11: assert_on_stack_pcb(td, td0); break;
	}
} /* common-note 5 {{when cpu_copy_thread returns}} */
#endif
