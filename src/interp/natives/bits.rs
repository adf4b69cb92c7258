//! Natives of the `math/bits` package. Arguments narrower than 64 bits arrive
//! zero-extended in their register and results are written back zero-extended.
//! `Div*` and `Rem*` panic as Go's do: `divideError` for a zero divisor and
//! `overflowError` when the quotient does not fit.

use super::{NativeCall, NativeFn};
use crate::interp::vm::Trap;

fn overflow() -> Trap {
    Trap::RuntimeError("integer overflow".into())
}

macro_rules! unary {
    ($t:ty, |$x:ident| $e:expr) => {
        |c: &mut NativeCall| {
            let $x = c.regs[0] as $t;
            c.regs[0] = $e as u64;
            Ok(())
        }
    };
}

macro_rules! rotate {
    ($t:ty) => {
        |c: &mut NativeCall| {
            let x = c.regs[0] as $t;
            let k = c.regs[1] as i64;
            // s := uint(k) & (n - 1): a negative k rotates right.
            c.regs[0] = x.rotate_left((k as u64 & (<$t>::BITS as u64 - 1)) as u32) as u64;
            Ok(())
        }
    };
}

/// The natives of `math/bits`, by qualified name.
pub fn lookup(q: &str) -> Option<NativeFn> {
    Some(match q {
        "bits.LeadingZeros" | "bits.LeadingZeros64" => unary!(u64, |x| x.leading_zeros()),
        "bits.LeadingZeros8" => unary!(u8, |x| x.leading_zeros()),
        "bits.LeadingZeros16" => unary!(u16, |x| x.leading_zeros()),
        "bits.LeadingZeros32" => unary!(u32, |x| x.leading_zeros()),
        "bits.TrailingZeros" | "bits.TrailingZeros64" => unary!(u64, |x| x.trailing_zeros()),
        "bits.TrailingZeros8" => unary!(u8, |x| x.trailing_zeros()),
        "bits.TrailingZeros16" => unary!(u16, |x| x.trailing_zeros()),
        "bits.TrailingZeros32" => unary!(u32, |x| x.trailing_zeros()),
        "bits.OnesCount" | "bits.OnesCount64" => unary!(u64, |x| x.count_ones()),
        "bits.OnesCount8" => unary!(u8, |x| x.count_ones()),
        "bits.OnesCount16" => unary!(u16, |x| x.count_ones()),
        "bits.OnesCount32" => unary!(u32, |x| x.count_ones()),
        "bits.RotateLeft" | "bits.RotateLeft64" => rotate!(u64),
        "bits.RotateLeft8" => rotate!(u8),
        "bits.RotateLeft16" => rotate!(u16),
        "bits.RotateLeft32" => rotate!(u32),
        "bits.Reverse" | "bits.Reverse64" => unary!(u64, |x| x.reverse_bits()),
        "bits.Reverse8" => unary!(u8, |x| x.reverse_bits()),
        "bits.Reverse16" => unary!(u16, |x| x.reverse_bits()),
        "bits.Reverse32" => unary!(u32, |x| x.reverse_bits()),
        "bits.ReverseBytes" | "bits.ReverseBytes64" => unary!(u64, |x| x.swap_bytes()),
        "bits.ReverseBytes16" => unary!(u16, |x| x.swap_bytes()),
        "bits.ReverseBytes32" => unary!(u32, |x| x.swap_bytes()),
        "bits.Len" | "bits.Len64" => unary!(u64, |x| 64 - x.leading_zeros()),
        "bits.Len8" => unary!(u8, |x| 8 - x.leading_zeros()),
        "bits.Len16" => unary!(u16, |x| 16 - x.leading_zeros()),
        "bits.Len32" => unary!(u32, |x| 32 - x.leading_zeros()),
        "bits.Add" | "bits.Add64" => |c| {
            let (x, y, carry) = (c.regs[0], c.regs[1], c.regs[2]);
            let sum = x.wrapping_add(y).wrapping_add(carry);
            // carryOut := ((x & y) | ((x | y) &^ sum)) >> 63
            c.regs[0] = sum;
            c.regs[1] = ((x & y) | ((x | y) & !sum)) >> 63;
            Ok(())
        },
        "bits.Add32" => |c| {
            let (x, y, carry) = (c.regs[0] as u32, c.regs[1] as u32, c.regs[2] as u32);
            let sum64 = x as u64 + y as u64 + carry as u64;
            c.regs[0] = sum64 as u32 as u64;
            c.regs[1] = (sum64 >> 32) as u32 as u64;
            Ok(())
        },
        "bits.Sub" | "bits.Sub64" => |c| {
            let (x, y, borrow) = (c.regs[0], c.regs[1], c.regs[2]);
            let diff = x.wrapping_sub(y).wrapping_sub(borrow);
            // borrowOut := ((^x & y) | (^(x ^ y) & diff)) >> 63
            c.regs[0] = diff;
            c.regs[1] = ((!x & y) | (!(x ^ y) & diff)) >> 63;
            Ok(())
        },
        "bits.Sub32" => |c| {
            let (x, y, borrow) = (c.regs[0] as u32, c.regs[1] as u32, c.regs[2] as u32);
            let diff = x.wrapping_sub(y).wrapping_sub(borrow);
            c.regs[0] = diff as u64;
            c.regs[1] = (((!x & y) | (!(x ^ y) & diff)) >> 31) as u64;
            Ok(())
        },
        "bits.Mul" | "bits.Mul64" => |c| {
            let p = c.regs[0] as u128 * c.regs[1] as u128;
            c.regs[0] = (p >> 64) as u64;
            c.regs[1] = p as u64;
            Ok(())
        },
        "bits.Mul32" => |c| {
            let p = c.regs[0] as u32 as u64 * c.regs[1] as u32 as u64;
            c.regs[0] = p >> 32;
            c.regs[1] = p as u32 as u64;
            Ok(())
        },
        "bits.Div" | "bits.Div64" => |c| {
            let (hi, lo, y) = (c.regs[0], c.regs[1], c.regs[2]);
            if y == 0 {
                return Err(Trap::DivideByZero);
            }
            if y <= hi {
                return Err(overflow());
            }
            let n = (hi as u128) << 64 | lo as u128;
            c.regs[0] = (n / y as u128) as u64;
            c.regs[1] = (n % y as u128) as u64;
            Ok(())
        },
        "bits.Div32" => |c| {
            let (hi, lo, y) = (c.regs[0] as u32, c.regs[1] as u32, c.regs[2] as u32);
            if y != 0 && y <= hi {
                return Err(overflow());
            }
            if y == 0 {
                return Err(Trap::DivideByZero);
            }
            let z = (hi as u64) << 32 | lo as u64;
            c.regs[0] = (z / y as u64) as u32 as u64;
            c.regs[1] = (z % y as u64) as u32 as u64;
            Ok(())
        },
        "bits.Rem" | "bits.Rem64" => |c| {
            let (hi, lo, y) = (c.regs[0], c.regs[1], c.regs[2]);
            if y == 0 {
                return Err(Trap::DivideByZero);
            }
            // Rem64(hi, lo, y) = Div64(hi%y, lo, y)'s remainder: it never overflows.
            let n = ((hi % y) as u128) << 64 | lo as u128;
            c.regs[0] = (n % y as u128) as u64;
            Ok(())
        },
        "bits.Rem32" => |c| {
            let (hi, lo, y) = (c.regs[0] as u32, c.regs[1] as u32, c.regs[2] as u32);
            if y == 0 {
                return Err(Trap::DivideByZero);
            }
            let z = (hi as u64) << 32 | lo as u64;
            c.regs[0] = (z % y as u64) as u32 as u64;
            Ok(())
        },
        _ => return None,
    })
}
