//! Building a [`Scanner`]: identifiers compiled once into the candidate automaton, the
//! anchorless multi-pattern regex and one confirming regex per identifier.

use crate::anchor_context::AnchorContext;
use crate::finding::IdentifierMeta;
use crate::fingerprint::Fingerprinter;
use crate::keywords::Keywords;
use crate::value_bounds::ValueBounds;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex_automata::hybrid::dfa::DFA as LazyDfa;
use regex_automata::meta::{self, Regex};
use regex_automata::nfa::thompson;
use regex_automata::util::syntax;
use regex_automata::Input;
use std::collections::HashSet;
use std::sync::Arc;
use trawl_identifiers::config::ManagedSelection;
use trawl_identifiers::validators::{Date, PhoneRegions};
use trawl_identifiers::{Category, Config, Identifier, Severity};

/// Default bytes scanned per round of a session; memory per session is about this plus the
/// largest match window.
pub const DEFAULT_CHUNK_SIZE: usize = 1 << 20;

/// Why a scanner could not be built.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// `select` or `exclude` named an id no identifier has.
    #[error("unknown identifier {0:?} (see `trawl identifiers list`)")]
    UnknownIdentifier(String),
    /// An identifier's regex does not compile.
    #[error("{origin}: identifier {id}: field `regex`: does not compile: {reason}")]
    Regex {
        /// Where the identifier is defined (`file:line`).
        origin: String,
        /// The identifier's id.
        id: String,
        /// The regex compiler's message.
        reason: String,
    },
    /// The selection left no identifier.
    #[error("no identifier is selected")]
    NoIdentifiers,
    /// Two identifiers share an id.
    #[error("duplicate identifier id {0:?}")]
    Duplicate(String),
    /// The anchor automaton could not be built (too many or too long anchors).
    #[error("building the candidate automaton failed: {0}")]
    Automaton(String),
    /// An `allow_regexes` entry does not compile.
    #[error("allow-list regex {pattern:?} does not compile: {reason}")]
    AllowRegex {
        /// The pattern as given.
        pattern: String,
        /// The regex compiler's message.
        reason: String,
    },
}

/// One identifier, compiled.
pub(crate) struct Compiled {
    pub(crate) def: Identifier,
    pub(crate) meta: Arc<IdentifierMeta>,
    pub(crate) regex: Regex,
    /// Whether the regex has explicit capture groups (the value is the first that matched).
    pub(crate) has_groups: bool,
    /// Where the value lies in a match without a capture search, when the bytes tell.
    pub(crate) value_bounds: Option<ValueBounds>,
    /// Keyword variants (space, `_`, `-` spellings), ASCII case-insensitive.
    pub(crate) keywords: Option<Keywords>,
    pub(crate) max_keyword_len: usize,
    /// How far before a candidate a required keyword may end: look-behind, match distance
    /// and keyword length (the per-candidate check and the round's keyword gate share it).
    pub(crate) keyword_reach: usize,
    pub(crate) example_values: HashSet<Vec<u8>>,
    pub(crate) ignore_words: Option<AhoCorasick>,
}

/// The shared pass of the identifiers without anchors.
///
/// A leftmost-first multi-pattern regex skims the content fast, but reports one match per
/// place: where two patterns match overlapping bytes, one hides the other (and if the shown one
/// then fails its keyword rule, the other is never judged). So around each leftmost match, a
/// lazy DFA with "all matches" semantics lists every (pattern, end) pair that could be hidden
/// there. That DFA alone would be exact but about 20 times slower over a whole file; run only
/// around matches it costs little.
pub(crate) struct Anchorless {
    pub(crate) leftmost: Regex,
    pub(crate) all: LazyDfa,
}

/// An identifier tried at the hits of one of its anchors, with the bytes its regex allows
/// around that anchor (a hit between other bytes is no candidate).
#[derive(Clone, Copy)]
pub(crate) struct AnchorTarget {
    pub(crate) slot: u32,
    pub(crate) context: AnchorContext,
}

/// An identifier tried at digit groups (see `IdentifierSpec::min_digits`).
pub(crate) struct DigitTarget {
    pub(crate) slot: u32,
    pub(crate) min_digits: usize,
    pub(crate) after_uppercase: bool,
    /// Only groups right after an upper-case letter.
    pub(crate) only_after_uppercase: bool,
    /// For a keyword-required identifier: its index in [`KeywordGate::reach`], so a group
    /// with no keyword of its identifier within reach is never a candidate.
    pub(crate) gate: Option<usize>,
}

