/*
 * gen-big-tu: prints a translation unit made of an MD file followed by
 * NFUNCS ordinary functions (loops, branches, writes through td->td_pcb),
 * none of them MD thread code: what a whole kernel costs per function.
 * Deterministic.
 *
 * Usage: gen-big-tu MDFILE NFUNCS
 */

#include <err.h>
#include <stdio.h>
#include <stdlib.h>

int
main(int argc, char **argv)
{
	FILE *in;
	int c, i, n;

	if (argc != 3 || (n = atoi(argv[2])) < 0)
		errx(1, "usage: gen-big-tu MDFILE NFUNCS");
	if ((in = fopen(argv[1], "r")) == NULL)
		err(1, "%s", argv[1]);
	while ((c = getc(in)) != EOF)
		putchar(c);
	fclose(in);
	for (i = 0; i < n; i++) {
		printf("\nint\tbench_work_%d(struct thread *, int);\n\n", i);
		printf("int\nbench_work_%d(struct thread *td, int n)\n{\n", i);
		printf("\tint i, sum;\n\n\tsum = 0;\n");
		printf("\tfor (i = 0; i < n; i++) {\n");
		printf("\t\tif ((i & %d) != 0)\n", (i % 7) + 1);
		printf("\t\t\tsum += i * %d;\n", i % 13 + 1);
		printf("\t\telse if (sum > %d)\n", 100 + i);
		printf("\t\t\tbreak;\n\t}\n");
		printf("\tif (td->td_pcb != NULL && n > %d)\n", i % 5);
		printf("\t\ttd->td_pcb->pcb_sp = (uintptr_t)sum;\n");
		printf("\twhile (sum > %d)\n\t\tsum /= 2;\n", 1000 + i);
		printf("\treturn (sum);\n}\n");
	}
	return (0);
}
