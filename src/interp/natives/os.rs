//! Natives of the `os` package: the command line, `Exit`, and the system calls `os.go`
//! builds files, directories and the environment on. Writes to descriptors 1 and 2 go
//! through the VM's output, so that they interleave with `fmt.Print*`; a read from
//! descriptor 0 first flushes that output, as Go's unbuffered writes would have shown it.
//! Each system call returns Go's errno (0 for success).

use super::{NativeCall, NativeFn, go_string, ret_string};
use crate::interp::vm::Trap;
use crate::runtime::heap::heap;
use std::ffi::CString;
use std::sync::OnceLock;

static ARGS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();

/// Sets the program's `os.Args` (the program name first); called once by the driver
/// before the program runs.
pub fn set_args(args: Vec<Vec<u8>>) {
    let _ = ARGS.set(args);
}

/// The natives of `os`, by qualified name.
pub fn lookup(q: &str) -> Option<NativeFn> {
    Some(match q {
        "os.Exit" => exit,
        "os.runtimeArgs" => runtime_args,
        "os.sysOpen" => sys_open,
        "os.sysRead" => |c| sys_read(c, false),
        "os.sysPread" => |c| sys_read(c, true),
        "os.sysWrite" => |c| sys_write(c, false),
        "os.sysPwrite" => |c| sys_write(c, true),
        "os.sysSeek" => sys_seek,
        "os.sysClose" => |c| fd_call(c, |fd, _| unsafe { libc::close(fd) }),
        "os.sysFsync" => |c| fd_call(c, |fd, _| unsafe { libc::fsync(fd) }),
        "os.sysFtruncate" => |c| fd_call(c, |fd, a| unsafe { libc::ftruncate(fd, a as i64) }),
        "os.sysFchmod" => |c| fd_call(c, |fd, a| unsafe { libc::fchmod(fd, a as u32) }),
        "os.sysFstatSize" => sys_fstat_size,
        "os.sysStat" => sys_stat,
        "os.sysUnlink" => |c| path_call(c, |p, _| unsafe { libc::unlink(p) }),
        "os.sysRmdir" => |c| path_call(c, |p, _| unsafe { libc::rmdir(p) }),
        "os.sysMkdir" => |c| path_call(c, |p, a| unsafe { libc::mkdir(p, a as u32) }),
        "os.sysChdir" => |c| path_call(c, |p, _| unsafe { libc::chdir(p) }),
        "os.sysChmod" => |c| path_call(c, |p, a| unsafe { libc::chmod(p, a as u32) }),
        "os.sysTruncate" => |c| path_call(c, |p, a| unsafe { libc::truncate(p, a as i64) }),
        "os.sysRename" => |c| two_path_call(c, |a, b| unsafe { libc::rename(a, b) }),
        "os.sysLink" => |c| two_path_call(c, |a, b| unsafe { libc::link(a, b) }),
        "os.sysSymlink" => |c| two_path_call(c, |a, b| unsafe { libc::symlink(a, b) }),
        "os.sysReadlink" => sys_readlink,
        "os.sysGetwd" => sys_getwd,
        "os.sysHostname" => sys_hostname,
        "os.sysEnviron" => sys_environ,
        "os.sysRandom" => sys_random,
        "os.Getpid" => |c| id_call(c, unsafe { libc::getpid() } as i64),
        "os.Getppid" => |c| id_call(c, unsafe { libc::getppid() } as i64),
        "os.Getuid" => |c| id_call(c, unsafe { libc::getuid() } as i64),
        "os.Geteuid" => |c| id_call(c, unsafe { libc::geteuid() } as i64),
        "os.Getgid" => |c| id_call(c, unsafe { libc::getgid() } as i64),
        "os.Getegid" => |c| id_call(c, unsafe { libc::getegid() } as i64),
        "os.Getpagesize" => |c| id_call(c, unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as i64),
        _ => return None,
    })
}

fn exit(c: &mut NativeCall) -> Result<(), Trap> {
    Err(Trap::Exit(c.regs[0] as i64 as i32))
}

/// `runtimeArgs() []string`.
fn runtime_args(c: &mut NativeCall) -> Result<(), Trap> {
    let args = ARGS.get().cloned().unwrap_or_default();
    super::ret_strings(c, 0, &args)
}

/// Writes bytes to the standard file `fd` (1 stdout, 2 stderr) through the VM's output.
pub fn write_to(c: &mut NativeCall, fd: i64, b: &[u8]) -> Result<(), Trap> {
    match fd {
        1 => c.env.out.stdout(b),
        2 => c.env.out.stderr(b),
        _ => {}
    }
    Ok(())
}

/// The errno of the last failed system call.
fn errno() -> u64 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO) as u64
}

/// A Go string as a C path; `None` when it holds a NUL byte (Go's `BytePtrFromString`
/// fails with EINVAL).
fn c_path(c: &NativeCall, at: usize) -> Result<Option<CString>, Trap> {
    Ok(CString::new(go_string(c.regs, at)?).ok())
}

