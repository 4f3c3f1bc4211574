# bench/pairs.sh: measuring helpers for bench/run and bench/real-tree,
# sourced after they set bin (with measure), work, rows and runs.

# stats FILE: "median min max" of column 1, and the median of column 2.
stats() {
	t=$(sort -n -k 1 "$1" | awk '{ a[NR] = $1 } END {
		printf "%.3f %.3f %.3f", a[int((NR + 1) / 2)], a[1], a[NR] }')
	m=$(sort -n -k 2 "$1" | awk '{ a[NR] = $2 } END {
		printf "%.0f", a[int((NR + 1) / 2)] / 1024 }')
	echo "$t $m"
}

# pair ROW LABEL_A LABEL_B TARGET -- CMD_A -- CMD_B: alternate A and B.
pair() {
	row=$1 la=$2 lb=$3 target=$4
	shift 5
	a="" b="" in_b=0
	for w in "$@"; do
		if [ "$w" = "--" ]; then in_b=1; continue; fi
		if [ $in_b -eq 0 ]; then a="$a '$w'"; else b="$b '$w'"; fi
	done
	eval "\"$bin/measure\" $a" > /dev/null
	eval "\"$bin/measure\" $b" > /dev/null
	: > "$work/a" ; : > "$work/b"
	i=0
	while [ $i -lt "$runs" ]; do
		eval "\"$bin/measure\" $a" >> "$work/a"
		eval "\"$bin/measure\" $b" >> "$work/b"
		i=$((i + 1))
	done
	sa=$(stats "$work/a") sb=$(stats "$work/b")
	# The ratio is the median of each pair's own ratio: A and B of a pair
	# ran back to back, under the same load of this shared machine.
	ratio=$(paste -d ' ' "$work/a" "$work/b" | awk '{ print $1 / $4 }' |
	    sort -n | awk '{ r[NR] = $1 } END { printf "%.2f", r[int((NR + 1) / 2)] }')
	extra=$(echo "$sa $sb" | awk '{ printf "%+.3f", $1 - $5 }')
	mem=$(echo "$sa $sb" | awk '{ printf "%.2f", $4 / $8 }')
	echo "$row|$la|$sa|$ratio|$extra|$mem|$target" >> "$rows"
	echo "$row|$lb|$sb|1.00|+0.000|1.00|baseline" >> "$rows"
}

# single ROW LABEL TARGET CMD...: one command, RUNS times after a warm-up.
single() {
	row=$1 label=$2 target=$3
	shift 3
	"$bin/measure" "$@" > /dev/null
	: > "$work/s"
	i=0
	while [ $i -lt "$runs" ]; do
		"$bin/measure" "$@" >> "$work/s"
		i=$((i + 1))
	done
	echo "$row|$label|$(stats "$work/s")||||$target" >> "$rows"
}

# table: the rows as a Markdown table.
table() {
	echo "| row | what | median s | min s | max s | peak MB | ratio | extra s | peak ratio | target |"
	echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
	awk -F'|' '{ split($3, s, " "); printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
	    $1, $2, s[1], s[2], s[3], s[4], $4, $5, $6, $7 }' "$rows"
}
