/*
 * gen-tree: adds NFILES ordinary kernel-like .c and .h files to a sys/
 * tree, deterministically for SEED: each .c includes kernel headers and
 * its own .h and defines a few functions; none is MD thread code.
 *
 * Usage: gen-tree SYSDIR NFILES SEED
 */

#include <sys/stat.h>
#include <sys/types.h>

#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

static const char *subsystems[] = {
	"kern", "vm", "net", "netinet", "dev/uart", "dev/usb", "dev/pci",
	"fs/nfs", "geom", "crypto", "security/mac", "cam/scsi",
};
#define	NSUBSYSTEMS	(sizeof(subsystems) / sizeof(subsystems[0]))

static unsigned long rng;

static unsigned long
next(void)
{

	rng = rng * 6364136223846793005UL + 1442695040888963407UL;
	return (rng >> 33);
}

static void
makedirs(char *path)
{
	char *p;

	for (p = path + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(path, 0755) != 0 && errno != EEXIST)
			err(1, "%s", path);
		*p = '/';
	}
	if (mkdir(path, 0755) != 0 && errno != EEXIST)
		err(1, "%s", path);
}

int
main(int argc, char **argv)
{
	char dir[1024], path[1200];
	FILE *f;
	unsigned long i, n, k, funcs;
	const char *sub;

	if (argc != 4)
		errx(2, "usage: gen-tree SYSDIR NFILES SEED");
	n = strtoul(argv[2], NULL, 10);
	rng = strtoul(argv[3], NULL, 10);
	for (i = 0; i < n / 2; i++) {
		sub = subsystems[next() % NSUBSYSTEMS];
		snprintf(dir, sizeof(dir), "%s/%s/gen%03lu", argv[1], sub,
		    i / 500);
		makedirs(dir);

		snprintf(path, sizeof(path), "%s/gen_%lu.h", dir, i);
		if ((f = fopen(path, "w")) == NULL)
			err(1, "%s", path);
		fprintf(f, "#ifndef _GEN_%lu_H_\n#define\t_GEN_%lu_H_\n\n", i, i);
		fprintf(f, "struct gen_%lu_softc {\n\tint\tsc_unit;\n"
		    "\tu_int\tsc_flags;\n#define\tGEN_%lu_ATTACHED\t0x%lx\n};\n\n",
		    i, i, 1UL << (next() % 16));
		fprintf(f, "int\tgen_%lu_attach(struct gen_%lu_softc *);\n\n"
		    "#endif\n", i, i);
		fclose(f);

		snprintf(path, sizeof(path), "%s/gen_%lu.c", dir, i);
		if ((f = fopen(path, "w")) == NULL)
			err(1, "%s", path);
		fprintf(f, "#include <sys/param.h>\n#include <sys/systm.h>\n"
		    "#include <sys/proc.h>\n\n#include \"gen_%lu.h\"\n\n", i);
		funcs = 2 + next() % 4;
		for (k = 0; k < funcs; k++)
			fprintf(f, "static int\ngen_%lu_helper%lu(int x)\n{\n\n"
			    "\treturn (x * %lu + %lu);\n}\n\n", i, k, next() % 97,
			    k);
		fprintf(f, "int\ngen_%lu_attach(struct gen_%lu_softc *sc)\n{\n\n"
		    "\tKASSERT(sc != NULL, (\"no softc\"));\n"
		    "\tsc->sc_flags |= GEN_%lu_ATTACHED;\n"
		    "\treturn (gen_%lu_helper0(sc->sc_unit));\n}\n", i, i, i, i);
		fclose(f);
	}
	return (0);
}
