//! Loading identifiers from TOML, with errors that name the file, line, column, identifier and
//! field.

use crate::schema::{Category, Confidence, IdentifierSpec, Severity, SeverityLevel};
use crate::validators::Validator;
use crate::{DEFAULT_MAXIMUM_MATCH_DISTANCE, DEFAULT_UNBOUNDED_MATCH_CAP, MAX_MATCH_LEN_LIMIT};
use serde::Deserialize;
use std::collections::HashSet;
use std::fmt;

/// Where an identifier was defined: a file (or built-in resource) and a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    pub line: usize,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// An identifier that passed every check of the schema, with its defaults filled in.
///
/// Only the loader makes one ([`crate::parse_identifiers`], [`crate::builtin`]): it derives
/// `max_match_len`, `bounded` and `anchor_lookbehind` from the regex, which a value built by
/// hand could get wrong (a match longer than the scanner's window would be cut short).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Identifier {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub category: Category,
    pub severity: Severity,
    pub confidence: Confidence,
    pub regex: String,
    pub anchors: Vec<String>,
    /// The anchors were derived from the regex's literal prefixes, not written.
    pub anchors_derived: bool,
    /// Digit-group candidates (see [`IdentifierSpec::min_digits`]); `None` for anchored and
    /// anchorless identifiers.
    pub min_digits: Option<usize>,
    pub digits_after_uppercase: bool,
    /// Digit groups are tried only right after an upper-case letter.
    pub digits_only_after_uppercase: bool,
    pub keywords: Vec<String>,
    /// Words naming the identifier's country or region: a tie-break between overlapping
    /// values (see [`IdentifierSpec::region_words`]).
    pub region_words: Vec<String>,
    pub keyword_required: bool,
    pub maximum_match_distance: usize,
    pub ignore_words: Vec<String>,
    /// Validators, in the order they run.
    pub validators: Vec<Validator>,
    /// Ascending by threshold; empty means every occurrence is reported.
    pub severity_levels: Vec<SeverityLevel>,
    /// The longest match, in bytes: the regex's own bound or, for unbounded patterns,
    /// `max_length` (default [`DEFAULT_UNBOUNDED_MATCH_CAP`]).
    pub max_match_len: usize,
    /// Whether the regex bounds its own length (otherwise `max_match_len` is a cap).
    pub bounded: bool,
    /// At most how many bytes a match starts before its anchor.
    pub anchor_lookbehind: usize,
    /// The value alone, read in CSV cells of columns named by `column_names` (see
    /// [`IdentifierSpec::column_value`] and [`Identifier::column_cell`]).
    pub column_value: Option<String>,
    pub column_names: Vec<String>,
    pub example_values: Vec<String>,
    pub placeholder_check: bool,
    /// A catch-all rule: an overlapping specific identifier of the same severity wins.
    pub generic: bool,
    pub low_entropy: bool,
    /// In the RECOMMENDED managed selection.
    pub recommended: bool,
    /// ISO 3166-1 alpha-2 codes of the countries whose identifier this is.
    pub countries: Vec<String>,
    pub examples: Vec<String>,
    pub negative_examples: Vec<String>,
    pub origin: Origin,
    /// The regex, parsed once when the identifier was loaded (see [`Identifier::hir`]).
    hir: ParsedRegex,
    /// The cell regex made of `column_value` (see [`Identifier::column_cell`]).
    column_cell: Option<ParsedRegex>,
}

/// The parsed regex, shown as `ParsedRegex` by `Debug`: the pattern is the `regex` field, and
/// printing the syntax tree of each identifier cost more than the rest of a small scan.
#[derive(Clone)]
struct ParsedRegex(std::sync::Arc<regex_syntax::hir::Hir>);

impl fmt::Debug for ParsedRegex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ParsedRegex")
    }
}

impl Identifier {
    /// The regex as parsed by the loader (bytes mode, ASCII classes): the scanner compiles and
    /// analyses it without parsing it again.
    pub fn hir(&self) -> &regex_syntax::hir::Hir {
        &self.hir.0
    }

    /// With a `column_value`, the regex a CSV cell of a column it names is matched with,
    /// parsed: the value as its first group, blanks and a quote allowed around it, then a
    /// delimiter, a line end or the end of the text (see [`column_cell_pattern`]).
    pub fn column_cell(&self) -> Option<&regex_syntax::hir::Hir> {
        self.column_cell.as_ref().map(|parsed| &*parsed.0)
    }
}

