//! The object layer: one object (a file, standard input, a staged blob, an S3 body) from its
//! first byte to its record.
//!
//! Every object considered yields exactly one [`ObjectRecord`] through the [`Sink`]: COMPLETE,
//! PARTIAL (a read failed mid-way, a limit was reached, or the scan stopped early; findings
//! before it are reported) or SKIPPED with a reason. Findings stream to the sink as they
//! settle, so a 2 GB object never holds more than one chunk in memory. With the `formats`
//! feature, archives and documents are decoded here (see `crate::formats`); without it they are
//! binary content. Every piece of text ends in the one text loop (`crate::text`), and every
//! outcome becomes a record through one conversion ([`Tally::add_text`]).

use crate::finding::{Finding, ObjectRecord, Reason, Status};
use crate::split::{Split, SplitWorkers};
use crate::text::TextOutcome;
#[cfg(not(feature = "formats"))]
use crate::text::{scan_text, TextSource};
use crate::{Limits, Scanner, Severity};
use std::collections::BTreeMap;
use std::fs::File;
#[cfg(not(feature = "formats"))]
use std::io::Cursor;
use std::io::{self, Read};
use std::ops::ControlFlow;
use std::sync::atomic::{AtomicBool, Ordering};

/// Bytes inspected for a NUL byte to tell binary from text, as git does (and, with the
/// `formats` feature, to recognise a container or document by its content).
pub const BINARY_SNIFF_BYTES: usize = 8 * 1024;

/// Receives results; called from several threads at once. Either method may return
/// `ControlFlow::Break(())` to stop the scan: the object being scanned stops at its next round
/// (its record, still sent, is PARTIAL with `STOPPED`, unless everything was already read), and
/// no further object is started.
///
/// ```
/// use std::ops::ControlFlow;
/// use std::sync::Mutex;
/// use trawl_scanner::{Finding, ObjectRecord, Sink};
///
/// /// Keeps what arrives, from any thread.
/// #[derive(Default)]
/// struct Collect(Mutex<(Vec<String>, Vec<ObjectRecord>)>);
///
/// impl Sink for Collect {
///     fn findings(&self, source: &str, findings: Vec<Finding>) -> ControlFlow<()> {
///         let mut seen = self.0.lock().unwrap();
///         seen.0.extend(findings.iter().map(|f| format!("{source}:{} {}", f.line, f.id())));
///         ControlFlow::Continue(())
///     }
///     fn object(&self, record: ObjectRecord) -> ControlFlow<()> {
///         self.0.lock().unwrap().1.push(record);
///         ControlFlow::Continue(())
///     }
/// }
///
/// let scanner = trawl_scanner::Scanner::builder().build()?;
/// let sink = Collect::default();
/// let body = &b"id: 1\ntoken: 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\n"[..];
/// trawl_scanner::scan_object(&scanner, body, "upload.yml", &Default::default(), &sink);
/// let (findings, records) = sink.0.into_inner().unwrap();
/// assert_eq!(findings, ["upload.yml:2 GITHUB_TOKEN"]);
/// assert_eq!(records[0].status, trawl_scanner::Status::Complete);
/// # Ok::<(), trawl_scanner::BuildError>(())
/// ```
pub trait Sink: Sync {
    /// Findings of `source`, in order of position, as they settle (several calls per object).
    fn findings(&self, source: &str, findings: Vec<Finding>) -> ControlFlow<()>;
    /// The object's record, after all its findings.
    fn object(&self, record: ObjectRecord) -> ControlFlow<()>;
    /// Asked between chunks of text (about every chunk's worth of bytes, findings or not), so
    /// a long object with nothing to report can still be stopped: return `Break` to stop as
    /// [`Sink::findings`] would. Called often: keep it cheap (an atomic load, a lock).
    fn poll(&self) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }
    /// An object an input had listed (an S3 listing page, a directory already read) but did
    /// not start, because the sink asked to stop. It gets no record.
    fn not_reached(&self, _source: &str) {}
}

/// The caller's sink, and whether it has asked to stop: inputs check it before each object.
pub(crate) struct Halting<'a> {
    sink: &'a dyn Sink,
    halted: AtomicBool,
}

