//! Keyword search: the words near a candidate that make it (or a column of them) what it
//! looks like (`cvv`, `date of birth`).

use crate::byte_masks::{alnum_mask, BLOCK};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// Keywords (ASCII case-insensitive), found as whole words (see [`keyword_is_word`]).
///
/// Keyword searches run over the text around many candidates: in source code, around most
/// 3- and 4-digit numbers. A keyword counts only as a whole word, so when every keyword starts
/// with a letter or digit it can only start where a word does: [`WordStarts`] finds word
/// starts 64 bytes at a time and tries the keywords only at the few whose first two bytes
/// begin one. On source code that took about half the instructions of an Aho-Corasick
/// search, which steps through every byte (overlapping, so with no SIMD prefilter) and then
/// throws away most of its hits (`exp` in `expect`).
///
/// The other keywords (`#tag`, one byte long, `身份证`, `ת.ז.`) are searched with Aho-Corasick:
/// its NFA, cheap to build, for the first [`DFA_AFTER_BYTES`], then its DFA (one table look-up
/// per byte), built only when a scan has asked for that much: building the DFAs of every
/// identifier had been a quarter of a scanner's build, paid before a pre-commit hook read a
/// byte. Only those keywords: one `身份证` among hundreds of Latin keywords had made the whole
/// set an automaton pass over every byte (a third of a scan of source code).
pub(crate) struct Keywords {
    patterns: Vec<String>,
    /// The ids of the keywords the automaton searches (those [`WordStarts`] cannot).
    others: OnceLock<Vec<usize>>,
    others_past_ascii: OnceLock<bool>,
    nfa: OnceLock<AhoCorasick>,
    dfa: OnceLock<Option<AhoCorasick>>,
    /// Bytes searched with the NFA so far, by every session of the scanner.
    searched: AtomicUsize,
    /// The word-start search, when every keyword allows it; built on first use (a scan of a
    /// small diff uses few of the keyword sets).
    word_starts: OnceLock<Option<WordStarts>>,
}

/// Bytes of keyword search after which building the DFA (a few milliseconds for the largest
/// keyword sets) costs less than searching on with the NFA.
const DFA_AFTER_BYTES: usize = 16 << 10;

impl Keywords {
    pub(crate) fn new(patterns: Vec<String>) -> Keywords {
        Keywords {
            word_starts: OnceLock::new(),
            others: OnceLock::new(),
            others_past_ascii: OnceLock::new(),
            patterns,
            nfa: OnceLock::new(),
            dfa: OnceLock::new(),
            searched: AtomicUsize::new(0),
        }
    }

    /// The keyword automaton, built on the first search: most keyword sets of a large
    /// catalogue are never searched in a small diff.
    fn nfa(&self) -> &AhoCorasick {
        self.nfa.get_or_init(|| {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .build(self.other_patterns())
                // At most 50 keywords of at most 90 bytes each (Macie's limits, checked when
                // the identifier was loaded): far inside the automaton's limits.
                .expect("a keyword automaton within its size limits")
        })
    }

    /// Calls `found(pattern, start, end)` for every keyword lying in `hay[from..to]` that is a
    /// whole word of `hay`, in no particular order, until `found` returns false. Returns
    /// false when it was stopped that way. An empty or inverted span holds no keyword (a
    /// value longer than its keyword distance asks for `from > to`).
    pub(crate) fn find_words(
        &self,
        hay: &[u8],
        from: usize,
        to: usize,
        mut found: impl FnMut(usize, usize, usize) -> bool,
    ) -> bool {
        if from >= to {
            return true;
        }
        let word_starts = self
            .word_starts
            .get_or_init(|| WordStarts::new(&self.patterns));
        if let Some(word_starts) = word_starts {
            if !word_starts.find(hay, from, to, &mut found) {
                return false;
            }
        }
        let others = self.others();
        // They all start with a byte past ASCII (`身份证`, `ת.ז.`, `áfa`): ASCII text has none.
        if others.is_empty() || (self.others_past_ascii() && hay[from..to].is_ascii()) {
            return true;
        }
        let input = aho_corasick::Input::new(hay).span(from..to);
        for k in self.automaton(to - from).find_overlapping_iter(input) {
            if keyword_is_word(hay, k.start(), k.end())
                && !found(others[k.pattern().as_usize()], k.start(), k.end())
            {
                return false;
            }
        }
        true
    }