fn id_call(c: &mut NativeCall, v: i64) -> Result<(), Trap> {
    c.regs[0] = v as u64;
    Ok(())
}

/// `(fd int, arg) (errno int)` calls.
fn fd_call(c: &mut NativeCall, f: fn(i32, u64) -> i32) -> Result<(), Trap> {
    let fd = c.regs[0] as i64 as i32;
    let r = f(fd, c.regs[1]);
    c.regs[0] = if r < 0 { errno() } else { 0 };
    Ok(())
}

/// `(name string, arg) (errno int)` calls.
fn path_call(c: &mut NativeCall, f: fn(*const libc::c_char, u64) -> i32) -> Result<(), Trap> {
    let arg = c.regs[2];
    c.regs[0] = match c_path(c, 0)? {
        None => libc::EINVAL as u64,
        Some(p) => {
            if f(p.as_ptr(), arg) < 0 {
                errno()
            } else {
                0
            }
        }
    };
    Ok(())
}

/// `(a, b string) (errno int)` calls.
fn two_path_call(
    c: &mut NativeCall,
    f: fn(*const libc::c_char, *const libc::c_char) -> i32,
) -> Result<(), Trap> {
    c.regs[0] = match (c_path(c, 0)?, c_path(c, 2)?) {
        (Some(a), Some(b)) => {
            if f(a.as_ptr(), b.as_ptr()) < 0 {
                errno()
            } else {
                0
            }
        }
        _ => libc::EINVAL as u64,
    };
    Ok(())
}

/// `sysOpen(name string, flag int, perm uint32) (fd int, errno int)`.
fn sys_open(c: &mut NativeCall) -> Result<(), Trap> {
    let (flag, perm) = (c.regs[2] as i64 as i32, c.regs[3] as u32);
    let (fd, e) = match c_path(c, 0)? {
        None => (-1, libc::EINVAL as u64),
        Some(p) => {
            let fd = unsafe { libc::open(p.as_ptr(), flag, perm) };
            if fd < 0 {
                (-1, errno())
            } else {
                (fd as i64, 0)
            }
        }
    };
    c.regs[0] = fd as u64;
    c.regs[1] = e;
    Ok(())
}

/// `sysRead(fd int, b []byte) (n int, errno int)` and `sysPread(fd, b, off int64)`.
fn sys_read(c: &mut NativeCall, at_offset: bool) -> Result<(), Trap> {
    let fd = c.regs[0] as i64 as i32;
    let (p, n) = (c.regs[1], c.regs[2] as usize);
    if fd == 0 {
        c.env.out.flush();
    }
    let off = at_offset.then_some(c.regs[4] as i64);
    let buf = match super::read_fd(c, fd, n, off) {
        None => return Ok(()),
        Some(Ok(b)) => b,
        Some(Err(e)) => {
            c.regs[0] = 0;
            c.regs[1] = e;
            return Ok(());
        }
    };
    let r = buf.len();
    if r > 0 {
        heap().write_bytes(p, &buf).map_err(Trap::Fault)?;
    }
    c.regs[0] = r as u64;
    c.regs[1] = 0;
    Ok(())
}

/// `sysWrite(fd int, b []byte) (n int, errno int)` and `sysPwrite(fd, b, off int64)`.
fn sys_write(c: &mut NativeCall, at_offset: bool) -> Result<(), Trap> {
    let fd = c.regs[0] as i64 as i32;
    let b = go_string(c.regs, 1)?;
    if !at_offset && (fd == 1 || fd == 2) {
        write_to(c, fd as i64, &b)?;
        c.regs[0] = b.len() as u64;
        c.regs[1] = 0;
        return Ok(());
    }
    let r = loop {
        let r = unsafe {
            if at_offset {
                libc::pwrite(fd, b.as_ptr().cast(), b.len(), c.regs[4] as i64)
            } else {
                libc::write(fd, b.as_ptr().cast(), b.len())
            }
        };
        if r < 0 && errno() == libc::EINTR as u64 {
            continue;
        }
        break r;
    };
    if r < 0 {
        c.regs[0] = 0;
        c.regs[1] = errno();
    } else {
        c.regs[0] = r as u64;
        c.regs[1] = 0;
    }
    Ok(())
}

/// `sysSeek(fd int, offset int64, whence int) (off int64, errno int)`.
fn sys_seek(c: &mut NativeCall) -> Result<(), Trap> {
    let fd = c.regs[0] as i64 as i32;
    let r = unsafe { libc::lseek(fd, c.regs[1] as i64, c.regs[2] as i64 as i32) };
    if r < 0 {
        c.regs[0] = 0;
        c.regs[1] = errno();
    } else {
        c.regs[0] = r as u64;
        c.regs[1] = 0;
    }
    Ok(())
}

