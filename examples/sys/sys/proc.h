/* pcbcheck example tree: the thread and process structures. */
#ifndef _SYS_PROC_H_
#define	_SYS_PROC_H_

#include <sys/types.h>
#include <machine/proc.h>

struct pcb;
struct trapframe;
struct vmspace;

struct thread {
	struct proc	*td_proc;
	int		td_tid;
	int		td_pflags;
	u_int		td_critnest;	/* Critical section nesting. */
	int		td_pinned;	/* Pinned to its CPU when > 0. */
#define	TDP_KTHREAD	0x00200000	/* This is an official kernel thread. */
	struct pcb	*td_pcb;	/* Machine-dependent pcb. */
	struct trapframe *td_frame;	/* Trap frame. */
	vm_offset_t	td_kstack;	/* Kernel VA of kstack. */
	int		td_kstack_pages; /* Size of the kstack. */
	struct mdthread	td_md;		/* Machine-dependent part. */
};

struct proc {
	int		p_pid;
	int		p_flag;
	struct vmspace	*p_vmspace;
	struct mdproc	p_md;
};

#define	RFPROC		(1 << 4)
#define	RFMEM		(1 << 5)

void	fork_return(struct thread *, struct trapframe *);
void	fork_exit(void (*)(void *, struct trapframe *), void *,
	    struct trapframe *);

#endif /* !_SYS_PROC_H_ */
