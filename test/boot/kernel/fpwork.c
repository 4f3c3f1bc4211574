/*
 * pcbcheck model kernel: the one file built with FP/SIMD enabled.  Its
 * first FP instruction traps into vfp_trap().
 */

long	ktls_fp_work(int);

long
ktls_fp_work(int seed)
{
	double x;
	int i;

	x = seed;
	for (i = 1; i <= 1000; i++)
		x = x * 1.0001 + 1.0 / i;
	return ((long)(x * 1000));
}
