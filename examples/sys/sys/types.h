/* pcbcheck example tree: the integer types the MD code uses. */
#ifndef _SYS_TYPES_H_
#define	_SYS_TYPES_H_

#include <sys/cdefs.h>
#include <machine/_types.h>

typedef	unsigned char	u_char;
typedef	unsigned short	u_short;
typedef	unsigned int	u_int;
typedef	unsigned long	u_long;

typedef	__int32_t	int32_t;
typedef	__uint32_t	uint32_t;
typedef	__int64_t	int64_t;
typedef	__uint64_t	uint64_t;
typedef	__uintptr_t	uintptr_t;
typedef	__register_t	register_t;
typedef	__size_t	size_t;
typedef	__vm_offset_t	vm_offset_t;
typedef	_Bool		bool;

#define	NULL	((void *)0)
#define	true	1
#define	false	0

#endif /* !_SYS_TYPES_H_ */
