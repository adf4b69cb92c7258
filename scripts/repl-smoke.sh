#!/bin/sh
# A by-hand smoke test of the interactive shell in a real terminal (tmux): types a few
# entries, including a multi-line one, and prints the screen. Run from the repository
# root after `cargo build`; HOME is pointed at a scratch directory so that the history
# file it writes is not yours.
set -e
BIN="$(pwd)/target/debug/goscope"
S=goscope-smoke-$$
SCRATCH=$(mktemp -d)
tmux new-session -d -s "$S" -x 100 -y 40 "env HOME=$SCRATCH $BIN"
sleep 1
send() { tmux send-keys -t "$S" "$1" Enter; sleep 1; }
send 'x := 20'
send 'x + 22'
tmux send-keys -t "$S" 'func greet(n string) {' Enter
sleep 0.5
tmux send-keys -t "$S" 'fmt.Println("hi", n)' Enter
sleep 0.5
tmux send-keys -t "$S" '}' Enter
sleep 1
send 'greet("gopher")'
send 'y := undefinedThing'
send 'var a []int'
send 'a[3]'
send 'x'
tmux capture-pane -p -t "$S"
send ':quit'
tmux kill-session -t "$S" 2>/dev/null && echo "(still running after :quit)" || echo "(the shell left on :quit)"
echo "--- history file:"
cat "$SCRATCH/.goscope_history"
rm -rf "$SCRATCH"
