/*
 * pcbcheck riscv model kernel: each thread's vector registers, kept as
 * FreeBSD's riscv vector support keeps them: a buffer allocated on the
 * thread's first vector instruction (PCB_VS_STARTED then set), saved into
 * when the thread is switched out with dirty state, restored when it is
 * switched in with vector state on, freed by a thread destructor.
 */

#include "kernel.h"

#define	VS_SET(bits)	__asm __volatile("csrs mstatus, %0" :: "r"(bits))
#define	VS_CLEAR(bits)	__asm __volatile("csrc mstatus, %0" :: "r"(bits))

static size_t
vector_get_size(void)
{
	uint64_t vlenb;

	__asm __volatile("csrr %0, vlenb" : "=r"(vlenb));
	return (32 * vlenb);
}

void
vector_state_init(struct thread *td)
{
	struct pcb *pcb = td->td_pcb;

	KASSERT(pcb->pcb_vsaved == NULL, ("vsaved is already initialized"));
	pcb->pcb_vsaved = malloc(vector_get_size(), M_RVV_CTX);
}

/* The thread's buffer, in four groups of eight registers. */
static char *
vector_area(struct thread *td, size_t *group)
{
	char *p = td->td_pcb->pcb_vsaved;

	KASSERT(p != NULL, ("%s: VS area is NULL", td->td_name));
	*group = vector_get_size() / 4;
	return (p);
}

void
vector_state_store(struct thread *td)
{
	size_t group;
	char *p = vector_area(td, &group);

	__asm __volatile(
	    "vs8r.v v0, (%0)\n\t"
	    "vs8r.v v8, (%1)\n\t"
	    "vs8r.v v16, (%2)\n\t"
	    "vs8r.v v24, (%3)"
	    :: "r"(p), "r"(p + group), "r"(p + 2 * group), "r"(p + 3 * group)
	    : "memory");
}

void
vector_state_restore(struct thread *td)
{
	size_t group;
	char *p = vector_area(td, &group);

	__asm __volatile(
	    "vl8r.v v0, (%0)\n\t"
	    "vl8r.v v8, (%1)\n\t"
	    "vl8r.v v16, (%2)\n\t"
	    "vl8r.v v24, (%3)"
	    :: "r"(p), "r"(p + group), "r"(p + 2 * group), "r"(p + 3 * group)
	    : "memory");
}

/*
 * An illegal instruction with vector state off: the thread's first vector
 * instruction gets a buffer and a clean unit, and is run again.  With
 * PCB_VS_STARTED already set it is an illegal instruction (SIGILL).
 */
int
vector_trap(struct thread *td)
{
	struct pcb *pcb = td->td_pcb;

	if ((pcb->pcb_vsflags & PCB_VS_STARTED) != 0)
		return (0);
	VS_SET(SSTATUS_VS_CLEAN);
	vector_state_init(td);
	td->td_frame->tf_sstatus &= ~SSTATUS_VS_MASK;
	td->td_frame->tf_sstatus |= SSTATUS_VS_CLEAN;
	pcb->pcb_vsflags |= PCB_VS_STARTED;
	return (1);
}

void
vector_thread_dtor(struct thread *td)
{

	free(td->td_pcb->pcb_vsaved, M_RVV_CTX);
}