/// The cell regex of a `column_value`: the scanner checks that the delimiter it ends on is
/// the file's own.
fn column_cell_pattern(value: &str) -> String {
    format!(
        r#"[ \t]{{0,4}}"?[ \t]{{0,4}}((?:{value}))[ \t]{{0,4}}"?[ \t]{{0,4}}(?:[,;\t|\r\n]|\z)"#
    )
}

/// A pattern parsed as every identifier's is: bytes mode, ASCII classes. The error says
/// where and why it does not compile.
fn parse_regex(pattern: &str) -> Result<regex_syntax::hir::Hir, String> {
    regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(pattern)
        .map_err(|e| format!("does not compile: {}", crate::quote::regex_syntax_error(&e)))
}

/// Why identifiers could not be loaded. Displays as `file:line:column: identifier ID: field
/// `name`: reason`, leaving out the parts that do not apply.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct LoadError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub identifier: Option<String>,
    pub field: Option<String>,
    pub reason: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: ", self.file, self.line, self.column)?;
        if let Some(id) = &self.identifier {
            write!(f, "identifier {id}: ")?;
        }
        if let Some(field) = &self.field {
            write!(f, "field `{field}`: ")?;
        }
        f.write_str(&self.reason)
    }
}

/// 1-based line and column of a byte offset in `text`.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = text[line_start..offset].chars().count() + 1;
    (line, column)
}

/// Whether `id` is an identifier id: non-empty, `A-Z`, `0-9` and `_`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

/// Whether `code` is an ISO 3166-1 alpha-2 country code as trawl writes them: two ASCII
/// letters (`FR`; lower case is accepted where users type it and upper-cased).
pub fn is_country_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic())
}

/// A country code as an error may show it: as written when short, redacted otherwise (what
/// was written there may be anything, as for ids).
pub fn shown_country(code: &str) -> String {
    if code.len() <= 4 && code.bytes().all(|b| b.is_ascii_alphanumeric()) {
        format!("{code:?}")
    } else {
        crate::redact::redact(code.as_bytes())
    }
}

/// An id as an error may show it: as written when it is a valid id (a name the user chose),
/// redacted otherwise (what was written there may be anything, a pasted secret included; found
/// by the config fuzz target).
pub(crate) fn shown_id(id: &str) -> String {
    if is_valid_id(id) {
        id.to_string()
    } else {
        crate::redact::redact(id.as_bytes())
    }
}

/// Line numbers of ascending offsets in one text, counted once: a catalogue of hundreds of
/// tables would otherwise be read again from the top for each.
pub(crate) struct Lines<'t> {
    text: &'t [u8],
    offset: usize,
    line: usize,
}

