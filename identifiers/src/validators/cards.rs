//! Payment cards: issuer ranges and lengths, published test numbers, expiration dates and
//! magnetic-stripe track data.

use super::{digit_run, literal_in_code, luhn, Context, Details, Verdict};

/// One issuer range: card numbers whose first `prefix_len` digits lie in `low..=high` and whose
/// length is one of `lengths` belong to `brand`.
struct Range {
    brand: &'static str,
    low: u32,
    high: u32,
    prefix_len: usize,
    lengths: &'static [usize],
}

const fn range(
    brand: &'static str,
    low: u32,
    high: u32,
    prefix_len: usize,
    lengths: &'static [usize],
) -> Range {
    // `card_brand` reads prefixes of at most six digits.
    assert!(prefix_len >= 1 && prefix_len <= 6);
    Range {
        brand,
        low,
        high,
        prefix_len,
        lengths,
    }
}

const SIXTEEN: &[usize] = &[16];
const SIXTEEN_TO_NINETEEN: &[usize] = &[16, 17, 18, 19];

/// Issuer ranges, most specific first: the first range that matches decides the brand (Visa
/// Electron before Visa, Dankort before Maestro, Discover's co-branded UnionPay range before
/// UnionPay).
const RANGES: &[Range] = &[
    range("visa_electron", 417500, 417500, 6, SIXTEEN),
    range("visa_electron", 4026, 4026, 4, SIXTEEN),
    range("visa_electron", 4508, 4508, 4, SIXTEEN),
    range("visa_electron", 4844, 4844, 4, SIXTEEN),
    range("visa_electron", 4913, 4913, 4, SIXTEEN),
    range("visa_electron", 4917, 4917, 4, SIXTEEN),
    range("visa", 4, 4, 1, &[13, 16, 19]),
    range("mastercard", 2221, 2720, 4, SIXTEEN),
    range("mastercard", 51, 55, 2, SIXTEEN),
    range("amex", 34, 34, 2, &[15]),
    range("amex", 37, 37, 2, &[15]),
    range("discover", 6011, 6011, 4, SIXTEEN_TO_NINETEEN),
    range("discover", 622126, 622925, 6, SIXTEEN_TO_NINETEEN),
    range("discover", 644, 649, 3, SIXTEEN_TO_NINETEEN),
    range("discover", 65, 65, 2, SIXTEEN_TO_NINETEEN),
    range("jcb", 3528, 3589, 4, SIXTEEN_TO_NINETEEN),
    range("diners", 300, 305, 3, &[14, 15, 16, 17, 18, 19]),
    range("diners", 3095, 3095, 4, &[14, 15, 16, 17, 18, 19]),
    range("diners", 36, 36, 2, &[14, 15, 16, 17, 18, 19]),
    range("diners", 38, 39, 2, &[14, 15, 16, 17, 18, 19]),
    range("unionpay", 62, 62, 2, SIXTEEN_TO_NINETEEN),
    range("dankort", 5019, 5019, 4, SIXTEEN),
    range("maestro", 50, 50, 2, &[12, 13, 14, 15, 16, 17, 18, 19]),
    range("maestro", 56, 58, 2, &[12, 13, 14, 15, 16, 17, 18, 19]),
    range("maestro", 6304, 6304, 4, &[12, 13, 14, 15, 16, 17, 18, 19]),
    range("maestro", 6759, 6759, 4, &[12, 13, 14, 15, 16, 17, 18, 19]),
    range("maestro", 6761, 6763, 4, &[12, 13, 14, 15, 16, 17, 18, 19]),
];

