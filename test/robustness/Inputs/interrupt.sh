#!/bin/sh
# Interrupts pcbcheck (SIGINT and SIGTERM, as timeout(1) sends them to its
# process group) at several moments of a run over eight trees, in each
# mode that makes temporary files, and prints what any run left behind:
# files in TMPDIR, or "*.tmp*" files beside the sources (--apply).
#
#   interrupt.sh PCBCHECK EXAMPLES_SYS DIR
set -u
pcbcheck=$1
examples=$2
dir=$3
rm -rf "$dir"
mkdir -p "$dir/tmp"
for i in 1 2 3 4 5 6 7 8; do
	mkdir -p "$dir/t$i"
	cp -R "$examples" "$dir/t$i/sys"
done
cd "$dir" || exit 2
runs=0
for delay in 0.05 0.2 0.5; do
	for sig in INT TERM; do
		for mode in -j2 -j1 --engine=cocci --apply; do
			TMPDIR=$dir/tmp timeout -s $sig $delay "$pcbcheck" \
			    $mode t1/sys t2/sys t3/sys t4/sys t5/sys t6/sys \
			    t7/sys t8/sys >/dev/null 2>&1
			runs=$((runs + 1))
			# The children end as their parent dies, and clean up:
			# up to three seconds on a slow machine.
			tries=0
			while [ $tries -lt 30 ] && { [ -n "$(ls -A tmp)" ] ||
			    [ -n "$(find t1 t2 t3 t4 t5 t6 t7 t8 -name '*.tmp*')" ]; }; do
				sleep 0.1
				tries=$((tries + 1))
			done
			for f in tmp/* tmp/.[!.]*; do
				[ -e "$f" ] && echo "LEFT $delay $sig $mode: $f"
			done
			find t1 t2 t3 t4 t5 t6 t7 t8 -name '*.tmp*' |
			    sed "s/^/LEFT $delay $sig $mode: /"
			rm -rf tmp/* tmp/.[!.]*
		done
	done
done
echo "$runs interrupted runs"