    /// Whether every keyword the automaton searches starts with a byte past ASCII.
    fn others_past_ascii(&self) -> bool {
        *self.others_past_ascii.get_or_init(|| {
            self.others().iter().all(|&i| {
                self.patterns[i]
                    .as_bytes()
                    .first()
                    .is_some_and(|b| !b.is_ascii())
            })
        })
    }

    /// The ids of the keywords [`WordStarts`] cannot search.
    fn others(&self) -> &[usize] {
        self.others.get_or_init(|| {
            (0..self.patterns.len())
                .filter(|&i| !WordStarts::takes(self.patterns[i].as_bytes()))
                .collect()
        })
    }

    fn other_patterns(&self) -> Vec<&str> {
        self.others()
            .iter()
            .map(|&i| self.patterns[i].as_str())
            .collect()
    }

    /// The Aho-Corasick automaton to search `len` bytes with.
    fn automaton(&self, len: usize) -> &AhoCorasick {
        if let Some(built) = self.dfa.get() {
            return built.as_ref().unwrap_or_else(|| self.nfa());
        }
        if self.searched.fetch_add(len, Ordering::Relaxed) + len < DFA_AFTER_BYTES {
            return self.nfa();
        }
        self.dfa
            .get_or_init(|| {
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(self.other_patterns())
                    .ok()
            })
            .as_ref()
            .unwrap_or_else(|| self.nfa())
    }
}

/// Keywords tried at word starts only: a bit per pair of first two bytes, then a trie. Holds
/// the keywords at least two bytes long that start with an ASCII letter or digit, so that a
/// whole-word occurrence starts at a letter or digit with none before it.
struct WordStarts {
    /// Bit `a << 8 | b` set when some keyword starts with bytes `a b` (ASCII lower-cased).
    pairs: Box<[u64; 1024]>,
    /// Trie nodes; node 0 is the root.
    nodes: Vec<TrieNode>,
    /// The root's child for each (ASCII lower-cased) first byte, 0 for none: the root has a
    /// child for most letters, too many to look through at every word start.
    first: Box<[u32; 256]>,
    /// Every node's children as (byte, node), ASCII lower-cased, each node's in one run.
    edges: Vec<(u8, u32)>,
    /// Every node's keywords ending there (pattern ids), each node's in one run.
    ends: Vec<u32>,
}

#[derive(Clone, Copy)]
struct TrieNode {
    edges: (u32, u32),
    ends: (u32, u32),
}

impl WordStarts {
    /// Whether a keyword is searched at word starts.
    fn takes(pattern: &[u8]) -> bool {
        pattern.len() >= 2 && pattern[0].is_ascii_alphanumeric()
    }

