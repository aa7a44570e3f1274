//! What [`Scanner`](crate::Scanner) compiles, once: one confirming regex per identifier, and
//! for each candidate strategy its own plan, built by its own builder: the automaton over the
//! literal anchors (`anchors`), the digit-group targets and their keyword gate (`digits`), and
//! the anchorless multi-pattern pass (`anchorless`). The session reads these plans; it never
//! names an identifier.

mod anchorless;
mod anchors;
mod digits;

pub(crate) use anchorless::Anchorless;
pub(crate) use anchors::AnchorTarget;
pub(crate) use digits::{DigitTarget, KeywordGate};

use crate::allow::Allow;
use crate::anchor_context::AnchorContext;
use crate::finding::IdentifierMeta;
use crate::fingerprint::Fingerprinter;
use crate::keywords::Keywords;
use crate::region_words::{self, RegionWords};
use crate::scanner::{BuildError, Scanner};
use crate::value_bounds::ValueBounds;
use aho_corasick::AhoCorasick;
use anchorless::AnchorlessPlan;
use anchors::AnchorPlan;
use digits::DigitPlan;
use regex_automata::meta::{self, Regex};
use regex_automata::util::syntax;
use std::collections::HashSet;
use std::sync::{Arc, OnceLock};
use trawl_identifiers::validators::{Date, PhoneRegions};
use trawl_identifiers::{Identifier, Severity};

/// One identifier, compiled.
pub(crate) struct Compiled {
    pub(crate) def: Identifier,
    pub(crate) meta: Arc<IdentifierMeta>,
    /// The confirming regex, compiled on the identifier's first candidate (see
    /// [`Compiled::regex`]): most identifiers of a large catalogue never see one in a small
    /// diff, and compiling them all was most of the start-up.
    regex: OnceLock<Regex>,
    /// Whether the regex has explicit capture groups (the value is the first that matched).
    pub(crate) has_groups: bool,
    /// Where the value lies in a match without a capture search, when the bytes tell.
    pub(crate) value_bounds: Option<ValueBounds>,
    /// Keyword variants (space, `_`, `-` spellings), ASCII case-insensitive.
    pub(crate) keywords: Option<Keywords>,
    pub(crate) max_keyword_len: usize,
    /// Words naming the identifier's country or region (see [`RegionWords`]).
    pub(crate) region_words: Option<RegionWords>,
    /// The identifiers with region words that share a keyword with this one: a value of this
    /// one next to a rival's region word and none of its own is the rival's, written wrong
    /// (a Lithuanian-shaped number after `my Latvian driving licence`), and not reported.
    pub(crate) region_rivals: Vec<u32>,
    /// How far before a candidate a required keyword may end: look-behind, match distance
    /// and keyword length (the per-candidate check and the round's keyword gate share it).
    pub(crate) keyword_reach: usize,
    /// Published example values; a low-entropy identifier's in compact form (see
    /// [`compact_example`]), so `99.999.999-R` is `99999999R`.
    pub(crate) example_values: HashSet<Vec<u8>>,
    pub(crate) ignore_words: Option<AhoCorasick>,
    /// `details.country` of every finding, when the identifier belongs to countries.
    pub(crate) country: Option<String>,
    /// The words of `column_names` (see `Session::collect_column_candidates`); `None`
    /// without a `column_value`.
    pub(crate) column_names: Option<Keywords>,
    /// The cell regex of `column_value` (see [`Identifier::column_cell`]), compiled on the
    /// first cell.
    column_regex: OnceLock<Regex>,
}

/// A value of a low-entropy identifier (a national id, a card) as its example values are
/// kept: see [`trawl_identifiers::validators::compact_into`].
pub(crate) use trawl_identifiers::validators::compact_into as compact_example;

impl Compiled {
    /// The confirming regex, compiled now if this is its first use. The pattern parsed when
    /// the identifier was loaded and when the scanner was built, so this cannot fail on syntax;
    /// a pattern beyond the NFA size limit is compiled without it rather than lost.
    pub(crate) fn regex(&self) -> &Regex {
        self.regex.get_or_init(|| {
            let hir = self.def.hir();
            // Without look-behind every search is anchored at the candidate (see
            // `Session::match_around`): a prefilter would never run, and building one from
            // a large alternation of literals was most of compiling the regex.
            let prefilter = !self.anchored_searches();
            build_regex(hir, Some(NFA_SIZE_LIMIT), prefilter)
                .or_else(|| build_regex(hir, None, prefilter))
                .expect("a parsed pattern compiles without a size limit")
        })
    }

    /// The cell regex of the identifier's `column_value`, compiled now if this is its first
    /// use; `None` without one.
    pub(crate) fn column_regex(&self) -> Option<&Regex> {
        let cell = self.def.column_cell()?;
        Some(self.column_regex.get_or_init(|| {
            build_regex(cell, Some(NFA_SIZE_LIMIT), false)
                .or_else(|| build_regex(cell, None, false))
                .expect("a parsed pattern compiles without a size limit")
        }))
    }

