/* pcbcheck example tree: system parameters. */
#ifndef _SYS_PARAM_H_
#define	_SYS_PARAM_H_

#include <sys/types.h>
#include <machine/param.h>

#define	UINT_MAX	0xffffffffU
#define	nitems(x)	(sizeof((x)) / sizeof((x)[0]))

#endif /* !_SYS_PARAM_H_ */
