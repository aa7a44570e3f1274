//! Containers and documents: gzip, tar, zip (streamed or read by seeking), and the text of
//! docx, xlsx and PDF files, detected by content.
//!
//! A member is scanned as content of its own: its findings carry `container`, the member paths
//! from the outermost in, and their offsets and lines are in the decoded member. Each member
//! gets an object record (with `container`), and the top-level object one that says whether
//! everything inside was scanned. Limits (nesting, members, member size, total bytes,
//! compression ratio) are enforced while bytes stream, so a bomb stops early with a reason
//! instead of filling memory or disk.

mod documents;
mod limits;

pub use crate::limits::Limits;

use crate::files::{Input, Sink, Split, SplitWorkers};
use crate::finding::{Finding, ObjectRecord, Reason, Status};
use crate::{Scanner, Severity};
use limits::{classify, Compressed, Counting, Limited};
use std::cell::Cell;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Cursor, Read, Seek, SeekFrom};
use std::rc::Rc;

/// The largest PDF parsed (in memory).
const MAX_PDF_BYTES: u64 = 64 << 20;

/// Bytes inspected to recognise a format (and, for plain content, to tell binary from text).
const SNIFF_BYTES: usize = 8 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Gzip,
    Zip,
    Tar,
    Pdf,
    Plain,
}

fn sniff(head: &[u8]) -> Kind {
    if head.starts_with(&[0x1f, 0x8b]) {
        Kind::Gzip
    } else if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        Kind::Zip
    } else if head.len() > 262 && &head[257..262] == b"ustar" {
        Kind::Tar
    } else if head.starts_with(b"%PDF-") {
        Kind::Pdf
    } else {
        Kind::Plain
    }
}

/// The outcome of one object or member.
#[derive(Debug, Default)]
struct Outcome {
    problem: Option<(Status, Reason, String)>,
    bytes: u64,
    counts: BTreeMap<String, u64>,
    severity: Option<Severity>,
}

impl Outcome {
    fn skipped(reason: Reason, message: impl Into<String>) -> Outcome {
        Outcome {
            problem: Some((Status::Skipped, reason, message.into())),
            ..Outcome::default()
        }
    }

    /// Folds a member's outcome into its container's: counts add up, and a member that was
    /// not fully scanned makes the container PARTIAL (the first reason is kept).
    fn absorb(&mut self, member: &Outcome) {
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

    fn partial(&mut self, reason: Reason, message: impl Into<String>) {
        if self.problem.is_none() {
            self.problem = Some((Status::Partial, reason, message.into()));
        }
    }

    fn record(&self, source: &str, container: &[String]) -> ObjectRecord {
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
            findings: self.counts.clone(),
            severity: self.severity,
        }
    }
}

/// One top-level object's scan.
struct Walk<'a> {
    scanner: &'a Scanner,
    sink: &'a dyn Sink,
    source: &'a str,
    binary: bool,
    limits: Limits,
    split: Split,
    split_workers: Option<&'a SplitWorkers>,
    /// Decompressed bytes the object may still produce.
    budget: Rc<Cell<u64>>,
    members: u64,
}

/// Scans `reader` (the whole object; `file` when it is a local file that can be read by
/// seeking) as `source`, decoding containers and documents; returns the object's record, also
/// sent to the sink after every member's.
pub(crate) fn scan_object(
    scanner: &Scanner,
    reader: &mut dyn Read,
    file: Option<&mut File>,
    input: &Input,
    sink: &dyn Sink,
) -> ObjectRecord {
    let mut walk = Walk {
        scanner,
        sink,
        source: input.source,
        binary: input.binary,
        limits: *input.limits,
        split: input.split,
        split_workers: input.split_workers,
        budget: Rc::new(Cell::new(input.limits.max_extracted)),
        members: 0,
    };
    let outcome = walk.scan(reader, file, &mut Vec::new(), 0);
    let record = outcome.record(input.source, &[]);
    sink.object(record.clone());
    record
}

