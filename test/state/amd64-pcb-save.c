/*
 * amd64: the pcb's save area pointer is re-pointed at the child's own
 * area (get_pcb_user_save_pcb(pcb2)) right after the copy, in today's
 * shared copy_thread() as in the 2012 cpu_fork() and cpu_set_upcall().
 * A copy without it leaves pcb_save pointing at the parent's area.  The
 * result of the helper, whose body lives elsewhere, counts as the reset.
 * The copy in the shared static helper is reported for each caller.
 *
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuState -triple x86_64-unknown-freebsd -include %S/../Inputs/amd64_pcb.h -verify=fixed %s
 * RUN: %clang_cc1 -analyze -load %plugin -analyzer-checker=core,mdthread.PcbFpuState -triple x86_64-unknown-freebsd -include %S/../Inputs/amd64_pcb.h -DFORGET_SAVE -verify=buggy %s
 * fixed-no-diagnostics
 *
 * The tool reports it and writes the port's line; the fixed file is
 * silent.
 * RUN: rm -rf %t && mkdir -p %t && cp %s %t/vm_machdep.c
 * RUN: cd %t && %pcbcheck vm_machdep.c -- -target x86_64-unknown-freebsd -include %S/../Inputs/amd64_pcb.h -DFORGET_SAVE > %t.out; test $? -eq 1
 * RUN: FileCheck --check-prefix=TOOL %s < %t.out
 * TOOL: vm_machdep.c:36:2: warning: cpu_copy_thread: child pcb_save still points at the parent's FPU save area [mdthread.PcbFpuState]
 * RUN: cd %t && %pcbcheck --apply vm_machdep.c -- -target x86_64-unknown-freebsd -include %S/../Inputs/amd64_pcb.h -DFORGET_SAVE > /dev/null
 * RUN: grep -n "pcb2->pcb_save = get_pcb_user_save_pcb(pcb2);" %t/vm_machdep.c | FileCheck --check-prefix=APPLIED %s
 * APPLIED: pcb2->pcb_save = get_pcb_user_save_pcb(pcb2);
 * RUN: cd %t && %pcbcheck vm_machdep.c -- -target x86_64-unknown-freebsd -include %S/../Inputs/amd64_pcb.h -DFORGET_SAVE
 */

struct savefpu	*get_pcb_user_save_pcb(struct pcb *);
struct savefpu	*get_pcb_user_save_td(struct thread *);
extern int	cpu_max_ext_state_size;

static void
copy_thread_shared(struct thread *td1, struct thread *td2)
{
	struct pcb *pcb2;

	pcb2 = td2->td_pcb;
	/* Start from the parent's registers. */
	bcopy(td1->td_pcb, pcb2, sizeof(*pcb2)); /* buggy-warning {{cpu_copy_thread: child pcb_save still points at the parent's FPU save area}} buggy-warning {{cpu_fork: child pcb_save still points at the parent's FPU save area}} */
#ifndef FORGET_SAVE
	pcb2->pcb_save = get_pcb_user_save_pcb(pcb2);
#endif
	if ((td2->td_pflags & TDP_KTHREAD) != 0) {
		clear_pcb_flags(pcb2, PCB_FPUINITDONE | PCB_USERFPUINITDONE |
		    PCB_KERNFPU | PCB_KERNFPU_THR);
	} else {
		MPASS((pcb2->pcb_flags & (PCB_KERNFPU | PCB_KERNFPU_THR)) == 0);
		bcopy(get_pcb_user_save_td(td1), get_pcb_user_save_pcb(pcb2),
		    cpu_max_ext_state_size);
	}
}

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	copy_thread_shared(td0, td);
	set_pcb_flags(td->td_pcb, PCB_FULL_IRET);
} /* buggy-note {{child pcb_save is not reset when cpu_copy_thread returns}} */

void
cpu_fork(struct thread *td1, struct proc *p2, struct thread *td2, int flags)
{
	copy_thread_shared(td1, td2);
} /* buggy-note {{child pcb_save is not reset when cpu_fork returns}} */
