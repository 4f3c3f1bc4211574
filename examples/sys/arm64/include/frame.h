/* pcbcheck example tree: the arm64 trap frame. */
#ifndef _MACHINE_FRAME_H_
#define	_MACHINE_FRAME_H_

struct trapframe {
	uint64_t	tf_sp;
	uint64_t	tf_lr;
	uint64_t	tf_elr;
	uint64_t	tf_spsr;
	uint64_t	tf_esr;
	uint64_t	tf_x[30];
};

#endif /* !_MACHINE_FRAME_H_ */
