//! Phone numbers, validated against libphonenumber's metadata (the `phonenumber` crate).
//!
//! The metadata's tables are built, and each calling code's patterns compiled, on the first
//! candidate that needs them after the cheap checks here (digit count; shapes that are dates,
//! IP addresses, versions, ranges or repeated digits): a scan without phone-shaped text never
//! pays for it.
//! Validation itself runs on patterns compiled from it (see `phone_metadata`).

use super::{digit_run, literal_in_code, phone_metadata, Context, Details, Verdict};

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
/// their calling code names; national forms count after a phone keyword (or under a phone
/// column) when valid in one of the configured regions. Adds `country`, `e164` and, when one
/// is written (`x4587`, `ext. 12`, `#123`), `extension`, which `e164` leaves out.
///
/// Weak (`confidence = LOW`):
/// - after a keyword, a number of a possible length for its region whose range the metadata
///   does not list as assigned (new ranges, numbers typed by people);
/// - without a keyword, a North American number written with separators
///   (`646-787-2210`, `(312) 886-4071`, `720.948.3316`) valid in US or CA, when one of them is
///   a configured region. Ten digits without separators still need a keyword.
///
/// Never a phone: a shape that is a date, an IP address, a version, a range or a digit run
/// ([`not_a_phone`]); the seconds and fractions of a time (`11:08:46.640709`); without a
/// keyword, a literal among numbers in code ([`literal_in_code`]).
pub fn phone(value: &[u8], context: &Context<'_>, details: &mut Details) -> Verdict {
    let (number, extension) = split_extension(value);
    let mut buf = [0u8; 17];
    let mut n = 0;
    let mut i = 0;
    while i < number.len() {
        // A trunk prefix in parentheses after the calling code (`+81 (0)3 …`) is not dialled
        // from abroad: no digit of the number.
        if i > 0 && number[i..].starts_with(b"(0)") {
            i += 3;
            continue;
        }
        let b = number[i];
        i += 1;
        if !b.is_ascii_digit() {
            continue;
        }
        if n == buf.len() {
            return Verdict::Invalid;
        }
        buf[n] = b;
        n += 1;
    }
    if n < 7 || not_a_phone(number) || part_of_a_time(context.before, context.after) {
        return Verdict::Invalid;
    }
    if !context.keyword && literal_in_code(context.before, value, context.after) {
        return Verdict::Invalid;
    }
    let digits = &buf[..n];
    let keyword = context.keyword;
    let regions = &context.phone_regions.0;
    let found = if number.starts_with(b"+") || number.starts_with(b"00") {
        let digits = if number.starts_with(b"+") {
            digits
        } else {
            &digits[2..]
        };
        match phone_metadata::international(digits) {
            Some(valid) => Some((valid, Verdict::Valid)),
            None if keyword => phone_metadata::possible_international(digits)
                .filter(|p| !placeholder(p.national))
                .map(|p| (p, Verdict::Weak)),
            None => None,
        }
    } else if labelled_right_before(context.before) {
        // `Case 450.464.4364` after a `reach me on …` that named the number before it.
        None
    } else if keyword {
        let valid = regions
            .iter()
            .find_map(|region| phone_metadata::national(region, digits));
        match valid {
            Some(valid) => Some((valid, Verdict::Valid)),
            None => regions
                .iter()
                .find_map(|region| phone_metadata::possible_national(region, digits))
                .filter(|p| !placeholder(p.national))
                .map(|p| (p, Verdict::Weak)),
        }
    } else if nanp_written(number) && !labelled_otherwise(context.before, context.field) {
        regions
            .iter()
            .filter(|region| matches!(**region, "US" | "CA"))
            .find_map(|region| phone_metadata::national(region, digits))
            .map(|valid| (valid, Verdict::Weak))
    } else {
        None
    };
    let Some((valid, verdict)) = found else {
        return Verdict::Invalid;
    };
    details.push(("country", valid.region.to_string()));
    let mut e164 = format!("+{}", valid.code);
    e164.push_str(std::str::from_utf8(valid.national).unwrap_or_default());
    details.push(("e164", e164));
    if let Some(extension) = extension {
        details.push(("extension", String::from_utf8_lossy(extension).into_owned()));
    }
    verdict
}

