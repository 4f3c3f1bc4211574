/* pcbcheck example tree: arm machine parameters. */
#ifndef _MACHINE_PARAM_H_
#define	_MACHINE_PARAM_H_

#define	MACHINE		"arm"
#define	PAGE_SHIFT	12
#define	PAGE_SIZE	(1 << PAGE_SHIFT)

#endif /* !_MACHINE_PARAM_H_ */
