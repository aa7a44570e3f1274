//! The configuration file, `trawl.toml`: custom identifiers (with Amazon Macie's limits for
//! custom data identifiers), allow lists, the selection of managed identifiers, and scan
//! defaults.
//!
//! ```toml
//! [managed_identifiers]
//! selection = "EXCLUDE"            # ALL (default) | RECOMMENDED | INCLUDE | EXCLUDE
//! ids = ["JSON_WEB_TOKEN"]
//! countries = ["FR", "DE"]         # national and tax ids of these countries only
//!
//! [allow]
//! values = ["AKIAQYLPMN5HHHFPZAM2"] # exact, case-insensitive
//! files = ["allowed-values.txt"]     # one value per line, relative to this file
//! regexes = ['test-[a-z]+']          # must match the whole value
//!
//! [scan]
//! exclude = ["vendor/**", "*.min.js"]
//! max_file_size = "100 MiB"
//! format = "jsonl"
//! decode_depth = 1                   # base64, escapes, %XX inside text: levels decoded
//! report = "objects"                 # per object: counts and sampled occurrences
//!
//! [git]                              # --staged and --git-range
//! categories = ["CREDENTIALS", "CUSTOM"]
//!
//! [[identifier]]
//! id = "EMPLOYEE_ID"
//! name = "Employee id"
//! regex = 'E-\d{6}'
//! ```
//!
//! Loading is all-or-nothing: any error names the file, line, column, identifier and field,
//! and nothing is returned.

use crate::load::{check_spec, line_column, shown_id, Identifier, Lines, LoadError, Origin};
use crate::schema::{Category, IdentifierSpec};
use serde::Deserialize;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The deepest nesting of encodings `decode_depth` may ask for: each level scans a decoded
/// segment with a session of its own.
pub const MAX_DECODE_DEPTH: i64 = 4;

/// The file name looked for in the scanned repository's root and the current directory.
pub const CONFIG_FILE_NAME: &str = "trawl.toml";

/// Macie's limits for custom data identifiers, enforced on identifiers from a config file.
pub mod limits {
    pub const REGEX_MAX_CHARS: usize = 512;
    pub const KEYWORDS_MAX: usize = 50;
    pub const KEYWORD_CHARS: std::ops::RangeInclusive<usize> = 3..=90;
    pub const IGNORE_WORDS_MAX: usize = 10;
    pub const IGNORE_WORD_CHARS: std::ops::RangeInclusive<usize> = 4..=90;
    pub const MAXIMUM_MATCH_DISTANCE: std::ops::RangeInclusive<usize> = 1..=300;
}

/// Which managed (built-in) identifiers run. Custom identifiers always run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ManagedSelection {
    /// Every managed identifier (the default).
    #[default]
    All,
    /// Those marked `recommended` (Macie's recommended set).
    Recommended,
    /// Only the listed ids.
    Include,
    /// All but the listed ids.
    Exclude,
}

/// `[managed_identifiers]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ManagedIdentifiers {
    pub selection: ManagedSelection,
    pub ids: Vec<String>,
    /// Countries (ISO 3166-1 alpha-2) whose national and tax identifiers run; `None`: all.
    pub countries: Option<Vec<String>>,
}

/// Values never reported, whichever identifier finds them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AllowList {
    /// Exact values, compared case-insensitively (from `values` and from `files`).
    pub values: Vec<String>,
    /// Patterns that must match the whole value.
    pub regexes: Vec<String>,
}

impl AllowList {
    pub fn is_empty(&self) -> bool {
        self.values.is_empty() && self.regexes.is_empty()
    }
}

/// `[scan]`: defaults the command line can override.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScanDefaults {
    /// Path globs (gitignore style) not to scan; those with a `/` are relative to the
    /// configuration file's directory.
    pub exclude: Vec<String>,
    /// Files larger than this are SKIPPED with `FILE_EXCEEDS_SIZE_LIMIT`.
    pub max_file_size: Option<u64>,
    /// `human`, `json` or `jsonl`.
    pub format: Option<String>,
    /// Levels of encoding inside text decoded (0 to 4); `None` keeps the scanner's default.
    pub decode_depth: Option<u8>,
    /// `findings` (a record per finding) or `objects` (per object: counts and occurrences).
    pub report: Option<String>,
}

