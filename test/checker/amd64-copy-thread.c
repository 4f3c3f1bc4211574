/*
 * amd64's thread creation as FreeBSD writes it since late 2020: a static
 * copy_thread() shared by cpu_fork() and cpu_copy_thread() copies the
 * parent's pcb, clears the kernel-FPU flags for a kernel thread and
 * asserts them clear for a user thread, then fills the user FPU save area
 * that follows the pcb, sets PCB_FULL_IRET through an out-of-line helper
 * and calls into the pmap.  Silent; the twin that forgets the kernel
 * thread's clear is reported in both callers.
 *
 * RUN: %analyze -triple x86_64-unknown-freebsd -include %S/../Inputs/amd64_pcb.h -analyzer-config mdthread.PcbFpuFlags:CheckFork=true -verify=fixed %s
 * RUN: %analyze -triple x86_64-unknown-freebsd -include %S/../Inputs/amd64_pcb.h -DTEST_KASSERT_2021 -analyzer-config mdthread.PcbFpuFlags:CheckFork=true -verify=fixed %s
 * RUN: %analyze -triple x86_64-unknown-freebsd -include %S/../Inputs/amd64_pcb.h -DTEST_KASSERT_2021 -DFORGET_KTHREAD_CLEAR -analyzer-config mdthread.PcbFpuFlags:CheckFork=true -verify=buggy %s
 * fixed-no-diagnostics
 */

struct proc {
	int	p_flag;
};

#define	RFPROC	(1 << 4)
#define	P_KPROC	0x00004

/* Out of line, in machdep.c, fpu.c and pmap.c. */
void	set_pcb_flags_raw(struct pcb *, const u_int);
struct savefpu *get_pcb_user_save_td(struct thread *);
struct savefpu *get_pcb_user_save_pcb(struct pcb *);
void	pmap_thread_init_invl_gen(struct thread *);
void	fpuexit(struct thread *);
void	x86_clear_dbregs(struct pcb *);
extern u_int cpu_max_ext_state_size;

static void
copy_thread(struct thread *td1, struct thread *td2)
{
	struct pcb *pcb2;

	pcb2 = td2->td_pcb;
	if ((td2->td_pflags & TDP_KTHREAD) == 0) {
		fpuexit(td1);
		set_pcb_flags(td1->td_pcb, PCB_FULL_IRET);
	}
	bcopy(td1->td_pcb, pcb2, sizeof(*pcb2)); /* buggy-warning {{cpu_copy_thread: child pcb_flags keeps PCB_KERNFPU | PCB_KERNFPU_THR copied from the parent thread}} buggy-warning {{cpu_fork: child pcb_flags keeps PCB_KERNFPU | PCB_KERNFPU_THR copied from the parent thread}} */
	pcb2->pcb_save = get_pcb_user_save_pcb(pcb2);
	if ((td2->td_pflags & TDP_KTHREAD) != 0) {
		pcb2->pcb_r12 = 0;
#ifndef FORGET_KTHREAD_CLEAR
		clear_pcb_flags(pcb2, PCB_FPUINITDONE | PCB_USERFPUINITDONE |
		    PCB_KERNFPU | PCB_KERNFPU_THR);
#endif
	} else {
		MPASS((pcb2->pcb_flags & (PCB_KERNFPU | PCB_KERNFPU_THR)) == 0);
		bcopy(get_pcb_user_save_td(td1), get_pcb_user_save_pcb(pcb2),
		    cpu_max_ext_state_size);
	}
	pcb2->pcb_rsp = (unsigned long)td2->td_frame - sizeof(void *);
	pcb2->pcb_rip = 0;
	pmap_thread_init_invl_gen(td2);
	if ((td1->td_pflags & P_KPROC) == 0)
		bcopy(td1->td_frame, td2->td_frame, sizeof(struct trapframe));
}

void
cpu_fork(struct thread *td1, struct proc *p2, struct thread *td2, int flags)
{
	struct pcb *pcb2;

	if ((flags & RFPROC) == 0)
		return;
	pcb2 = td2->td_pcb;
	copy_thread(td1, td2);
	x86_clear_dbregs(pcb2);
	set_pcb_flags_raw(pcb2, PCB_FULL_IRET);
} /* buggy-note {{when cpu_fork returns}} */

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	copy_thread(td0, td);
	set_pcb_flags_raw(td->td_pcb, PCB_FULL_IRET);
} /* buggy-note {{when cpu_copy_thread returns}} */
