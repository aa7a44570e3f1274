//! UTF-16 text is text: decoded as it streams (chunk boundaries and reads that split code
//! units included), scanned, and reported at the source's offsets, lines and columns, with or
//! without `binary`.

use std::io::Read;
use std::ops::ControlFlow;
use std::sync::Mutex;
use trawl_scanner::{Finding, ObjectOptions, ObjectRecord, Scanner, Sink, Status};

const TOKEN: &str = "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";

#[derive(Default)]
struct Collect(Mutex<(Vec<Finding>, Vec<ObjectRecord>)>);

impl Sink for Collect {
    fn findings(&self, _: &str, findings: Vec<Finding>) -> ControlFlow<()> {
        self.0.lock().unwrap().0.extend(findings);
        ControlFlow::Continue(())
    }
    fn object(&self, record: ObjectRecord) -> ControlFlow<()> {
        self.0.lock().unwrap().1.push(record);
        ControlFlow::Continue(())
    }
}

/// Hands out at most `step` bytes per read.
struct Trickle<'a>(&'a [u8], usize);

impl Read for Trickle<'_> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let n = self.0.len().min(self.1).min(out.len());
        out[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

fn utf16le(text: &str, bom: bool) -> Vec<u8> {
    let mut out = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
    out.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    out
}

fn utf16be(text: &str) -> Vec<u8> {
    let mut out = vec![0xFE, 0xFF];
    out.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    out
}

fn scan(
    scanner: &Scanner,
    bytes: &[u8],
    step: usize,
    binary: bool,
) -> (Vec<Finding>, ObjectRecord) {
    let sink = Collect::default();
    let options = ObjectOptions::default().binary(binary);
    trawl_scanner::scan_object(scanner, Trickle(bytes, step), "export.reg", &options, &sink);
    let (findings, mut records) = sink.0.into_inner().unwrap();
    (findings, records.remove(0))
}

fn detail<'a>(f: &'a Finding, key: &str) -> Option<&'a str> {
    f.details
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v.as_str())
}

#[test]
fn a_utf16_file_is_scanned_as_text_with_or_without_binary() {
    let scanner = Scanner::builder().build().unwrap();
    let text = format!("Windows Registry Editor Version 5.00\r\n\r\n\"Owner\"=\"Zoë Müller\"\r\n\"Token\"=\"{TOKEN}\"\r\n");
    for (bytes, encoding) in [
        (utf16le(&text, true), "utf-16le"),
        (utf16le(&text, false), "utf-16le"),
        (utf16be(&text), "utf-16be"),
    ] {
        for binary in [false, true] {
            let (findings, record) = scan(&scanner, &bytes, 4096, binary);
            assert_eq!(
                record.status,
                Status::Complete,
                "{encoding} binary={binary}"
            );
            assert_eq!(record.bytes, bytes.len() as u64);
            let token: Vec<&Finding> = findings
                .iter()
                .filter(|f| f.id() == "GITHUB_TOKEN")
                .collect();
            assert_eq!(token.len(), 1, "{encoding} binary={binary}: {findings:?}");
            let f = token[0];
            assert_eq!(f.value(), TOKEN.as_bytes());
            // The source's bytes, line and column (the BOM counts; Zoë and Müller are one
            // code unit per character).
            let start = f.start as usize;
            let source = &bytes[start..f.end as usize];
            let units: Vec<u16> = source
                .chunks_exact(2)
                .map(|u| match encoding {
                    "utf-16be" => u16::from_be_bytes([u[0], u[1]]),
                    _ => u16::from_le_bytes([u[0], u[1]]),
                })
                .collect();
            assert_eq!(String::from_utf16(&units).unwrap(), TOKEN);
            assert_eq!(f.line, 4);
            assert_eq!(f.column, 1 + 2 * "\"Token\"=\"".len() as u64);
            assert_eq!(detail(f, "encoding"), Some(encoding));
            let decoded_start: usize = detail(f, "decoded_start").unwrap().parse().unwrap();
            assert_eq!(
                &text.as_bytes()[decoded_start..decoded_start + TOKEN.len()],
                TOKEN.as_bytes()
            );
        }
    }
}

#[test]
fn a_value_across_chunk_boundaries_and_split_reads_is_found_once() {
    // A 4 KiB chunk: the token sits across the first chunk boundary of the decoded text, and
    // reads of 1, 3 and 7 bytes split code units and characters.
    let scanner = Scanner::builder().chunk_size(4096).build().unwrap();
    for shift in [4070usize, 4080, 4090, 4095] {
        let mut text = String::new();
        while text.len() < shift {
            text.push_str(if text.len() % 97 == 0 { "é\n" } else { "x" });
        }
        text.truncate(text.floor_char_boundary(shift));
        text.push_str(&format!(" token={TOKEN} tail\n"));
        let bytes = utf16le(&text, true);
        for step in [1, 3, 7, 4096] {
            let (findings, record) = scan(&scanner, &bytes, step, false);
            assert_eq!(record.status, Status::Complete);
            let token: Vec<&Finding> = findings
                .iter()
                .filter(|f| f.id() == "GITHUB_TOKEN")
                .collect();
            assert_eq!(token.len(), 1, "shift {shift}, reads of {step}");
            let span = &bytes[token[0].start as usize..token[0].end as usize];
            assert_eq!(
                span,
                utf16le(TOKEN, false),
                "shift {shift}, reads of {step}"
            );
        }
    }
}

#[test]
fn a_fingerprint_is_the_same_in_either_encoding() {
    let scanner = Scanner::builder().build().unwrap();
    let text = format!("token={TOKEN}\n");
    let plain = scanner.scan_bytes(text.as_bytes());
    let (wide, _) = scan(&scanner, &utf16le(&text, true), 4096, false);
    assert_eq!(plain.findings.len(), 1);
    assert_eq!(wide.len(), 1);
    assert_eq!(plain.findings[0].fingerprint, wide[0].fingerprint);
    assert_eq!(plain.findings[0].redacted, wide[0].redacted);
}

#[test]
fn binary_content_is_still_binary() {
    let scanner = Scanner::builder().build().unwrap();
    let mut elf = b"\x7fELF\x02\x01\x01\0".to_vec();
    elf.extend(std::iter::repeat_n(0u8, 200));
    let (_, record) = scan(&scanner, &elf, 4096, false);
    assert_eq!(record.status, Status::Skipped);
}
