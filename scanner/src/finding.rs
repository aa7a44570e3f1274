//! The finding and object records every input reports, and their JSON form.
//!
//! These are the contracts the CLI, the library API and later inputs (S3, git, archives) share:
//! one [`Finding`] per detected value, one [`ObjectRecord`] per input considered.

use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use trawl_identifiers::{Category, Confidence, Severity};

/// What a finding says about the identifier that produced it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct IdentifierMeta {
    /// `AWS_ACCESS_KEY_ID`.
    pub id: String,
    /// A name for people: `AWS access key id`.
    pub name: String,
    /// Credentials, financial, personal or custom.
    pub category: Category,
}

/// A detected value. It keeps the value itself so callers can act on it, but never shows it:
/// `Debug` and the JSON form print the redacted text only.
#[derive(Clone)]
pub struct Finding {
    /// Which identifier found it (shared by all its findings).
    pub identifier: Arc<IdentifierMeta>,
    /// The identifier's severity (or its `severity_levels` level).
    pub severity: Severity,
    /// HIGH when a keyword near the value (or its CSV column / JSON key) confirmed it, else the
    /// identifier's own.
    pub confidence: Confidence,
    /// Byte offsets of the value, half-open, in the scanned content.
    pub start: u64,
    /// End of the value (exclusive).
    pub end: u64,
    /// 1-based line and byte column of `start`.
    pub line: u64,
    /// 1-based byte column of `start` in its line.
    pub column: u64,
    pub(crate) value: Vec<u8>,
    /// The value with all but a few characters masked: at most 4 visible, and at most a
    /// quarter of the value, then up to 32 `*`.
    pub redacted: String,
    /// Keyed hash of identifier and value (see [`crate::Fingerprinter`]); `None` until the
    /// session settles the finding, and when the scanner was built with
    /// [`fingerprints(false)`](crate::ScannerBuilder::fingerprints) (the JSON form then has
    /// no `fingerprint`).
    pub fingerprint: Option<String>,
    /// Facts validators learned (`alg`, `brand`, `country`), and `example = true` for a
    /// documented example value reported under `include_examples`.
    pub details: Vec<(&'static str, String)>,
    /// Where in structured content the value sits, when known.
    pub location: Option<Location>,
    /// Member paths inside archives, outermost first; empty for plain content.
    pub container: Vec<String>,
}

impl Finding {
    /// The value in clear. Handle with care: never log it.
    pub fn value(&self) -> &[u8] {
        &self.value
    }

    /// The identifier id, e.g. `AWS_ACCESS_KEY_ID`.
    pub fn id(&self) -> &str {
        &self.identifier.id
    }

    /// The JSON record of this finding for `source`; `show_secrets` puts the value in clear in
    /// `match`, otherwise `match` holds the redacted text.
    ///
    /// ```
    /// let scanner = trawl_scanner::Scanner::builder().build()?;
    /// let outcome = scanner.scan_bytes(b"key = AKIAQYLPMN5HHHFPZAM2\n");
    /// let json = serde_json::to_value(outcome.findings[0].record("upload.env", false))?;
    /// assert_eq!(json["identifier"], "AWS_ACCESS_KEY_ID");
    /// assert_eq!(json["match"], "AKIA****************");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn record<'a>(&'a self, source: &'a str, show_secrets: bool) -> FindingRecord<'a> {
        FindingRecord {
            finding: self,
            source,
            show_secrets,
        }
    }
}

impl fmt::Debug for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Finding")
            .field("identifier", &self.identifier.id)
            .field("start", &self.start)
            .field("end", &self.end)
            .field("line", &self.line)
            .field("column", &self.column)
            .field("match", &self.redacted)
            .field("details", &self.details)
            .finish_non_exhaustive()
    }
}

/// Where a value sits in structured content.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Location {
    /// 1-based row of a CSV/TSV file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u64>,
    /// 1-based column (field) of a CSV/TSV file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column_number: Option<u64>,
    /// The CSV/TSV header of the value's column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column_name: Option<String>,
    /// A spreadsheet cell such as `Sheet2!C5`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
    /// 0-based record of a JSON Lines file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record_index: Option<u64>,
    /// The key path of a JSON value: `$.customer.phones[1]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub json_path: Option<String>,
    /// 1-based page of a document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
}

