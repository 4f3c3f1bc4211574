/*
 * pcbcheck model kernel: entry, the drop from EL2 to EL1, the exception
 * vectors, and the two small pieces of thread switching.
 */

#define	FRAME_SIZE	304	/* struct trapframe (280) + frame record */

/* Leave EL2 (where QEMU's raspi4b starts us) for EL1h, AArch64. */
.macro	drop_to_el1
	mrs	x0, CurrentEL
	lsr	x0, x0, #2
	cmp	x0, #2
	b.ne	1f
	mov	x0, #(1 << 31)		/* HCR_EL2.RW: EL1 is AArch64. */
	msr	hcr_el2, x0
	mov	x0, #0x33ff		/* CPTR_EL2: no FP/SIMD traps to EL2. */
	msr	cptr_el2, x0
	mov	x0, #3			/* EL1 may use the counters. */
	msr	cnthctl_el2, x0
	msr	cntvoff_el2, xzr
	ldr	x0, =0x30d00800		/* SCTLR_EL1: MMU and caches off. */
	msr	sctlr_el1, x0
	mov	x0, #0x3c5		/* SPSR: EL1h, DAIF masked. */
	msr	spsr_el2, x0
	adr	x0, 1f
	msr	elr_el2, x0
	eret
1:
.endm

/* sp = top of boot_stacks[cpu]; x0 = cpu. */
.macro	boot_stack
	mrs	x0, mpidr_el1
	and	x0, x0, #3
	adrp	x1, boot_stacks
	add	x1, x1, :lo12:boot_stacks
	add	x2, x0, #1
	lsl	x2, x2, #14		/* 16 KB each */
	add	x1, x1, x2
	mov	sp, x1
	adrp	x1, vectors
	add	x1, x1, :lo12:vectors
	msr	vbar_el1, x1
	isb
.endm

	.section .text.boot, "ax"
	.globl	_start
_start:
	mrs	x0, mpidr_el1
	and	x0, x0, #3
	cbnz	x0, park		/* Only core 0 enters here. */
	drop_to_el1
	adrp	x0, __bss_start
	add	x0, x0, :lo12:__bss_start
	adrp	x1, __bss_end
	add	x1, x1, :lo12:__bss_end
2:	cmp	x0, x1
	b.hs	3f
	str	xzr, [x0], #8
	b	2b
3:	boot_stack
	mov	x29, #0
	bl	kmain
park:	wfe
	b	park

/* Cores 1-3 start here once start_secondaries() posts this address. */
	.globl	secondary_entry
secondary_entry:
	drop_to_el1
	boot_stack
	mov	x29, #0
	bl	secondary_main
	b	park

	.text
/* A new thread's first instructions: fork_exit(func, arg, frame). */
	.globl	fork_trampoline
fork_trampoline:
	mov	x0, x8
	mov	x1, x9
	mov	x2, sp
	mov	x29, #0
	bl	fork_exit
	b	park

/* cpu_run_thread(x8, x9, lr, sp): enter a thread as cpu_switch() would. */
	.globl	cpu_run_thread
cpu_run_thread:
	mov	x8, x0
	mov	x9, x1
	mov	sp, x3
	br	x2

.macro	vector handler
	.balign	0x80
	sub	sp, sp, #FRAME_SIZE
	stp	x0, x1, [sp, #40]
	adr	x1, \handler
	b	exception_entry
.endm

	.balign	0x800
	.globl	vectors
vectors:
	vector	unexpected_exception	/* Current EL, SP0 */
	vector	unexpected_exception
	vector	unexpected_exception
	vector	unexpected_exception
	vector	do_sync			/* Current EL, SPx: synchronous */
	vector	unexpected_exception
	vector	unexpected_exception
	vector	unexpected_exception
	vector	unexpected_exception	/* Lower EL */
	vector	unexpected_exception
	vector	unexpected_exception
	vector	unexpected_exception
	vector	unexpected_exception
	vector	unexpected_exception
	vector	unexpected_exception
	vector	unexpected_exception

/* Save a struct trapframe, call handler(frame), restore, return. */
exception_entry:
	stp	x2, x3, [sp, #56]
	stp	x4, x5, [sp, #72]
	stp	x6, x7, [sp, #88]
	stp	x8, x9, [sp, #104]
	stp	x10, x11, [sp, #120]
	stp	x12, x13, [sp, #136]
	stp	x14, x15, [sp, #152]
	stp	x16, x17, [sp, #168]
	stp	x18, x19, [sp, #184]
	stp	x20, x21, [sp, #200]
	stp	x22, x23, [sp, #216]
	stp	x24, x25, [sp, #232]
	stp	x26, x27, [sp, #248]
	stp	x28, x29, [sp, #264]
	add	x2, sp, #FRAME_SIZE
	stp	x2, x30, [sp, #0]	/* tf_sp, tf_lr */
	mrs	x2, elr_el1
	mrs	x3, spsr_el1
	stp	x2, x3, [sp, #16]	/* tf_elr, tf_spsr */
	mrs	x3, esr_el1
	str	x3, [sp, #32]		/* tf_esr */
	stp	x29, x2, [sp, #288]	/* A frame record for backtraces. */
	add	x29, sp, #288
	mov	x0, sp
	blr	x1
	ldp	x2, x3, [sp, #16]
	msr	elr_el1, x2
	msr	spsr_el1, x3
	ldr	x30, [sp, #8]
	ldp	x2, x3, [sp, #56]
	ldp	x4, x5, [sp, #72]
	ldp	x6, x7, [sp, #88]
	ldp	x8, x9, [sp, #104]
	ldp	x10, x11, [sp, #120]
	ldp	x12, x13, [sp, #136]
	ldp	x14, x15, [sp, #152]
	ldp	x16, x17, [sp, #168]
	ldp	x18, x19, [sp, #184]
	ldp	x20, x21, [sp, #200]
	ldp	x22, x23, [sp, #216]
	ldp	x24, x25, [sp, #232]
	ldp	x26, x27, [sp, #248]
	ldp	x28, x29, [sp, #264]
	ldp	x0, x1, [sp, #40]
	add	sp, sp, #FRAME_SIZE
	eret
