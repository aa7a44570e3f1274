//! Region words: words naming an identifier's country or region (`Australia`, `NSW`,
//! `österreichischer`), looked for around a value. They never make a value a finding; they
//! decide between identifiers that read the same value after a keyword they share (see
//! `session::settle` and `Session::confirm`).

use crate::keywords::Keywords;

/// How far before a value a region word is looked for: the sentence or CSV row it is in.
pub(crate) const BEFORE: usize = 200;
/// How far after a value a region word is looked for, as far as the buffer holds.
pub(crate) const AFTER: usize = 100;

/// An identifier's region words with their spellings (`New South Wales`, `new_south_wales`).
pub(crate) struct RegionWords {
    words: Keywords,
    /// Per spelling, the exact bytes when it is a code written in capitals only (`TX`, `ON`,
    /// `IN`, `DE`): a code counts only in capitals, or `on`, `in` and `de` would be region
    /// words of every sentence.
    exact: Vec<Option<Vec<u8>>>,
    /// The longest spelling, for the bytes a session keeps before a value.
    pub(crate) longest: usize,
}

impl RegionWords {
    /// The words, each in the spellings keywords take (lower case; words joined by a space,
    /// `_`, `-` or nothing: `New South Wales`, `new_south_wales`, `newsouthwales`); `None`
    /// when there are none. Built without a set: a catalogue has thousands of region words,
    /// and this runs at every start.
    pub(crate) fn new(words: &[String]) -> Option<RegionWords> {
        if words.is_empty() {
            return None;
        }
        let mut spellings: Vec<String> = Vec::with_capacity(words.len() * 2);
        let mut exact = Vec::with_capacity(words.len() * 2);
        for word in words {
            let word = word.trim();
            let code = word.bytes().all(|b| b.is_ascii_uppercase());
            let lower = word.to_ascii_lowercase();
            let parts: Vec<&str> = lower
                .split([' ', '_', '-'])
                .filter(|p| !p.is_empty())
                .collect();
            let mut push = |spelling: String| {
                if !spellings.contains(&spelling) {
                    exact.push(code.then(|| word.as_bytes().to_vec()));
                    spellings.push(spelling);
                }
            };
            if parts.len() > 1 {
                for separator in [" ", "_", "-", ""] {
                    push(parts.join(separator));
                }
            }
            push(lower);
        }
        let longest = spellings.iter().map(String::len).max().unwrap_or(0);
        Some(RegionWords {
            words: Keywords::new(spellings),
            exact,
            longest,
        })
    }

    /// Whether one of the words lies within [`BEFORE`] bytes before the value `hay[vs..ve]` or
    /// [`AFTER`] after it: in text the sentence around it; in CSV and JSON (`one_line`) its own
    /// row or record line, where a `state` or `country` cell sits. The value itself does not
    /// count. With `strict`, a code followed by a digit (`NU 415 987`, `SK5720…`) is the start
    /// of another value, not a region.
    pub(crate) fn near(
        &self,
        hay: &[u8],
        vs: usize,
        ve: usize,
        one_line: bool,
        strict: bool,
    ) -> bool {
        let mut found = |pattern: usize, start: usize, end: usize| match &self.exact[pattern] {
            Some(code) => {
                let value_follows = || {
                    let rest = &hay[end..];
                    let rest = rest
                        .strip_prefix(b" ")
                        .or_else(|| rest.strip_prefix(b"-"))
                        .unwrap_or(rest);
                    rest.first().is_some_and(u8::is_ascii_digit)
                };
                hay[start..end] != code[..] || (strict && value_follows())
            }
            None => false,
        };
        let (from, to) = around(hay, vs, ve, one_line);
        !self.words.find_words(hay, from, vs, &mut found)
            || !self.words.find_words(hay, ve, to, &mut found)
    }
}

