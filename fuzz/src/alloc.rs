//! A counting allocator, per thread: the bytes this thread has live now and its peak since the
//! last reset, so a target fails an input that needed more memory than its cap even while
//! other targets run on other threads (as `cargo test` runs them).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

pub struct Counting;

thread_local! {
    // Signed: a block freed by another thread than the one that allocated it is subtracted
    // here. `const` and without destructor, so the allocator may touch it at any time.
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn grow(bytes: usize) {
    let _ = LIVE.try_with(|live| {
        let now = live.get() + bytes as isize;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

fn shrink(bytes: usize) {
    let _ = LIVE.try_with(|live| live.set(live.get() - bytes as isize));
}

// SAFETY: every call is passed to the system allocator unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let pointer = System.alloc(layout);
        if !pointer.is_null() {
            grow(layout.size());
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        System.dealloc(pointer, layout);
        shrink(layout.size());
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let moved = System.realloc(pointer, layout, new_size);
        if !moved.is_null() {
            if new_size > layout.size() {
                grow(new_size - layout.size());
            } else {
                shrink(layout.size() - new_size);
            }
        }
        moved
    }
}

/// Starts this thread's peak afresh from what it has live now.
pub fn reset_peak() {
    let live = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(live));
}

/// The most bytes this thread had live since [`reset_peak`], above what it had then.
pub fn peak_since(live_at_reset: isize) -> usize {
    (PEAK.with(Cell::get) - live_at_reset).max(0) as usize
}

/// What this thread has live now.
pub fn live() -> isize {
    LIVE.with(Cell::get)
}
