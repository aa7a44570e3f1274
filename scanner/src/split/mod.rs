//! How large local files are shared among threads: [`Split`] says how, [`SplitWorkers`] bounds
//! the threads one walk's files take between them, and `blocks` scans one file block by block
//! (Unix, where a file can be read at any offset from several threads).

#[cfg(unix)]
mod blocks;

#[cfg(unix)]
pub(crate) use blocks::scan_in_blocks;

use std::sync::atomic::{AtomicUsize, Ordering};

/// How a large local file is shared among threads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split {
    /// Threads scanning one file (1 = never split).
    pub threads: usize,
    /// Bytes per block; a file of fewer than two blocks is scanned by one thread.
    pub block_bytes: u64,
}

impl Split {
    /// Bytes per block by default. On a PII-dense CSV (about 45,000 findings per MiB),
    /// 128 KiB blocks were the fastest measured (32 KiB to 4 MiB tried) and hold the least
    /// memory in flight: peak RSS 56 MiB, against 230 MiB with 1 MiB blocks.
    pub const DEFAULT_BLOCK_BYTES: u64 = 128 << 10;

    /// One thread per file.
    pub const NONE: Split = Split {
        threads: 1,
        block_bytes: Split::DEFAULT_BLOCK_BYTES,
    };

    /// `threads` threads per large file (0 = one per CPU).
    pub fn threads(threads: usize) -> Split {
        let threads = match threads {
            0 => std::thread::available_parallelism().map_or(1, usize::from),
            n => n,
        };
        Split {
            threads,
            block_bytes: Split::DEFAULT_BLOCK_BYTES,
        }
    }
}

impl Default for Split {
    fn default() -> Self {
        Split::NONE
    }
}

/// The worker threads that files split during one walk may use between them. Each walker
/// thread scans a file of its own already; a large file takes its extra workers from here, so
/// several large files met at once share `threads` workers instead of starting `threads`
/// each (and holding that many blocks in memory each). A file that gets fewer than two is
/// scanned by its walker thread alone.
pub(crate) struct SplitWorkers(AtomicUsize);

impl SplitWorkers {
    pub(crate) fn new(threads: usize) -> Self {
        SplitWorkers(AtomicUsize::new(threads))
    }

    /// Takes up to `want` workers (two at least, or none); give them back with `release`.
    pub(crate) fn reserve(&self, want: usize) -> usize {
        self.0
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |free| {
                (free.min(want) >= 2).then(|| free - free.min(want))
            })
            .map_or(0, |free| free.min(want))
    }

    pub(crate) fn release(&self, workers: usize) {
        self.0.fetch_add(workers, Ordering::AcqRel);
    }
}

#[cfg(test)]
mod tests {
    use super::SplitWorkers;

    #[test]
    fn split_workers_are_shared_and_given_back() {
        let workers = SplitWorkers::new(3);
        assert_eq!(workers.reserve(2), 2);
        // One left: too few to split another file.
        assert_eq!(workers.reserve(3), 0);
        workers.release(2);
        assert_eq!(workers.reserve(8), 3);
        assert_eq!(workers.reserve(2), 0);
        workers.release(3);
        assert_eq!(workers.reserve(2), 2);
    }
}
