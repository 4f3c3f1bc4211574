/*
 * pcbcheck example tree: inline code that reaches a few fields of struct
 * thread without sys/proc.h.  struct thread_lite comes from offset.inc,
 * which the kernel build generates (kern/genoffset.c, kern/genoffset.sh).
 */
#ifndef _SYS_KPILITE_H_
#define	_SYS_KPILITE_H_

#if defined(_KERNEL) && !defined(GENOFFSET)
#include "offset.inc"

static __inline void
critical_enter_lite(struct thread_lite *td)
{

	td->td_critnest++;
}

static __inline void
critical_exit_lite(struct thread_lite *td)
{

	KASSERT(td->td_critnest > 0, ("critical_exit_lite: not critical"));
	td->td_critnest--;
}
#endif

#endif /* !_SYS_KPILITE_H_ */
