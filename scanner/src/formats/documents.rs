//! The text of documents: docx paragraphs, xlsx cells (`location.cell`), PDF pages
//! (`location.page`).
//!
//! A document's pieces of text go through one streaming session, separated by newlines, so a
//! value is found wherever it sits and offsets are in the extracted text. A sorted list of
//! (offset, location) gives each finding the cell or page it starts in.

use super::limits::Compressed;
use super::Walk;
use crate::finding::{Location, Reason};
use crate::object::{classify, decoder_message, Tally};
use crate::session::Session;
use crate::text::TextOutcome;
use std::fs::File;
use std::io::{BufReader, Read, Seek};

/// Text pieces on their way into a session, with where each starts.
struct Extracted<'w, 'a> {
    walk: &'w Walk<'a>,
    session: Session,
    container: &'w [String],
    offset: u64,
    locations: Vec<(u64, Location)>,
    /// The caller's sink asked to stop: the rest of the document is not read.
    halted: bool,
}

impl<'w, 'a> Extracted<'w, 'a> {
    fn new(walk: &'w Walk<'a>, container: &'w [String]) -> Self {
        Extracted {
            walk,
            session: walk.scanner.session(),
            container,
            offset: 0,
            locations: Vec::new(),
            halted: false,
        }
    }

    /// Starts a piece at `location` (cells and pages; paragraphs need none).
    fn locate_next(&mut self, location: Location) {
        self.locations.push((self.offset, location));
    }

    fn push(&mut self, text: &[u8]) {
        self.session.feed(text);
        self.offset += text.len() as u64;
        if !self.session.findings().is_empty() {
            let findings = self.session.take_findings();
            let flow = report_located(self.walk, self.container, &self.locations, findings);
            if flow.is_break() {
                // A stopped session ignores what is fed to it.
                self.halted = true;
                self.session.stop();
            }
        }
    }

    fn finish(self, mut tally: Tally) -> Tally {
        let mut finished = self.session.finish();
        let findings = std::mem::take(&mut finished.findings);
        if !self.halted {
            let _ = report_located(self.walk, self.container, &self.locations, findings);
        }
        let mut text = TextOutcome::from_session(finished, None);
        text.halted = self.halted;
        tally.add_text(text);
        tally
    }
}

/// Reports findings with the cell or page each starts in (the last location at or before it).
fn report_located(
    walk: &Walk<'_>,
    container: &[String],
    locations: &[(u64, Location)],
    findings: Vec<crate::Finding>,
) -> std::ops::ControlFlow<()> {
    let locate = |start: u64| -> Option<Location> {
        let at = locations.partition_point(|(offset, _)| *offset <= start);
        at.checked_sub(1).map(|i| locations[i].1.clone())
    };
    walk.report(
        findings,
        container,
        if locations.is_empty() {
            None
        } else {
            Some(&locate)
        },
    )
}

/// `word/document.xml`: `<w:t>` runs, tabs and breaks; each paragraph ends a line.
pub(super) fn docx<R: Read + Seek>(
    walk: &mut Walk<'_>,
    archive: &mut zip::ZipArchive<R>,
    container: &[String],
) -> Tally {
    use quick_xml::events::Event;
    let mut outcome = Tally::default();
    let entry = match archive.by_name("word/document.xml") {
        Ok(entry) => entry,
        Err(e) => {
            return Tally::skipped(
                if e.to_string().contains("assword") {
                    Reason::EncryptedFile
                } else {
                    Reason::MalformedFile
                },
                decoder_message(&e),
            )
        }
    };
    let compressed = entry.compressed_size();
    let limited = walk.limited(entry, Compressed::Declared(compressed));
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(limited));
    let mut text = Extracted::new(walk, container);
    let mut in_text = false;
    let mut pending = Vec::with_capacity(64 * 1024);
    let mut buf = Vec::new();
    loop {
        let event = match reader.read_event_into(&mut buf) {
            Ok(event) => event,
            Err(quick_xml::Error::Io(e)) => {
                let (reason, message) = classify(&e);
                outcome.partial(reason, message);
                break;
            }
            Err(e) => {
                outcome.partial(
                    Reason::MalformedFile,
                    format!("word/document.xml: {}", decoder_message(&e)),
                );
                break;
            }
        };
        match event {
            Event::Start(e) if e.local_name().as_ref() == "t" => in_text = true,
            Event::End(e) if e.local_name().as_ref() == "t" => in_text = false,
            Event::End(e) if e.local_name().as_ref() == "p" => pending.push(b'\n'),
            Event::Empty(e) if e.local_name().as_ref() == "tab" => pending.push(b'\t'),
            Event::Empty(e) if matches!(e.local_name().as_ref(), "br" | "cr") => {
                pending.push(b'\n')
            }
            Event::Text(e) if in_text => pending.extend_from_slice(e.xml10_content().as_bytes()),
            Event::CData(e) if in_text => pending.extend_from_slice(e.xml10_content().as_bytes()),
            Event::GeneralRef(e) if in_text => {
                let resolved = match e.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => match e.as_ref() {
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        _ => None,
                    },
                };
                if let Some(c) = resolved {
                    pending.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
        if pending.len() >= 64 * 1024 {
            text.push(&pending);
            pending.clear();
        }
    }
    text.push(&pending);
    text.finish(outcome)
}

/// Spreadsheet column letters: 0 → A, 26 → AA.
fn column_name(mut column: u32) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (column % 26) as u8);
        if column < 26 {
            break;
        }
        column = column / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// Every non-empty cell of every sheet, located as `Sheet!C5`.
