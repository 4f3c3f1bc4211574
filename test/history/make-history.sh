#!/bin/sh
# Builds a git history of a sys/ tree for the --history tests, from the
# bundled example tree; dates and names are fixed, so ids are stable for
# a given example tree.
#
#   make-history.sh EXAMPLES_SYS PCBCHECK DIR
#
# main:  1 Import the tree (arm64 cpu_copy_thread keeps PCB_FP_KERN)
#        2 an unrelated file (read by no analysis)
#        3 a half-written sys/proc.h (does not compile)
#        4 proc.h back as it was
#        5 amd64 cpu_copy_thread loses its clear_pcb_flags (regression)
#        6 the arm64 fix (pcbcheck --apply)
#        7 the arm64 fix reverted
# stable/1 forks at 4 (never gets the fix), stable/2 at 5 and gets the
# fix by cherry-pick -x, stable/3 at 6.
set -e
examples=$1
pcbcheck=$2
. "$(dirname "$0")/new-repo.sh"
new_repo "$3"

cp -R "$examples" sys
git add -A
commit 2020-01-01 "Import the tree"

mkdir -p sys/kern
printf 'int unrelated;\n' > sys/kern/kern_unrelated.c
git add -A
commit 2020-02-01 "kern: add an unrelated file"

cp sys/sys/proc.h proc.h.saved
printf 'struct half_written {\n' >> sys/sys/proc.h
commit 2020-03-01 "sys: start a change to proc.h"
mv proc.h.saved sys/sys/proc.h
commit 2020-03-02 "sys: finish the change to proc.h"
git branch stable/1

# Drop the clear_pcb_flags() call of amd64's cpu_copy_thread().
awk '/^cpu_copy_thread/ { inside = 1 }
    inside && /clear_pcb_flags/ { skip = 1 }
    skip { if (/;/) { skip = 0; inside = 0 } next }
    { print }' sys/amd64/amd64/vm_machdep.c > vm_machdep.c.new
mv vm_machdep.c.new sys/amd64/amd64/vm_machdep.c
commit 2020-04-01 "amd64: simplify cpu_copy_thread"
git branch stable/2

"$pcbcheck" --apply sys/arm64/arm64/vm_machdep.c > /dev/null 2>&1 || true
commit 2021-01-19 "arm64: clear kernel FPU flags in cpu_copy_thread"
fix=$(git rev-parse HEAD)
git branch stable/3

GIT_AUTHOR_DATE=2022-01-01T12:00:00Z GIT_COMMITTER_DATE=2022-01-01T12:00:00Z \
    git revert --no-edit "$fix" > /dev/null

git checkout -q stable/2
GIT_COMMITTER_DATE=2021-02-01T12:00:00Z git cherry-pick -x "$fix" > /dev/null
git checkout -q main
