//! The targets. Each takes one input and returns a short signature of what happened (for the
//! runner's pool) or the property it broke.

use crate::leaked_piece;
use crate::rng::Rng;
use std::io::Read;
use std::ops::ControlFlow;
use std::path::Path;
use std::sync::{Mutex, OnceLock};
use trawl_scanner::identifiers::is_valid_id;
use trawl_scanner::{Finding, ObjectOptions, ObjectRecord, Scanner, Sink};

/// A fuzz target.
pub struct Target {
    pub name: &'static str,
    /// Its seeds are the files of `fuzz/corpus/<corpus>/`.
    pub corpus: &'static str,
    /// Longest input tried.
    pub max_len: usize,
    /// Most memory one input may need, in bytes, above what the thread had before.
    pub memory_cap: usize,
    pub run: fn(&[u8]) -> Result<String, String>,
}

/// Every target, in the order the runner takes them.
pub const TARGETS: &[Target] = &[
    Target {
        name: "session",
        corpus: "session",
        max_len: 64 << 10,
        memory_cap: 32 << 20,
        run: session,
    },
    Target {
        name: "structure",
        corpus: "structure",
        max_len: 64 << 10,
        memory_cap: 32 << 20,
        run: session,
    },
    Target {
        name: "gzip",
        corpus: "gzip",
        max_len: 64 << 10,
        memory_cap: 64 << 20,
        run: object,
    },
    Target {
        name: "tar",
        corpus: "tar",
        max_len: 64 << 10,
        memory_cap: 64 << 20,
        run: object,
    },
    Target {
        name: "zip",
        corpus: "zip",
        max_len: 64 << 10,
        memory_cap: 64 << 20,
        run: object,
    },
    Target {
        name: "docx",
        corpus: "docx",
        max_len: 64 << 10,
        memory_cap: 64 << 20,
        run: object,
    },
    Target {
        name: "xlsx",
        corpus: "xlsx",
        max_len: 64 << 10,
        memory_cap: 64 << 20,
        run: object,
    },
    Target {
        name: "pdf",
        corpus: "pdf",
        max_len: 64 << 10,
        memory_cap: 64 << 20,
        run: object,
    },
    Target {
        name: "utf16",
        corpus: "utf16",
        max_len: 64 << 10,
        memory_cap: 64 << 20,
        run: utf16,
    },
    Target {
        name: "config",
        corpus: "config",
        max_len: 16 << 10,
        memory_cap: 32 << 20,
        run: config,
    },
    Target {
        name: "baseline",
        corpus: "baseline",
        max_len: 16 << 10,
        memory_cap: 16 << 20,
        run: baseline,
    },
    Target {
        name: "staged_diff",
        corpus: "staged_diff",
        max_len: 16 << 10,
        memory_cap: 16 << 20,
        run: staged_diff,
    },
    Target {
        name: "inventory_csv",
        corpus: "inventory_csv",
        max_len: 16 << 10,
        memory_cap: 16 << 20,
        run: inventory_csv,
    },
    Target {
        name: "items",
        corpus: "items",
        max_len: 16 << 10,
        memory_cap: 16 << 20,
        run: items,
    },
];

/// Every built-in identifier, 4 KiB rounds (the smallest), so short inputs cross rounds.
fn scanner() -> &'static Scanner {
    static SCANNER: OnceLock<Scanner> = OnceLock::new();
    SCANNER.get_or_init(|| {
        Scanner::builder()
            .chunk_size(4096)
            .build()
            .expect("the built-ins build")
    })
}

/// What a finding is, for comparing scans: identifier, span, container, location.
fn key(f: &Finding) -> String {
    format!(
        "{} {}..{} {:?} {:?}",
        f.id(),
        f.start,
        f.end,
        f.container,
        f.location
    )
}

/// The input's first two bytes seed the chunking; the rest is the text.
fn split_seed(data: &[u8]) -> (u64, &[u8]) {
    match data {
        [a, b, rest @ ..] => (u64::from(*a) << 8 | u64::from(*b), rest),
        _ => (0, data),
    }
}

