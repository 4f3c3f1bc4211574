/*
 * pcbcheck model kernels: what the compiler may call for copies, shared
 * by the AArch64 and the riscv model.
 */

typedef __SIZE_TYPE__	size_t;

void	*memmove(void *, const void *, size_t);
void	*memcpy(void *, const void *, size_t);
void	*memset(void *, int, size_t);

void *
memmove(void *dst, const void *src, size_t len)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d < s)
		while (len-- > 0)
			*d++ = *s++;
	else
		while (len-- > 0)
			d[len] = s[len];
	return (dst);
}

void *
memcpy(void *dst, const void *src, size_t len)
{

	return (memmove(dst, src, len));
}

void *
memset(void *buf, int c, size_t len)
{
	unsigned char *p = buf;

	while (len-- > 0)
		*p++ = (unsigned char)c;
	return (buf);
}