    /// The word-start search of those of `patterns` it takes (ids as in `patterns`); `None`
    /// when it takes none.
    fn new(patterns: &[String]) -> Option<WordStarts> {
        let lower = |p: &String| p.as_bytes().to_ascii_lowercase();
        let patterns: Vec<Vec<u8>> = patterns.iter().map(lower).collect();
        if !patterns.iter().any(|p| Self::takes(p)) {
            return None;
        }
        let mut pairs = Box::new([0u64; 1024]);
        // The trie built with child lists first, then laid out in runs.
        let mut children: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut ends: Vec<Vec<u32>> = vec![Vec::new()];
        for (id, p) in patterns.iter().enumerate() {
            if !Self::takes(p) {
                continue;
            }
            let pair = usize::from(p[0]) << 8 | usize::from(p[1]);
            pairs[pair >> 6] |= 1 << (pair & 63);
            let mut node = 0;
            for &b in p {
                node = match children[node].iter().find(|e| e.0 == b) {
                    Some(&(_, child)) => child as usize,
                    None => {
                        children.push(Vec::new());
                        ends.push(Vec::new());
                        let child = children.len() - 1;
                        children[node].push((b, child as u32));
                        child
                    }
                };
            }
            ends[node].push(id as u32);
        }
        let mut first = Box::new([0u32; 256]);
        for &(byte, child) in &children[0] {
            first[usize::from(byte)] = child;
        }
        let mut trie = WordStarts {
            pairs,
            first,
            nodes: Vec::with_capacity(children.len()),
            edges: Vec::new(),
            ends: Vec::new(),
        };
        for (node_children, node_ends) in children.iter().zip(&ends) {
            let run = |start: usize, len: usize| (start as u32, (start + len) as u32);
            trie.nodes.push(TrieNode {
                edges: run(trie.edges.len(), node_children.len()),
                ends: run(trie.ends.len(), node_ends.len()),
            });
            trie.edges.extend_from_slice(node_children);
            trie.ends.extend_from_slice(node_ends);
        }
        Some(trie)
    }

    /// See [`Keywords::find_words`].
    fn find(
        &self,
        hay: &[u8],
        from: usize,
        to: usize,
        found: &mut impl FnMut(usize, usize, usize) -> bool,
    ) -> bool {
        // Every keyword has two bytes or more: the last start is `to - 2`.
        let Some(last_start) = to.checked_sub(2).filter(|&l| l >= from) else {
            return true;
        };
        let mut block = from;
        while block <= last_start {
            let block_end = (block + BLOCK).min(last_start + 1);
            // Windows around candidates are short: a block past their end is still read 64
            // bytes at once when the buffer holds them, and the bits past the end dropped.
            let len = block_end - block;
            let alnum = match hay.get(block..block + BLOCK) {
                Some(full) => alnum_mask(full) & (u64::MAX >> (64 - len)),
                None => alnum_mask(&hay[block..block_end]),
            };
            let before = u64::from(block > 0 && hay[block - 1].is_ascii_alphanumeric());
            let mut starts = alnum & !((alnum << 1) | before);
            while starts != 0 {
                let start = block + starts.trailing_zeros() as usize;
                starts &= starts - 1;
                let first = hay[start].to_ascii_lowercase();
                let pair =
                    usize::from(first) << 8 | usize::from(hay[start + 1].to_ascii_lowercase());
                if self.pairs[pair >> 6] & (1 << (pair & 63)) != 0
                    && !self.walk(hay, start, self.first[usize::from(first)], to, found)
                {
                    return false;
                }
            }
            block = block_end;
        }
        true
    }

    /// Follows the trie from a word start at `start` whose first byte led to `node`,
    /// reporting each keyword that ends at a word's end by `to`.
    fn walk(
        &self,
        hay: &[u8],
        start: usize,
        node: u32,
        to: usize,
        found: &mut impl FnMut(usize, usize, usize) -> bool,
    ) -> bool {
        // No keyword is one byte long: the root's child has no ends.
        let mut node = self.nodes[node as usize];
        let mut at = start + 1;
        loop {
            let (a, b) = node.ends;
            if a < b && keyword_is_word(hay, start, at) {
                for &pattern in &self.ends[a as usize..b as usize] {
                    if !found(pattern as usize, start, at) {
                        return false;
                    }
                }
            }
            if at >= to {
                return true;
            }
            let byte = hay[at].to_ascii_lowercase();
            let (a, b) = node.edges;
            match self.edges[a as usize..b as usize]
                .iter()
                .find(|e| e.0 == byte)
            {
                Some(&(_, child)) => node = self.nodes[child as usize],
                None => return true,
            }
            at += 1;
        }
    }
}

