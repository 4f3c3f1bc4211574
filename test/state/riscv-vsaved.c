/*
 * FreeBSD riscv with the vector extension support (vector.c; read at
 * freebsd-src d7a393095cfd, 2026): pcb_vsaved points at a malloc'd
 * vector register buffer, allocated on a thread's first vector
 * instruction (when PCB_VS_STARTED is set) and freed by a thread_dtor
 * handler for every thread.  cpu_fork() gives the child its own buffer
 * with vector_copy_thread() when the parent has one; cpu_copy_thread()
 * copies the pcb and leaves the pointer shared, so the second thread to
 * exit frees the buffer again.  No fix line is offered: clearing the
 * pointer alone would leave PCB_VS_STARTED and the trapframe's vector
 * state claiming a buffer the thread does not have.
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuState -triple riscv64-unknown-freebsd -include %S/../Inputs/riscv_pcb.h -DTEST_VECTOR -verify=shared %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuState -triple riscv64-unknown-freebsd -include %S/../Inputs/riscv_pcb.h -DTEST_VECTOR -DOWN_BUFFER -verify=own %s
 * own-no-diagnostics
 *
 * Trees before the vector support have no pcb_vsaved: nothing to require.
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuState -triple riscv64-unknown-freebsd -include %S/../Inputs/riscv_pcb.h -verify=old %s
 * old-no-diagnostics
 *
 * The pcbcheck command reports it with no fix, and says so.
 * RUN: rm -rf %t && mkdir -p %t && cp %s %t/vm_machdep.c
 * RUN: cd %t && %pcbcheck --fix vm_machdep.c -- --target=riscv64-unknown-freebsd -include %S/../Inputs/riscv_pcb.h -DTEST_VECTOR > %t/fix.out 2>&1; test $? -eq 1
 * RUN: FileCheck --check-prefix=FIX %s < %t/fix.out
 * FIX: vm_machdep.c:[[#LINE:]]: no safe place for a fix; fix it by hand
 */

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

	// shared-warning@+1{{cpu_copy_thread: child pcb_vsaved still points at the parent's vector register buffer, which each thread's destructor frees}}
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb));
	td->td_pcb->pcb_s[0] = (unsigned long)fork_return;
	td->td_pcb->pcb_s[1] = (unsigned long)td;
	td->td_pcb->pcb_ra = (unsigned long)fork_trampoline;
#ifdef OWN_BUFFER
	if ((td0->td_pcb->pcb_vsflags & PCB_VS_STARTED) != 0)
		vector_copy_thread(td0, td);
#endif
} // shared-note{{child pcb_vsaved is not reset when cpu_copy_thread returns}}
