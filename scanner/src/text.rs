//! The one text loop: plain content through a streaming session, or, for a large local file,
//! block by block on several threads (see `crate::split`). Every input ends here: local files,
//! standard input, staged blobs, S3 bodies and the members of archives, in UTF-8 or decoded
//! from UTF-16 on the way in (see `crate::utf16`).

use crate::finding::{Finding, Reason};
use crate::object::InputError;
use crate::split::{Split, SplitWorkers};
use crate::{Scanner, Severity};
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Read};
use std::ops::ControlFlow;

/// What scanning one piece of text came to; its findings went to the caller as they settled.
#[derive(Debug, Default)]
pub(crate) struct TextOutcome {
    pub(crate) bytes: u64,
    pub(crate) counts: BTreeMap<String, u64>,
    pub(crate) severity: Option<Severity>,
    /// The scan ended at the first finding of the `stop_at` severity (or `Session::stop`).
    pub(crate) stopped: bool,
    /// The caller's sink asked to stop; findings after that were not reported.
    pub(crate) halted: bool,
    /// A read failed; the findings before it were reported.
    pub(crate) error: Option<io::Error>,
}

impl TextOutcome {
    /// A finished session's outcome, whose findings were all taken.
    pub(crate) fn from_session(outcome: crate::Outcome, error: Option<io::Error>) -> TextOutcome {
        debug_assert!(outcome.findings.is_empty());
        TextOutcome {
            bytes: outcome.bytes,
            counts: outcome.counts,
            severity: outcome.severity,
            stopped: outcome.stopped,
            halted: false,
            error,
        }
    }
}

/// How a piece of text may be read.
pub(crate) struct TextSource<'a> {
    /// The local file the text is, when it can be read at any offset (a regular file at the
    /// top level): large ones are split into blocks.
    pub(crate) file: Option<&'a File>,
    pub(crate) split: Split,
    /// Shared by the files of one walk (`None`: this file may use `split.threads`).
    pub(crate) split_workers: Option<&'a SplitWorkers>,
    /// The text is UTF-16, decoded as it is read (never split into blocks).
    pub(crate) utf16: Option<crate::utf16::Utf16>,
}

/// What the session reads, and where its findings lie in the source: the bytes as they are,
/// or text decoded on the way in.
pub(crate) trait TextInput: Read {
    /// Moves findings from offsets in the bytes read to offsets in the source.
    fn place(&self, _findings: &mut [Finding]) {}
    /// Source bytes consumed, when they are not the bytes read.
    fn source_bytes(&self) -> Option<u64> {
        None
    }
}

/// Bytes read as they are.
struct AsIs<'a>(&'a mut dyn Read);

impl Read for AsIs<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.read(buf)
    }
}

impl TextInput for AsIs<'_> {}

/// Scans everything `reader` yields as text, handing findings to `emit` in order of position
/// as they settle, until `emit` asks to stop. `reader` and `source.file` hold the same bytes
/// from the start (the reader may have them in a buffer first).
pub(crate) fn scan_text(
    scanner: &Scanner,
    reader: &mut dyn Read,
    source: &TextSource,
    emit: &mut dyn FnMut(Vec<Finding>) -> ControlFlow<()>,
) -> TextOutcome {
    // A local file's size when its scan starts: whether to split it, and whether it shrank.
    let planned = source.file.and_then(|f| f.metadata().ok()).map(|m| m.len());
    #[cfg(unix)]
    if let (Some(file), Some(len), None) = (source.file, planned, source.utf16) {
        let workers = source.split_workers;
        if let Some(mut split) =
            crate::split::scan_in_blocks(scanner, file, len, source.split, workers, emit)
        {
            // A failed `pread` is the file's error, not a decoder's.
            split.error = split.error.map(crate::object::source_error);
            return split;
        }
    }
    let (outcome, error, halted) = match source.utf16 {
        Some(utf16) => stream(
            scanner,
            &mut crate::utf16::Decoder::new(reader, utf16),
            emit,
        ),
        None => stream(scanner, &mut AsIs(reader), emit),
    };
    let mut error = error;
    if let Some(planned) = planned {
        if error.is_none() && !halted && !outcome.stopped && outcome.bytes < planned {
            // Truncated while it was read: what was read is reported, but it is not the file
            // that was there. (A file that grows, such as a live log, is complete for what was
            // read.)
            error = Some(InputError::into_io(
                Reason::ObjectChangedDuringScan,
                format!(
                    "the file shrank while it was read: {} bytes at the start, {} read",
                    planned, outcome.bytes
                ),
            ));
        }
    }
    let mut text = TextOutcome::from_session(outcome, error);
    text.halted = halted;
    text
}

/// The session over `input` until its end, a read error or `emit` asking to stop; findings go
/// to `emit` placed in the source. Returns the finished session's outcome (its bytes the
/// source's), the read error and whether `emit` stopped it.
fn stream(
    scanner: &Scanner,
    input: &mut dyn TextInput,
    emit: &mut dyn FnMut(Vec<Finding>) -> ControlFlow<()>,
) -> (crate::Outcome, Option<io::Error>, bool) {
    let mut session = scanner.session();
    let mut error = None;
    let mut halted = false;
    loop {
        match session.feed_once(&mut *input) {
            Ok(0) => break,
            Ok(_) => {
                // Called after every chunk, with nothing to report too: the sink may want to
                // stop a long object (an interrupt, a closed output).
                let mut findings = if session.findings().is_empty() {
                    Vec::new()
                } else {
                    session.take_findings()
                };
                input.place(&mut findings);
                if emit(findings).is_break() {
                    halted = true;
                    session.stop();
                    break;
                }
            }
            Err(e) => {
                error = Some(e);
                break;
            }
        }
    }
    let mut outcome = session.finish();
    if !halted && !outcome.findings.is_empty() {
        // Everything was read and reported: a stop asked now ends only what comes next (the
        // caller's sink remembers it).
        let mut findings = std::mem::take(&mut outcome.findings);
        input.place(&mut findings);
        let _ = emit(findings);
    }
    outcome.findings.clear();
    if let Some(bytes) = input.source_bytes() {
        outcome.bytes = bytes;
    }
    (outcome, error, halted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::classify;

    #[test]
    fn a_file_that_shrinks_while_it_is_read_is_not_complete() {
        let scanner = Scanner::builder().build().unwrap();
        let file = tempfile_with(&[b'x'; 4096]);
        // The reader ends after 100 bytes of a file that had 4096 when the scan started.
        let source = TextSource {
            file: Some(&file),
            split: Split::NONE,
            split_workers: None,
            utf16: None,
        };
        let outcome = scan_text(&scanner, &mut &[b'x'; 100][..], &source, &mut |_| {
            ControlFlow::Continue(())
        });
        let error = outcome.error.expect("recorded as changed");
        assert_eq!(classify(&error).0, Reason::ObjectChangedDuringScan);
        assert_eq!(outcome.bytes, 100);
    }

    fn tempfile_with(content: &[u8]) -> File {
        use std::io::Write;
        let path = std::env::temp_dir().join(format!("trawl-text-{}", std::process::id()));
        std::fs::File::create(&path)
            .unwrap()
            .write_all(content)
            .unwrap();
        let file = File::open(&path).unwrap();
        let _ = std::fs::remove_file(&path);
        file
    }
}