/// One search for the keywords of every keyword-required digit identifier, per round: in
/// number-dense text (logs, tables) most digit groups have no such keyword near them, and
/// this spares each of them a candidate, a sort and a confirmation. Exact: a group passes
/// when its identifier's own keyword check could pass.
pub(crate) struct KeywordGate {
    pub(crate) keywords: Keywords,
    /// Per keyword pattern: the gated identifier it belongs to (index into `reach`).
    pub(crate) owner: Vec<usize>,
    /// Per gated identifier: how far before a group's start its keyword may end (look-behind,
    /// match distance and keyword length), and how far after (its longest match).
    pub(crate) reach: Vec<(u64, u64)>,
    /// Per identifier slot: its index in `reach`, if gated.
    pub(crate) of_slot: Vec<Option<usize>>,
    /// The largest reach before and after of any gated identifier, and the longest keyword.
    pub(crate) max_before: u64,
    pub(crate) max_after: u64,
    pub(crate) max_keyword_len: usize,
}

/// Options that shape what a scanner reports.
#[derive(Debug, Clone)]
pub(crate) struct Options {
    pub(crate) include_examples: bool,
    pub(crate) min_severity: Severity,
    pub(crate) chunk_size: usize,
    pub(crate) inline_allows: bool,
    pub(crate) stop_at: Option<Severity>,
    pub(crate) phone_regions: PhoneRegions,
    pub(crate) fingerprints: bool,
    /// The latest acceptable birth date: the day the scanner was built.
    pub(crate) today: Date,
}

pub(crate) struct Inner {
    pub(crate) identifiers: Vec<Compiled>,
    /// Literal anchors of every identifier; pattern i triggers `anchor_targets[i]`.
    pub(crate) anchors: Option<AhoCorasick>,
    pub(crate) anchor_targets: Vec<Vec<AnchorTarget>>,
    pub(crate) anchor_patterns: Vec<Vec<u8>>,
    /// For pattern i, the other patterns that can start inside a match of i (at offset k, as
    /// `(k, pattern)`): the fast leftmost search skips them, so each match of i checks them.
    pub(crate) anchor_extras: Vec<Vec<(usize, usize)>>,
    pub(crate) max_anchor_len: usize,
    /// One-byte anchors and their targets, searched with memchr (at most three).
    pub(crate) byte_anchors: Vec<(u8, Vec<AnchorTarget>)>,
    /// Identifiers without anchors share one multi-pattern pass; pattern i is identifier
    /// `anchorless_targets[i]`.
    pub(crate) anchorless: Option<Anchorless>,
    pub(crate) anchorless_targets: Vec<u32>,
    /// The longest match of any anchorless identifier: how far before a round's first byte
    /// the anchorless pass starts, so matches that end in the round are all seen.
    pub(crate) max_anchorless_len: usize,
    /// Identifiers whose candidates are digit groups, by slot.
    pub(crate) digit_targets: Vec<DigitTarget>,
    /// Keyword prefilter of the keyword-required ones; not used in CSV or JSON, where a
    /// column name or key can stand for the keyword.
    pub(crate) keyword_gate: Option<KeywordGate>,
    /// The smallest `min_digits` of those that take a group (one right after an upper-case
    /// letter, or any other), and the largest of all, where counting stops.
    pub(crate) min_digits_any: usize,
    pub(crate) min_digits_after_uppercase: usize,
    pub(crate) max_min_digits: usize,
    /// The smallest `min_digits` of the keyword-required ones (see `KeywordGate`), if any.
    pub(crate) min_digits_gated: Option<usize>,
    /// The longest match of any identifier.
    pub(crate) max_match_len: usize,
    /// Bytes before a match that keyword look-back and `\b` may read.
    pub(crate) context_before: usize,
    /// Bytes after a match that `\b` and similar assertions may read.
    pub(crate) context_after: usize,
    pub(crate) options: Options,
    pub(crate) fingerprinter: Fingerprinter,
    pub(crate) allow: Allow,
    /// Regex search states of finished sessions, one per identifier, handed to the next
    /// session (building them anew for every small file cost more than the searches).
    pub(crate) regex_caches: RegexCaches,
}

/// Per-identifier regex search states, lent to one session at a time.
pub(crate) type RegexCacheSet = Vec<Option<Box<regex_automata::meta::Cache>>>;

/// Search states kept for reuse: at most one set per thread that scans at once, bounded.
#[derive(Default)]
pub(crate) struct RegexCaches(std::sync::Mutex<Vec<RegexCacheSet>>);

impl RegexCaches {
    /// Sets kept at most (a set is a few kilobytes per identifier).
    const KEEP: usize = 64;

    pub(crate) fn take(&self, identifiers: usize) -> RegexCacheSet {
        let reused = self.0.lock().ok().and_then(|mut sets| sets.pop());
        reused
            .filter(|set| set.len() == identifiers)
            .unwrap_or_else(|| (0..identifiers).map(|_| None).collect())
    }

