/*
 * pcbcheck model kernels: a small printf over the model's console, which
 * provides cons_putc() (one byte, as it is).  Shared by the AArch64 and
 * the riscv model.
 */

typedef unsigned long	uint64_t;
typedef unsigned long	uintptr_t;

void	cons_putc(int);
int	vprintf(const char *, __builtin_va_list);
int	printf(const char *, ...);

static volatile int print_lock;

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
		cons_putc('-');
	while (i > 0)
		cons_putc(buf[--i]);
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
				cons_putc('\r');
			cons_putc(*fmt);
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
			cons_putc('0');
			cons_putc('x');
			put_number((uintptr_t)__builtin_va_arg(ap, void *), 16,
			    0);
			break;
		case 's':
			for (s = __builtin_va_arg(ap, const char *); *s != '\0';
			    s++)
				cons_putc(*s);
			break;
		case 'c':
			cons_putc((char)__builtin_va_arg(ap, int));
			break;
		default:
			cons_putc(*fmt);
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