/// The streaming session, and CSV / JSON structure tracking in it: fed in random pieces, it
/// finds what one call over the whole text finds, locations included.
fn session(data: &[u8]) -> Result<String, String> {
    let (seed, text) = split_seed(data);
    let scanner = scanner();
    let whole = scanner.scan_bytes(text);
    let mut rng = Rng::new(seed);
    let mut session = scanner.session();
    let mut rest = text;
    while !rest.is_empty() {
        let longest = if rng.chance(2) { 16 } else { 8192 };
        let piece = 1 + rng.below(rest.len().min(longest));
        session.feed(&rest[..piece]);
        rest = &rest[piece..];
    }
    let pieces = session.finish();
    let mut expected: Vec<String> = whole.findings.iter().map(key).collect();
    let mut got: Vec<String> = pieces.findings.iter().map(key).collect();
    expected.sort();
    got.sort();
    if expected != got {
        return Err(format!(
            "chunking changed the findings:\n  whole:  {expected:?}\n  pieces: {got:?}"
        ));
    }
    if whole.counts != pieces.counts || whole.bytes != pieces.bytes {
        return Err("chunking changed the counts or the bytes scanned".into());
    }
    Ok(format!("findings={}", expected.len().min(8)))
}

/// Collects what a scan reports, as JSON, and checks each piece for the planted secret.
#[derive(Default)]
struct Records {
    lines: Mutex<Vec<String>>,
    /// What may never hold the planted secret: record messages and redacted values.
    shown: Mutex<Vec<String>>,
    top_level: Mutex<Vec<ObjectRecord>>,
}

impl Sink for Records {
    fn findings(&self, source: &str, findings: Vec<Finding>) -> ControlFlow<()> {
        let mut lines = self.lines.lock().unwrap();
        let mut shown = self.shown.lock().unwrap();
        for f in findings {
            lines.push(format!("finding {}", key(&f)));
            let record =
                serde_json::to_value(f.record(source, false)).expect("a record serialises");
            shown.push(record["match"].as_str().unwrap_or_default().to_string());
            lines.push(record.to_string());
        }
        ControlFlow::Continue(())
    }
    fn object(&self, record: ObjectRecord) -> ControlFlow<()> {
        if let Some(message) = &record.message {
            self.shown.lock().unwrap().push(message.clone());
        }
        self.lines
            .lock()
            .unwrap()
            .push(serde_json::to_string(&record).expect("a record serialises"));
        if record.container.is_empty() {
            self.top_level.lock().unwrap().push(record);
        }
        ControlFlow::Continue(())
    }
}

/// A reader that hands out the bytes in random small pieces.
struct Pieces<'a> {
    data: &'a [u8],
    rng: Rng,
}

impl Read for Pieces<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.data.len().min(buf.len()).min(1 + self.rng.below(97));
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

/// A container or document: one top-level record whatever the bytes, no planted secret in any
/// record, and the same findings and record whether the reader gives the bytes whole or in
/// pieces.
fn object(data: &[u8]) -> Result<String, String> {
    let scanner = scanner();
    let options = ObjectOptions::default().binary(true);
    let whole = Records::default();
    trawl_scanner::scan_object(scanner, data, "fuzz-input", &options, &whole);
    let pieces = Records::default();
    let reader = Pieces {
        data,
        rng: Rng::new(data.len() as u64),
    };
    trawl_scanner::scan_object(scanner, reader, "fuzz-input", &options, &pieces);
    let records = whole.top_level.into_inner().unwrap();
    if records.len() != 1 {
        return Err(format!(
            "{} top-level records instead of one",
            records.len()
        ));
    }
    for shown in whole.shown.into_inner().unwrap() {
        if let Some(piece) = leaked_piece(shown.as_bytes()) {
            return Err(format!(
                "the planted secret's {:?} in a record's message or a redacted value: {shown}",
                String::from_utf8_lossy(piece)
            ));
        }
    }
    let lines = whole.lines.into_inner().unwrap();
    let piece_lines = pieces.lines.into_inner().unwrap();
    if lines != piece_lines {
        return Err(format!(
            "reading in pieces changed the results:\n  whole:  {lines:?}\n  pieces: {piece_lines:?}"
        ));
    }
    let record = &records[0];
    Ok(format!(
        "{:?} {:?} findings={} members={}",
        record.status,
        record.reason,
        record.findings.values().sum::<u64>().min(8),
        lines
            .iter()
            .filter(|l| l.contains("\"container\":[\""))
            .count()
            .min(8)
    ))
}

