//! Library benchmarks (run by `benches/api.sh` in release mode):
//! - per-call time of `scan_bytes` on a 1 KB JSON payload with one email and no secret, with a
//!   warmed scanner (target <= 5 us);
//! - throughput of a 100 MB body fed to a session in 64 KB chunks;
//! - peak memory of the process (VmHWM).

use std::time::Instant;
use trawl_scanner::Scanner;

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

fn main() {
    let build_start = Instant::now();
    let scanner = Scanner::builder().build().expect("built-in identifiers");
    let build = build_start.elapsed();

    let mut payload = String::from("{\"id\":\"7f3c9a\",\"customer\":{\"name\":\"Ada Lovelace\",\"email\":\"ada.lovelace@example.org\"},");
    while payload.len() < 1000 {
        payload.push_str("\"note\":\"order shipped via ground, tracking pending\",");
    }
    payload.push_str("\"ok\":true}");
    let payload = payload.into_bytes();
    for _ in 0..10_000 {
        assert!(scanner.scan_bytes(&payload).findings.is_empty());
    }
    let calls = 200_000;
    let start = Instant::now();
    for _ in 0..calls {
        std::hint::black_box(scanner.scan_bytes(std::hint::black_box(&payload)));
    }
    let per_call = start.elapsed().as_secs_f64() / calls as f64;

    let chunk: Vec<u8> = (0..64 * 1024)
        .map(|i| b"lorem ipsum dolor sit amet, consectetur adipiscing elit\n"[i % 56])
        .collect();
    let chunks = 100 * 1024 * 1024 / chunk.len();
    let start = Instant::now();
    let mut session = scanner.session();
    for _ in 0..chunks {
        session.feed(&chunk);
    }
    let outcome = session.finish();
    let seconds = start.elapsed().as_secs_f64();

    println!("scanner build: {:.1} ms", build.as_secs_f64() * 1e3);
    println!(
        "scan_bytes, {} B JSON payload: {:.2} us per call",
        payload.len(),
        per_call * 1e6
    );
    println!(
        "100 MiB in 64 KiB chunks: {:.0} MB/s ({} bytes)",
        outcome.bytes as f64 / 1e6 / seconds,
        outcome.bytes
    );
    println!("peak RSS: {} MiB", peak_rss_kib() / 1024);
}
