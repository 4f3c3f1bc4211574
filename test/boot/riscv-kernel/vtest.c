/*
 * pcbcheck riscv model kernel: a thread that used vector registers
 * creates another, both keep a value in v1 across a switch, both exit and
 * are reaped.  With each thread's own buffer both values survive and the
 * reaper frees two buffers; with a shared one the creator finds the
 * other's value and the second free is a duplicate.
 */

#include "kernel.h"

#define	CREATOR_V1	0x1111222233334444UL
#define	WORKER_V1	0x5555666677778888UL

static int changed;

static void
check_v1(const char *who, uint64_t expected)
{
	uint64_t found;

	found = vector_peek();
	if (found == expected) {
		printf("%s: v1 intact\n", who);
		return;
	}
	printf("%s: v1 changed by another thread: expected %lx, found %lx\n",
	    who, expected, found);
	changed++;
}

static void
worker(void *arg)
{

	vector_fill(WORKER_V1);
	kern_yield();
	check_v1("worker", WORKER_V1);
}

static void
creator(void *arg)
{

	vector_fill(CREATOR_V1);
	thread_create(worker, NULL, "worker");
	kern_yield();
	check_v1("creator", CREATOR_V1);
}

void
vtest_main(void)
{
	int reaped;

	thread_create(creator, NULL, "creator");
	while (threads_running() > 0)
		kern_yield();
	reaped = thread_reap();
	if (changed != 0)
		panic("vtest: %d threads saw their vector registers changed",
		    changed);
	printf("vtest: %d threads reaped, each thread's vector registers "
	    "intact\n", reaped);
}
