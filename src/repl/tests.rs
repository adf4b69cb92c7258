//! Unit tests of the REPL backend: each drives a [`Session`] as a user would.

use super::*;

fn out(stdout: &str) -> Outcome {
    Outcome::Output {
        stdout: stdout.to_string(),
        stderr: String::new(),
    }
}

#[test]
fn unfinished_function_needs_more() {
    let mut s = Session::new();
    assert_eq!(s.input("func f() {"), Outcome::NeedMore);
    assert!(!s.is_complete("func f() {"));
    assert_eq!(s.input("func f() {\n\tprintln(\"f\")\n}"), out(""));
    assert!(s.is_complete(":help"));
}

#[test]
fn expression_is_echoed_once() {
    let mut s = Session::new();
    assert_eq!(s.input("1+2"), out("3\n"));
    // The echo is not repeated by later entries.
    assert_eq!(s.input("x := 4"), out(""));
    assert_eq!(s.input("x * 2"), out("8\n"));
    assert_eq!(s.input("fmt.Println(\"hi\")"), out("hi\n"));
    assert_eq!(s.input("\"a\" + \"b\""), out("ab\n"));
}

#[test]
fn echo_shows_side_effects_then_value() {
    let mut s = Session::new();
    assert_eq!(
        s.input("func two() (int, string) { fmt.Println(\"called\"); return 2, \"two\" }"),
        out("")
    );
    assert_eq!(s.input("two()"), out("called\n2 two\n"));
    assert_eq!(s.input("y := 1"), out(""));
    assert_eq!(s.input("y"), out("1\n"));
}

#[test]
fn declaration_then_use() {
    let mut s = Session::new();
    assert_eq!(s.input("func double(n int) int { return 2 * n }"), out(""));
    assert_eq!(s.input("type Point struct{ X, Y int }"), out(""));
    assert_eq!(
        s.input("p := Point{double(1), double(2)}\nfmt.Println(p)"),
        out("{2 4}\n")
    );
    // Entering a function again replaces it.
    assert_eq!(s.input("func double(n int) int { return 3 * n }"), out(""));
    assert_eq!(s.input("double(5)"), out("15\n"));
}

#[test]
fn panic_does_not_end_the_session() {
    let mut s = Session::new();
    assert_eq!(s.input("a := []int{1, 2, 3}"), out(""));
    match s.input("fmt.Println(\"before\")\n_ = a[5]") {
        Outcome::Output { stdout, stderr } => {
            assert_eq!(stdout, "before\n");
            assert!(
                stderr.starts_with("panic: runtime error: index out of range [5] with length 3\n"),
                "{stderr}"
            );
        }
        other => panic!("{other:?}"),
    }
    // The panicking entry was not kept: nothing is printed again, nothing panics again.
    assert_eq!(s.input("len(a)"), out("3\n"));
}

#[test]
fn error_entry_is_not_kept() {
    let mut s = Session::new();
    s.set_error_style(ErrorStyle::Go);
    assert_eq!(
        s.input("x := y + 1"),
        Outcome::Errors("input:1:6: undefined: y\n".to_string())
    );
    // Had it been kept, every later entry would fail too.
    assert_eq!(s.input("x := 2"), out(""));
    assert_eq!(s.input("x"), out("2\n"));
    match s.input("x := 3") {
        Outcome::Errors(e) => assert_eq!(e, "input:1:3: no new variables on left side of :=\n"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn human_errors_show_the_entry() {
    let mut s = Session::new();
    match s.input("var n int = \"s\"") {
        Outcome::Errors(e) => {
            assert!(e.contains("input:1:13"), "{e}");
            assert!(e.contains("var n int = \"s\""), "{e}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn unused_variables_and_imports_do_not_fail() {
    let mut s = Session::new();
    assert_eq!(s.input("unused := strings.ToUpper(\"go\")"), out(""));
    assert_eq!(s.input("var v int"), out(""));
    assert_eq!(s.input("import str \"strings\""), out(""));
    assert_eq!(s.input("str.Repeat(\"ab\", 2)"), out("abab\n"));
    assert_eq!(s.input("unused"), out("GO\n"));
}

#[test]
fn statements_see_package_level_vars_and_locals() {
    let mut s = Session::new();
    assert_eq!(s.input("var count int"), out(""));
    assert_eq!(s.input("func inc() { count++ }"), out(""));
    assert_eq!(s.input("inc()\ninc()"), out(""));
    assert_eq!(s.input("count"), out("2\n"));
    // A var that uses a local moves into main.
    assert_eq!(s.input("k := 10"), out(""));
    assert_eq!(s.input("var j = k + 1"), out(""));
    assert_eq!(s.input("j"), out("11\n"));
}

#[test]
fn commands() {
    let mut s = Session::new();
    assert_eq!(s.input(":quit"), Outcome::Quit);
    assert!(matches!(s.input(":help"), Outcome::Output { .. }));
    assert_eq!(s.input("z := 1"), out(""));
    assert!(s.program().contains("z := 1"));
    assert_eq!(s.input(":reset"), out("(session reset)\n"));
    assert!(!s.program().contains("z := 1"));
    assert!(matches!(s.input(":nope"), Outcome::Errors(_)));
}

#[test]
fn unknown_import_is_an_error() {
    let mut s = Session::new();
    s.set_error_style(ErrorStyle::Go);
    match s.input("import \"nosuchpkg\"") {
        Outcome::Errors(e) => assert!(e.starts_with("input:1:8: "), "{e}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn map_command_shows_the_inside_of_a_map() {
    let mut s = Session::new();
    assert_eq!(s.input("m := map[string]int{\"a\": 1}"), out(""));
    let Outcome::Output { stdout, stderr } = s.input(":map m") else {
        panic!("no output");
    };
    assert_eq!(stderr, "");
    assert!(
        stdout.starts_with("map[string]int: count=1 flags=0 B=0 noverflow=0 hash0=0x"),
        "{stdout}"
    );
    assert!(stdout.contains("\nbucket 0 @0xc"), "{stdout}");
    assert!(stdout.contains("\n    [0] 0x"), "{stdout}");
    assert!(
        stdout.contains(" \"a\": 1\n    [1-7] emptyRest\n"),
        "{stdout}"
    );
    assert!(stdout.ends_with("emptyRest\n"), "{stdout}");
    // Kept as an expression: later entries do not print the dump again.
    assert_eq!(s.input("len(m)"), out("1\n"));
    let r = s.input(":map 42");
    assert!(
        format!("{r:?}").contains("inspect: not a map: int"),
        "{r:?}"
    );
}
