/*
 * FreeBSD riscv with the vector extension support (vector.c; read at
 * freebsd-src d7a393095cfd, 2026): pcb_vsaved points at a malloc'd
 * vector register buffer, allocated on a thread's first vector
 * instruction (when PCB_VS_STARTED is clear) and freed by a thread_dtor
 * handler for every thread.  cpu_fork() gives the child its own buffer
 * with vector_copy_thread() when the parent has one; cpu_copy_thread()
 * copies the trapframe, then the pcb, and leaves the pointer shared, so
 * the second thread to exit frees the buffer again.  The fix sends the
 * new thread through the first-use trap: the pointer NULLed,
 * PCB_VS_STARTED cleared and the copied trapframe's vector status off.
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuState -triple riscv64-unknown-freebsd -include %S/../Inputs/riscv_pcb.h -DTEST_VECTOR -verify=shared %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuState -triple riscv64-unknown-freebsd -include %S/../Inputs/riscv_pcb.h -DTEST_VECTOR -DOWN_BUFFER -verify=own %s
 * own-no-diagnostics
 *
 * Trees before the vector support have no pcb_vsaved: nothing to require.
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuState -triple riscv64-unknown-freebsd -include %S/../Inputs/riscv_pcb.h -verify=old %s
 * old-no-diagnostics
 *
 * The fix: three resets and a comment after the pcb's setup, before the
 * machine-dependent fields; the fixed file is clean.
 * RUN: rm -rf %t && mkdir -p %t && cp %s %t/vm_machdep.c
 * RUN: cd %t && %pcbcheck --fix vm_machdep.c -- --target=riscv64-unknown-freebsd -include %S/../Inputs/riscv_pcb.h -DTEST_VECTOR > %t/fix.patch 2> %t/fix.err
 * RUN: FileCheck --check-prefix=FIX --match-full-lines --strict-whitespace %s < %t/fix.patch
 * RUN: cd %t && patch -s -p1 < fix.patch && %pcbcheck vm_machdep.c -- --target=riscv64-unknown-freebsd -include %S/../Inputs/riscv_pcb.h -DTEST_VECTOR
 *
 * The Coccinelle engine finds it and writes the same patch, in both
 * orders (issue 27).
 * RUN: rm -rf %t.cocci && mkdir -p %t.cocci && cp %s %t.cocci/vm_machdep.c
 * RUN: cd %t.cocci && for d in "" -DPCB_FIRST; do \
 * RUN:   %pcbcheck --engine=cocci --fix vm_machdep.c -- --target=riscv64-unknown-freebsd -include %S/../Inputs/riscv_pcb.h -DTEST_VECTOR $d > cocci$d.patch 2>/dev/null; \
 * RUN:   %pcbcheck --fix vm_machdep.c -- --target=riscv64-unknown-freebsd -include %S/../Inputs/riscv_pcb.h -DTEST_VECTOR $d > clang$d.patch 2>/dev/null; \
 * RUN:   test -s cocci$d.patch && cmp cocci$d.patch clang$d.patch || echo "DIFFERENT $d"; \
 * RUN: done > differences.txt; test ! -s differences.txt
 * RUN: cd %t.cocci && patch -s -p1 < cocci.patch && %pcbcheck --engine=cocci vm_machdep.c -- --target=riscv64-unknown-freebsd -include %S/../Inputs/riscv_pcb.h -DTEST_VECTOR
 *
 * SARIF carries the same fix.
 * RUN: %pcbcheck --format=sarif %s -- --target=riscv64-unknown-freebsd -include %S/../Inputs/riscv_pcb.h -DTEST_VECTOR > %t/sarif.json 2>/dev/null; test $? -eq 1
 * RUN: FileCheck --check-prefix=SARIF %s < %t/sarif.json
 * SARIF: "insertedContent": {
 * SARIF-NEXT: "text": "\t{{/[*]}} The new thread allocates its own vector state on first use. {{[*]/}}\n\ttd->td_pcb->pcb_vsaved = NULL;\n\ttd->td_pcb->pcb_vsflags &= ~PCB_VS_STARTED;\n\ttd->td_frame->tf_sstatus &= ~SSTATUS_VS_MASK;\n"
 * SARIF: "text": "Reset the child's copied FPU and vector state after the copy"
 * SARIF: "ruleId": "mdthread.PcbFpuState"
 *
 * With the trapframe copied after the pcb's setup, the reset of its
 * vector status goes after that copy.
 * RUN: %pcbcheck --fix %s -- --target=riscv64-unknown-freebsd -include %S/../Inputs/riscv_pcb.h -DTEST_VECTOR -DPCB_FIRST > %t/order.patch 2>/dev/null
 * RUN: FileCheck --check-prefix=ORDER %s < %t/order.patch
 * ORDER: bcopy(td0->td_frame, td->td_frame, sizeof(struct trapframe));
 * ORDER-NEXT: +{{.*}}{{/[*]}} The new thread allocates
 * ORDER: +{{.*}}td->td_frame->tf_sstatus &= ~SSTATUS_VS_MASK;
 * ORDER-NEXT: {{^}} #endif
 */

