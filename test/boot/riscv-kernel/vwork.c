/*
 * pcbcheck riscv model kernel: the only code besides vector.c that runs
 * vector instructions; the first one traps while the thread's vector
 * state is off.
 */

#include "kernel.h"

void
vector_fill(uint64_t value)
{

	__asm __volatile(
	    "vsetvli t0, zero, e64, m1, ta, ma\n\t"
	    "vmv.v.x v1, %0" :: "r"(value) : "t0");
}

uint64_t
vector_peek(void)
{
	uint64_t value;

	__asm __volatile(
	    "vsetvli t0, zero, e64, m1, ta, ma\n\t"
	    "vmv.x.s %0, v1" : "=r"(value) :: "t0");
	return (value);
}