pub(super) fn xlsx(walk: &mut Walk<'_>, file: &mut File, container: &[String]) -> Tally {
    use calamine::Reader as _;
    if let Err(e) = file.seek(std::io::SeekFrom::Start(0)) {
        return Tally::skipped(Reason::ReadError, e.to_string());
    }
    let mut workbook: calamine::Xlsx<_> =
        match calamine::open_workbook_from_rs(BufReader::new(&mut *file)) {
            Ok(workbook) => workbook,
            Err(e) => {
                return Tally::skipped(
                    Reason::MalformedFile,
                    format!("not a readable xlsx: {}", decoder_message(&e)),
                )
            }
        };
    let mut outcome = Tally::default();
    let mut text = Extracted::new(walk, container);
    let mut line = String::new();
    for sheet in workbook.sheet_names() {
        let range = match workbook.worksheet_range(&sheet) {
            Ok(range) => range,
            Err(e) => {
                outcome.partial(
                    Reason::MalformedFile,
                    format!("sheet {sheet}: {}", decoder_message(&e)),
                );
                continue;
            }
        };
        let (row0, col0) = range.start().unwrap_or((0, 0));
        for (row, col, value) in range.used_cells() {
            line.clear();
            use std::fmt::Write as _;
            let _ = write!(line, "{value}");
            if line.is_empty() {
                continue;
            }
            line.push('\n');
            let cell = format!(
                "{sheet}!{}{}",
                column_name(col0 + col as u32),
                row0 + row as u32 + 1
            );
            text.locate_next(Location {
                cell: Some(cell),
                ..Location::default()
            });
            text.push(line.as_bytes());
        }
    }
    text.finish(outcome)
}

/// The message of a PDF the reader gave up on with a panic.
const PDF_READER_FAILED: &str = "the PDF reader failed on malformed content";

/// The text of each page, located by its 1-based number.
pub(super) fn pdf(walk: &mut Walk<'_>, bytes: &[u8], container: &[String]) -> Tally {
    // lopdf panics on some malformed documents (an `Encoding` asked of a dictionary that is no
    // font, found by the pdf fuzz target): a panic is that document's failure, not the scan's.
    let loaded = std::panic::catch_unwind(|| lopdf::Document::load_mem(bytes));
    let document = match loaded {
        Err(_) => return Tally::skipped(Reason::MalformedFile, PDF_READER_FAILED),
        Ok(Ok(document)) => document,
        Ok(Err(e)) => {
            let reason = if e.to_string().to_ascii_lowercase().contains("encrypt") {
                Reason::EncryptedFile
            } else {
                Reason::MalformedFile
            };
            return Tally::skipped(
                reason,
                format!("not a readable PDF: {}", decoder_message(&e)),
            );
        }
    };
    if document.is_encrypted() {
        return Tally::skipped(Reason::EncryptedFile, "encrypted PDF");
    }
    let mut outcome = Tally::default();
    let mut text = Extracted::new(walk, container);
    for page in document.get_pages().keys() {
        let extracted = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            document.extract_text(&[*page])
        }));
        let Ok(extracted) = extracted else {
            outcome.partial(
                Reason::MalformedFile,
                format!("page {page}: {PDF_READER_FAILED}"),
            );
            continue;
        };
        match extracted {
            Ok(page_text) => {
                text.locate_next(Location {
                    page: Some(u64::from(*page)),
                    ..Location::default()
                });
                text.push(page_text.as_bytes());
                text.push(b"\n");
            }
            Err(e) => outcome.partial(
                Reason::MalformedFile,
                format!("page {page}: {}", decoder_message(&e)),
            ),
        }
    }
    text.finish(outcome)
}

#[cfg(test)]
mod tests {
    #[test]
    fn column_names() {
        assert_eq!(super::column_name(0), "A");
        assert_eq!(super::column_name(25), "Z");
        assert_eq!(super::column_name(26), "AA");
        assert_eq!(super::column_name(27), "AB");
        assert_eq!(super::column_name(701), "ZZ");
        assert_eq!(super::column_name(702), "AAA");
    }
}
