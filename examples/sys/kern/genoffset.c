/*
 * pcbcheck example tree: the fields of struct thread that sys/kpilite.h
 * reaches, compiled with -fcommon for the target; kern/genoffset.sh turns
 * the object into offset.inc.
 */
#define	GENOFFSET

#include <sys/param.h>
#include <sys/assym.h>
#include <sys/proc.h>

OFFSYM(td_critnest, thread, u_int);
OFFSYM(td_pinned, thread, int);
