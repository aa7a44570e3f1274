//! The runner: every seed, then mutations of the pool until the time budget is spent, each
//! input under a memory cap (checked after it) and a time limit (a watchdog thread).

use crate::mutate::mutate;
use crate::rng::Rng;
use crate::{alloc, Target};
use std::cell::Cell;
use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How to run a target.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Time spent on the target, seeds included.
    pub budget: Duration,
    pub seed: u64,
    /// Longest one input may run; past it the run is a hang (the process exits).
    pub time_limit: Duration,
    /// `fuzz/corpus`: the seeds are in `<corpus>/<target.corpus>/`.
    pub corpus: PathBuf,
    /// Where failing inputs are written.
    pub artifacts: PathBuf,
}

/// A broken property, and the input that broke it.
#[derive(Debug)]
pub struct Failure {
    pub message: String,
    pub input: PathBuf,
}

/// What a target's run came to.
#[derive(Debug)]
pub struct Report {
    pub target: &'static str,
    pub executions: u64,
    pub elapsed: Duration,
    /// Inputs kept for mutation (seeds, and inputs with an outcome not seen before).
    pub pool: usize,
    /// Distinct outcomes seen.
    pub outcomes: usize,
    pub failures: Vec<Failure>,
}

impl Report {
    pub fn per_second(&self) -> f64 {
        self.executions as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// Most inputs kept for mutation; most failures recorded before the target stops.
const POOL: usize = 512;
const MAX_FAILURES: usize = 3;

pub fn fuzz(target: &Target, settings: &Settings) -> Report {
    let started = Instant::now();
    let mut pool = seeds(&settings.corpus.join(target.corpus));
    let seed_count = pool.len();
    let mut rng = Rng::new(settings.seed ^ name_hash(target.name));
    let mut outcomes = HashSet::new();
    let mut failures = Vec::new();
    let mut executions = 0u64;
    let watchdog = Watchdog::start(target.name, settings);
    let mut next = 0usize;
    while failures.len() < MAX_FAILURES {
        let input = if next < seed_count {
            next += 1;
            pool[next - 1].clone()
        } else {
            if started.elapsed() >= settings.budget {
                break;
            }
            let mut input = rng.pick(&pool).clone();
            let other = rng.pick(&pool).clone();
            mutate(&mut rng, &mut input, &other, target.max_len);
            input
        };
        executions += 1;
        match run_one(target, &input, &watchdog) {
            Ok(outcome) => {
                if outcomes.insert(outcome) && pool.len() < POOL {
                    pool.push(input);
                }
            }
            Err(message) => failures.push(Failure {
                input: save(&settings.artifacts, target.name, &input),
                message,
            }),
        }
    }
    watchdog.stop();
    Report {
        target: target.name,
        executions,
        elapsed: started.elapsed(),
        pool: pool.len(),
        outcomes: outcomes.len(),
        failures,
    }
}

thread_local! {
    /// This thread is running a target: a panic there is the runner's to report.
    static IN_TARGET: Cell<bool> = const { Cell::new(false) };
}

/// Panics inside a target are reported by the runner, with the input; printing them (and
/// resolving a backtrace, when RUST_BACKTRACE is set) would only count against the input's
/// memory. Other panics (a failed test) go to the hook there was.
fn quiet_panics_in_targets() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !IN_TARGET.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

/// One input: its outcome, or the property it broke (a panic, a broken check, memory over the
/// cap).
fn run_one(target: &Target, input: &[u8], watchdog: &Watchdog) -> Result<String, String> {
    quiet_panics_in_targets();
    watchdog.begin(input);
    alloc::reset_peak();
    let live = alloc::live();
    IN_TARGET.with(|flag| flag.set(true));
    let result = catch_unwind(AssertUnwindSafe(|| (target.run)(input)));
    IN_TARGET.with(|flag| flag.set(false));
    let peak = alloc::peak_since(live);
    watchdog.end();
    let outcome = match result {
        Ok(outcome) => outcome,
        Err(panic) => Err(format!("panicked: {}", panic_message(&*panic))),
    }?;
    if peak > target.memory_cap {
        return Err(format!(
            "needed {peak} bytes of memory; the cap is {}",
            target.memory_cap
        ));
    }
    Ok(outcome)
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".into())
}

/// The seed files, sorted by name; an empty input when there are none.
fn seeds(dir: &Path) -> Vec<Vec<u8>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.sort();
    let mut seeds: Vec<Vec<u8>> = paths.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    seeds.push(Vec::new());
    seeds
}

/// Writes a failing input to `artifacts/<target>-<hash>.bin`.
fn save(artifacts: &Path, target: &str, input: &[u8]) -> PathBuf {
    let path = artifacts.join(format!("{target}-{:016x}.bin", name_hash_bytes(input)));
    let _ = std::fs::create_dir_all(artifacts);
    let _ = std::fs::write(&path, input);
    path
}

fn name_hash(name: &str) -> u64 {
    name_hash_bytes(name.as_bytes())
}

/// FNV-1a.
fn name_hash_bytes(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A thread that ends the process when one input runs past the time limit, after writing the
/// input where the failures go: a hang cannot be interrupted from inside.
/// The input being run and since when, if one is.
type Running = Arc<Mutex<Option<(Instant, Vec<u8>)>>>;

struct Watchdog {
    current: Running,
    done: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Watchdog {
    fn start(target: &'static str, settings: &Settings) -> Watchdog {
        let current: Running = Arc::default();
        let done = Arc::new(AtomicBool::new(false));
        let (limit, artifacts) = (settings.time_limit, settings.artifacts.clone());
        let thread = {
            let (current, done) = (current.clone(), done.clone());
            std::thread::spawn(move || {
                while !done.load(Ordering::Relaxed) {
                    std::thread::sleep(Duration::from_millis(50));
                    let guard = current.lock().unwrap_or_else(|p| p.into_inner());
                    if let Some((since, input)) = &*guard {
                        if since.elapsed() > limit {
                            let path = save(&artifacts, target, input);
                            eprintln!(
                                "trawl-fuzz: {target}: an input ran past {limit:?} (a hang): {}",
                                path.display()
                            );
                            std::process::exit(3);
                        }
                    }
                }
            })
        };
        Watchdog {
            current,
            done,
            thread: Some(thread),
        }
    }

    fn begin(&self, input: &[u8]) {
        *self.current.lock().unwrap_or_else(|p| p.into_inner()) =
            Some((Instant::now(), input.to_vec()));
    }

    fn end(&self) {
        *self.current.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    fn stop(mut self) {
        self.done.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
