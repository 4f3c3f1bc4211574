#!/bin/sh
# Builds a history in which revisions next to the fix do not compile, for
# what --history may and may not conclude from them.
#
#   make-unsure-history.sh EXAMPLES_SYS PCBCHECK DIR
#
# main:  1 a README only (sys/ comes later)
#        2 sys/ added, arm64 cpu_copy_thread keeps PCB_FP_KERN
#        3 the fix, and a syntax error (does not compile)
#        4 the syntax error mended
#        5 the fix undone, and a syntax error
#        6 the syntax error mended
#        7 the fix
# stable/1 forks at 7 and undoes the fix again.
set -e
examples=$1
pcbcheck=$2
dir=$3
rm -rf "$dir"
mkdir -p "$dir"
cd "$dir"
git init -q -b main .
export GIT_AUTHOR_NAME=Tester GIT_AUTHOR_EMAIL=tester@example.org
export GIT_COMMITTER_NAME=Tester GIT_COMMITTER_EMAIL=tester@example.org
commit() {
	git add -A
	GIT_AUTHOR_DATE="$1T12:00:00Z" GIT_COMMITTER_DATE="$1T12:00:00Z" \
	    git commit -q -m "$2"
}
md=sys/arm64/arm64/vm_machdep.c

printf 'A kernel, later.\n' > README
commit 2020-01-01 "Start the repository"

cp -R "$examples" sys
commit 2020-02-01 "Import the tree"
cp "$md" ../buggy.c
"$pcbcheck" --apply "$md" > /dev/null 2>&1
cp "$md" ../fixed.c

printf 'int broken(\n' >> "$md"
commit 2020-03-01 "arm64: fix cpu_copy_thread, half-written"
cp ../fixed.c "$md"
commit 2020-03-02 "arm64: finish the change"

cp ../buggy.c "$md"
printf 'int broken(\n' >> "$md"
commit 2020-04-01 "arm64: undo the fix, half-written"
cp ../buggy.c "$md"
commit 2020-04-02 "arm64: finish undoing"

cp ../fixed.c "$md"
commit 2020-05-01 "arm64: clear kernel FPU flags in cpu_copy_thread"

git checkout -q -b stable/1
cp ../buggy.c "$md"
commit 2020-06-01 "arm64: undo the fix on stable/1"
git checkout -q main
rm ../buggy.c ../fixed.c
