//! Tests of strconv against the cases in `cases.rs`, whose expected results real Go
//! produced.

use super::*;

/// One generated case; byte strings are inputs and Go's outputs, `u64`s are float bits,
/// and an empty error text means success.
pub(super) enum S {
    /// Value bits, format, precision, bit size, Go's text.
    FormatFloat(u64, u8, i32, u32, &'static [u8]),
    /// Input, bit size, Go's value bits, Go's error text.
    ParseFloat(&'static [u8], u32, u64, &'static [u8]),
    /// Input, base, bit size, Go's value, Go's error text.
    ParseInt(&'static [u8], i64, i64, i64, &'static [u8]),
    ParseUint(&'static [u8], i64, i64, u64, &'static [u8]),
    Atoi(&'static [u8], i64, &'static [u8]),
    ParseBool(&'static [u8], bool, &'static [u8]),
    FormatInt(i64, u32, &'static [u8]),
    FormatUint(u64, u32, &'static [u8]),
    /// Input, Quote, QuoteToASCII, CanBackquote.
    Quote(&'static [u8], &'static [u8], &'static [u8], bool),
    /// Rune, QuoteRune, QuoteRuneToASCII.
    QuoteRune(i64, &'static [u8], &'static [u8]),
    /// Input, Go's result, whether Go succeeded.
    Unquote(&'static [u8], &'static [u8], bool),
}

fn show(b: &[u8]) -> String {
    format!("{:?}", String::from_utf8_lossy(b))
}

fn err_text(e: &Option<NumError>) -> Vec<u8> {
    e.as_ref().map(|e| e.message()).unwrap_or_default()
}

/// Compares float bits, treating any NaN as equal to any NaN.
fn same_float(a: f64, b: u64) -> bool {
    let b = f64::from_bits(b);
    a.to_bits() == b.to_bits() || a.is_nan() && b.is_nan()
}

#[test]
fn go_generated_cases() {
    // The generated table is one large function; give it room in debug builds.
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(run_generated_cases)
        .expect("spawn")
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e));
}

fn run_generated_cases() {
    let cases = super::cases::cases();
    let mut failures = Vec::new();
    for (n, c) in cases.iter().enumerate() {
        let fail = match *c {
            S::FormatFloat(bits, f, prec, size, want) => {
                let got = format_float(f64::from_bits(bits), f, prec, size);
                (got.as_bytes() != want).then(|| {
                    format!(
                        "FormatFloat({:e}, {}, {prec}, {size}) = {got:?}, want {}",
                        f64::from_bits(bits),
                        f as char,
                        show(want)
                    )
                })
            }
            S::ParseFloat(s, size, bits, err) => {
                let (v, e) = parse_float_go(s, size);
                (!same_float(v, bits) || err_text(&e) != err).then(|| {
                    format!(
                        "ParseFloat({}, {size}) = {v:e} {}, want {:e} {}",
                        show(s),
                        show(&err_text(&e)),
                        f64::from_bits(bits),
                        show(err)
                    )
                })
            }
            S::ParseInt(s, base, size, want, err) => {
                let (v, e) = parse_int_go(s, base, size);
                (v != want || err_text(&e) != err).then(|| {
                    format!(
                        "ParseInt({}, {base}, {size}) = {v} {}, want {want} {}",
                        show(s),
                        show(&err_text(&e)),
                        show(err)
                    )
                })
            }
            S::ParseUint(s, base, size, want, err) => {
                let (v, e) = parse_uint_go(s, base, size);
                (v != want || err_text(&e) != err).then(|| {
                    format!(
                        "ParseUint({}, {base}, {size}) = {v} {}, want {want} {}",
                        show(s),
                        show(&err_text(&e)),
                        show(err)
                    )
                })
            }
            S::Atoi(s, want, err) => {
                let (v, e) = atoi_go(s);
                (v != want || err_text(&e) != err).then(|| {
                    format!(
                        "Atoi({}) = {v} {}, want {want} {}",
                        show(s),
                        show(&err_text(&e)),
                        show(err)
                    )
                })
            }
            S::ParseBool(s, want, err) => {
                let r = parse_bool(s);
                let (v, e) = match r {
                    Ok(b) => (b, None),
                    Err(e) => (false, Some(e)),
                };
                (v != want || err_text(&e) != err).then(|| {
                    format!(
                        "ParseBool({}) = {v} {}, want {want} {}",
                        show(s),
                        show(&err_text(&e)),
                        show(err)
                    )
                })
            }
            S::FormatInt(v, base, want) => {
                let got = format_int(v, base);
                (got.as_bytes() != want)
                    .then(|| format!("FormatInt({v}, {base}) = {got}, want {}", show(want)))
            }
            S::FormatUint(v, base, want) => {
                let got = format_uint(v, base);
                (got.as_bytes() != want)
                    .then(|| format!("FormatUint({v}, {base}) = {got}, want {}", show(want)))
            }
            S::Quote(s, q, qa, cb) => {
                let (gq, gqa, gcb) = (quote(s), quote_to_ascii(s), can_backquote(s));
                (gq != q || gqa != qa || gcb != cb).then(|| {
                    format!(
                        "Quote({}) = {} {} {gcb}, want {} {} {cb}",
                        show(s),
                        show(&gq),
                        show(&gqa),
                        show(q),
                        show(qa)
                    )
                })
            }
            S::QuoteRune(r, q, qa) => {
                let (gq, gqa) = (quote_rune(r), quote_rune_to_ascii(r));
                (gq != q || gqa != qa).then(|| {
                    format!(
                        "QuoteRune({r}) = {} {}, want {} {}",
                        show(&gq),
                        show(&gqa),
                        show(q),
                        show(qa)
                    )
                })
            }
            S::Unquote(s, want, ok) => {
                let got = unquote(s);
                let good = match &got {
                    Ok(v) => ok && v == want,
                    Err(_) => !ok,
                };
                (!good).then(|| {
                    format!(
                        "Unquote({}) = {got:?}, want {} ok={ok}",
                        show(s),
                        show(want)
                    )
                })
            }
        };
        if let Some(f) = fail {
            failures.push(format!("#{n} {f}"));
        }
    }
    eprintln!(
        "strconv: {} of {} Go-generated cases pass",
        cases.len() - failures.len(),
        cases.len()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
