//! Tests of the fmt engine: a tree-shaped test value implementing `FmtValue`, and a runner
//! for the cases in `cases.rs`, whose expected output was produced by real Go.

pub(super) use super::Kind as K;
pub(super) use super::Method as M;
use super::{FmtValue, PanicValue, State, errorf, sprint, sprintf, sprintln};

/// Which entry point a case exercises.
#[derive(Clone, Copy, Debug)]
pub(super) enum Mode {
    Printf,
    Sprint,
    Sprintln,
    Errorf,
}

/// One generated case.
pub(super) struct Case {
    pub mode: Mode,
    pub format: &'static [u8],
    pub args: Vec<TV>,
    pub want: &'static [u8],
    /// For `Errorf`: the indexes of the arguments the error unwraps to.
    pub wrapped: Vec<usize>,
}

/// The data of a test value.
#[derive(Clone, Debug)]
pub(super) enum D {
    B(bool),
    I(i64),
    U(u64),
    F(f64),
    C(f64, f64),
    S(Vec<u8>),
    /// Element kind, nil-ness, address of the first element, elements.
    Seq(K, bool, usize, Vec<TV>),
    /// Fields: name, exported, value.
    Struct(Vec<(&'static str, bool, TV)>),
    /// Nil-ness, address, entries.
    Map(bool, usize, Vec<(TV, TV)>),
    /// Address and target.
    Ptr(usize, Option<Box<TV>>),
    Iface(Option<Box<TV>>),
    /// A func, chan or unsafe pointer: just an address.
    Addr(usize),
}

/// A test value: a kind, a type string, data, and the results of its methods.
#[derive(Clone, Debug)]
pub(super) struct TV {
    kind: K,
    ty: &'static str,
    data: D,
    tid: usize,
    methods: Vec<(M, Result<&'static [u8], TV>)>,
    fmtr: bool,
}

/// Builds a test value.
pub(super) fn t(kind: K, ty: &'static str, data: D) -> TV {
    TV {
        kind,
        ty,
        data,
        tid: 0,
        methods: Vec::new(),
        fmtr: false,
    }
}

/// A nil interface (an untyped nil argument).
pub(super) fn nil() -> TV {
    t(K::Interface, "interface {}", D::Iface(None))
}

impl TV {
    /// Adds a method that returns `s`.
    pub(super) fn m(mut self, m: M, s: &'static [u8]) -> TV {
        self.methods.push((m, Ok(s)));
        self
    }

    /// Adds a method that panics with `v`.
    pub(super) fn mp(mut self, m: M, v: TV) -> TV {
        self.methods.push((m, Err(v)));
        self
    }

    /// Marks the value as a `fmt.Formatter` (it formats like the Go program's `Fm`).
    pub(super) fn fmtr(mut self) -> TV {
        self.fmtr = true;
        self
    }

    /// Sets the type identity used to order interface map keys.
    pub(super) fn tid(mut self, id: usize) -> TV {
        self.tid = id;
        self
    }
}

impl FmtValue for TV {
    fn kind(&self) -> K {
        self.kind
    }
    fn type_string(&self) -> String {
        self.ty.to_string()
    }
    fn type_id(&self) -> usize {
        self.tid
    }
    fn bool_value(&self) -> bool {
        match self.data {
            D::B(b) => b,
            _ => panic!("not a bool"),
        }
    }
    fn int_value(&self) -> i64 {
        match self.data {
            D::I(i) => i,
            _ => panic!("not an int"),
        }
    }
    fn uint_value(&self) -> u64 {
        match self.data {
            D::U(u) => u,
            _ => panic!("not a uint"),
        }
    }
    fn float_value(&self) -> f64 {
        match self.data {
            D::F(f) => f,
            _ => panic!("not a float"),
        }
    }
    fn complex_value(&self) -> (f64, f64) {
        match self.data {
            D::C(r, i) => (r, i),
            _ => panic!("not a complex"),
        }
    }
    fn string_value(&self) -> Vec<u8> {
        match &self.data {
            D::S(s) => s.clone(),
            _ => panic!("not a string"),
        }
    }
    fn is_nil(&self) -> bool {
        match &self.data {
            D::Seq(_, nil, _, _) | D::Map(nil, _, _) => *nil,
            D::Ptr(_, target) => target.is_none(),
            D::Iface(inner) => inner.is_none(),
            D::Addr(a) => *a == 0,
            _ => false,
        }
    }
    fn pointer(&self) -> usize {
        match &self.data {
            D::Seq(_, _, a, _) | D::Map(_, a, _) | D::Ptr(a, _) | D::Addr(a) => *a,
            _ => 0,
        }
    }
    fn len(&self) -> usize {
        match &self.data {
            D::Seq(_, _, _, items) => items.len(),
            D::Struct(fields) => fields.len(),
            _ => panic!("no length"),
        }
    }
    fn elem_kind(&self) -> K {
        match &self.data {
            D::Seq(k, _, _, _) => *k,
            _ => panic!("no elements"),
        }
    }
    fn index(&self, i: usize) -> Box<dyn FmtValue + '_> {
        match &self.data {
            D::Seq(_, _, _, items) => Box::new(items[i].clone()),
            _ => panic!("not indexable"),
        }
    }
    fn field_name(&self, i: usize) -> (String, bool) {
        match &self.data {
            D::Struct(fields) => (fields[i].0.to_string(), fields[i].1),
            _ => panic!("not a struct"),
        }
    }
    fn field(&self, i: usize) -> Box<dyn FmtValue + '_> {
        match &self.data {
            D::Struct(fields) => Box::new(fields[i].2.clone()),
            _ => panic!("not a struct"),
        }
    }
    fn map_entries(&self) -> Vec<(Box<dyn FmtValue + '_>, Box<dyn FmtValue + '_>)> {
        match &self.data {
            D::Map(_, _, es) => es
                .iter()
                .map(|(k, v)| {
                    (
                        Box::new(k.clone()) as Box<dyn FmtValue>,
                        Box::new(v.clone()) as Box<dyn FmtValue>,
                    )
                })
                .collect(),
            _ => panic!("not a map"),
        }
    }
    fn elem(&self) -> Option<Box<dyn FmtValue + '_>> {
        match &self.data {
            D::Ptr(_, target) | D::Iface(target) => target
                .as_ref()
                .map(|v| Box::new((**v).clone()) as Box<dyn FmtValue>),
            _ => panic!("no elem"),
        }
    }
    fn has_method(&self, m: M) -> bool {
        self.methods.iter().any(|(n, _)| *n == m)
    }
    fn call_method(&self, m: M) -> Result<Vec<u8>, PanicValue> {
        match &self
            .methods
            .iter()
            .find(|(n, _)| *n == m)
            .expect("method exists")
            .1
        {
            Ok(s) => Ok(s.to_vec()),
            Err(v) => Err(Box::new(v.clone())),
        }
    }
    fn is_formatter(&self) -> bool {
        self.fmtr
    }
    fn call_format(&self, state: &mut State<'_>, verb: char) -> Result<(), PanicValue> {
        // Mirrors the Go program's Fm.Format, printing through this engine.
        let int = |i: i64| t(K::Int, "int", D::I(i));
        let boolean = |b: bool| t(K::Bool, "bool", D::B(b));
        let args = [
            t(K::Int32, "int32", D::I(verb as i64)),
            int(state.width().unwrap_or(0) as i64),
            boolean(state.width().is_some()),
            int(state.precision().unwrap_or(0) as i64),
            boolean(state.precision().is_some()),
            boolean(state.flag('-')),
            boolean(state.flag('+')),
            boolean(state.flag('#')),
            boolean(state.flag(' ')),
            boolean(state.flag('0')),
            t(K::String, "string", D::S(super::format_string(state, verb))),
            int(self.int_value()),
        ];
        let refs: Vec<&dyn FmtValue> = args.iter().map(|a| a as &dyn FmtValue).collect();
        let mut out = Vec::new();
        sprintf(&mut out, b"Fm[%c %d/%v %d/%v %v%v%v%v%v %s]%d", &refs)?;
        state.write(&out);
        Ok(())
    }
}