/// Card numbers published by payment providers for testing (Stripe, Braintree, Adyen,
/// PayPal, Worldpay, Checkout.com documentation). They pass Luhn on purpose and appear in
/// code, fixtures and docs everywhere; they are reported only with `--include-examples`.
/// Sorted and unique (a test checks): every card candidate is looked up here.
const PUBLISHED_TEST_CARDS: &[&str] = &[
    "2221000000000009",
    "2222400010000008",
    "2222400070000005",
    "2223000048400011",
    "2223000048410010",
    "2223003122003222",
    "2223016768739313",
    "2223520043560014",
    "3056930009020004",
    "30569309025904",
    "340000000000009",
    "3528000700000000",
    "3530111333300000",
    "3566002020360505",
    "3566111111111113",
    "3569990010095841",
    "36006666333344",
    "36148900647913",
    "36227206271667",
    "36259600000004",
    "36700102000000",
    "370000000000002",
    "370000000100018",
    "371449635398431",
    "376680816376961",
    "378282246310005",
    "378734493671000",
    "38520000023237",
    "4000000000000002",
    "4000000000000069",
    "4000000000000077",
    "4000000000000093",
    "4000000000000101",
    "4000000000000119",
    "4000000000000127",
    "4000000000000341",
    "4000000000003063",
    "4000000000003220",
    "4000000000009995",
    "4000000400000008",
    "4000000560000004",
    "4000000760000002",
    "4000001240000000",
    "4000002080000001",
    "4000002460000001",
    "4000002500000003",
    "4000002500001001",
    "4000002500003155",
    "4000002760000016",
    "4000002760003184",
    "4000003560000008",
    "4000003720000005",
    "4000003800000008",
    "4000004840008001",
    "4000005280000002",
    "4000006200000007",
    "4000007240000007",
    "4000007520000008",
    "4000008260000000",
    "4000008260003178",
    "4000056655665556",
    "4000111111111115",
    "4000620000000007",
    "4001590000000001",
    "4005519200000004",
    "4009348888881881",
    "4012000033330026",
    "4012000077777777",
    "4012888888881881",
    "4035501000000008",
    "4111111111111111",
    "4111111145551142",
    "4151500000000008",
    "4166676667666746",
    "4217651111111119",
    "4222222222222",
    "4242424242424242",
    "4444333322221111",
    "4484600000000004",
    "4500600000000061",
    "4571000000000001",
    "4607000000000009",
    "4646464646464644",
    "4772129056533503",
    "4915805038587737",
    "4917300800000000",
    "4917610000000000",
    "4988080000000000",
    "4988438843884305",
    "4999991111111113",
    "4999992222222229",
    "5000000000000611",
    "5019717010103742",
    "5063516945005047",
    "5100060000000002",
    "5101180000000007",
    "5105105105105100",
    "5136333333333335",
    "5199999999999991",
    "5200828282828210",
    "5299999999999990",
    "5413330089020037",
    "5413330089099999",
    "5431111111111111",
    "5454545454545454",
    "5500000000000004",
    "5520330000000001",
    "5555444433331111",
    "5555555555554444",
    "5555555555555557",
    "5577000055770004",
    "5610591081018250",
    "6011000000000004",
    "6011000400000000",
    "6011000990139424",
    "6011111111111117",
    "6011601160116611",
    "6011981111111113",
    "6200000000000005",
    "6200000000000047",
    "6205500000000000004",
    "6243030000000001",
    "6250941006528599",
    "6304000000000000",
    "6445644564456445",
    "6555900000604105",
    "6759649826438453",
    "6771798021000008",
    "6799990100000000019",
];

/// Whether `digits` (ASCII digits only) is a card number published for testing.
pub fn is_published_test_card(digits: &[u8]) -> bool {
    PUBLISHED_TEST_CARDS
        .binary_search_by(|t| t.as_bytes().cmp(digits))
        .is_ok()
}

