/*
 * pcbcheck riscv model kernel: the 16550 console of QEMU's virt machine,
 * printf for %s, %d, %x, %lx and %p, and panic().
 */

#include "kernel.h"

#define	UART_BASE	0x10000000UL
#define	UART_THR	0
#define	UART_LSR	5
#define	UART_LSR_THRE	0x20

static void
cons_putc(int c)
{
	volatile unsigned char *uart = (volatile unsigned char *)UART_BASE;

	if (c == '\n')
		cons_putc('\r');
	while ((uart[UART_LSR] & UART_LSR_THRE) == 0)
		;
	uart[UART_THR] = (unsigned char)c;
}

static void
cons_number(unsigned long n, unsigned base)
{
	char digits[20];
	int len;

	len = 0;
	do {
		digits[len++] = "0123456789abcdef"[n % base];
		n /= base;
	} while (n > 0);
	while (len > 0)
		cons_putc(digits[--len]);
}

static void
cons_vprintf(const char *fmt, __builtin_va_list ap)
{
	const char *s;
	long n;

	for (; *fmt != '\0'; fmt++) {
		if (*fmt != '%') {
			cons_putc(*fmt);
			continue;
		}
		switch (*++fmt) {
		case 's':
			for (s = __builtin_va_arg(ap, const char *); *s != '\0';
			    s++)
				cons_putc(*s);
			break;
		case 'd':
			n = __builtin_va_arg(ap, int);
			if (n < 0) {
				cons_putc('-');
				n = -n;
			}
			cons_number((unsigned long)n, 10);
			break;
		case 'l':	/* %lx */
			fmt++;
			cons_number(__builtin_va_arg(ap, unsigned long), 16);
			break;
		case 'x':
			cons_number(__builtin_va_arg(ap, unsigned int), 16);
			break;
		case 'p':
			cons_putc('0');
			cons_putc('x');
			cons_number((uintptr_t)__builtin_va_arg(ap, void *), 16);
			break;
		default:
			cons_putc(*fmt);
			break;
		}
	}
}

int
printf(const char *fmt, ...)
{
	__builtin_va_list ap;

	__builtin_va_start(ap, fmt);
	cons_vprintf(fmt, ap);
	__builtin_va_end(ap);
	return (0);
}

void
panic(const char *fmt, ...)
{
	__builtin_va_list ap;

	printf("panic: ");
	__builtin_va_start(ap, fmt);
	cons_vprintf(fmt, ap);
	__builtin_va_end(ap);
	printf("\n");
	machine_exit(1);
}