/// Details that hold the value itself, in another form: redacted unless `--show-secrets`.
const VALUE_DETAILS: &[&str] = &["e164"];

/// A finding as one JSON object: `{"type":"finding","source":...}`.
pub struct FindingRecord<'a> {
    finding: &'a Finding,
    source: &'a str,
    show_secrets: bool,
}

impl Serialize for FindingRecord<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let f = self.finding;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", "finding")?;
        map.serialize_entry("source", self.source)?;
        if !f.container.is_empty() {
            map.serialize_entry("container", &f.container)?;
        }
        map.serialize_entry("identifier", &f.identifier.id)?;
        map.serialize_entry("name", &f.identifier.name)?;
        map.serialize_entry("category", f.identifier.category.as_str())?;
        map.serialize_entry("severity", f.severity.as_str())?;
        map.serialize_entry("confidence", f.confidence.as_str())?;
        map.serialize_entry("start", &f.start)?;
        map.serialize_entry("end", &f.end)?;
        map.serialize_entry("line", &f.line)?;
        map.serialize_entry("column", &f.column)?;
        if self.show_secrets {
            map.serialize_entry("match", &String::from_utf8_lossy(&f.value))?;
        } else {
            map.serialize_entry("match", &f.redacted)?;
        }
        if let Some(fingerprint) = &f.fingerprint {
            map.serialize_entry("fingerprint", fingerprint)?;
        }
        if let Some(location) = &f.location {
            map.serialize_entry("location", location)?;
        }
        if !f.details.is_empty() {
            // A detail that spells the value out (a phone number's E.164 form) is redacted
            // like the value.
            let details: BTreeMap<&str, Cow<'_, str>> = f
                .details
                .iter()
                .map(|(k, v)| {
                    let shown = if VALUE_DETAILS.contains(k) && !self.show_secrets {
                        Cow::Owned(trawl_identifiers::redact::redact(v.as_bytes()))
                    } else {
                        Cow::Borrowed(v.as_str())
                    };
                    (*k, shown)
                })
                .collect();
            map.serialize_entry("details", &details)?;
        }
        map.end()
    }
}

/// Whether an object was read whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[non_exhaustive]
pub enum Status {
    /// Every byte was scanned.
    Complete,
    /// Scanning started but stopped early (a read error mid-way); findings so far are reported.
    Partial,
    /// Not scanned at all; `reason` says why.
    Skipped,
}

/// Why an object is PARTIAL or SKIPPED. The names follow Amazon Macie's where it has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[non_exhaustive]
pub enum Reason {
    /// Permission denied opening or reading.
    AccessDenied,
    /// The path does not exist (or vanished before it was read).
    NotFound,
    /// Contains NUL bytes in its first 8 KiB and is not UTF-16 text; scanned only with
    /// `--binary`.
    BinaryFile,
    /// Neither a regular file nor a directory (socket, device, FIFO).
    UnsupportedFileType,
    /// An I/O error other than the above.
    ReadError,
    /// Larger than the configured maximum file size.
    FileExceedsSizeLimit,
    /// Archives nested deeper than the limit.
    ArchiveNestingLevelOverLimit,
    /// More archive members than the limit.
    ArchiveMemberCountOverLimit,
    /// An archive member larger than the limit, once decompressed.
    ArchiveMemberSizeOverLimit,
    /// More bytes decompressed from one object than the limit.
    ArchiveTotalBytesExtractedOverLimit,
    /// Decompressed much larger than compressed: a zip bomb guard.
    ArchiveCompressionRatioOverLimit,
    /// Not the format its content announces, or truncated.
    MalformedFile,
    /// Encrypted, and trawl has no key.
    EncryptedFile,
    /// Scanning stopped at the caller's request (early exit on a severe finding).
    Stopped,
    /// An archive storage class (S3 GLACIER, DEEP_ARCHIVE) that needs a restore before it can
    /// be read.
    UnsupportedStorageClass,
    /// The object was overwritten or deleted between listing and reading, or while it was
    /// read (its ETag no longer matched).
    ObjectChangedDuringScan,
    /// The object's ETag differs from its S3 Inventory report's (reports are often days old).
    /// On a COMPLETE record: it was scanned as it is now. SKIPPED under
    /// `--inventory-strict`.
    ObjectChangedSinceInventory,
}

