//! Baselines: the findings a project has accepted, as (identifier, fingerprint) pairs — never
//! values — so that a scan reports only new ones.
//!
//! ```json
//! {"version": 1, "tool": "trawl", "findings": [
//!   {"identifier": "GITHUB_TOKEN", "fingerprint": "…", "source": "ci.yml", "line": 13}]}
//! ```
//! Matching is by identifier and fingerprint only, so a finding that moves to another line or
//! file stays accepted. The reader is here, in the library, so it can be fuzzed: a baseline is
//! untrusted input (it comes with the repository).

use crate::Finding;
use serde_json::{json, Value};
use std::collections::HashSet;

/// The baseline format's version.
pub const VERSION: u64 = 1;

/// Why a baseline was refused. The messages name the field, never quote its value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BaselineError {
    /// Not JSON; says where and what kind of error.
    #[error("not a trawl baseline (JSON expected): {0}")]
    NotJson(String),
    /// A `version` other than [`VERSION`]; says what was found (a number, or its kind).
    #[error("unsupported baseline version (expected {VERSION}, found {0})")]
    Version(String),
    /// No `findings` list.
    #[error("field `findings`: a list is expected")]
    NoFindings,
    /// The entry at this index lacks `identifier` or `fingerprint`.
    #[error("findings[{0}]: `identifier` and `fingerprint` strings are required")]
    Entry(usize),
}

/// One baseline entry for `finding` in `source`.
pub fn entry(source: &str, finding: &Finding) -> Value {
    json!({
        "identifier": finding.id(),
        "fingerprint": finding.fingerprint,
        "source": source,
        "line": finding.line,
    })
}

/// A baseline document of `entries`.
pub fn document(entries: Vec<Value>) -> Value {
    json!({ "version": VERSION, "tool": "trawl", "findings": entries })
}

/// The (identifier, fingerprint) pairs a baseline accepts.
///
/// ```
/// let text = r#"{"version": 1, "findings": [{"identifier": "GITHUB_TOKEN", "fingerprint": "9f2c"}]}"#;
/// let accepted = trawl_scanner::baseline::parse(text).unwrap();
/// assert!(accepted.contains(&("GITHUB_TOKEN".to_string(), "9f2c".to_string())));
/// assert!(trawl_scanner::baseline::parse("{}").is_err());
/// ```
pub fn parse(text: &str) -> Result<HashSet<(String, String)>, BaselineError> {
    let doc: Value = serde_json::from_str(text).map_err(|e| {
        // serde_json's messages say where and what kind of token, not the text itself.
        BaselineError::NotJson(format!(
            "line {} column {}: {:?}",
            e.line(),
            e.column(),
            e.classify()
        ))
    })?;
    if doc["version"] != json!(VERSION) {
        return Err(BaselineError::Version(kind(&doc["version"])));
    }
    let Some(findings) = doc["findings"].as_array() else {
        return Err(BaselineError::NoFindings);
    };
    findings
        .iter()
        .enumerate()
        .map(
            |(i, f)| match (f["identifier"].as_str(), f["fingerprint"].as_str()) {
                (Some(id), Some(fp)) => Ok((id.to_string(), fp.to_string())),
                _ => Err(BaselineError::Entry(i)),
            },
        )
        .collect()
}

/// What kind of JSON value `value` is, or the number it is (a version is not a secret, but a
/// string in its place might be).
fn kind(value: &Value) -> String {
    match value {
        Value::Null => "none".into(),
        Value::Number(n) => n.to_string(),
        Value::String(_) => "a string".into(),
        Value::Bool(_) => "a boolean".into(),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reader quoted a wrong `version` (the baseline fuzz target's regression seed).
    #[test]
    fn errors_quote_no_value() {
        let text = r#"{"version": "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", "findings": []}"#;
        assert_eq!(
            parse(text).unwrap_err().to_string(),
            "unsupported baseline version (expected 1, found a string)"
        );
        assert_eq!(
            parse(r#"{"version": 2}"#).unwrap_err(),
            BaselineError::Version("2".into())
        );
        assert_eq!(
            parse(r#"{"version": 1}"#).unwrap_err(),
            BaselineError::NoFindings
        );
        assert_eq!(
            parse(r#"{"version": 1, "findings": [{"identifier": "X"}]}"#).unwrap_err(),
            BaselineError::Entry(0)
        );
        assert!(
            matches!(parse("ghp_0kQd11eq"), Err(BaselineError::NotJson(m)) if !m.contains("0kQd"))
        );
    }
}
