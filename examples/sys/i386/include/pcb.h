/* pcbcheck example tree: the i386 process control block, early 2021. */
#ifndef _MACHINE_PCB_H_
#define	_MACHINE_PCB_H_

union savefpu {
	u_char		sv_raw[512];
} __aligned(64);

struct pcb {
	int		pcb_edi;
	int		pcb_esi;
	int		pcb_ebp;
	int		pcb_esp;
	int		pcb_ebx;
	int		pcb_eip;
	int		pcb_gs;

	int		pcb_flags;
#define	PCB_DBREGS	0x02	/* Process using debug registers. */
#define	PCB_NPXINITDONE	0x08	/* FPU state is initialized. */
#define	PCB_VM86CALL	0x10	/* In vm86 call. */
#define	PCB_NPXUSERINITDONE 0x20 /* The user FPU state is initialized. */
#define	PCB_KERNNPX	0x40	/* Kernel uses the FPU. */

	union savefpu	*pcb_save;	/* The FPU save area in use. */
	int		pcb_pad[4];
};

#ifdef _KERNEL
union savefpu *get_pcb_user_save_td(struct thread *td);
union savefpu *get_pcb_user_save_pcb(struct pcb *pcb);
#endif

#endif /* !_MACHINE_PCB_H_ */
