//! libphonenumber's metadata compiled for validation: one multi-pattern regex per region.
//!
//! The metadata is what the `phonenumber` crate ships, kept here as plain data
//! (`phone_data.rs`, generated from that crate by a test of this module, which fails when the
//! two differ): loading the crate's own database parses the syntax of every one of its
//! thousands of patterns, about 84 ms before the first number could be checked.
//!
//! The `phonenumber` crate parses a number in about 6 µs, most of it in a shared regex
//! cache (a mutex, SipHash, an LRU list) and string building. Validation needs much less: the
//! national significant number must fully match the region's general pattern and one of its
//! number-type patterns, each with its possible lengths. Here each region's patterns are
//! compiled once, on the region's first number, into one regex that reports every type that
//! matches, so a check is one anchored search over a dozen digits.

use regex_automata::meta::Regex;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, PatternID, PatternSet};
use std::collections::HashMap;
use std::sync::OnceLock;

/// A valid number: its region, calling code and national significant number (digits).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Valid<'a> {
    pub(crate) region: &'static str,
    pub(crate) code: u16,
    pub(crate) national: &'a [u8],
}

/// One region's metadata, as `phone_data.rs` holds it.
struct RegionData {
    /// ISO 3166 code (`001` for non-geographic entities).
    id: &'static str,
    code: u16,
    /// National-number patterns (libphonenumber's extended syntax): the general description
    /// first, then those of the region's number types.
    patterns: &'static [&'static str],
    /// Per pattern: its possible lengths (empty: any).
    lengths: &'static [&'static [u16]],
    /// The national prefix to strip (`0`), as a pattern; `None` for regions that rewrite the
    /// number after the prefix (Argentina's mobiles), which are read as written.
    national_prefix: Option<&'static str>,
    /// Per number type (`patterns[1..]`): the metadata's example number.
    #[cfg_attr(not(test), allow(dead_code))]
    examples: &'static [Option<&'static str>],
}

include!("phone_data.rs");

struct Region {
    data: &'static RegionData,
    checker: OnceLock<Option<Checker>>,
}

/// A region's patterns: pattern 0 is the general description, the others the number types.
struct Checker {
    patterns: Regex,
    lengths: Vec<&'static [u16]>,
    national_prefix: Option<Regex>,
}

struct Tables {
    regions: Vec<Region>,
    by_id: HashMap<&'static str, usize>,
    /// Regions of a calling code, the main country first.
    by_code: HashMap<u16, Vec<usize>>,
    /// Per calling code shared by several regions: which of them a number may belong to.
    shared_codes: HashMap<u16, OnceLock<Option<SharedCode>>>,
}

/// The regions of one calling code (25 share `+1`) screened at once: one anchored search
/// over the general patterns of all of them, with and without each region's national prefix,
/// names the only regions where the number can be valid. Without it an invalid `+1` number
/// cost a search in every one of the 25 regions.
struct SharedCode {
    /// Two patterns per region, in `by_code` order: the general pattern, and the national
    /// prefix followed by it (a superset of what `Checker::strip_prefix` then tries).
    screen: Regex,
}

impl SharedCode {
    fn new(regions: &[Region], members: &[usize]) -> Option<SharedCode> {
        let mut sources = Vec::new();
        for &r in members {
            let data = regions[r].data;
            let general = data.patterns[0];
            sources.push(format!("(?:{general})$"));
            // A region without a prefix gets its general pattern twice: pattern numbers
            // stay two per region.
            let prefix = data.national_prefix.unwrap_or_default();
            sources.push(format!("(?:{prefix})(?:{general})$"));
        }
        let screen = Regex::builder()
            .syntax(syntax_config())
            .configure(Regex::config().match_kind(MatchKind::All))
            .build_many(&sources)
            .ok()?;
        Some(SharedCode { screen })
    }
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut tables = Tables {
            regions: Vec::new(),
            by_id: HashMap::new(),
            by_code: HashMap::new(),
            shared_codes: HashMap::new(),
        };
        // `REGIONS` lists main countries first: shared calling codes try them first.
        for data in REGIONS {
            let index = tables.regions.len();
            tables.regions.push(Region {
                data,
                checker: OnceLock::new(),
            });
            tables.by_id.insert(data.id, index);
            tables.by_code.entry(data.code).or_default().push(index);
        }
        for (&code, members) in &tables.by_code {
            if members.len() > 1 {
                tables.shared_codes.insert(code, OnceLock::new());
            }
        }
        tables
    })
}

fn syntax_config() -> syntax::Config {
    // The metadata's patterns are written in extended mode; the input is ASCII digits.
    syntax::Config::new().unicode(false).ignore_whitespace(true)
}

