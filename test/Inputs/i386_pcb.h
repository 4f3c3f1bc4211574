/* An i386 pcb, with the npx flags. */
#ifndef _TEST_I386_PCB_H_
#define	_TEST_I386_PCB_H_

#include "kernel.h"

struct trapframe {
	int	tf_eax;
	int	tf_eip;
};

union savefpu {
	unsigned char	sv_raw[512];
};

struct pcb {
	int		pcb_edi;
	int		pcb_esp;
	int		pcb_eip;
	int		pcb_flags;
#define	PCB_DBREGS	0x02
#define	PCB_NPXINITDONE	0x08
#define	PCB_VM86CALL	0x10
#define	PCB_NPXUSERINITDONE 0x20
#define	PCB_KERNNPX	0x40
#define	PCB_KERNNPX_THR	0x80
#define	PCB_USERMASK	(PCB_DBREGS | PCB_VM86CALL)
	union savefpu	*pcb_save;
};

#define	TEST_FIELD	pcb_flags
#define	TEST_OWN_A	PCB_KERNNPX
#define	TEST_OWN_B	PCB_KERNNPX_THR
#define	TEST_USERMASK	PCB_USERMASK

#endif
