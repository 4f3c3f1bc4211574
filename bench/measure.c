/*
 * measure: runs a command and prints "SECONDS MAXRSS_KB EXIT" for it (wall
 * time, peak resident memory of the command and its children).
 *
 * Usage: measure COMMAND [ARG...]
 */

#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <err.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

int
main(int argc, char **argv)
{
	struct timespec t0, t1;
	struct rusage ru;
	pid_t pid;
	int devnull, status;

	if (argc < 2)
		errx(2, "usage: measure COMMAND [ARG...]");
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((pid = fork()) == -1)
		err(2, "fork");
	if (pid == 0) {
		/* The command's own output is not part of the measurement. */
		if ((devnull = open("/dev/null", O_WRONLY)) != -1) {
			dup2(devnull, STDOUT_FILENO);
			dup2(devnull, STDERR_FILENO);
		}
		execvp(argv[1], argv + 1);
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) == -1)
		err(2, "wait4");
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%.4f %ld %d\n", (double)(t1.tv_sec - t0.tv_sec) +
	    (t1.tv_nsec - t0.tv_nsec) / 1e9, ru.ru_maxrss,
	    WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	return (0);
}
