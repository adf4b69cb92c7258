//! Natives of the `math` package over `crate::stdlib::math`, which is bit-exact with
//! Go's `math` (its pure-Go algorithms where gc does not use an instruction).
//! Floats travel as f64 bits in a register word, float32 too.

use super::{NativeCall, NativeFn};
use crate::interp::vm::Trap;
use crate::stdlib::math as m;

fn f(c: &NativeCall, i: usize) -> f64 {
    f64::from_bits(c.regs[i])
}

fn unary(c: &mut NativeCall, g: fn(f64) -> f64) -> Result<(), Trap> {
    c.regs[0] = g(f(c, 0)).to_bits();
    Ok(())
}

fn binary(c: &mut NativeCall, g: fn(f64, f64) -> f64) -> Result<(), Trap> {
    c.regs[0] = g(f(c, 0), f(c, 1)).to_bits();
    Ok(())
}

/// The natives of `math`, by qualified name.
pub fn lookup(q: &str) -> Option<NativeFn> {
    let name = q.strip_prefix("math.")?;
    Some(match name {
        "Abs" => |c| unary(c, m::abs),
        "Acos" => |c| unary(c, m::acos),
        "Acosh" => |c| unary(c, m::acosh),
        "Asin" => |c| unary(c, m::asin),
        "Asinh" => |c| unary(c, m::asinh),
        "Atan" => |c| unary(c, m::atan),
        "Atanh" => |c| unary(c, m::atanh),
        "Cbrt" => |c| unary(c, m::cbrt),
        "Ceil" => |c| unary(c, m::ceil),
        "Cos" => |c| unary(c, m::cos),
        "Cosh" => |c| unary(c, m::cosh),
        "Exp" => |c| unary(c, m::exp),
        "Exp2" => |c| unary(c, m::exp2),
        "Expm1" => |c| unary(c, m::expm1),
        "Floor" => |c| unary(c, m::floor),
        "Log" => |c| unary(c, m::log),
        "Log10" => |c| unary(c, m::log10),
        "Log1p" => |c| unary(c, m::log1p),
        "Log2" => |c| unary(c, m::log2),
        "Logb" => |c| unary(c, m::logb),
        "Round" => |c| unary(c, m::round),
        "RoundToEven" => |c| unary(c, m::round_to_even),
        "Sin" => |c| unary(c, m::sin),
        "Sinh" => |c| unary(c, m::sinh),
        "Sqrt" => |c| unary(c, m::sqrt),
        "Tan" => |c| unary(c, m::tan),
        "Tanh" => |c| unary(c, m::tanh),
        "Trunc" => |c| unary(c, m::trunc),
        "Erf" => |c| unary(c, m::erf),
        "Erfc" => |c| unary(c, m::erfc),
        "Erfinv" => |c| unary(c, m::erfinv),
        "Erfcinv" => |c| unary(c, m::erfcinv),
        "Gamma" => |c| unary(c, m::gamma),
        "J0" => |c| unary(c, m::j0),
        "J1" => |c| unary(c, m::j1),
        "Y0" => |c| unary(c, m::y0),
        "Y1" => |c| unary(c, m::y1),
        "Lgamma" => |c| {
            let (lg, sign) = m::lgamma(f(c, 0));
            c.regs[0] = lg.to_bits();
            c.regs[1] = sign as u64;
            Ok(())
        },
        "Jn" => |c| {
            c.regs[0] = m::jn(c.regs[0] as i64, f(c, 1)).to_bits();
            Ok(())
        },
        "Yn" => |c| {
            c.regs[0] = m::yn(c.regs[0] as i64, f(c, 1)).to_bits();
            Ok(())
        },
        "Pow10" => |c| {
            c.regs[0] = m::pow10(c.regs[0] as i64).to_bits();
            Ok(())
        },
        "FMA" => |c| {
            c.regs[0] = m::fma(f(c, 0), f(c, 1), f(c, 2)).to_bits();
            Ok(())
        },
        "Nextafter32" => |c| {
            let x = f(c, 0) as f32;
            let y = f(c, 1) as f32;
            c.regs[0] = (m::nextafter32(x, y) as f64).to_bits();
            Ok(())
        },
        "Atan2" => |c| binary(c, m::atan2),
        "Copysign" => |c| binary(c, m::copysign),
        "Dim" => |c| binary(c, m::dim),
        "Hypot" => |c| binary(c, m::hypot),
        "Max" => |c| binary(c, m::max),
        "Min" => |c| binary(c, m::min),
        "Mod" => |c| binary(c, m::modulo),
        "Nextafter" => |c| binary(c, m::nextafter),
        "Pow" => |c| binary(c, m::pow),
        "Remainder" => |c| binary(c, m::remainder),
        "NaN" => |c| {
            c.regs[0] = m::nan().to_bits();
            Ok(())
        },
        "Inf" => |c| {
            c.regs[0] = m::inf(c.regs[0] as i64).to_bits();
            Ok(())
        },
        "IsInf" => |c| {
            c.regs[0] = m::is_inf(f(c, 0), c.regs[1] as i64) as u64;
            Ok(())
        },
        "IsNaN" => |c| {
            c.regs[0] = m::is_nan(f(c, 0)) as u64;
            Ok(())
        },
        "Signbit" => |c| {
            c.regs[0] = m::signbit(f(c, 0)) as u64;
            Ok(())
        },
        "Ilogb" => |c| {
            c.regs[0] = m::ilogb(f(c, 0)) as u64;
            Ok(())
        },
        "Frexp" => |c| {
            let (fr, e) = m::frexp(f(c, 0));
            c.regs[0] = fr.to_bits();
            c.regs[1] = e as u64;
            Ok(())
        },
        "Ldexp" => |c| {
            c.regs[0] = m::ldexp(f(c, 0), c.regs[1] as i64).to_bits();
            Ok(())
        },
        "Modf" => |c| {
            let (i, fr) = m::modf(f(c, 0));
            c.regs[0] = i.to_bits();
            c.regs[1] = fr.to_bits();
            Ok(())
        },
        "Sincos" => |c| {
            let (s, co) = m::sincos(f(c, 0));
            c.regs[0] = s.to_bits();
            c.regs[1] = co.to_bits();
            Ok(())
        },
        "Float64bits" | "Float64frombits" => |_| Ok(()),
        "Float32bits" => |c| {
            c.regs[0] = (f(c, 0) as f32).to_bits() as u64;
            Ok(())
        },
        "Float32frombits" => |c| {
            c.regs[0] = (f32::from_bits(c.regs[0] as u32) as f64).to_bits();
            Ok(())
        },
        _ => return None,
    })
}
