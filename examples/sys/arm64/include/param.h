/* pcbcheck example tree: arm64 machine parameters. */
#ifndef _MACHINE_PARAM_H_
#define	_MACHINE_PARAM_H_

#define	MACHINE		"arm64"
#define	PAGE_SHIFT	12
#define	PAGE_SIZE	(1 << PAGE_SHIFT)
#define	STACKALIGNBYTES	(16 - 1)
#define	STACKALIGN(p)	((uint64_t)(p) & ~STACKALIGNBYTES)

#endif /* !_MACHINE_PARAM_H_ */