/// A national number written as a placeholder (`+44 1234567`, `+49 30 9999999`): six digits
/// in a row counting up or down or repeating. Only the metadata's assigned ranges tell a real
/// number from one, so this matters where a possible length is enough.
fn placeholder(national: &[u8]) -> bool {
    digit_run(national, 6)
}

/// The number and its extension (`x4587`, `x 4587`, `ext. 12`, `extension 12`, `#123`,
/// after a space, a comma or the last digit), when one ends the value.
fn split_extension(value: &[u8]) -> (&[u8], Option<&[u8]>) {
    let digits = value
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let mut end = value.len() - digits;
    if !(1..=6).contains(&digits) || end == 0 {
        return (value, None);
    }
    let extension = &value[end..];
    if value[end - 1] == b' ' {
        end -= 1;
    }
    let head = &value[..end];
    let lower = |marker: &[u8]| {
        head.len() > marker.len() && head[head.len() - marker.len()..].eq_ignore_ascii_case(marker)
    };
    let Some(marker) = [&b"extension"[..], b"ext.", b"ext", b"x.", b"x", b"#"]
        .into_iter()
        .find(|m| lower(m))
    else {
        return (value, None);
    };
    let mut number = &head[..head.len() - marker.len()];
    while let [rest @ .., b' ' | b','] = number {
        number = rest;
    }
    // `x` glued to the number's last digit or after a space; a word's letter is no marker
    // (the regex only offers digits and separators before it).
    if number.last().is_some_and(u8::is_ascii_digit) {
        (number, Some(extension))
    } else {
        (value, None)
    }
}

/// Whether the value starts right after a time's hours or minutes (`11:08:46.640709`, `T09:`)
/// or ends with its hours (`2025-06-11 07:14:27`): part of a timestamp.
fn part_of_a_time(before: &[u8], after: &[u8]) -> bool {
    matches!(before, [.., b'0'..=b'9', b':']) || matches!(after, [b':', b'0'..=b'9', ..])
}

/// Words that label a number as something other than a phone: a 3-3-4 number after them
/// (`reference 989-296-7763`, `Irish driving licence no.: 505-457-7882`) or under a column or
/// key of that name (`tracking`) is that, not a phone, without a phone keyword.
const OTHER_LABELS: &[&str] = &[
    "reference",
    "ref",
    "order",
    "invoice",
    "tracking",
    "track",
    "shipment",
    "parcel",
    "account",
    "acct",
    "licence",
    "license",
    "licencia",
    "dl",
    "id",
    "identifier",
    "case",
    "ticket",
    "policy",
    "claim",
    "member",
    "membership",
    "nhs",
    "ssn",
    "sin",
    "nino",
    "passport",
    "routing",
    "serial",
    "sku",
    "part",
    "item",
    "transaction",
    "txn",
    "confirmation",
    "booking",
    "reservation",
    "card",
    "iban",
    "tax",
    "vat",
    "ein",
    "npi",
    "medicare",
    "insurance",
    "loan",
    "contract",
    "barcode",
    "code",
    // German, French, Spanish, Italian, Portuguese and Dutch.
    "referenz",
    "aktenzeichen",
    "vorgang",
    "vorgangsnummer",
    "bestellung",
    "bestellnr",
    "bestellnummer",
    "rechnung",
    "rechnungsnummer",
    "kundennummer",
    "auftrag",
    "auftragsnummer",
    "sendungsnummer",
    "référence",
    "commande",
    "facture",
    "dossier",
    "suivi",
    "colis",
    "referencia",
    "pedido",
    "factura",
    "expediente",
    "albarán",
    "seguimiento",
    "riferimento",
    "ordine",
    "fattura",
    "pratica",
    "protocollo",
    "spedizione",
    "referência",
    "protocolo",
    "fatura",
    "encomenda",
    "rastreamento",
    "kenmerk",
    "referentie",
    "bestelling",
    "bestelnr",
    "bestelnummer",
    "factuur",
    "zaak",
    "zaaknummer",
];