/// Reads up to `SNIFF_BYTES` (fewer only at the end of the input).
fn read_head(reader: &mut dyn Read) -> io::Result<Vec<u8>> {
    let mut head = vec![0u8; SNIFF_BYTES];
    let mut filled = 0;
    while filled < head.len() {
        match reader.read(&mut head[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    head.truncate(filled);
    Ok(head)
}

impl Walk<'_> {
    fn limited<R: Read>(&self, inner: R, compressed: Compressed) -> Limited<R> {
        Limited {
            inner,
            read: 0,
            max_member_size: self.limits.max_member_size,
            budget: self.budget.clone(),
            compressed,
            max_ratio: self.limits.max_ratio,
        }
    }

    /// Scans one object or member; emits the member's record (not the top-level one).
    fn scan(
        &mut self,
        reader: &mut dyn Read,
        file: Option<&mut File>,
        container: &mut Vec<String>,
        depth: usize,
    ) -> Outcome {
        let outcome = self.scan_inner(reader, file, container, depth);
        if !container.is_empty() {
            self.sink.object(outcome.record(self.source, container));
        }
        outcome
    }

    fn scan_inner(
        &mut self,
        reader: &mut dyn Read,
        file: Option<&mut File>,
        container: &mut Vec<String>,
        depth: usize,
    ) -> Outcome {
        let head = match read_head(reader) {
            Ok(head) => head,
            Err(e) => {
                let (reason, message) = classify(&e);
                return Outcome::skipped(reason, message);
            }
        };
        let kind = sniff(&head);
        if kind != Kind::Plain && kind != Kind::Pdf && depth >= self.limits.max_depth {
            return Outcome::skipped(
                Reason::ArchiveNestingLevelOverLimit,
                format!("archives nested more than {} deep", self.limits.max_depth),
            );
        }
        let has_nul = memchr::memchr(0, &head).is_some();
        let mut whole = Cursor::new(head).chain(reader);
        match kind {
            Kind::Plain if has_nul && !self.binary => Outcome::skipped(
                Reason::BinaryFile,
                "contains NUL bytes; scan it with --binary",
            ),
            Kind::Plain => match file {
                Some(file) if depth == 0 => self.scan_text_file(file, &mut whole, container),
                _ => self.scan_text(&mut whole, container),
            },
            Kind::Gzip => self.scan_gzip(&mut whole, container, depth),
            Kind::Tar => self.scan_tar(&mut whole, container, depth),
            Kind::Zip => match file {
                Some(file) => self.scan_zip_file(file, container, depth),
                None => self.spill_then(&mut whole, |walk, file| {
                    walk.scan_zip_file(file, container, depth)
                }),
            },
            Kind::Pdf => self.scan_pdf(&mut whole, container),
        }
    }

    /// Plain content through a streaming session.
    fn scan_text(&mut self, reader: &mut dyn Read, container: &[String]) -> Outcome {
        let mut outcome = Outcome::default();
        let mut session = self.scanner.session();
        loop {
            match session.feed_once(reader) {
                Ok(0) => break,
                Ok(_) => {
                    if !session.findings().is_empty() {
                        self.report(session.take_findings(), container, None);
                    }
                }
                Err(e) => {
                    let (reason, message) = classify(&e);
                    outcome.partial(reason, message);
                    break;
                }
            }
        }
        let finished = session.finish();
        if finished.stopped {
            outcome.partial(
                Reason::Stopped,
                "stopped at the first finding of the stop-at severity",
            );
        }
        self.report(finished.findings, container, None);
        outcome.bytes = finished.bytes;
        outcome.counts = finished.counts;
        outcome.severity = finished.severity;
        outcome
    }

    /// A top-level text file: in blocks on several threads when it is large (see
    /// `crate::split`), else like any plain content.
    fn scan_text_file(
        &mut self,
        file: &mut File,
        reader: &mut dyn Read,
        container: &[String],
    ) -> Outcome {
        #[cfg(unix)]
        if let Ok(metadata) = file.metadata() {
            let (scanner, split, workers) = (self.scanner, self.split, self.split_workers);
            let walk = &*self;
            let mut emit = |findings| walk.report(findings, container, None);
            let len = metadata.len();
            let split = crate::split::scan_in_blocks(scanner, file, len, split, workers, &mut emit);
            if let Some(split) = split {
                let mut outcome = Outcome {
                    bytes: split.bytes,
                    counts: split.counts,
                    severity: split.severity,
                    ..Outcome::default()
                };
                if let Some(e) = split.error {
                    let (reason, message) = classify(&e);
                    outcome.partial(reason, message);
                } else if split.stopped {
                    outcome.partial(
                        Reason::Stopped,
                        "stopped at the first finding of the stop-at severity",
                    );
                }
                return outcome;
            }
        }
        #[cfg(not(unix))]
        let _ = file;
        self.scan_text(reader, container)
    }

    fn report(
        &self,
        mut findings: Vec<Finding>,
        container: &[String],
        locate: Option<&dyn Fn(u64) -> Option<crate::Location>>,
    ) {
        if findings.is_empty() {
            return;
        }
        for f in &mut findings {
            f.container = container.to_vec();
            if let Some(locate) = locate {
                f.location = locate(f.start);
            }
        }
        self.sink.findings(self.source, findings);
    }

    fn scan_gzip(
        &mut self,
        reader: &mut dyn Read,
        container: &mut Vec<String>,
        depth: usize,
    ) -> Outcome {
        let compressed = Rc::new(Cell::new(0));
        let counting = Counting {
            inner: reader,
            count: compressed.clone(),
        };
        let mut decoder = flate2::read::MultiGzDecoder::new(counting);
        // The first read parses the header, which may carry the original file name.
        let head = match read_head(&mut decoder) {
            Ok(head) => head,
            Err(e) => {
                let (reason, message) = classify(&e);
                return Outcome::skipped(reason, message);
            }
        };
        let name = decoder
            .header()
            .and_then(|h| h.filename())
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_else(|| self.inner_name(container));
        let mut limited = self.limited(
            Cursor::new(head).chain(decoder),
            Compressed::Counted(compressed),
        );
        container.push(name);
        let member = self.scan(&mut limited, None, container, depth + 1);
        container.pop();
        let mut outcome = Outcome::default();
        outcome.absorb(&member);
        outcome
    }

    /// The name of a gzip's content without a name in its header: the file's, minus `.gz`.
    fn inner_name(&self, container: &[String]) -> String {
        let outer = container.last().map(String::as_str).unwrap_or(self.source);
        let base = outer.rsplit('/').next().unwrap_or(outer);
        if let Some(stem) = base.strip_suffix(".tgz") {
            format!("{stem}.tar")
        } else if let Some(stem) = base.strip_suffix(".gz") {
            stem.to_string()
        } else {
            format!("{base}.decompressed")
        }
    }

    fn next_member(&mut self, outcome: &mut Outcome) -> bool {
        self.members += 1;
        if self.members > self.limits.max_members {
            outcome.partial(
                Reason::ArchiveMemberCountOverLimit,
                format!("more than {} archive members", self.limits.max_members),
            );
            return false;
        }
        true
    }

    fn scan_tar(
        &mut self,
        reader: &mut dyn Read,
        container: &mut Vec<String>,
        depth: usize,
    ) -> Outcome {
        let mut outcome = Outcome::default();
        let mut archive = tar::Archive::new(reader);
        let entries = match archive.entries() {
            Ok(entries) => entries,
            Err(e) => return Outcome::skipped(Reason::MalformedFile, e.to_string()),
        };
        for entry in entries {
            let mut entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    let (reason, message) = classify(&e);
                    outcome.partial(reason, message);
                    break;
                }
            };
            let kind = entry.header().entry_type();
            if !(kind.is_file() || kind == tar::EntryType::Continuous || kind.is_gnu_sparse()) {
                continue; // directories, links, devices: no content of their own
            }
            if !self.next_member(&mut outcome) {
                break;
            }
            let path = entry
                .path()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| "?".into());
            container.push(path);
            let member = if entry.size() > self.limits.max_member_size {
                let skipped = Outcome::skipped(
                    Reason::ArchiveMemberSizeOverLimit,
                    format!(
                        "{} bytes; the member limit is {}",
                        entry.size(),
                        self.limits.max_member_size
                    ),
                );
                self.sink.object(skipped.record(self.source, container));
                skipped
            } else {
                let mut limited = self.limited(&mut entry, Compressed::Declared(u64::MAX));
                self.scan(&mut limited, None, container, depth + 1)
            };
            container.pop();
            outcome.absorb(&member);
            if self.budget.get() == 0 {
                break;
            }
        }
        outcome
    }

    /// Copies a member that needs random access (zip, documents) to an anonymous temporary
    /// file, within the member size limit, then runs `then` on it.
    fn spill_then(
        &mut self,
        reader: &mut dyn Read,
        then: impl FnOnce(&mut Self, &mut File) -> Outcome,
    ) -> Outcome {
        let mut file = match tempfile::tempfile() {
            Ok(file) => file,
            Err(e) => {
                return Outcome::skipped(
                    Reason::ReadError,
                    format!("no temporary file for random access: {e}"),
                )
            }
        };
        let mut bounded = reader.take(self.limits.max_member_size + 1);
        match io::copy(&mut bounded, &mut file) {
            Ok(n) if n > self.limits.max_member_size => {
                return Outcome::skipped(
                    Reason::ArchiveMemberSizeOverLimit,
                    format!(
                        "larger than {} bytes; needs random access",
                        self.limits.max_member_size
                    ),
                )
            }
            Ok(_) => {}
            Err(e) => {
                let (reason, message) = classify(&e);
                return Outcome::skipped(reason, message);
            }
        }
        if let Err(e) = file.seek(SeekFrom::Start(0)) {
            return Outcome::skipped(Reason::ReadError, e.to_string());
        }
        then(self, &mut file)
    }

    fn scan_zip_file(
        &mut self,
        file: &mut File,
        container: &mut Vec<String>,
        depth: usize,
    ) -> Outcome {
        if let Err(e) = file.seek(SeekFrom::Start(0)) {
            return Outcome::skipped(Reason::ReadError, e.to_string());
        }
        let mut archive = match zip::ZipArchive::new(&mut *file) {
            Ok(archive) => archive,
            Err(e) => {
                return Outcome::skipped(Reason::MalformedFile, format!("not a readable zip: {e}"))
            }
        };
        if archive.index_for_name("word/document.xml").is_some() {
            return documents::docx(self, &mut archive, container);
        }
        if archive.index_for_name("xl/workbook.xml").is_some() {
            drop(archive);
            return documents::xlsx(self, file, container);
        }
        let mut outcome = Outcome::default();
        for index in 0..archive.len() {
            let (name, is_dir, encrypted, size, compressed) = match archive.by_index_raw(index) {
                Ok(m) => {
                    // A name that is not valid UTF-8 (in the zip's declared encoding) keeps its index.
                    let name = m
                        .name()
                        .map(|n| n.into_owned())
                        .unwrap_or_else(|_| format!("#{index}"));
                    (
                        name,
                        m.is_dir(),
                        m.encrypted(),
                        m.size(),
                        m.compressed_size(),
                    )
                }
                Err(e) => {
                    outcome.partial(Reason::MalformedFile, e.to_string());
                    continue;
                }
            };
            if is_dir {
                continue;
            }
            if !self.next_member(&mut outcome) {
                break;
            }
            container.push(name);
            let member = if encrypted {
                let skipped = Outcome::skipped(Reason::EncryptedFile, "encrypted zip member");
                self.sink.object(skipped.record(self.source, container));
                skipped
            } else if size > self.limits.max_member_size {
                let skipped = Outcome::skipped(
                    Reason::ArchiveMemberSizeOverLimit,
                    format!(
                        "{size} bytes; the member limit is {}",
                        self.limits.max_member_size
                    ),
                );
                self.sink.object(skipped.record(self.source, container));
                skipped
            } else if size > limits::RATIO_GRACE_BYTES
                && size / compressed.max(1) > self.limits.max_ratio
            {
                let skipped = Outcome::skipped(
                    Reason::ArchiveCompressionRatioOverLimit,
                    format!("{size} bytes from {compressed} compressed"),
                );
                self.sink.object(skipped.record(self.source, container));
                skipped
            } else {
                match archive.by_index(index) {
                    Ok(entry) => {
                        let mut limited = self.limited(entry, Compressed::Declared(compressed));
                        self.scan(&mut limited, None, container, depth + 1)
                    }
                    Err(e) => {
                        let skipped = Outcome::skipped(Reason::MalformedFile, e.to_string());
                        self.sink.object(skipped.record(self.source, container));
                        skipped
                    }
                }
            };
            container.pop();
            outcome.absorb(&member);
            if self.budget.get() == 0 {
                break;
            }
        }
        outcome
    }

    fn scan_pdf(&mut self, reader: &mut dyn Read, container: &[String]) -> Outcome {
        // The PDF parser needs the whole file in memory (and about as much again for its
        // objects), so PDFs are read only up to a cap that keeps a scan within its memory
        // target; larger ones are skipped with the reason.
        let cap = self.limits.max_member_size.min(MAX_PDF_BYTES);
        let mut bytes = Vec::new();
        let mut bounded = reader.take(cap + 1);
        if let Err(e) = bounded.read_to_end(&mut bytes) {
            let (reason, message) = classify(&e);
            return Outcome::skipped(reason, message);
        }
        if bytes.len() as u64 > cap {
            return Outcome::skipped(
                Reason::FileExceedsSizeLimit,
                format!("PDF larger than {cap} bytes, the most trawl parses"),
            );
        }
        documents::pdf(self, &bytes, container)
    }
}
