//! Vehicle identification numbers (ISO 3779; the check digit of 49 CFR 565.15).

use super::Verdict;

/// A character's worth in the check-digit sum (49 CFR 565.15, table IV): digits as
/// themselves, letters by transliteration; `None` for I, O, Q and anything not a VIN character.
fn transliterate(c: u8) -> Option<u32> {
    Some(match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'A' | b'J' => 1,
        b'B' | b'K' | b'S' => 2,
        b'C' | b'L' | b'T' => 3,
        b'D' | b'M' | b'U' => 4,
        b'E' | b'N' | b'V' => 5,
        b'F' | b'W' => 6,
        b'G' | b'P' | b'X' => 7,
        b'H' | b'Y' => 8,
        b'R' | b'Z' => 9,
        _ => return None,
    })
}

/// The weights of the 17 positions; the ninth (the check digit itself) weighs 0.
const WEIGHTS: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/// A vehicle identification number: 17 characters without I, O or Q, at least one letter, a
/// model-year character (position 10) that is not U, Z or 0. Where the first character says
/// North America (1-5), position 9 is the check digit (Σ worth × weight mod 11, 10 written
/// `X`); elsewhere no check digit is required. One character seventeen times is a placeholder
/// (`11111111111111111` passes the check): an example.
pub fn vin(value: &[u8]) -> Verdict {
    if value.len() != 17 {
        return Verdict::Invalid;
    }
    let mut sum = 0;
    for (i, &c) in value.iter().enumerate() {
        let Some(worth) = transliterate(c) else {
            return Verdict::Invalid;
        };
        sum += worth * WEIGHTS[i];
    }
    if matches!(value[9], b'U' | b'Z' | b'0') || !value.iter().any(u8::is_ascii_uppercase) {
        return Verdict::Invalid;
    }
    if value.iter().all(|&c| c == value[0]) {
        return Verdict::Example;
    }
    let check = match sum % 11 {
        10 => b'X',
        r => b'0' + r as u8,
    };
    if matches!(value[0], b'1'..=b'5') && value[8] != check {
        return Verdict::Invalid;
    }
    Verdict::Valid
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn north_american_vins_have_a_check_digit() {
        // NHTSA's worked example and a Honda's.
        assert_eq!(vin(b"1M8GDM9AXKP042788"), Verdict::Valid);
        assert_eq!(vin(b"1HGCM82633A004352"), Verdict::Valid);
        assert_eq!(vin(b"1HGCM82643A004352"), Verdict::Invalid, "check digit");
        assert_eq!(vin(b"1M8GDM9A1KP042788"), Verdict::Invalid, "check digit");
    }

    #[test]
    fn other_vins_need_only_their_structure() {
        assert_eq!(
            vin(b"WVWZZZ1JZXW000001"),
            Verdict::Valid,
            "German: no check digit"
        );
        assert_eq!(
            vin(b"WVWZZZ1JZXW00000I"),
            Verdict::Invalid,
            "I is never used"
        );
        assert_eq!(vin(b"WVWZZZ1JZUW000001"), Verdict::Invalid, "model year U");
        assert_eq!(vin(b"WVWZZZ1JZXW00001"), Verdict::Invalid, "16 characters");
        assert_eq!(vin(b"98765432109876543"), Verdict::Invalid, "no letter");
        assert_eq!(vin(b"AAAAAAAAAAAAAAAAA"), Verdict::Example);
    }
}
