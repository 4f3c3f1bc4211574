/*
 * pcbcheck riscv model kernel: the 16550 console of QEMU's virt machine,
 * under the shared printf (common/printf.c), and panic().
 */

#include "kernel.h"

#define	UART_BASE	0x10000000UL
#define	UART_THR	0
#define	UART_LSR	5
#define	UART_LSR_THRE	0x20

void	cons_putc(int);

void
cons_putc(int c)
{
	volatile unsigned char *uart = (volatile unsigned char *)UART_BASE;

	while ((uart[UART_LSR] & UART_LSR_THRE) == 0)
		;
	uart[UART_THR] = (unsigned char)c;
}

void
panic(const char *fmt, ...)
{
	__builtin_va_list ap;

	printf("panic: ");
	__builtin_va_start(ap, fmt);
	vprintf(fmt, ap);
	__builtin_va_end(ap);
	printf("\n");
	machine_exit(1);
}
