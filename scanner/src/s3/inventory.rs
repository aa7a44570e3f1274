//! S3 Inventory reports as the objects of a sweep, instead of ListObjectsV2.
//!
//! A report is a `manifest.json` naming data files (CSV.gz or Parquet) in the destination
//! bucket, each with its MD5. A data file is copied to a temporary file while its MD5 is
//! computed, checked, then read row by row: nothing larger than a row is held in memory. Its
//! rows become [`ObjectInfo`]s marked `inventoried`, so an ETag that no longer matches is told
//! apart from a change during the sweep.
//!
//! A local `manifest.json` (a downloaded copy of the destination bucket) has its data files
//! looked up by key under the manifest's folder and each of its parents, then in S3.

use super::transfer::download;
use super::ObjectInfo;
use aws_sdk_s3::Client;
use md5::{Digest, Md5};
use serde::Deserialize;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use tokio::runtime::Handle;

/// Where a manifest is: `s3://bucket/key/manifest.json` or a local path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ManifestLocation {
    /// In a bucket.
    S3 {
        /// The destination bucket of the report.
        bucket: String,
        /// The manifest's key.
        key: String,
    },
    /// On local disk.
    Local(PathBuf),
}

impl ManifestLocation {
    /// `s3://bucket/key` or a local path.
    pub fn parse(text: &str) -> ManifestLocation {
        match text
            .strip_prefix("s3://")
            .and_then(|rest| rest.split_once('/'))
        {
            Some((bucket, key)) if !bucket.is_empty() => ManifestLocation::S3 {
                bucket: bucket.to_string(),
                key: key.to_string(),
            },
            _ => ManifestLocation::Local(PathBuf::from(text)),
        }
    }
}

impl std::fmt::Display for ManifestLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ManifestLocation::S3 { bucket, key } => write!(f, "s3://{bucket}/{key}"),
            ManifestLocation::Local(path) => write!(f, "{}", path.display()),
        }
    }
}

/// The fields of `manifest.json` a sweep uses.
#[derive(Debug, Clone, Deserialize)]
pub struct Manifest {
    /// The bucket the report lists.
    #[serde(rename = "sourceBucket")]
    pub source_bucket: String,
    /// The bucket holding the data files, as an ARN (`arn:aws:s3:::name`).
    #[serde(rename = "destinationBucket")]
    pub destination_bucket: String,
    /// `CSV`, `Parquet` or `ORC`.
    #[serde(rename = "fileFormat")]
    pub file_format: String,
    /// The CSV columns in order (`Bucket, Key, Size, …`), or Parquet's schema.
    #[serde(rename = "fileSchema", default)]
    pub file_schema: String,
    /// The data files.
    pub files: Vec<DataFile>,
}

/// One data file of a report.
#[derive(Debug, Clone, Deserialize)]
pub struct DataFile {
    /// Its key in the destination bucket.
    pub key: String,
    /// Its size in bytes.
    #[serde(default)]
    pub size: u64,
    /// The hex MD5 of its bytes.
    #[serde(rename = "MD5checksum")]
    pub md5: String,
}

impl Manifest {
    /// The destination bucket's name (the ARN's last part).
    pub fn destination_bucket_name(&self) -> &str {
        self.destination_bucket
            .rsplit(":::")
            .next()
            .unwrap_or(&self.destination_bucket)
    }
}

/// One row of a report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    /// The object's bucket.
    pub bucket: String,
    /// Its key, decoded (CSV keys are URL-encoded).
    pub key: String,
    /// Its size in bytes.
    pub size: Option<u64>,
    /// Unix seconds.
    pub last_modified: Option<i64>,
    /// The ETag as the report writes it (bare hex).
    pub etag: Option<String>,
    /// `STANDARD`, `GLACIER`, ...
    pub storage_class: Option<String>,
    /// `false` for a version that is not the current one (versioned reports).
    pub is_latest: Option<bool>,
    /// A delete marker, not an object.
    pub is_delete_marker: Option<bool>,
}

impl Row {
    /// Whether the row is an object a GET reads: not a delete marker, not an older version.
    pub fn is_current_object(&self) -> bool {
        self.is_delete_marker != Some(true) && self.is_latest != Some(false)
    }

    /// The object the row describes.
    pub fn into_object(self) -> ObjectInfo {
        ObjectInfo {
            bucket: self.bucket,
            key: self.key,
            size: self.size.unwrap_or(0),
            etag: self.etag.map(quoted),
            version_id: None,
            last_modified: self.last_modified,
            storage_class: self.storage_class,
            inventoried: true,
        }
    }
}