/// Where region words are looked for around the value `hay[vs..ve]`: [`BEFORE`] bytes before
/// it and [`AFTER`] after, within its line when `one_line`.
fn around(hay: &[u8], vs: usize, ve: usize, one_line: bool) -> (usize, usize) {
    let mut from = vs.saturating_sub(BEFORE);
    let mut to = (ve + AFTER).min(hay.len());
    if one_line {
        from = memchr::memrchr(b'\n', &hay[from..vs]).map_or(from, |p| from + p + 1);
        to = memchr::memchr(b'\n', &hay[ve..to]).map_or(to, |p| ve + p);
    }
    (from, to)
}

impl RegionWords {
    /// Whether the region words around the value (as [`near`](Self::near) looks) are only
    /// codes (`DE`, `ND`), and none is `own`: the row or sentence says the value is from
    /// another region. A name (`North Dakota`, `Germany`) anywhere near, or no word at all,
    /// says nothing of the kind.
    pub(crate) fn only_other_codes_near(
        &self,
        hay: &[u8],
        (vs, ve): (usize, usize),
        one_line: bool,
        own: &[u8],
    ) -> bool {
        let (mut other, mut own_or_name) = (false, false);
        let mut seen = |pattern: usize, start: usize, end: usize| {
            match &self.exact[pattern] {
                Some(code) if hay[start..end] == code[..] => {
                    if code[..] == *own {
                        own_or_name = true;
                    } else {
                        other = true;
                    }
                }
                // A code in lower case is no code (see `exact`).
                Some(_) => {}
                None => own_or_name = true,
            }
            !own_or_name
        };
        let (from, to) = around(hay, vs, ve, one_line);
        // The search stops at a word of its own region or a name.
        let _ = !self.words.find_words(hay, from, vs, &mut seen)
            || !self.words.find_words(hay, ve, to, &mut seen);
        other && !own_or_name
    }

    /// Whether one of the words is among `words` (a column name or key split into words),
    /// codes in any case.
    pub(crate) fn named_in(&self, words: &[u8]) -> bool {
        !self
            .words
            .find_words(words, 0, words.len(), |_, _, _| false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_codes_alone_say_the_value_is_from_elsewhere() {
        let words = RegionWords::new(&["North Dakota".into(), "ND".into(), "DE".into()]).unwrap();
        let elsewhere = |text: &str| {
            let vs = text.find("CYW841813").unwrap();
            words.only_other_codes_near(text.as_bytes(), (vs, vs + 9), true, b"ND")
        };
        assert!(elsewhere(
            r#"{"land": "DE", "driving_licence_number": "CYW841813"}"#
        ));
        assert!(!elsewhere(
            r#"{"state": "ND", "dl": "CYW841813", "from": "DE"}"#
        ));
        assert!(!elsewhere("North Dakota DL CYW841813, mailed to Dover DE"));
        assert!(!elsewhere("DL CYW841813"), "no region word: nothing said");
        assert!(!elsewhere("de DL CYW841813"), "`de` is no code");
    }

    #[test]
    fn codes_count_in_capitals_only_and_the_value_never() {
        let words = RegionWords::new(&["Ontario".into(), "ON".into()]).unwrap();
        let near = |text: &str, value: &str| {
            let vs = text.find(value).unwrap();
            words.near(text.as_bytes(), vs, vs + value.len(), false, false)
        };
        assert!(near("ontario licence 40718263", "40718263"));
        assert!(near("licence 40718263, Toronto ON", "40718263"));
        assert!(
            !near("licence on file: 40718263", "40718263"),
            "`on` is no code"
        );
        assert!(!near("licence 40718263", "40718263"));
        assert!(
            !near("licence ON40718263", "ON40718263"),
            "inside the value"
        );
        let far = format!("Ontario {} licence 40718263", "x".repeat(BEFORE));
        assert!(!near(&far, "40718263"));
        let text = b"ON 415 987,x\nAnn,40718263,x";
        let vs = 17;
        assert!(words.near(text, vs, vs + 8, false, false));
        assert!(
            !words.near(text, vs, vs + 8, false, true),
            "a value's start"
        );
        assert!(
            !words.near(text, vs, vs + 8, true, false),
            "another CSV row"
        );
    }
}