impl Checker {
    fn new(data: &'static RegionData) -> Option<Checker> {
        let sources: Vec<String> = data.patterns.iter().map(|p| format!("(?:{p})$")).collect();
        let patterns = Regex::builder()
            .syntax(syntax_config())
            .configure(Regex::config().match_kind(MatchKind::All))
            .build_many(&sources)
            .ok()?;
        let national_prefix = data
            .national_prefix
            .and_then(|p| Regex::builder().syntax(syntax_config()).build(p).ok());
        Some(Checker {
            patterns,
            lengths: data.lengths.to_vec(),
            national_prefix,
        })
    }

    /// Whether `national` fully matches the general pattern and one number type, each with
    /// one of its possible lengths (an empty list allows any).
    fn valid(&self, national: &[u8]) -> bool {
        let length_ok = |p: usize| {
            let lengths = self.lengths[p];
            lengths.is_empty() || lengths.contains(&(national.len() as u16))
        };
        if !length_ok(0) {
            return false;
        }
        let input = Input::new(national).anchored(Anchored::Yes);
        with_pattern_set(self.patterns.pattern_len(), |set| {
            self.patterns.which_overlapping_matches(&input, set);
            set.contains(0.into())
                && set
                    .iter()
                    .any(|p| p.as_usize() > 0 && length_ok(p.as_usize()))
        })
    }

    /// `national` without its national prefix (`0` in `030 …`), when the region has one and
    /// it is there.
    fn strip_prefix<'a>(&self, national: &'a [u8]) -> Option<&'a [u8]> {
        let m = self
            .national_prefix
            .as_ref()?
            .find(Input::new(national).anchored(Anchored::Yes))?;
        (m.end() > 0).then(|| &national[m.end()..])
    }
}

impl Region {
    fn checker(&self) -> Option<&Checker> {
        self.checker
            .get_or_init(|| Checker::new(self.data))
            .as_ref()
    }

    /// The number as dialled in this region (with or without its national prefix), if valid.
    fn validate<'a>(&self, digits: &'a [u8]) -> Option<Valid<'a>> {
        let checker = self.checker()?;
        let national = checker
            .strip_prefix(digits)
            .filter(|stripped| checker.valid(stripped))
            .or_else(|| checker.valid(digits).then_some(digits))?;
        Some(Valid {
            region: self.data.id,
            code: self.data.code,
            national,
        })
    }
}

/// A national-format number (ASCII digits only) valid in region `id`.
pub(crate) fn national<'a>(id: &str, digits: &'a [u8]) -> Option<Valid<'a>> {
    let tables = tables();
    tables.regions[*tables.by_id.get(id)?].validate(digits)
}

/// An international number (ASCII digits after `+` or `00`): its calling code (calling codes
/// are prefix-free), then a region of that code where the rest is valid, the main country
/// first.
pub(crate) fn international(digits: &[u8]) -> Option<Valid<'_>> {
    let tables = tables();
    (1..=3.min(digits.len())).find_map(|len| {
        let code = digits[..len]
            .iter()
            .fold(0u16, |acc, d| acc * 10 + u16::from(d - b'0'));
        let regions = tables.by_code.get(&code)?;
        let national = &digits[len..];
        let shared = tables.shared_codes.get(&code).and_then(|cell| {
            cell.get_or_init(|| SharedCode::new(&tables.regions, regions))
                .as_ref()
        });
        match shared {
            Some(shared) => with_pattern_set(shared.screen.pattern_len(), |set| {
                let input = Input::new(national).anchored(Anchored::Yes);
                shared.screen.which_overlapping_matches(&input, set);
                regions
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| {
                        let pattern = |p: usize| PatternID::new(p).is_ok_and(|p| set.contains(p));
                        pattern(2 * i) || pattern(2 * i + 1)
                    })
                    .find_map(|(_, &r)| tables.regions[r].validate(national))
            }),
            None => regions
                .iter()
                .find_map(|&r| tables.regions[r].validate(national)),
        }
    })
}