/// Inventory ETags are bare hex; listings and GETs quote them. Quoted, they match the
/// checkpoint's and the records' ETags, and If-Match accepts them.
fn quoted(etag: String) -> String {
    if etag.starts_with('"') {
        etag
    } else {
        format!("\"{etag}\"")
    }
}

/// Reading a report failed.
#[derive(Debug, thiserror::Error)]
pub enum InventoryError {
    /// The manifest could not be read or parsed.
    #[error("inventory manifest {location}: {message}")]
    Manifest {
        /// Where it was looked for.
        location: String,
        /// What went wrong.
        message: String,
    },
    /// A data file could not be read, did not match its MD5, or did not parse.
    #[error("inventory data file {location}: {message}")]
    DataFile {
        /// `s3://bucket/key` or a local path.
        location: String,
        /// What went wrong.
        message: String,
    },
}

/// Reads the manifest at `location`.
pub(super) fn read_manifest(
    handle: &Handle,
    client: &Client,
    location: &ManifestLocation,
) -> Result<Manifest, InventoryError> {
    let error = |message: String| InventoryError::Manifest {
        location: location.to_string(),
        message,
    };
    let bytes = match location {
        ManifestLocation::Local(path) => std::fs::read(path).map_err(|e| error(e.to_string()))?,
        ManifestLocation::S3 { bucket, key } => {
            let mut bytes = Vec::new();
            handle
                .block_on(download(client, bucket, key, &mut bytes))
                .map_err(error)?;
            bytes
        }
    };
    let manifest: Manifest = serde_json::from_slice(&bytes).map_err(|e| error(e.to_string()))?;
    match manifest.file_format.to_ascii_lowercase().as_str() {
        "csv" | "parquet" => Ok(manifest),
        other => Err(error(format!(
            "fileFormat {other}: trawl reads CSV and Parquet inventories (configure the \
             report as one of them)"
        ))),
    }
}

/// Reads `file` of `manifest`, calling `row` for each row until it breaks. A data file that
/// cannot be fetched, whose MD5 differs from the manifest's, or that does not parse is an error
/// (rows before a parse error have been handed out).
pub(super) fn read_data_file(
    handle: &Handle,
    client: &Client,
    location: &ManifestLocation,
    manifest: &Manifest,
    file: &DataFile,
    row: &mut dyn FnMut(Row) -> ControlFlow<()>,
) -> Result<ControlFlow<()>, InventoryError> {
    let (copy, shown) = local_copy(handle, client, location, manifest, file)?;
    let error = |message: String| InventoryError::DataFile {
        location: shown.clone(),
        message,
    };
    let mut copy = copy.map_err(|e| error(e.to_string()))?;
    // A fresh copy is positioned at its end.
    copy.rewind().map_err(|e| error(e.to_string()))?;
    let md5 = md5_hex(&mut copy).map_err(|e| error(e.to_string()))?;
    if !md5.eq_ignore_ascii_case(file.md5.trim()) {
        return Err(error(format!(
            "its MD5 is {md5}, the manifest says {}: the file is damaged or not the one the \
             manifest lists",
            file.md5
        )));
    }
    copy.rewind().map_err(|e| error(e.to_string()))?;
    if manifest.file_format.eq_ignore_ascii_case("parquet") {
        parquet_rows(copy, row).map_err(error)
    } else {
        let columns = CsvColumns::of(&manifest.file_schema).map_err(error)?;
        let gzip = flate2::read::MultiGzDecoder::new(BufReader::new(copy));
        csv_rows(BufReader::new(gzip), &columns, row).map_err(error)
    }
}

/// The data file as an open file: the local one, or a temporary copy of the S3 object; and
/// its name for messages.
fn local_copy(
    handle: &Handle,
    client: &Client,
    location: &ManifestLocation,
    manifest: &Manifest,
    file: &DataFile,
) -> Result<(io::Result<File>, String), InventoryError> {
    if let ManifestLocation::Local(path) = location {
        if let Some(found) = find_locally(path, &file.key) {
            let shown = found.display().to_string();
            return Ok((File::open(found), shown));
        }
    }
    let bucket = match location {
        ManifestLocation::S3 { bucket, .. } if manifest.destination_bucket.is_empty() => bucket,
        _ => manifest.destination_bucket_name(),
    };
    let shown = format!("s3://{bucket}/{}", file.key);
    let error = |message: String| InventoryError::DataFile {
        location: shown.clone(),
        message,
    };
    let mut temporary = tempfile::tempfile().map_err(|e| error(e.to_string()))?;
    handle
        .block_on(download(client, bucket, &file.key, &mut temporary))
        .map_err(error)?;
    Ok((Ok(temporary), shown))
}

