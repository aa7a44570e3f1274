//! What is never reported: values allowed by the configuration (`[allow]` values and
//! regexes, whichever identifier finds them), and lines that carry an allow marker.

use crate::plan::syntax_config;
use crate::scanner::BuildError;
use memchr::memmem;
use regex_automata::meta::Regex;
use regex_automata::Input;
use std::collections::HashSet;
use trawl_identifiers::quote::regex_syntax_error;
use trawl_identifiers::redact::redact;

/// A regex build error without the pattern, which may hold a literal secret.
pub(crate) fn build_error_reason(error: &regex_automata::meta::BuildError) -> String {
    match error.syntax_error() {
        Some(syntax) => regex_syntax_error(syntax),
        // Size limits and the like quote no pattern.
        None => error
            .to_string()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    }
}
use std::sync::LazyLock;

/// Values never reported, whichever identifier finds them.
#[derive(Default)]
pub(crate) struct Allow {
    /// ASCII-lower-cased literal values.
    values: HashSet<Vec<u8>>,
    /// Every pattern ends in `\z` and is searched anchored, so a match is a whole-value match.
    regexes: Option<Regex>,
}

impl Allow {
    pub(crate) fn new(values: &[String], patterns: &[String]) -> Result<Allow, BuildError> {
        let values = values
            .iter()
            .map(|v| v.as_bytes().to_ascii_lowercase())
            .collect();
        let regexes = if patterns.is_empty() {
            None
        } else {
            for p in patterns {
                // Compiled one by one first so an error names the pattern.
                Regex::builder()
                    .syntax(syntax_config())
                    .build(p)
                    .map_err(|e| BuildError::AllowRegex {
                        pattern: redact(p.as_bytes()),
                        reason: build_error_reason(&e),
                    })?;
            }
            let whole: Vec<String> = patterns.iter().map(|p| format!("(?:{p})\\z")).collect();
            let regex = Regex::builder()
                .syntax(syntax_config())
                .build_many(&whole)
                .map_err(|e| BuildError::AllowRegex {
                    pattern: format!("{} patterns together", patterns.len()),
                    reason: build_error_reason(&e),
                })?;
            Some(regex)
        };
        Ok(Allow { values, regexes })
    }

    pub(crate) fn allows(&self, value: &[u8]) -> bool {
        if !self.values.is_empty() && self.values.contains(&value.to_ascii_lowercase()) {
            return true;
        }
        self.regexes
            .as_ref()
            .is_some_and(|r| r.is_match(Input::new(value).anchored(regex_automata::Anchored::Yes)))
    }
}

/// Markers that silence a finding on their line: `trawl:allow` (or `trawl:allow ID` for one
/// identifier), and the markers of gitleaks and detect-secrets, so existing allows carry over.
const INLINE_ALLOW: &[u8] = b"trawl:allow";
const FOREIGN_ALLOWS: &[&[u8]] = &[b"gitleaks:allow", b"pragma: allowlist secret"];

/// Whether the lines holding `hay[start..end]` carry an allow marker for identifier `id`.
/// Only the bytes in the buffer are seen: the session keeps at least the scan window around
/// a match, so a marker on a line longer than that may be missed.
pub(crate) fn inline_allow(hay: &[u8], start: usize, end: usize, id: &str) -> bool {
    let line_start = memchr::memrchr(b'\n', &hay[..start]).map_or(0, |p| p + 1);
    let line_end = memchr::memchr(b'\n', &hay[end..]).map_or(hay.len(), |p| end + p);
    let lines = &hay[line_start..line_end];
    // Every marker says "allow": one prebuilt search rules out nearly every line (building
    // a searcher per marker and finding was a few percent of a PII-dense scan).
    static FINDERS: LazyLock<[memmem::Finder<'static>; 4]> = LazyLock::new(|| {
        [
            memmem::Finder::new(b"allow"),
            memmem::Finder::new(FOREIGN_ALLOWS[0]),
            memmem::Finder::new(FOREIGN_ALLOWS[1]),
            memmem::Finder::new(INLINE_ALLOW),
        ]
    });
    let [any, foreign_a, foreign_b, ours] = &*FINDERS;
    if any.find(lines).is_none() {
        return false;
    }
    if foreign_a.find(lines).is_some() || foreign_b.find(lines).is_some() {
        return true;
    }
    ours.find_iter(lines).any(|at| {
        let rest = &lines[at + INLINE_ALLOW.len()..];
        let rest = &rest[rest
            .iter()
            .take_while(|b| **b == b' ' || **b == b'\t')
            .count()..];
        let named = &rest[..rest
            .iter()
            .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || **b == b'_')
            .count()];
        // `trawl:allow` alone allows every identifier; `trawl:allow GITHUB_TOKEN` only one.
        named.len() < 2 || named == id.as_bytes()
    })
}