/// A keyword counts only as a whole word: `dob` in `adobe` is not a keyword. (A keyword that
/// itself starts or ends with punctuation needs no boundary on that side.) A short one (three
/// bytes at most) followed by a dot and a letter is the label of a host or file name
/// (`dl.acm.org`, `ssn.txt`), not a word either.
pub(crate) fn keyword_is_word(hay: &[u8], start: usize, end: usize) -> bool {
    let before_ok = start == 0 || !word_ends_at(hay, start) || !word_starts_at(hay, start);
    let after_ok = end >= hay.len() || !word_starts_at(hay, end) || !word_ends_at(hay, end);
    let dotted_name = end - start <= 3
        && hay[end - 1].is_ascii_alphanumeric()
        && hay.get(end) == Some(&b'.')
        && hay.get(end + 1).is_some_and(u8::is_ascii_alphabetic);
    before_ok && after_ok && !dotted_name
}

/// Words that say a code name is about the value it holds, not about something else: with a
/// keyword they make `customer_phone`, `card_number`, `TEST_CARD_2` or `home_tel_no` name a
/// phone or a card, where `ND_IOCTL_CALL` and `PHONE_TYPE_ID` name an ioctl and a type.
const VALUE_NAME_WORDS: &[&str] = &[
    "number",
    "numbers",
    "num",
    "nums",
    "no",
    "nr",
    "nbr",
    "nro",
    "numero",
    "value",
    "val",
    "str",
    "string",
    "text",
    "txt",
    "digits",
    "e164",
    "raw",
    "formatted",
    "full",
    "home",
    "work",
    "mobile",
    "cell",
    "cellular",
    "office",
    "main",
    "primary",
    "secondary",
    "alt",
    "alternate",
    "alternative",
    "other",
    "personal",
    "business",
    "private",
    "direct",
    "daytime",
    "landline",
    "customer",
    "user",
    "client",
    "contact",
    "emergency",
    "billing",
    "shipping",
    "owner",
    "holder",
    "member",
    "patient",
    "employee",
    "guest",
    "support",
    "sales",
    "default",
    "test",
    "sample",
    "example",
    "my",
    "your",
    "new",
    "old",
    "intl",
    "international",
    "national",
    "local",
    "credit",
    "debit",
    "payment",
    "card",
    "pan",
    "cc",
    "phone",
    "tel",
    "telephone",
    "fax",
    "sms",
    "whatsapp",
];

/// Whether the keyword at `hay[start..end]` is one word of a longer code name joined by `_`
/// (`ND_IOCTL_CALL`, `PHONE_TYPE_ID`) whose other words are not [`VALUE_NAME_WORDS`] (or
/// digits): such a name is about something else, and its keyword does not name the number
/// assigned to it.
pub(crate) fn keyword_in_other_name(hay: &[u8], start: usize, end: usize) -> bool {
    let joined_before = start > 0 && hay[start - 1] == b'_';
    let joined_after = hay.get(end) == Some(&b'_');
    if !joined_before && !joined_after {
        return false;
    }
    /// Names longer than this are not looked at past it.
    const NAME_REACH: usize = 64;
    let name_byte = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    let lo = start.saturating_sub(NAME_REACH);
    let name_start = hay[lo..start]
        .iter()
        .rposition(|b| !name_byte(b))
        .map_or(lo, |p| lo + p + 1);
    let hi = (end + NAME_REACH).min(hay.len());
    let name_end = hay[end..hi]
        .iter()
        .position(|b| !name_byte(b))
        .map_or(hi, |p| end + p);
    let other_words = hay[name_start..start]
        .split(|&b| b == b'_')
        .chain(hay[end..name_end].split(|&b| b == b'_'));
    other_words.filter(|w| !w.is_empty()).any(|word| {
        !word.iter().all(u8::is_ascii_digit)
            && !VALUE_NAME_WORDS
                .iter()
                .any(|v| v.as_bytes().eq_ignore_ascii_case(word))
    })
}

