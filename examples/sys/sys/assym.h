/*
 * pcbcheck example tree: offsets for generated headers.  OFFSYM() makes a
 * common array whose size is a field's offset; the build reads the sizes
 * back with nm (kern/genoffset.sh).
 */
#ifndef _SYS_ASSYM_H_
#define	_SYS_ASSYM_H_

#define	OFFSYM(name, parenttype, datatype)				\
	char __assym_offset__ ## parenttype ## __ ## name ## __ ## datatype \
	    [__builtin_offsetof(struct parenttype, name)]

#endif /* !_SYS_ASSYM_H_ */
