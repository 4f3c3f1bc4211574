/* pcbcheck example tree: arm64 machine-dependent thread state. */
#ifndef _MACHINE_PROC_H_
#define	_MACHINE_PROC_H_

struct mdthread {
	int		md_spinlock_count;	/* Nested spinlocks held. */
	register_t	md_saved_daif;		/* DAIF on first spinlock. */
};

struct mdproc {
	long		md_dummy;
};

#endif /* !_MACHINE_PROC_H_ */
