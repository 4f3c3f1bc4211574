/* pcbcheck example tree: arm64 register bits used by thread setup. */
#ifndef _MACHINE_ARMREG_H_
#define	_MACHINE_ARMREG_H_

#define	DAIF_D_MASKED	(1 << 9)
#define	DAIF_A_MASKED	(1 << 8)
#define	DAIF_I_MASKED	(1 << 7)
#define	DAIF_F_MASKED	(1 << 6)
#define	PSR_M_EL1h	0x00000005

#endif /* !_MACHINE_ARMREG_H_ */
