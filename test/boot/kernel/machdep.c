/*
 * pcbcheck model kernel: CPUs, traps, the per-CPU run slot and panic().
 */

#include "kernel.h"

#define	SPIN_TABLE(cpu)	((volatile uint64_t *)(0xd8UL + 8 * (cpu)))
#define	ESR_EC(esr)	(((esr) >> 26) & 0x3f)

char boot_stacks[MAXCPU][16384] __attribute__((__aligned__(16)));
static struct pcpu pcpu[MAXCPU];
volatile int cpus_up;
static volatile int panicking;

void	secondary_entry(void);
void	cpu_run_thread(uint64_t, uint64_t, uint64_t, uint64_t) __dead2;

struct ksym {
	uint64_t	addr;
	const char	*name;
};
extern const struct ksym ksyms_table[];
extern const uint64_t ksyms_count;

struct pcpu *
get_pcpu(void)
{
	struct pcpu *pc;

	__asm __volatile("mrs %0, tpidr_el1" : "=r" (pc));
	return (pc);
}

static void
pcpu_init(int cpu)
{

	pcpu[cpu].pc_cpuid = cpu;
	__asm __volatile("msr tpidr_el1, %0" : : "r" (&pcpu[cpu]));
	vfp_disable();
}

/* Cores 1-3 wait in the firmware's spin table; post our entry point. */
void
start_secondaries(void)
{
	int cpu;

	for (cpu = 1; cpu < MAXCPU; cpu++)
		*SPIN_TABLE(cpu) = (uint64_t)(uintptr_t)secondary_entry;
	__asm __volatile("dsb sy; sev" ::: "memory");
}

void
secondary_main(void)
{
	int cpu;
	uint64_t mpidr;

	__asm __volatile("mrs %0, mpidr_el1" : "=r" (mpidr));
	cpu = mpidr & 3;
	pcpu_init(cpu);
	printf("CPU %d: up\n", cpu);
	__atomic_add_fetch(&cpus_up, 1, __ATOMIC_SEQ_CST);
	cpu_idle();
}

void
kmain(void)
{
	uint64_t el;

	pcpu_init(0);
	__asm __volatile("mrs %0, CurrentEL" : "=r" (el));
	printf("pcbcheck model kernel: raspi4b, EL%d\n", (int)(el >> 2) & 3);
	printf("CPU 0: up\n");
	cpus_up = 1;
	start_secondaries();
	while (__atomic_load_n(&cpus_up, __ATOMIC_SEQ_CST) < MAXCPU)
		;
	printf("%d CPUs up\n", MAXCPU);
	ktls_init();
	cpu_idle();
}

void
sched_add(struct thread *td, int cpu)
{

	td->td_oncpu = cpu;
	__atomic_store_n(&pcpu[cpu].pc_next, td, __ATOMIC_RELEASE);
	__asm __volatile("dsb sy; sev" ::: "memory");
}

/* Run what sched_add() gives this CPU, as cpu_switch() would. */
void
cpu_idle(void)
{
	struct pcpu *pc;
	struct thread *td;

	pc = get_pcpu();
	for (;;) {
		td = __atomic_exchange_n(&pc->pc_next, NULL, __ATOMIC_ACQUIRE);
		if (td != NULL) {
			pc->pc_curthread = td;
			vfp_disable();		/* Lazy FPU: trap first use. */
			cpu_run_thread(td->td_pcb->pcb_x[8],
			    td->td_pcb->pcb_x[9], td->td_pcb->pcb_lr,
			    td->td_pcb->pcb_sp);
		}
		__asm __volatile("wfe");
	}
}

void
do_sync(struct trapframe *tf)
{

	if (ESR_EC(tf->tf_esr) == 0x07 && vfp_trap(tf))
		return;
	panic("unexpected synchronous exception: esr %lx at %lx",
	    tf->tf_esr, tf->tf_elr);
}

void
unexpected_exception(struct trapframe *tf)
{

	panic("unexpected exception: esr %lx at %lx", tf->tf_esr,
	    tf->tf_elr);
}

static const struct ksym *
ksym_lookup(uint64_t pc)
{
	const struct ksym *best;
	uint64_t i;

	best = NULL;
	for (i = 0; i < ksyms_count; i++)
		if (ksyms_table[i].addr <= pc &&
		    (best == NULL || ksyms_table[i].addr > best->addr))
			best = &ksyms_table[i];
	return (best);
}

/* Walk the frame records (the kernel keeps frame pointers). */
static void
stack_backtrace(void)
{
	const struct ksym *sym;
	uint64_t *fp, pc;
	int depth;

	printf("KDB: stack backtrace:\n");
	fp = __builtin_frame_address(0);
	for (depth = 0; fp != NULL && depth < 16; depth++) {
		pc = fp[1];
		sym = ksym_lookup(pc - 4);
		if (sym == NULL)
			break;
		printf("%s() at %s+0x%lx\n", sym->name, sym->name,
		    pc - sym->addr);
		fp = (uint64_t *)fp[0];
	}
}

void
panic(const char *fmt, ...)
{
	__builtin_va_list ap;

	/* The first CPU to panic reports; the others stop. */
	if (__atomic_exchange_n(&panicking, 1, __ATOMIC_SEQ_CST) != 0)
		for (;;)
			__asm __volatile("wfe");
	__builtin_va_start(ap, fmt);
	printf("panic: ");
	vprintf(fmt, ap);
	__builtin_va_end(ap);
	printf("\ncpuid = %d\n", PCPU_GET_CPUID());
	stack_backtrace();
	for (;;)
		__asm __volatile("wfe");
}
