//! `--results-format macie`: the results file holds, per object, the record Amazon Macie
//! writes as a *sensitive data discovery result*, so Athena tables and queries written for
//! Macie's results read trawl's.
//!
//! The shape follows Macie's documentation: the finding fields a result carries
//! (`classificationDetails.result` with `status`, `sizeClassified`, `mimeType`,
//! `sensitiveData` and `customDataIdentifiers` detections, `resourcesAffected.s3Object`), the
//! location schema of occurrences ("Schema for reporting the location of sensitive data":
//! `cells`, `lineRanges`, `pages`, `records`) and, for files inside archives, one record per
//! member with `s3Object.embeddedFileDetails` next to the archive's own record, whose counts
//! add up its members'. Fields trawl cannot know (the account, the job, bucket policies) are
//! null; the README lists them.
//!
//! Occurrences are built from the findings as they arrive and wait, per object and member,
//! for the object's record: memory per object in flight is bounded by the identifiers times
//! the occurrences kept.

use serde_json::{json, Map, Value};
use std::collections::HashMap;
use std::time::{SystemTime, UNIX_EPOCH};
use trawl_scanner::{Category, Finding, ObjectRecord, Reason, Scanner, Severity, Status};

/// Occurrences kept per type of sensitive data and object unless `--max-occurrences` says
/// otherwise: Macie's own limit for discovery results.
pub const DEFAULT_MAX_OCCURRENCES: u64 = 1000;

/// An object (or archive member) whose record has not come yet: `(source, container)`.
type ObjectKey = (String, Vec<String>);

/// One identifier's occurrences in one object so far.
struct Kept {
    identifier: String,
    /// Occurrences, each one element of one of the location arrays.
    cells: Vec<Value>,
    line_ranges: Vec<Value>,
    pages: Vec<Value>,
    records: Vec<Value>,
}

impl Kept {
    fn new(identifier: &str) -> Kept {
        Kept {
            identifier: identifier.to_string(),
            cells: Vec::new(),
            line_ranges: Vec::new(),
            pages: Vec::new(),
            records: Vec::new(),
        }
    }

    fn len(&self) -> usize {
        self.cells.len() + self.line_ranges.len() + self.pages.len() + self.records.len()
    }

    /// The `occurrences` object: only the arrays that hold something.
    fn occurrences(self) -> Value {
        let mut map = Map::new();
        for (name, list) in [
            ("cells", self.cells),
            ("lineRanges", self.line_ranges),
            ("pages", self.pages),
            ("records", self.records),
        ] {
            if !list.is_empty() {
                map.insert(name.to_string(), Value::Array(list));
            }
        }
        Value::Object(map)
    }
}

/// Builds Macie result records from findings and object records.
pub struct MacieResults {
    max_occurrences: u64,
    /// Where the results go (`detailedResultsLocation`).
    results_location: String,
    /// Per identifier id: its category and name (for counts with no occurrence delivered).
    identifiers: HashMap<String, (Category, String)>,
    /// Per source, then per archive member path (empty for the object itself).
    open: HashMap<String, HashMap<Vec<String>, Vec<Kept>>>,
    /// Per archive: findings delivered per identifier in its members, whose records locate
    /// them (the archive's own record counts them without locations).
    in_members: HashMap<String, HashMap<String, u64>>,
    /// Makes record ids unique to this run.
    run: u64,
}

impl MacieResults {
    pub fn new(scanner: &Scanner, max_occurrences: u64, results_location: String) -> Self {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        MacieResults {
            max_occurrences,
            results_location,
            identifiers: scanner
                .identifiers()
                .map(|i| (i.id.clone(), (i.category, i.name.clone())))
                .collect(),
            open: HashMap::new(),
            in_members: HashMap::new(),
            run: now ^ u64::from(std::process::id()).rotate_left(32),
        }
    }