/// `key` under the manifest's folder or one of its parents.
fn find_locally(manifest: &Path, key: &str) -> Option<PathBuf> {
    let folder = manifest.parent()?;
    folder
        .ancestors()
        .map(|dir| dir.join(key))
        .find(|candidate| candidate.is_file())
}

fn md5_hex(file: &mut File) -> io::Result<String> {
    let mut hasher = Md5::new();
    let mut buffer = vec![0; 64 * 1024];
    loop {
        let read = file.read(&mut buffer)?;
        if read == 0 {
            break;
        }
        hasher.update(&buffer[..read]);
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect())
}

/// Reads the rows of an uncompressed inventory CSV whose columns `schema` names (a manifest's
/// `fileSchema`: `Bucket, Key, Size, …`), calling `row` for each until it breaks. The error
/// names the line and the field.
///
/// ```
/// use std::ops::ControlFlow;
/// let csv = "\"exports\",\"2026%2Fa+b.csv\",\"12\"\n";
/// let mut keys = Vec::new();
/// trawl_scanner::s3::read_inventory_csv("Bucket, Key, Size", csv.as_bytes(), &mut |row| {
///     keys.push(row.key);
///     ControlFlow::Continue(())
/// })?;
/// assert_eq!(keys, ["2026/a b.csv"]);
/// # Ok::<(), String>(())
/// ```
pub fn read_inventory_csv(
    schema: &str,
    input: impl BufRead,
    row: &mut dyn FnMut(Row) -> ControlFlow<()>,
) -> Result<(), String> {
    let columns = CsvColumns::of(schema)?;
    csv_rows(input, &columns, row).map(|_| ())
}

/// Where each field the sweep uses is in a CSV row, from the manifest's `fileSchema`.
#[derive(Debug)]
struct CsvColumns {
    bucket: usize,
    key: usize,
    size: Option<usize>,
    last_modified: Option<usize>,
    etag: Option<usize>,
    storage_class: Option<usize>,
    is_latest: Option<usize>,
    is_delete_marker: Option<usize>,
}

impl CsvColumns {
    fn of(schema: &str) -> Result<CsvColumns, String> {
        let names: Vec<&str> = schema.split(',').map(str::trim).collect();
        let find = |name: &str| names.iter().position(|n| n.eq_ignore_ascii_case(name));
        let required = |name: &str| {
            find(name).ok_or_else(|| format!("the manifest's fileSchema `{schema}` has no {name}"))
        };
        Ok(CsvColumns {
            bucket: required("Bucket")?,
            key: required("Key")?,
            size: find("Size"),
            last_modified: find("LastModifiedDate"),
            etag: find("ETag"),
            storage_class: find("StorageClass"),
            is_latest: find("IsLatest"),
            is_delete_marker: find("IsDeleteMarker"),
        })
    }
}

/// The rows of an inventory CSV (no header; fields in double quotes).
fn csv_rows(
    mut input: impl BufRead,
    columns: &CsvColumns,
    row: &mut dyn FnMut(Row) -> ControlFlow<()>,
) -> Result<ControlFlow<()>, String> {
    let mut line = String::new();
    let mut fields = Vec::new();
    let mut number = 0u64;
    loop {
        line.clear();
        match input.read_line(&mut line) {
            Ok(0) => return Ok(ControlFlow::Continue(())),
            Ok(_) => number += 1,
            Err(e) => return Err(format!("line {}: {e}", number + 1)),
        }
        let text = line.trim_end_matches(['\n', '\r']);
        if text.is_empty() {
            continue;
        }
        split_csv(text, &mut fields).map_err(|e| format!("line {number}: {e}"))?;
        let field = |index: usize| {
            fields
                .get(index)
                .map(String::as_str)
                .filter(|f| !f.is_empty())
        };
        let optional = |index: Option<usize>| index.and_then(field);
        let key = field(columns.key).ok_or_else(|| format!("line {number}: no Key"))?;
        let parsed = Row {
            bucket: field(columns.bucket)
                .ok_or_else(|| format!("line {number}: no Bucket"))?
                .to_string(),
            key: decode_key(key).map_err(|e| format!("line {number}: Key `{key}`: {e}"))?,
            size: optional(columns.size)
                .map(|s| s.parse().map_err(|_| format!("line {number}: Size `{s}`")))
                .transpose()?,
            last_modified: optional(columns.last_modified)
                .map(|t| {
                    unix_seconds(t).ok_or_else(|| format!("line {number}: LastModifiedDate `{t}`"))
                })
                .transpose()?,
            etag: optional(columns.etag).map(str::to_string),
            storage_class: optional(columns.storage_class).map(str::to_string),
            is_latest: optional(columns.is_latest).map(|b| b.eq_ignore_ascii_case("true")),
            is_delete_marker: optional(columns.is_delete_marker)
                .map(|b| b.eq_ignore_ascii_case("true")),
        };
        if row(parsed).is_break() {
            return Ok(ControlFlow::Break(()));
        }
    }
}