// FIX:{{.*}}td->td_pcb->pcb_ra = (unsigned long)fork_trampoline;
// FIX-NEXT:{{.}}	td->td_pcb->pcb_sp = (unsigned long)td->td_frame;
// FIX-NEXT:+	/* The new thread allocates its own vector state on first use. */
// FIX-NEXT:+	td->td_pcb->pcb_vsaved = NULL;
// FIX-NEXT:+	td->td_pcb->pcb_vsflags &= ~PCB_VS_STARTED;
// FIX-NEXT:+	td->td_frame->tf_sstatus &= ~SSTATUS_VS_MASK;
// FIX-NEXT: #ifdef PCB_FIRST

#define	RFPROC		(1 << 4)

extern void	fork_return(void);
extern void	fork_trampoline(void);
#ifdef TEST_VECTOR
extern void	vector_copy_thread(struct thread *, struct thread *);
#endif

void
cpu_fork(struct thread *td1, struct proc *p2, struct thread *td2, int flags)
{
	struct pcb *pcb2;

	if ((flags & RFPROC) == 0)
		return;
	pcb2 = td2->td_pcb;
	bcopy(td1->td_pcb, pcb2, sizeof(*pcb2));
	td2->td_pcb->pcb_s[0] = (unsigned long)fork_return;
	td2->td_pcb->pcb_ra = (unsigned long)fork_trampoline;
#ifdef TEST_VECTOR
	/* The buffer exists only when the flag is set. */
	if ((td1->td_pcb->pcb_vsflags & PCB_VS_STARTED) != 0)
		vector_copy_thread(td1, td2);
#endif
}

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{

#ifndef PCB_FIRST
	bcopy(td0->td_frame, td->td_frame, sizeof(struct trapframe));
#endif
	// shared-warning@+1{{cpu_copy_thread: child pcb_vsaved still points at the parent's vector register buffer, which each thread's destructor frees}}
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb));

	td->td_pcb->pcb_s[0] = (unsigned long)fork_return;
	td->td_pcb->pcb_s[1] = (unsigned long)td;
	td->td_pcb->pcb_ra = (unsigned long)fork_trampoline;
	td->td_pcb->pcb_sp = (unsigned long)td->td_frame;
#ifdef PCB_FIRST
	bcopy(td0->td_frame, td->td_frame, sizeof(struct trapframe));
#endif

	td->td_md.md_spinlock_count = 1;
	td->td_md.md_saved_intr = 0;
#ifdef OWN_BUFFER
	if ((td0->td_pcb->pcb_vsflags & PCB_VS_STARTED) != 0)
		vector_copy_thread(td0, td);
#endif
} // shared-note{{child pcb_vsaved is not reset when cpu_copy_thread returns}}
