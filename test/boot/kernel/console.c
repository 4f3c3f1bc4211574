/*
 * pcbcheck model kernel: the PL011 console of the Raspberry Pi 4, under
 * the shared printf (common/printf.c).
 */

#include "kernel.h"

#define	UART0_BASE	0xfe201000UL
#define	UART_DR		0x00
#define	UART_FR		0x18
#define	UART_FR_TXFF	(1 << 5)

void	cons_putc(int);

void
cons_putc(int c)
{
	volatile uint32_t *fr = (volatile uint32_t *)(UART0_BASE + UART_FR);
	volatile uint32_t *dr = (volatile uint32_t *)(UART0_BASE + UART_DR);

	while ((*fr & UART_FR_TXFF) != 0)
		;
	*dr = (uint32_t)c;
}
