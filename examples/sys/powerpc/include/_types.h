/* pcbcheck example tree: powerpc basic types (LP64). */
#ifndef _MACHINE__TYPES_H_
#define	_MACHINE__TYPES_H_

typedef	int			__int32_t;
typedef	unsigned int		__uint32_t;
typedef	long			__int64_t;
typedef	unsigned long		__uint64_t;
typedef	unsigned long		__uintptr_t;
typedef	long			__register_t;
typedef	unsigned long		__size_t;
typedef	unsigned long		__vm_offset_t;

#endif /* !_MACHINE__TYPES_H_ */