/// Whether the word right before a national-form number (past `no.`, `nº`, `#`, `:`) labels it
/// as another kind of number (`Case 450.464.4364`, `order no. 505-457-7882`): then a phone
/// keyword further back named an earlier number, not this one.
fn labelled_right_before(before: &[u8]) -> bool {
    const QUALIFIERS: &[&str] = &[
        "no", "nr", "n", "nº", "number", "num", "nummer", "numéro", "número", "numero",
    ];
    let separator = |b: &u8| !(b.is_ascii_alphanumeric() || *b >= 0x80);
    let line = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(before, |p| &before[p + 1..]);
    let mut words = line.rsplit(separator).filter(|w| !w.is_empty());
    let is =
        |list: &[&str], word: &[u8]| list.iter().any(|l| l.as_bytes().eq_ignore_ascii_case(word));
    // Only punctuation and spaces between the label and the value.
    let tail = line.iter().rev().take_while(|b| separator(b)).count();
    if tail > 4 || line.len() == tail {
        return false;
    }
    match words.next() {
        Some(word) if is(QUALIFIERS, word) => words.next().is_some_and(|w| is(OTHER_LABELS, w)),
        Some(word) => is(OTHER_LABELS, word),
        None => false,
    }
}

/// Whether the last six words before the value on its line, or the words of its field's
/// name, say it is another kind of number (see [`OTHER_LABELS`]).
fn labelled_otherwise(before: &[u8], field: &[u8]) -> bool {
    let line = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(before, |p| &before[p + 1..]);
    let is_label = |word: &[u8]| {
        OTHER_LABELS
            .iter()
            .any(|label| label.as_bytes().eq_ignore_ascii_case(word))
    };
    let separator = |b: &u8| !(b.is_ascii_alphanumeric() || *b >= 0x80);
    let mut recent = line.rsplit(separator).filter(|w| !w.is_empty()).take(6);
    recent.any(is_label) || field.split(separator).any(is_label)
}