/// Runs `f` with an empty pattern set of `len` patterns, reused per thread (a check is a
/// few hundred nanoseconds; an allocation per check was a good part of it).
fn with_pattern_set<T>(len: usize, f: impl FnOnce(&mut PatternSet) -> T) -> T {
    thread_local! {
        static SETS: std::cell::RefCell<Vec<PatternSet>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let mut set = SETS
        .with(|sets| sets.borrow_mut().pop())
        .filter(|set| set.capacity() == len)
        .unwrap_or_else(|| PatternSet::new(len));
    set.clear();
    let result = f(&mut set);
    SETS.with(|sets| {
        let mut sets = sets.borrow_mut();
        if sets.len() < 8 {
            sets.push(set);
        }
    });
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use phonenumber::metadata::{Descriptor, Metadata, DATABASE};
    use std::fmt::Write as _;

    fn type_descriptors(meta: &Metadata) -> Vec<&Descriptor> {
        let d = meta.descriptors();
        [
            d.fixed_line(),
            d.mobile(),
            d.toll_free(),
            d.premium_rate(),
            d.shared_cost(),
            d.personal_number(),
            d.voip(),
            d.pager(),
            d.uan(),
            d.voicemail(),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// The pattern of a region's national prefix: its pattern for parsing, else the prefix
    /// (`0`) literally (the metadata leaves the pattern out when it is just the prefix).
    /// Regions that rewrite the number after the prefix get none.
    fn national_prefix_source(meta: &Metadata) -> Option<String> {
        match meta.national_prefix_for_parsing() {
            Some(p) => Some(p.as_str().to_string()),
            None => meta.national_prefix().map(regex_syntax::escape),
        }
        .filter(|_| meta.national_prefix_transform_rule().is_none())
    }

    /// `phone_data.rs` as the `phonenumber` crate's database gives it.
    fn render_phone_data() -> String {
        let raw = |s: &str| {
            assert!(!s.contains("\"#"), "{s}");
            format!("r#\"{s}\"#")
        };
        let mut metas: Vec<&Metadata> = DATABASE.iter().collect();
        metas.sort_by_key(|m| (!m.is_main_country_for_code(), m.id()));
        let mut out = String::from(
            "// @generated from the `phonenumber` crate's metadata (libphonenumber) by\n\
             // `TRAWL_REGENERATE=1 cargo test -p trawl-identifiers phone_data`; do not edit.\n\
             // Main countries of each calling code first, then by region id.\n\n\
             static REGIONS: &[RegionData] = &[\n",
        );
        for meta in metas {
            let mut descriptors = vec![meta.descriptors().general()];
            descriptors.extend(type_descriptors(meta));
            let patterns: Vec<String> = descriptors
                .iter()
                .map(|d| raw(d.national_number().as_str()))
                .collect();
            let lengths: Vec<String> = descriptors
                .iter()
                .map(|d| format!("&{:?}", d.possible_length()))
                .collect();
            let examples: Vec<String> = descriptors[1..]
                .iter()
                .map(|d| match d.example() {
                    Some(e) => format!("Some({e:?})"),
                    None => "None".to_string(),
                })
                .collect();
            let prefix = match national_prefix_source(meta) {
                Some(p) => format!("Some({})", raw(&p)),
                None => "None".to_string(),
            };
            writeln!(
                out,
                "    RegionData {{\n        id: {:?},\n        code: {},\n        patterns: &[{}],\n        lengths: &[{}],\n        national_prefix: {prefix},\n        examples: &[{}],\n    }},",
                meta.id(),
                meta.country_code(),
                patterns.join(", "),
                lengths.join(", "),
                examples.join(", "),
            )
            .unwrap();
        }
        out.push_str("];\n");
        out
    }

    /// The kept metadata is the `phonenumber` crate's: regenerate it after updating the crate.
    #[test]
    fn phone_data_matches_the_phonenumber_crate() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/validators/phone_data.rs");
        let rendered = render_phone_data();
        if std::env::var_os("TRAWL_REGENERATE").is_some() {
            std::fs::write(path, &rendered).unwrap();
        }
        let kept = std::fs::read_to_string(path).unwrap();
        assert!(
            kept == rendered,
            "{path} differs from the phonenumber crate's metadata; regenerate it with \
             TRAWL_REGENERATE=1 cargo test -p trawl-identifiers phone_data"
        );
    }

    /// Every example number the metadata gives for a region and number type is valid, in its
    /// national form for that region and in international form.
    #[test]
    fn metadata_example_numbers_validate() {
        let mut checked = 0;
        for data in REGIONS.iter().filter(|d| d.id != "001") {
            for example in data.examples.iter().flatten() {
                let digits = example.as_bytes();
                let found = national(data.id, digits);
                assert!(found.is_some(), "{} {example}", data.id);
                let mut international_form = data.code.to_string().into_bytes();
                international_form.extend_from_slice(digits);
                assert!(
                    international(&international_form).is_some(),
                    "+{} {example}",
                    data.code
                );
                checked += 1;
            }
        }
        assert!(checked > 1000, "{checked}");
    }

    #[test]
    fn shared_calling_codes_prefer_the_main_country() {
        let found = international(b"442081234567").expect("a London number");
        assert_eq!((found.region, found.code), ("GB", 44));
        assert_eq!(found.national, b"2081234567");
        assert!(international(b"44208123456").is_none(), "one digit short");
    }
}
