//! `--items`: the objects of a sweep given as JSON, as a job scheduler hands them out.
//!
//! Accepted: a list of objects, or AWS Step Functions Distributed Map's item batch
//! (`{"Items": […], "BatchInput": {…}}`). Each item has `Key` and, unless the batch input
//! gives it, `Bucket`; `Size`, `ETag` (or `Etag`, as Distributed Map's listing reader spells
//! it), `LastModified` (Unix seconds) or `LastModifiedDate` (RFC 3339) and `StorageClass` are
//! optional, and so is `VersionId` (that version is read instead of the current one; `null`
//! or `"null"`, S3's name for an unversioned object, mean the current one). Numbers may be
//! written as strings, as the inventory reader writes them. Keys are taken as they are (not
//! URL-decoded).

use super::inventory::unix_seconds;
use super::ObjectInfo;
use serde_json::{Map, Value};

/// Parses an item list or batch; the error names the item and the field.
///
/// ```
/// use trawl_scanner::s3::parse_items;
/// let batch = r#"{"Items": [{"Key": "a.csv", "Size": "12", "Etag": "\"abc\""}],
///                 "BatchInput": {"Bucket": "exports"}}"#;
/// let objects = parse_items(batch).unwrap();
/// assert_eq!((objects[0].bucket.as_str(), objects[0].key.as_str(), objects[0].size),
///            ("exports", "a.csv", 12));
/// ```
pub fn parse_items(json: &str) -> Result<Vec<ObjectInfo>, String> {
    let value: Value = serde_json::from_str(json).map_err(|e| format!("not JSON: {e}"))?;
    items_of(&value)
}

/// [`parse_items`] of a document already parsed (a Lambda function's event).
pub fn items_of(value: &Value) -> Result<Vec<ObjectInfo>, String> {
    let (items, batch_bucket) = match value {
        Value::Array(items) => (items, None),
        Value::Object(batch) => {
            let items = match batch.get("Items") {
                Some(Value::Array(items)) => items,
                _ => {
                    return Err(
                        "an object must hold an `Items` list (a Distributed Map item batch); \
                         or give a list of items"
                            .into(),
                    )
                }
            };
            let bucket = batch
                .get("BatchInput")
                .and_then(|input| input.get("Bucket"))
                .and_then(Value::as_str);
            (items, bucket)
        }
        _ => return Err("expected a list of items or an `Items` batch".into()),
    };
    items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let Value::Object(item) = item else {
                return Err(format!("item {index}: not an object"));
            };
            object(item, batch_bucket).map_err(|e| format!("item {index}: {e}"))
        })
        .collect()
}

fn object(item: &Map<String, Value>, batch_bucket: Option<&str>) -> Result<ObjectInfo, String> {
    let text = |name: &str| -> Result<Option<&str>, String> {
        match item.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(format!("`{name}` is not a string")),
        }
    };
    let number = |name: &str| -> Result<Option<u64>, String> {
        match item.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Number(n)) => n
                .as_u64()
                .map(Some)
                .ok_or_else(|| format!("`{name}` is not a whole number")),
            Some(Value::String(s)) => s
                .trim()
                .parse()
                .map(Some)
                .map_err(|_| format!("`{name}` is not a whole number")),
            Some(_) => Err(format!("`{name}` is not a number")),
        }
    };
    let bucket = text("Bucket")?
        .or(batch_bucket)
        .ok_or("no `Bucket` (in the item or the batch input)")?;
    let key = text("Key")?.ok_or("no `Key`")?;
    if key.is_empty() {
        return Err("`Key` is empty".into());
    }
    let etag = match text("ETag")? {
        Some(etag) => Some(etag),
        None => text("Etag")?,
    };
    let last_modified = match number("LastModified")? {
        Some(seconds) => Some(i64::try_from(seconds).map_err(|_| "`LastModified` is too large")?),
        None => text("LastModifiedDate")?
            .map(|date| {
                unix_seconds(date).ok_or(format!("`LastModifiedDate` `{date}` is not a date"))
            })
            .transpose()?,
    };
    Ok(ObjectInfo {
        bucket: bucket.to_string(),
        key: key.to_string(),
        size: number("Size")?.unwrap_or(0),
        etag: etag.filter(|e| !e.is_empty()).map(|etag| {
            if etag.starts_with('"') {
                etag.to_string()
            } else {
                format!("\"{etag}\"")
            }
        }),
        version_id: text("VersionId")?
            .filter(|v| !v.is_empty() && *v != "null")
            .map(str::to_string),
        last_modified,
        storage_class: text("StorageClass")?.map(str::to_string),
        inventoried: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_batches() {
        let list = r#"[{"Bucket": "b", "Key": "x/1.csv", "Size": 3, "ETag": "abc",
                        "LastModifiedDate": "2022-11-16T00:29:32.000Z", "StorageClass": "STANDARD"},
                       {"Bucket": "b", "Key": "x/2.csv", "LastModified": 1668699881}]"#;
        let objects = parse_items(list).unwrap();
        assert_eq!(objects.len(), 2);
        assert_eq!(objects[0].etag.as_deref(), Some("\"abc\""));
        assert_eq!(objects[0].last_modified, Some(1_668_558_572));
        assert_eq!(objects[1].last_modified, Some(1_668_699_881));
        assert_eq!(objects[0].version_id, None);
        let versioned = r#"[{"Bucket": "b", "Key": "k", "VersionId": "3HL4kqtJlcpXroDTDmJ"},
                            {"Bucket": "b", "Key": "k", "VersionId": "null"}]"#;
        let versioned = parse_items(versioned).unwrap();
        assert_eq!(
            versioned[0].version_id.as_deref(),
            Some("3HL4kqtJlcpXroDTDmJ")
        );
        assert_eq!(versioned[1].version_id, None);
        assert!(objects.iter().all(|o| o.inventoried));
        let batch =
            r#"{"Items": [{"Bucket": "other", "Key": "k"}], "BatchInput": {"Bucket": "b"}}"#;
        assert_eq!(parse_items(batch).unwrap()[0].bucket, "other");
    }

    #[test]
    fn errors_name_the_item_and_field() {
        assert_eq!(
            parse_items(r#"[{"Bucket": "b", "Key": "k"}, {"Key": "k"}]"#).unwrap_err(),
            "item 1: no `Bucket` (in the item or the batch input)"
        );
        assert_eq!(
            parse_items(r#"[{"Bucket": "b", "Key": "k", "Size": "big"}]"#).unwrap_err(),
            "item 0: `Size` is not a whole number"
        );
        assert!(parse_items(r#"{"items": []}"#)
            .unwrap_err()
            .contains("`Items`"));
        assert!(parse_items("[").unwrap_err().starts_with("not JSON"));
    }
}
