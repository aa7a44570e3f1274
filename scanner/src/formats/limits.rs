//! Limits on what archives may make trawl decompress, and the readers that enforce them while
//! bytes stream (a declared size can lie; the byte count cannot).

use crate::finding::Reason;
use crate::object::{source_error, InputError};
use std::cell::Cell;
use std::io::{self, Read};
use std::rc::Rc;

/// Counts the bytes read from the underlying input and marks its errors as the input's
/// (`crate::object::SourceError`).
pub(crate) struct Counting<R> {
    pub(crate) inner: R,
    pub(crate) count: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self.inner.read(buf) {
            Ok(n) => {
                self.count.set(self.count.get() + n as u64);
                Ok(n)
            }
            // Errors already classified (from a nested reader) pass through unchanged.
            Err(e) => Err(source_error(e)),
        }
    }
}

/// Where the compressed size of a member comes from, for the ratio check.
pub(crate) enum Compressed {
    /// Bytes read so far from the compressed stream (gzip).
    Counted(Rc<Cell<u64>>),
    /// The size an archive declares (zip).
    Declared(u64),
}

/// A decompressed member's bytes, stopped at the member size, the object's total budget and the
/// compression ratio.
pub(crate) struct Limited<R> {
    pub(crate) inner: R,
    pub(crate) read: u64,
    pub(crate) max_member_size: u64,
    /// Bytes the whole object may still decompress.
    pub(crate) budget: Rc<Cell<u64>>,
    pub(crate) compressed: Compressed,
    pub(crate) max_ratio: u64,
}

/// Below this many decompressed bytes the ratio is not checked: tiny members compress
/// absurdly well (a 10 KB file of spaces) without being bombs.
pub(crate) const RATIO_GRACE_BYTES: u64 = 1 << 20;

impl<R: Read> Read for Limited<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        let hit = |reason, message: String| Err(InputError::into_io(reason, message));
        if self.read > self.max_member_size {
            return hit(
                Reason::ArchiveMemberSizeOverLimit,
                format!(
                    "member larger than {} bytes decompressed",
                    self.max_member_size
                ),
            );
        }
        let left = self.budget.get();
        if n as u64 > left {
            self.budget.set(0);
            return hit(
                Reason::ArchiveTotalBytesExtractedOverLimit,
                "the object's decompressed-bytes limit was reached".into(),
            );
        }
        self.budget.set(left - n as u64);
        if self.read > RATIO_GRACE_BYTES {
            let compressed = match &self.compressed {
                Compressed::Counted(count) => count.get(),
                Compressed::Declared(size) => *size,
            };
            if self.read / compressed.max(1) > self.max_ratio {
                return hit(
                    Reason::ArchiveCompressionRatioOverLimit,
                    format!(
                        "decompresses to more than {} times its compressed size",
                        self.max_ratio
                    ),
                );
            }
        }
        Ok(n)
    }
}