/// `sysFstatSize(fd int) (size int64, errno int)`.
fn sys_fstat_size(c: &mut NativeCall) -> Result<(), Trap> {
    let fd = c.regs[0] as i64 as i32;
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut st) } < 0 {
        c.regs[0] = 0;
        c.regs[1] = errno();
    } else {
        c.regs[0] = st.st_size as u64;
        c.regs[1] = 0;
    }
    Ok(())
}

/// `sysStat(name string, follow bool) (mode uint32, dev uint64, ino uint64, errno int)`:
/// stat(2) or lstat(2).
fn sys_stat(c: &mut NativeCall) -> Result<(), Trap> {
    let follow = c.regs[2] & 1 != 0;
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let e = match c_path(c, 0)? {
        None => libc::EINVAL as u64,
        Some(p) => {
            let r = loop {
                let r = unsafe {
                    if follow {
                        libc::stat(p.as_ptr(), &mut st)
                    } else {
                        libc::lstat(p.as_ptr(), &mut st)
                    }
                };
                if r < 0 && errno() == libc::EINTR as u64 {
                    continue;
                }
                break r;
            };
            if r < 0 { errno() } else { 0 }
        }
    };
    c.regs[0] = st.st_mode as u64;
    c.regs[1] = st.st_dev;
    c.regs[2] = st.st_ino;
    c.regs[3] = e;
    Ok(())
}

/// `sysReadlink(name string) (target string, errno int)`.
fn sys_readlink(c: &mut NativeCall) -> Result<(), Trap> {
    let Some(p) = c_path(c, 0)? else {
        c.regs[0] = 0;
        c.regs[1] = 0;
        c.regs[2] = libc::EINVAL as u64;
        return Ok(());
    };
    let mut len = 128;
    loop {
        let mut buf = vec![0u8; len];
        let n = unsafe { libc::readlink(p.as_ptr(), buf.as_mut_ptr().cast(), len) };
        if n < 0 {
            c.regs[0] = 0;
            c.regs[1] = 0;
            c.regs[2] = errno();
            return Ok(());
        }
        if (n as usize) < len {
            ret_string(c, 0, &buf[..n as usize])?;
            c.regs[2] = 0;
            return Ok(());
        }
        len *= 2;
    }
}

/// `sysGetwd() (dir string, errno int)`.
fn sys_getwd(c: &mut NativeCall) -> Result<(), Trap> {
    match std::env::current_dir() {
        Ok(d) => {
            use std::os::unix::ffi::OsStrExt;
            ret_string(c, 0, d.as_os_str().as_bytes())?;
            c.regs[2] = 0;
        }
        Err(e) => {
            c.regs[0] = 0;
            c.regs[1] = 0;
            c.regs[2] = e.raw_os_error().unwrap_or(libc::EIO) as u64;
        }
    }
    Ok(())
}

/// `sysHostname() (name string, errno int)`: uname's node name, or
/// /proc/sys/kernel/hostname when that may be truncated (os/sys_linux.go).
fn sys_hostname(c: &mut NativeCall) -> Result<(), Trap> {
    let mut un: libc::utsname = unsafe { std::mem::zeroed() };
    let mut name: Vec<u8> = Vec::new();
    let ok = unsafe { libc::uname(&mut un) } == 0;
    if ok {
        name = un
            .nodename
            .iter()
            .take_while(|&&b| b != 0)
            .map(|&b| b as u8)
            .collect();
    }
    if !(ok && !name.is_empty() && name.len() < 64) {
        match std::fs::read("/proc/sys/kernel/hostname") {
            Ok(mut b) => {
                if b.last() == Some(&b'\n') {
                    b.pop();
                }
                name = b;
            }
            Err(e) => {
                c.regs[0] = 0;
                c.regs[1] = 0;
                c.regs[2] = e.raw_os_error().unwrap_or(libc::EIO) as u64;
                return Ok(());
            }
        }
    }
    ret_string(c, 0, &name)?;
    c.regs[2] = 0;
    Ok(())
}

/// `sysEnviron() []string`: the environment the process started with (as the Go runtime
/// copies it from envp).
fn sys_environ(c: &mut NativeCall) -> Result<(), Trap> {
    let envs: Vec<Vec<u8>> = match std::fs::read("/proc/self/environ") {
        Ok(b) => b
            .split(|&x| x == 0)
            .filter(|s| !s.is_empty())
            .map(|s| s.to_vec())
            .collect(),
        Err(_) => {
            use std::os::unix::ffi::OsStrExt;
            std::env::vars_os()
                .map(|(k, v)| {
                    let mut s = k.as_bytes().to_vec();
                    s.push(b'=');
                    s.extend_from_slice(v.as_bytes());
                    s
                })
                .collect()
        }
    };
    super::ret_strings(c, 0, &envs)
}

/// `sysRandom() uint32`: a random number for temporary file names.
fn sys_random(c: &mut NativeCall) -> Result<(), Trap> {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(std::process::id() as u64);
    c.regs[0] = h.finish() as u32 as u64;
    Ok(())
}