    pub(crate) fn give_back(&self, set: RegexCacheSet) {
        if let Ok(mut sets) = self.0.lock() {
            if sets.len() < Self::KEEP {
                sets.push(set);
            }
        }
    }
}

/// Values never reported, whichever identifier finds them.
#[derive(Default)]
pub(crate) struct Allow {
    /// ASCII-lower-cased literal values.
    values: HashSet<Vec<u8>>,
    /// Every pattern ends in `\z` and is searched anchored, so a match is a whole-value match.
    regexes: Option<Regex>,
}

impl Allow {
    fn new(values: &[String], patterns: &[String]) -> Result<Allow, BuildError> {
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
                        pattern: p.clone(),
                        reason: e
                            .to_string()
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" "),
                    })?;
            }
            let whole: Vec<String> = patterns.iter().map(|p| format!("(?:{p})\\z")).collect();
            let regex = Regex::builder()
                .syntax(syntax_config())
                .build_many(&whole)
                .map_err(|e| BuildError::AllowRegex {
                    pattern: patterns.join(" | "),
                    reason: e.to_string(),
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

/// A compiled set of identifiers. Build it once with [`Scanner::builder`]; it is cheap to
/// clone (an `Arc`), `Send + Sync`, and every scan through it uses memory bounded by the chunk
/// size.
#[derive(Clone)]
pub struct Scanner {
    pub(crate) inner: Arc<Inner>,
}

impl std::fmt::Debug for Scanner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scanner")
            .field("identifiers", &self.identifier_ids())
            .finish()
    }
}

/// Configures a [`Scanner`].
///
/// ```
/// let scanner = trawl_scanner::Scanner::builder()
///     .select(["AWS_ACCESS_KEY_ID"])
///     .build()
///     .unwrap();
/// let findings = scanner.scan_bytes(b"key = AKIAQYLPMN5HHHFPZAM2").findings;
/// assert_eq!(findings[0].id(), "AWS_ACCESS_KEY_ID");
/// assert_eq!(findings[0].redacted, "AKIA****************");
/// ```
#[derive(Clone)]
pub struct ScannerBuilder {
    /// Managed identifiers: the built-ins unless replaced; `managed` selects among them.
    identifiers: Vec<Identifier>,
    /// Custom identifiers: always kept by the managed selection.
    custom: Vec<Identifier>,
    managed: Option<(ManagedSelection, Vec<String>)>,
    allow_values: Vec<String>,
    allow_regexes: Vec<String>,
    select: Option<Vec<String>>,
    exclude: Vec<String>,
    categories: Option<Vec<Category>>,
    include_examples: bool,
    min_severity: Severity,
    chunk_size: usize,
    fingerprint_key: Option<Vec<u8>>,
    low_entropy_fingerprint_key: Option<Vec<u8>>,
    inline_allows: bool,
    stop_at: Option<Severity>,
    phone_regions: PhoneRegions,
    fingerprints: bool,
}

impl Default for ScannerBuilder {
    fn default() -> Self {
        ScannerBuilder {
            identifiers: trawl_identifiers::builtin(),
            custom: Vec::new(),
            managed: None,
            allow_values: Vec::new(),
            allow_regexes: Vec::new(),
            select: None,
            exclude: Vec::new(),
            categories: None,
            include_examples: false,
            min_severity: Severity::Low,
            chunk_size: DEFAULT_CHUNK_SIZE,
            fingerprint_key: None,
            low_entropy_fingerprint_key: None,
            inline_allows: true,
            stop_at: None,
            phone_regions: PhoneRegions::default(),
            fingerprints: true,
        }
    }
}

impl ScannerBuilder {
    /// Replaces the managed identifier set (the default is every built-in identifier).
    pub fn identifiers(mut self, identifiers: Vec<Identifier>) -> Self {
        self.identifiers = identifiers;
        self
    }

    /// Adds custom identifiers, e.g. loaded with [`trawl_identifiers::parse_identifiers`].
    pub fn add_identifiers(mut self, identifiers: impl IntoIterator<Item = Identifier>) -> Self {
        self.custom.extend(identifiers);
        self
    }

    /// Chooses among the managed identifiers (custom ones always run): ALL, RECOMMENDED (those
    /// marked `recommended`), INCLUDE or EXCLUDE `ids`. Unknown ids make
    /// [`build`](Self::build) fail.
    pub fn managed(mut self, selection: ManagedSelection, ids: Vec<String>) -> Self {
        self.managed = Some((selection, ids));
        self
    }

