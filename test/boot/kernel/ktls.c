/*
 * pcbcheck model kernel: a KTLS-like initialization.  One worker per CPU;
 * each claims the FPU with fpu_kern_thread() and does FP work, as the
 * KTLS software crypto workers of FreeBSD do.  The first worker runs and
 * claims the FPU before the others are cloned from it: the order that
 * made PR 247945 panic at every boot.
 */

#include "kernel.h"

static struct proc *ktls_proc;
static volatile int ktls_threads_done;
static const char *ktls_names[MAXCPU] = { "ktls0", "ktls1", "ktls2", "ktls3" };

static void
ktls_work_thread(void *arg)
{
	long result;
	int cpu, index;

	index = (int)(uintptr_t)arg;
	cpu = PCPU_GET_CPUID();
#ifndef MODEL_UNREGISTERED_FPU	/* The lazy-FPU test leaves this out. */
	fpu_kern_thread(0);
#endif
	result = ktls_fp_work(cpu + 1);
	printf("%s: FP work done on CPU %d (%ld)\n", ktls_names[index], cpu,
	    result);
	if (__atomic_add_fetch(&ktls_threads_done, 1, __ATOMIC_SEQ_CST) ==
	    MAXCPU)
		printf("KTLS: Initialized %d threads\n", MAXCPU);
	for (;;)
		__asm __volatile("wfe");
}

void
ktls_init(void)
{
	int cpu, i;

	kproc_kthread_add(ktls_work_thread, (void *)0, &ktls_proc, 1,
	    ktls_names[0]);
	/*
	 * The rest on CPUs 2, 3 and then this one, each once the one before
	 * has done its FP work, so the console reads the same at every boot.
	 */
	for (i = 1; i < MAXCPU; i++) {
		while (__atomic_load_n(&ktls_threads_done, __ATOMIC_ACQUIRE) < i)
			;
		cpu = (i + 1) % MAXCPU;
		kthread_add(ktls_work_thread, (void *)(uintptr_t)i, ktls_proc,
		    cpu, ktls_names[i]);
	}
}
