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
        "erf" => erf,
        "erfc" => erfc,
        "erfinv" => erfinv,
        "erfcinv" => erfcinv,
        "gamma" => gamma,
        "j0" => j0,
        "j1" => j1,
        "y0" => y0,
        "y1" => y1,
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
            let x = if name == "pow10" { 0.0 } else { f(args[0]) };
            let ok = match name {
                "lgamma" => {
                    let (lg, sg) = lgamma(x);
                    same(lg, want[0]) && sg.to_string() == want[1]
                }
                "sincos" => {
                    let (s, c) = sincos(x);
                    same(s, want[0]) && same(c, want[1])
                }
                "jn" => same(jn(args[1].parse().unwrap(), x), want[0]),
                "yn" => same(yn(args[1].parse().unwrap(), x), want[0]),
                "pow10" => same(pow10(args[0].parse().unwrap()), want[0]),
                "fma" => same(fma(x, f(args[1]), f(args[2])), want[0]),
                "nextafter32" => {
                    let h = |s: &str| f32::from_bits(u32::from_str_radix(s, 16).unwrap());
                    let got = nextafter32(h(args[0]), h(args[1]));
                    let want = h(want[0]);
                    (got.is_nan() && want.is_nan()) || got.to_bits() == want.to_bits()
                }
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
            if std::env::var("MATH_SHOW").is_ok() {
                eprintln!("miss: {line}");
            }
            e.1 += 1;
            e.2 = e.2.max(dist);
        }
    }
    stats
}

#[test]
fn go_algorithms_match_go_bit_for_bit() {
    let stats = run_all();
    assert!(stats.values().map(|s| s.0).sum::<usize>() > 30000);
    let bad: Vec<String> = stats
        .iter()
        .filter(|(_, s)| s.1 > 0)
        .map(|(name, s)| format!("{name}: {} of {} differ (worst {} ulp)", s.1, s.0, s.2))
        .collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn software_fma_matches_go() {
    // fma.go's software path, checked against the same cases (gc uses it without FMA
    // hardware); a zero result may differ in sign from the instruction's.
    for line in CASES.lines().filter(|l| l.starts_with("fma\t")) {
        let a: Vec<&str> = line.split('\t').collect();
        let got = special::soft_fma_for_test(f(a[1]), f(a[2]), f(a[3]));
        let want = f(a[5]);
        assert!(
            (got.is_nan() && want.is_nan()) || got == want,
            "{line}: got {got:e}"
        );
    }
}
