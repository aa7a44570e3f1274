//! The progress line of an S3 sweep on a terminal: objects, bytes, rate, time left.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use trawl_scanner::s3::Progress;

const REFRESH: Duration = Duration::from_millis(250);

/// Redraws the line on standard error until `done`, then clears it.
pub fn run(progress: &Progress, done: &AtomicBool) {
    let started = Instant::now();
    let mut stderr = std::io::stderr();
    while !done.load(Ordering::Relaxed) {
        std::thread::sleep(REFRESH);
        let objects_done = progress.objects_done.load(Ordering::Relaxed);
        let objects = progress.objects_queued.load(Ordering::Relaxed);
        let bytes_done = progress.bytes_done.load(Ordering::Relaxed);
        let bytes = progress.bytes_queued.load(Ordering::Relaxed);
        let listed_all = progress.listing_done.load(Ordering::Relaxed);
        let seconds = started.elapsed().as_secs_f64().max(0.001);
        let rate = bytes_done as f64 / seconds;
        let eta = if listed_all && rate > 0.0 {
            format!(
                ", {} left",
                duration(bytes.saturating_sub(bytes_done) as f64 / rate)
            )
        } else {
            String::new()
        };
        let more = if listed_all { "" } else { "+" };
        let _ = write!(
            stderr,
            "\r\x1b[Ktrawl: {objects_done}/{objects}{more} objects, {}/{}{more}, {}/s{eta}",
            size(bytes_done as f64),
            size(bytes as f64),
            size(rate)
        );
        let _ = stderr.flush();
    }
    let _ = write!(stderr, "\r\x1b[K");
    let _ = stderr.flush();
}

/// `bytes` in binary units, as people read them (`1.5 MiB`).
pub fn size(bytes: f64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut value = bytes;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{value:.0} {}", UNITS[unit])
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

fn duration(seconds: f64) -> String {
    let s = seconds.round() as u64;
    if s >= 3600 {
        format!("{}h{:02}m", s / 3600, s % 3600 / 60)
    } else {
        format!("{}m{:02}s", s / 60, s % 60)
    }
}