    /// Keeps `finding` of `source` as an occurrence of its object (or archive member) while its
    /// identifier has fewer than the maximum there.
    pub fn finding(&mut self, source: &str, finding: &Finding) {
        // Looked up by reference first: an owned key per finding was an allocation each.
        if !finding.container.is_empty() {
            *entry(entry(&mut self.in_members, source), finding.id()) += 1;
        }
        let members = entry(&mut self.open, source);
        let kept = match members.get_mut(&finding.container) {
            Some(kept) => kept,
            None => members.entry(finding.container.clone()).or_default(),
        };
        let i = match kept.iter().position(|k| k.identifier == finding.id()) {
            Some(i) => i,
            None => {
                kept.push(Kept::new(finding.id()));
                kept.len() - 1
            }
        };
        let entry = &mut kept[i];
        if entry.len() as u64 >= self.max_occurrences {
            return;
        }
        let (array, occurrence) = occurrence(finding);
        match array {
            Array::Cells => entry.cells.push(occurrence),
            Array::LineRanges => entry.line_ranges.push(occurrence),
            Array::Pages => entry.pages.push(occurrence),
            Array::Records => entry.records.push(occurrence),
        }
    }

    /// The result record of `record`'s object (or archive member), with the occurrences kept
    /// for it.
    pub fn record(&mut self, record: &ObjectRecord) -> Value {
        let object = (record.source.clone(), record.container.clone());
        let mut kept = match self.open.get_mut(&record.source) {
            Some(members) => {
                let kept = members.remove(&record.container).unwrap_or_default();
                if members.is_empty() {
                    self.open.remove(&record.source);
                }
                kept
            }
            None => Vec::new(),
        };
        let in_members = match record.container.is_empty() {
            true => self.in_members.remove(&record.source).unwrap_or_default(),
            false => HashMap::new(),
        };
        let now = SystemTime::now();
        let mut sensitive: Vec<(Category, Vec<Value>, u64)> = Vec::new();
        let mut custom = Vec::new();
        let mut custom_total = 0;
        let mut additional = false;
        let mut top = None::<Category>;
        let mut multiple = false;
        for (id, &count) in &record.findings {
            let (category, name) = self
                .identifiers
                .get(id)
                .cloned()
                .unwrap_or((Category::Custom, id.clone()));
            let occurrences = match kept.iter().position(|k| &k.identifier == id) {
                Some(i) => kept.swap_remove(i),
                None => Kept::new(id),
            };
            let own = count.saturating_sub(in_members.get(id).copied().unwrap_or(0));
            additional |= (occurrences.len() as u64) < own;
            match top {
                None => top = Some(category),
                Some(c) if c != category => multiple = true,
                Some(_) => {}
            }
            if category == Category::Custom {
                custom_total += count;
                custom.push(json!({
                    "arn": null,
                    "name": name,
                    "count": count,
                    "occurrences": occurrences.occurrences(),
                }));
                continue;
            }
            let detection = json!({
                "type": id,
                "count": count,
                "occurrences": occurrences.occurrences(),
            });
            match sensitive.iter_mut().find(|(c, _, _)| *c == category) {
                Some((_, detections, total)) => {
                    detections.push(detection);
                    *total += count;
                }
                None => sensitive.push((category, vec![detection], count)),
            }
        }
        let sensitive_data: Vec<Value> = sensitive
            .into_iter()
            .map(|(category, detections, total)| {
                json!({
                    "category": macie_category(category),
                    "totalCount": total,
                    "detections": detections,
                })
            })
            .collect();
        let member = record.container.last().map(String::as_str);
        let name = member.unwrap_or(&record.source);
        let found = !record.findings.is_empty();
        let (bucket, key) = match record.source.strip_prefix("s3://") {
            Some(rest) => match rest.split_once('/') {
                Some((bucket, key)) => (Some(bucket), key),
                None => (Some(rest), ""),
            },
            None => (None, record.source.as_str()),
        };
        let severity = record
            .severity
            .map(|s| json!({ "description": severity_name(s), "score": severity_score(s) }));
        let embedded = (!record.container.is_empty()).then(|| {
            json!({
                "filePath": record.container.join("/"),
                "fileExtension": extension(name),
                "fileSize": record.bytes,
                "fileLastModified": null,
            })
        });
        let stamp = rfc3339(now);
        json!({
            "schemaVersion": "1.0",
            "id": self.id(&object),
            "accountId": null,
            "partition": null,
            "region": null,
            "createdAt": stamp,
            "updatedAt": stamp,
            "category": "CLASSIFICATION",
            "type": found.then(|| finding_type(top, multiple)),
            "title": title(found, top, multiple),
            "description": description(record, found),
            "severity": severity,
            "classificationDetails": {
                "jobArn": null,
                "jobId": null,
                "originType": "SENSITIVE_DATA_DISCOVERY_JOB",
                "detailedResultsLocation": self.results_location,
                "result": {
                    "status": {
                        "code": status_code(record.status),
                        "reason": record.reason.map(macie_reason),
                    },
                    "sizeClassified": record.bytes,
                    "mimeType": mime_type(name),
                    "additionalOccurrences": additional,
                    "sensitiveData": sensitive_data,
                    "customDataIdentifiers": {
                        "totalCount": custom_total,
                        "detections": custom,
                    },
                },
            },
            "resourcesAffected": {
                "s3Bucket": bucket.map(|b| json!({ "arn": format!("arn:aws:s3:::{b}"), "name": b })),
                "s3Object": {
                    "bucketArn": bucket.map(|b| format!("arn:aws:s3:::{b}")),
                    "key": key,
                    "path": match bucket {
                        Some(b) => format!("{b}/{key}"),
                        None => key.to_string(),
                    },
                    "extension": extension(key),
                    "eTag": record.etag,
                    // The object's size when it was read whole; a member's is in
                    // `embeddedFileDetails`.
                    "size": (record.container.is_empty() && record.status == Status::Complete)
                        .then_some(record.bytes),
                    "lastModified": null,
                    "storageClass": null,
                    "serverSideEncryption": null,
                    "publicAccess": null,
                    "tags": null,
                    "embeddedFileDetails": embedded,
                },
            },
        })
    }

