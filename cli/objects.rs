//! Object-level results (`--report objects`): instead of a line per finding, each object's
//! record carries per identifier its exact count, its severity and its first occurrences, and
//! the summary adds totals per prefix (directory or key prefix).
//!
//! Findings of one object arrive in several calls, from the walker thread scanning it, before
//! its record; their occurrences wait here, keyed by the object's source, until the record
//! comes. Memory per object in flight is bounded by the identifiers times the occurrences
//! kept.

use std::collections::{BTreeMap, HashMap};
use trawl_scanner::{Detection, Finding, ObjectRecord, Severity};

/// Prefixes the summary counts one by one; the rest are added up under [`OTHER`].
pub const MAX_PREFIXES: usize = 1000;
/// The summary's key for objects past [`MAX_PREFIXES`] prefixes.
pub const OTHER: &str = "other";

/// What object-level results keep while a scan runs.
#[derive(Default)]
pub struct Objects {
    /// Occurrences shown per identifier and object.
    max_occurrences: u64,
    /// Path or key segments of a prefix (0: no totals per prefix).
    prefix_depth: usize,
    /// Per top-level source: its detections so far, in order of first occurrence.
    open: HashMap<String, Vec<Detection>>,
    /// Per prefix: findings per identifier.
    pub by_prefix: BTreeMap<String, BTreeMap<String, u64>>,
    /// Per identifier: the highest severity seen (for the closing table).
    pub severity: BTreeMap<String, Severity>,
}

impl Objects {
    pub fn new(max_occurrences: u64, prefix_depth: usize) -> Objects {
        Objects {
            max_occurrences,
            prefix_depth,
            ..Objects::default()
        }
    }

    /// Keeps `finding` of `source` as an occurrence, while its identifier has fewer than the
    /// maximum (members of archives count toward their top-level object).
    pub fn occurrence(&mut self, source: &str, finding: &Finding, show_secrets: bool) {
        let detections = match self.open.get_mut(source) {
            Some(detections) => detections,
            None => self.open.entry(source.to_string()).or_default(),
        };
        let detection = match detections.iter().position(|d| d.identifier == finding.id()) {
            Some(i) => &mut detections[i],
            None => {
                detections.push(Detection {
                    identifier: finding.id().to_string(),
                    category: finding.identifier.category.as_str(),
                    severity: finding.severity,
                    count: 0,
                    occurrences: Vec::new(),
                });
                detections.last_mut().expect("just pushed")
            }
        };
        detection.severity = detection.severity.max(finding.severity);
        if (detection.occurrences.len() as u64) < self.max_occurrences {
            detection
                .occurrences
                .push(Detection::occurrence(finding, source, show_secrets));
        }
    }

    /// Completes a top-level object's record: its detections, with the exact counts of its
    /// `findings` (what the baseline dropped already taken out), sorted by severity then
    /// count; and the totals per prefix.
    pub fn close(&mut self, record: &mut ObjectRecord) {
        let mut detections = self.open.remove(&record.source).unwrap_or_default();
        detections.retain_mut(|d| match record.findings.get(&d.identifier) {
            Some(&count) => {
                d.count = count;
                true
            }
            None => false,
        });
        // Identifiers counted with no occurrence delivered (held under severity levels).
        for (id, &count) in &record.findings {
            if !detections.iter().any(|d| &d.identifier == id) {
                detections.push(Detection {
                    identifier: id.clone(),
                    category: "",
                    severity: record.severity.unwrap_or(Severity::Low),
                    count,
                    occurrences: Vec::new(),
                });
            }
        }
        detections.sort_by(|a, b| {
            b.severity
                .cmp(&a.severity)
                .then(b.count.cmp(&a.count))
                .then(a.identifier.cmp(&b.identifier))
        });
        for d in &detections {
            let seen = self
                .severity
                .entry(d.identifier.clone())
                .or_insert(d.severity);
            *seen = (*seen).max(d.severity);
        }
        if self.prefix_depth > 0 && !record.findings.is_empty() {
            let prefix = prefix_of(&record.source, self.prefix_depth);
            let key = if self.by_prefix.contains_key(prefix) || self.by_prefix.len() < MAX_PREFIXES
            {
                prefix
            } else {
                OTHER
            };
            let totals = self.by_prefix.entry(key.to_string()).or_default();
            for (id, count) in &record.findings {
                *totals.entry(id.clone()).or_default() += count;
            }
        }
        record.detections = detections;
    }
}

/// The first `depth` segments of a source: `s3://bucket/a/b/key` → `s3://bucket/a/` at depth
/// 1; `exports/2024/x.csv` and `./exports/x.csv` → `exports/` and `./exports/`; an object
/// with fewer segments is its root (`s3://bucket/`, `./`, `/`).
///
/// ```text
/// prefix_of("s3://logs/app/2024/x.gz", 2) == "s3://logs/app/2024/"
/// ```
pub fn prefix_of(source: &str, depth: usize) -> &str {
    let root_end = match source.strip_prefix("s3://") {
        Some(rest) => 5 + rest.find('/').map_or(rest.len(), |p| p + 1),
        None if source.starts_with("./") => 2,
        None => usize::from(source.starts_with('/')),
    };
    let mut end = root_end;
    for _ in 0..depth {
        match source[end..].find('/') {
            Some(p) => end += p + 1,
            None => break,
        }
    }
    if end == 0 {
        "./"
    } else {
        &source[..end]
    }
}

#[cfg(test)]
mod tests {
    use super::prefix_of;

    #[test]
    fn prefixes_by_depth() {
        assert_eq!(prefix_of("s3://logs/app/2024/x.gz", 1), "s3://logs/app/");
        assert_eq!(
            prefix_of("s3://logs/app/2024/x.gz", 2),
            "s3://logs/app/2024/"
        );
        assert_eq!(prefix_of("s3://logs/x.gz", 1), "s3://logs/");
        assert_eq!(prefix_of("exports/2024/x.csv", 1), "exports/");
        assert_eq!(prefix_of("x.csv", 1), "./");
        assert_eq!(prefix_of("/data/x.csv", 1), "/data/");
        assert_eq!(prefix_of("/x.csv", 3), "/");
        assert_eq!(prefix_of("./config/ci.env", 1), "./config/");
    }
}