/// `[git]`: settings for `--staged` and `--git-range`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GitDefaults {
    /// Identifier categories scanned in git changes; `None` means CREDENTIALS and CUSTOM
    /// (personal and financial identifiers are opt-in there).
    pub categories: Option<Vec<Category>>,
}

/// `[discover]`: settings for `trawl discover`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DiscoverDefaults {
    /// Bytes read per bucket and run; `None` keeps the command's default.
    pub budget: Option<u64>,
    /// Sensitivity scores set by hand, by bucket name (1 to 100): they win over the computed
    /// score, as in Amazon Macie.
    pub scores: std::collections::BTreeMap<String, u8>,
}

/// A loaded configuration file.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Where it came from (for messages).
    pub file: String,
    /// The directory relative paths in it (allow-list files, exclude globs) start from.
    pub base: PathBuf,
    pub identifiers: Vec<Identifier>,
    pub managed: ManagedIdentifiers,
    pub allow: AllowList,
    pub scan: ScanDefaults,
    pub git: GitDefaults,
    pub discover: DiscoverDefaults,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    identifier: Vec<toml::Spanned<IdentifierSpec>>,
    #[serde(default)]
    managed_identifiers: Option<RawManaged>,
    #[serde(default)]
    allow: Option<RawAllow>,
    #[serde(default)]
    scan: Option<RawScan>,
    #[serde(default)]
    git: Option<RawGit>,
    #[serde(default)]
    discover: Option<RawDiscover>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDiscover {
    #[serde(default)]
    budget: Option<toml::Spanned<Size>>,
    #[serde(default)]
    scores: std::collections::BTreeMap<String, toml::Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGit {
    #[serde(default)]
    categories: Option<Vec<Category>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManaged {
    #[serde(default)]
    selection: ManagedSelection,
    #[serde(default)]
    ids: Vec<String>,
    #[serde(default)]
    countries: Option<toml::Spanned<Vec<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAllow {
    #[serde(default)]
    values: Vec<String>,
    #[serde(default)]
    files: Vec<toml::Spanned<String>>,
    #[serde(default)]
    regexes: Vec<toml::Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScan {
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    max_file_size: Option<toml::Spanned<Size>>,
    #[serde(default)]
    format: Option<toml::Spanned<String>>,
    #[serde(default)]
    decode_depth: Option<toml::Spanned<i64>>,
    #[serde(default)]
    report: Option<toml::Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Size {
    Bytes(u64),
    Text(String),
}

/// Reads and checks a configuration file. Relative allow-list files are resolved against the
/// file's directory.
pub fn load_config(path: &Path) -> Result<Config, LoadError> {
    let file = path.display().to_string();
    let error = |line, column, reason| LoadError {
        file: file.clone(),
        line,
        column,
        identifier: None,
        field: None,
        reason,
    };
    let bytes = std::fs::read(path)
        .map_err(|e| error(1, 1, format!("cannot read the configuration file: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        // Where the first byte that is not UTF-8 is, so it can be found and fixed.
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = 1 + valid.iter().filter(|&&b| b == b'\n').count();
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        let column = 1 + valid.len() - line_start;
        error(
            line,
            column,
            "is not UTF-8 text (TOML must be UTF-8): an invalid byte here".to_string(),
        )
    })?;
    let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    parse_config(&text, &file, &base)
}

/// Parses and checks configuration `text` named `file`; allow-list files are read relative
/// to `base`.
pub fn parse_config(text: &str, file: &str, base: &Path) -> Result<Config, LoadError> {
    let error = |offset: usize, identifier: Option<&str>, field: Option<&str>, reason: String| {
        let (line, column) = line_column(text, offset);
        LoadError {
            file: file.to_string(),
            line,
            column,
            identifier: identifier.map(String::from),
            field: field.map(String::from),
            reason,
        }
    };
    let raw: RawConfig = toml::from_str(text).map_err(|e| {
        error(
            e.span().map_or(0, |s| s.start),
            None,
            None,
            crate::quote::redact_quoted(e.message().trim()),
        )
    })?;

    let mut identifiers = Vec::with_capacity(raw.identifier.len());
    let mut seen = HashSet::new();
    let mut lines = Lines::new(text);
    for spanned in raw.identifier {
        let table_start = spanned.span().start;
        let line = lines.line(table_start);
        let spec = spanned.into_inner();
        let id = shown_id(&spec.id);
        // Point at the offending field's line when it can be found in the table.
        let at_field = |field: &str, reason: String| {
            let offset = field_offset(text, table_start, field).unwrap_or(table_start);
            error(offset, Some(&id), Some(field), reason)
        };
        if let Some((field, reason)) = macie_limit_violation(&spec) {
            return Err(at_field(field, reason));
        }
        let identifier = check_spec(
            spec,
            Origin {
                file: file.to_string(),
                line,
            },
        )
        .map_err(|e| {
            let field = e.field.clone().unwrap_or_default();
            at_field(&field, e.reason)
        })?;
        if !seen.insert(identifier.id.clone()) {
            return Err(at_field(
                "id",
                "duplicate id: another identifier in this file has it".into(),
            ));
        }
        identifiers.push(identifier);
    }

    let managed = match raw.managed_identifiers {
        None => ManagedIdentifiers::default(),
        Some(m) => {
            let needs_ids = matches!(
                m.selection,
                ManagedSelection::Include | ManagedSelection::Exclude
            );
            if needs_ids && m.ids.is_empty() {
                let offset = text.find("[managed_identifiers]").unwrap_or(0);
                return Err(error(
                    offset,
                    None,
                    Some("ids"),
                    "INCLUDE and EXCLUDE need a list of ids".into(),
                ));
            }
            let countries = match m.countries {
                None => None,
                Some(spanned) => {
                    let offset = spanned.span().start;
                    let codes = spanned.into_inner();
                    if let Some(bad) = codes.iter().find(|c| !crate::is_country_code(c)) {
                        return Err(error(
                            offset,
                            None,
                            Some("managed_identifiers.countries"),
                            format!(
                                "{} is not an ISO 3166-1 alpha-2 code such as \"FR\"",
                                crate::shown_country(bad)
                            ),
                        ));
                    }
                    Some(codes.iter().map(|c| c.to_ascii_uppercase()).collect())
                }
            };
            ManagedIdentifiers {
                selection: m.selection,
                ids: m.ids,
                countries,
            }
        }
    };

    let mut allow = AllowList::default();
    if let Some(raw_allow) = raw.allow {
        allow.values = raw_allow.values;
        for spanned in raw_allow.files {
            let offset = spanned.span().start;
            let relative = spanned.into_inner();
            let path: PathBuf = base.join(&relative);
            let content = std::fs::read_to_string(&path).map_err(|e| {
                error(
                    offset,
                    None,
                    Some("allow.files"),
                    format!("cannot read {}: {e}", path.display()),
                )
            })?;
            allow.values.extend(
                content
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .map(String::from),
            );
        }
        for spanned in raw_allow.regexes {
            let offset = spanned.span().start;
            let pattern = spanned.into_inner();
            regex_syntax::ParserBuilder::new()
                .unicode(false)
                .utf8(false)
                .build()
                .parse(&pattern)
                .map_err(|e| {
                    error(
                        offset,
                        None,
                        Some("allow.regexes"),
                        format!("does not compile: {}", crate::quote::regex_syntax_error(&e)),
                    )
                })?;
            allow.regexes.push(pattern);
        }
    }

    let mut scan = ScanDefaults::default();
    if let Some(raw_scan) = raw.scan {
        scan.exclude = raw_scan.exclude;
        if let Some(spanned) = raw_scan.max_file_size {
            let offset = spanned.span().start;
            scan.max_file_size = Some(match spanned.into_inner() {
                Size::Bytes(n) => n,
                Size::Text(t) => parse_size(&t).ok_or_else(|| {
                    error(
                        offset,
                        None,
                        Some("scan.max_file_size"),
                        format!("{t:?} is not a size such as 10485760, \"10 MiB\" or \"500KB\""),
                    )
                })?,
            });
        }
        if let Some(spanned) = raw_scan.format {
            let offset = spanned.span().start;
            let format = spanned.into_inner();
            if !matches!(format.as_str(), "human" | "json" | "jsonl") {
                return Err(error(
                    offset,
                    None,
                    Some("scan.format"),
                    format!("{format:?} is not one of human, json, jsonl"),
                ));
            }
            scan.format = Some(format);
        }
        if let Some(spanned) = raw_scan.decode_depth {
            let offset = spanned.span().start;
            let depth = spanned.into_inner();
            if !(0..=MAX_DECODE_DEPTH).contains(&depth) {
                return Err(error(
                    offset,
                    None,
                    Some("scan.decode_depth"),
                    format!("{depth} is not a depth from 0 to {MAX_DECODE_DEPTH}"),
                ));
            }
            scan.decode_depth = Some(depth as u8);
        }
        if let Some(spanned) = raw_scan.report {
            let offset = spanned.span().start;
            let report = spanned.into_inner();
            if !matches!(report.as_str(), "findings" | "objects") {
                return Err(error(
                    offset,
                    None,
                    Some("scan.report"),
                    format!("{report:?} is not one of findings, objects"),
                ));
            }
            scan.report = Some(report);
        }
    }

    let git = GitDefaults {
        categories: raw.git.and_then(|g| g.categories),
    };
    let mut discover = DiscoverDefaults::default();
    if let Some(raw_discover) = raw.discover {
        if let Some(spanned) = raw_discover.budget {
            let offset = spanned.span().start;
            let bytes = match spanned.into_inner() {
                Size::Bytes(n) => Some(n),
                Size::Text(t) => parse_size(&t),
            };
            discover.budget = Some(bytes.filter(|b| *b > 0).ok_or_else(|| {
                error(
                    offset,
                    None,
                    Some("discover.budget"),
                    "is not a size above 0 such as 1048576, \"256 MiB\" or \"500MB\"".into(),
                )
            })?);
        }
        for (bucket, spanned) in raw_discover.scores {
            let offset = spanned.span().start;
            let score = spanned.into_inner();
            if !(1..=100).contains(&score) {
                return Err(error(
                    offset,
                    None,
                    Some(&format!("discover.scores.{bucket}")),
                    format!("{score} is not a score from 1 to 100"),
                ));
            }
            discover.scores.insert(bucket, score as u8);
        }
    }
    Ok(Config {
        file: file.to_string(),
        base: base.to_path_buf(),
        identifiers,
        managed,
        allow,
        scan,
        git,
        discover,
    })
}

/// The first of Macie's custom-identifier limits `spec` breaks, as (field, reason).
pub fn macie_limit_violation(spec: &IdentifierSpec) -> Option<(&'static str, String)> {
    use limits::*;
    let chars = spec.regex.chars().count();
    if chars > REGEX_MAX_CHARS {
        return Some((
            "regex",
            format!("is {chars} characters long; the limit is {REGEX_MAX_CHARS}"),
        ));
    }
    if spec.keywords.len() > KEYWORDS_MAX {
        return Some((
            "keywords",
            format!(
                "has {} keywords; the limit is {KEYWORDS_MAX}",
                spec.keywords.len()
            ),
        ));
    }
    if let Some(k) = spec
        .keywords
        .iter()
        .find(|k| !KEYWORD_CHARS.contains(&k.chars().count()))
    {
        return Some((
            "keywords",
            format!("keyword {k:?} must be 3 to 90 characters long"),
        ));
    }
    if spec.ignore_words.len() > IGNORE_WORDS_MAX {
        return Some((
            "ignore_words",
            format!(
                "has {} words; the limit is {IGNORE_WORDS_MAX}",
                spec.ignore_words.len()
            ),
        ));
    }
    if let Some(w) = spec
        .ignore_words
        .iter()
        .find(|w| !IGNORE_WORD_CHARS.contains(&w.chars().count()))
    {
        return Some((
            "ignore_words",
            format!("word {w:?} must be 4 to 90 characters long"),
        ));
    }
    if let Some(d) = spec.maximum_match_distance {
        if !MAXIMUM_MATCH_DISTANCE.contains(&d) {
            return Some((
                "maximum_match_distance",
                format!("is {d}; it must be between 1 and 300"),
            ));
        }
    }
    None
}

/// Byte offset of `field = ...` inside the table that starts at `table_start` (up to the next
/// table header), if written there.
fn field_offset(text: &str, table_start: usize, field: &str) -> Option<usize> {
    let mut offset = text[..table_start.min(text.len())]
        .rfind('\n')
        .map_or(0, |p| p + 1);
    let mut first = true;
    for line in text[offset..].split_inclusive('\n') {
        let trimmed = line.trim_start();
        if !first && trimmed.starts_with('[') {
            return None;
        }
        first = false;
        if let Some(rest) = trimmed.strip_prefix(field) {
            if rest.trim_start().starts_with('=') {
                return Some(offset + (line.len() - trimmed.len()));
            }
        }
        offset += line.len();
    }
    None
}

/// `"10 MiB"`, `"500KB"`, `"2g"`, `"1048576"` in bytes.
pub fn parse_size(text: &str) -> Option<u64> {
    let t = text.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let number: u64 = t[..split].parse().ok()?;
    let multiplier: u64 = match t[split..].trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "kib" => 1 << 10,
        "m" | "mb" => 1_000_000,
        "mib" => 1 << 20,
        "g" | "gb" => 1_000_000_000,
        "gib" => 1 << 30,
        "t" | "tb" => 1_000_000_000_000,
        "tib" => 1 << 40,
        _ => return None,
    };
    number.checked_mul(multiplier)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, LoadError> {
        parse_config(text, "trawl.toml", Path::new("."))
    }

    const EMPLOYEE: &str =
        "[[identifier]]\nid = \"EMPLOYEE_ID\"\nname = \"Employee id\"\nregex = 'E-\\d{6}'\n";

    #[test]
    fn empty_file_is_the_default() {
        let c = parse("").unwrap();
        assert_eq!(c.managed, ManagedIdentifiers::default());
        assert!(c.identifiers.is_empty() && c.allow.is_empty());
    }

    #[test]
    fn reads_every_section() {
        let text = format!(
            "[managed_identifiers]\nselection = \"EXCLUDE\"\nids = [\"JSON_WEB_TOKEN\"]\n\n[allow]\nvalues = [\"abc\"]\nregexes = ['x+']\n\n[scan]\nexclude = [\"vendor/**\"]\nmax_file_size = \"10 MiB\"\nformat = \"jsonl\"\n\n{EMPLOYEE}"
        );
        let c = parse(&text).unwrap();
        assert_eq!(c.managed.selection, ManagedSelection::Exclude);
        assert_eq!(c.allow.values, ["abc"]);
        assert_eq!(c.scan.max_file_size, Some(10 << 20));
        assert_eq!(c.identifiers[0].id, "EMPLOYEE_ID");
        assert_eq!(c.identifiers[0].origin.line, 14);
    }

    #[test]
    fn limit_errors_point_at_the_field() {
        let text = format!("# config\n{EMPLOYEE}keywords = [\"ab\"]\n");
        let e = parse(&text).unwrap_err();
        assert_eq!((e.line, e.column), (6, 1), "{e}");
        assert_eq!(e.to_string(), "trawl.toml:6:1: identifier EMPLOYEE_ID: field `keywords`: keyword \"ab\" must be 3 to 90 characters long");

        let long = format!(
            "[[identifier]]\nid = \"L\"\nname = \"l\"\nregex = '{}'\n",
            "a".repeat(513)
        );
        assert!(parse(&long)
            .unwrap_err()
            .to_string()
            .contains("field `regex`: is 513 characters long; the limit is 512"));
        let words = format!("{EMPLOYEE}ignore_words = [\"abc\"]\n");
        assert!(parse(&words).unwrap_err().reason.contains("4 to 90"));
        let many: Vec<String> = (0..11).map(|i| format!("\"word{i}\"")).collect();
        let words = format!("{EMPLOYEE}ignore_words = [{}]\n", many.join(","));
        assert!(parse(&words).unwrap_err().reason.contains("limit is 10"));
        let kws: Vec<String> = (0..51).map(|i| format!("\"kw{i:03}\"")).collect();
        let kws = format!("{EMPLOYEE}keywords = [{}]\n", kws.join(","));
        assert!(parse(&kws).unwrap_err().reason.contains("limit is 50"));
        for d in [0, 301] {
            let dist = format!("{EMPLOYEE}maximum_match_distance = {d}\n");
            let e = parse(&dist).unwrap_err();
            assert_eq!(e.field.as_deref(), Some("maximum_match_distance"), "{e}");
            assert_eq!(e.line, 5);
        }
    }

    #[test]
    fn schema_errors_point_at_the_field() {
        let bad =
            format!("{EMPLOYEE}\n[[identifier]]\nid = \"BAD\"\nname = \"b\"\nregex = 'a(b'\n");
        let e = parse(&bad).unwrap_err();
        assert_eq!(e.line, 9, "{e}");
        assert!(
            e.to_string()
                .starts_with("trawl.toml:9:1: identifier BAD: field `regex`: does not compile"),
            "{e}"
        );
        let dup = format!("{EMPLOYEE}{EMPLOYEE}");
        let e = parse(&dup).unwrap_err();
        assert_eq!(e.line, 6);
        assert!(e.reason.contains("duplicate"));
        let unknown = "[scan]\nformats = \"json\"\n";
        let e = parse(unknown).unwrap_err();
        assert_eq!(e.line, 2, "{e}");
        assert!(e.reason.contains("unknown field `f******`"), "{e}");
        let unbounded =
            "[[identifier]]\nid = \"U\"\nname = \"u\"\nregex = 'a+'\nmax_length = 100000\n";
        let e = parse(unbounded).unwrap_err();
        assert_eq!((e.line, e.field.as_deref()), (5, Some("max_length")), "{e}");
    }

    #[test]
    fn other_section_errors() {
        let e = parse("[managed_identifiers]\nselection = \"INCLUDE\"\n").unwrap_err();
        assert!(e.reason.contains("need a list of ids"));
        let e = parse("[managed_identifiers]\nselection = \"SOME\"\n").unwrap_err();
        assert_eq!(e.line, 2, "{e}");
        let e = parse("[allow]\nregexes = ['(']\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 12), "{e}");
        let e = parse("[allow]\nfiles = ['no-such-file.txt']\n").unwrap_err();
        assert!(e.reason.contains("cannot read"), "{e}");
        let e = parse("[scan]\nmax_file_size = \"ten\"\n").unwrap_err();
        assert_eq!(e.field.as_deref(), Some("scan.max_file_size"));
        let e = parse("[scan]\nformat = \"xml\"\n").unwrap_err();
        assert!(e.reason.contains("human, json, jsonl"));
        let e = parse("[discover]\nbudget = \"0\"\n").unwrap_err();
        assert_eq!(
            (e.line, e.field.as_deref()),
            (2, Some("discover.budget")),
            "{e}"
        );
        let e = parse("[discover.scores]\nlogs = 0\n").unwrap_err();
        assert_eq!(e.field.as_deref(), Some("discover.scores.logs"), "{e}");
        let c = parse("[discover]\nbudget = \"1 GiB\"\n[discover.scores]\nlogs = 100\n").unwrap();
        assert_eq!(c.discover.budget, Some(1 << 30));
        assert_eq!(c.discover.scores["logs"], 100);
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("1048576"), Some(1 << 20));
        assert_eq!(parse_size("10 MiB"), Some(10 << 20));
        assert_eq!(parse_size("500KB"), Some(500_000));
        assert_eq!(parse_size("2g"), Some(2_000_000_000));
        assert_eq!(parse_size("x"), None);
        assert_eq!(parse_size("99999999999999999999"), None);
    }
}
