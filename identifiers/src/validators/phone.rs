//! Phone numbers, validated against libphonenumber's metadata (the `phonenumber` crate).
//!
//! The metadata's tables are built, and each calling code's patterns compiled, on the first
//! candidate that needs them after the cheap checks here (digit count; shapes that are dates,
//! IP addresses, versions, ranges or repeated digits): a scan without phone-shaped text never
//! pays for it.
//! Validation itself runs on patterns compiled from it (see `phone_metadata`).

use super::{phone_metadata, Context, Details};

/// Regions tried for national-format numbers when none are configured.
pub const DEFAULT_PHONE_REGIONS: &str = "US,CA,GB,IE,DE,AT,CH,FR,BE,NL,ES,IT,PT,BR,MX,IN,AU";

/// The regions whose national-format numbers are accepted after a phone keyword, in order of
/// preference (a number valid in several is reported for the first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneRegions(Vec<&'static str>);

impl PhoneRegions {
    /// Parses a comma-separated list of ISO 3166 region codes (`US,GB,DE`).
    ///
    /// ```
    /// use trawl_identifiers::validators::PhoneRegions;
    /// assert_eq!(PhoneRegions::parse("us, GB").unwrap().codes(), vec!["US", "GB"]);
    /// assert!(PhoneRegions::parse("US,XX").unwrap_err().contains("XX"));
    /// ```
    pub fn parse(list: &str) -> Result<PhoneRegions, String> {
        let mut ids = Vec::new();
        for code in list.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            let id = phone_metadata::region_id(code).ok_or_else(|| {
                format!(
                    "unknown phone region {code:?} (expected ISO 3166 codes such as US, GB, DE)"
                )
            })?;
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        if ids.is_empty() {
            return Err("no phone region given".to_string());
        }
        Ok(PhoneRegions(ids))
    }

    /// The region codes, in order.
    pub fn codes(&self) -> Vec<&str> {
        self.0.clone()
    }
}

impl Default for PhoneRegions {
    fn default() -> Self {
        PhoneRegions::parse(DEFAULT_PHONE_REGIONS).expect("the default regions are valid")
    }
}

/// A phone number. International forms (`+CC…`, `00CC…`) must be valid numbers of the region
/// their calling code names; national forms count only after a phone keyword (or under a phone
/// column) and must be valid in one of the configured regions. Adds `country` and `e164`.
pub fn phone(value: &[u8], context: &Context<'_>, details: &mut Details) -> bool {
    let mut buf = [0u8; 17];
    let mut n = 0;
    for &b in value.iter().filter(|b| b.is_ascii_digit()) {
        if n == buf.len() {
            return false;
        }
        buf[n] = b;
        n += 1;
    }
    if n < 7 || not_a_phone(value) {
        return false;
    }
    let digits = &buf[..n];
    let valid = if value.starts_with(b"+") {
        phone_metadata::international(digits)
    } else if value.starts_with(b"00") {
        phone_metadata::international(&digits[2..])
    } else if context.keyword {
        context
            .phone_regions
            .0
            .iter()
            .find_map(|region| phone_metadata::national(region, digits))
    } else {
        None
    };
    let Some(valid) = valid else {
        return false;
    };
    details.push(("country", valid.region.to_string()));
    let mut e164 = format!("+{}", valid.code);
    e164.push_str(std::str::from_utf8(valid.national).unwrap_or_default());
    details.push(("e164", e164));
    true
}

