# Sourced by the history builders: new_repo DIR makes DIR an empty git
# repository (branch main, fixed names) and enters it; commit DATE MESSAGE
# commits the tracked files' changes with that date, so ids are stable.
new_repo() {
	rm -rf "$1"
	mkdir -p "$1"
	cd "$1" || exit 2
	git init -q -b main .
	export GIT_AUTHOR_NAME=Tester GIT_AUTHOR_EMAIL=tester@example.org
	export GIT_COMMITTER_NAME=Tester GIT_COMMITTER_EMAIL=tester@example.org
}

commit() {
	GIT_AUTHOR_DATE="$1T12:00:00Z" GIT_COMMITTER_DATE="$1T12:00:00Z" \
	    git commit -q -a -m "$2"
}
