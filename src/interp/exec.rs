//! Running a compiled program: start `main.main` on goroutine 1, and turn how it ends into
//! what a Go program prints and its exit status.

use super::bytecode::Program;
use super::goroutines::{GoRef, GoSched, MData, World};
use super::panic::{PanicRecord, indented, print_panics, sigsegv_line, traceback};
use super::print;
use super::vm::{self, Env, Exit, Goroutine, Output, Trap};
use crate::runtime::heap::Mcache;
use crate::runtime::heap::heap;
use crate::runtime::sched::{self, MCtx, Runner, Sched, Status, Stop};
use parking_lot::Mutex;
use std::io::Write;

/// The process's own streams. Standard output is buffered (and flushed before anything is
/// written to standard error, so the two interleave as Go's unbuffered writes do).
pub struct ProcessOutput {
    stdout: Mutex<std::io::BufWriter<std::io::Stdout>>,
}

impl Default for ProcessOutput {
    fn default() -> Self {
        ProcessOutput {
            stdout: Mutex::new(std::io::BufWriter::with_capacity(
                64 << 10,
                std::io::stdout(),
            )),
        }
    }
}

impl ProcessOutput {
    pub fn flush(&self) {
        let _ = self.stdout.lock().flush();
    }
}

impl Output for ProcessOutput {
    fn stdout(&self, b: &[u8]) {
        let _ = self.stdout.lock().write_all(b);
    }
    fn flush(&self) {
        let _ = self.stdout.lock().flush();
    }
    fn stderr(&self, b: &[u8]) {
        let mut out = self.stdout.lock();
        let _ = out.flush();
        let _ = std::io::stderr().write_all(b);
    }
}

/// How the runtime prints a panic value (`printpanicval`, runtime/error.go): error and
/// Stringer values by their method (the runtime's own errors are their text), basic kinds
/// with `print`'s formats (`main.MyInt(3)` when named), anything else as `(T) 0xADDR`.
pub fn panic_value_text(prog: &Program, tw: u64, data: u64) -> String {
    use super::rtype::Kind as K;
    let Some(ty) = prog.rtypes.from_word(tw) else {
        return "nil".into();
    };
    let rt = prog.rtypes.get(ty);
    let h = heap();
    let string_at = |a: u64| -> String {
        let (p, n) = (h.load_u64(a).unwrap_or(0), h.load_u64(a + 8).unwrap_or(0));
        let b = if n == 0 {
            Vec::new()
        } else {
            h.read_bytes(p, n).unwrap_or_default()
        };
        String::from_utf8_lossy(&b).into_owned()
    };
    if prog.runtime_types.contains(&ty) {
        return indented(&string_at(data));
    }
    let mut v = String::new();
    let named = rt.named;
    match rt.kind {
        K::String => {
            let t = indented(&string_at(data));
            return if named {
                format!("{}(\"{t}\")", rt.name)
            } else {
                t
            };
        }
        K::Bool => print::bool(&mut v, h.load_u8(data).unwrap_or(0) != 0),
        K::Int | K::Int64 => print::int(&mut v, h.load_u64(data).unwrap_or(0) as i64),
        K::Int8 => print::int(&mut v, h.load_u8(data).unwrap_or(0) as i8 as i64),
        K::Int16 => print::int(&mut v, h.load_u16(data).unwrap_or(0) as i16 as i64),
        K::Int32 => print::int(&mut v, h.load_u32(data).unwrap_or(0) as i32 as i64),
        K::Uint | K::Uint64 | K::Uintptr => print::uint(&mut v, h.load_u64(data).unwrap_or(0)),
        K::Uint8 => print::uint(&mut v, h.load_u8(data).unwrap_or(0) as u64),
        K::Uint16 => print::uint(&mut v, h.load_u16(data).unwrap_or(0) as u64),
        K::Uint32 => print::uint(&mut v, h.load_u32(data).unwrap_or(0) as u64),
        K::Float32 => print::float(&mut v, f32::from_bits(h.load_u32(data).unwrap_or(0)) as f64),
        K::Float64 => print::float(&mut v, f64::from_bits(h.load_u64(data).unwrap_or(0))),
        K::Complex64 => print::complex(
            &mut v,
            f32::from_bits(h.load_u32(data).unwrap_or(0)) as f64,
            f32::from_bits(h.load_u32(data + 4).unwrap_or(0)) as f64,
        ),
        K::Complex128 => print::complex(
            &mut v,
            f64::from_bits(h.load_u64(data).unwrap_or(0)),
            f64::from_bits(h.load_u64(data + 8).unwrap_or(0)),
        ),
        _ => return format!("({}) {:#x}", rt.name, data),
    }
    match (named, rt.kind) {
        (true, K::Complex64 | K::Complex128) => format!("{}{v}", rt.name),
        (true, _) => format!("{}({v})", rt.name),
        _ => v,
    }
}

