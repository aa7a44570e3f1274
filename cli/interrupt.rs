//! Ending a run early, cleanly: SIGINT and SIGTERM, and a standard output whose reader went
//! away.
//!
//! A signal handler may do next to nothing, so the first SIGINT or SIGTERM only records which
//! signal came. The scan asks [`stop_requested`] between chunks and objects (through the
//! output's `Sink::poll`), so the line being written is finished, the summary says
//! `interrupted`, the checkpoint is flushed, and the run exits 130 or 143. A second signal
//! ends the process at once, with the same code.
//!
//! A closed output pipe is noticed by a thread waiting in poll(2), which reports POLLERR on a
//! pipe once its reader is gone: a scan that has nothing to write stops within a chunk too,
//! instead of learning of the closed pipe only at its next write.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

/// The first signal received (0: none), shared with the handlers.
static SIGNAL: OnceLock<Arc<AtomicUsize>> = OnceLock::new();
/// Standard output is a pipe whose reader is gone.
static OUTPUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// Catches SIGINT and SIGTERM for the rest of the run.
pub fn install() -> std::io::Result<()> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let signal = SIGNAL.get_or_init(|| Arc::new(AtomicUsize::new(0)));
    let received = Arc::new(AtomicBool::new(false));
    for number in [SIGINT, SIGTERM] {
        // Handlers run in the order they were registered: the second signal finds `received`
        // set by the first and exits at once.
        signal_hook::flag::register_conditional_shutdown(number, 128 + number, received.clone())?;
        signal_hook::flag::register(number, received.clone())?;
        register_first(number, signal.clone())?;
    }
    Ok(())
}

/// Records `number` in `signal` unless a signal is already there.
fn register_first(number: i32, signal: Arc<AtomicUsize>) -> std::io::Result<()> {
    let action = move || {
        // Only atomics: safe in a signal handler.
        let _ = signal.compare_exchange(0, number as usize, Ordering::SeqCst, Ordering::SeqCst);
    };
    // SAFETY: the action only touches an atomic, which is async-signal-safe.
    unsafe { signal_hook::low_level::register(number, action) }.map(|_| ())
}

/// The signal that interrupted the run, if one did.
pub fn signal() -> Option<i32> {
    let number = SIGNAL.get()?.load(Ordering::SeqCst);
    (number != 0).then_some(number as i32)
}

/// The exit code of a run ended by `signal` (the shell's convention: 128 + the number).
pub fn exit_code(signal: i32) -> i32 {
    128 + signal
}

/// The name of a signal this module catches.
pub fn name(signal: i32) -> &'static str {
    match signal {
        signal_hook::consts::SIGINT => "SIGINT",
        signal_hook::consts::SIGTERM => "SIGTERM",
        _ => "a signal",
    }
}

/// Whether the reader of standard output went away.
pub fn output_closed() -> bool {
    OUTPUT_CLOSED.load(Ordering::Relaxed)
}

/// Whether the scan should stop: a signal came, or no one reads the output any more.
pub fn stop_requested() -> bool {
    output_closed() || signal().is_some()
}

/// Watches standard output, when it is a pipe or a socket, for its reader going away.
#[cfg(unix)]
pub fn watch_output() {
    const STDOUT: libc::c_int = 1;
    // SAFETY: fstat writes into the zeroed struct it is given and reads nothing else.
    let kind = unsafe {
        let mut stat: libc::stat = std::mem::zeroed();
        if libc::fstat(STDOUT, &mut stat) != 0 {
            return;
        }
        stat.st_mode & libc::S_IFMT
    };
    // A file or a terminal never reports its reader gone: nothing to watch.
    if kind != libc::S_IFIFO && kind != libc::S_IFSOCK {
        return;
    }
    let spawned = std::thread::Builder::new()
        .name("trawl-output-watch".into())
        .spawn(|| loop {
            // No events asked for: poll returns only on POLLERR (a pipe without reader),
            // POLLHUP or POLLNVAL.
            let mut watched = libc::pollfd {
                fd: STDOUT,
                events: 0,
                revents: 0,
            };
            // SAFETY: one valid pollfd, for the length given.
            let ready = unsafe { libc::poll(&mut watched, 1, -1) };
            if ready > 0 {
                if watched.revents & (libc::POLLERR | libc::POLLHUP) != 0 {
                    OUTPUT_CLOSED.store(true, Ordering::Relaxed);
                }
                return;
            }
            if ready < 0
                && std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted
            {
                return;
            }
        });
    // Without the watcher a closed pipe is still noticed at the next write.
    drop(spawned);
}

#[cfg(not(unix))]
pub fn watch_output() {}