impl Reason {
    /// `ACCESS_DENIED`: the reason as the JSON records spell it.
    ///
    /// ```
    /// assert_eq!(trawl_scanner::Reason::AccessDenied.name(), "ACCESS_DENIED");
    /// ```
    pub fn name(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default()
    }
}

/// The record of one input considered: `{"type":"object","source":...,"status":...}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ObjectRecord {
    /// Always `"object"` (the JSON record's `type`).
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The path, `-`, `s3://bucket/key`, or `git:...` the object came from.
    pub source: String,
    /// Member paths inside archives, outermost first; empty for the object itself.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub container: Vec<String>,
    /// Whether every byte was scanned.
    pub status: Status,
    /// Why the object is PARTIAL or SKIPPED.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<Reason>,
    /// Details of the reason, such as the operating system's error text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Bytes scanned.
    pub bytes: u64,
    /// The S3 object's ETag, the version that was read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The S3 version read, when the sweep was given one (S3 Batch Operations, versioned
    /// inventories); the current version otherwise, and then left out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_id: Option<String>,
    /// Reported findings per identifier id.
    pub findings: BTreeMap<String, u64>,
    /// The highest severity reached by the object's findings (with `severity_levels`, the
    /// level the occurrence count reached).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// Object-level results (`--report objects`): per identifier its exact count, severity and
    /// first occurrences; empty (and left out) when findings are reported one by one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub detections: Vec<Detection>,
}

/// One identifier's findings in one object, for object-level results: the exact count, the
/// severity reached and the first occurrences in order of position, each as a finding record
/// without the fields the detection and the object already give (`type`, `source`,
/// `identifier`, `name`, `category`, `severity`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Detection {
    /// The identifier's id.
    pub identifier: String,
    /// Its category (`CREDENTIALS`, `FINANCIAL`, `PERSONAL`, `CUSTOM`); empty when no
    /// occurrence was delivered to tell it.
    #[serde(skip_serializing_if = "str::is_empty")]
    pub category: &'static str,
    /// The highest severity of its findings here (or the level its count reached).
    pub severity: Severity,
    /// Its findings in the object, all counted.
    pub count: u64,
    /// The first of them, in order of position, at most the report's maximum.
    pub occurrences: Vec<serde_json::Value>,
}

impl Detection {
    /// An occurrence of `finding` as a detection shows it (see [`Detection`]).
    pub fn occurrence(finding: &Finding, source: &str, show_secrets: bool) -> serde_json::Value {
        const GIVEN: [&str; 6] = [
            "type",
            "source",
            "identifier",
            "name",
            "category",
            "severity",
        ];
        match serde_json::to_value(finding.record(source, show_secrets)) {
            // Rebuilt rather than removed from, which could reorder the fields.
            Ok(serde_json::Value::Object(map)) => serde_json::Value::Object(
                map.into_iter()
                    .filter(|(key, _)| !GIVEN.contains(&key.as_str()))
                    .collect(),
            ),
            _ => serde_json::Value::Null,
        }
    }
}

impl ObjectRecord {
    /// A record for an input that was not scanned.
    ///
    /// ```
    /// use trawl_scanner::{ObjectRecord, Reason};
    /// let record = ObjectRecord::skipped("huge.bin", Reason::FileExceedsSizeLimit, None);
    /// assert_eq!(
    ///     serde_json::to_string(&record).unwrap(),
    ///     r#"{"type":"object","source":"huge.bin","status":"SKIPPED","reason":"FILE_EXCEEDS_SIZE_LIMIT","bytes":0,"findings":{}}"#
    /// );
    /// ```
    pub fn skipped(source: impl Into<String>, reason: Reason, message: Option<String>) -> Self {
        ObjectRecord {
            kind: "object",
            source: source.into(),
            container: Vec::new(),
            status: Status::Skipped,
            reason: Some(reason),
            message,
            bytes: 0,
            etag: None,
            version_id: None,
            findings: BTreeMap::new(),
            severity: None,
            detections: Vec::new(),
        }
    }
}