/// The text of a panic value as Go prints it: `Error()` for an error, `String()` for a
/// Stringer (called on the panicking goroutine, as `preprintpanics` does), else
/// [`panic_value_text`].
fn preprint(prog: &Program, g: &mut Goroutine, env: &mut Env, tw: u64, data: u64) -> String {
    use super::natives::{MethodCaller, ReentrantCall};
    if let Some(ty) = prog.rtypes.from_word(tw) {
        if !prog.runtime_types.contains(&ty) {
            for name in ["Error", "String"] {
                if prog.rtypes.get(ty).method(name).is_some() {
                    let mut call = ReentrantCall {
                        g: &mut *g,
                        env: &mut *env,
                        prog,
                        base: 0,
                        failed: None,
                    };
                    if let Ok(b) = call.call_string_method(ty, data, name) {
                        return indented(&String::from_utf8_lossy(&b));
                    }
                }
            }
        }
    }
    panic_value_text(prog, tw, data)
}

/// GOMAXPROCS as Go 1.23 sets it: the `GOMAXPROCS` environment variable when it is a
/// positive number, else the CPUs in the process's affinity mask (cgroup quotas do not
/// count in 1.23).
pub fn default_gomaxprocs() -> usize {
    if let Some(n) = std::env::var("GOMAXPROCS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|n| *n > 0)
    {
        return n;
    }
    num_cpu()
}

/// `runtime.NumCPU`: the CPUs in the process's affinity mask.
pub fn num_cpu() -> usize {
    affinity_cpus().unwrap_or(1)
}

fn affinity_cpus() -> Option<usize> {
    // SAFETY: sched_getaffinity writes at most sizeof(cpu_set_t) bytes into `set`, which
    // is a plain bit array; CPU_COUNT only reads it.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        if libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set) != 0 {
            return None;
        }
        let n = libc::CPU_COUNT(&set);
        (n > 0).then_some(n as usize)
    }
}

/// What every M of one program run shares.
struct Rt<'p> {
    prog: &'p Program,
    out: &'p dyn Output,
    strs: Vec<u64>,
    maps: super::maps::Maps,
    globals: u64,
    world: World,
    /// Go's `paniclk`: one goroutine reports a crash at a time.
    crash: Mutex<()>,
    seed: std::sync::atomic::AtomicU64,
}

/// Runs `prog` to completion; returns the process exit status.
pub fn execute(prog: &Program, out: &dyn Output) -> i32 {
    execute_with(prog, out, default_gomaxprocs())
}

/// Programs run one at a time in a process: they share the one heap, and a collection
/// must see every root of everything that allocated in it.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// [`execute`] with `gomaxprocs` Ps.
pub fn execute_with(prog: &Program, out: &dyn Output, gomaxprocs: usize) -> i32 {
    let _one = ONE_AT_A_TIME.lock();
    crate::runtime::gc::gc().reset_finalizers();
    crate::runtime::gc::gc().abandon_cycle(heap());
    let mut cache = Mcache::new();
    let strs = vm::intern_strings(prog, &mut cache);
    let maps = super::maps::build(prog, &mut cache);
    let globals = if prog.globals_size == 0 {
        0
    } else {
        let mask = &prog.globals_ptrmask;
        heap().alloc(
            &mut cache,
            prog.globals_size,
            if mask.iter().any(|w| *w != 0) {
                Some(mask)
            } else {
                None
            },
        )
    };
    heap().release_mcache(&mut cache);
    let rt = Rt {
        prog,
        out,
        strs,
        maps,
        globals,
        world: World::default(),
        crash: Mutex::new(()),
        seed: std::sync::atomic::AtomicU64::new(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(0x9E3779B97F4A7C15)
                | 1,
        ),
    };
    // Goroutine 1 runs package initialisation (variables, then init functions), then main.
    let main = match prog.init {
        Some(init) => {
            let mut g = Goroutine::new(1, prog, init);
            g.then = Some(prog.main);
            g
        }
        None => Goroutine::new(1, prog, prog.main),
    };
    let (sched, ps) = Sched::new(gomaxprocs);
    sched::run(sched, ps, &rt, main)
}

