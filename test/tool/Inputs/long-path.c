/*
 * cpu_copy_thread: a copy whose only path to the return is longer than
 * the tool's first step budget (FirstStepBudget in
 * checker/tool/StepBudget.h): 2,000 statements after the bcopy, about
 * 15,000 analyzer steps.  cpu_fork: a copy found within that budget.
 */
#include "arm64_pcb.h"

#warning "long-path.c is parsed"

/* Each called like a function, so that spatch parses the file. */
#define	STEP1()		n += td->td_pflags
#define	STEP10() do {							\
	STEP1(); STEP1(); STEP1(); STEP1(); STEP1();			\
	STEP1(); STEP1(); STEP1(); STEP1(); STEP1();			\
} while (0)
#define	STEP100() do {							\
	STEP10(); STEP10(); STEP10(); STEP10(); STEP10();		\
	STEP10(); STEP10(); STEP10(); STEP10(); STEP10();		\
} while (0)
#define	STEP1000() do {							\
	STEP100(); STEP100(); STEP100(); STEP100(); STEP100();		\
	STEP100(); STEP100(); STEP100(); STEP100(); STEP100();		\
} while (0)

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	long n;

	n = 0;
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb));
	STEP1000();
	STEP1000();
	td->td_pcb->pcb_x[0] = n;
}

void
cpu_fork(struct thread *td1, struct proc *p2, struct thread *td2, int flags)
{
	bcopy(td1->td_pcb, td2->td_pcb, sizeof(struct pcb));
}
