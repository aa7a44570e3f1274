//! A Sink that asks to stop: the object being scanned stops at its next round, no further
//! object is started, and the record says what happened.

use std::io::Read;
use std::ops::ControlFlow;
use std::sync::Mutex;
use trawl_scanner::files::{self, FileOptions};
use trawl_scanner::{Finding, ObjectRecord, Reason, Scanner, Sink, Status};

const TOKEN: &str = "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";

/// Keeps what arrives and asks to stop after the first findings.
#[derive(Default)]
struct StopAtFirst(Mutex<(Vec<Finding>, Vec<ObjectRecord>)>);

impl Sink for StopAtFirst {
    fn findings(&self, _: &str, findings: Vec<Finding>) -> ControlFlow<()> {
        self.0.lock().unwrap().0.extend(findings);
        ControlFlow::Break(())
    }
    fn object(&self, record: ObjectRecord) -> ControlFlow<()> {
        self.0.lock().unwrap().1.push(record);
        ControlFlow::Continue(())
    }
}

/// A long stream with a token every `every` bytes, produced as it is read (never whole).
struct Tokens {
    left: u64,
    every: usize,
    at: usize,
    line: Vec<u8>,
}

impl Tokens {
    fn new(bytes: u64, every: usize) -> Self {
        Tokens {
            left: bytes,
            every,
            at: 0,
            line: format!("token={TOKEN}\n").into_bytes(),
        }
    }
}

impl Read for Tokens {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = (buf.len() as u64).min(self.left) as usize;
        for b in &mut buf[..n] {
            *b = if self.at < self.line.len() {
                self.line[self.at]
            } else if self.at % 80 == 79 {
                b'\n'
            } else {
                b'x'
            };
            self.at = (self.at + 1) % self.every;
        }
        self.left -= n as u64;
        Ok(n)
    }
}

#[test]
fn a_stream_stops_at_the_round_after_the_sink_asks() {
    let scanner = Scanner::builder().build().unwrap();
    let total = 64 << 20;
    let sink = StopAtFirst::default();
    let record = trawl_scanner::scan_object(
        &scanner,
        Tokens::new(total, 4000),
        "stream",
        &Default::default(),
        &sink,
    );
    assert_eq!(record.status, Status::Partial, "{record:?}");
    assert_eq!(record.reason, Some(Reason::Stopped), "{record:?}");
    assert!(
        record.bytes < total / 8,
        "read on after the stop: {} of {total} bytes",
        record.bytes
    );
    let (findings, records) = sink.0.into_inner().unwrap();
    // One round's findings were delivered (a round holds many tokens), none after.
    assert!(!findings.is_empty());
    assert!(
        (findings.len() as u64) < total / 4000 / 8,
        "{} findings delivered after the stop",
        findings.len()
    );
    assert_eq!(records, [record]);
}

#[test]
fn a_walk_starts_no_file_after_the_sink_asks() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..40 {
        std::fs::write(
            dir.path().join(format!("f{i:02}.env")),
            format!("TOKEN={TOKEN}\n"),
        )
        .unwrap();
    }
    let scanner = Scanner::builder().build().unwrap();
    let sink = StopAtFirst::default();
    let options = FileOptions {
        threads: 1,
        ..FileOptions::default()
    };
    files::scan_paths(&scanner, &[dir.path().to_path_buf()], &options, &sink).unwrap();
    let (findings, records) = sink.0.into_inner().unwrap();
    assert_eq!(findings.len(), 1);
    // The file whose findings asked to stop still gets its record (it was read whole).
    assert_eq!(records.len(), 1, "{records:?}");
    assert_eq!(records[0].status, Status::Complete);
}

#[cfg(feature = "formats")]
#[test]
fn an_archive_starts_no_member_after_the_sink_asks() {
    use std::io::Write;
    let mut zipped = std::io::Cursor::new(Vec::new());
    {
        let mut writer = zip::ZipWriter::new(&mut zipped);
        for i in 0..5 {
            writer
                .start_file(
                    format!("m{i}.env"),
                    zip::write::SimpleFileOptions::default(),
                )
                .unwrap();
            writer
                .write_all(format!("TOKEN={TOKEN}\n").as_bytes())
                .unwrap();
        }
        writer.finish().unwrap();
    }
    let scanner = Scanner::builder().build().unwrap();
    let sink = StopAtFirst::default();
    let record = trawl_scanner::scan_object(
        &scanner,
        &zipped.get_ref()[..],
        "bundle.zip",
        &Default::default(),
        &sink,
    );
    assert_eq!(record.status, Status::Partial, "{record:?}");
    assert_eq!(record.reason, Some(Reason::Stopped), "{record:?}");
    let (findings, records) = sink.0.into_inner().unwrap();
    assert_eq!(findings.len(), 1);
    // The first member's record, then the archive's.
    assert_eq!(records.len(), 2, "{records:?}");
    assert_eq!(records[0].container, ["m0.env"]);
}
