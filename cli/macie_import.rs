//! `trawl identifiers import-macie FILE`: Amazon Macie custom data identifiers and allow lists
//! as trawl.toml tables, on standard output.
//!
//! Read: the JSON of `aws macie2 get-custom-data-identifier` (one, or a list of them, or
//! `{"customDataIdentifiers": [...]}`), the `CreateCustomDataIdentifier` request shape, and
//! allow lists (`get-allow-list`, `CreateAllowList`): a regex becomes `[allow] regexes`, an
//! S3 word list becomes `[allow] files` (download the object to that path: its format, one
//! value per line, is what trawl reads). Each identifier is checked by loading it as trawl
//! would; one that does not load (a regex feature trawl's engine lacks, such as look-around)
//! is reported on standard error with the reason, and the run exits 1.

use anyhow::{Context, Result};
use serde_json::Value;
use std::fmt::Write as _;
use std::path::Path;

/// Converts `path` and prints the TOML. Exit code: 0, or 1 when something was not imported.
pub fn run(path: &Path) -> Result<i32> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let json: Value =
        serde_json::from_str(&text).with_context(|| format!("{}: not JSON", path.display()))?;
    let file = path.display().to_string();
    let imported = convert(&json, &file)?;
    print!("{}", imported.toml);
    for problem in &imported.problems {
        eprintln!("trawl: {file}: {problem}");
    }
    Ok(if imported.problems.is_empty() { 0 } else { 1 })
}

/// The TOML, and what could not be imported (one line each).
pub struct Imported {
    pub toml: String,
    pub problems: Vec<String>,
}

/// The entries of a Macie JSON document: a list, a list response, or one entry.
fn entries(json: &Value) -> Vec<&Value> {
    match json {
        Value::Array(items) => items.iter().collect(),
        Value::Object(map) => {
            for key in ["customDataIdentifiers", "allowLists"] {
                if let Some(Value::Array(items)) = map.get(key) {
                    return items.iter().collect();
                }
            }
            vec![json]
        }
        _ => Vec::new(),
    }
}

/// Converts a parsed Macie document; `file` names it in messages.
pub fn convert(json: &Value, file: &str) -> Result<Imported> {
    let mut identifiers = String::new();
    let mut regexes = Vec::new();
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    let items = entries(json);
    if items.is_empty() {
        anyhow::bail!("{file}: no custom data identifier or allow list (expected a JSON object or a list of them)");
    }
    for (index, item) in items.into_iter().enumerate() {
        let at = format!("entry {}", index + 1);
        let name = item["name"].as_str().unwrap_or_default();
        if let Some(criteria) = item.get("criteria") {
            if let Some(regex) = criteria["regex"].as_str() {
                regexes.push((name.to_string(), regex.to_string()));
            } else if let Some(list) = criteria.get("s3WordsList") {
                let (bucket, key) = (
                    list["bucketName"].as_str().unwrap_or_default(),
                    list["objectKey"].as_str().unwrap_or_default(),
                );
                let local = key.rsplit('/').next().unwrap_or(key).to_string();
                files.push((name.to_string(), format!("s3://{bucket}/{key}"), local));
            } else {
                problems.push(format!(
                    "{at} ({name:?}): an allow list without criteria.regex or criteria.s3WordsList"
                ));
            }
            continue;
        }
        let Some(regex) = item["regex"].as_str() else {
            problems.push(format!(
                "{at} ({name:?}): neither a custom data identifier (no regex) nor an allow list \
                 (no criteria); a list response's summaries lack the regex: use \
                 get-custom-data-identifier"
            ));
            continue;
        };
        let id = unique_id(name, &ids);
        let table = identifier_table(&id, name, regex, item);
        // Loaded as trawl would: a pattern the engine cannot run is said here, not at scan time.
        match trawl_scanner::identifiers::parse_identifiers(&table, file) {
            Ok(_) => {
                ids.push(id);
                identifiers.push('\n');
                identifiers.push_str(&table);
            }
            // The position is in the TOML made here, not in the JSON: the field says where.
            Err(e) => problems.push(format!(
                "{at} ({name:?}) not imported: {}: {}",
                macie_field(e.field.as_deref()),
                e.reason
            )),
        }
    }
    let mut toml =
        format!("# Imported from Amazon Macie ({file}) by `trawl identifiers import-macie`.\n");
    if !regexes.is_empty() || !files.is_empty() {
        toml.push_str("\n[allow]\n");
        if !regexes.is_empty() {
            toml.push_str("regexes = [\n");
            for (name, regex) in &regexes {
                let _ = writeln!(toml, "  {},  # allow list {}", quoted(regex), quoted(name));
            }
            toml.push_str("]\n");
        }
        if !files.is_empty() {
            toml.push_str("files = [\n");
            for (name, s3, local) in &files {
                let _ = writeln!(
                    toml,
                    "  {},  # allow list {}: download {s3} here (one value per line)",
                    quoted(local),
                    quoted(name)
                );
            }
            toml.push_str("]\n");
        }
    }
    toml.push_str(&identifiers);
    Ok(Imported { toml, problems })
}

