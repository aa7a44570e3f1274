//! `region_format`: a value must have one of an issuing authority's published formats, each
//! named by the region that issues it (the US states' driver's licence numbers, Canada's
//! provincial health numbers), and the finding says which region when only one format fits.
//!
//! ```toml
//! validators = [{ name = "region_format", formats = ["US-FL:[A-Z][0-9]{12}", "US-CA:[A-Z][0-9]{7}"] }]
//! ```
//!
//! Each format is `CODE:REGEX`: an ISO 3166-2 subdivision code, a colon and a regular
//! expression over the compact value (upper case, without ` -./()+`) that must match all of
//! it. `checks` ties check-digit families to regions (`{ region = "CA-ON", name = "luhn" }`):
//! a region counts only when one of its formats matches and all its checks pass, so two
//! regions that share a shape (Ontario's and British Columbia's 10-digit health numbers) keep
//! their own checks. The regexes are checked when the identifier is loaded and compiled, as one automaton,
//! the first time a value is checked (so a scan that never meets a keyword never pays for them).

use super::checksums::Family;
use super::params::Params;
use super::{Date, Details};
use regex_automata::{meta::Regex, Anchored, Input, PatternSet};
use std::sync::OnceLock;
use toml::Table;

/// The longest compact value checked; longer values are invalid.
const MAX_COMPACT: usize = 64;

/// A `region_format` validator: its formats, compiled on first use.
#[derive(Debug)]
pub struct RegionFormat {
    /// `(region code, regex)`, in the order written.
    formats: Vec<(String, String)>,
    /// `(region code, family)`: checks a value of that region must pass.
    checks: Vec<(String, Family)>,
    compiled: OnceLock<Option<Regex>>,
}

impl Clone for RegionFormat {
    fn clone(&self) -> Self {
        RegionFormat {
            formats: self.formats.clone(),
            checks: self.checks.clone(),
            compiled: OnceLock::new(),
        }
    }
}

/// The parameters `region_format` takes: (name, required).
pub const PARAMETERS: &[(&str, bool)] = &[("formats", true), ("checks", false)];

impl RegionFormat {
    /// The validator from its parameters; errors name the format that is wrong.
    pub fn new(name: &str, table: &Table) -> Result<RegionFormat, String> {
        let p = Params::new(name, table, PARAMETERS)?;
        let written = p.strings("formats")?.unwrap_or_default();
        if written.is_empty() {
            return Err(format!(
                "{name}: `formats` needs at least one \"CODE:REGEX\""
            ));
        }
        let mut formats = Vec::with_capacity(written.len());
        for format in written {
            let Some((code, regex)) = format.split_once(':') else {
                return Err(format!(
                    "{name}: format {format:?} is not \"CODE:REGEX\" (an ISO 3166-2 code such as US-CA, a colon, a regex)"
                ));
            };
            if !is_subdivision_code(code) {
                return Err(format!(
                    "{name}: {code:?} is not an ISO 3166-2 code such as US-CA or CA-ON"
                ));
            }
            regex_syntax::ParserBuilder::new()
                .unicode(false)
                .utf8(false)
                .build()
                .parse(regex)
                .map_err(|e| format!("{name}: the regex of {code} does not parse: {e}"))?;
            formats.push((code.to_string(), regex.to_string()));
        }
        let mut checks = Vec::new();
        let wanted = || {
            format!(
                "{name}: `checks` is a list of tables {{ region = \"CA-ON\", name = \"luhn\", … }}"
            )
        };
        match table.get("checks") {
            None => {}
            Some(toml::Value::Array(items)) => {
                for item in items {
                    let toml::Value::Table(check) = item else {
                        return Err(wanted());
                    };
                    let (Some(toml::Value::String(region)), Some(toml::Value::String(family))) =
                        (check.get("region"), check.get("name"))
                    else {
                        return Err(wanted());
                    };
                    if !formats.iter().any(|(code, _)| code == region) {
                        return Err(format!(
                            "{name}: a check names region {region:?}, which has no format"
                        ));
                    }
                    let mut parameters = check.clone();
                    parameters.remove("region");
                    parameters.remove("name");
                    let family = Family::new(family, &parameters)
                        .map_err(|e| format!("{name}: the check of {region}: {e}"))?;
                    checks.push((region.clone(), family));
                }
            }
            Some(_) => return Err(wanted()),
        }
        Ok(RegionFormat {
            formats,
            checks,
            compiled: OnceLock::new(),
        })
    }

    /// Whether `region`'s checks pass on the compact value.
    fn region_checks(&self, region: &str, value: &[u8], today: Date) -> bool {
        self.checks
            .iter()
            .filter(|(code, _)| code == region)
            .all(|(_, family)| family.check(value, today))
    }