impl<'a> Halting<'a> {
    pub(crate) fn new(sink: &'a dyn Sink) -> Self {
        Halting {
            sink,
            halted: AtomicBool::new(false),
        }
    }

    pub(crate) fn is_halted(&self) -> bool {
        self.halted.load(Ordering::Relaxed)
    }

    fn note(&self, flow: ControlFlow<()>) -> ControlFlow<()> {
        if flow.is_break() {
            self.halted.store(true, Ordering::Relaxed);
        }
        flow
    }
}

impl Sink for Halting<'_> {
    fn findings(&self, source: &str, findings: Vec<Finding>) -> ControlFlow<()> {
        if findings.is_empty() {
            // The text loop's call between chunks: the caller's sink is polled, never handed
            // an empty list.
            return self.poll();
        }
        if self.is_halted() {
            return ControlFlow::Break(());
        }
        self.note(self.sink.findings(source, findings))
    }
    fn object(&self, record: ObjectRecord) -> ControlFlow<()> {
        // Records are still sent after a stop: the object being scanned gets its own.
        self.note(self.sink.object(record))
    }
    fn poll(&self) -> ControlFlow<()> {
        if self.is_halted() {
            return ControlFlow::Break(());
        }
        self.note(self.sink.poll())
    }
    fn not_reached(&self, source: &str) {
        self.sink.not_reached(source);
    }
}

/// A read error that knows which [`Reason`] it stands for (an S3 object that changed while it
/// was read, a denied GET, an archive limit reached), carried inside an `io::Error` through
/// readers and decoders.
#[derive(Debug)]
pub(crate) struct InputError {
    pub(crate) reason: Reason,
    pub(crate) message: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for InputError {}

impl InputError {
    pub(crate) fn into_io(reason: Reason, message: impl Into<String>) -> io::Error {
        io::Error::other(InputError {
            reason,
            message: message.into(),
        })
    }
}

/// The reason an error of the input itself (opening or reading a file) stands for.
pub(crate) fn reason_for(error: &io::Error) -> Reason {
    if let Some(input) = error.get_ref().and_then(|e| e.downcast_ref::<InputError>()) {
        return input.reason;
    }
    match error.kind() {
        io::ErrorKind::PermissionDenied => Reason::AccessDenied,
        io::ErrorKind::NotFound => Reason::NotFound,
        _ => Reason::ReadError,
    }
}

/// An error of the underlying input (the disk, the network), as opposed to a decoder's.
#[derive(Debug)]
pub(crate) struct SourceError(pub(crate) io::Error);

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for SourceError {}

/// Marks `error` as the input's own, unless it already says what it is.
pub(crate) fn source_error(error: io::Error) -> io::Error {
    let classified = error
        .get_ref()
        .is_some_and(|e| e.is::<InputError>() || e.is::<SourceError>());
    if classified || error.kind() == io::ErrorKind::Interrupted {
        error
    } else {
        io::Error::other(SourceError(error))
    }
}

/// A decoder's error as a record may show it: the decoder's own words before the first `:`,
/// backtick, quote or newline (`numeric field was not a number`, `ill-formed document`,
/// `invalid gzip header`), never what it goes on to quote from the content, which may be a
/// secret (found by the fuzz targets: the tar and XML readers quote the bytes they reject).
pub(crate) fn decoder_message(error: &dyn std::fmt::Display) -> String {
    let text = error.to_string();
    let head = text
        .split([':', '`', '"', '\'', '\n', '(', '['])
        .next()
        .unwrap_or_default()
        .trim();
    let plain = !head.is_empty()
        && head.len() <= 80
        && head
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b' ' || b == b'-');
    if plain {
        head.to_string()
    } else {
        "unreadable content".to_string()
    }
}

/// What an I/O error during an object's or member's scan means for its record.
pub(crate) fn classify(error: &io::Error) -> (Reason, String) {
    if let Some(inner) = error.get_ref() {
        if let Some(input) = inner.downcast_ref::<InputError>() {
            return (input.reason, input.message.clone());
        }
        if let Some(source) = inner.downcast_ref::<SourceError>() {
            return (reason_for(&source.0), source.0.to_string());
        }
    }
    // Anything else came from a decoder: the content is not what it claims to be.
    (Reason::MalformedFile, decoder_message(error))
}

