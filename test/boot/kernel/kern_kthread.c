/*
 * pcbcheck model kernel: kernel processes and threads.  As in FreeBSD,
 * kthread_add() makes a new thread of a process by copying the process's
 * first thread through cpu_copy_thread().
 */

#include "kernel.h"

#define	NTHREADS	8

static struct pcb thread0_pcb;
static struct trapframe thread0_frame;
struct thread thread0 = {
	.td_name = "thread0",
	.td_pcb = &thread0_pcb,
	.td_frame = &thread0_frame,
};

static struct thread threads[NTHREADS];
static struct proc procs[2];
static char kstacks[NTHREADS][KSTACK_PAGES * PAGE_SIZE]
    __attribute__((__aligned__(16)));
static int nthreads, nprocs;

static struct thread *
thread_alloc(struct proc *p, const char *name)
{
	struct thread *td;

	if (nthreads == NTHREADS)
		panic("thread_alloc: out of threads");
	td = &threads[nthreads];
	td->td_name = name;
	td->td_proc = p;
	td->td_kstack = (vm_offset_t)kstacks[nthreads];
	td->td_kstack_pages = KSTACK_PAGES;
	nthreads++;
	cpu_thread_alloc(td);
	return (td);
}

/* A new kernel process: fork thread0, start the first thread on cpu. */
struct thread *
kproc_kthread_add(void (*func)(void *), void *arg, struct proc **procp,
    int cpu, const char *name)
{
	struct proc *p;
	struct thread *td;

	p = &procs[nprocs++];
	p->p_comm = name;
	td = thread_alloc(p, name);
	p->p_firstthread = td;
	p->p_numthreads = 1;
	cpu_fork(&thread0, p, td, RFPROC);
	cpu_fork_kthread_handler(td, func, arg);
	*procp = p;
	sched_add(td, cpu);
	return (td);
}

/* Another thread of p, cloned from its first thread, started on cpu. */
struct thread *
kthread_add(void (*func)(void *), void *arg, struct proc *p, int cpu,
    const char *name)
{
	struct thread *newtd;

	newtd = thread_alloc(p, name);
	cpu_copy_thread(newtd, FIRST_THREAD_IN_PROC(p));
	cpu_fork_kthread_handler(newtd, func, arg);
	p->p_numthreads++;
	sched_add(newtd, cpu);
	return (newtd);
}
