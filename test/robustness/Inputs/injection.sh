#!/bin/sh
#
# Paths a shell or make would run as code: pcbcheck installed under them
# (its pre-commit hook names its own path) and a tree under them
# (--write-build's Makefile names the tree's files).  Prints what each step
# did; a file pwned-* appears only if something ran that should not have.
#
# usage: injection.sh PCBCHECK EXAMPLES_SYS DIR
#
set -u
pcbcheck=$1
examples=$2
t=$3
rm -rf "$t"
mkdir -p "$t"
git_id="-c user.name=t -c user.email=t@example.org"

n=0
for name in "x'\$(touch $t/pwned-dollar)'y" "o'brien dir" \
    "back\`touch $t/pwned-tick\`q" "$(printf 'new\nline')"; do
	n=$((n + 1))
	bin=$t/bin$n/$name
	mkdir -p "$bin" && cp "$pcbcheck" "$bin/pcbcheck"
	repo=$t/repo$n
	mkdir -p "$repo" && cp -R "$examples" "$repo/sys"
	(cd "$repo" && git init -q && git add -A &&
	    git $git_id commit -q --no-verify -m base) || echo "setup $n failed"
	(cd "$repo" && "$bin/pcbcheck" --install-hook > /dev/null) ||
	    echo "install $n failed"
	echo "/* touched */" >> "$repo/sys/arm64/arm64/vm_machdep.c"
	(cd "$repo" && git add -A && git $git_id commit -q -m bug) \
	    > "$t/commit$n.txt" 2>&1
	echo "path $n: buggy commit exit=$? $(grep -c 'commit blocked by the findings' "$t/commit$n.txt") blocked"
	# Gone from where it was installed, none on PATH: a commit that
	# touches no MD code passes with a warning naming the path as it is.
	rm "$bin/pcbcheck"
	(cd "$repo" && git reset -q --hard && echo x > README &&
	    git add README && PATH=/usr/bin:/bin git $git_id commit -q -m other) \
	    > "$t/gone$n.txt" 2>&1
	echo "path $n: other commit exit=$? $(grep -c 'warning: not found at' "$t/gone$n.txt") warned"
	grep -qF "$(printf '%s' "$name" | head -n 1)" "$t/gone$n.txt" &&
	    echo "path $n: named"
done

tree="$t/mk\$(shell touch $t/pwned-make)y sp#c:e"
mkdir -p "$tree" && cp -R "$examples" "$tree/sys"
"$pcbcheck" --write-build="$t/build" "$tree/sys" > /dev/null 2>&1
echo "write-build exit=$?"
make -n -C "$t/build" > /dev/null 2>&1
echo "make -n exit=$?"
(cd "$t/build" && make -s CC=clang-19 arm64.o > /dev/null 2>&1)
echo "make arm64.o exit=$? $(test -f "$t/build/arm64.o" && echo built)"
tab=$(printf 'tab\there')
mkdir -p "$t/$tab" && cp -R "$examples" "$t/$tab/sys"
"$pcbcheck" --write-build="$t/build2" "$t/$tab/sys" > "$t/tab.txt" 2>&1
echo "tab exit=$? $(grep -c 'a Makefile cannot name a path with a newline or tab' "$t/tab.txt") refused"

ls "$t" | grep '^pwned' | sed 's/^/PWNED: /'
echo "done"