    /// Values never reported, compared exactly but ASCII case-insensitively.
    pub fn allow_values<I: IntoIterator<Item = S>, S: Into<String>>(mut self, values: I) -> Self {
        self.allow_values.extend(values.into_iter().map(Into::into));
        self
    }

    /// Patterns a whole value must match to be allowed (never reported).
    pub fn allow_regexes<I: IntoIterator<Item = S>, S: Into<String>>(
        mut self,
        patterns: I,
    ) -> Self {
        self.allow_regexes
            .extend(patterns.into_iter().map(Into::into));
        self
    }

    /// Applies a configuration file: its custom identifiers, managed selection and allow
    /// lists. (Its `[scan]` defaults concern inputs, not the scanner.)
    ///
    /// ```
    /// let config = trawl_identifiers::parse_config(r#"
    /// [allow]
    /// values = ["AKIAQYLPMN5HHHFPZAM2"]
    ///
    /// [[identifier]]
    /// id = "EMPLOYEE_ID"
    /// name = "Employee id"
    /// regex = 'E-\d{6}'
    /// anchors = ["E-"]
    /// "#, "trawl.toml", std::path::Path::new(".")).unwrap();
    /// let scanner = trawl_scanner::Scanner::builder().config(&config).build().unwrap();
    /// let found = scanner.scan_bytes(b"AKIAQYLPMN5HHHFPZAM2 E-123456").findings;
    /// assert_eq!(found.len(), 1);
    /// assert_eq!(found[0].id(), "EMPLOYEE_ID");
    /// ```
    pub fn config(self, config: &Config) -> Self {
        self.add_identifiers(config.identifiers.iter().cloned())
            .managed(config.managed.selection, config.managed.ids.clone())
            .allow_values(config.allow.values.iter().cloned())
            .allow_regexes(config.allow.regexes.iter().cloned())
    }

    /// Keeps only these identifier ids. Unknown ids make [`build`](Self::build) fail.
    pub fn select<I: IntoIterator<Item = S>, S: Into<String>>(mut self, ids: I) -> Self {
        self.select = Some(ids.into_iter().map(Into::into).collect());
        self
    }

    /// Drops these identifier ids. Unknown ids make [`build`](Self::build) fail.
    pub fn exclude<I: IntoIterator<Item = S>, S: Into<String>>(mut self, ids: I) -> Self {
        self.exclude.extend(ids.into_iter().map(Into::into));
        self
    }

    /// Keeps only identifiers of these categories.
    pub fn categories(mut self, categories: impl IntoIterator<Item = Category>) -> Self {
        self.categories = Some(categories.into_iter().collect());
        self
    }

    /// Reports documented example values and placeholders too (marked `example` in details).
    pub fn include_examples(mut self, yes: bool) -> Self {
        self.include_examples = yes;
        self
    }

    /// Drops findings below this severity.
    pub fn min_severity(mut self, severity: Severity) -> Self {
        self.min_severity = severity;
        self
    }

    /// Bytes scanned per round (minimum 4 KiB). Memory per session is about this plus the
    /// largest match window.
    pub fn chunk_size(mut self, bytes: usize) -> Self {
        self.chunk_size = bytes.max(4096);
        self
    }

    /// Whether `trawl:allow` (optionally `trawl:allow IDENTIFIER`), `gitleaks:allow` and
    /// `pragma: allowlist secret` on a finding's line silence it (default: yes).
    pub fn inline_allows(mut self, yes: bool) -> Self {
        self.inline_allows = yes;
        self
    }

    /// Gatekeeping: stop reading an input at its first finding of at least this severity
    /// ([`Outcome::stopped`](crate::Outcome::stopped) says so). For upload services that only
    /// need to know whether to reject.
    ///
    /// ```
    /// use trawl_scanner::{Scanner, Severity};
    /// let scanner = Scanner::builder().stop_at(Severity::High).build().unwrap();
    /// let mut body = b"token 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\n".to_vec();
    /// body.extend(std::iter::repeat(b'x').take(8 << 20));
    /// let outcome = scanner.scan_bytes(&body);
    /// assert!(outcome.stopped);
    /// assert_eq!(outcome.findings[0].id(), "GITHUB_TOKEN");
    /// assert!(outcome.bytes < body.len() as u64);
    /// ```
    pub fn stop_at(mut self, severity: Severity) -> Self {
        self.stop_at = Some(severity);
        self
    }

