/* pcbcheck example tree: vnodes and the operations the build generates. */
#ifndef _SYS_VNODE_H_
#define	_SYS_VNODE_H_

struct vnode;

#include "vnode_if.h"

#endif /* !_SYS_VNODE_H_ */
