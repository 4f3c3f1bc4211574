/* pcbcheck example tree: kernel support routines and assertions. */
#ifndef _SYS_SYSTM_H_
#define	_SYS_SYSTM_H_

#include <sys/cdefs.h>
#include <sys/types.h>

void	panic(const char *, ...) __dead2 __printflike(1, 2);

/* As in the real header, the copies are builtins under their C names. */
#define	bcopy(from, to, len)	__builtin_memmove((to), (from), (len))
#define	bzero(buf, len)		__builtin_memset((buf), 0, (len))
#define	memcpy(to, from, len)	__builtin_memcpy((to), (from), (len))
#define	memmove(dst, src, len)	__builtin_memmove((dst), (src), (len))
#define	memset(buf, c, len)	__builtin_memset((buf), (c), (len))

/*
 * A failed assertion reports through kassert_panic(), which a debug
 * kernel may let return; it is not declared __dead2.
 */
void	kassert_panic(const char *fmt, ...) __printflike(1, 2);

#ifdef INVARIANTS
#define	KASSERT(exp, msg) do {						\
	if (__predict_false(!(exp)))					\
		kassert_panic msg;					\
} while (0)
#else
#define	KASSERT(exp, msg) do {						\
} while (0)
#endif
#define	MPASS(ex)		MPASS4(ex, #ex, __FILE__, __LINE__)
#define	MPASS4(ex, what, file, line)					\
	KASSERT((ex), ("Assertion %s failed at %s:%d", what, file, line))

#include <sys/kpilite.h>

#endif /* !_SYS_SYSTM_H_ */
