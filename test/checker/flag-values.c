/*
 * Flags are matched by macro name, never by value.
 *
 * arm64 PCB_FP_KERN was 0x02 in 2021 and 0x40000000 later: both reported.
 * RUN: %analyze -triple aarch64-unknown-freebsd -DOLD_ARM64 -verify=arm64 %s
 * RUN: %analyze -triple aarch64-unknown-freebsd -DNEW_ARM64 -verify=arm64 %s
 * amd64 before late 2020: 0x20 was PCB_GS32BIT, no PCB_KERNFPU_THR.
 * RUN: %analyze -triple x86_64-unknown-freebsd -DOLD_AMD64 -verify=amd64 %s
 * riscv gaining a kernel-FPU API: its new flags are required at once.
 * RUN: %analyze -triple riscv64-unknown-freebsd -DRISCV_KERN_FPU -verify=riscv %s
 * A flag built from other macros, shifts and casts.
 * RUN: %analyze -triple aarch64-unknown-freebsd -DEXPR_ARM64 -verify=arm64 %s
 */

#include "../Inputs/kernel.h"

struct pcb {
	unsigned long	pcb_x[31];
	int		pcb_fpflags;
	unsigned int	pcb_flags;
};

#ifdef OLD_ARM64
#define	PCB_FP_STARTED	0x01
#define	PCB_FP_KERN	0x02
#define	PCB_FP_NOSAVE	0x04
#endif
#ifdef NEW_ARM64
#define	PCB_FP_STARTED	0x00000001
#define	PCB_FP_SVEVALID	0x00000002
#define	PCB_FP_KERN	0x40000000
#define	PCB_FP_NOSAVE	0x80000000
#endif
#ifdef EXPR_ARM64
#define	PCB_FP_BIT(n)	((unsigned int)1 << (n))
#define	PCB_FP_SHIFT	30
#define	PCB_FP_STARTED	(1 << 0)
#define	PCB_FP_KERN	((u_int)1 << PCB_FP_SHIFT)
#define	PCB_FP_NOSAVE	(PCB_FP_KERN << 1)
#endif
#ifdef OLD_AMD64
#define	PCB_KERNFPU	0x0004
#define	PCB_FPUINITDONE	0x0008
#define	PCB_USERFPUINITDONE 0x0010
#define	PCB_GS32BIT	0x0020
#endif
#ifdef RISCV_KERN_FPU
#define	PCB_FP_STARTED	0x1
#define	PCB_FP_KERN	0x2
#define	PCB_FP_NOSAVE	0x4
#endif

extern int test_case;

static void
copy_only(struct thread *td, struct thread *td0)
{
	/* arm64-warning@+3 {{cpu_copy_thread: child pcb_fpflags keeps PCB_FP_KERN | PCB_FP_NOSAVE copied from the parent thread}} */
	/* amd64-warning@+2 {{cpu_copy_thread: child pcb_flags keeps PCB_KERNFPU copied from the parent thread}} */
	/* riscv-warning@+1 {{cpu_copy_thread: child pcb_fpflags keeps PCB_FP_KERN | PCB_FP_NOSAVE copied from the parent thread}} */
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb));
}

#ifdef OLD_AMD64
/* Clearing PCB_GS32BIT, the old 0x20, clears no ownership flag. */
static void
clear_old_0x20(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); /* amd64-warning {{keeps PCB_KERNFPU copied}} */
	td->td_pcb->pcb_flags &= ~PCB_GS32BIT;
}

static void
clear_kernfpu(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
	td->td_pcb->pcb_flags &= ~PCB_KERNFPU;
}
#endif

#if defined(OLD_ARM64) || defined(NEW_ARM64) || defined(EXPR_ARM64) || \
    defined(RISCV_KERN_FPU)
static void
clear_by_name(struct thread *td, struct thread *td0)
{
	bcopy(td0->td_pcb, td->td_pcb, sizeof(struct pcb)); // no-warning
	td->td_pcb->pcb_fpflags &= ~(PCB_FP_STARTED | PCB_FP_KERN |
	    PCB_FP_NOSAVE);
}
#endif

void
cpu_copy_thread(struct thread *td, struct thread *td0)
{
	switch (test_case) {
	case 0: copy_only(td, td0); break;
#ifdef OLD_AMD64
	case 1: clear_old_0x20(td, td0); break;
	case 2: clear_kernfpu(td, td0); break;
#else
	case 1: clear_by_name(td, td0); break;
#endif
	}
} /* arm64-note {{returns}} amd64-note 2 {{returns}} riscv-note {{returns}} */