/// The input's reader, with its errors marked as the input's ([`SourceError`]).
pub(crate) struct SourceReader<R>(pub(crate) R);

impl<R: Read> Read for SourceReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.read(buf).map_err(source_error)
    }
}

/// The message of an object whose scan the caller's [`Sink`] stopped.
pub(crate) const STOPPED_BY_CALLER: &str = "stopped before the end, at the caller's request";

/// A reader that fails with `FILE_EXCEEDS_SIZE_LIMIT` once it would yield more than its limit
/// (the bytes up to the limit are read and scanned).
struct SizeLimited<R> {
    inner: R,
    limit: Option<u64>,
    /// Bytes that may still be read (`None`: no limit).
    left: Option<u64>,
}

impl<R: Read> Read for SizeLimited<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let Some(left) = self.left else {
            return self.inner.read(buf);
        };
        if left == 0 {
            // At the limit: one byte more says whether the object goes on.
            let mut probe = [0u8; 1];
            return match self.inner.read(&mut probe)? {
                0 => Ok(0),
                _ => Err(InputError::into_io(
                    Reason::FileExceedsSizeLimit,
                    format!(
                        "more than {} bytes, the maximum file size; the bytes before it were scanned",
                        self.limit.unwrap_or(0)
                    ),
                )),
            };
        }
        let want = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        self.left = Some(left - n as u64);
        Ok(n)
    }
}

/// What one object or member came to, on its way to an [`ObjectRecord`].
#[derive(Debug, Default)]
pub(crate) struct Tally {
    problem: Option<(Status, Reason, String)>,
    pub(crate) bytes: u64,
    pub(crate) counts: BTreeMap<String, u64>,
    pub(crate) severity: Option<Severity>,
}

impl Tally {
    pub(crate) fn skipped(reason: Reason, message: impl Into<String>) -> Tally {
        Tally {
            problem: Some((Status::Skipped, reason, message.into())),
            ..Tally::default()
        }
    }

    /// The object is PARTIAL for `reason`, unless an earlier problem already says why.
    pub(crate) fn partial(&mut self, reason: Reason, message: impl Into<String>) {
        if self.problem.is_none() {
            self.problem = Some((Status::Partial, reason, message.into()));
        }
    }

    /// Takes in a text scan's outcome: its bytes, counts and severity, and whether it was cut
    /// short by a read error or an early stop. The one place where either becomes PARTIAL.
    pub(crate) fn add_text(&mut self, text: TextOutcome) {
        if let Some(e) = &text.error {
            let (reason, message) = classify(e);
            self.partial(reason, message);
        } else if text.halted {
            self.partial(Reason::Stopped, STOPPED_BY_CALLER);
        } else if text.stopped {
            self.partial(
                Reason::Stopped,
                "stopped at the first finding of the stop-at severity",
            );
        }
        self.bytes = text.bytes;
        self.counts = text.counts;
        self.severity = text.severity;
    }

    /// Folds a member's tally into its container's: counts add up, and a member that was not
    /// fully scanned makes the container PARTIAL (the first reason is kept).
    #[cfg_attr(not(feature = "formats"), allow(dead_code))]
    pub(crate) fn absorb(&mut self, member: &Tally) {
        self.bytes += member.bytes;
        for (id, n) in &member.counts {
            *self.counts.entry(id.clone()).or_default() += n;
        }
        self.severity = self.severity.max(member.severity);
        if self.problem.is_none() {
            if let Some((_, reason, message)) = &member.problem {
                self.problem = Some((Status::Partial, *reason, message.clone()));
            }
        }
    }

    pub(crate) fn record(&self, source: &str, container: &[String]) -> ObjectRecord {
        let (status, reason, message) = match &self.problem {
            Some((status, reason, message)) => (*status, Some(*reason), Some(message.clone())),
            None => (Status::Complete, None, None),
        };
        ObjectRecord {
            kind: "object",
            source: source.to_string(),
            container: container.to_vec(),
            status,
            reason,
            message,
            bytes: self.bytes,
            etag: None,
            version_id: None,
            findings: self.counts.clone(),
            severity: self.severity,
            detections: Vec::new(),
        }
    }
}