/// Splits one CSV line into `fields` (RFC 4180 quoting: `""` inside quotes is a quote).
fn split_csv(line: &str, fields: &mut Vec<String>) -> Result<(), String> {
    fields.clear();
    let mut chars = line.chars().peekable();
    loop {
        let mut field = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some(c) => field.push(c),
                    None => return Err("a quoted field is not closed".into()),
                }
            }
            match chars.next() {
                None => {
                    fields.push(field);
                    return Ok(());
                }
                Some(',') => {}
                Some(c) => return Err(format!("`{c}` after a closing quote")),
            }
        } else {
            loop {
                match chars.next() {
                    None => {
                        fields.push(field);
                        return Ok(());
                    }
                    Some(',') => break,
                    Some(c) => field.push(c),
                }
            }
        }
        fields.push(field);
    }
}

/// Decodes a key as S3 URL-encodes it in inventory CSV files and S3 Batch Operations events:
/// `%XX` escapes of UTF-8 bytes, and `+` for a space (a `+` in a key is written `%2B`).
///
/// ```
/// use trawl_scanner::s3::decode_key;
/// assert_eq!(decode_key("exports/a+b%2Bc%C3%A9.csv").unwrap(), "exports/a b+cé.csv");
/// assert!(decode_key("bad%2").is_err());
/// ```
pub fn decode_key(text: &str) -> Result<String, String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .ok_or("a `%` not followed by two hex digits")?;
                out.push(hex);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|_| "not UTF-8 once decoded".to_string())
}

/// `2026-11-06T21:32:00.000Z` (or `+00:00`) as Unix seconds.
pub(super) fn unix_seconds(text: &str) -> Option<i64> {
    let text = text.trim();
    let number = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = text.get(range)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    if !matches!(text.as_bytes().get(4..5), Some(b"-"))
        || !matches!(text.as_bytes().get(7..8), Some(b"-"))
    {
        return None;
    }
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let (hour, minute, second) = if text.len() > 10 {
        if !matches!(text.as_bytes()[10], b'T' | b't' | b' ') {
            return None;
        }
        (number(11..13)?, number(14..16)?, number(17..19)?)
    } else {
        (0, 0, 0)
    };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 {
        return None;
    }
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    let days = era * 146_097 + day_of_era - 719_468;
    Some(days * 86_400 + hour * 3_600 + minute * 60 + second)
}