/// UTF-16 text: the object properties (whole or in pieces, one record, nothing leaked), and
/// an input with a byte-order mark finds what its decoded text finds, value for value.
fn utf16(data: &[u8]) -> Result<String, String> {
    let signature = object(data)?;
    let (little, units) = match data {
        [0xFF, 0xFE, rest @ ..] => (true, rest),
        [0xFE, 0xFF, rest @ ..] => (false, rest),
        _ => return Ok(signature),
    };
    if units.starts_with(&[0, 0]) {
        return Ok(signature); // UTF-32's mark
    }
    let units: Vec<u16> = units
        .chunks(2)
        .map(|u| match (u, little) {
            ([a, b], true) => u16::from_le_bytes([*a, *b]),
            ([a, b], false) => u16::from_be_bytes([*a, *b]),
            _ => 0xFFFD, // an odd last byte
        })
        .collect();
    let text = String::from_utf16_lossy(&units);
    let scanner = scanner();
    let id_and_fingerprint = |f: &Finding| format!("{} {:?}", f.id(), f.fingerprint);
    // The decoded text through a session of its own (no sniffing: `%PDF` or `PK` spelt in
    // UTF-16 is text, not a document).
    let mut expected: Vec<String> = scanner
        .scan_bytes(text.as_bytes())
        .findings
        .iter()
        .map(id_and_fingerprint)
        .collect();
    let report = scanner.scan_object(data, "fuzz-input", &ObjectOptions::default());
    let mut got: Vec<String> = report.findings.iter().map(id_and_fingerprint).collect();
    expected.sort();
    got.sort();
    if expected != got {
        return Err(format!(
            "UTF-16 found other values than its decoded text:\n  decoded: {expected:?}\n  utf-16:  {got:?}"
        ));
    }
    Ok(signature)
}

/// `trawl.toml`: loads or fails with an error that does not quote the planted secret; what
/// loads builds a scanner (or fails the same way).
fn config(data: &[u8]) -> Result<String, String> {
    let Ok(text) = std::str::from_utf8(data) else {
        return Ok("not UTF-8".into());
    };
    let check = |message: String| match leaked_piece(message.as_bytes()) {
        Some(piece) => Err(format!(
            "the planted secret's {:?} in a configuration error: {message}",
            String::from_utf8_lossy(piece)
        )),
        None => Ok(()),
    };
    match trawl_scanner::identifiers::parse_config(text, "fuzz.toml", Path::new(".")) {
        Err(error) => {
            // A valid identifier id is a name the user chose, shown as it is (as file names
            // are); everything else in the message is checked.
            let mut message = error.to_string();
            if let Some(id) = error.identifier.as_deref().filter(|id| is_valid_id(id)) {
                message = message.replace(id, "");
            }
            check(message)?;
            Ok(format!("error field={:?}", error.field))
        }
        Ok(config) => {
            let count = config.identifiers.len();
            match Scanner::builder().identifiers(config.identifiers).build() {
                Err(error) => check(error.to_string()).map(|()| "build error".into()),
                Ok(scanner) => {
                    // The identifiers run: their regexes are compiled on first use.
                    let _ = scanner.scan_bytes(text.as_bytes());
                    Ok(format!("identifiers={}", count.min(4)))
                }
            }
        }
    }
}

/// A baseline file: read or refused with an error that quotes no value.
fn baseline(data: &[u8]) -> Result<String, String> {
    let text = String::from_utf8_lossy(data);
    match trawl_scanner::baseline::parse(&text) {
        Ok(accepted) => Ok(format!("accepted={}", accepted.len().min(4))),
        Err(error) => {
            let message = error.to_string();
            match leaked_piece(message.as_bytes()) {
                Some(piece) => Err(format!(
                    "the planted secret's {:?} in a baseline error: {message}",
                    String::from_utf8_lossy(piece)
                )),
                None => Ok("error".into()),
            }
        }
    }
}

/// The staged-diff parser: `git diff --raw -z` output, a separator line, `git diff -U0`.
fn staged_diff(data: &[u8]) -> Result<String, String> {
    const SEPARATOR: &[u8] = b"\n=== patch ===\n";
    let at = data
        .windows(SEPARATOR.len())
        .position(|w| w == SEPARATOR)
        .unwrap_or(data.len());
    let raw = &data[..at];
    let patch = data.get(at + SEPARATOR.len()..).unwrap_or_default();
    match trawl_scanner::git::parse_diff(raw, patch) {
        Ok(files) => Ok(format!("files={}", files.min(4))),
        Err(error) => {
            let message = error.to_string();
            match leaked_piece(message.as_bytes()) {
                Some(piece) => Err(format!(
                    "the planted secret's {:?} in a diff error: {message}",
                    String::from_utf8_lossy(piece)
                )),
                None => Ok("error".into()),
            }
        }
    }
}

