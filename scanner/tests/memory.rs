//! Memory per session is bounded by the chunk size, never by the content: a counting global
//! allocator observes what a streaming session really allocates while 64 MiB go through it.
//!
//! A test binary of its own, since the allocator counts every allocation of the process; the
//! counts are kept per thread, so the test harness's other threads do not disturb them.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use trawl_scanner::{Scanner, DEFAULT_CHUNK_SIZE};

/// `System`, counting the bytes each thread has allocated and not yet freed, and their peak.
struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn count(delta: isize) {
    // `const`-initialised cells without destructors: reading them never allocates, and they
    // are there until the thread is gone.
    let _ = LIVE.try_with(|live| {
        let now = live.get() + delta;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            count(layout.size() as isize);
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            count(layout.size() as isize);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        count(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            count(new_size as isize - layout.size() as isize);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most bytes this thread held at once while `f` ran, beyond what it held before.
fn peak_growth(f: impl FnOnce()) -> usize {
    let before = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(before));
    f();
    (PEAK.with(Cell::get) - before) as usize
}

/// 1 MiB of lines of lower-case words: every byte goes through the candidate search and the
/// line count, and nothing is a finding (findings are kept until taken, as they should be).
fn block() -> Vec<u8> {
    let words = [
        "alpha", "delta", "kilo", "lima", "oscar", "romeo", "sierra", "tango",
    ];
    let mut block = Vec::with_capacity(1 << 20);
    let mut i = 0usize;
    while block.len() < 1 << 20 {
        block.extend_from_slice(words[i % words.len()].as_bytes());
        block.push(if i % 9 == 8 { b'\n' } else { b' ' });
        i += 1;
    }
    block.truncate(1 << 20);
    block
}

#[test]
fn memory_per_session_is_bounded_by_the_chunk_size() {
    const FED: usize = 64 << 20;
    let block = block();
    for chunk in [DEFAULT_CHUNK_SIZE, 64 << 10] {
        let scanner = Scanner::builder().chunk_size(chunk).build().unwrap();
        // First scans leave behind what the scanner keeps for all its sessions (its pool of
        // regex caches and, once it has searched 8 MiB, the DFA of its anchors): not part of
        // any one session.
        for _ in 0..9 {
            assert!(scanner.scan_bytes(&block).findings.is_empty());
        }

        let mut outcome = None;
        let peak = peak_growth(|| {
            let mut session = scanner.session();
            for _ in 0..FED / block.len() {
                session.feed(&block);
            }
            outcome = Some(session.finish());
        });
        let outcome = outcome.unwrap();
        assert_eq!(outcome.bytes, FED as u64);
        assert!(outcome.findings.is_empty());

        // The session's buffer holds one chunk and the look-back and look-ahead windows
        // (`window_bytes`) around it, allocated exactly; while it grows (by doubling) the old
        // half and the new buffer may both be held for a moment. Allow that, plus 256 KiB for
        // the rest of the session and its per-round scratch.
        let window = scanner.window_bytes();
        let bound = 3 * (chunk + 2 * window) / 2 + (256 << 10);
        assert!(bound * 8 <= FED, "the bound must be far below what is fed");
        eprintln!("chunk {chunk}: peak {peak} bytes, bound {bound}");
        assert!(
            peak <= bound,
            "a session fed {FED} bytes held up to {peak} bytes at once; bound {bound} \
             (chunk {chunk}, window {window})"
        );
    }
}