/// How one object is read.
pub(crate) struct Input<'a> {
    pub(crate) source: &'a str,
    pub(crate) binary: bool,
    /// Container limits (used with the `formats` feature).
    #[cfg_attr(not(feature = "formats"), allow(dead_code))]
    pub(crate) limits: &'a Limits,
    /// The most bytes read (see [`ObjectOptions::max_size`]).
    pub(crate) max_size: Option<u64>,
    pub(crate) split: Split,
    /// Shared by the files of one walk (`None`: this file may use `split.threads`).
    pub(crate) split_workers: Option<&'a SplitWorkers>,
}

/// Scans the object `reader` yields as `source`, streaming findings to `sink`, and returns
/// its record (also sent to the sink). With the `formats` feature, containers and documents
/// are decoded (within `options.limits`); without it, they are binary content, SKIPPED unless
/// `options.binary`.
pub fn scan_object<R: Read>(
    scanner: &Scanner,
    reader: R,
    source: &str,
    options: &ObjectOptions,
    sink: &dyn Sink,
) -> ObjectRecord {
    let input = Input {
        source,
        binary: options.binary,
        limits: &options.limits,
        max_size: options.max_size,
        split: Split::NONE,
        split_workers: None,
    };
    scan_input(scanner, reader, None, &input, sink)
}

/// Scans one object; `file` is the local file `reader` reads, when it can be read by seeking
/// (a zip or document is then never copied, and a large text file may be split).
pub(crate) fn scan_input<R: Read>(
    scanner: &Scanner,
    reader: R,
    file: Option<&mut File>,
    input: &Input,
    sink: &dyn Sink,
) -> ObjectRecord {
    let mut reader = SourceReader(SizeLimited {
        inner: reader,
        limit: input.max_size,
        left: input.max_size,
    });
    let halting = Halting::new(sink);
    #[cfg(feature = "formats")]
    let tally = crate::formats::scan_object(scanner, &mut reader, file, input, &halting);
    #[cfg(not(feature = "formats"))]
    let tally = scan_plain(scanner, &mut reader, file.map(|f| &*f), input, &halting);
    let sink: &dyn Sink = &halting;
    let record = tally.record(input.source, &[]);
    let _ = sink.object(record.clone());
    record
}

/// Without the `formats` feature every object is plain content: text, or binary.
#[cfg(not(feature = "formats"))]
fn scan_plain(
    scanner: &Scanner,
    reader: &mut dyn Read,
    file: Option<&File>,
    input: &Input,
    sink: &dyn Sink,
) -> Tally {
    let head = match read_head_or_skip(reader) {
        Ok(head) => head,
        Err(skipped) => return skipped,
    };
    let utf16 = crate::utf16::detect(&head);
    if utf16.is_none() {
        if let Some(binary) = binary_skip(&head, input.binary) {
            return binary;
        }
    }
    let text = TextSource {
        file,
        split: input.split,
        split_workers: input.split_workers,
        utf16,
    };
    let mut emit = |findings| sink.findings(input.source, findings);
    let mut tally = Tally::default();
    let outcome = scan_text(
        scanner,
        &mut Cursor::new(head).chain(reader),
        &text,
        &mut emit,
    );
    tally.add_text(outcome);
    tally
}

