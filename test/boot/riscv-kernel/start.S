/*
 * pcbcheck riscv model kernel: entry in machine mode, the trap vector,
 * and the two small pieces of thread switching.
 */

#define	TD_PCB		16	/* offsetof(struct thread, td_pcb) */
#define	PCB_RA		0
#define	PCB_SP		8
#define	PCB_S		16
#define	REGS_SIZE	272	/* struct trapregs, 16-byte aligned */

	.section .text.boot, "ax"
	.globl	_start
_start:
	la	sp, boot_stack_top
	la	t0, trap_vector
	csrw	mtvec, t0
	/* Traps return to machine mode; interrupts stay off. */
	li	t0, (3 << 11)
	csrs	mstatus, t0
	call	machdep_main
1:	j	1b

	.text
	.balign	4
trap_vector:
	addi	sp, sp, -REGS_SIZE
	sd	x1, 8(sp)
	sd	x3, 24(sp)
	sd	x4, 32(sp)
	sd	x5, 40(sp)
	sd	x6, 48(sp)
	sd	x7, 56(sp)
	sd	x8, 64(sp)
	sd	x9, 72(sp)
	sd	x10, 80(sp)
	sd	x11, 88(sp)
	sd	x12, 96(sp)
	sd	x13, 104(sp)
	sd	x14, 112(sp)
	sd	x15, 120(sp)
	sd	x16, 128(sp)
	sd	x17, 136(sp)
	sd	x18, 144(sp)
	sd	x19, 152(sp)
	sd	x20, 160(sp)
	sd	x21, 168(sp)
	sd	x22, 176(sp)
	sd	x23, 184(sp)
	sd	x24, 192(sp)
	sd	x25, 200(sp)
	sd	x26, 208(sp)
	sd	x27, 216(sp)
	sd	x28, 224(sp)
	sd	x29, 232(sp)
	sd	x30, 240(sp)
	sd	x31, 248(sp)
	csrr	t0, mepc
	sd	t0, 256(sp)
	mv	a0, sp
	call	trap
	ld	t0, 256(sp)
	csrw	mepc, t0
	ld	x1, 8(sp)
	ld	x3, 24(sp)
	ld	x4, 32(sp)
	ld	x5, 40(sp)
	ld	x6, 48(sp)
	ld	x7, 56(sp)
	ld	x8, 64(sp)
	ld	x9, 72(sp)
	ld	x10, 80(sp)
	ld	x11, 88(sp)
	ld	x12, 96(sp)
	ld	x13, 104(sp)
	ld	x14, 112(sp)
	ld	x15, 120(sp)
	ld	x16, 128(sp)
	ld	x17, 136(sp)
	ld	x18, 144(sp)
	ld	x19, 152(sp)
	ld	x20, 160(sp)
	ld	x21, 168(sp)
	ld	x22, 176(sp)
	ld	x23, 184(sp)
	ld	x24, 192(sp)
	ld	x25, 200(sp)
	ld	x26, 208(sp)
	ld	x27, 216(sp)
	ld	x28, 224(sp)
	ld	x29, 232(sp)
	ld	x30, 240(sp)
	ld	x31, 248(sp)
	addi	sp, sp, REGS_SIZE
	mret

/* cpu_switch(old, new): callee-saved registers to old's pcb, new's back. */
	.globl	cpu_switch
cpu_switch:
	ld	t0, TD_PCB(a0)
	sd	ra, PCB_RA(t0)
	sd	sp, PCB_SP(t0)
	sd	s0, (PCB_S + 0 * 8)(t0)
	sd	s1, (PCB_S + 1 * 8)(t0)
	sd	s2, (PCB_S + 2 * 8)(t0)
	sd	s3, (PCB_S + 3 * 8)(t0)
	sd	s4, (PCB_S + 4 * 8)(t0)
	sd	s5, (PCB_S + 5 * 8)(t0)
	sd	s6, (PCB_S + 6 * 8)(t0)
	sd	s7, (PCB_S + 7 * 8)(t0)
	sd	s8, (PCB_S + 8 * 8)(t0)
	sd	s9, (PCB_S + 9 * 8)(t0)
	sd	s10, (PCB_S + 10 * 8)(t0)
	sd	s11, (PCB_S + 11 * 8)(t0)
	ld	t0, TD_PCB(a1)
	ld	ra, PCB_RA(t0)
	ld	sp, PCB_SP(t0)
	ld	s0, (PCB_S + 0 * 8)(t0)
	ld	s1, (PCB_S + 1 * 8)(t0)
	ld	s2, (PCB_S + 2 * 8)(t0)
	ld	s3, (PCB_S + 3 * 8)(t0)
	ld	s4, (PCB_S + 4 * 8)(t0)
	ld	s5, (PCB_S + 5 * 8)(t0)
	ld	s6, (PCB_S + 6 * 8)(t0)
	ld	s7, (PCB_S + 7 * 8)(t0)
	ld	s8, (PCB_S + 8 * 8)(t0)
	ld	s9, (PCB_S + 9 * 8)(t0)
	ld	s10, (PCB_S + 10 * 8)(t0)
	ld	s11, (PCB_S + 11 * 8)(t0)
	ret

/* A new thread's first return: fork_exit(pcb_s[0], pcb_s[1]). */
	.globl	fork_trampoline
fork_trampoline:
	mv	a0, s0
	mv	a1, s1
	call	fork_exit
2:	j	2b

	.bss
	.balign	16
	.space	16384
boot_stack_top:
