//! Tests of `strings.rs` against real Go. `cases.txt` was printed by
//! `tools/stdlibcases/strings/main.go` (Go 1.23.5); each line is a function, its arguments
//! and Go's result, in the encoding that program describes. The test runs every line through
//! our function, renders the result the same way and compares the text.

use super::*;
use std::convert::Infallible;

const CASES: &str = include_str!("cases.txt");

fn dec(s: &str) -> Vec<u8> {
    if s == "\\e" {
        return Vec::new();
    }
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            out.push(u8::from_str_radix(&s[i + 2..i + 4], 16).unwrap());
            i += 4;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

fn dec_list(s: &str) -> Vec<Vec<u8>> {
    let inner = &s[1..s.len() - 1];
    if inner.is_empty() {
        return Vec::new();
    }
    inner.split(',').map(dec).collect()
}

fn enc(s: &[u8]) -> String {
    if s.is_empty() {
        return "\\e".to_string();
    }
    let mut out = String::new();
    for &c in s {
        if c > 0x20 && c < 0x7f && !b"\\,[]=".contains(&c) {
            out.push(c as char);
        } else {
            out.push_str(&format!("\\x{c:02x}"));
        }
    }
    out
}

fn list(s: &[u8], v: &[Range<usize>]) -> String {
    let parts: Vec<String> = v.iter().map(|r| enc(&s[r.clone()])).collect();
    format!("[{}]", parts.join(","))
}

fn pred(name: &str) -> fn(i32) -> bool {
    match name {
        "is_space" => unicode::is_space,
        "is_letter" => unicode::is_letter,
        "is_upper" => unicode::is_upper,
        "is_error" => |r| r == 0xFFFD,
        "is_a" => |r| r == 'a' as i32,
        _ => panic!("unknown predicate {name}"),
    }
}

fn mapping(name: &str) -> fn(i32) -> i32 {
    match name {
        "upper" => unicode::to_upper,
        "drop_vowels" => |r| {
            if "aeiou".contains(char::from_u32(r as u32).unwrap_or('\0')) {
                -1
            } else {
                r
            }
        },
        "a_invalid" => |r| if r == 'a' as i32 { 0xD800 } else { r },
        "next" => |r| r + 1,
        "same" => |r| r,
        _ => panic!("unknown mapping {name}"),
    }
}

fn ok<T>(r: Result<T, Infallible>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => match e {},
    }
}

fn run(name: &str, args: &[&str]) -> String {
    let s = dec(args[0]);
    let arg = |i: usize| dec(args[i]);
    let int = |i: usize| args[i].parse::<i64>().unwrap();
    let sub = |r: Range<usize>| enc(&s[r]);
    let p = || {
        let f = pred(args[1]);
        move |r| Ok::<bool, Infallible>(f(r))
    };
    match name {
        "fields" => list(&s, &fields(&s)),
        "to_upper" => enc(&to_upper(&s)),
        "to_lower" => enc(&to_lower(&s)),
        "to_title" => enc(&to_title(&s)),
        "trim_space" => sub(trim_space(&s)),
        "index_func" => ok(index_func(&s, &mut p())).to_string(),
        "last_index_func" => ok(last_index_func(&s, &mut p())).to_string(),
        "contains_func" => ok(contains_func(&s, &mut p())).to_string(),
        "fields_func" => list(&s, &ok(fields_func(&s, &mut p()))),
        "trim_func" => sub(ok(trim_func(&s, &mut p()))),
        "trim_left_func" => sub(ok(trim_left_func(&s, &mut p()))),
        "trim_right_func" => sub(ok(trim_right_func(&s, &mut p()))),
        "map" => {
            let f = mapping(args[1]);
            enc(&ok(map(&s, &mut |r| Ok(f(r)))))
        }
        "index_rune" => index_rune(&s, int(1) as i32).to_string(),
        "contains_rune" => contains_rune(&s, int(1) as i32).to_string(),
        "index_byte" => index_byte(&s, int(1) as u8).to_string(),
        "last_index_byte" => last_index_byte(&s, int(1) as u8).to_string(),
        "repeat" => match repeat(&s, int(1)) {
            Ok(v) => enc(&v),
            Err(e) => format!("panic:{}", enc(e.message("strings").as_bytes())),
        },
        "equal_fold" => equal_fold(&s, &arg(1)).to_string(),
        "contains" => contains(&s, &arg(1)).to_string(),
        "contains_any" => contains_any(&s, &arg(1)).to_string(),
        "count" => count(&s, &arg(1)).to_string(),
        "cut" => {
            let (b, a, f) = cut(&s, &arg(1));
            format!("{},{},{f}", sub(b), sub(a))
        }
        "cut_prefix" => {
            let (r, f) = cut_prefix(&s, &arg(1));
            format!("{},{f}", sub(r))
        }
        "cut_suffix" => {
            let (r, f) = cut_suffix(&s, &arg(1));
            format!("{},{f}", sub(r))
        }
        "has_prefix" => has_prefix(&s, &arg(1)).to_string(),
        "has_suffix" => has_suffix(&s, &arg(1)).to_string(),
        "index" => index(&s, &arg(1)).to_string(),
        "index_any" => index_any(&s, &arg(1)).to_string(),
        "last_index" => last_index(&s, &arg(1)).to_string(),
        "last_index_any" => last_index_any(&s, &arg(1)).to_string(),
        "split" => list(&s, &split(&s, &arg(1))),
        "split_after" => list(&s, &split_after(&s, &arg(1))),
        "trim" => sub(trim(&s, &arg(1))),
        "trim_left" => sub(trim_left(&s, &arg(1))),
        "trim_right" => sub(trim_right(&s, &arg(1))),
        "trim_prefix" => sub(trim_prefix(&s, &arg(1))),
        "trim_suffix" => sub(trim_suffix(&s, &arg(1))),
        "compare" => compare(&s, &arg(1)).to_string(),
        "join" => {
            let parts: Vec<&[u8]> = split(&s, b",").into_iter().map(|r| &s[r]).collect();
            enc(&join(&parts, &arg(1)))
        }
        "split_n" => match split_n(&s, &arg(1), int(2)) {
            Some(v) => list(&s, &v),
            None => "nil".to_string(),
        },
        "split_after_n" => match split_after_n(&s, &arg(1), int(2)) {
            Some(v) => list(&s, &v),
            None => "nil".to_string(),
        },
        "replace" => enc(&replace(&s, &arg(1), &arg(2), int(3))),
        "replace_all" => enc(&replace_all(&s, &arg(1), &dec(args[2]))),
        "replacer" => enc(&Replacer::new(&dec_list(args[1])).unwrap().replace(&s)),
        "replacer_odd" => match Replacer::new(&[b"a"]) {
            Ok(_) => "no panic".to_string(),
            Err(e) => format!("panic:{}", enc(e.as_bytes())),
        },
        _ => panic!("unknown function {name}"),
    }
}

#[test]
fn every_case_matches_go() {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in CASES.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let arrow = fields.iter().position(|&f| f == "=>").unwrap();
        let (name, args, want) = (fields[0], &fields[1..arrow], fields[arrow + 1]);
        let got = run(name, args);
        n += 1;
        if got != want {
            failures.push(format!("{line}\n    got {got}"));
        }
    }
    assert!(n > 19000, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{} of {n} cases differ from Go:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}
