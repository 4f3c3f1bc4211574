/* pcbcheck example tree: arm machine-dependent thread state. */
#ifndef _MACHINE_PROC_H_
#define	_MACHINE_PROC_H_

struct mdthread {
	int		md_spinlock_count;	/* Nested spinlocks held. */
	register_t	md_saved_intr;		/* Interrupt state saved. */
};

struct mdproc {
	int		md_flags;
};

#endif /* !_MACHINE_PROC_H_ */
