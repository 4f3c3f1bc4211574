/* pcbcheck example tree: devices and the interfaces the build generates. */
#ifndef _SYS_BUS_H_
#define	_SYS_BUS_H_

typedef struct device	*device_t;

#include "device_if.h"
#include "bus_if.h"

#endif /* !_SYS_BUS_H_ */
