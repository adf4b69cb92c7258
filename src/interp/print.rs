//! The `print` and `println` builtins' formatting, which is also how the runtime prints
//! panic values of basic kinds (`panic: +1.500000e+000`). Mirrors runtime/print.go: these
//! are not fmt's formats (floats always print as `+d.dddddde±ddd`, pointers as hex).

/// `printfloat`: seven significant digits in Go's own exponent form.
pub fn float(out: &mut String, v: f64) {
    if v.is_nan() {
        out.push_str("NaN");
        return;
    }
    if v + v == v && v > 0.0 {
        out.push_str("+Inf");
        return;
    }
    if v + v == v && v < 0.0 {
        out.push_str("-Inf");
        return;
    }
    const N: usize = 7;
    let mut buf = [0u8; N + 7];
    buf[0] = b'+';
    let mut e: i32 = 0;
    let mut v = v;
    if v == 0.0 {
        if v.is_sign_negative() {
            buf[0] = b'-';
        }
    } else {
        if v < 0.0 {
            v = -v;
            buf[0] = b'-';
        }
        while v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
        while v < 1.0 {
            e -= 1;
            v *= 10.0;
        }
        let mut h = 5.0;
        for _ in 0..N {
            h /= 10.0;
        }
        v += h;
        if v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
    }
    for i in 0..N {
        let s = v as i64;
        buf[i + 2] = (s as u8).wrapping_add(b'0');
        v -= s as f64;
        v *= 10.0;
    }
    buf[1] = buf[2];
    buf[2] = b'.';
    buf[N + 2] = b'e';
    buf[N + 3] = b'+';
    if e < 0 {
        e = -e;
        buf[N + 3] = b'-';
    }
    buf[N + 4] = (e / 100) as u8 + b'0';
    buf[N + 5] = ((e / 10) % 10) as u8 + b'0';
    buf[N + 6] = (e % 10) as u8 + b'0';
    out.push_str(std::str::from_utf8(&buf).unwrap_or("?"));
}

/// `printcomplex`: `(` real imag `i)` with both parts as floats.
pub fn complex(out: &mut String, re: f64, im: f64) {
    out.push('(');
    float(out, re);
    float(out, im);
    out.push_str("i)");
}

pub fn int(out: &mut String, v: i64) {
    out.push_str(&v.to_string());
}

pub fn uint(out: &mut String, v: u64) {
    out.push_str(&v.to_string());
}

/// `printhex`: `0x` and lower-case hex digits, no padding.
pub fn hex(out: &mut String, v: u64) {
    out.push_str(&format!("{v:#x}"));
}

pub fn bool(out: &mut String, v: bool) {
    out.push_str(if v { "true" } else { "false" });
}

/// `printslice`: `[len/cap]0xADDR`.
pub fn slice(out: &mut String, ptr: u64, len: i64, cap: i64) {
    out.push_str(&format!("[{len}/{cap}]"));
    hex(out, ptr);
}

/// `printeface` / `printiface`: `(0xTYPE,0xDATA)`.
pub fn iface(out: &mut String, ty: u64, data: u64) {
    out.push('(');
    hex(out, ty);
    out.push(',');
    hex(out, data);
    out.push(')');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: f64) -> String {
        let mut s = String::new();
        float(&mut s, v);
        s
    }

    /// Expected strings printed by go1.23.5 `println(v)`.
    #[test]
    fn floats_as_go_prints_them() {
        assert_eq!(f(1.5), "+1.500000e+000");
        assert_eq!(f(0.0), "+0.000000e+000");
        assert_eq!(f(-0.0), "-0.000000e+000");
        assert_eq!(f(3.14159265), "+3.141593e+000");
        assert_eq!(f(1e100), "+1.000000e+100");
        assert_eq!(f(-2.5e-7), "-2.500000e-007");
        assert_eq!(f(f64::INFINITY), "+Inf");
        assert_eq!(f(f64::NEG_INFINITY), "-Inf");
        assert_eq!(f(f64::NAN), "NaN");
        assert_eq!(f(9.9999999), "+1.000000e+001");
    }

    #[test]
    fn complex_and_hex() {
        let mut s = String::new();
        complex(&mut s, 1.0, -2.0);
        assert_eq!(s, "(+1.000000e+000-2.000000e+000i)");
        let mut s = String::new();
        hex(&mut s, 0xc000012345);
        assert_eq!(s, "0xc000012345");
        let mut s = String::new();
        slice(&mut s, 0xc000010000, 3, 4);
        assert_eq!(s, "[3/4]0xc000010000");
    }
}
