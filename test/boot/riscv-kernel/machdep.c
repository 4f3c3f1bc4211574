/*
 * pcbcheck riscv model kernel: the trap handler, the way out of QEMU, and
 * the entry from start.S.
 */

#include "kernel.h"

#define	CAUSE_ILLEGAL_INSTRUCTION	2
#define	SIFIVE_TEST_BASE		0x100000UL
#define	SIFIVE_TEST_PASS		0x5555
#define	SIFIVE_TEST_FAIL		0x3333

/* The registers start.S saves, for the trap handler to report. */
struct trapregs {
	uint64_t	tr_x[32];
	uint64_t	tr_mepc;
	uint64_t	tr_pad;
};

_Static_assert(__builtin_offsetof(struct thread, td_pcb) == 16,
    "start.S: TD_PCB");
_Static_assert(__builtin_offsetof(struct pcb, pcb_s) == 16, "start.S: PCB_S");
_Static_assert(sizeof(struct trapregs) == 272, "start.S: REGS_SIZE");

void	trap(struct trapregs *);
void	machdep_main(void);
void	vtest_main(void);

void
trap(struct trapregs *regs)
{
	uint64_t cause, tval;

	__asm __volatile("csrr %0, mcause" : "=r"(cause));
	__asm __volatile("csrr %0, mtval" : "=r"(tval));
	if (cause == CAUSE_ILLEGAL_INSTRUCTION) {
		if (vector_trap(curthread))
			return;
		/* A user thread would get SIGILL here. */
		panic("%s: illegal instruction %lx at %lx (SIGILL)",
		    curthread->td_name, tval, regs->tr_mepc);
	}
	panic("%s: trap %lx at %lx (mtval %lx)", curthread->td_name, cause,
	    regs->tr_mepc, tval);
}

/* QEMU's virt machine leaves through its SiFive test device. */
void
machine_exit(int status)
{
	volatile uint32_t *test = (volatile uint32_t *)SIFIVE_TEST_BASE;

	*test = status == 0 ? SIFIVE_TEST_PASS :
	    ((uint32_t)status << 16) | SIFIVE_TEST_FAIL;
	for (;;)
		;
}

void
machdep_main(void)
{

	printf("pcbcheck riscv model kernel\n");
	vtest_main();
	machine_exit(0);
}
