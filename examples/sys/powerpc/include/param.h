/* pcbcheck example tree: powerpc machine parameters. */
#ifndef _MACHINE_PARAM_H_
#define	_MACHINE_PARAM_H_

#define	MACHINE		"powerpc"
#define	PAGE_SHIFT	12
#define	PAGE_SIZE	(1 << PAGE_SHIFT)

#endif /* !_MACHINE_PARAM_H_ */
