//! Which listed objects a sweep scans: Macie's object criteria (key globs, extensions, size
//! and last-modified ranges) and a deterministic sample.

use super::ObjectInfo;
use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use sha2::{Digest, Sha256};

/// The objects in scope. Everything empty (the default) means every listed object.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scope {
    /// Key globs an object must match one of (all objects when empty). `*` also matches `/`,
    /// so `*.csv` matches `exports/2026/a.csv`.
    pub include: Vec<String>,
    /// Key globs of objects not to scan.
    pub exclude: Vec<String>,
    /// File name extensions (without the dot, any case) an object must have one of.
    pub extensions: Vec<String>,
    /// Objects smaller than this many bytes are out of scope.
    pub min_size: Option<u64>,
    /// Objects larger than this many bytes are out of scope (use `max_file_size` to have them
    /// recorded as skipped instead).
    pub max_size: Option<u64>,
    /// Only objects last modified at or after this time (Unix seconds).
    pub modified_after: Option<i64>,
    /// Only objects last modified before this time (Unix seconds).
    pub modified_before: Option<i64>,
    /// Scan this percentage (0 < p ≤ 100) of the objects, chosen by a hash of the key: the
    /// same keys are picked on every run.
    pub sample_percent: Option<f64>,
}

/// A [`Scope`] with its globs compiled.
pub(super) struct CompiledScope {
    include: Option<GlobSet>,
    exclude: GlobSet,
    extensions: Vec<String>,
    scope: Scope,
}

fn glob_set(globs: &[String]) -> Result<GlobSet, globset::Error> {
    let mut set = GlobSetBuilder::new();
    for glob in globs {
        set.add(GlobBuilder::new(glob).literal_separator(false).build()?);
    }
    set.build()
}

impl CompiledScope {
    pub(super) fn new(scope: &Scope) -> Result<CompiledScope, globset::Error> {
        Ok(CompiledScope {
            include: if scope.include.is_empty() {
                None
            } else {
                Some(glob_set(&scope.include)?)
            },
            exclude: glob_set(&scope.exclude)?,
            extensions: scope
                .extensions
                .iter()
                .map(|e| e.trim_start_matches('.').to_ascii_lowercase())
                .collect(),
            scope: scope.clone(),
        })
    }

    pub(super) fn includes(&self, object: &ObjectInfo) -> bool {
        let scope = &self.scope;
        if self
            .include
            .as_ref()
            .is_some_and(|s| !s.is_match(&object.key))
            || self.exclude.is_match(&object.key)
        {
            return false;
        }
        if !self.extensions.is_empty() {
            let name = object.key.rsplit('/').next().unwrap_or_default();
            let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
            if !extension.is_some_and(|e| self.extensions.contains(&e)) {
                return false;
            }
        }
        if scope.min_size.is_some_and(|min| object.size < min)
            || scope.max_size.is_some_and(|max| object.size > max)
        {
            return false;
        }
        if let Some(modified) = object.last_modified {
            if scope.modified_after.is_some_and(|after| modified < after)
                || scope
                    .modified_before
                    .is_some_and(|before| modified >= before)
            {
                return false;
            }
        }
        match scope.sample_percent {
            Some(percent) => sampled(&object.bucket, &object.key, percent),
            None => true,
        }
    }
}

/// Whether `bucket/key` falls in a `percent` sample: a hash of the name, not a random draw, so
/// a rerun picks the same objects.
fn sampled(bucket: &str, key: &str, percent: f64) -> bool {
    let digest = Sha256::new()
        .chain_update(bucket.as_bytes())
        .chain_update(b"/")
        .chain_update(key.as_bytes())
        .finalize();
    let draw = u64::from_be_bytes(digest[..8].try_into().expect("8 bytes")) % 1_000_000;
    (draw as f64) < percent * 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(key: &str, size: u64, modified: i64) -> ObjectInfo {
        ObjectInfo {
            bucket: "b".into(),
            key: key.into(),
            size,
            etag: None,
            version_id: None,
            last_modified: Some(modified),
            storage_class: None,
            inventoried: false,
        }
    }

    #[test]
    fn globs_extensions_sizes_and_dates() {
        let scope = CompiledScope::new(&Scope {
            include: vec!["exports/**".into(), "*.env".into()],
            exclude: vec!["**/tmp/*".into()],
            extensions: vec![".CSV".into(), "env".into()],
            min_size: Some(10),
            max_size: Some(1000),
            modified_after: Some(100),
            modified_before: Some(200),
            sample_percent: None,
        })
        .unwrap();
        assert!(scope.includes(&object("exports/2026/a.csv", 50, 150)));
        assert!(scope.includes(&object("deep/dir/prod.env", 50, 150)));
        assert!(!scope.includes(&object("exports/tmp/a.csv", 50, 150)));
        assert!(!scope.includes(&object("exports/a.json", 50, 150)));
        assert!(!scope.includes(&object("other/a.csv", 50, 150)));
        assert!(!scope.includes(&object("exports/a.csv", 5, 150)));
        assert!(!scope.includes(&object("exports/a.csv", 5000, 150)));
        assert!(!scope.includes(&object("exports/a.csv", 50, 99)));
        assert!(!scope.includes(&object("exports/a.csv", 50, 200)));
    }

    #[test]
    fn sample_is_deterministic_and_near_its_percentage() {
        let scope = CompiledScope::new(&Scope {
            sample_percent: Some(10.0),
            ..Scope::default()
        })
        .unwrap();
        let picked: Vec<bool> = (0..10_000)
            .map(|i| scope.includes(&object(&format!("k/{i}"), 1, 0)))
            .collect();
        let again: Vec<bool> = (0..10_000)
            .map(|i| scope.includes(&object(&format!("k/{i}"), 1, 0)))
            .collect();
        assert_eq!(picked, again);
        let count = picked.iter().filter(|p| **p).count();
        assert!((800..1200).contains(&count), "{count} of 10000 at 10%");
    }
}
