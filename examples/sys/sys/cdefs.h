/*
 * pcbcheck example tree: a miniature FreeBSD-like sys/, written for the
 * pcbcheck test suite.  Just enough for the MD thread code to compile.
 */
#ifndef _SYS_CDEFS_H_
#define	_SYS_CDEFS_H_

#define	__dead2		__attribute__((__noreturn__))
#define	__unused	__attribute__((__unused__))
#define	__packed	__attribute__((__packed__))
#define	__aligned(x)	__attribute__((__aligned__(x)))
#define	__predict_true(exp)	__builtin_expect((exp), 1)
#define	__predict_false(exp)	__builtin_expect((exp), 0)
#define	__printflike(f, a)	__attribute__((__format__(__printf__, f, a)))

#endif /* !_SYS_CDEFS_H_ */
