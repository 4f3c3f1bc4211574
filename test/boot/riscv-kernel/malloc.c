/*
 * pcbcheck riscv model kernel: a malloc whose free() catches a second
 * free of one block, as INVARIANTS kernels do.
 */

#include "kernel.h"

#define	HEAP_SIZE	(64 * 1024)
#define	BLOCK_MAGIC	0x6d616c6cUL
#define	BLOCK_FREED	0x66726565UL

struct block {
	uint64_t	b_state;
	uint64_t	b_size;
};

struct malloc_type M_RVV_CTX[1] = {{ "rvv_ctx" }};

static char heap[HEAP_SIZE] __attribute__((__aligned__(16)));
static size_t heap_used;

/* Blocks are never reused, so a second free is always seen. */
void *
malloc(size_t size, struct malloc_type *type)
{
	struct block *b;

	size = (size + 15) & ~(size_t)15;
	if (heap_used + sizeof(*b) + size > HEAP_SIZE)
		panic("malloc(%d, %s): out of memory", (int)size,
		    type->ks_shortdesc);
	b = (struct block *)&heap[heap_used];
	heap_used += sizeof(*b) + size;
	b->b_state = BLOCK_MAGIC;
	b->b_size = size;
	memset(b + 1, 0, size);
	return (b + 1);
}

void
free(void *addr, struct malloc_type *type)
{
	struct block *b;

	if (addr == NULL)
		return;
	b = (struct block *)addr - 1;
	if (b->b_state == BLOCK_FREED)
		panic("Duplicate free of %p (%s)", addr, type->ks_shortdesc);
	KASSERT(b->b_state == BLOCK_MAGIC, ("free: %p is no block", addr));
	b->b_state = BLOCK_FREED;
}
