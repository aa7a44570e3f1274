//! Measures the libraries the design names against what trawl does instead (README,
//! "Performance": memmap2, rayon and luhn):
//!
//! ```sh
//! cargo run --release -p trawl-scanner --example library_choices -- read FILE     # today's reads
//! cargo run --release -p trawl-scanner --example library_choices -- mmap FILE     # memmap2
//! cargo run --release -p trawl-scanner --example library_choices -- walk DIR      # the parallel walk
//! cargo run --release -p trawl-scanner --example library_choices -- rayon DIR     # rayon over files
//! cargo run --release -p trawl-scanner --example library_choices -- luhn          # luhn vs trawl's
//! ```
//!
//! Each prints one line: what, bytes or values, seconds, MB/s or ns per value, findings, and
//! the peak RSS of the process (VmHWM). Run each mode in its own process so RSS is its own;
//! `benches/library_choices.sh` runs them interleaved.

use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;
use trawl_scanner::files::{self, FileOptions};
use trawl_scanner::{Finding, ObjectRecord, Scanner, Sink};

/// Counts findings and bytes.
#[derive(Default)]
struct Count {
    findings: AtomicU64,
    bytes: AtomicU64,
}

impl Sink for Count {
    fn findings(&self, _: &str, findings: Vec<Finding>) -> ControlFlow<()> {
        self.findings
            .fetch_add(findings.len() as u64, Ordering::Relaxed);
        ControlFlow::Continue(())
    }
    fn object(&self, record: ObjectRecord) -> ControlFlow<()> {
        if record.container.is_empty() {
            self.bytes.fetch_add(record.bytes, Ordering::Relaxed);
        }
        ControlFlow::Continue(())
    }
}

fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn report(what: &str, bytes: u64, seconds: f64, findings: u64) {
    println!(
        "{what}\t{bytes} bytes\t{seconds:.3} s\t{:.1} MB/s\t{findings} findings\t{} KiB peak RSS",
        bytes as f64 / seconds / 1e6,
        peak_rss_kib()
    );
}

/// Every regular file under `dir`, in walk order.
fn list(dir: &Path) -> Vec<PathBuf> {
    ignore::WalkBuilder::new(dir)
        .hidden(false)
        .ignore(false)
        .git_ignore(false)
        .parents(false)
        .build()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
        .map(|e| e.into_path())
        .collect()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = args.first().map(String::as_str).unwrap_or("");
    let scanner = Scanner::builder().build()?;
    match mode {
        "read" | "mmap" => {
            let path = Path::new(args.get(1).ok_or("FILE")?);
            let started = Instant::now();
            let outcome = if mode == "read" {
                // What the text loop does for one file on one thread: 1 MiB reads into the
                // session's own buffer.
                let mut file = std::fs::File::open(path)?;
                let mut session = scanner.session();
                let mut findings = 0u64;
                loop {
                    let n = session.feed_once(&mut file)?;
                    findings += session.take_findings().len() as u64;
                    if n == 0 {
                        break;
                    }
                }
                let outcome = session.finish();
                (outcome.bytes, findings + outcome.findings.len() as u64)
            } else {
                let file = std::fs::File::open(path)?;
                // SAFETY: read-only; a file truncated under us would fault, which is the
                // reason this measurement exists rather than an mmap path in trawl.
                let map = unsafe { memmap2::Mmap::map(&file)? };
                let mut session = scanner.session();
                let mut findings = 0u64;
                for chunk in map.chunks(1 << 20) {
                    session.feed(chunk);
                    findings += session.take_findings().len() as u64;
                }
                let outcome = session.finish();
                (outcome.bytes, findings + outcome.findings.len() as u64)
            };
            report(mode, outcome.0, started.elapsed().as_secs_f64(), outcome.1);
        }
        "walk" | "rayon" => {
            let dir = PathBuf::from(args.get(1).ok_or("DIR")?);
            let threads = 2;
            let sink = Count::default();
            let started = Instant::now();
            if mode == "walk" {
                let options = FileOptions {
                    threads,
                    no_ignore: true,
                    block_bytes: 0,
                    ..FileOptions::default()
                };
                files::scan_paths(&scanner, &[dir], &options, &sink)?;
            } else {
                use rayon::prelude::*;
                let pool = rayon::ThreadPoolBuilder::new()
                    .num_threads(threads)
                    .build()?;
                let paths = list(&dir);
                pool.install(|| {
                    paths.par_iter().for_each(|path| {
                        let source = path.to_string_lossy();
                        files::scan_file(
                            &scanner,
                            path,
                            &source,
                            false,
                            &Default::default(),
                            trawl_scanner::Split::NONE,
                            &sink,
                        );
                    })
                });
            }
            report(
                mode,
                sink.bytes.into_inner(),
                started.elapsed().as_secs_f64(),
                sink.findings.into_inner(),
            );
        }
        "luhn" => {
            // Card-shaped values as the candidate finder hands them over: 16 digits in groups.
            let mut state = 0x2545_f491_4f6c_dd1du64;
            let values: Vec<String> = (0..1_000_000)
                .map(|_| {
                    let mut s = String::with_capacity(19);
                    for i in 0..16 {
                        state ^= state << 13;
                        state ^= state >> 7;
                        state ^= state << 17;
                        if i > 0 && i % 4 == 0 {
                            s.push(' ');
                        }
                        s.push(char::from(b'0' + (state % 10) as u8));
                    }
                    s
                })
                .collect();
            let started = Instant::now();
            let ours = values
                .iter()
                .filter(|v| trawl_scanner::identifiers::validators::luhn(v.as_bytes()))
                .count();
            let ours_time = started.elapsed().as_secs_f64();
            let started = Instant::now();
            let theirs = values
                .iter()
                .filter(|v| {
                    // The crate takes digits only: the separators go first.
                    let mut digits = [0u8; 32];
                    let mut n = 0;
                    for b in v.bytes().filter(u8::is_ascii_digit) {
                        digits[n] = b;
                        n += 1;
                    }
                    luhn::valid(std::str::from_utf8(&digits[..n]).unwrap())
                })
                .count();
            let theirs_time = started.elapsed().as_secs_f64();
            println!(
                "luhn\ttrawl {:.1} ns/value\tluhn crate {:.1} ns/value\tvalid {ours} / {theirs} of {}",
                ours_time * 1e9 / values.len() as f64,
                theirs_time * 1e9 / values.len() as f64,
                values.len()
            );
            assert_eq!(ours, theirs, "the two disagree");
        }
        _ => return Err("usage: library_choices read|mmap FILE | walk|rayon DIR | luhn".into()),
    }
    Ok(())
}