/// The brand of a card number (ASCII digits only) by issuer range and length, or `None`.
pub fn card_brand(digits: &[u8]) -> Option<&'static str> {
    // The number's prefixes of 1 to 6 digits, read once (reading them again for each of the
    // ranges had been most of a card's validation).
    let mut prefixes = [0u32; 7];
    for (i, d) in digits.iter().take(6).enumerate() {
        prefixes[i + 1] = prefixes[i] * 10 + u32::from(d - b'0');
    }
    RANGES.iter().find_map(|r| {
        if digits.len() < r.prefix_len || !r.lengths.contains(&digits.len()) {
            return None;
        }
        (r.low..=r.high)
            .contains(&prefixes[r.prefix_len])
            .then_some(r.brand)
    })
}

/// Whether a card written in groups goes on with one more short group after the same
/// separator (`2667 9040 7656 9212 95`, an 18-digit Dutch account number): the value is the
/// start of a longer number. A group followed by `/` or `-` is an expiry date
/// (`4556 7375 8689 9855 12/27`), not more of the number.
fn continues_in_groups(value: &[u8], after: &[u8]) -> bool {
    let Some(&separator) = value.iter().find(|b| !b.is_ascii_digit()) else {
        return false;
    };
    let Some(rest) = after.strip_prefix(&[separator]) else {
        return false;
    };
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=2).contains(&digits) && !matches!(rest.get(digits), Some(b'/' | b'-'))
}

/// Argentina's SUBE transit cards (`ARGENTINA_TARJETA_SUBE`): Luhn-valid, of no payment
/// network, written after "tarjeta".
const SUBE: &[u8] = b"6061";

/// Copies the digits of `value` into `out`; `None` when there are more than 19.
fn card_digits<'a>(value: &[u8], out: &'a mut [u8; 19]) -> Option<&'a [u8]> {
    let mut n = 0;
    for &b in value {
        if b.is_ascii_digit() {
            if n == out.len() {
                return None;
            }
            out[n] = b;
            n += 1;
        }
    }
    Some(&out[..n])
}

/// A payment card number: 12 to 19 digits in a known issuer range with that range's length,
/// passing Luhn, not all one digit. Adds `brand`; published test numbers are examples.
///
/// After a card keyword, 15 or 16 Luhn-valid digits of no known range (the older JCB `1800`
/// and `2131` numbers, private-label ranges) are weak, with brand `unknown`, unless six digits
/// in a row count up, down or repeat (a dummy): no keyword, no finding. Without a keyword, a literal among numbers in code (a table, a typed constant, an
/// argument: see [`literal_in_code`]) is not a card.
pub fn payment_card(value: &[u8], context: &Context<'_>, details: &mut Details) -> Verdict {
    let mut buf = [0u8; 19];
    let Some(digits) = card_digits(value, &mut buf) else {
        return Verdict::Invalid;
    };
    if digits.len() < 12 || !luhn(digits) || digits.iter().all(|&d| d == digits[0]) {
        return Verdict::Invalid;
    }
    if !context.keyword && literal_in_code(context.before, value, context.after) {
        return Verdict::Invalid;
    }
    if continues_in_groups(value, context.after) {
        return Verdict::Invalid;
    }
    let (brand, verdict) = match card_brand(digits) {
        Some(brand) if is_published_test_card(digits) => (brand, Verdict::Example),
        Some(brand) => (brand, Verdict::Valid),
        None if context.keyword
            && matches!(digits.len(), 15 | 16)
            && !digits.starts_with(SUBE)
            && !digit_run(digits, 6) =>
        {
            ("unknown", Verdict::Weak)
        }
        None => return Verdict::Invalid,
    };
    details.push(("brand", brand.to_string()));
    verdict
}

