//! The public builder: which identifiers a [`Scanner`] runs, and the options that shape what
//! it reports. [`ScannerBuilder::build`] hands the selection to `crate::plan`.

use crate::allow::Allow;
use crate::fingerprint::Fingerprinter;
use crate::plan::{compile, Inner, Options};
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
#[non_exhaustive]
pub enum BuildError {
    /// `select` or `exclude` named an id no identifier has.
    #[error("unknown identifier {0:?} (see `trawl identifiers list`)")]
    UnknownIdentifier(String),
    /// The selection left no identifier.
    #[error("no identifier is selected")]
    NoIdentifiers,
    /// Two identifiers share an id (a custom one reusing a built-in id, say).
    #[error("{origin}: identifier {id}: field `id`: duplicate id: an identifier with this id is already defined (built-in ids are taken); choose another")]
    Duplicate {
        /// The id.
        id: String,
        /// Where the second definition comes from (`file:line` for custom identifiers).
        origin: String,
    },
    /// `countries` named something that is not an ISO 3166-1 alpha-2 code (shown as
    /// written when short, else redacted).
    #[error("country {0} is not an ISO 3166-1 alpha-2 code such as FR or DE")]
    Country(String),
    /// The anchor automaton could not be built (too many or too long anchors).
    #[error("building the candidate automaton failed: {0}")]
    Automaton(String),
    /// An `allow_regexes` entry does not compile.
    #[error("allow-list regex \"{pattern}\" does not compile: {reason}")]
    AllowRegex {
        /// The pattern, redacted as findings are (it may hold a literal secret).
        pattern: String,
        /// The regex compiler's message.
        reason: String,
    },
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
    occurrences: Option<u64>,
    decode_depth: u8,
    countries: Option<Vec<String>>,
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
            occurrences: None,
            decode_depth: 1,
            countries: None,
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

    /// Applies a configuration file: its custom identifiers, managed selection (countries
    /// included) and allow lists. (Its `[scan]` defaults concern inputs, not the scanner.)
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
        let builder = self
            .add_identifiers(config.identifiers.iter().cloned())
            .managed(config.managed.selection, config.managed.ids.clone())
            .allow_values(config.allow.values.iter().cloned())
            .allow_regexes(config.allow.regexes.iter().cloned());
        match &config.managed.countries {
            Some(codes) => builder.countries(codes.iter().cloned()),
            None => builder,
        }
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

    /// How many levels of encoding inside text are decoded and scanned (default 1; 0 turns
    /// decoding off): base64 runs, backslash escapes in quoted strings and percent-encoded
    /// URLs. A secret in base64 inside an escaped JSON string is two levels down. Findings in
    /// decoded text sit on the encoded bytes, with `details.encoding`.
    ///
    /// ```
    /// use trawl_scanner::Scanner;
    /// // `DATABASE_URL` of a Kubernetes Secret: postgres://app:Xq7vR2mLp9sT@db/prod
    /// let manifest = b"data:\n  DATABASE_URL: cG9zdGdyZXM6Ly9hcHA6WHE3dlIybUxwOXNUQGRiL3Byb2Q=\n";
    /// let found = Scanner::builder().build().unwrap().scan_bytes(manifest).findings;
    /// assert_eq!(found[0].id(), "CONNECTION_URL_CREDENTIALS");
    /// assert_eq!(found[0].value(), b"Xq7vR2mLp9sT");
    /// assert!(found[0].details.contains(&("encoding", "base64".to_string())));
    ///
    /// let plain = Scanner::builder().decode_depth(0).build().unwrap();
    /// assert!(plain.scan_bytes(manifest).findings.is_empty());
    /// ```
    pub fn decode_depth(mut self, levels: u8) -> Self {
        self.decode_depth = levels;
        self
    }

    /// Runs the managed identifiers of these countries only (ISO 3166-1 alpha-2: `FR`, `DE`),
    /// with every managed identifier that belongs to no country (credentials, cards, phones).
    /// A finding whose validator names another country (an EU VAT number's prefix) is not
    /// reported. Codes are upper-cased.
    ///
    /// ```
    /// use trawl_scanner::Scanner;
    /// let text = b"Steuer-ID: 18 956 277 407, NIR : 1 84 12 76 451 089 46";
    /// let all = Scanner::builder().build().unwrap().scan_bytes(text).findings;
    /// assert_eq!(all.len(), 2);
    /// let german = Scanner::builder().countries(["de"]).build().unwrap();
    /// let found = german.scan_bytes(text).findings;
    /// assert_eq!(found.len(), 1);
    /// assert!(found[0].details.contains(&("country", "DE".to_string())));
    /// ```
    pub fn countries<I: IntoIterator<Item = S>, S: Into<String>>(mut self, codes: I) -> Self {
        self.countries = Some(
            codes
                .into_iter()
                .map(|c| c.into().to_ascii_uppercase())
                .collect(),
        );
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

    /// Object-level results (`--report objects`): at most `n` findings per identifier and
    /// object are delivered, the first in order of position, each redacted and fingerprinted;
    /// the others are counted (the [`ObjectRecord`](crate::ObjectRecord)'s `findings` and
    /// [`Outcome::counts`](crate::Outcome) stay exact) and skip that work. Allow lists, inline
    /// allows, severity levels and the minimum severity apply before counting. Default: every
    /// finding is delivered.
    ///
    /// ```
    /// let scanner = trawl_scanner::Scanner::builder().occurrences(Some(2)).build().unwrap();
    /// let text = b"anna@mail.org ben@mail.org carl@mail.org dora@mail.org";
    /// let outcome = scanner.scan_bytes(text);
    /// assert_eq!(outcome.findings.len(), 2);
    /// assert_eq!(outcome.counts["EMAIL_ADDRESS"], 4);
    /// ```
    pub fn occurrences(mut self, n: Option<u64>) -> Self {
        self.occurrences = n;
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
        if let Some(countries) = &self.countries {
            if let Some(bad) = countries
                .iter()
                .find(|c| !trawl_identifiers::is_country_code(c))
            {
                return Err(BuildError::Country(trawl_identifiers::shown_country(bad)));
            }
            self.identifiers.retain(|i| {
                i.countries.is_empty() || i.countries.iter().any(|c| countries.contains(c))
            });
        }
        let custom = std::mem::take(&mut self.custom);
        self.identifiers.extend(custom);
        let allow = Allow::new(&self.allow_values, &self.allow_regexes)?;
        let known: HashSet<&str> = self.identifiers.iter().map(|i| i.id.as_str()).collect();
        let mut seen = HashSet::new();
        for i in &self.identifiers {
            if !seen.insert(i.id.as_str()) {
                return Err(BuildError::Duplicate {
                    id: i.id.clone(),
                    origin: i.origin.to_string(),
                });
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
            occurrences: self.occurrences,
            today: Date::today(),
            decode_depth: self.decode_depth,
            countries: self.countries,
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
