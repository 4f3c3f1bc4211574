/* pcbcheck example tree: the amd64 trap frame. */
#ifndef _MACHINE_FRAME_H_
#define	_MACHINE_FRAME_H_

struct trapframe {
	register_t	tf_rdi;
	register_t	tf_rsi;
	register_t	tf_rax;
	register_t	tf_rip;
	register_t	tf_rflags;
	register_t	tf_rsp;
};

#endif /* !_MACHINE_FRAME_H_ */
