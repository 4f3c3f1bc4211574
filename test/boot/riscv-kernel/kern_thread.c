/*
 * pcbcheck riscv model kernel: kernel threads on one CPU, switched only
 * when they yield.  A switch saves the outgoing thread's vector registers
 * when it dirtied them and restores the incoming thread's when its vector
 * state is on, as FreeBSD's riscv cpu_switch() does; each thread's state
 * word lives in its trapframe.
 */

#include "kernel.h"

#define	MAXTHREADS	4

static struct pcb pcb0;
static struct trapframe frame0;
static struct thread thread0 = {
	.td_name = "thread0",
	.td_state = TDS_RUNNING,
	.td_pcb = &pcb0,
	.td_frame = &frame0,
};
static struct thread threads[MAXTHREADS];
static char kstacks[MAXTHREADS][KSTACK_SIZE] __attribute__((__aligned__(16)));
static struct thread *alltd[MAXTHREADS + 1] = { &thread0 };
static int nthreads = 1;

struct thread *curthread = &thread0;

static uint64_t
vector_status(void)
{
	uint64_t status;

	__asm __volatile("csrr %0, mstatus" : "=r"(status));
	return (status & SSTATUS_VS_MASK);
}

static void
set_vector_status(uint64_t vs)
{

	__asm __volatile("csrc mstatus, %0" :: "r"(SSTATUS_VS_MASK));
	__asm __volatile("csrs mstatus, %0" :: "r"(vs));
}

static void
sched_switch(struct thread *old, struct thread *new)
{
	uint64_t vs;

	vs = vector_status();
	if (vs == SSTATUS_VS_DIRTY) {
		vector_state_store(old);
		vs = SSTATUS_VS_CLEAN;
	}
	old->td_frame->tf_sstatus &= ~SSTATUS_VS_MASK;
	old->td_frame->tf_sstatus |= vs;

	vs = new->td_frame->tf_sstatus & SSTATUS_VS_MASK;
	set_vector_status(vs);
	if (vs != SSTATUS_VS_OFF) {
		vector_state_restore(new);
		set_vector_status(vs);
	}
	curthread = new;
	cpu_switch(old, new);
}

/* Runs the next running thread after this one, if there is one. */
void
kern_yield(void)
{
	struct thread *td;
	int i, self;

	for (self = 0; alltd[self] != curthread; self++)
		;
	for (i = 1; i <= nthreads; i++) {
		td = alltd[(self + i) % nthreads];
		if (td->td_state == TDS_RUNNING) {
			if (td != curthread)
				sched_switch(curthread, td);
			return;
		}
	}
	panic("%s: no thread to run", curthread->td_name);
}

/* The new thread is a copy of the current one, as thr_new(2) makes. */
struct thread *
thread_create(void (*func)(void *), void *arg, const char *name)
{
	struct thread *td;
	char *top;

	KASSERT(nthreads <= MAXTHREADS, ("thread_create: too many threads"));
	td = &threads[nthreads - 1];
	td->td_name = name;
	td->td_kstack = kstacks[nthreads - 1];
	top = td->td_kstack + KSTACK_SIZE;
	td->td_pcb = (struct pcb *)top - 1;
	td->td_frame = (struct trapframe *)td->td_pcb - 1;
	cpu_copy_thread(td, curthread);
	cpu_fork_kthread_handler(td, func, arg);
	td->td_state = TDS_RUNNING;
	alltd[nthreads++] = td;
	printf("%s: created %s\n", curthread->td_name, name);
	return (td);
}

void
fork_exit(void (*callout)(void *), void *arg)
{

	callout(arg);
	kthread_exit();
}

void
fork_return(void *arg)
{

	panic("%s: fork_return() without a user mode",
	    ((struct thread *)arg)->td_name);
}

void
kthread_exit(void)
{

	printf("%s: exiting\n", curthread->td_name);
	curthread->td_state = TDS_DEAD;
	kern_yield();
	panic("%s: ran after its exit", curthread->td_name);
}

/* Frees each exited thread's resources, as thread_reap() does. */
int
thread_reap(void)
{
	int i, reaped;

	reaped = 0;
	for (i = 1; i < nthreads; i++) {
		if (alltd[i]->td_state != TDS_DEAD)
			continue;
		vector_thread_dtor(alltd[i]);
		printf("thread_reap: %s\n", alltd[i]->td_name);
		reaped++;
	}
	return (reaped);
}

int
threads_running(void)
{
	int i, running;

	running = 0;
	for (i = 1; i < nthreads; i++)
		if (alltd[i]->td_state == TDS_RUNNING)
			running++;
	return (running);
}