/// One `[[identifier]]` table. Macie's keywords must precede a match within
/// `maximumMatchDistance` (default 50): trawl's default for keywords, so it is not restated.
fn identifier_table(id: &str, name: &str, regex: &str, item: &Value) -> String {
    let mut t = String::from("[[identifier]]\n");
    let _ = writeln!(t, "id = {}", quoted(id));
    let _ = writeln!(
        t,
        "name = {}",
        quoted(if name.is_empty() { id } else { name })
    );
    if let Some(description) = item["description"].as_str().filter(|d| !d.is_empty()) {
        let _ = writeln!(t, "description = {}", quoted(description));
    }
    let _ = writeln!(t, "regex = {}", quoted(regex));
    for (field, key) in [("keywords", "keywords"), ("ignore_words", "ignoreWords")] {
        let words: Vec<String> = item[key]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).map(quoted).collect())
            .unwrap_or_default();
        if !words.is_empty() {
            let _ = writeln!(t, "{field} = [{}]", words.join(", "));
        }
    }
    if let Some(distance) = item["maximumMatchDistance"].as_u64() {
        let _ = writeln!(t, "maximum_match_distance = {distance}");
    }
    if let Some(levels) = item["severityLevels"].as_array().filter(|l| !l.is_empty()) {
        let levels: Vec<String> = levels
            .iter()
            .map(|l| {
                format!(
                    "{{ occurrences_threshold = {}, severity = {} }}",
                    l["occurrencesThreshold"].as_u64().unwrap_or(1),
                    quoted(l["severity"].as_str().unwrap_or("MEDIUM"))
                )
            })
            .collect();
        let _ = writeln!(t, "severity_levels = [{}]", levels.join(", "));
    }
    t
}

/// The Macie field a trawl field came from (`ignore_words` → `ignoreWords`).
fn macie_field(field: Option<&str>) -> &str {
    match field {
        Some("ignore_words") => "ignoreWords",
        Some("maximum_match_distance") => "maximumMatchDistance",
        Some("severity_levels") => "severityLevels",
        Some("id") | Some("name") => "name",
        Some(other) => other,
        None => "entry",
    }
}

/// A TOML basic string: JSON's escapes are TOML's.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}

/// An identifier id from a Macie name (`Employee ID` → `EMPLOYEE_ID`), unique among `taken`.
fn unique_id(name: &str, taken: &[String]) -> String {
    let mut id = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_uppercase());
        } else if !id.ends_with('_') && !id.is_empty() {
            id.push('_');
        }
    }
    while id.ends_with('_') {
        id.pop();
    }
    if id.is_empty() || id.starts_with(|c: char| c.is_ascii_digit()) {
        id.insert_str(0, "MACIE_");
    }
    let mut unique = id.clone();
    let mut n = 2;
    while taken.contains(&unique) {
        unique = format!("{id}_{n}");
        n += 1;
    }
    unique
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_names() {
        assert_eq!(unique_id("Employee ID", &[]), "EMPLOYEE_ID");
        assert_eq!(unique_id("  2fa-codes!", &[]), "MACIE_2FA_CODES");
        assert_eq!(
            unique_id("Employee ID", &["EMPLOYEE_ID".into()]),
            "EMPLOYEE_ID_2"
        );
        assert_eq!(unique_id("ÉÉ", &[]), "MACIE_");
    }
}
