/* pcbcheck example tree: riscv machine-dependent declarations. */
#ifndef _MACHINE_MD_VAR_H_
#define	_MACHINE_MD_VAR_H_

#include <sys/bus.h>

void	fork_trampoline(void);

#endif /* !_MACHINE_MD_VAR_H_ */
