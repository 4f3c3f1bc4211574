/* pcbcheck example tree: declarations shared by amd64 and i386. */
#ifndef _X86_X86_VAR_H_
#define	_X86_X86_VAR_H_

extern	u_int	cpu_max_ext_state_size;

void	fork_trampoline(void);

#endif /* !_X86_X86_VAR_H_ */