/// Reads up to [`BINARY_SNIFF_BYTES`] (fewer only at the end of the input); a read that fails
/// gives the SKIPPED tally it stands for.
pub(crate) fn read_head_or_skip(reader: &mut dyn Read) -> Result<Vec<u8>, Tally> {
    let mut head = vec![0u8; BINARY_SNIFF_BYTES];
    let mut filled = 0;
    while filled < head.len() {
        match reader.read(&mut head[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => {
                let (reason, message) = classify(&e);
                return Err(Tally::skipped(reason, message));
            }
        }
    }
    head.truncate(filled);
    Ok(head)
}

/// SKIPPED as binary when the head of plain content holds a NUL byte and binary content is
/// not wanted. (UTF-16 text, whose head is full of NUL bytes, is recognised before this: see
/// `crate::utf16`.)
pub(crate) fn binary_skip(head: &[u8], binary: bool) -> Option<Tally> {
    (!binary && memchr::memchr(0, head).is_some()).then(|| {
        Tally::skipped(
            Reason::BinaryFile,
            "contains NUL bytes and is not UTF-16 text; scan it with --binary",
        )
    })
}

/// How [`Scanner::scan_object`] reads an object.
///
/// ```
/// use trawl_scanner::{Limits, ObjectOptions};
/// let options = ObjectOptions::default().binary(true).limits(Limits::default());
/// # let _ = options;
/// ```
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct ObjectOptions {
    /// Scan content with NUL bytes as text instead of skipping it as `BINARY_FILE`.
    pub binary: bool,
    /// What archives may decompress (with the `formats` feature).
    pub limits: Limits,
    /// The most bytes read from the object: past it the object is PARTIAL with
    /// `FILE_EXCEEDS_SIZE_LIMIT`, and what was read is reported (a stream, a device or a file
    /// that grows has no size to check first).
    pub max_size: Option<u64>,
}

impl ObjectOptions {
    /// Reads at most `bytes` of the object.
    pub fn max_size(mut self, bytes: Option<u64>) -> Self {
        self.max_size = bytes;
        self
    }

    /// Scans content with NUL bytes too.
    pub fn binary(mut self, yes: bool) -> Self {
        self.binary = yes;
        self
    }

    /// Limits on what archives may decompress.
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }
}

/// Everything [`Scanner::scan_object`] found in one object.
#[derive(Debug)]
#[non_exhaustive]
pub struct ObjectReport {
    /// The object's record: COMPLETE, PARTIAL or SKIPPED with its reason, and its counts.
    pub record: ObjectRecord,
    /// The records of archive members, in the order they were scanned (each with its
    /// `container`); empty for plain content.
    pub members: Vec<ObjectRecord>,
    /// The findings, members' included (with their `container`), in the order they settled.
    pub findings: Vec<Finding>,
}

impl ObjectReport {
    /// Whether every byte of the object, members included, was scanned.
    pub fn is_complete(&self) -> bool {
        self.record.status == Status::Complete
    }
}

/// Keeps what one object's scan sends.
#[derive(Default)]
struct Collect(std::sync::Mutex<(Vec<Finding>, Vec<ObjectRecord>)>);

impl Sink for Collect {
    fn findings(&self, _: &str, findings: Vec<Finding>) -> ControlFlow<()> {
        let mut kept = self.0.lock().unwrap_or_else(|e| e.into_inner());
        kept.0.extend(findings);
        ControlFlow::Continue(())
    }
    fn object(&self, record: ObjectRecord) -> ControlFlow<()> {
        let mut kept = self.0.lock().unwrap_or_else(|e| e.into_inner());
        kept.1.push(record);
        ControlFlow::Continue(())
    }
}

impl Scanner {
    /// Scans one object, as an upload pipeline receives it: archives and documents are decoded
    /// (with the `formats` feature, within `options.limits`), binary content is skipped unless
    /// `options.binary`, and a read error or a limit makes the record PARTIAL with the findings
    /// before it kept. Memory is bounded by the chunk size and the findings; a zip or document
    /// read from a stream is copied to an anonymous temporary file first (within the member size
    /// limit), since it needs random access. For results as they settle, use [`scan_object`]
    /// with a [`Sink`].
    ///
    /// ```
    /// use trawl_scanner::{ObjectOptions, Scanner, Status};
    /// let scanner = Scanner::builder().build()?;
    /// let body = &b"token: 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\n"[..];
    /// let report = scanner.scan_object(body, "upload.yml", &ObjectOptions::default());
    /// assert_eq!(report.record.status, Status::Complete);
    /// assert_eq!(report.findings[0].id(), "GITHUB_TOKEN");
    /// # Ok::<(), trawl_scanner::BuildError>(())
    /// ```
    pub fn scan_object<R: Read>(
        &self,
        reader: R,
        source: &str,
        options: &ObjectOptions,
    ) -> ObjectReport {
        let collect = Collect::default();
        let record = scan_object(self, reader, source, options, &collect);
        let (findings, mut records) = collect.0.into_inner().unwrap_or_else(|e| e.into_inner());
        // The last record is the object's own; the others are its members'.
        records.pop();
        ObjectReport {
            record,
            members: records,
            findings,
        }
    }
}