/// A card expiration date `MM/YY`, `MM/YYYY` (or with `-`): month 01-12, a four-digit year in
/// 2000-2099.
pub fn card_expiration(value: &[u8]) -> bool {
    let mut parts = value
        .split(|b| !b.is_ascii_digit())
        .filter(|p| !p.is_empty());
    let (Some(month), Some(year), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let number = |p: &[u8]| p.iter().fold(0u32, |a, d| a * 10 + u32::from(d - b'0'));
    let month_ok = month.len() == 2 && (1..=12).contains(&number(month));
    let year_ok = year.len() == 2 || (year.len() == 4 && (2000..=2099).contains(&number(year)));
    month_ok && year_ok
}

/// Magnetic-stripe track data: track 1 (`%B<PAN>^NAME^YYMM…?`) or track 2
/// (`;<PAN>=YYMM…?`) whose account number is a card number (length, Luhn) and whose expiry
/// month is 01-12. Adds `brand` and `track`.
pub fn track_data(value: &[u8], details: &mut Details) -> bool {
    let (track, rest, separator) = match value {
        [b'%', b'B', rest @ ..] => ("1", rest, b'^'),
        [b';', rest @ ..] => ("2", rest, b'='),
        _ => return false,
    };
    let pan_len = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let pan = &rest[..pan_len];
    if !(12..=19).contains(&pan_len) || !luhn(pan) || rest.get(pan_len) != Some(&separator) {
        return false;
    }
    let after = &rest[pan_len + 1..];
    let expiry = if track == "1" {
        // Skip the name field up to its closing `^`.
        match after.iter().position(|&b| b == b'^') {
            Some(p) => &after[p + 1..],
            None => return false,
        }
    } else {
        after
    };
    let month_ok = expiry.len() >= 4
        && expiry[..4].iter().all(u8::is_ascii_digit)
        && matches!(
            (expiry[2], expiry[3]),
            (b'0', b'1'..=b'9') | (b'1', b'0'..=b'2')
        );
    if !month_ok {
        return false;
    }
    details.push(("brand", card_brand(pan).unwrap_or("unknown").to_string()));
    details.push(("track", track.to_string()));
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brands_by_range_and_length() {
        let brand = |d: &str| card_brand(d.as_bytes());
        assert_eq!(brand("4556737586899855"), Some("visa"));
        assert_eq!(brand("4026000000000002"), Some("visa_electron"));
        assert_eq!(brand("2720990000000007"), Some("mastercard"));
        assert_eq!(brand("2721000000000004"), None);
        assert_eq!(brand("378282246310005"), Some("amex"));
        assert_eq!(brand("3782822463100051"), None, "amex is 15 digits");
        assert_eq!(brand("5019717010103742"), Some("dankort"));
        assert_eq!(brand("6221260000000000"), Some("discover"));
        assert_eq!(brand("6200000000000005"), Some("unionpay"));
        assert_eq!(brand("36227206271667"), Some("diners"));
        assert_eq!(brand("3530111333300000"), Some("jcb"));
        assert_eq!(brand("675964982643"), Some("maestro"));
        assert_eq!(brand("9999999999999995"), None);
    }

    fn context<'a>(keyword: bool, before: &'a [u8], after: &'a [u8]) -> Context<'a> {
        static REGIONS: std::sync::OnceLock<crate::validators::PhoneRegions> =
            std::sync::OnceLock::new();
        Context {
            keyword,
            phone_regions: REGIONS.get_or_init(Default::default),
            today: crate::validators::Date::new(2026, 1, 1).unwrap(),
            before,
            match_outside: [b"", b""],
            after,
            field: b"",
        }
    }

    #[test]
    fn payment_card_checks_luhn_and_marks_test_numbers() {
        let card = |v: &[u8]| payment_card(v, &context(false, b"", b""), &mut Vec::new());
        let mut details = Vec::new();
        assert_eq!(
            payment_card(
                b"4556 7375 8689 9855",
                &context(false, b"", b""),
                &mut details
            ),
            Verdict::Valid
        );
        assert_eq!(details, vec![("brand", "visa".to_string())]);
        assert_eq!(card(b"4556 7375 8689 9856"), Verdict::Invalid);
        assert_eq!(card(b"4111-1111-1111-1111"), Verdict::Example);
        assert_eq!(card(b"0000000000000000"), Verdict::Invalid);
        assert_eq!(card(b"45567375868998551234"), Verdict::Invalid);
    }

    #[test]
    fn unknown_ranges_need_a_keyword_and_are_weak() {
        // An old JCB 15-digit number (2131 …) and a 16-digit one of no known range, Luhn-valid.
        for number in [
            &b"213147920583616"[..],
            b"180047293651041",
            b"9912475830612935",
        ] {
            assert!(luhn(number), "{number:?}");
            let mut details = Vec::new();
            let verdict = payment_card(number, &context(true, b"card ", b""), &mut details);
            assert_eq!(verdict, Verdict::Weak, "{number:?}");
            assert_eq!(details, vec![("brand", "unknown".to_string())]);
            let bare = payment_card(number, &context(false, b"", b""), &mut Vec::new());
            assert_eq!(bare, Verdict::Invalid);
        }
        // Nor a dummy, nor a SUBE transit card (its own identifier).
        let sube = payment_card(
            b"6061123456792046",
            &context(true, b"", b""),
            &mut Vec::new(),
        );
        assert_eq!(sube, Verdict::Invalid);
        // A straight run is no number.
        let run = payment_card(
            b"1234567890123452",
            &context(true, b"", b""),
            &mut Vec::new(),
        );
        assert_eq!(run, Verdict::Invalid);
    }

    #[test]
    fn a_longer_grouped_number_is_no_card() {
        let card = |after: &'static [u8]| {
            payment_card(
                b"4556 7375 8689 9855",
                &context(true, b"", after),
                &mut Vec::new(),
            )
        };
        assert_eq!(card(b" 95. Thanks"), Verdict::Invalid);
        assert_eq!(card(b" 12/27"), Verdict::Valid);
        assert_eq!(card(b" exp 12/27"), Verdict::Valid);
        assert_eq!(card(b". Thanks"), Verdict::Valid);
    }

    #[test]
    fn literals_in_code_need_a_keyword() {
        let (before, after) = (&b"assert_eq!(results[0], "[..], &b");"[..]);
        let mut details = Vec::new();
        let bare = payment_card(
            b"5029875928683246316",
            &context(false, before, after),
            &mut details,
        );
        assert_eq!(bare, Verdict::Invalid);
        let named = payment_card(
            b"5029875928683246316",
            &context(true, before, after),
            &mut details,
        );
        assert_eq!(named, Verdict::Valid);
    }

    #[test]
    fn every_published_test_card_passes_luhn() {
        for card in PUBLISHED_TEST_CARDS {
            assert!(luhn(card.as_bytes()), "{card}");
            assert!(is_published_test_card(card.as_bytes()), "{card}");
        }
    }

    #[test]
    fn published_test_cards_are_sorted_for_binary_search() {
        assert!(PUBLISHED_TEST_CARDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn expiration_dates() {
        assert!(card_expiration(b"07/27"));
        assert!(card_expiration(b"12 / 2031"));
        assert!(card_expiration(b"01-29"));
        assert!(!card_expiration(b"13/27"));
        assert!(!card_expiration(b"00/27"));
        assert!(!card_expiration(b"07/1999"));
        assert!(!card_expiration(b"07/27/99"));
    }

    #[test]
    fn track_data_checks_pan_and_expiry() {
        let mut d = Vec::new();
        assert!(track_data(
            b"%B4556737586899855^DOE/JANE^2712101000000000000000000?",
            &mut d
        ));
        assert!(d.contains(&("track", "1".to_string())));
        assert!(track_data(
            b";4556737586899855=27121010000000000?",
            &mut Vec::new()
        ));
        assert!(!track_data(
            b";4556737586899856=27121010000000000?",
            &mut Vec::new()
        ));
        assert!(!track_data(
            b";4556737586899855=27131010000000000?",
            &mut Vec::new()
        ));
        assert!(!track_data(b"%B4556737586899855^DOE/JANE", &mut Vec::new()));
    }
}