/// Shapes that are not phone numbers even when the digits would validate: dates
/// (`2021-03-04`, `04.03.2021`), times, IPv4 addresses, versions, ranges (`1000-2000`),
/// one repeated digit and straight runs (`1234567890`).
fn not_a_phone(value: &[u8]) -> bool {
    let mut groups = [(0usize, 0usize); 8];
    let mut count = 0;
    let mut separators = [0u8; 8];
    let mut i = 0;
    while i < value.len() {
        if value[i].is_ascii_digit() {
            let start = i;
            while i < value.len() && value[i].is_ascii_digit() {
                i += 1;
            }
            if count == groups.len() {
                break;
            }
            groups[count] = (start, i);
            separators[count] = if start > 0 { value[start - 1] } else { 0 };
            count += 1;
        } else {
            i += 1;
        }
    }
    let groups = &groups[..count];
    let len = |g: (usize, usize)| g.1 - g.0;
    let has = |sep: u8| separators[1..count].contains(&sep);
    // Dates: 4-2-2 or 2-2-4 (and 1-digit day/month variants) joined by -, / or .
    let date_like = count == 3
        && (has(b'-') || has(b'/') || has(b'.'))
        && ((len(groups[0]) == 4 && len(groups[1]) <= 2 && len(groups[2]) <= 2)
            || (len(groups[0]) <= 2 && len(groups[1]) <= 2 && len(groups[2]) == 4));
    // IPv4 addresses and versions: 3 or more dotted groups, unless all of two digits (the
    // French `06.12.34.56.78`).
    let dotted = count >= 3
        && separators[1..count].iter().all(|&s| s == b'.')
        && !groups.iter().all(|&g| len(g) == 2);
    // Ranges: two groups of one length joined by a dash, the second larger.
    let range = count == 2
        && separators[1] == b'-'
        && len(groups[0]) == len(groups[1])
        && len(groups[0]) >= 3
        && value[groups[1].0..groups[1].1] > value[groups[0].0..groups[0].1];
    // Repeated or straight digit runs.
    let mut all_digits = value.iter().filter(|b| b.is_ascii_digit()).copied();
    let first = all_digits.next().unwrap_or(b'0');
    let (mut repeated, mut ascending) = (true, true);
    let mut previous = first;
    for d in all_digits {
        repeated &= d == first;
        ascending &= d == if previous == b'9' { b'0' } else { previous + 1 };
        previous = d;
    }
    // Few distinct digits (`111-222-3333`), several one-digit groups (`1 2 840 10040 2 2`, an
    // object identifier), or `00`-prefixed groups of four (`0049 0308 0301`, code points).
    let mut seen = [false; 10];
    value
        .iter()
        .filter(|b| b.is_ascii_digit())
        .for_each(|b| seen[usize::from(b - b'0')] = true);
    let few_digits = seen.iter().filter(|&&s| s).count() <= 3;
    let single_groups = groups.iter().filter(|&&g| len(g) == 1).count() >= 2;
    let code_points = value.starts_with(b"00") && count >= 2 && groups.iter().all(|&g| len(g) == 4);
    date_like
        || dotted
        || range
        || repeated
        || ascending
        || few_digits
        || single_groups
        || code_points
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validators::Date;

    fn check(value: &str, keyword: bool) -> Option<Details> {
        let regions = PhoneRegions::parse("US,GB,DE,FR").unwrap();
        let context = Context {
            keyword,
            phone_regions: &regions,
            today: Date::new(2026, 1, 1).unwrap(),
            before: b"",
            match_outside: [b"", b""],
        };
        let mut details = Vec::new();
        phone(value.as_bytes(), &context, &mut details).then_some(details)
    }

    #[test]
    fn international_forms_validate_anywhere() {
        let d = check("+1 415 555 2671", false).expect("valid US number");
        assert!(d.contains(&("country", "US".to_string())), "{d:?}");
        assert!(d.contains(&("e164", "+14155552671".to_string())));
        assert!(check("+44 20 7946 0958", false).is_some());
        assert!(check("0049 30 12345678", false).is_some());
        assert!(check("+49301", false).is_none(), "too short");
        assert!(check("+1 111 111 1111", false).is_none());
        // No calling code starts with 0: not +1 234 567 0047.
        assert!(check("00 01 23 456 700 47", false).is_none());
        assert!(check("+01 234 567 0047", false).is_none());
    }

    #[test]
    fn national_forms_need_a_keyword() {
        assert!(check("(415) 555-2671", false).is_none());
        let d = check("(415) 555-2671", true).expect("US national");
        assert!(d.contains(&("country", "US".to_string())));
        // National numbers are read in the configured regions in order: 030 is also a GB
        // prefix (non-geographic 03 numbers), and GB comes before DE here.
        let d = check("030 12345678", true).expect("national");
        assert!(d.contains(&("country", "GB".to_string())), "{d:?}");
        let d = check("0171 2345678", true).expect("DE mobile");
        assert!(d.contains(&("country", "DE".to_string())), "{d:?}");
    }

    #[test]
    fn dates_ips_versions_ranges_and_runs_are_not_phones() {
        for text in [
            "2021-03-04",
            "04.03.2021",
            "192.168.100.200",
            "10.0.19041.1415",
            "1000000-2000000",
            "5555555555",
            "1234567890",
            "111-222-3333",
            "1 2 840 10040 2 2",
            "0049 0308 0301",
        ] {
            assert!(not_a_phone(text.as_bytes()), "{text}");
            assert!(check(text, true).is_none(), "{text}");
        }
        assert!(!not_a_phone(b"06 12 34 56 78"));
        assert!(!not_a_phone(b"(415) 555-2671"));
    }

    #[test]
    fn regions_parse() {
        assert_eq!(PhoneRegions::default().codes()[0], "US");
        assert!(PhoneRegions::parse("").is_err());
    }
}
