#!/bin/sh
#
# kern/genoffset.sh as FreeBSD's build ran it before 13.0, in our words,
# for pcbcheck's tests: nm prints values in hexadecimal (no -t d), and awk
# sorts the fields by offset, comparing "0x..." words that FreeBSD's awk of
# the time read as numbers.
#
echo "#ifndef _OFFSET_INC_"
echo "#define _OFFSET_INC_"
${NM:='nm'} ${NMFLAGS} "$1" | ${AWK:='awk'} '
$2 == "C" && $3 ~ /^__assym_offset__/ {
	split($3, part, "__")
	value = $1
	sub(/^0*/, "", value)
	if (value == "")
		value = "0"
	entry[++n] = "0x" value " " part[5] " " part[4]
}
END {
	for (i = 1; i <= n; i++)
		for (j = i + 1; j <= n; j++) {
			split(entry[i], a, " ")
			split(entry[j], b, " ")
			if (b[1] < a[1]) {
				t = entry[i]
				entry[i] = entry[j]
				entry[j] = t
			}
		}
	print "struct thread_lite {"
	end = "0"
	for (i = 1; i <= n; i++) {
		split(entry[i], f, " ")
		printf("\tu_char\tpad_%s[%s - %s];\n\t%s\t%s;\n", f[3], f[1], end,
		    f[2], f[3])
		end = "(" f[1] " + sizeof(" f[2] "))"
	}
	print "};"
}'
echo "#endif"
