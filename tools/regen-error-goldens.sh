#!/usr/bin/env bash
# Regenerates the goldens of the compile-error corpus: for every tests/errors/NAME.go
# (or only the NAME.go files given as arguments), NAME.errors becomes the stderr of
# `go build -o /dev/null NAME.go`, run in a fresh temporary directory that holds only a
# copy of NAME.go, with a leading `# command-line-arguments` line removed.
#
# No go.mod is written into the temporary directory, on purpose: go1.23 compiles files
# named on the command line outside any module with -lang set to the toolchain's own
# version (cmd/go/internal/work/gc.go uses gover.Local() when the package has no
# module), so the programs already get Go 1.23 semantics (range over int,
# per-iteration loop variables) and a go.mod would add nothing.
#
# Errors found by `go list` before compiling (a broken package clause or import block,
# an import that cannot be resolved) are printed without the `# command-line-arguments`
# header and with `NAME.go` instead of `./NAME.go`; they are kept exactly as Go prints
# them, which is why the header is removed only when it is there.
#
# Every program must fail to compile: the script exits non-zero, naming the file, if
# one builds cleanly, and leaves that file's old golden untouched.
#
# Usage: tools/regen-error-goldens.sh [tests/errors/NAME.go ...]
# Environment: GO (default /usr/lib/go-1.23/bin/go).
set -euo pipefail

GO=${GO:-/usr/lib/go-1.23/bin/go}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

if [ $# -eq 0 ]; then
	shopt -s nullglob
	set -- "$root"/tests/errors/*.go
	if [ $# -eq 0 ]; then
		echo "regen-error-goldens: no programs in $root/tests/errors" >&2
		exit 1
	fi
fi

# A missing toolchain would otherwise look like a failed build and overwrite goldens.
if ! version=$(GOTOOLCHAIN=local "$GO" version 2>&1); then
	echo "regen-error-goldens: cannot run $GO: $version" >&2
	exit 1
fi
echo "regen-error-goldens: using $version" >&2

# `go build -o /dev/null` needs the real null device: when /dev/null is missing or a
# plain file, cmd/go prints errors about /dev/null instead of the program's errors.
if [ ! -c /dev/null ]; then
	echo "regen-error-goldens: /dev/null is not a character device; refusing to write goldens" >&2
	exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failed=0
count=0
for src in "$@"; do
	name=$(basename "$src")
	case $name in
	*.go) ;;
	*)
		echo "regen-error-goldens: $src is not a .go file" >&2
		failed=1
		continue
		;;
	esac
	work=$tmp/${name%.go}
	mkdir "$work"
	cp "$src" "$work/$name"
	# Pin the toolchain and drop user flags so the output depends only on $GO.
	if (cd "$work" && GOTOOLCHAIN=local GOFLAGS= GO111MODULE= \
		"$GO" build -o /dev/null "$name") >/dev/null 2>"$work/stderr"; then
		echo "regen-error-goldens: $src compiles; every program here must fail" >&2
		failed=1
		continue
	fi
	if [ ! -s "$work/stderr" ]; then
		echo "regen-error-goldens: go build failed on $src without printing anything" >&2
		failed=1
		continue
	fi
	# Some messages embed a declaration's position mid-line, where cmd/go does not
	# shorten the absolute path (cmd/go/internal/work/shell.go, replacePrefix); such a
	# golden would name this run's temporary directory, so refuse it.
	if grep -qF "$tmp" "$work/stderr"; then
		echo "regen-error-goldens: output for $src names the temporary directory; not reproducible:" >&2
		cat "$work/stderr" >&2
		failed=1
		continue
	fi
	sed '1{/^# command-line-arguments$/d;}' "$work/stderr" >"${src%.go}.errors"
	count=$((count + 1))
done

echo "regen-error-goldens: wrote $count golden(s)" >&2
exit $failed
