/* pcbcheck example tree: powerpc machine-dependent declarations. */
#ifndef _MACHINE_MD_VAR_H_
#define	_MACHINE_MD_VAR_H_

void	fork_trampoline(void);

#endif /* !_MACHINE_MD_VAR_H_ */
