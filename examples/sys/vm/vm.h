/* pcbcheck example tree: VM types. */
#ifndef _VM_VM_H_
#define	_VM_VM_H_

typedef	int	vm_prot_t;

#endif /* !_VM_VM_H_ */
