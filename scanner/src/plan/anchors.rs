//! Candidates by literal anchor: one Aho-Corasick automaton over the anchors of every
//! anchored identifier (one-byte anchors found with memchr instead), each hit tried for the
//! identifiers whose regex allows the bytes around it.

use super::Identifier;
use crate::anchor_context::AnchorContext;
use crate::scanner::BuildError;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use foldhash::{HashMap, HashMapExt};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// Bytes a scanner searches with its first automaton before it builds the faster one: the DFA
/// of a catalogue of several hundred anchors costs about 10 ms to build and saves about 1.4 ns
/// per byte over the NFA, so it pays for itself after about 7 MB. A pre-commit hook or an
/// upload check never builds it; a directory or bucket sweep does, once.
const DFA_AFTER_BYTES: u64 = 8 << 20;

/// The anchor search. Up to a hundred or so anchors, the automaton is a DFA with a SIMD
/// (Teddy) prefilter from the start. A larger catalogue starts with an NFA, cheap to build,
/// and switches to a DFA once the scanner has read [`DFA_AFTER_BYTES`].
pub(crate) struct AnchorAutomaton {
    first: AhoCorasick,
    /// Whether `first` is not a DFA already, so one is worth building.
    upgrade: bool,
    dfa: OnceLock<Option<AhoCorasick>>,
    searched: AtomicU64,
}

impl AnchorAutomaton {
    fn new(patterns: &[Vec<u8>]) -> Result<AnchorAutomaton, BuildError> {
        let first = builder()
            .build(patterns)
            .map_err(|e| BuildError::Automaton(e.to_string()))?;
        Ok(AnchorAutomaton {
            upgrade: first.kind() != AhoCorasickKind::DFA,
            first,
            dfa: OnceLock::new(),
            searched: AtomicU64::new(0),
        })
    }

    /// The automaton to search `len` more bytes with; `patterns` are the ones it was built
    /// from (the plan keeps them), for the DFA.
    pub(crate) fn for_search(&self, len: usize, patterns: &[Vec<u8>]) -> &AhoCorasick {
        if !self.upgrade {
            return &self.first;
        }
        if let Some(dfa) = self.dfa.get() {
            return dfa.as_ref().unwrap_or(&self.first);
        }
        let before = self.searched.fetch_add(len as u64, Ordering::Relaxed);
        if before < DFA_AFTER_BYTES {
            return &self.first;
        }
        // A DFA too large to build (the crate's limits) keeps the NFA.
        self.dfa
            .get_or_init(|| {
                builder()
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(patterns)
                    .ok()
            })
            .as_ref()
            .unwrap_or(&self.first)
    }
}

/// Leftmost-longest keeps the SIMD (Teddy) prefilter, several times faster than an
/// overlapping search; `extras` recovers the anchors it steps over.
fn builder() -> AhoCorasickBuilder {
    let mut builder = AhoCorasickBuilder::new();
    builder.match_kind(MatchKind::LeftmostLongest);
    builder
}

/// An identifier tried at the hits of one of its anchors, with the bytes its regex allows
/// around that anchor (a hit between other bytes is no candidate).
#[derive(Clone, Copy)]
pub(crate) struct AnchorTarget {
    pub(crate) slot: u32,
    pub(crate) context: AnchorContext,
}

/// Collects the anchors of the identifiers, in order.
#[derive(Default)]
pub(super) struct AnchorPlan {
    patterns: Vec<Vec<u8>>,
    targets: Vec<Vec<AnchorTarget>>,
    /// Where each pattern is in `patterns` (a catalogue has hundreds).
    index: HashMap<Vec<u8>, usize>,
}

/// What the session's anchor search reads (see `Inner`).
pub(super) struct AnchorSearch {
    pub(super) anchors: Option<AnchorAutomaton>,
    pub(super) targets: Vec<Vec<AnchorTarget>>,
    pub(super) patterns: Vec<Vec<u8>>,
    pub(super) extras: Vec<Vec<(usize, usize)>>,
    pub(super) max_anchor_len: usize,
    pub(super) byte_anchors: Vec<(u8, Vec<AnchorTarget>)>,
}