    /// Regions whose national-format phone numbers (`030 12345678`) are reported after a
    /// phone keyword or under a phone column; international forms (`+49 30 12345678`) are
    /// reported for every region. Default: [`DEFAULT_PHONE_REGIONS`](trawl_identifiers::validators::DEFAULT_PHONE_REGIONS).
    ///
    /// ```
    /// use trawl_identifiers::validators::PhoneRegions;
    /// let scanner = trawl_scanner::Scanner::builder()
    ///     .phone_regions(PhoneRegions::parse("GB").unwrap())
    ///     .build()
    ///     .unwrap();
    /// // A London number is reported; a US one in national form is not (US is not listed).
    /// let found = scanner.scan_bytes(b"phone: 020 8123 4567, fax: (415) 555-2671").findings;
    /// assert_eq!(found.len(), 1);
    /// let e164 = ("e164", "+442081234567".to_string());
    /// assert!(found[0].details.contains(&e164));
    /// ```
    pub fn phone_regions(mut self, regions: PhoneRegions) -> Self {
        self.phone_regions = regions;
        self
    }

    /// Adds a configuration file's custom identifiers, managed selection and allow lists,
    /// from TOML text (`name` is used in errors).
    pub fn config_str(self, text: &str, name: &str) -> Result<Self, trawl_identifiers::LoadError> {
        let config = trawl_identifiers::parse_config(text, name, std::path::Path::new("."))?;
        Ok(self.config(&config))
    }

    /// Adds a configuration file's custom identifiers, managed selection and allow lists.
    pub fn config_file(
        self,
        path: impl AsRef<std::path::Path>,
    ) -> Result<Self, trawl_identifiers::LoadError> {
        let config = trawl_identifiers::load_config(path.as_ref())?;
        Ok(self.config(&config))
    }

    /// Whether findings get a [`fingerprint`](crate::Finding::fingerprint) (default: yes).
    /// Without a key, a low-entropy value's fingerprint costs about a millisecond of key
    /// stretching (see [`low_entropy_fingerprint_key`](Self::low_entropy_fingerprint_key));
    /// callers that never read fingerprints can skip them.
    pub fn fingerprints(mut self, yes: bool) -> Self {
        self.fingerprints = yes;
        self
    }

    /// The secret key for fingerprints (see [`crate::fingerprint`]).
    pub fn fingerprint_key(mut self, key: impl Into<Vec<u8>>) -> Self {
        self.fingerprint_key = Some(key.into());
        self
    }

    /// Without [`fingerprint_key`](Self::fingerprint_key), the secret that fingerprints of
    /// low-entropy values are keyed with, instead of being stretched (about a millisecond
    /// each); high-entropy values keep the public fingerprint. See [`crate::fingerprint`].
    pub fn low_entropy_fingerprint_key(mut self, key: impl Into<Vec<u8>>) -> Self {
        self.low_entropy_fingerprint_key = Some(key.into());
        self
    }

    /// Compiles the selected identifiers.
    pub fn build(mut self) -> Result<Scanner, BuildError> {
        if let Some((selection, ids)) = &self.managed {
            let managed: HashSet<&str> = self.identifiers.iter().map(|i| i.id.as_str()).collect();
            if let Some(unknown) = ids.iter().find(|id| !managed.contains(id.as_str())) {
                return Err(BuildError::UnknownIdentifier(unknown.clone()));
            }
            self.identifiers.retain(|i| match selection {
                ManagedSelection::All => true,
                ManagedSelection::Recommended => i.recommended,
                ManagedSelection::Include => ids.contains(&i.id),
                ManagedSelection::Exclude => !ids.contains(&i.id),
            });
        }
        let custom = std::mem::take(&mut self.custom);
        self.identifiers.extend(custom);
        let allow = Allow::new(&self.allow_values, &self.allow_regexes)?;
        let known: HashSet<&str> = self.identifiers.iter().map(|i| i.id.as_str()).collect();
        let mut seen = HashSet::new();
        for i in &self.identifiers {
            if !seen.insert(i.id.as_str()) {
                return Err(BuildError::Duplicate(i.id.clone()));
            }
        }
        for id in self.select.iter().flatten().chain(&self.exclude) {
            if !known.contains(id.as_str()) {
                return Err(BuildError::UnknownIdentifier(id.clone()));
            }
        }
        let chosen: Vec<Identifier> = self
            .identifiers
            .into_iter()
            .filter(|i| self.select.as_ref().is_none_or(|s| s.contains(&i.id)))
            .filter(|i| !self.exclude.contains(&i.id))
            .filter(|i| {
                self.categories
                    .as_ref()
                    .is_none_or(|c| c.contains(&i.category))
            })
            .collect();
        if chosen.is_empty() {
            return Err(BuildError::NoIdentifiers);
        }
        let options = Options {
            include_examples: self.include_examples,
            min_severity: self.min_severity,
            chunk_size: self.chunk_size,
            inline_allows: self.inline_allows,
            stop_at: self.stop_at,
            phone_regions: self.phone_regions,
            fingerprints: self.fingerprints,
            today: Date::today(),
        };
        compile(
            chosen,
            options,
            match self.low_entropy_fingerprint_key {
                Some(key) => Fingerprinter::new(self.fingerprint_key).with_low_entropy_key(key),
                None => Fingerprinter::new(self.fingerprint_key),
            },
            allow,
        )
    }
}

