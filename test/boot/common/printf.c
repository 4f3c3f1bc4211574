/*
 * pcbcheck model kernel: the PL011 console of the Raspberry Pi 4 and a
 * small printf.
 */

#include "kernel.h"

#define	UART0_BASE	0xfe201000UL
#define	UART_DR		0x00
#define	UART_FR		0x18
#define	UART_FR_TXFF	(1 << 5)

static volatile int print_lock;

static void
uart_putc(char c)
{
	volatile uint32_t *fr = (volatile uint32_t *)(UART0_BASE + UART_FR);
	volatile uint32_t *dr = (volatile uint32_t *)(UART0_BASE + UART_DR);

	while ((*fr & UART_FR_TXFF) != 0)
		;
	*dr = (uint32_t)c;
}

static void
put_number(uint64_t n, int base, int negative)
{
	char buf[24];
	int i;

	i = 0;
	do {
		buf[i++] = "0123456789abcdef"[n % base];
		n /= base;
	} while (n != 0);
	if (negative)
		uart_putc('-');
	while (i > 0)
		uart_putc(buf[--i]);
}

static void
vprint(const char *fmt, __builtin_va_list ap)
{
	const char *s;
	long d;
	int lng;

	for (; *fmt != '\0'; fmt++) {
		if (*fmt != '%') {
			if (*fmt == '\n')
				uart_putc('\r');
			uart_putc(*fmt);
			continue;
		}
		lng = 0;
		if (*++fmt == 'l') {
			lng = 1;
			fmt++;
		}
		switch (*fmt) {
		case 'd':
			d = lng ? __builtin_va_arg(ap, long) :
			    __builtin_va_arg(ap, int);
			put_number(d < 0 ? -d : d, 10, d < 0);
			break;
		case 'u':
			put_number(lng ? __builtin_va_arg(ap, unsigned long) :
			    __builtin_va_arg(ap, unsigned int), 10, 0);
			break;
		case 'x':
			put_number(lng ? __builtin_va_arg(ap, unsigned long) :
			    __builtin_va_arg(ap, unsigned int), 16, 0);
			break;
		case 'p':
			uart_putc('0');
			uart_putc('x');
			put_number((uintptr_t)__builtin_va_arg(ap, void *), 16,
			    0);
			break;
		case 's':
			for (s = __builtin_va_arg(ap, const char *); *s != '\0';
			    s++)
				uart_putc(*s);
			break;
		case 'c':
			uart_putc((char)__builtin_va_arg(ap, int));
			break;
		default:
			uart_putc(*fmt);
			break;
		}
	}
}

/* One line at a time from each CPU: printers take a lock. */
int
vprintf(const char *fmt, __builtin_va_list ap)
{

	while (__atomic_exchange_n(&print_lock, 1, __ATOMIC_ACQUIRE) != 0)
		;
	vprint(fmt, ap);
	__atomic_store_n(&print_lock, 0, __ATOMIC_RELEASE);
	return (0);
}

int
printf(const char *fmt, ...)
{
	__builtin_va_list ap;

	__builtin_va_start(ap, fmt);
	vprintf(fmt, ap);
	__builtin_va_end(ap);
	return (0);
}
