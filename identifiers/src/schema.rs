//! The identifier schema: what one `[[identifier]]` table in TOML may say.
//!
//! The same schema describes the built-in (managed) identifiers shipped in
//! `identifiers/builtin/*.toml` and the custom identifiers users write in `trawl.toml`.
//! [`IdentifierSpec`] is the raw, deserialized form; [`crate::Identifier`] is the checked form
//! that the scanner compiles.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What kind of data an identifier finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Category {
    /// Keys, tokens, passwords and private keys.
    Credentials,
    /// Payment cards, bank accounts.
    Financial,
    /// Personal information: phone numbers, birth dates, national identifiers.
    Personal,
    /// Defined by the user.
    Custom,
}

impl Category {
    /// The name used in TOML and in finding records.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Credentials => "CREDENTIALS",
            Category::Financial => "FINANCIAL",
            Category::Personal => "PERSONAL",
            Category::Custom => "CUSTOM",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How serious a finding is (Amazon Macie's three levels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Severity {
    Low,
    Medium,
    High,
}

impl Severity {
    /// The name used in TOML and in finding records.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "LOW",
            Severity::Medium => "MEDIUM",
            Severity::High => "HIGH",
        }
    }

    /// Parses `LOW`, `MEDIUM` or `HIGH`, case-insensitively.
    pub fn parse(text: &str) -> Option<Severity> {
        match text.to_ascii_uppercase().as_str() {
            "LOW" => Some(Severity::Low),
            "MEDIUM" => Some(Severity::Medium),
            "HIGH" => Some(Severity::High),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How sure trawl is that a match is the real thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    /// The name used in TOML and in finding records.
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "LOW",
            Confidence::Medium => "MEDIUM",
            Confidence::High => "HIGH",
        }
    }
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One occurrence threshold of `severity_levels` (Macie's `SeverityLevel`).
///
/// Occurrences are counted per object. Findings of the identifier are held back until the
/// count reaches the lowest threshold; the object's severity for the identifier is that of
/// the highest threshold its count reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SeverityLevel {
    pub occurrences_threshold: u64,
    pub severity: Severity,
}

