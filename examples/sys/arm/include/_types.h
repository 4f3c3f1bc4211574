/* pcbcheck example tree: arm basic types (ILP32). */
#ifndef _MACHINE__TYPES_H_
#define	_MACHINE__TYPES_H_

typedef	int			__int32_t;
typedef	unsigned int		__uint32_t;
typedef	long long		__int64_t;
typedef	unsigned long long	__uint64_t;
typedef	unsigned int		__uintptr_t;
typedef	int			__register_t;
typedef	unsigned int		__size_t;
typedef	unsigned int		__vm_offset_t;

#endif /* !_MACHINE__TYPES_H_ */
