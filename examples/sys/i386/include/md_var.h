/* pcbcheck example tree: i386 machine-dependent declarations. */
#ifndef _MACHINE_MD_VAR_H_
#define	_MACHINE_MD_VAR_H_

#include <x86/x86_var.h>

#endif /* !_MACHINE_MD_VAR_H_ */