/// The raw form of one `[[identifier]]` table, as written in TOML.
///
/// Unknown fields are an error, so a typo (`keyword = ...`) is reported rather than ignored.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentifierSpec {
    /// Stable upper-case id, e.g. `AWS_ACCESS_KEY_ID`. Built-ins follow Macie's ids.
    pub id: String,
    /// Human-readable name.
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    /// Defaults to CUSTOM.
    #[serde(default)]
    pub category: Option<Category>,
    /// Defaults to MEDIUM.
    #[serde(default)]
    pub severity: Option<Severity>,
    /// Confidence of a match without a keyword nearby. Defaults to MEDIUM; a keyword within
    /// `maximum_match_distance` raises it to HIGH.
    #[serde(default)]
    pub confidence: Option<Confidence>,
    /// The pattern, in bytes mode with ASCII classes. When it has capture groups, the first
    /// group that participates in the match is the reported value.
    pub regex: String,
    /// Literal strings of which every match contains at least one. Case-sensitive. They feed
    /// the candidate automaton. When left out, the regex's literal prefixes are the anchors
    /// if it has a finite set of them, each of 3 bytes or more (`EMP-` for `\bEMP-\d{6}`);
    /// otherwise, or with `anchors = []`, the identifier joins the anchorless pass.
    #[serde(default)]
    pub anchors: Option<Vec<String>>,
    /// Numeric identifiers (cards, phones, dates) have no literal anchor: their candidates are
    /// groups of digits. A group (digits not preceded by a digit) is tried when its run (digits
    /// joined by at most three of ` -./()`) holds at least `min_digits` digits from the group on.
    /// Cannot be combined with `anchors`.
    #[serde(default)]
    pub min_digits: Option<usize>,
    /// With `min_digits`: also try groups right after an upper-case letter (`DE89…`, `%B4111…`).
    /// Groups glued to a lower-case letter or `_`, before or after them (`utf8`, `128u32`), are
    /// parts of words and never tried.
    #[serde(default)]
    pub digits_after_uppercase: bool,
    /// With `min_digits`: try only groups right after an upper-case letter (an IBAN's check
    /// digits follow its country code). In number-dense text this spares the regex most
    /// digit groups.
    #[serde(default)]
    pub digits_only_after_uppercase: bool,
    /// Case-insensitive words that must precede the match (Macie's rule: the distance from the
    /// end of the keyword to the end of the match is at most `maximum_match_distance`). In CSV
    /// and JSON, a column name or key holding a keyword counts as a keyword for its values.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Case-insensitive words naming the identifier's country or region (`Australia`,
    /// `NSW`, `österreichischer`). They never decide whether a value is reported: where the
    /// values of several identifiers overlap (one number read as an Australian and a Canadian
    /// licence, both after `driver's licence`), one with a region word near the value wins
    /// (see the README's "Overlaps"). At most 120, each 2 to 90 bytes.
    #[serde(default)]
    pub region_words: Vec<String>,
    /// Whether a match needs a keyword in reach to be reported. Defaults to true when
    /// `keywords` is given (Amazon Macie's rule for custom data identifiers), so a match with
    /// no keyword before it is dropped; `false` reports it too, at `confidence` (a keyword
    /// then raises it to HIGH). `true` without `keywords` is an error.
    #[serde(default)]
    pub keyword_required: Option<bool>,
    /// Defaults to 50.
    #[serde(default)]
    pub maximum_match_distance: Option<usize>,
    /// Case-sensitive words: a match containing one is dropped.
    #[serde(default)]
    pub ignore_words: Vec<String>,
    /// Validators (see [`crate::validators::REGISTRY`]) that the value must pass: a name
    /// (`"luhn"`), or a check-digit family with its parameters
    /// (`{ name = "weighted_mod11", weights = [...] }`).
    #[serde(default)]
    pub validators: Vec<ValidatorSpec>,
    /// Occurrence thresholds per object; see [`SeverityLevel`].
    #[serde(default)]
    pub severity_levels: Vec<SeverityLevel>,
    /// Upper bound, in bytes, of a match of a pattern whose length is unbounded
    /// (`+`, `*`, `{n,}`). Ignored for bounded patterns.
    #[serde(default)]
    pub max_length: Option<usize>,
    /// At most how many bytes a match can start before its anchor (the engine searches that
    /// far back from an anchor hit). Defaults to 0 when every match begins with an anchor, else
    /// to the longest match. A smaller value makes confirmation cheaper; too small loses
    /// matches.
    #[serde(default)]
    pub anchor_lookbehind: Option<usize>,
    /// The value alone, for a CSV or TSV cell of a column named for the identifier (see
    /// `column_names`): a label that anchors the regex (`SWIFT:`, `Cookie:`) is only in the
    /// header line there, so the cell is matched whole against this regex instead (a quote and
    /// blanks around it allowed). The finding is the cell's value, judged as the regex's.
    #[serde(default)]
    pub column_value: Option<String>,
    /// The names of the columns whose cells `column_value` reads: a header name is one when,
    /// split into words as field names are for keywords (camelCase, `_`, `-`), it is one of
    /// them, ASCII case-insensitively (`swift code` names `swiftCode`, `SWIFT_CODE` and
    /// `swift-code`; not `swift_code_2`). Required with `column_value`.
    #[serde(default)]
    pub column_names: Vec<String>,
    /// Published example values (documentation keys): reported only with `--include-examples`.
    #[serde(default)]
    pub example_values: Vec<String>,
    /// Whether values that look like placeholders (`xxxx`, `EXAMPLE`, `<your-key>`, long runs
    /// of one character) count as example values. Defaults to true.
    #[serde(default)]
    pub placeholder_check: Option<bool>,
    /// A catch-all rule (a password in any URL, a secret assigned to any name). Where its
    /// value overlaps the value of an identifier of the same severity that is not generic
    /// (a provider's token in the URL), that one is reported instead. Defaults to false.
    #[serde(default)]
    pub generic: Option<bool>,
    /// Values with little entropy (SSN, card, phone, date) get a fingerprint that cannot be
    /// brute-forced: keyed with a secret, else stretched (see `trawl_scanner::fingerprint`).
    /// Defaults to true for FINANCIAL and PERSONAL, false otherwise.
    #[serde(default)]
    pub low_entropy: Option<bool>,
    /// Part of the RECOMMENDED managed selection (Macie's recommended set). Defaults to true.
    #[serde(default)]
    pub recommended: Option<bool>,
    /// The countries whose identifier this is (ISO 3166-1 alpha-2, upper case: `["FR"]`).
    /// Findings carry `details.country` (the countries joined by `,` when there are several,
    /// unless a validator named the value's own country), and `--countries` runs a managed
    /// identifier only when one of them is chosen.
    #[serde(default)]
    pub countries: Vec<String>,
    /// Texts that must produce at least one finding of this identifier.
    #[serde(default)]
    pub examples: Vec<String>,
    /// Texts that must produce no finding of this identifier.
    #[serde(default)]
    pub negative_examples: Vec<String>,
}

/// A validator as an identifier writes it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum ValidatorSpec {
    /// `"luhn"`.
    Name(String),
    /// `{ name = "luhn", prefix = "80840" }`.
    WithParameters(toml::Table),
}

impl ValidatorSpec {
    /// The registered validator it names, its parameters checked.
    pub fn resolve(&self) -> Result<crate::validators::Validator, String> {
        match self {
            ValidatorSpec::Name(name) => {
                crate::validators::Validator::new(name, &toml::Table::new())
            }
            ValidatorSpec::WithParameters(table) => {
                let mut parameters = table.clone();
                match parameters.remove("name") {
                    Some(toml::Value::String(name)) => {
                        crate::validators::Validator::new(&name, &parameters)
                    }
                    _ => Err("a validator table needs `name = \"…\"`".into()),
                }
            }
        }
    }
}

impl From<&str> for ValidatorSpec {
    fn from(name: &str) -> Self {
        ValidatorSpec::Name(name.to_string())
    }
}