/// The rows of a Parquet inventory (its columns by name: `bucket`, `key`, `size`,
/// `last_modified_date`, `e_tag`, `storage_class`, `is_latest`, `is_delete_marker`).
fn parquet_rows(
    file: File,
    row: &mut dyn FnMut(Row) -> ControlFlow<()>,
) -> Result<ControlFlow<()>, String> {
    use parquet::file::reader::SerializedFileReader;
    use parquet::record::Field;
    let reader = SerializedFileReader::new(file).map_err(|e| e.to_string())?;
    for (number, record) in reader.into_iter().enumerate() {
        let record = record.map_err(|e| format!("row {}: {e}", number + 1))?;
        let mut parsed = Row::default();
        for (name, value) in record.get_column_iter() {
            let text = || match value {
                Field::Str(s) => Some(s.clone()),
                _ => None,
            };
            let integer = || match *value {
                Field::Long(n) => Some(n),
                Field::Int(n) => Some(i64::from(n)),
                Field::ULong(n) => i64::try_from(n).ok(),
                Field::UInt(n) => Some(i64::from(n)),
                _ => None,
            };
            let boolean = || match *value {
                Field::Bool(b) => Some(b),
                _ => None,
            };
            match name.as_str() {
                "bucket" => parsed.bucket = text().unwrap_or_default(),
                "key" => parsed.key = text().unwrap_or_default(),
                "size" => parsed.size = integer().and_then(|n| u64::try_from(n).ok()),
                "last_modified_date" => {
                    parsed.last_modified = match *value {
                        Field::TimestampMillis(ms) => Some(ms.div_euclid(1000)),
                        Field::TimestampMicros(us) => Some(us.div_euclid(1_000_000)),
                        Field::Str(ref s) => unix_seconds(s),
                        _ => integer().map(|ms| ms.div_euclid(1000)),
                    }
                }
                "e_tag" => parsed.etag = text(),
                "storage_class" => parsed.storage_class = text(),
                "is_latest" => parsed.is_latest = boolean(),
                "is_delete_marker" => parsed.is_delete_marker = boolean(),
                _ => {}
            }
        }
        if parsed.bucket.is_empty() || parsed.key.is_empty() {
            return Err(format!(
                "row {}: no bucket or no key (the report's columns must include both)",
                number + 1
            ));
        }
        if row(parsed).is_break() {
            return Ok(ControlFlow::Break(()));
        }
    }
    Ok(ControlFlow::Continue(()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(csv: &str, schema: &str) -> Result<Vec<Row>, String> {
        let columns = CsvColumns::of(schema)?;
        let mut out = Vec::new();
        let flow = csv_rows(csv.as_bytes(), &columns, &mut |row| {
            out.push(row);
            ControlFlow::Continue(())
        })?;
        assert!(flow.is_continue());
        Ok(out)
    }

    #[test]
    fn csv_rows_follow_the_schema_and_decode_keys() {
        let schema = "Bucket, Key, VersionId, IsLatest, IsDeleteMarker, Size, LastModifiedDate, \
                      ETag, StorageClass";
        let csv = "\"src\",\"dir%2Fa+b%2Bc%C3%A9.csv\",\"v1\",\"true\",\"false\",\"12\",\
                   \"2016-11-06T21:32:00.000Z\",\"5d41402abc4b2a76b9719d911017c592\",\"STANDARD\"\n\
                   \"src\",\"gone.txt\",\"v2\",\"true\",\"true\",\"\",\"2016-11-06T21:32:00.000Z\",\
                   \"\",\"\"\n";
        let got = rows(csv, schema).unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].key, "dir/a b+cé.csv");
        assert_eq!(got[0].size, Some(12));
        assert_eq!(got[0].last_modified, Some(1_478_467_920));
        assert!(got[0].is_current_object());
        assert!(!got[1].is_current_object());
        assert_eq!(
            got[0].clone().into_object().etag.as_deref(),
            Some("\"5d41402abc4b2a76b9719d911017c592\"")
        );
    }

    #[test]
    fn csv_errors_name_the_line() {
        let schema = "Bucket, Key, Size";
        let error = rows("\"b\",\"k\",\"1\"\n\"b\",\"k2\",\"x\"\n", schema).unwrap_err();
        assert_eq!(error, "line 2: Size `x`");
        let error = rows("\"b\",\"k%G1\",\"1\"\n", schema).unwrap_err();
        assert!(error.starts_with("line 1: Key `k%G1`"), "{error}");
        assert!(rows("\"b,\"k\"\n", schema).is_err());
        assert!(CsvColumns::of("Bucket, Size")
            .unwrap_err()
            .contains("no Key"));
    }

    #[test]
    fn quoted_fields_keep_commas_and_quotes() {
        let mut fields = Vec::new();
        split_csv(r#""a,b","say ""hi""",,plain"#, &mut fields).unwrap();
        assert_eq!(fields, ["a,b", "say \"hi\"", "", "plain"]);
    }

    #[test]
    fn timestamps() {
        assert_eq!(unix_seconds("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(unix_seconds("2000-03-01T00:00:00.000Z"), Some(951_868_800));
        assert_eq!(unix_seconds("2026-12-05"), Some(1_796_428_800));
        assert_eq!(unix_seconds("2026-13-05"), None);
        assert_eq!(unix_seconds("yesterday"), None);
    }
}
