//! Geographic coordinates in decimal degrees.

/// A hemisphere letter.
fn hemisphere(token: &[u8]) -> Option<u8> {
    match token {
        [h @ (b'N' | b'S' | b'E' | b'W')] => Some(*h),
        _ => None,
    }
}

/// One coordinate written as one token: an optional sign, 1-3 integer digits, `.` and 4-15
/// decimals (4 is about 11 m: the precision that locates a home), an optional `°`, and an
/// optional hemisphere letter before or after. Returns the absolute value in degrees and the
/// letter, if any.
fn coordinate(token: &[u8]) -> Option<(f64, Option<u8>)> {
    let mut t = token;
    let mut letter = None;
    if let [h @ (b'N' | b'S' | b'E' | b'W'), rest @ ..] = t {
        letter = Some(*h);
        t = rest;
    } else if let [rest @ .., h @ (b'N' | b'S' | b'E' | b'W')] = t {
        letter = Some(*h);
        t = rest;
    }
    t = t.strip_suffix("°".as_bytes()).unwrap_or(t);
    if let Some(rest) = t.strip_prefix(b"-").or_else(|| t.strip_prefix(b"+")) {
        if letter.is_some() {
            return None;
        }
        t = rest;
    }
    let dot = t.iter().position(|&b| b == b'.')?;
    let (whole, decimals) = (&t[..dot], &t[dot + 1..]);
    if !(1..=3).contains(&whole.len())
        || !(4..=15).contains(&decimals.len())
        || !whole.iter().chain(decimals).all(u8::is_ascii_digit)
    {
        return None;
    }
    Some((std::str::from_utf8(t).ok()?.parse().ok()?, letter))
}

/// A coordinate of one token, or of a hemisphere letter and a number token in either order.
fn coordinate_of(tokens: &[&[u8]]) -> Option<(f64, Option<u8>)> {
    match tokens {
        [one] => coordinate(one),
        [a, b] => {
            let (letter, number) = match (hemisphere(a), hemisphere(b)) {
                (Some(h), None) => (h, b),
                (None, Some(h)) => (h, a),
                _ => return None,
            };
            if matches!(number.first(), Some(b'-' | b'+')) {
                return None;
            }
            match coordinate(number)? {
                (value, None) => Some((value, Some(letter))),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A latitude and a longitude in decimal degrees (`40.7486, -73.9864`, `N 40.7486 W 73.9864`,
/// `40.7486° N, 73.9864° W`), separated by a comma, a semicolon or spaces: |latitude| ≤ 90,
/// |longitude| ≤ 180, a latitude's letter N or S and a longitude's E or W, not both zero.
pub fn lat_long(value: &[u8]) -> bool {
    let mut tokens: [&[u8]; 4] = [&[]; 4];
    let mut count = 0;
    let mut comma_after = None;
    for (i, part) in value.split(|&b| b == b',' || b == b';').enumerate() {
        if i > 1 {
            return false;
        }
        for token in part.split(|&b| b == b' ').filter(|t| !t.is_empty()) {
            if count == 4 {
                return false;
            }
            tokens[count] = token;
            count += 1;
        }
        if i == 0 {
            comma_after = Some(count);
        }
    }
    // Where the latitude ends: at the comma, or halfway through the tokens.
    let half = match comma_after {
        Some(n) if n < count => n,
        _ if count % 2 == 0 => count / 2,
        _ => return false,
    };
    let (Some((lat, lat_h)), Some((lon, lon_h))) = (
        coordinate_of(&tokens[..half]),
        coordinate_of(&tokens[half..count]),
    ) else {
        return false;
    };
    lat <= 90.0
        && lon <= 180.0
        && lat_h.is_none_or(|h| matches!(h, b'N' | b'S'))
        && lon_h.is_none_or(|h| matches!(h, b'E' | b'W'))
        && (lat != 0.0 || lon != 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs() {
        assert!(lat_long(b"40.7486, -73.9864"));
        assert!(lat_long(b"-33.8688,151.2093"));
        assert!(lat_long(b"51.5007 -0.1246"));
        assert!(lat_long(b"N 40.7486 W 73.9864"));
        assert!(lat_long("40.7486° N, 73.9864° W".as_bytes()));
        assert!(lat_long("40.7486°N 73.9864°W".as_bytes()));
        assert!(lat_long(b"40.7486 N 73.9864 W"));
        assert!(lat_long(b"48.85837; 2.29448"));
        assert!(!lat_long(b"91.0000, 10.0000"), "latitude out of range");
        assert!(!lat_long(b"45.0000, 180.5000"), "longitude out of range");
        assert!(!lat_long(b"40.74, -73.98"), "two decimals");
        assert!(!lat_long(b"0.0000, 0.0000"), "null island");
        assert!(!lat_long(b"E 40.7486, N 73.9864"), "hemispheres swapped");
        assert!(!lat_long(b"N -40.7486, 73.9864"), "a sign and a letter");
        assert!(!lat_long(b"40.7486"), "one number");
        assert!(!lat_long(b"1.2.3.4, 5.6789"));
        assert!(!lat_long(b"1.2345, 2.3456, 3.4567"), "three numbers");
    }
}