impl Runner<Goroutine, MData> for Rt<'_> {
    fn gc_wanted(&self) -> bool {
        crate::runtime::gc::gc().wanted()
    }

    fn gc_due(&self) -> bool {
        crate::runtime::gc::gc().trigger_due(heap())
    }

    fn collect(&self, m: &mut MCtx<'_, '_, Goroutine, MData>, md: &mut MData) {
        let mut env = Env {
            out: self.out,
            cache: &mut md.cache,
            scratch: md.scratch,
            rand: &mut md.rand,
            strs: &self.strs,
            maps: &self.maps,
            globals: self.globals,
            world: &self.world,
            m: Some(m),
            me: None,
            suspend: None,
            nested: false,
        };
        super::collect::collect(self.prog, &mut env);
    }

    fn before_stop(&self, md: &mut MData) {
        heap().release_mcache(&mut md.cache);
        // What this thread's write barrier recorded is mark work the collector must see.
        crate::runtime::barrier::flush_current_thread();
    }

    fn gc_worker(&self, sched: &GoSched) {
        super::collect::mark_worker(self.prog, sched);
    }

    fn wake_workers(&self) {
        crate::runtime::gc::gc().kick_worker();
    }

    fn new_m(&self) -> MData {
        let mut cache = Mcache::new();
        let scratch = self.maps.new_scratch(&mut cache);
        self.world.scratch.lock().push(scratch);
        let rand = self
            .seed
            .fetch_add(0x9E3779B97F4A7C15, std::sync::atomic::Ordering::Relaxed)
            | 1;
        MData {
            cache,
            scratch,
            rand,
        }
    }

    fn run(
        &self,
        m: &mut MCtx<'_, '_, Goroutine, MData>,
        md: &mut MData,
        g: &GoRef,
        data: &mut Goroutine,
    ) -> Stop {
        let flag = m.preempt_flag_ref();
        if !std::sync::Arc::ptr_eq(&data.preempt, flag) {
            data.preempt = flag.clone();
        }
        let mut env = Env {
            out: self.out,
            cache: &mut md.cache,
            scratch: md.scratch,
            rand: &mut md.rand,
            strs: &self.strs,
            maps: &self.maps,
            globals: self.globals,
            world: &self.world,
            m: Some(m),
            me: Some(g.clone()),
            suspend: None,
            nested: false,
        };
        loop {
            match vm::run(self.prog, data, &mut env) {
                Exit::Returned => {
                    if let Some(f) = data.then.take() {
                        // Initialisation done: main.main starts.
                        *data = Goroutine {
                            preempt: data.preempt.clone(),
                            ..Goroutine::new(1, self.prog, f)
                        };
                        continue;
                    }
                    if g.id == 1 && !data.goexit {
                        return Stop::Exit(0);
                    }
                    return Stop::Done;
                }
                Exit::Preempted => {
                    // Stopped for the collector (not by sysmon): it resumes in place.
                    let stw = env.m.as_ref().is_some_and(|m| m.sched().stw_pending());
                    let scanned = super::collect::self_scan(self.prog, g, data);
                    if stw || crate::runtime::gc::gc().wanted() {
                        return Stop::Resume;
                    }
                    let must_yield = env.m.as_ref().is_none_or(|m| m.must_yield());
                    if !must_yield {
                        // Asked to stop only so that its stack is scanned (done above, or
                        // by the collector's worker meanwhile): it goes on.
                        let _ = scanned;
                        data.preempt
                            .store(false, std::sync::atomic::Ordering::Relaxed);
                        continue;
                    }
                    return Stop::Preempted;
                }
                Exit::Park => return Stop::Park,
                Exit::Reentrant { .. } => unreachable!("vm::run drives re-entrant natives"),
                Exit::Trap(Trap::Exit(code)) => return Stop::Exit(code),
                Exit::Trap(Trap::Fatal(msg)) => {
                    let sched = env.m.as_ref().map(|m| m.sched());
                    let _l = self.crash.lock();
                    if let Some(s) = sched {
                        s.exit(2);
                    }
                    let mut s = format!("fatal error: {msg}\n\n");
                    let frames = vm::trace(self.prog, &data.frames);
                    self.goroutine_trace(&mut s, g.id, "running", &frames, data);
                    if let Some(sched) = sched {
                        self.others(&mut s, sched, g);
                    }
                    self.out.stderr(s.as_bytes());
                    return Stop::Exit(2);
                }
                Exit::Panicked if data.panics.last().is_some_and(|p| p.goexit) => {
                    // runtime.Goexit ran every deferred call: the goroutine ends (main's
                    // too: the program goes on until the others are done).
                    data.goexit = true;
                    return Stop::Done;
                }
                Exit::Panicked => {
                    // Go's preprintpanics: Error/String methods run on the panicking
                    // goroutine before the world stops.
                    let records = data.panics.clone();
                    let chain: Vec<PanicRecord> = records
                        .iter()
                        .map(|p| PanicRecord {
                            text: preprint(self.prog, data, &mut env, p.tw, p.data),
                            recovered: p.recovered,
                            goexit: false,
                        })
                        .collect();
                    if let Some(s) = env.m.as_ref().map(|m| m.sched()) {
                        s.exit(2);
                    }
                    let _l = self.crash.lock();
                    let mut s = String::new();
                    print_panics(&mut s, &chain);
                    if let Some(addr) = data.panics.last().and_then(|p| p.fault) {
                        s.push_str(&sigsegv_line(addr, 0));
                    }
                    s.push('\n');
                    let frames = data
                        .panics
                        .last()
                        .map(|p| p.trace.clone())
                        .unwrap_or_default();
                    self.goroutine_trace(&mut s, g.id, "running", &frames, data);
                    self.out.stderr(s.as_bytes());
                    return Stop::Exit(2);
                }
                Exit::Trap(t) => {
                    if let Some(s) = env.m.as_ref().map(|m| m.sched()) {
                        s.exit(2);
                    }
                    let _l = self.crash.lock();
                    let mut s = String::new();
                    if t == Trap::StackOverflow {
                        s.push_str("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n");
                    } else {
                        print_panics(
                            &mut s,
                            &[PanicRecord {
                                text: t.message(),
                                recovered: false,
                                goexit: false,
                            }],
                        );
                        s.push('\n');
                    }
                    let frames = vm::trace(self.prog, &data.frames);
                    self.goroutine_trace(&mut s, g.id, "running", &frames, data);
                    self.out.stderr(s.as_bytes());
                    return Stop::Exit(2);
                }
            }
        }
    }

    fn deadlock(&self, sched: &GoSched) -> i32 {
        let _l = self.crash.lock();
        let gs: Vec<GoRef> = sched
            .all_goroutines()
            .into_iter()
            .filter(|g| !g.system.load(std::sync::atomic::Ordering::Relaxed))
            .collect();
        // Only possible when main called runtime.Goexit and every other goroutine ended.
        let mut s = if gs.is_empty() {
            "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n".to_string()
        } else {
            "fatal error: all goroutines are asleep - deadlock!\n".to_string()
        };
        for g in &gs {
            s.push('\n');
            self.goroutine_report(&mut s, g);
        }
        self.out.stderr(s.as_bytes());
        2
    }
}