fn syntax_config() -> syntax::Config {
    // Bytes mode with ASCII classes: `\w`, `\d`, `\s`, `\b` and `.` never need UTF-8 decoding,
    // and invalid UTF-8 in the haystack is fine.
    syntax::Config::new().unicode(false).utf8(false)
}

/// The identifier's regex, and from the same parse the value bounds rule (none without a
/// capture group) and the context rule of each of its anchors.
fn compile_regex(
    def: &Identifier,
) -> Result<(Regex, Option<ValueBounds>, Vec<AnchorContext>), BuildError> {
    let error = |reason: String| BuildError::Regex {
        origin: def.origin.to_string(),
        id: def.id.clone(),
        reason: reason.split_whitespace().collect::<Vec<_>>().join(" "),
    };
    // The same syntax as `syntax_config`; parsed here once for both uses.
    let hir = regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(&def.regex)
        .map_err(|e| error(e.to_string()))?;
    let regex = Regex::builder()
        .configure(
            meta::Config::new()
                .nfa_size_limit(Some(50 << 20))
                .hybrid_cache_capacity(4 << 20),
        )
        .build_from_hir(&hir)
        .map_err(|e| error(e.to_string()))?;
    let contexts = def
        .anchors
        .iter()
        .map(|anchor| AnchorContext::of(&hir, anchor.as_bytes()))
        .collect();
    Ok((regex, ValueBounds::of(&hir), contexts))
}