    /// Whether `value` has one of the formats (and passes its region's checks); when exactly
    /// one region fits, it goes into `details` as `region`.
    pub fn check(&self, value: &[u8], today: Date, details: &mut Details) -> bool {
        let mut buffer = [0u8; MAX_COMPACT];
        let mut n = 0;
        for &b in value {
            if matches!(b, b' ' | b'-' | b'.' | b'/' | b'(' | b')' | b'+') {
                continue;
            }
            let Some(slot) = buffer.get_mut(n) else {
                return false;
            };
            *slot = b.to_ascii_uppercase();
            n += 1;
        }
        let Some(regex) = self.compiled.get_or_init(|| self.compile()) else {
            return false;
        };
        let input = Input::new(&buffer[..n]).anchored(Anchored::Yes);
        let mut matched = PatternSet::new(regex.pattern_len());
        regex.which_overlapping_matches(&input, &mut matched);
        let compact = &buffer[..n];
        let mut regions = matched
            .iter()
            .map(|p| self.formats[p.as_usize()].0.as_str())
            .filter(|region| self.region_checks(region, compact, today));
        let Some(first) = regions.next() else {
            return false;
        };
        if regions.all(|other| other == first) {
            details.push(("region", first.to_string()));
        }
        true
    }

    /// One automaton of every format, each anchored at both ends. `None` only if a format that
    /// parsed does not compile (too big), which fails every value rather than panicking.
    fn compile(&self) -> Option<Regex> {
        let patterns: Vec<String> = self
            .formats
            .iter()
            .map(|(_, regex)| format!(r"\A(?:{regex})\z"))
            .collect();
        Regex::builder()
            .syntax(
                regex_automata::util::syntax::Config::new()
                    .unicode(false)
                    .utf8(false),
            )
            .configure(Regex::config().match_kind(regex_automata::MatchKind::All))
            .build_many(&patterns)
            .ok()
    }
}

impl PartialEq for RegionFormat {
    fn eq(&self, other: &Self) -> bool {
        self.formats == other.formats && self.checks == other.checks
    }
}

/// `US-CA`, `CA-ON`, `AU-NSW`, `IN-MH`: a country code, a dash, 1-3 letters or digits.
fn is_subdivision_code(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() >= 4
        && b.len() <= 6
        && b[..2].iter().all(u8::is_ascii_uppercase)
        && b[2] == b'-'
        && b[3..]
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn validator(formats: &[&str]) -> Result<RegionFormat, String> {
        let mut table = Table::new();
        table.insert(
            "formats".into(),
            toml::Value::Array(formats.iter().map(|f| (*f).into()).collect()),
        );
        RegionFormat::new("region_format", &table)
    }

    fn today() -> Date {
        Date::new(2026, 12, 5).unwrap()
    }

    #[test]
    fn checks_decide_between_regions_of_one_shape() {
        let table: Table = toml::from_str(
            r#"
            formats = ["CA-ON:[0-9]{10}(?:[A-Z]{1,2})?", "CA-BC:9[0-9]{9}"]
            checks = [
              { region = "CA-ON", name = "luhn" },
              { region = "CA-BC", name = "weighted_mod11", weights = [0, 2, 4, 8, 5, 10, 9, 7, 3], check = "last", map = "0X987654321" },
            ]
            "#,
        )
        .unwrap();
        let v = RegionFormat::new("region_format", &table).unwrap();
        let mut details = Details::new();
        // A BC PHN (python-stdnum's example) that fails Luhn, and an Ontario number.
        assert!(v.check(b"9698 658 215", today(), &mut details));
        assert_eq!(details, [("region", "CA-BC".to_string())]);
        details.clear();
        assert!(v.check(b"1234-567-897-AB", today(), &mut details));
        assert_eq!(details, [("region", "CA-ON".to_string())]);
        assert!(!v.check(b"1234-567-898", today(), &mut Details::new()));
        let bad: Table = toml::from_str(
            r#"formats = ["CA-ON:[0-9]{10}"]
checks = [{ region = "CA-QC", name = "luhn" }]"#,
        )
        .unwrap();
        assert!(RegionFormat::new("region_format", &bad)
            .unwrap_err()
            .contains("no format"));
    }

    #[test]
    fn one_region_is_named_and_several_are_not() {
        let v = validator(&[
            "US-FL:[A-Z][0-9]{12}",
            "US-CA:[A-Z][0-9]{7}",
            "US-NY:[A-Z][0-9]{7}",
            "US-NY:[0-9]{9}",
        ])
        .unwrap();
        let mut details = Details::new();
        assert!(v.check(b"S123-456-78-901-2", today(), &mut details));
        assert_eq!(details, [("region", "US-FL".to_string())]);
        details.clear();
        assert!(v.check(b"123 456 789", today(), &mut details));
        assert_eq!(details, [("region", "US-NY".to_string())]);
        details.clear();
        assert!(
            v.check(b"a1234567", today(), &mut details),
            "upper-cased first"
        );
        assert!(details.is_empty(), "California and New York share it");
        assert!(
            !v.check(b"A12345678", today(), &mut details),
            "anchored at both ends"
        );
        assert!(!v.check(b"", today(), &mut details));
        assert!(!v.check(&[b'1'; 200], today(), &mut details));
    }

    #[test]
    fn bad_formats_are_errors() {
        assert!(validator(&["US-CA[A-Z]"])
            .unwrap_err()
            .contains("CODE:REGEX"));
        assert!(validator(&["California:[A-Z]"])
            .unwrap_err()
            .contains("ISO 3166-2"));
        assert!(validator(&["US-CA:[A-Z"])
            .unwrap_err()
            .contains("does not parse"));
        assert!(validator(&[]).unwrap_err().contains("at least one"));
    }
}
