#!/bin/sh
# Regenerates tests/lexer/*.tokens from tests/lexer/*.go with Go's own scanner
# (tools/gotokens). It needs the reference Go toolchain; CI has no Go and only
# compares the committed goldens (see the tests in src/syntax/lexer.rs).
set -eu
GO=${GO:-/usr/lib/go-1.23/bin/go}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$GO" build -o "$tmp/gotokens" "$root/tools/gotokens/main.go"
for f in "$root"/tests/lexer/*.go; do
    "$tmp/gotokens" "$f" > "${f%.go}.tokens"
done
