/* An amd64 pcb of late 2020, with clear_pcb_flags() in inline asm. */
#ifndef _TEST_AMD64_PCB_H_
#define	_TEST_AMD64_PCB_H_

#include "kernel.h"

struct trapframe {
	unsigned long	tf_rdi;
	unsigned long	tf_rip;
};

struct savefpu {
	unsigned char	sv_env[512];
};

struct pcb {
	unsigned long	pcb_r12;
	unsigned long	pcb_rsp;
	unsigned long	pcb_rip;
	u_int		pcb_flags;
#define	PCB_FULL_IRET	0x0001
#define	PCB_DBREGS	0x0002
#define	PCB_KERNFPU	0x0004
#define	PCB_FPUINITDONE	0x0008
#define	PCB_USERFPUINITDONE 0x0010
#define	PCB_KERNFPU_THR	0x0020
#define	PCB_32BIT	0x0040
#define	PCB_USERMASK	(PCB_FULL_IRET | PCB_DBREGS | PCB_32BIT)
	struct savefpu	*pcb_save;
};

static __inline void
clear_pcb_flags(struct pcb *pcb, const u_int flags)
{

	__asm __volatile("andl %1,%0" : "=m" (pcb->pcb_flags)
	    : "ir" (~flags), "m" (pcb->pcb_flags) : "cc");
}

static __inline void
set_pcb_flags(struct pcb *pcb, const u_int flags)
{

	__asm __volatile("orl %1,%0" : "=m" (pcb->pcb_flags)
	    : "ir" (flags), "m" (pcb->pcb_flags) : "cc");
}

#define	TEST_FIELD	pcb_flags
#define	TEST_OWN_A	PCB_KERNFPU
#define	TEST_OWN_B	PCB_KERNFPU_THR
#define	TEST_USERMASK	PCB_USERMASK

#endif
