//! International Bank Account Numbers: the country's registered length and the mod-97 check.

use super::{mod97, Details};

/// IBAN lengths by country, from the SWIFT IBAN registry (release 99, 2025), including the
/// partial-IBAN countries that publish a fixed length.
#[rustfmt::skip]
const LENGTHS: &[(&[u8; 2], usize)] = &[
    (b"AD", 24), (b"AE", 23), (b"AL", 28), (b"AO", 25), (b"AT", 20), (b"AZ", 28),
    (b"BA", 20), (b"BE", 16), (b"BF", 28), (b"BG", 22), (b"BH", 22), (b"BI", 27),
    (b"BJ", 28), (b"BR", 29), (b"BY", 28), (b"CF", 27), (b"CG", 27), (b"CH", 21),
    (b"CI", 28), (b"CM", 27), (b"CR", 22), (b"CV", 25), (b"CY", 28), (b"CZ", 24),
    (b"DE", 22), (b"DJ", 27), (b"DK", 18), (b"DO", 28), (b"DZ", 26), (b"EE", 20),
    (b"EG", 29), (b"ES", 24), (b"FI", 18), (b"FK", 18), (b"FO", 18), (b"FR", 27),
    (b"GA", 27), (b"GB", 22), (b"GE", 22), (b"GI", 23), (b"GL", 18), (b"GQ", 27),
    (b"GR", 27), (b"GT", 28), (b"GW", 25), (b"HN", 28), (b"HR", 21), (b"HU", 28),
    (b"IE", 22), (b"IL", 23), (b"IQ", 23), (b"IR", 26), (b"IS", 26), (b"IT", 27),
    (b"JO", 30), (b"KM", 27), (b"KW", 30), (b"KZ", 20), (b"LB", 28), (b"LC", 32),
    (b"LI", 21), (b"LT", 20), (b"LU", 20), (b"LV", 21), (b"LY", 25), (b"MA", 28),
    (b"MC", 27), (b"MD", 24), (b"ME", 22), (b"MG", 27), (b"MK", 19), (b"ML", 28),
    (b"MN", 20), (b"MR", 27), (b"MT", 31), (b"MU", 30), (b"MZ", 25), (b"NE", 28),
    (b"NI", 28), (b"NL", 18), (b"NO", 15), (b"OM", 23), (b"PK", 24), (b"PL", 28),
    (b"PS", 29), (b"PT", 25), (b"QA", 29), (b"RO", 24), (b"RS", 22), (b"RU", 33),
    (b"SA", 24), (b"SC", 31), (b"SD", 18), (b"SE", 24), (b"SI", 19), (b"SK", 24),
    (b"SM", 27), (b"SN", 28), (b"SO", 23), (b"ST", 25), (b"SV", 28), (b"TD", 27),
    (b"TG", 28), (b"TL", 23), (b"TN", 24), (b"TR", 26), (b"UA", 29), (b"VA", 22),
    (b"VG", 24), (b"XK", 20), (b"YE", 30),
];

/// An IBAN, plain or in groups of four: a registered country with its length, two check
/// digits, and the ISO 7064 mod-97 check. Adds `country`.
pub fn iban(value: &[u8], details: &mut Details) -> bool {
    let mut compact = [0u8; 34];
    let mut n = 0;
    for &b in value {
        if b == b' ' {
            continue;
        }
        if n == compact.len() || !b.is_ascii_alphanumeric() {
            return false;
        }
        compact[n] = b;
        n += 1;
    }
    let compact = &compact[..n];
    if n < 15 || !compact[2..4].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let country: &[u8; 2] = compact[..2].try_into().expect("two bytes");
    let registered = LENGTHS.iter().any(|(c, len)| *c == country && *len == n);
    if !registered || !mod97(compact) {
        return false;
    }
    details.push(("country", String::from_utf8_lossy(country).into_owned()));
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_length_and_check_digits() {
        let mut d = Vec::new();
        assert!(iban(b"DE89 3704 0044 0532 0130 00", &mut d));
        assert_eq!(d, vec![("country", "DE".to_string())]);
        assert!(iban(b"GB82WEST12345698765432", &mut Vec::new()));
        assert!(iban(b"NO9386011117947", &mut Vec::new()));
        assert!(
            !iban(b"DE89 3704 0044 0532 0130 01", &mut Vec::new()),
            "check digits"
        );
        assert!(
            !iban(b"DE89370400440532013000 00", &mut Vec::new()),
            "length"
        );
        assert!(!iban(b"ZZ89370400440532013000", &mut Vec::new()), "country");
    }
}
