//! What [`Scanner`](crate::Scanner) compiles, once: the candidate automaton over the literal
//! anchors of every identifier, the digit-group targets and their keyword gate, the
//! anchorless multi-pattern regex, and one confirming regex per identifier. The session reads
//! these plans; it never names an identifier.

use crate::allow::Allow;
use crate::anchor_context::AnchorContext;
use crate::finding::IdentifierMeta;
use crate::fingerprint::Fingerprinter;
use crate::keywords::Keywords;
use crate::scanner::{BuildError, Scanner};
use crate::value_bounds::ValueBounds;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex_automata::hybrid::dfa::DFA as LazyDfa;
use regex_automata::meta::{self, Regex};
use regex_automata::nfa::thompson;
use regex_automata::util::syntax;
use std::collections::HashSet;
use std::sync::Arc;
use trawl_identifiers::validators::{Date, PhoneRegions};
use trawl_identifiers::{Identifier, Severity};

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

pub(crate) fn syntax_config() -> syntax::Config {
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

pub(crate) fn compile(
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
}
