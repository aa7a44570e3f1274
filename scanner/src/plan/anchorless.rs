//! Candidates of the identifiers with neither anchors nor digit groups (some custom ones): one
//! multi-pattern regex pass over the content, and an "all matches" lazy DFA around each match.

use super::{syntax_config, Identifier};
use crate::scanner::BuildError;
use regex_automata::hybrid::dfa::DFA as LazyDfa;
use regex_automata::meta::{self, Regex};
use regex_automata::nfa::thompson;

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

/// Collects the anchorless identifiers' patterns, in order.
#[derive(Default)]
pub(super) struct AnchorlessPlan {
    patterns: Vec<String>,
    targets: Vec<u32>,
    max_len: usize,
}

impl AnchorlessPlan {
    pub(super) fn add(&mut self, slot: u32, def: &Identifier) {
        self.patterns.push(def.regex.clone());
        self.max_len = self.max_len.max(def.max_match_len);
        self.targets.push(slot);
    }

    /// The pass (if any identifier needs it), pattern i's identifier, and the longest match.
    pub(super) fn build(self) -> Result<(Option<Anchorless>, Vec<u32>, usize), BuildError> {
        let AnchorlessPlan {
            patterns: anchorless_patterns,
            targets,
            max_len,
        } = self;
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
        Ok((anchorless, targets, max_len))
    }
}
