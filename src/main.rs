//! The `goscope` command: argument parsing only; the work is in the library.

use std::process::ExitCode;

const USAGE: &str = "\
goscope: a Go interpreter you can see inside

usage:
  goscope                          start the interactive shell (REPL)
  goscope run [-m] FILE|DIR [ARGS] run a Go program, as `go run` does
  goscope check [-m] [--errors=go|human] FILE|DIR
                                   report compile errors without running
  goscope lesson FILE              run a lesson file
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprint!("{USAGE}");
            eprintln!("goscope: this build cannot run programs yet");
            ExitCode::from(2)
        }
    }
}