/// Keyword spellings: `date of birth` also matches `date_of_birth` and `date-of-birth`.
fn keyword_variants(keywords: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for k in keywords {
        let k = k.trim().to_ascii_lowercase();
        for sep in [" ", "_", "-"] {
            let v: String = k
                .split([' ', '_', '-'])
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join(sep);
            if !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out
}

fn compile(
    defs: Vec<Identifier>,
    options: Options,
    fingerprinter: Fingerprinter,
    allow: Allow,
) -> Result<Scanner, BuildError> {
    let mut identifiers = Vec::with_capacity(defs.len());
    let mut anchor_patterns: Vec<Vec<u8>> = Vec::new();
    let mut anchor_targets: Vec<Vec<AnchorTarget>> = Vec::new();
    let mut anchorless_patterns = Vec::new();
    let mut max_anchorless_len = 0;
    let mut anchorless_targets = Vec::new();
    let mut digit_targets: Vec<DigitTarget> = Vec::new();
    let (mut gate_keywords, mut gate_owner, mut gate_reach) = (Vec::new(), Vec::new(), Vec::new());
    let mut max_match_len = 1;
    let mut context_before = 1;
    for (index, def) in defs.into_iter().enumerate() {
        let (regex, value_bounds, anchor_contexts) = compile_regex(&def)?;
        let has_groups = regex
            .group_info()
            .group_len(regex_automata::PatternID::ZERO)
            > 1;
        let keyword_list = keyword_variants(&def.keywords);
        let max_keyword = keyword_list.iter().map(String::len).max().unwrap_or(0);
        let keyword_reach = def.anchor_lookbehind + def.maximum_match_distance + max_keyword;
        let keywords = if keyword_list.is_empty() {
            None
        } else {
            Some(Keywords::new(keyword_list.clone())?)
        };
        let ignore_words = if def.ignore_words.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::new(&def.ignore_words)
                    .map_err(|e| BuildError::Automaton(e.to_string()))?,
            )
        };
        max_match_len = max_match_len.max(def.max_match_len);
        if !def.keywords.is_empty() {
            context_before = context_before.max(def.maximum_match_distance + max_keyword);
        }
        if let Some(min) = def.min_digits {
            digit_targets.push(DigitTarget {
                slot: index as u32,
                min_digits: min,
                after_uppercase: def.digits_after_uppercase,
                only_after_uppercase: def.digits_only_after_uppercase,
                gate: None,
            });
            if def.keyword_required && !keyword_list.is_empty() {
                let target = digit_targets.last_mut().expect("just pushed");
                target.gate = Some(gate_reach.len());
                gate_owner.extend(keyword_list.iter().map(|_| gate_reach.len()));
                gate_keywords.extend(keyword_list.iter().cloned());
                gate_reach.push((keyword_reach as u64, def.max_match_len as u64));
            }
        } else if def.anchors.is_empty() {
            anchorless_patterns.push(def.regex.clone());
            max_anchorless_len = max_anchorless_len.max(def.max_match_len);
            anchorless_targets.push(index as u32);
        } else {
            for (anchor, &context) in def.anchors.iter().zip(&anchor_contexts) {
                let bytes = anchor.as_bytes().to_vec();
                let target = AnchorTarget {
                    slot: index as u32,
                    context,
                };
                match anchor_patterns.iter().position(|p| *p == bytes) {
                    Some(p) if !anchor_targets[p].iter().any(|t| t.slot == target.slot) => {
                        anchor_targets[p].push(target)
                    }
                    Some(_) => {}
                    None => {
                        anchor_patterns.push(bytes);
                        anchor_targets.push(vec![target]);
                    }
                }
            }
        }
        let meta = Arc::new(IdentifierMeta {
            id: def.id.clone(),
            name: def.name.clone(),
            category: def.category,
        });
        let example_values = def
            .example_values
            .iter()
            .map(|v| v.as_bytes().to_vec())
            .collect();
        identifiers.push(Compiled {
            def,
            meta,
            regex,
            has_groups,
            value_bounds,
            keywords,
            max_keyword_len: max_keyword,
            keyword_reach,
            example_values,
            ignore_words,
        });
    }
    let digit_counts = digit_targets.iter().map(|t: &DigitTarget| t.min_digits);
    let max_min_digits = digit_counts.max().unwrap_or(0);
    // No target means no group is wanted: `usize::MAX` digits are never reached.
    let min_digits_of = |takes: fn(&DigitTarget) -> bool| {
        let takers = digit_targets.iter().filter(|t| takes(t));
        takers.map(|t| t.min_digits).min().unwrap_or(usize::MAX)
    };
    let min_digits_any = min_digits_of(|t| !t.only_after_uppercase);
    let min_digits_after_uppercase = min_digits_of(|t| t.after_uppercase);
    let min_digits_gated = digit_targets
        .iter()
        .filter(|t| t.gate.is_some())
        .map(|t| t.min_digits)
        .min();
    // One-byte anchors (`@`) would cost the automaton its SIMD prefilter; up to three of them
    // are found with memchr instead.
    let mut byte_anchors = Vec::new();
    let one_byte = anchor_patterns.iter().filter(|p| p.len() == 1).count();
    if (1..=3).contains(&one_byte) {
        let mut i = 0;
        while i < anchor_patterns.len() {
            if anchor_patterns[i].len() == 1 {
                byte_anchors.push((anchor_patterns.remove(i)[0], anchor_targets.remove(i)));
            } else {
                i += 1;
            }
        }
    }
    let anchor_extras = overlapping_anchors(&anchor_patterns);
    let max_anchor_len = anchor_patterns.iter().map(Vec::len).max().unwrap_or(0);
    let anchors = if anchor_patterns.is_empty() {
        None
    } else {
        Some(
            // Leftmost-longest keeps the SIMD (Teddy) prefilter, several times faster than an
            // overlapping search; `anchor_extras` recovers the anchors it steps over.
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&anchor_patterns)
                .map_err(|e| BuildError::Automaton(e.to_string()))?,
        )
    };
    let anchorless = if anchorless_patterns.is_empty() {
        None
    } else {
        let leftmost = Regex::builder()
            .syntax(syntax_config())
            .configure(
                meta::Config::new()
                    .which_captures(thompson::WhichCaptures::Implicit)
                    .nfa_size_limit(Some(200 << 20))
                    .hybrid_cache_capacity(16 << 20),
            )
            .build_many(&anchorless_patterns)
            .map_err(|e| BuildError::Automaton(e.to_string()))?;
        // No quit bytes (ASCII word boundaries only) and no give-up threshold: the search
        // cannot fail; a thrashing cache only makes it slower.
        let config = LazyDfa::config()
            .match_kind(regex_automata::MatchKind::All)
            .cache_capacity(16 << 20)
            .skip_cache_capacity_check(true);
        let all = LazyDfa::builder()
            .configure(config)
            .syntax(syntax_config())
            .thompson(
                thompson::Config::new()
                    .which_captures(thompson::WhichCaptures::None)
                    .nfa_size_limit(Some(200 << 20)),
            )
            .build_many(&anchorless_patterns)
            .map_err(|e| BuildError::Automaton(e.to_string()))?;
        Some(Anchorless { leftmost, all })
    };
    let keyword_gate = if gate_keywords.is_empty() {
        None
    } else {
        Some(KeywordGate {
            max_before: gate_reach
                .iter()
                .map(|r: &(u64, u64)| r.0)
                .max()
                .unwrap_or(0),
            max_after: gate_reach.iter().map(|r| r.1).max().unwrap_or(0),
            max_keyword_len: gate_keywords.iter().map(String::len).max().unwrap_or(0),
            keywords: Keywords::new(gate_keywords)?,
            owner: gate_owner,
            reach: gate_reach,
            of_slot: {
                let mut of_slot = vec![None; identifiers.len()];
                for target in &digit_targets {
                    of_slot[target.slot as usize] = target.gate;
                }
                of_slot
            },
        })
    };
    Ok(Scanner {
        inner: Arc::new(Inner {
            identifiers,
            anchors,
            anchor_targets,
            anchor_patterns,
            anchor_extras,
            max_anchor_len,
            byte_anchors,
            anchorless,
            anchorless_targets,
            max_anchorless_len,
            min_digits_any,
            min_digits_after_uppercase,
            max_min_digits,
            min_digits_gated,
            digit_targets,
            keyword_gate,
            max_match_len,
            context_before: context_before + max_match_len,
            // A digit group's run is counted a few bytes per digit past the round's end.
            context_after: 16.max(3 * max_min_digits + 2),
            options,
            fingerprinter,
            allow,
            regex_caches: RegexCaches::default(),
        }),
    })
}