impl<'t> Lines<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        Lines {
            text: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    /// The 1-based line of `offset`.
    pub(crate) fn line(&mut self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        if offset < self.offset {
            *self = Lines {
                text: self.text,
                offset: 0,
                line: 1,
            };
        }
        self.line += self.text[self.offset..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.offset = offset;
        self.line
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IdentifierFile {
    #[serde(default)]
    identifier: Vec<toml::Spanned<IdentifierSpec>>,
}

/// Parses a TOML document made of `[[identifier]]` tables and checks every entry.
///
/// `file` names the document in errors. All-or-nothing: on any error, nothing is returned.
pub fn parse_identifiers(text: &str, file: &str) -> Result<Vec<Identifier>, LoadError> {
    let parsed: IdentifierFile = toml::from_str(text).map_err(|e| {
        let (line, column) = e.span().map_or((1, 1), |s| line_column(text, s.start));
        LoadError {
            file: file.to_string(),
            line,
            column,
            identifier: None,
            field: None,
            reason: crate::quote::redact_quoted(e.message().trim()),
        }
    })?;
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(parsed.identifier.len());
    let mut lines = Lines::new(text);
    for spanned in parsed.identifier {
        let start = spanned.span().start;
        let origin = Origin {
            file: file.to_string(),
            line: lines.line(start),
        };
        let spec = spanned.into_inner();
        let identifier = check_spec(spec, origin).map_err(|mut e| {
            e.column = line_column(text, start).1;
            e
        })?;
        if !seen.insert(identifier.id.clone()) {
            let (line, column) = line_column(text, start);
            return Err(LoadError {
                file: file.to_string(),
                line,
                column,
                identifier: Some(identifier.id),
                field: Some("id".into()),
                reason: "duplicate id: another identifier in this file has it".into(),
            });
        }
        out.push(identifier);
    }
    Ok(out)
}

/// One identifier of a built-in file as `build.rs` wrote it: the TOML table as JSON, and the
/// line of its `[[identifier]]` header.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BuiltinEntry {
    line: usize,
    spec: IdentifierSpec,
}

/// Loads a built-in file from the JSON `build.rs` made of it (`file` is the TOML file's path,
/// for origins and errors): the same identifiers, checked the same way, as
/// [`parse_identifiers`] gives for the TOML.
pub(crate) fn parse_builtin(json: &str, file: &str) -> Result<Vec<Identifier>, LoadError> {
    let fail = |line, reason: String| LoadError {
        file: file.to_string(),
        line,
        column: 1,
        identifier: None,
        field: None,
        reason,
    };
    let entries: Vec<BuiltinEntry> =
        serde_json::from_str(json).map_err(|e| fail(1, e.to_string()))?;
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(entries.len());
    for entry in entries {
        let origin = Origin {
            file: file.to_string(),
            line: entry.line,
        };
        let identifier = check_spec(entry.spec, origin)?;
        if !seen.insert(identifier.id.clone()) {
            return Err(fail(
                entry.line,
                format!("identifier {}: field `id`: duplicate id", identifier.id),
            ));
        }
        out.push(identifier);
    }
    Ok(out)
}

/// Checks one raw identifier and fills in its defaults.
pub fn check_spec(spec: IdentifierSpec, origin: Origin) -> Result<Identifier, LoadError> {
    let fail = |field: &str, reason: String| LoadError {
        file: origin.file.clone(),
        line: origin.line,
        column: 1,
        identifier: Some(shown_id(&spec.id)),
        field: Some(field.to_string()),
        reason,
    };
    if !is_valid_id(&spec.id) {
        return Err(fail(
            "id",
            "must be non-empty and use only A-Z, 0-9 and _".into(),
        ));
    }
    if spec.name.trim().is_empty() {
        return Err(fail("name", "must not be empty".into()));
    }
    let hir = parse_regex(&spec.regex).map_err(|reason| fail("regex", reason))?;
    let props = hir.properties();
    if props.minimum_len() == Some(0) {
        return Err(fail("regex", "can match the empty string".into()));
    }
    let (max_match_len, bounded) = match props.maximum_len() {
        Some(n) => (n, true),
        None => (
            spec.max_length.unwrap_or(DEFAULT_UNBOUNDED_MATCH_CAP),
            false,
        ),
    };
    // Without anchors or digit groups, the regex's own literal prefixes are its anchors when
    // it has a finite set of them: the candidate automaton instead of the anchorless pass.
    let (anchors, anchors_derived) = match spec.anchors {
        Some(written) => (written, false),
        None if spec.min_digits.is_some() => (Vec::new(), false),
        None => match crate::anchors::derive(&hir) {
            Some(derived) => (derived, true),
            None => (Vec::new(), false),
        },
    };
    let anchor_lookbehind = match spec.anchor_lookbehind {
        Some(n) => n.min(max_match_len),
        None if starts_with_an_anchor(&hir, &anchors) => 0,
        None => max_match_len,
    };
    // A CSV cell read with `column_value` is matched in the identifier's window too; an
    // unbounded value is cut at the regex's own bound.
    let column_cell = check_column_value(spec.column_value.as_deref(), &spec.column_names)
        .map_err(|(field, reason)| fail(field, reason))?;
    let cell_len = column_cell
        .as_ref()
        .and_then(|cell| cell.properties().maximum_len());
    if let Some(n) = cell_len.filter(|&n| n > MAX_MATCH_LEN_LIMIT) {
        return Err(fail(
            "column_value",
            format!("a cell's match may be {n} bytes long; the limit is {MAX_MATCH_LEN_LIMIT}"),
        ));
    }
    let max_match_len = max_match_len.max(cell_len.unwrap_or(0));
    if max_match_len > MAX_MATCH_LEN_LIMIT {
        let field = if bounded { "regex" } else { "max_length" };
        return Err(fail(
            field,
            format!(
                "a match may be {max_match_len} bytes long; the limit is {MAX_MATCH_LEN_LIMIT}"
            ),
        ));
    }
    if let Some(anchor) = anchors.iter().find(|a| a.is_empty()) {
        return Err(fail("anchors", format!("empty anchor {anchor:?}")));
    }
    match spec.min_digits {
        Some(_) if !anchors.is_empty() => {
            return Err(fail(
                "min_digits",
                "cannot be combined with `anchors`: digit groups are this identifier's anchors"
                    .into(),
            ))
        }
        Some(n) if n == 0 || n > 64 => {
            return Err(fail("min_digits", format!("must be 1 to 64, not {n}")))
        }
        None if spec.digits_after_uppercase => {
            return Err(fail("digits_after_uppercase", "needs `min_digits`".into()))
        }
        None if spec.digits_only_after_uppercase => {
            return Err(fail(
                "digits_only_after_uppercase",
                "needs `min_digits`".into(),
            ))
        }
        _ => {}
    }
    if let Some(k) = spec.keywords.iter().find(|k| k.trim().is_empty()) {
        return Err(fail("keywords", format!("empty keyword {k:?}")));
    }
    // A country's states or provinces, by name and code, in its languages: more than the 50
    // keywords Macie allows.
    if spec.region_words.len() > 120 {
        return Err(fail(
            "region_words",
            format!("has {} words; the limit is 120", spec.region_words.len()),
        ));
    }
    if let Some(w) = spec
        .region_words
        .iter()
        .find(|w| w.trim().len() < 2 || w.len() > 90)
    {
        return Err(fail(
            "region_words",
            format!("region word {w:?} must be 2 to 90 bytes long"),
        ));
    }
    if spec.keyword_required == Some(true) && spec.keywords.is_empty() {
        return Err(fail(
            "keyword_required",
            "is true but `keywords` is empty".into(),
        ));
    }
    if let Some(c) = spec
        .countries
        .iter()
        .find(|c| !is_country_code(c) || c.bytes().any(|b| b.is_ascii_lowercase()))
    {
        return Err(fail(
            "countries",
            format!(
                "{} is not an upper-case ISO 3166-1 alpha-2 code such as \"FR\"",
                shown_country(c)
            ),
        ));
    }
    if let Some(w) = spec.ignore_words.iter().find(|w| w.is_empty()) {
        return Err(fail("ignore_words", format!("empty word {w:?}")));
    }
    let maximum_match_distance = spec
        .maximum_match_distance
        .unwrap_or(DEFAULT_MAXIMUM_MATCH_DISTANCE);
    if maximum_match_distance == 0 {
        return Err(fail("maximum_match_distance", "must be at least 1".into()));
    }
    let mut resolved = Vec::with_capacity(spec.validators.len());
    for written in &spec.validators {
        resolved.push(
            written
                .resolve()
                .map_err(|reason| fail("validators", reason))?,
        );
    }
    let mut levels = spec.severity_levels.clone();
    if levels.len() > 3 {
        return Err(fail("severity_levels", "at most 3 levels".into()));
    }
    for pair in levels.windows(2) {
        if pair[1].occurrences_threshold <= pair[0].occurrences_threshold {
            return Err(fail(
                "severity_levels",
                "thresholds must be strictly ascending".into(),
            ));
        }
    }
    if levels.iter().any(|l| l.occurrences_threshold == 0) {
        return Err(fail("severity_levels", "thresholds start at 1".into()));
    }
    levels.sort_by_key(|l| l.occurrences_threshold);
    let category = spec.category.unwrap_or(Category::Custom);
    Ok(Identifier {
        low_entropy: spec
            .low_entropy
            .unwrap_or(matches!(category, Category::Financial | Category::Personal)),
        category,
        severity: spec.severity.unwrap_or(Severity::Medium),
        confidence: spec.confidence.unwrap_or(Confidence::Medium),
        keyword_required: spec.keyword_required.unwrap_or(!spec.keywords.is_empty()),
        maximum_match_distance,
        validators: resolved,
        severity_levels: levels,
        max_match_len,
        bounded,
        anchor_lookbehind,
        column_value: spec.column_value,
        column_names: spec.column_names,
        placeholder_check: spec.placeholder_check.unwrap_or(true),
        generic: spec.generic.unwrap_or(false),
        recommended: spec.recommended.unwrap_or(true),
        countries: spec.countries,
        id: spec.id,
        name: spec.name,
        description: spec.description,
        regex: spec.regex,
        anchors,
        anchors_derived,
        min_digits: spec.min_digits,
        digits_after_uppercase: spec.digits_after_uppercase || spec.digits_only_after_uppercase,
        digits_only_after_uppercase: spec.digits_only_after_uppercase,
        keywords: spec.keywords,
        region_words: spec.region_words,
        ignore_words: spec.ignore_words,
        example_values: spec.example_values,
        examples: spec.examples,
        negative_examples: spec.negative_examples,
        origin,
        hir: ParsedRegex(std::sync::Arc::new(hir)),
        column_cell: column_cell.map(|cell| ParsedRegex(std::sync::Arc::new(cell))),
    })
}

/// `column_value` and `column_names` go together, and the value's regex compiles and matches
/// no empty cell. Returns the cell regex, parsed (see [`Identifier::column_cell`]).
fn check_column_value(
    value: Option<&str>,
    names: &[String],
) -> Result<Option<regex_syntax::hir::Hir>, (&'static str, String)> {
    let Some(value) = value else {
        if !names.is_empty() {
            return Err(("column_names", "needs `column_value`".into()));
        }
        return Ok(None);
    };
    if names.is_empty() {
        return Err(("column_value", "needs `column_names`".into()));
    }
    if let Some(name) = names.iter().find(|n| n.trim().is_empty()) {
        return Err(("column_names", format!("empty name {name:?}")));
    }
    // The value alone first, so that an error's position is the user's pattern's.
    let hir = parse_regex(value).map_err(|reason| ("column_value", reason))?;
    if hir.properties().minimum_len() == Some(0) {
        return Err(("column_value", "can match the empty string".into()));
    }
    let cell = parse_regex(&column_cell_pattern(value))
        .map_err(|reason| ("column_value", format!("in a cell: {reason}")))?;
    Ok(Some(cell))
}

/// Whether every match of `hir` begins with one of `anchors` (checked on the pattern's finite
/// set of literal prefixes; `false` when it cannot be told).
fn starts_with_an_anchor(hir: &regex_syntax::hir::Hir, anchors: &[String]) -> bool {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    if anchors.is_empty() {
        return false;
    }
    let mut extractor = Extractor::new();
    extractor.kind(ExtractKind::Prefix).limit_total(512);
    let prefixes = extractor.extract(hir);
    let Some(literals) = prefixes.literals() else {
        return false;
    };
    !literals.is_empty()
        && literals.iter().all(|lit| {
            anchors
                .iter()
                .any(|a| lit.as_bytes().starts_with(a.as_bytes()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[[identifier]]
id = "EMPLOYEE_ID"
name = "Employee id"
regex = 'EMP-(\d{6})'
anchors = ["EMP-"]
"#;

    #[test]
    fn anchor_lookbehind_is_zero_when_matches_begin_with_an_anchor() {
        let ids = crate::builtin();
        let lookbehind = |id: &str| ids.iter().find(|i| i.id == id).unwrap().anchor_lookbehind;
        for id in [
            "AWS_ACCESS_KEY_ID",
            "GITHUB_TOKEN",
            "GITLAB_TOKEN",
            "JSON_WEB_TOKEN",
            "GCP_API_KEY",
        ] {
            assert_eq!(lookbehind(id), 0, "{id}");
        }
        // The anchor `://` sits after the scheme.
        assert!(lookbehind("CONNECTION_URL_CREDENTIALS") > 0);
        let custom = parse_identifiers("[[identifier]]\nid = \"X\"\nname = \"x\"\nregex = 'id-[0-9]{4}'\nanchors = [\"[0-9]\"]\n", "t").unwrap();
        assert_eq!(custom[0].anchor_lookbehind, custom[0].max_match_len);
    }

    #[test]
    fn fills_defaults() {
        let ids = parse_identifiers(GOOD, "t.toml").unwrap();
        let id = &ids[0];
        assert_eq!(id.category, Category::Custom);
        assert_eq!(id.severity, Severity::Medium);
        assert_eq!(id.maximum_match_distance, 50);
        assert_eq!(id.max_match_len, 10);
        assert!(id.bounded);
        assert_eq!(
            id.origin,
            Origin {
                file: "t.toml".into(),
                line: 2
            }
        );
    }

    #[test]
    fn keywords_are_required_unless_the_identifier_opts_out() {
        let with_keywords = GOOD.to_string() + "keywords = [\"badge\"]\n";
        assert!(parse_identifiers(&with_keywords, "t").unwrap()[0].keyword_required);
        let opted_out = with_keywords.clone() + "keyword_required = false\n";
        assert!(!parse_identifiers(&opted_out, "t").unwrap()[0].keyword_required);
        assert!(!parse_identifiers(GOOD, "t").unwrap()[0].keyword_required);
        let required_without_keywords = GOOD.to_string() + "keyword_required = true\n";
        let err = parse_identifiers(&required_without_keywords, "t").unwrap_err();
        assert_eq!(err.field.as_deref(), Some("keyword_required"), "{err}");
    }

    /// What is written where an id belongs may be anything, a pasted secret included: an
    /// invalid id is redacted in the error (found by the config fuzz target).
    #[test]
    fn an_invalid_id_is_not_quoted_in_clear() {
        let text =
            "[[identifier]]\nid = \"Aghp_0kQd11eqPSwaB6XqZfh4\"\nname = \"x\"\nregex = 'x'\n";
        let shown = parse_identifiers(text, "t").unwrap_err().to_string();
        assert!(shown.contains("field `id`: must be non-empty"), "{shown}");
        assert!(!shown.contains("0kQd11eq"), "{shown}");
    }

    #[test]
    fn unknown_field_names_line_and_field() {
        let text = "[[identifier]]\nid = \"X\"\nname = \"x\"\nregex = 'x'\nkeyword = [\"a\"]\n";
        let err = parse_identifiers(text, "t.toml").unwrap_err();
        assert_eq!(err.line, 5, "{err}");
        assert!(err.to_string().contains("unknown field `k******`"), "{err}");
    }

    #[test]
    fn bad_regex_names_identifier_and_field() {
        let text = "\n\n[[identifier]]\nid = \"BAD\"\nname = \"x\"\nregex = 'a(b'\n";
        let err = parse_identifiers(text, "t.toml").unwrap_err();
        let shown = err.to_string();
        assert!(
            shown.starts_with("t.toml:3:1: identifier BAD: field `regex`: does not compile"),
            "{shown}"
        );
    }

    #[test]
    fn unbounded_regex_uses_cap_or_max_length() {
        let text = "[[identifier]]\nid = \"U\"\nname = \"u\"\nregex = 'a+'\n[[identifier]]\nid = \"V\"\nname = \"v\"\nregex = 'b+'\nmax_length = 100\n";
        let ids = parse_identifiers(text, "t.toml").unwrap();
        assert_eq!(ids[0].max_match_len, DEFAULT_UNBOUNDED_MATCH_CAP);
        assert!(!ids[0].bounded);
        assert_eq!(ids[1].max_match_len, 100);
    }

    #[test]
    fn rejects_duplicates_unknown_validators_and_bad_levels() {
        let dup = format!("{GOOD}{GOOD}");
        assert!(parse_identifiers(&dup, "t")
            .unwrap_err()
            .reason
            .contains("duplicate id"));
        let v = GOOD.to_string() + "validators = [\"nope\"]\n";
        assert!(parse_identifiers(&v, "t")
            .unwrap_err()
            .reason
            .contains("unknown validator"));
        let l = GOOD.to_string()
            + "severity_levels = [{occurrences_threshold = 5, severity = \"LOW\"}, {occurrences_threshold = 2, severity = \"HIGH\"}]\n";
        assert!(parse_identifiers(&l, "t")
            .unwrap_err()
            .reason
            .contains("ascending"));
        let e = "[[identifier]]\nid = \"E\"\nname = \"e\"\nregex = 'a*'\n";
        assert!(parse_identifiers(e, "t")
            .unwrap_err()
            .reason
            .contains("empty string"));
    }
}
