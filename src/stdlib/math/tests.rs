//! Tests of `math.rs` against real Go. `cases.txt` was printed by
//! `tools/stdlibcases/math/main.go` (Go 1.23.5 on amd64 with AVX and FMA): function,
//! arguments as float64 bits, "=>", results. NaN results compare as NaN whatever their
//! payload (Go's own NaN propagation keeps the operands' payloads, which no Go program can
//! observe except through Float64bits).

use super::*;
use std::collections::BTreeMap;

const CASES: &str = include_str!("cases.txt");

fn f(s: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(s, 16).unwrap())
}

fn same(got: f64, want: &str) -> bool {
    let want = f(want);
    (got.is_nan() && want.is_nan()) || got.to_bits() == want.to_bits()
}

/// Distance in units in the last place between two finite floats of the same sign.
fn ulps(a: f64, b: &str) -> u64 {
    let b = f(b);
    if a.is_nan() || b.is_nan() || signbit(a) != signbit(b) {
        return u64::MAX;
    }
    a.to_bits().abs_diff(b.to_bits())
}

fn unary(name: &str) -> Option<fn(f64) -> f64> {
    Some(match name {
        "abs" => abs,
        "ceil" => ceil,
        "floor" => floor,
        "trunc" => trunc,
        "round" => round,
        "round_to_even" => round_to_even,
        "sqrt" => sqrt,
        "cbrt" => cbrt,
        "exp" => exp,
        "exp2" => exp2,
        "expm1" => expm1,
        "log" => log,
        "log2" => log2,
        "log10" => log10,
        "log1p" => log1p,
        "logb" => logb,
        "sin" => sin,
        "cos" => cos,
        "tan" => tan,
        "asin" => asin,
        "acos" => acos,
        "atan" => atan,
        "sinh" => sinh,
        "cosh" => cosh,
        "tanh" => tanh,
        "asinh" => asinh,
        "acosh" => acosh,
        "atanh" => atanh,
        _ => return None,
    })
}

fn binary(name: &str) -> Option<fn(f64, f64) -> f64> {
    Some(match name {
        "pow" => pow,
        "atan2" => atan2,
        "mod" => modulo,
        "remainder" => remainder,
        "hypot" => hypot,
        "max" => max,
        "min" => min,
        "copysign" => copysign,
        "nextafter" => nextafter,
        "dim" => dim,
        _ => return None,
    })
}

/// Runs every case; returns per function (cases, exact misses, worst ulp distance).
fn run_all() -> BTreeMap<String, (usize, usize, u64)> {
    let mut stats: BTreeMap<String, (usize, usize, u64)> = BTreeMap::new();
    for line in CASES.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let arrow = fields.iter().position(|&x| x == "=>").unwrap();
        let (name, args, want) = (fields[0], &fields[1..arrow], &fields[arrow + 1..]);
        let (ok, dist) = if let Some(g) = unary(name) {
            let got = g(f(args[0]));
            (same(got, want[0]), ulps(got, want[0]))
        } else if let Some(g) = binary(name) {
            let got = g(f(args[0]), f(args[1]));
            (same(got, want[0]), ulps(got, want[0]))
        } else {
            let x = f(args[0]);
            let ok = match name {
                "frexp" => {
                    let (fr, e) = frexp(x);
                    same(fr, want[0]) && e.to_string() == want[1]
                }
                "modf" => {
                    let (i, fr) = modf(x);
                    same(i, want[0]) && same(fr, want[1])
                }
                "ilogb" => ilogb(x).to_string() == want[0],
                "signbit" => signbit(x).to_string() == want[0],
                "is_inf" => is_inf(x, args[1].parse().unwrap()).to_string() == want[0],
                "ldexp" => same(ldexp(x, args[1].parse().unwrap()), want[0]),
                "float32bits" => format!("{:08x}", float32bits(x as f32)) == want[0],
                _ => panic!("unknown function {name}"),
            };
            (ok, if ok { 0 } else { u64::MAX })
        };
        let e = stats.entry(name.to_string()).or_default();
        e.0 += 1;
        if !ok {
            e.1 += 1;
            e.2 = e.2.max(dist);
        }
    }
    stats
}

#[test]
fn go_algorithms_match_go_bit_for_bit() {
    let stats = run_all();
    assert!(stats.values().map(|s| s.0).sum::<usize>() > 20000);
    let bad: Vec<String> = stats
        .iter()
        .filter(|(name, s)| s.1 > 0 && !LIBM_FUNCTIONS.contains(&name.as_str()))
        .map(|(name, s)| format!("{name}: {} of {} differ (worst {} ulp)", s.1, s.0, s.2))
        .collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn libm_functions_report() {
    for (name, s) in run_all() {
        if LIBM_FUNCTIONS.contains(&name.as_str()) {
            println!("{name}: {} of {} differ (worst {} ulp)", s.1, s.0, s.2);
        }
    }
}