/// A North American number written with separators, as people write one in text:
/// `646-787-2210`, `720.948.3316`, `(312) 886-4071`, `(312)886-4071`, `(312) 886 4071`,
/// with an optional leading `1` (`1-800-…`, `1 (800) …`).
fn nanp_written(value: &[u8]) -> bool {
    let value = match value {
        [b'1', b'-' | b'.' | b' ', rest @ ..] => rest,
        [b'1', rest @ ..] if rest.starts_with(b"(") => rest,
        _ => value,
    };
    let digits = |part: &[u8]| part.iter().all(u8::is_ascii_digit);
    match value {
        [b'(', a @ ..] if a.len() >= 12 => {
            let (area, rest) = a.split_at(3);
            let Some(rest) = rest.strip_prefix(b")") else {
                return false;
            };
            let rest = rest.strip_prefix(b" ").unwrap_or(rest);
            rest.len() == 8
                && digits(area)
                && digits(&rest[..3])
                && matches!(rest[3], b'-' | b'.' | b' ')
                && digits(&rest[4..])
        }
        _ => {
            value.len() == 12
                && matches!(value[3], b'-' | b'.')
                && value[7] == value[3]
                && digits(&value[..3])
                && digits(&value[4..7])
                && digits(&value[8..])
        }
    }
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
        // A trunk prefix in parentheses after a calling code (`+64 (0)3 …`) is no group.
        if value[i..].starts_with(b"(0)") && i > 0 {
            i += 3;
            continue;
        }
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
    // Dates: 4-2-2 or 2-2-4 (and 1-digit day/month variants) joined by -, / or .
    // (The first three groups: `2025-06-11 07` is a date and an hour, not +1 202 506 1107.)
    let date_separators = (1..count.min(3)).all(|i| matches!(separators[i], b'-' | b'/' | b'.'));
    let date_like = count >= 3
        && date_separators
        && ((len(groups[0]) == 4 && len(groups[1]) <= 2 && len(groups[2]) <= 2)
            || (len(groups[0]) <= 2 && len(groups[1]) <= 2 && len(groups[2]) == 4));
    // A compact date, `19850412` (a vCard's BDAY, an appointment).
    let digit = |i: usize| u32::from(value[groups[0].0 + i] - b'0');
    let compact_date = count == 1
        && len(groups[0]) == 8
        && matches!(digit(0) * 10 + digit(1), 19 | 20)
        && (1..=12).contains(&(digit(4) * 10 + digit(5)))
        && (1..=31).contains(&(digit(6) * 10 + digit(7)));
    // Brazil's CPF, `987.654.321-00`.
    let cpf = count == 4
        && groups[..3].iter().all(|&g| len(g) == 3)
        && len(groups[3]) == 2
        && separators[1] == b'.'
        && separators[2] == b'.'
        && separators[3] == b'-';
    // IPv4 addresses and versions: 3 or more dotted groups, unless all of two digits (the
    // French `06.12.34.56.78`) or North American 3-3-4 (`720.948.3316`).
    let dotted = count >= 3
        && separators[1..count].iter().all(|&s| s == b'.')
        && !groups.iter().all(|&g| len(g) == 2)
        && !nanp_written(value);
    // Ranges: two groups of one length joined by a dash, the second larger (a first group
    // starting with 0 is an area code: `015583-897043`).
    let range = count == 2
        && separators[1] == b'-'
        && len(groups[0]) == len(groups[1])
        && len(groups[0]) >= 3
        && value[groups[0].0] != b'0'
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
        || compact_date
        || cpf
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

    /// The validator's verdict and details on `value` between `before` and `after`, reading
    /// national numbers in `regions`.
    fn judge(
        regions: &str,
        before: &str,
        value: &str,
        after: &str,
        keyword: bool,
    ) -> (Verdict, Details) {
        let regions = PhoneRegions::parse(regions).unwrap();
        let context = Context {
            keyword,
            phone_regions: &regions,
            today: Date::new(2026, 1, 1).unwrap(),
            before: before.as_bytes(),
            match_outside: [b"", b""],
            after: after.as_bytes(),
            field: b"",
        };
        let mut details = Vec::new();
        let verdict = phone(value.as_bytes(), &context, &mut details);
        (verdict, details)
    }

    fn check(value: &str, keyword: bool) -> Option<Details> {
        let (verdict, details) = judge("US,GB,DE,FR", "", value, "", keyword);
        (verdict != Verdict::Invalid).then_some(details)
    }

    fn verdict(before: &str, value: &str, after: &str, keyword: bool) -> Verdict {
        judge("US,GB,DE,FR", before, value, after, keyword).0
    }

    #[test]
    fn nanp_numbers_with_separators_are_weak_without_a_keyword() {
        for text in [
            "646-787-2210",
            "(312) 886-4071",
            "720.948.3316",
            "(312)886-4071",
            "1-646-787-2210",
            "1 (312) 886-4071",
        ] {
            assert_eq!(
                verdict("Reach me at ", text, " today", false),
                Verdict::Weak,
                "{text}"
            );
            assert_eq!(verdict("phone ", text, "", true), Verdict::Valid, "{text}");
        }
        // Labelled as another number, in text or by its column.
        assert_eq!(
            verdict("Please quote reference ", "989-296-7763", "", false),
            Verdict::Invalid
        );
        assert_eq!(
            verdict("Irish driving licence no.: ", "505-457-7882", "", false),
            Verdict::Invalid
        );
        // Right after its label, even after a phone keyword (which named the number before).
        let case = "reach me on (608)366-0321 instead. Case ";
        assert_eq!(verdict(case, "450.464.4364", "", true), Verdict::Invalid);
        assert_eq!(
            verdict("Order no. ", "505-457-7882", "", true),
            Verdict::Invalid
        );
        assert_eq!(verdict("Phone: ", "505-457-7882", "", true), Verdict::Valid);
        let licence = "The Irish driving licence on file should read ";
        assert_eq!(
            verdict(licence, "603-657-6374", "", false),
            Verdict::Invalid
        );
        for text in ["6467872210", "646 787 2210", "646-787.2210", "646.787-2210"] {
            assert_eq!(
                verdict("Reach me at ", text, "", false),
                Verdict::Invalid,
                "{text}"
            );
        }
        // Only when US or CA is a configured region.
        let (gb_de, _) = judge("GB,DE", "", "646-787-2210", "", false);
        assert_eq!(gb_de, Verdict::Invalid);
    }

    #[test]
    fn extensions_are_details_not_digits() {
        for (text, extension) in [
            ("646-787-2210 x4587", "4587"),
            ("646-787-2210x4587", "4587"),
            ("+81 (0)90-5043-9461 x.9125", "9125"),
            ("+44 20 7946 0958 ext. 12", "12"),
            ("(312) 886-4071, ext 7", "7"),
            ("(312) 886-4071 #123", "123"),
            ("+1 415 555 2671 extension 42", "42"),
        ] {
            let d = check(text, true).unwrap_or_else(|| panic!("{text}"));
            assert!(
                d.contains(&("extension", extension.to_string())),
                "{text}: {d:?}"
            );
            let e164 = &d.iter().find(|(k, _)| *k == "e164").unwrap().1;
            assert!(
                !e164.ends_with(extension) || extension == "12",
                "{text}: {e164}"
            );
        }
        let d = check("+44 20 7946 0958 ext. 12", true).unwrap();
        assert!(d.contains(&("e164", "+442079460958".to_string())));
        // A trunk prefix in parentheses is not part of the national number.
        let d = check("+44 (0)20 7946 0958", false).unwrap();
        assert!(d.contains(&("e164", "+442079460958".to_string())), "{d:?}");
        let d = check("+81 (0)3 1582 0343", false).unwrap();
        assert!(d.contains(&("e164", "+81315820343".to_string())), "{d:?}");
        let d = check("+41 (0)44 668 18 00", false).unwrap();
        assert!(d.contains(&("e164", "+41446681800".to_string())), "{d:?}");
    }

    #[test]
    fn possible_lengths_after_a_keyword_are_weak() {
        // 05012 738456: a UK number of the right length in a range not assigned.
        assert_eq!(verdict("tel ", "05012 738456", "", true), Verdict::Weak);
        assert_eq!(verdict("", "05012 738456", "", false), Verdict::Invalid);
        assert_eq!(verdict("tel ", "+44 5012 738456", "", true), Verdict::Weak);
        assert_eq!(verdict("", "+44 5012 738456", "", false), Verdict::Invalid);
        // Placeholders of a possible length are not numbers.
        assert_eq!(
            verdict("phones ", "+44 1234567", "", true),
            Verdict::Invalid
        );
        assert_eq!(verdict("tel ", "030 9999999", "", true), Verdict::Invalid);
    }

    #[test]
    fn parts_of_times_and_literals_in_code_are_not_phones() {
        assert_eq!(
            verdict("[2026-02-16T11:08:", "46.640709", "]", true),
            Verdict::Invalid
        );
        assert_eq!(
            verdict("Fax received ", "2025-11-03 09", ":14:27", true),
            Verdict::Invalid
        );
        assert_eq!(
            verdict("pub const ND_IOCTL_CALL: u32 = ", "3225439754", ";", false),
            Verdict::Invalid
        );
        assert_eq!(
            verdict("0062;", "0061 3099 11046", " 094D 05B0 0062", false),
            Verdict::Invalid
        );
        assert_eq!(
            verdict("call ", "+1 415 555 2671", ", 12, 13", true),
            Verdict::Valid
        );
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
        assert!(check("415 555 2671", false).is_none());
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
            "2025-06-11 07",
            "19850412",
            "987.654.321-00",
        ] {
            assert!(not_a_phone(text.as_bytes()), "{text}");
            assert!(check(text, true).is_none(), "{text}");
        }
        assert!(!not_a_phone(b"06 12 34 56 78"));
        assert!(!not_a_phone(b"(415) 555-2671"));
        assert!(
            !not_a_phone(b"+64 (0)3 263 4142"),
            "a trunk prefix is no group"
        );
        assert!(!not_a_phone(b"015583-897043"), "an area code, not a range");
    }

    #[test]
    fn regions_parse() {
        assert_eq!(PhoneRegions::default().codes()[0], "US");
        assert!(PhoneRegions::parse("").is_err());
    }
}
