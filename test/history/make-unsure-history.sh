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
. "$(dirname "$0")/new-repo.sh"
new_repo "$3"
# Every file, new ones too.
commit_all() {
	git add -A
	commit "$1" "$2"
}
md=sys/arm64/arm64/vm_machdep.c

printf 'A kernel, later.\n' > README
commit_all 2020-01-01 "Start the repository"

cp -R "$examples" sys
commit_all 2020-02-01 "Import the tree"
cp "$md" ../buggy.c
"$pcbcheck" --apply "$md" > /dev/null 2>&1
cp "$md" ../fixed.c

printf 'int broken(\n' >> "$md"
commit_all 2020-03-01 "arm64: fix cpu_copy_thread, half-written"
cp ../fixed.c "$md"
commit_all 2020-03-02 "arm64: finish the change"

cp ../buggy.c "$md"
printf 'int broken(\n' >> "$md"
commit_all 2020-04-01 "arm64: undo the fix, half-written"
cp ../buggy.c "$md"
commit_all 2020-04-02 "arm64: finish undoing"

cp ../fixed.c "$md"
commit_all 2020-05-01 "arm64: clear kernel FPU flags in cpu_copy_thread"

git checkout -q -b stable/1
cp ../buggy.c "$md"
commit_all 2020-06-01 "arm64: undo the fix on stable/1"
git checkout -q main
rm ../buggy.c ../fixed.c