    /// Whether every search of the regex starts at a known position: a candidate of an
    /// anchored identifier whose matches begin with an anchor.
    fn anchored_searches(&self) -> bool {
        !self.def.anchors.is_empty() && self.def.anchor_lookbehind == 0
    }
}

/// The NFA size a confirming regex may reach (it bounds the memory per identifier).
const NFA_SIZE_LIMIT: usize = 50 << 20;

/// The confirming regex, or `None` past the NFA size limit (the only way a parsed pattern
/// fails to compile).
fn build_regex(
    hir: &regex_syntax::hir::Hir,
    nfa_size_limit: Option<usize>,
    prefilter: bool,
) -> Option<Regex> {
    Regex::builder()
        .configure(
            meta::Config::new()
                .nfa_size_limit(nfa_size_limit)
                .hybrid_cache_capacity(4 << 20)
                .auto_prefilter(prefilter),
        )
        .build_from_hir(hir)
        .ok()
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
    /// At most this many findings per identifier and object are delivered (redacted and
    /// fingerprinted); the rest are only counted.
    pub(crate) occurrences: Option<u64>,
    /// The latest acceptable birth date: the day the scanner was built.
    pub(crate) today: Date,
    /// Levels of encoding decoded (base64 in an escaped string is two); 0 decodes none.
    pub(crate) decode_depth: u8,
    /// `--countries`: a finding whose validator names another country is dropped.
    pub(crate) countries: Option<Vec<String>>,
}