/// Whether a letter or digit starts at `hay[i]`: ASCII, or a Latin letter with a diacritic
/// (U+00C0–U+024F, two bytes in UTF-8), so that `né` is not a word inside `Pénélope`.
fn word_starts_at(hay: &[u8], i: usize) -> bool {
    hay[i].is_ascii_alphanumeric()
        || (latin_lead(hay[i]) && hay.get(i + 1).is_some_and(|&b| continuation(b)))
}

/// Whether a letter or digit ends just before `hay[i]` (see [`word_starts_at`]).
fn word_ends_at(hay: &[u8], i: usize) -> bool {
    hay[i - 1].is_ascii_alphanumeric()
        || (i >= 2 && continuation(hay[i - 1]) && latin_lead(hay[i - 2]))
}

/// The first byte of U+00C0–U+024F (Latin-1 letters, Latin Extended-A and -B).
fn latin_lead(b: u8) -> bool {
    (0xC3..=0xC9).contains(&b)
}

fn continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

#[cfg(test)]
mod tests {
    use super::Keywords;

    /// Every whole-word keyword in `hay[from..to]`, by Aho-Corasick over every byte.
    fn by_automaton(
        keywords: &Keywords,
        hay: &[u8],
        from: usize,
        to: usize,
    ) -> Vec<(usize, usize, usize)> {
        let input = aho_corasick::Input::new(hay).span(from..to);
        let every = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&keywords.patterns)
            .unwrap();
        let mut hits: Vec<_> = every
            .find_overlapping_iter(input)
            .filter(|k| super::keyword_is_word(hay, k.start(), k.end()))
            .map(|k| (k.pattern().as_usize(), k.start(), k.end()))
            .collect();
        hits.sort_unstable();
        hits
    }

    fn by_word_starts(
        keywords: &Keywords,
        hay: &[u8],
        from: usize,
        to: usize,
    ) -> Vec<(usize, usize, usize)> {
        let mut hits = Vec::new();
        keywords.find_words(hay, from, to, |p, s, e| {
            hits.push((p, s, e));
            true
        });
        hits.sort_unstable();
        hits
    }

    #[test]
    fn keywords_are_not_words_inside_accented_words() {
        let word = |text: &str, keyword: &str| {
            let start = text.find(keyword).unwrap();
            super::keyword_is_word(text.as_bytes(), start, start + keyword.len())
        };
        assert!(!word("Pénélope: J'ai passé", "né"));
        assert!(word("Mme Durand, née le 3 mai", "née"));
        assert!(word("Né le 3 mai", "Né"));
        assert!(word("Teléfono móvil: 612", "móvil"));
        assert!(!word("inmóvil", "móvil"));
    }

    #[test]
    fn keywords_in_names_of_other_things() {
        let other = |text: &str, keyword: &str| {
            let start = text.find(keyword).unwrap();
            super::keyword_in_other_name(text.as_bytes(), start, start + keyword.len())
        };
        assert!(other("pub const ND_IOCTL_CALL: u32 = 3225439754;", "CALL"));
        assert!(other("PHONE_TYPE_ID = 2025550143", "PHONE"));
        assert!(!other("customer_phone = \"+1 202 555 0143\"", "phone"));
        assert!(!other("card_number: 4556737586899855", "card"));
        assert!(!other("TEST_CARD_2 = 4556737586899855", "CARD"));
        assert!(!other("phone: +1 202 555 0143", "phone"));
        assert!(!other("Call me on +1 202 555 0143", "Call"));
    }

    #[test]
    fn word_starts_find_what_the_automaton_finds() {
        let patterns: Vec<String> = [
            "exp",
            "exp date",
            "expiry",
            "cvv",
            "cvv2",
            "card verification code",
            "verification code",
            "date of birth",
            "date_of_birth",
            "dob",
            "d.o.b",
            "d.o.b.",
            "né le",
            "né",
            "ssn#",
            "b-day",
            "nato il",
            "nato",
            "3ds",
            "#tag",
            "x",
            "身份证",
            "ת.ז.",
        ]
        .map(String::from)
        .to_vec();
        let keywords = Keywords::new(patterns.clone());
        assert!(
            keywords.word_starts.get().is_none(),
            "built before first use"
        );
        keywords.find_words(b"no keyword", 0, 10, |_, _, _| true);
        assert!(keywords.word_starts.get().is_some_and(Option::is_some));
        // Text made of keyword pieces, case changes and separators, from a fixed seed.
        let pieces: &[&[u8]] = &[
            b"exp",
            b"EXP",
            b"iry",
            b" ",
            b"_",
            b"-",
            b".",
            b"date",
            b"of",
            b"birth",
            b"DoB",
            b"d.o.b",
            b"n\xc3\xa9",
            b"le",
            b"ssn",
            b"#",
            b"cvv",
            b"2",
            b"card",
            b"verification",
            b"code",
            b"x",
            b"9",
            b"\n",
            b"nato",
            b"il",
            b"b-day",
            b"3ds",
            b"\xc3",
            "#tag".as_bytes(),
            "身份证".as_bytes(),
            "ת.ז.".as_bytes(),
        ];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let mut total = 0;
        for _ in 0..300 {
            let mut hay = Vec::new();
            while hay.len() < 400 {
                hay.extend_from_slice(pieces[next(pieces.len())]);
            }
            let from = next(40);
            let to = hay.len() - next(40);
            let expected = by_automaton(&keywords, &hay, from, to);
            total += expected.len();
            assert_eq!(
                by_word_starts(&keywords, &hay, from, to),
                expected,
                "{:?}",
                String::from_utf8_lossy(&hay)
            );
        }
        assert!(total > 1000, "the text holds few keywords: {total}");
        // Stopping early reports no more.
        let hay = b"dob, dob and dob";
        let mut seen = 0;
        assert!(!keywords.find_words(hay, 0, hay.len(), |_, _, _| {
            seen += 1;
            seen < 2
        }));
        assert_eq!(seen, 2);
    }

    #[test]
    fn keywords_not_starting_a_word_use_the_automaton() {
        for patterns in [vec!["#tag", "dob"], vec!["x", "dob"], vec!["#tag", "x"]] {
            let patterns: Vec<String> = patterns.into_iter().map(String::from).collect();
            let keywords = Keywords::new(patterns);
            keywords.find_words(b"no keyword", 0, 10, |_, _, _| true);
            // Only the keywords word starts cannot find go to the automaton.
            assert_eq!(
                keywords.others().len(),
                if keywords.patterns.contains(&"dob".to_string()) {
                    1
                } else {
                    2
                }
            );
            let hay = b"a #tag, x and dob";
            assert_eq!(by_word_starts(&keywords, hay, 0, hay.len()).len(), 2);
        }
    }
}

#[cfg(test)]
mod dotted_name_tests {
    use super::keyword_is_word;

    #[test]
    fn a_short_keyword_in_a_host_or_file_name_is_no_word() {
        let at = |text: &str, keyword: &str| {
            let start = text.find(keyword).unwrap();
            keyword_is_word(text.as_bytes(), start, start + keyword.len())
        };
        assert!(!at("https://dl.acm.org/citation.cfm?id=3192369", "dl"));
        assert!(!at("see ssn.txt", "ssn"));
        assert!(at("DL: D4820175", "DL"));
        assert!(at("DL.123456", "DL"), "a dot and a digit: the value");
        assert!(at("ssn. 078-05-1120", "ssn"));
        assert!(
            at("passport.number=533380006", "passport"),
            "longer keywords"
        );
    }
}
