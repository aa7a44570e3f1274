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

use crate::finding::{Finding, Reason};
use crate::object::{
    binary_skip, classify, decoder_message, read_head_or_skip, Halting, Input, Sink, Tally,
    STOPPED_BY_CALLER,
};
use crate::split::{Split, SplitWorkers};
use crate::text::{scan_text, TextSource};
use crate::Scanner;
use limits::{Compressed, Counting, Limited};
use std::cell::Cell;
use std::fs::File;
use std::io::{self, Cursor, Read, Seek, SeekFrom};
use std::ops::ControlFlow;
use std::rc::Rc;

/// The largest PDF parsed (in memory).
const MAX_PDF_BYTES: u64 = 64 << 20;

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

/// One top-level object's scan.
struct Walk<'a> {
    scanner: &'a Scanner,
    sink: &'a Halting<'a>,
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
/// seeking) as `source`, decoding containers and documents; every member's record goes to the
/// sink, and the object's tally is returned.
pub(crate) fn scan_object(
    scanner: &Scanner,
    reader: &mut dyn Read,
    file: Option<&mut File>,
    input: &Input,
    sink: &Halting,
) -> Tally {
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
    walk.scan(reader, file, &mut Vec::new(), 0)
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
    ) -> Tally {
        let outcome = self.scan_inner(reader, file, container, depth);
        if !container.is_empty() {
            let _ = self.sink.object(outcome.record(self.source, container));
        }
        outcome
    }

    fn scan_inner(
        &mut self,
        reader: &mut dyn Read,
        file: Option<&mut File>,
        container: &mut Vec<String>,
        depth: usize,
    ) -> Tally {
        let head = match read_head_or_skip(reader) {
            Ok(head) => head,
            Err(skipped) => return skipped,
        };
        let mut kind = sniff(&head);
        // UTF-16 text is plain content. A byte-order mark outweighs tar's `ustar` at offset
        // 257 (the only magic not at the start, which UTF-16 text can spell).
        let utf16 = crate::utf16::detect(&head)
            .filter(|u| kind == Kind::Plain || (kind == Kind::Tar && u.bom > 0));
        if utf16.is_some() {
            kind = Kind::Plain;
        }
        if kind != Kind::Plain && kind != Kind::Pdf && depth >= self.limits.max_depth {
            return Tally::skipped(
                Reason::ArchiveNestingLevelOverLimit,
                format!("archives nested more than {} deep", self.limits.max_depth),
            );
        }
        if kind == Kind::Plain && utf16.is_none() {
            if let Some(binary) = binary_skip(&head, self.binary) {
                return binary;
            }
        }
        let mut whole = Cursor::new(head).chain(reader);
        match kind {
            Kind::Plain => {
                let file = file.filter(|_| depth == 0).map(|f| &*f);
                self.scan_text(&mut whole, file, container, utf16)
            }
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

    /// Plain content through the text loop; a top-level local file may be split, UTF-16 is
    /// decoded on the way.
    fn scan_text(
        &mut self,
        reader: &mut dyn Read,
        file: Option<&File>,
        container: &[String],
        utf16: Option<crate::utf16::Utf16>,
    ) -> Tally {
        let text = TextSource {
            file,
            split: self.split,
            split_workers: self.split_workers,
            utf16,
        };
        let walk = &*self;
        let mut emit = |findings| walk.report(findings, container, None);
        let mut tally = Tally::default();
        tally.add_text(scan_text(self.scanner, reader, &text, &mut emit));
        tally
    }

    fn report(
        &self,
        mut findings: Vec<Finding>,
        container: &[String],
        locate: Option<&dyn Fn(u64) -> Option<crate::Location>>,
    ) -> ControlFlow<()> {
        // An empty list (between chunks) reaches the caller's sink as a poll, in `Halting`.
        for f in &mut findings {
            f.container = container.to_vec();
            if let Some(locate) = locate {
                f.location = locate(f.start);
            }
        }
        self.sink.findings(self.source, findings)
    }

    fn scan_gzip(
        &mut self,
        reader: &mut dyn Read,
        container: &mut Vec<String>,
        depth: usize,
    ) -> Tally {
        let compressed = Rc::new(Cell::new(0));
        let counting = Counting {
            inner: reader,
            count: compressed.clone(),
        };
        let mut decoder = flate2::read::MultiGzDecoder::new(counting);
        // The first read parses the header, which may carry the original file name.
        let head = match read_head_or_skip(&mut decoder) {
            Ok(head) => head,
            Err(skipped) => return skipped,
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
        let mut outcome = Tally::default();
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

    fn next_member(&mut self, outcome: &mut Tally) -> bool {
        if self.sink.is_halted() {
            outcome.partial(Reason::Stopped, STOPPED_BY_CALLER);
            return false;
        }
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
    ) -> Tally {
        let mut outcome = Tally::default();
        let mut archive = tar::Archive::new(reader);
        let entries = match archive.entries() {
            Ok(entries) => entries,
            Err(e) => return Tally::skipped(Reason::MalformedFile, decoder_message(&e)),
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
                let skipped = Tally::skipped(
                    Reason::ArchiveMemberSizeOverLimit,
                    format!(
                        "{} bytes; the member limit is {}",
                        entry.size(),
                        self.limits.max_member_size
                    ),
                );
                let _ = self.sink.object(skipped.record(self.source, container));
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
        then: impl FnOnce(&mut Self, &mut File) -> Tally,
    ) -> Tally {
        let mut file = match tempfile::tempfile() {
            Ok(file) => file,
            Err(e) => {
                return Tally::skipped(
                    Reason::ReadError,
                    format!("no temporary file for random access: {e}"),
                )
            }
        };
        let mut bounded = reader.take(self.limits.max_member_size + 1);
        match io::copy(&mut bounded, &mut file) {
            Ok(n) if n > self.limits.max_member_size => {
                return Tally::skipped(
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
                return Tally::skipped(reason, message);
            }
        }
        if let Err(e) = file.seek(SeekFrom::Start(0)) {
            return Tally::skipped(Reason::ReadError, e.to_string());
        }
        then(self, &mut file)
    }

    fn scan_zip_file(
        &mut self,
        file: &mut File,
        container: &mut Vec<String>,
        depth: usize,
    ) -> Tally {
        if let Err(e) = file.seek(SeekFrom::Start(0)) {
            return Tally::skipped(Reason::ReadError, e.to_string());
        }
        let mut archive = match zip::ZipArchive::new(&mut *file) {
            Ok(archive) => archive,
            Err(e) => {
                return Tally::skipped(
                    Reason::MalformedFile,
                    format!("not a readable zip: {}", decoder_message(&e)),
                )
            }
        };
        if archive.index_for_name("word/document.xml").is_some() {
            return documents::docx(self, &mut archive, container);
        }
        if archive.index_for_name("xl/workbook.xml").is_some() {
            drop(archive);
            return documents::xlsx(self, file, container);
        }
        let mut outcome = Tally::default();
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
                    outcome.partial(Reason::MalformedFile, decoder_message(&e));
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
                let skipped = Tally::skipped(Reason::EncryptedFile, "encrypted zip member");
                let _ = self.sink.object(skipped.record(self.source, container));
                skipped
            } else if size > self.limits.max_member_size {
                let skipped = Tally::skipped(
                    Reason::ArchiveMemberSizeOverLimit,
                    format!(
                        "{size} bytes; the member limit is {}",
                        self.limits.max_member_size
                    ),
                );
                let _ = self.sink.object(skipped.record(self.source, container));
                skipped
            } else if size > limits::RATIO_GRACE_BYTES
                && size / compressed.max(1) > self.limits.max_ratio
            {
                let skipped = Tally::skipped(
                    Reason::ArchiveCompressionRatioOverLimit,
                    format!("{size} bytes from {compressed} compressed"),
                );
                let _ = self.sink.object(skipped.record(self.source, container));
                skipped
            } else {
                match archive.by_index(index) {
                    Ok(entry) => {
                        let mut limited = self.limited(entry, Compressed::Declared(compressed));
                        self.scan(&mut limited, None, container, depth + 1)
                    }
                    Err(e) => {
                        let skipped = Tally::skipped(Reason::MalformedFile, decoder_message(&e));
                        let _ = self.sink.object(skipped.record(self.source, container));
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

    fn scan_pdf(&mut self, reader: &mut dyn Read, container: &[String]) -> Tally {
        // The PDF parser needs the whole file in memory (and about as much again for its
        // objects), so PDFs are read only up to a cap that keeps a scan within its memory
        // target; larger ones are skipped with the reason.
        let cap = self.limits.max_member_size.min(MAX_PDF_BYTES);
        let mut bytes = Vec::new();
        let mut bounded = reader.take(cap + 1);
        if let Err(e) = bounded.read_to_end(&mut bytes) {
            let (reason, message) = classify(&e);
            return Tally::skipped(reason, message);
        }
        if bytes.len() as u64 > cap {
            return Tally::skipped(
                Reason::FileExceedsSizeLimit,
                format!("PDF larger than {cap} bytes, the most trawl parses"),
            );
        }
        documents::pdf(self, &bytes, container)
    }
}