impl Rt<'_> {
    /// Every goroutine but `me`, as Go's `tracebackothers` prints them after a fatal error.
    /// One goroutine's `goroutine N [status]:` block, its creator's names resolved.
    fn goroutine_trace(
        &self,
        s: &mut String,
        id: u64,
        status: &str,
        frames: &[super::panic::TraceFrame],
        g: &Goroutine,
    ) {
        traceback(
            s,
            id,
            status,
            frames,
            g.created_by.map(|c| c.resolve(self.prog)).as_ref(),
        );
    }

    fn others(&self, s: &mut String, sched: &GoSched, me: &GoRef) {
        for g in sched.all_goroutines() {
            if g.id == me.id || g.system.load(std::sync::atomic::Ordering::Relaxed) {
                continue;
            }
            s.push('\n');
            self.goroutine_report(s, &g);
        }
    }

    /// `goroutine N [status]:` and the goroutine's frames (a goroutine running on another
    /// thread cannot be stopped to look at: Go says so).
    fn goroutine_report(&self, s: &mut String, g: &GoRef) {
        let status = match g.status() {
            Status::Waiting => {
                let r = g.wait_reason().as_str();
                let mut t = if r.is_empty() {
                    "waiting".to_string()
                } else {
                    r.to_string()
                };
                let mins = g.waiting_for().map_or(0, |d| d.as_secs() / 60);
                if mins >= 1 {
                    t.push_str(&format!(", {mins} minutes"));
                }
                t
            }
            Status::Runnable => "runnable".into(),
            Status::Running => "running".into(),
            Status::Syscall => "syscall".into(),
            Status::Dead => "dead".into(),
        };
        match g.data.try_lock() {
            Some(d) => {
                let frames = vm::trace_stopped(self.prog, &d.frames);
                self.goroutine_trace(s, g.id, &status, &frames, &d);
            }
            None => {
                s.push_str(&format!(
                    "goroutine {} [{status}]:\n\tgoroutine running on other thread; stack unavailable\n",
                    g.id
                ));
            }
        }
    }
}