/// S3 Inventory CSV rows (`--inventory`), the first line being the manifest's `fileSchema`:
/// rows that parse, written again as S3 writes them (every field quoted, keys URL-encoded),
/// parse to the same rows.
fn inventory_csv(data: &[u8]) -> Result<String, String> {
    use trawl_scanner::s3::{read_inventory_csv, InventoryRow};
    let text = String::from_utf8_lossy(data);
    let (schema, body) = text.split_once('\n').unwrap_or((&text, ""));
    let read = |schema: &str, csv: &str| {
        let mut rows: Vec<InventoryRow> = Vec::new();
        read_inventory_csv(schema, csv.as_bytes(), &mut |row| {
            rows.push(row);
            ControlFlow::Continue(())
        })
        .map(|()| rows)
    };
    let rows = match read(schema, body) {
        Ok(rows) => rows,
        Err(message) => return Ok(format!("error {}", message.split(':').next().unwrap_or(""))),
    };
    let quote = |field: &str| format!("\"{}\"", field.replace('"', "\"\""));
    let flag = |b: Option<bool>| b.map_or(String::new(), |b| b.to_string());
    let mut again = String::new();
    for row in &rows {
        let mut key = String::new();
        for byte in row.key.bytes() {
            if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
                key.push(byte as char);
            } else {
                key.push_str(&format!("%{byte:02X}"));
            }
        }
        let fields = [
            quote(&row.bucket),
            quote(&key),
            quote(&row.size.map_or(String::new(), |n| n.to_string())),
            quote(row.etag.as_deref().unwrap_or("")),
            quote(row.storage_class.as_deref().unwrap_or("")),
            quote(&flag(row.is_latest)),
            quote(&flag(row.is_delete_marker)),
        ];
        again.push_str(&fields.join(","));
        again.push('\n');
    }
    let schema = "Bucket, Key, Size, ETag, StorageClass, IsLatest, IsDeleteMarker";
    let reread =
        read(schema, &again).map_err(|e| format!("rows written again do not parse: {e}"))?;
    let without_dates = |rows: &[InventoryRow]| -> Vec<InventoryRow> {
        rows.iter()
            .map(|r| InventoryRow {
                last_modified: None,
                ..r.clone()
            })
            .collect()
    };
    if without_dates(&rows) != reread {
        return Err(format!(
            "rows written again read differently:\n  first:  {rows:?}\n  again: {reread:?}"
        ));
    }
    Ok(format!("rows={}", rows.len().min(8)))
}

/// `--items` lists and Distributed Map batches: objects that parse, written again as a list,
/// parse to the same objects.
fn items(data: &[u8]) -> Result<String, String> {
    use trawl_scanner::s3::parse_items;
    let Ok(text) = std::str::from_utf8(data) else {
        return Ok("not utf-8".into());
    };
    let objects = match parse_items(text) {
        Ok(objects) => objects,
        Err(message) => return Ok(format!("error {}", message.split(':').next().unwrap_or(""))),
    };
    let list: Vec<serde_json::Value> = objects
        .iter()
        .map(|o| {
            let mut item = serde_json::json!({"Bucket": o.bucket, "Key": o.key, "Size": o.size});
            if let Some(etag) = &o.etag {
                item["ETag"] = etag.clone().into();
            }
            if let Some(class) = &o.storage_class {
                item["StorageClass"] = class.clone().into();
            }
            if let Some(seconds) = o.last_modified.filter(|s| *s >= 0) {
                item["LastModified"] = seconds.into();
            }
            item
        })
        .collect();
    let again = parse_items(&serde_json::Value::Array(list).to_string())
        .map_err(|e| format!("items written again do not parse: {e}"))?;
    let comparable = |o: &trawl_scanner::s3::ObjectInfo| {
        (
            o.bucket.clone(),
            o.key.clone(),
            o.size,
            o.etag.clone(),
            o.storage_class.clone(),
            o.last_modified.filter(|s| *s >= 0),
        )
    };
    let first: Vec<_> = objects.iter().map(comparable).collect();
    let second: Vec<_> = again.iter().map(comparable).collect();
    if first != second {
        return Err(format!(
            "items written again read differently:\n  first:  {first:?}\n  again: {second:?}"
        ));
    }
    Ok(format!("items={}", objects.len().min(8)))
}