fn show(b: &[u8]) -> String {
    format!("{:?}", String::from_utf8_lossy(b))
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
        let refs: Vec<&dyn FmtValue> = c.args.iter().map(|a| a as &dyn FmtValue).collect();
        let mut out = Vec::new();
        let mut wrapped = Vec::new();
        let r = match c.mode {
            Mode::Printf => sprintf(&mut out, c.format, &refs),
            Mode::Sprint => sprint(&mut out, &refs),
            Mode::Sprintln => sprintln(&mut out, &refs),
            Mode::Errorf => errorf(c.format, &refs).map(|e| {
                out = e.msg;
                wrapped = e.wrapped;
            }),
        };
        if r.is_err() {
            failures.push(format!(
                "#{n} {:?} {}: escaped panic",
                c.mode,
                show(c.format)
            ));
        } else if out != c.want || wrapped != c.wrapped {
            failures.push(format!(
                "#{n} {:?} {} args {:?}\n   want {} wrapped {:?}\n    got {} wrapped {:?}",
                c.mode,
                show(c.format),
                c.args.iter().map(|a| a.ty).collect::<Vec<_>>(),
                show(c.want),
                c.wrapped,
                show(&out),
                wrapped
            ));
        }
    }
    eprintln!(
        "fmt: {} of {} Go-generated cases pass",
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