    /// A record id unique to this run and object: 32 hex digits.
    fn id(&self, key: &ObjectKey) -> String {
        let mut a = 0xcbf2_9ce4_8422_2325u64 ^ self.run;
        let mut b = 0x8422_2325_cbf2_9ce4u64 ^ self.run.rotate_left(17);
        let bytes = key.0.bytes().chain(
            key.1
                .iter()
                .flat_map(|m| std::iter::once(0u8).chain(m.bytes())),
        );
        for byte in bytes {
            a = (a ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3);
            b = (b ^ u64::from(byte))
                .wrapping_mul(0x100_0000_01b3)
                .rotate_left(5);
        }
        format!("{a:016x}{b:016x}")
    }
}

/// `map[key]`, inserted empty when missing; the key is copied only then.
fn entry<'a, V: Default>(map: &'a mut HashMap<String, V>, key: &str) -> &'a mut V {
    if !map.contains_key(key) {
        map.insert(key.to_string(), V::default());
    }
    map.get_mut(key).expect("present or just inserted")
}

/// Which location array an occurrence belongs to.
enum Array {
    Cells,
    LineRanges,
    Pages,
    Records,
}

/// Where `finding` is, in Macie's location schema: a cell of a spreadsheet or CSV/TSV file, a
/// record and JSON path of a JSON or JSON Lines file, a page of a document, else its lines
/// (1-based, inclusive) and its 1-based start column.
fn occurrence(finding: &Finding) -> (Array, Value) {
    if let Some(location) = &finding.location {
        if let Some(cell) = &location.cell {
            let (column, row) = parse_cell(cell).unzip();
            return (
                Array::Cells,
                json!({ "cellReference": cell, "column": column, "columnName": null, "row": row }),
            );
        }
        if let Some(row) = location.row {
            // Macie counts the header line as row 1 (its examples' first values are in row 2).
            let row = row + u64::from(location.column_name.is_some());
            return (
                Array::Cells,
                json!({
                    "cellReference": null,
                    "column": location.column_number,
                    "columnName": location.column_name,
                    "row": row,
                }),
            );
        }
        if let Some(path) = &location.json_path {
            return (
                Array::Records,
                json!({ "recordIndex": location.record_index.unwrap_or(0), "jsonPath": path }),
            );
        }
        if let Some(page) = location.page {
            return (Array::Pages, json!({ "pageNumber": page }));
        }
    }
    let lines = finding.value().iter().filter(|&&b| b == b'\n').count() as u64;
    (
        Array::LineRanges,
        json!({
            "start": finding.line,
            "end": finding.line + lines,
            "startColumn": finding.column,
        }),
    )
}