/// Whether two anchors can overlap in a text (one contains the other, or a suffix of one is a
/// prefix of the other). Only then is the slower overlapping search needed to see them all.
/// For each pattern, the `(offset, other pattern)` pairs where the other can start inside it:
/// contained in it, a shorter prefix of it, or beginning with one of its suffixes.
fn overlapping_anchors(patterns: &[Vec<u8>]) -> Vec<Vec<(usize, usize)>> {
    patterns
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let mut extras = Vec::new();
            for (j, b) in patterns.iter().enumerate() {
                if i == j {
                    continue;
                }
                for k in 0..a.len() {
                    let rest = &a[k..];
                    let fits = if b.len() <= rest.len() {
                        rest.starts_with(b)
                    } else {
                        b.starts_with(rest)
                    };
                    if fits {
                        extras.push((k, j));
                    }
                }
            }
            extras
        })
        .collect()
}

impl Scanner {
    /// A builder starting from every built-in identifier.
    pub fn builder() -> ScannerBuilder {
        ScannerBuilder::default()
    }

    /// The ids of the compiled identifiers, in order.
    pub fn identifier_ids(&self) -> Vec<&str> {
        self.inner
            .identifiers
            .iter()
            .map(|c| c.def.id.as_str())
            .collect()
    }

    /// The compiled identifier definitions, in order.
    pub fn identifiers(&self) -> impl Iterator<Item = &Identifier> {
        self.inner.identifiers.iter().map(|c| &c.def)
    }

    /// The longest match of any identifier: no match starts further before its candidate.
    pub(crate) fn max_match_len(&self) -> u64 {
        self.inner.max_match_len as u64
    }

    /// Whether a finding depends on findings anywhere before it: occurrence thresholds
    /// (`severity_levels`) count every earlier one, and `stop_at` ends the scan at the
    /// first one that severe, at a round boundary. Such content is not split across threads.
    pub(crate) fn depends_on_history(&self) -> bool {
        self.inner.options.stop_at.is_some()
            || self
                .inner
                .identifiers
                .iter()
                .any(|c| !c.def.severity_levels.is_empty())
    }

    /// Bytes a session keeps between chunks so that no match spanning a boundary is lost.
    pub fn window_bytes(&self) -> usize {
        self.inner.max_match_len + self.inner.context_before + self.inner.context_after
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_detection() {
        let extras =
            |p: &[&[u8]]| overlapping_anchors(&p.iter().map(|x| x.to_vec()).collect::<Vec<_>>());
        assert_eq!(extras(&[b"AKIA", b"ghp_"]), vec![vec![], vec![]]);
        // "ghp" is a prefix of "ghp_"; "ghp_" begins where "ghp" is matched.
        assert_eq!(extras(&[b"ghp", b"ghp_"]), vec![vec![(0, 1)], vec![(0, 0)]]);
        assert_eq!(extras(&[b"abc", b"cde"]), vec![vec![(2, 1)], vec![]]);
        assert_eq!(extras(&[b"xabcx", b"abc"]), vec![vec![(1, 1)], vec![]]);
    }

    #[test]
    fn keyword_spellings() {
        assert_eq!(
            keyword_variants(&["Date of Birth".into()]),
            vec!["date of birth", "date_of_birth", "date-of-birth"]
        );
    }

    #[test]
    fn unknown_selection_is_an_error() {
        let err = Scanner::builder().select(["NOPE"]).build().unwrap_err();
        assert!(err.to_string().contains("NOPE"));
    }

    #[test]
    fn scanner_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Scanner>();
    }
}
