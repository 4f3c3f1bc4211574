#!/bin/sh
#
# bench/gen-history.sh EXAMPLES_SYS DIR [COMMITS]: a git repository in DIR
# whose history changes MD files and headers COMMITS times (default
# 2000), written with git fast-import (seconds, not a commit process
# per commit).  Commit i, by i mod 5:
#   0  an unrelated file (no analysis reads it)
#   1  arm64 vm_machdep.c, a new version
#   2  arm64 vm_machdep.c, back to the first version
#   3  sys/sys/proc.h, toggled between two versions (every architecture)
#   4  amd64 vm_machdep.c, a new version
# so that some revisions need an analysis and some repeat an earlier one.
#
set -eu
examples=$1
dir=$2
commits=${3:-2000}
rm -rf "$dir"
mkdir -p "$dir"
cp -R "$examples" "$dir/sys"
cd "$dir"
git init -q -b main .
git add -A
GIT_AUTHOR_DATE=2020-01-01T00:00:00Z GIT_COMMITTER_DATE=2020-01-01T00:00:00Z \
    git -c user.name=bench -c user.email=bench@example.org \
    commit -q -m "Import the tree"

# data PATH [LINE]: a fast-import inline blob of PATH's first version,
# with LINE appended.
data() {
	case $1 in
	*/arm64/*)	size=$arm64_size ;;
	*/amd64/*)	size=$amd64_size ;;
	*)		size=$proc_size ;;
	esac
	if [ $# -gt 1 ]; then
		printf 'data %d\n' "$((size + ${#2} + 1))"
		cat "$1"
		printf '%s\n' "$2"
	else
		printf 'data %d\n' "$size"
		cat "$1"
	fi
	printf '\n'
}

arm64_size=$(wc -c < sys/arm64/arm64/vm_machdep.c)
amd64_size=$(wc -c < sys/amd64/amd64/vm_machdep.c)
proc_size=$(wc -c < sys/sys/proc.h)
{
	i=1
	toggle=0
	while [ "$i" -le "$commits" ]; do
		when=$((1577836800 + i * 3600))
		printf 'commit refs/heads/main\n'
		printf 'committer bench <bench@example.org> %d +0000\n' "$when"
		msg="change $i"
		printf 'data %d\n%s\n' "${#msg}" "$msg"
		if [ "$i" -eq 1 ]; then
			printf 'from refs/heads/main^0\n'
		fi
		case $((i % 5)) in
		0)	printf 'M 100644 inline sys/kern/unrelated.c\n'
			printf 'data %d\n' "$((${#i} + 16))"
			printf 'int unrelated_%s;\n\n' "$i" ;;
		1)	printf 'M 100644 inline sys/arm64/arm64/vm_machdep.c\n'
			data sys/arm64/arm64/vm_machdep.c "/* version $i */" ;;
		2)	printf 'M 100644 inline sys/arm64/arm64/vm_machdep.c\n'
			data sys/arm64/arm64/vm_machdep.c ;;
		3)	toggle=$((1 - toggle))
			printf 'M 100644 inline sys/sys/proc.h\n'
			if [ "$toggle" -eq 1 ]; then
				data sys/sys/proc.h "/* toggled */"
			else
				data sys/sys/proc.h
			fi ;;
		4)	printf 'M 100644 inline sys/amd64/amd64/vm_machdep.c\n'
			data sys/amd64/amd64/vm_machdep.c "/* version $i */" ;;
		esac
		printf '\n'
		i=$((i + 1))
	done
} | git fast-import --quiet
git reset -q --hard main