/// `Sheet2!C5` → (column 3, row 5).
fn parse_cell(cell: &str) -> Option<(u64, u64)> {
    let reference = cell.rsplit_once('!').map_or(cell, |(_, r)| r);
    let letters = reference.bytes().take_while(u8::is_ascii_uppercase).count();
    if letters == 0 || letters > 3 {
        return None;
    }
    let column = reference.as_bytes()[..letters]
        .iter()
        .fold(0u64, |n, &c| n * 26 + u64::from(c - b'A' + 1));
    let row = reference[letters..].parse().ok()?;
    Some((column, row))
}

fn macie_category(category: Category) -> &'static str {
    match category {
        Category::Credentials => "CREDENTIALS",
        Category::Financial => "FINANCIAL_INFORMATION",
        Category::Personal => "PERSONAL_INFORMATION",
        Category::Custom => "CUSTOM_IDENTIFIER",
    }
}

/// Macie's finding type for what an object holds.
fn finding_type(top: Option<Category>, multiple: bool) -> &'static str {
    if multiple {
        return "SensitiveData:S3Object/Multiple";
    }
    match top {
        Some(Category::Credentials) => "SensitiveData:S3Object/Credentials",
        Some(Category::Financial) => "SensitiveData:S3Object/Financial",
        Some(Category::Personal) => "SensitiveData:S3Object/Personal",
        _ => "SensitiveData:S3Object/CustomIdentifier",
    }
}

fn title(found: bool, top: Option<Category>, multiple: bool) -> &'static str {
    match (found, top, multiple) {
        (false, _, _) => "No sensitive data found in the object.",
        (_, _, true) => "The object contains more than one type of sensitive information.",
        (_, Some(Category::Credentials), _) => "The object contains sensitive credentials.",
        (_, Some(Category::Financial), _) => "The object contains financial information.",
        (_, Some(Category::Personal), _) => "The object contains personal information.",
        _ => "The object contains text that matches a custom data identifier.",
    }
}

fn description(record: &ObjectRecord, found: bool) -> String {
    let what = match record.status {
        Status::Complete => "analysed whole",
        Status::Partial => "analysed in part",
        _ => "not analysed",
    };
    let total: u64 = record.findings.values().sum();
    if found {
        format!("The object was {what} by trawl; it holds {total} occurrences of sensitive data.")
    } else {
        format!("The object was {what} by trawl; no sensitive data was found.")
    }
}

fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Low => "Low",
        Severity::Medium => "Medium",
        Severity::High => "High",
    }
}

fn severity_score(severity: Severity) -> u8 {
    match severity {
        Severity::Low => 1,
        Severity::Medium => 2,
        Severity::High => 3,
    }
}

fn status_code(status: Status) -> &'static str {
    match status {
        Status::Complete => "COMPLETE",
        Status::Partial => "PARTIAL",
        _ => "SKIPPED",
    }
}