pub(crate) struct Inner {
    pub(crate) identifiers: Vec<Compiled>,
    /// The identifiers with a `column_value`, by slot.
    pub(crate) column_slots: Vec<u32>,
    /// Literal anchors of every identifier; pattern i triggers `anchor_targets[i]`.
    pub(crate) anchors: Option<anchors::AnchorAutomaton>,
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
    /// Indices into `digit_targets` of those without a keyword gate, in order: with no gated
    /// keyword near a group, only these are asked.
    pub(crate) ungated_digit_targets: Vec<usize>,
    /// The fewest digits a gated target takes: of a group not after a capital, and of one
    /// right after a capital (`usize::MAX` for none).
    pub(crate) gated_min_digits: [usize; 2],
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

pub(crate) fn syntax_config() -> syntax::Config {
    // Bytes mode with ASCII classes: `\w`, `\d`, `\s`, `\b` and `.` never need UTF-8 decoding,
    // and invalid UTF-8 in the haystack is fine.
    syntax::Config::new().unicode(false).utf8(false)
}

/// From the identifier's parsed regex: whether it has capture groups, the value bounds rule
/// (none without a capture group) and the context rule of each of its anchors. The regex
/// itself is compiled on first use.
fn analyse_regex(def: &Identifier) -> (bool, Option<ValueBounds>, Vec<AnchorContext>) {
    let hir = def.hir();
    let has_groups = hir.properties().explicit_captures_len() > 0;
    let contexts = def
        .anchors
        .iter()
        .map(|anchor| AnchorContext::of(hir, anchor.as_bytes()))
        .collect();
    (has_groups, ValueBounds::of(hir), contexts)
}

/// Keyword spellings: `date of birth` also matches `date_of_birth`, `date-of-birth` and
/// `dateofbirth` (so `dateOfBirth` and `<taxFileNumber>` in logs, XML and YAML, matched ASCII
/// case-insensitively); a keyword that mixes separators (`e-card nummer`) keeps its own
/// spelling too.
/// Fills every identifier's `region_rivals`: the others with region words that share one of
/// its keywords (ASCII case-insensitively).
fn link_region_rivals(identifiers: &mut [Compiled]) {
    let keywords: Vec<foldhash::HashSet<String>> = identifiers
        .iter()
        .map(|c| {
            c.def
                .keywords
                .iter()
                .map(|k| k.to_ascii_lowercase())
                .collect()
        })
        .collect();
    for i in 0..identifiers.len() {
        if identifiers[i].region_words.is_none() {
            continue;
        }
        let rivals = (0..identifiers.len())
            .filter(|&j| {
                j != i
                    && identifiers[j].region_words.is_some()
                    && !keywords[i].is_disjoint(&keywords[j])
            })
            .map(|j| j as u32)
            .collect();
        identifiers[i].region_rivals = rivals;
    }
}

fn keyword_variants(keywords: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen = foldhash::HashSet::default();
    let mut push = |v: String, out: &mut Vec<String>| {
        if seen.insert(v.clone()) {
            out.push(v);
        }
    };
    for k in keywords {
        let k = k.trim().to_ascii_lowercase();
        if !k.contains([' ', '_', '-']) {
            // One word (most keywords): its only spelling.
            push(k, &mut out);
            continue;
        }
        let parts: Vec<&str> = k.split([' ', '_', '-']).filter(|p| !p.is_empty()).collect();
        let variants = [" ", "_", "-", ""].map(|sep| parts.join(sep));
        push(k.clone(), &mut out);
        for v in variants {
            push(v, &mut out);
        }
    }
    out
}

pub(crate) fn compile(
    defs: Vec<Identifier>,
    options: Options,
    fingerprinter: Fingerprinter,
    allow: Allow,
) -> Result<Scanner, BuildError> {
    let slots = defs.len();
    let mut identifiers = Vec::with_capacity(slots);
    let mut anchor_plan = AnchorPlan::default();
    let mut digit_plan = DigitPlan::default();
    let mut anchorless_plan = AnchorlessPlan::default();
    let mut max_match_len = 1;
    let mut context_before = 1;
    for (index, def) in defs.into_iter().enumerate() {
        let slot = index as u32;
        let (has_groups, value_bounds, anchor_contexts) = analyse_regex(&def);
        let keyword_list = keyword_variants(&def.keywords);
        let max_keyword = keyword_list.iter().map(String::len).max().unwrap_or(0);
        let keyword_reach = def.anchor_lookbehind + def.maximum_match_distance + max_keyword;
        let keywords = if keyword_list.is_empty() {
            None
        } else {
            Some(Keywords::new(keyword_list.clone()))
        };
        let region_words = RegionWords::new(&def.region_words);
        if let Some(words) = &region_words {
            context_before = context_before.max(region_words::BEFORE + words.longest);
        }
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
        // Each identifier takes one candidate strategy.
        if let Some(min) = def.min_digits {
            digit_plan.add(slot, &def, min, &keyword_list, keyword_reach);
        } else if def.anchors.is_empty() {
            anchorless_plan.add(slot, &def);
        } else {
            anchor_plan.add(slot, &def, &anchor_contexts);
        }
        let meta = Arc::new(IdentifierMeta {
            id: def.id.clone(),
            name: def.name.clone(),
            category: def.category,
        });
        let mut buffer = [0u8; 64];
        let example_values = def
            .example_values
            .iter()
            .map(|v| match compact_example(v.as_bytes(), &mut buffer) {
                Some(compact) if def.low_entropy => compact.to_vec(),
                _ => v.as_bytes().to_vec(),
            })
            .collect();
        let country = (!def.countries.is_empty()).then(|| def.countries.join(","));
        let column_names = def
            .column_cell()
            .map(|_| Keywords::new(keyword_variants(&def.column_names)));
        identifiers.push(Compiled {
            def,
            meta,
            regex: OnceLock::new(),
            has_groups,
            value_bounds,
            keywords,
            max_keyword_len: max_keyword,
            region_words,
            region_rivals: Vec::new(),
            keyword_reach,
            example_values,
            ignore_words,
            country,
            column_names,
            column_regex: OnceLock::new(),
        });
    }
    link_region_rivals(&mut identifiers);
    if options.decode_depth > 0 {
        // A decoded segment is judged like a match: the bytes after its start stay in the
        // buffer until it is (see `crate::decode`).
        max_match_len = max_match_len.max(crate::decode::MAX_SEGMENT + 1);
    }
    let column_slots = (0..identifiers.len() as u32)
        .filter(|&slot| identifiers[slot as usize].column_names.is_some())
        .collect();
    let anchors = anchor_plan.build()?;
    let (anchorless, anchorless_targets, max_anchorless_len) = anchorless_plan.build()?;
    let digits = digit_plan.build(slots)?;
    Ok(Scanner {
        inner: Arc::new(Inner {
            identifiers,
            column_slots,
            anchors: anchors.anchors,
            anchor_targets: anchors.targets,
            anchor_patterns: anchors.patterns,
            anchor_extras: anchors.extras,
            max_anchor_len: anchors.max_anchor_len,
            byte_anchors: anchors.byte_anchors,
            anchorless,
            anchorless_targets,
            max_anchorless_len,
            min_digits_any: digits.min_digits_any,
            min_digits_after_uppercase: digits.min_digits_after_uppercase,
            max_min_digits: digits.max_min_digits,
            min_digits_gated: digits.min_digits_gated,
            gated_min_digits: [false, true].map(|after_uppercase| {
                digits
                    .targets
                    .iter()
                    .filter(|t| t.gate.is_some() && t.takes(usize::MAX, after_uppercase))
                    .map(|t| t.min_digits)
                    .min()
                    .unwrap_or(usize::MAX)
            }),
            ungated_digit_targets: digits
                .targets
                .iter()
                .enumerate()
                .filter(|(_, t)| t.gate.is_none())
                .map(|(i, _)| i)
                .collect(),
            digit_targets: digits.targets,
            keyword_gate: digits.keyword_gate,
            max_match_len,
            context_before: context_before + max_match_len,
            // A digit group's run is counted a few bytes per digit past the round's end.
            context_after: 16.max(3 * digits.max_min_digits + 2),
            options,
            fingerprinter,
            allow,
            regex_caches: RegexCaches::default(),
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyword_spellings() {
        assert_eq!(
            keyword_variants(&["Date of Birth".into()]),
            vec![
                "date of birth",
                "date_of_birth",
                "date-of-birth",
                "dateofbirth"
            ]
        );
        assert_eq!(
            keyword_variants(&["E-card Nummer".into()]),
            vec![
                "e-card nummer",
                "e card nummer",
                "e_card_nummer",
                "e-card-nummer",
                "ecardnummer"
            ]
        );
        assert_eq!(keyword_variants(&["cvv".into()]), vec!["cvv"]);
    }
}
