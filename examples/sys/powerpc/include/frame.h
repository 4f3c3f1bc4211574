/* pcbcheck example tree: the powerpc trap frame. */
#ifndef _MACHINE_FRAME_H_
#define	_MACHINE_FRAME_H_

struct trapframe {
	register_t	tf_reg[32];
	register_t	tf_pc;
	register_t	tf_sp;
	register_t	tf_status;
};

#endif /* !_MACHINE_FRAME_H_ */
