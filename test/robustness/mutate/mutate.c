/*
 * mutate: writes deterministic variants of a C file, each with one small
 * mutation, for stress-testing the analyzer plugin inside clang.
 *
 * Usage: mutate FILE COUNT SEED OUTDIR
 *
 * Mutations: delete a line, duplicate a line, swap two lines, rename an
 * identifier the checker cares about, or redefine a macro it reads.
 */

#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define	MAXLINES	20000
#define	nitems(x)	(sizeof((x)) / sizeof((x)[0]))

static const char *renames[][2] = {
	{ "td_pcb", "td_frame" },
	{ "td0", "td" },
	{ "pcb2", "td" },
	{ "pcb_fpflags", "pcb_vfpcpu" },
	{ "cpu_copy_thread", "cpu_fork" },
	{ "cpu_fork", "cpu_copy_thread" },
	{ "bcopy", "memcpy" },
	{ "struct pcb", "struct thread" },
};

static const char *redefinitions[] = {
	"#define PCB_FP_KERN 0\n",
	"#define PCB_FP_KERN (PCB_FP_KERN)\n",
	"#define PCB_KERNFPU 0x80000000UL\n",
	"#define bcopy(a, b, c) __builtin_memset((b), 0, (c))\n",
	"#define KASSERT(e, m) do { } while (0)\n",
	"#define MPASS(e) ((void)0)\n",
	"#define td_pcb td_frame\n",
	"#define panic(...) ((void)0)\n",
};

static char *lines[MAXLINES];
static size_t nlines;
static unsigned long rng;

static unsigned long
next(void)
{

	rng = rng * 6364136223846793005UL + 1442695040888963407UL;
	return (rng >> 33);
}

/* Writes line text with every whole-word "from" replaced by "to". */
static void
put_renamed(FILE *f, const char *text, const char *from, const char *to)
{
	size_t n;
	const char *p;

	n = strlen(from);
	for (p = text; *p != '\0';) {
		if (strncmp(p, from, n) == 0 &&
		    (p == text || !(p[-1] == '_' || (p[-1] >= 'a' &&
		    p[-1] <= 'z') || (p[-1] >= '0' && p[-1] <= '9'))) &&
		    !(p[n] == '_' || (p[n] >= 'a' && p[n] <= 'z') ||
		    (p[n] >= '0' && p[n] <= '9'))) {
			fputs(to, f);
			p += n;
		} else
			fputc(*p++, f);
	}
}

static void
write_variant(const char *path, unsigned long kind)
{
	FILE *f;
	size_t i, a, b;
	unsigned long r;

	if ((f = fopen(path, "w")) == NULL)
		err(1, "%s", path);
	a = nlines ? next() % nlines : 0;
	b = nlines ? next() % nlines : 0;
	r = next();
	if (kind == 4)
		fputs(redefinitions[r % nitems(redefinitions)], f);
	for (i = 0; i < nlines; i++) {
		switch (kind) {
		case 0:			/* Delete line a. */
			if (i == a)
				continue;
			break;
		case 1:			/* Duplicate line a. */
			if (i == a)
				fputs(lines[i], f);
			break;
		case 2:			/* Swap lines a and b. */
			if (i == a) {
				fputs(lines[b], f);
				continue;
			}
			if (i == b) {
				fputs(lines[a], f);
				continue;
			}
			break;
		case 3:			/* Rename in line a onwards. */
			if (i >= a) {
				put_renamed(f, lines[i],
				    renames[r % nitems(renames)][0],
				    renames[r % nitems(renames)][1]);
				continue;
			}
			break;
		}
		fputs(lines[i], f);
	}
	if (fclose(f) != 0)
		err(1, "%s", path);
}

int
main(int argc, char **argv)
{
	FILE *f;
	char buf[4096], path[4096];
	const char *base;
	unsigned long count, k;

	if (argc != 5)
		errx(2, "usage: mutate FILE COUNT SEED OUTDIR");
	if ((f = fopen(argv[1], "r")) == NULL)
		err(2, "%s", argv[1]);
	while (nlines < MAXLINES && fgets(buf, sizeof(buf), f) != NULL)
		if ((lines[nlines++] = strdup(buf)) == NULL)
			err(2, "strdup");
	fclose(f);
	count = strtoul(argv[2], NULL, 10);
	rng = strtoul(argv[3], NULL, 10);
	base = strrchr(argv[1], '/') != NULL ? strrchr(argv[1], '/') + 1 :
	    argv[1];
	for (k = 0; k < count; k++) {
		snprintf(path, sizeof(path), "%s/%s.%lu.c", argv[4], base, k);
		write_variant(path, next() % 5);
	}
	return (0);
}
