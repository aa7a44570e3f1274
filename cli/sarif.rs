//! SARIF 2.1.0 output (`--format sarif`), as GitHub code scanning accepts it.
//!
//! One rule per identifier, one result per finding with its region and a
//! `partialFingerprints` entry holding trawl's non-reversible fingerprint (so code scanning
//! tracks a finding across commits without ever seeing the value). Skipped and partial inputs
//! become tool execution notifications.

use serde_json::{json, Value};
use trawl_scanner::{Finding, ObjectRecord, Scanner, Severity, Status};

/// What a SARIF rule says about an identifier.
pub struct Rule {
    id: String,
    name: String,
    description: String,
    category: String,
    severity: Severity,
}

/// The rules of every identifier the scanner runs.
pub fn rules(scanner: &Scanner) -> Vec<Rule> {
    scanner
        .identifiers()
        .map(|i| Rule {
            id: i.id.clone(),
            name: i.name.clone(),
            description: i.description.clone().unwrap_or_else(|| i.name.clone()),
            category: i.category.to_string(),
            severity: i.severity,
        })
        .collect()
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low => "note",
    }
}

/// A relative URI reference for `source`: `./a b/c.env` becomes `a%20b/c.env`.
fn uri(source: &str) -> String {
    let path = source.strip_prefix("./").unwrap_or(source);
    let mut out = String::with_capacity(path.len() + 8);
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// One result.
pub fn result(rules: &[Rule], source: &str, f: &Finding, show_secrets: bool) -> Value {
    let rule_index = rules.iter().position(|r| r.id == f.id());
    let value = f.value();
    let newlines = value.iter().filter(|&&b| b == b'\n').count() as u64;
    let end_column = match value.iter().rposition(|&b| b == b'\n') {
        Some(p) => (value.len() - p) as u64,
        None => f.column + value.len() as u64,
    };
    let shown = if show_secrets {
        String::from_utf8_lossy(value).into_owned()
    } else {
        f.redacted.clone()
    };
    let mut result = json!({
        "ruleId": f.id(),
        "level": level(f.severity),
        "message": { "text": format!("{} ({}): {shown}", f.identifier.name, f.id()) },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": { "uri": uri(source) },
                "region": {
                    "startLine": f.line,
                    "startColumn": f.column,
                    "endLine": f.line + newlines,
                    "endColumn": end_column,
                    "byteOffset": f.start,
                    "byteLength": f.end - f.start,
                }
            }
        }],
        "partialFingerprints": { "trawl/v1": f.fingerprint },
        "properties": { "confidence": f.confidence.to_string(), "severity": f.severity.to_string() },
    });
    if let Some(index) = rule_index {
        result["ruleIndex"] = json!(index);
    }
    result
}

/// The whole log.
pub fn document(rules: &[Rule], results: Vec<Value>, incomplete: &[ObjectRecord]) -> Value {
    let rules: Vec<Value> = rules
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "name": pascal_case(&r.id),
                "shortDescription": { "text": r.name },
                "fullDescription": { "text": r.description },
                "defaultConfiguration": { "level": level(r.severity) },
                "properties": { "category": r.category, "severity": r.severity.to_string(), "tags": ["security", r.category.to_lowercase()] },
            })
        })
        .collect();
    let notifications: Vec<Value> = incomplete
        .iter()
        .map(|o| {
            let reason = o.reason.map(trawl_scanner::Reason::name);
            let status = if o.status == Status::Partial { "partially scanned" } else { "skipped" };
            json!({
                "level": "warning",
                "message": { "text": format!("{}: {status} ({}{})", o.source, reason.unwrap_or_default(), o.message.as_deref().map(|m| format!(": {m}")).unwrap_or_default()) },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri(&o.source) } } }],
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "trawl",
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/trawl-scanner/trawl",
                "rules": rules,
            }},
            "invocations": [{
                "executionSuccessful": true,
                "toolExecutionNotifications": notifications,
            }],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    })
}

/// `AWS_ACCESS_KEY_ID` → `AwsAccessKeyId` (SARIF rule names are identifiers, not prose).
fn pascal_case(id: &str) -> String {
    id.split('_')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let lower = p.to_ascii_lowercase();
            let mut chars = lower.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_encoded_references() {
        assert_eq!(uri("./a b/c.env"), "a%20b/c.env");
        assert_eq!(uri("café.txt"), "caf%C3%A9.txt");
        assert_eq!(uri("/abs/x"), "file:///abs/x");
    }

    #[test]
    fn rule_names() {
        assert_eq!(pascal_case("AWS_ACCESS_KEY_ID"), "AwsAccessKeyId");
    }
}