#[cfg(feature = "tokio")]
impl Scanner {
    /// [`Scanner::scan_object`] for an async body (an HTTP request, an S3 object): the body is
    /// read here, 64 KiB at a time, and handed through a queue of two chunks to the scan on a
    /// blocking thread (`tokio::task::spawn_blocking`), so memory stays bounded and the async
    /// workers never run the scan. A failed read makes the record PARTIAL (what came before it
    /// is reported). Needs a multi-threaded or blocking-capable tokio runtime.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() {
    /// use trawl_scanner::{ObjectOptions, Scanner};
    /// let scanner = Scanner::builder().build().unwrap();
    /// let body: &[u8] = b"token: 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\n";
    /// let report = scanner.scan_async_object(body, "upload.yml", &ObjectOptions::default()).await;
    /// assert_eq!(report.findings[0].id(), "GITHUB_TOKEN");
    /// # }
    /// ```
    pub async fn scan_async_object<R: tokio::io::AsyncRead + Unpin>(
        &self,
        mut reader: R,
        source: &str,
        options: &ObjectOptions,
    ) -> ObjectReport {
        use tokio::io::AsyncReadExt;
        let (chunks, queue) = tokio::sync::mpsc::channel::<io::Result<Vec<u8>>>(2);
        let scan = {
            let (scanner, source, options) = (self.clone(), source.to_string(), options.clone());
            tokio::task::spawn_blocking(move || {
                let body = QueueReader {
                    queue,
                    chunk: Vec::new(),
                    at: 0,
                };
                scanner.scan_object(body, &source, &options)
            })
        };
        loop {
            let mut chunk = vec![0u8; 64 * 1024];
            let read = reader.read(&mut chunk).await;
            let done = !matches!(read, Ok(n) if n > 0);
            let item = read.map(|n| {
                chunk.truncate(n);
                chunk
            });
            // The scan may have ended early (a stop, a skipped binary): nothing more to send.
            if chunks.send(item).await.is_err() || done {
                break;
            }
        }
        drop(chunks);
        match scan.await {
            Ok(report) => report,
            // The scan panicked: no findings can be vouched for.
            Err(e) => ObjectReport {
                record: ObjectRecord::skipped(
                    source,
                    Reason::ReadError,
                    Some(format!("the scan did not finish: {e}")),
                ),
                members: Vec::new(),
                findings: Vec::new(),
            },
        }
    }
}

/// The blocking side of [`Scanner::scan_async_object`]'s queue.
#[cfg(feature = "tokio")]
struct QueueReader {
    queue: tokio::sync::mpsc::Receiver<io::Result<Vec<u8>>>,
    chunk: Vec<u8>,
    at: usize,
}

#[cfg(feature = "tokio")]
impl Read for QueueReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.at == self.chunk.len() {
            match self.queue.blocking_recv() {
                None => return Ok(0),
                Some(Ok(chunk)) if chunk.is_empty() => return Ok(0),
                Some(Ok(chunk)) => {
                    self.chunk = chunk;
                    self.at = 0;
                }
                Some(Err(e)) => return Err(e),
            }
        }
        let n = buf.len().min(self.chunk.len() - self.at);
        buf[..n].copy_from_slice(&self.chunk[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[cfg(test)]
mod decoder_message_tests {
    use super::decoder_message;

    /// Found by the tar and docx fuzz targets: decoders quote the bytes they reject.
    #[test]
    fn keeps_the_decoders_words_not_the_content() {
        assert_eq!(
            decoder_message(
                &"numeric field was not a number: 0kQd11eq when getting cksum for a.env"
            ),
            "numeric field was not a number"
        );
        assert_eq!(
            decoder_message(
                &"ill-formed document: expected `</ghp_0kQd11eqPSwaB6>`, but `</w:r>` was found"
            ),
            "ill-formed document"
        );
        assert_eq!(
            decoder_message(&"invalid gzip header"),
            "invalid gzip header"
        );
        assert_eq!(
            decoder_message(&"ghp_0kQd11eqPSwaB6XqZfh4 not found"),
            "unreadable content"
        );
        assert_eq!(decoder_message(&""), "unreadable content");
    }
}