impl AnchorPlan {
    /// The anchors of identifier `slot`, with the context its regex allows around each.
    pub(super) fn add(&mut self, slot: u32, def: &Identifier, contexts: &[AnchorContext]) {
        for (anchor, &context) in def.anchors.iter().zip(contexts) {
            let target = AnchorTarget { slot, context };
            match self.index.get(anchor.as_bytes()) {
                Some(&p) if !self.targets[p].iter().any(|t| t.slot == target.slot) => {
                    self.targets[p].push(target)
                }
                Some(_) => {}
                None => {
                    let bytes = anchor.as_bytes().to_vec();
                    self.index.insert(bytes.clone(), self.patterns.len());
                    self.patterns.push(bytes);
                    self.targets.push(vec![target]);
                }
            }
        }
    }

    pub(super) fn build(self) -> Result<AnchorSearch, BuildError> {
        let AnchorPlan {
            patterns: mut anchor_patterns,
            targets: mut anchor_targets,
            index: _,
        } = self;
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
        let extras = overlapping_anchors(&anchor_patterns);
        let max_anchor_len = anchor_patterns.iter().map(Vec::len).max().unwrap_or(0);
        let anchors = if anchor_patterns.is_empty() {
            None
        } else {
            Some(AnchorAutomaton::new(&anchor_patterns)?)
        };
        Ok(AnchorSearch {
            anchors,
            targets: anchor_targets,
            patterns: anchor_patterns,
            extras,
            max_anchor_len,
            byte_anchors,
        })
    }
}

/// Whether two anchors can overlap in a text (one contains the other, or a suffix of one is a
/// prefix of the other). Only then is the slower overlapping search needed to see them all.
/// For each pattern, the `(offset, pattern)` pairs where a pattern can start inside it:
/// contained in it, a shorter prefix of it, or beginning with one of its suffixes; the pattern
/// itself too where it overlaps itself (`zz` in `zzz`, `AKIA` in `AKIAKIA`), which a
/// non-overlapping search steps over as well.
fn overlapping_anchors(patterns: &[Vec<u8>]) -> Vec<Vec<(usize, usize)>> {
    // Looked up by bytes rather than compared pairwise: a catalogue has hundreds of anchors.
    let mut whole: HashMap<&[u8], Vec<usize>> = HashMap::new();
    let mut by_prefix: HashMap<&[u8], Vec<usize>> = HashMap::new();
    for (j, b) in patterns.iter().enumerate() {
        whole.entry(b.as_slice()).or_default().push(j);
        for m in 1..b.len() {
            by_prefix.entry(&b[..m]).or_default().push(j);
        }
    }
    patterns
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let mut extras = Vec::new();
            for k in 0..a.len() {
                let rest = &a[k..];
                // Patterns inside the rest of `a` from k (as long as it, or shorter)...
                for m in 1..=rest.len() {
                    for &j in whole.get(&rest[..m]).into_iter().flatten() {
                        extras.push((k, j));
                    }
                }
                // ...and longer patterns the rest of `a` begins.
                for &j in by_prefix.get(rest).into_iter().flatten() {
                    extras.push((k, j));
                }
            }
            // A pattern's match at offset 0 is the one found.
            extras.retain(|&(k, j)| !(k == 0 && j == i));
            extras.sort_by_key(|&(k, j)| (j, k));
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
        assert_eq!(extras(&[b"ghp_", b"xoxb"]), vec![vec![], vec![]]);
        // A pattern that overlaps itself: `AKIAKIA` holds AKIA at 0 and 3.
        assert_eq!(extras(&[b"AKIA", b"ghp_"]), vec![vec![(3, 0)], vec![]]);
        assert_eq!(extras(&[b"zz"]), vec![vec![(1, 0)]]);
        // "ghp" is a prefix of "ghp_"; "ghp_" begins where "ghp" is matched.
        assert_eq!(extras(&[b"ghp", b"ghp_"]), vec![vec![(0, 1)], vec![(0, 0)]]);
        assert_eq!(extras(&[b"abc", b"cde"]), vec![vec![(2, 1)], vec![]]);
        assert_eq!(
            extras(&[b"xabcx", b"abc"]),
            vec![vec![(4, 0), (1, 1)], vec![]]
        );
    }
}