/// Macie's reason where it has one for the same cause; trawl's own name otherwise (Macie's
/// reason is a free string).
pub fn macie_reason(reason: Reason) -> &'static str {
    match reason {
        Reason::AccessDenied => "PERMISSION_DENIED",
        Reason::NotFound => "SOURCE_OBJECT_NO_LONGER_AVAILABLE",
        Reason::BinaryFile | Reason::UnsupportedFileType => "UNSUPPORTED_FILE_TYPE_EXCEPTION",
        Reason::FileExceedsSizeLimit => "FILE_EXCEEDS_SIZE_LIMIT",
        Reason::ArchiveNestingLevelOverLimit => "ARCHIVE_NESTING_LEVEL_OVER_LIMIT",
        Reason::ArchiveMemberCountOverLimit => "ARCHIVE_TOTAL_DOCUMENTS_PROCESSED_OVER_LIMIT",
        Reason::ArchiveTotalBytesExtractedOverLimit => "ARCHIVE_TOTAL_BYTES_EXTRACTED_OVER_LIMIT",
        Reason::ArchiveMemberSizeOverLimit | Reason::ArchiveCompressionRatioOverLimit => {
            "ARCHIVE_CONTAINS_UNPROCESSED_FILES"
        }
        Reason::MalformedFile => "MALFORMED_FILE",
        Reason::UnsupportedStorageClass => "INVALID_OBJECT_STATE",
        Reason::ObjectChangedDuringScan => "OBJECT_VERSION_MISMATCH",
        Reason::ObjectChangedSinceInventory => "OBJECT_CHANGED_SINCE_INVENTORY",
        Reason::ReadError => "READ_ERROR",
        Reason::EncryptedFile => "ENCRYPTED_FILE",
        Reason::Stopped => "STOPPED",
        _ => "UNKNOWN",
    }
}

/// The part of a name after its last dot, lower-case; empty when it has none.
fn extension(name: &str) -> String {
    let file = name.rsplit('/').next().unwrap_or(name);
    match file.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => ext.to_ascii_lowercase(),
        _ => String::new(),
    }
}

/// The MIME type of a name, from its extension (trawl reads content whatever its name; this
/// is what Macie would report for the same name).
fn mime_type(name: &str) -> &'static str {
    match extension(name).as_str() {
        "csv" => "text/csv",
        "tsv" => "text/tab-separated-values",
        "json" => "application/json",
        "jsonl" | "ndjson" => "application/jsonl",
        "xml" => "application/xml",
        "html" | "htm" => "text/html",
        "pdf" => "application/pdf",
        "zip" | "jar" => "application/zip",
        "gz" | "tgz" => "application/gzip",
        "tar" => "application/x-tar",
        "bz2" => "application/x-bzip2",
        "xz" => "application/x-xz",
        "zst" => "application/zstd",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "eml" => "message/rfc822",
        "parquet" => "application/vnd.apache.parquet",
        "avro" => "application/avro",
        _ => "text/plain",
    }
}

/// `time` as RFC 3339 in UTC with milliseconds: `2026-12-05T18:30:00.123Z`.
fn rfc3339(time: SystemTime) -> String {
    let since = time.duration_since(UNIX_EPOCH).unwrap_or_default();
    let seconds = since.as_secs();
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    // Howard Hinnant's civil_from_days.
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60,
        since.subsec_millis()
    )
}

/// The object a results line in Macie's shape belongs to (its trawl source), for resuming.
pub fn source_of(line: &Value) -> Option<String> {
    let object = line.get("resourcesAffected")?.get("s3Object")?;
    let key = object.get("key")?.as_str()?;
    let bucket = line
        .get("resourcesAffected")?
        .get("s3Bucket")
        .and_then(|b| b.get("name"))
        .and_then(Value::as_str);
    Some(match bucket {
        Some(bucket) => format!("s3://{bucket}/{key}"),
        None => key.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_and_dates() {
        assert_eq!(parse_cell("Sheet2!C5"), Some((3, 5)));
        assert_eq!(parse_cell("AB12"), Some((28, 12)));
        assert_eq!(parse_cell("Sheet1!12"), None);
        let epoch = UNIX_EPOCH + std::time::Duration::from_millis(1_780_000_000_123);
        assert_eq!(rfc3339(epoch), "2026-05-28T20:26:40.123Z");
        assert_eq!(rfc3339(UNIX_EPOCH), "1970-01-01T00:00:00.000Z");
        let leap = UNIX_EPOCH + std::time::Duration::from_secs(951_782_400);
        assert_eq!(rfc3339(leap), "2000-02-29T00:00:00.000Z");
    }

    #[test]
    fn names() {
        assert_eq!(extension("s3-bucket/exports/a.CSV"), "csv");
        assert_eq!(extension(".env"), "");
        assert_eq!(extension("dir.d/file"), "");
        assert_eq!(mime_type("x.jsonl"), "application/jsonl");
        assert_eq!(mime_type("notes"), "text/plain");
    }
}
