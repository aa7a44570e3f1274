//! trawl-identifiers: sensitive-data identifiers as data.
//!
//! An identifier is a TOML table (see [`IdentifierSpec`] for every field) that says what to look
//! for (a regex and the literal anchors every match contains), how to confirm it (named
//! [`validators`], keywords, ignore words) and how to report it (category, severity). The
//! built-in (managed) identifiers live in `identifiers/builtin/<category>/<family>.toml`, a file
//! per provider or country family, collected at build time; users add their own in the same
//! schema. Nothing in the scanning engine names a specific identifier.
//!
//! ```
//! let builtins = trawl_identifiers::builtin();
//! assert!(builtins.iter().any(|i| i.id == "AWS_ACCESS_KEY_ID"));
//!
//! let custom = trawl_identifiers::parse_identifiers(r#"
//! [[identifier]]
//! id = "EMPLOYEE_ID"
//! name = "Employee id"
//! regex = 'EMP-\d{6}'
//! anchors = ["EMP-"]
//! examples = ["badge EMP-123456"]
//! negative_examples = ["EMP-12345"]
//! "#, "trawl.toml").unwrap();
//! assert_eq!(custom[0].max_match_len, 10);
//! ```

pub mod anchors;
pub mod config;
mod load;
pub mod quote;
pub mod redact;
mod schema;
pub mod validators;

pub use config::{load_config, parse_config, Config, CONFIG_FILE_NAME};
pub use load::{
    check_spec, is_country_code, is_valid_id, parse_identifiers, shown_country, Identifier,
    LoadError, Origin,
};
pub use schema::{Category, Confidence, IdentifierSpec, Severity, SeverityLevel, ValidatorSpec};

/// Default distance between the end of a keyword and the end of a match (Macie's default).
pub const DEFAULT_MAXIMUM_MATCH_DISTANCE: usize = 50;

/// Cap, in bytes, on the length of a match of an unbounded pattern without `max_length`.
/// It bounds the bytes the streaming engine keeps between chunks.
pub const DEFAULT_UNBOUNDED_MATCH_CAP: usize = 4096;

/// Largest `max_length` an identifier may ask for; larger windows would make memory per scan
/// depend on the pattern rather than on the chunk size.
pub const MAX_MATCH_LEN_LIMIT: usize = 64 * 1024;

/// Every `builtin/<category>/<family>.toml` file, by path (collected by `build.rs`).
#[cfg(test)]
const BUILTIN_FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin_files.rs"));

/// The same files as JSON, each identifier with its line (made by `build.rs`; see
/// [`load::parse_builtin`]).
const BUILTIN_CATALOGUE: &[(&str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/builtin_catalogue.rs"));

/// The managed identifiers shipped with trawl, in a stable order.
///
/// # Panics
/// Never in a released build: the files are checked by this crate's tests.
pub fn builtin() -> Vec<Identifier> {
    // Parsing the catalogue (TOML, then every regex) is most of a small scan's start-up, which
    // a pre-commit hook pays on every commit. The files are split into contiguous runs, two
    // per available core (up to four cores: files differ in cost, so more runs balance
    // better), each parsed on a thread of its own and joined in order: the result is the same
    // as one thread's.
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .clamp(1, 4);
    let run = BUILTIN_CATALOGUE.len().div_ceil(2 * threads).max(1);
    let parse = |files: &[(&str, &str)]| -> Vec<Identifier> {
        let mut out = Vec::new();
        for (path, json) in files {
            match load::parse_builtin(json, path) {
                Ok(ids) => out.extend(ids),
                Err(e) => panic!("built-in identifier file is invalid: {e}"),
            }
        }
        out
    };
    if threads == 1 {
        return parse(BUILTIN_CATALOGUE);
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = BUILTIN_CATALOGUE
            .chunks(run)
            .map(|files| scope.spawn(move || parse(files)))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::BUILTIN_FILES;

    /// Every built-in's anchors are proved: each match of its regex holds one of them, so the
    /// candidate automaton cannot miss a match.
    #[test]
    fn builtin_anchors_are_in_every_match() {
        let mut unproved = Vec::new();
        for identifier in crate::builtin() {
            if identifier.anchors.is_empty() {
                continue; // digit groups
            }
            let hir = regex_syntax::ParserBuilder::new()
                .unicode(false)
                .utf8(false)
                .build()
                .parse(&identifier.regex)
                .expect("a built-in regex parses");
            if !crate::anchors::every_match_contains_one(&hir, &identifier.anchors) {
                unproved.push(format!(
                    "{} ({}): a match may hold none of {:?}",
                    identifier.id, identifier.origin, identifier.anchors
                ));
            }
        }
        assert!(unproved.is_empty(), "{}", unproved.join("\n"));
    }

    /// The JSON `build.rs` makes of each built-in file loads as the TOML does: the same
    /// identifiers, fields, defaults and lines.
    #[test]
    fn the_built_catalogue_is_the_toml() {
        assert_eq!(BUILTIN_FILES.len(), super::BUILTIN_CATALOGUE.len());
        for ((path, text), (json_path, json)) in BUILTIN_FILES.iter().zip(super::BUILTIN_CATALOGUE)
        {
            assert_eq!(path, json_path);
            let from_toml = crate::parse_identifiers(text, path).unwrap();
            let from_json = crate::load::parse_builtin(json, path).unwrap();
            assert_eq!(format!("{from_toml:?}"), format!("{from_json:?}"), "{path}");
        }
    }

    /// A given `keywords` list is required unless the identifier says otherwise; a built-in
    /// says so either way, so the default can never change what a managed identifier finds.
    #[test]
    fn builtins_with_keywords_state_whether_they_are_required() {
        for (path, text) in BUILTIN_FILES {
            let file: toml::Table = toml::from_str(text).expect("valid TOML");
            let identifiers = file["identifier"]
                .as_array()
                .expect("[[identifier]] tables");
            for identifier in identifiers {
                let has_keywords = identifier
                    .get("keywords")
                    .and_then(|k| k.as_array())
                    .is_some_and(|k| !k.is_empty());
                assert!(
                    !has_keywords || identifier.get("keyword_required").is_some(),
                    "{path}: {} has keywords but no explicit keyword_required",
                    identifier["id"]
                );
            }
        }
    }
}
