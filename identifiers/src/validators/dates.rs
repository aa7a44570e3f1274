//! Birth dates: numeric (ISO, day-first, month-first) and with month names in English, German,
//! French, Spanish, Italian and Portuguese; a real calendar date between 1900 and today.

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    year: u32,
    month: u32,
    day: u32,
}

impl Date {
    /// A real calendar date (leap years included), or `None`.
    ///
    /// ```
    /// use trawl_identifiers::validators::Date;
    /// assert!(Date::new(2024, 2, 29).is_some());
    /// assert!(Date::new(2023, 2, 29).is_none());
    /// ```
    pub fn new(year: u32, month: u32, day: u32) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    /// Today's date in UTC, from the system clock.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_days_since_epoch((secs / 86_400) as i64)
    }

    /// Civil date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
    fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u32;
        Date { year, month, day }
    }
}

/// Month names and abbreviations (lower case, ASCII and UTF-8 spellings) and their numbers.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("januar", 1),
    ("jänner", 1),
    ("janvier", 1),
    ("enero", 1),
    ("gennaio", 1),
    ("janeiro", 1),
    ("february", 2),
    ("feb", 2),
    ("februar", 2),
    ("février", 2),
    ("fevrier", 2),
    ("févr", 2),
    ("febrero", 2),
    ("febbraio", 2),
    ("fevereiro", 2),
    ("march", 3),
    ("mar", 3),
    ("märz", 3),
    ("maerz", 3),
    ("mars", 3),
    ("marzo", 3),
    ("março", 3),
    ("marco", 3),
    ("april", 4),
    ("apr", 4),
    ("avril", 4),
    ("abril", 4),
    ("aprile", 4),
    ("may", 5),
    ("mai", 5),
    ("mayo", 5),
    ("maggio", 5),
    ("maio", 5),
    ("june", 6),
    ("jun", 6),
    ("juni", 6),
    ("juin", 6),
    ("junio", 6),
    ("giugno", 6),
    ("junho", 6),
    ("july", 7),
    ("jul", 7),
    ("juli", 7),
    ("juillet", 7),
    ("julio", 7),
    ("luglio", 7),
    ("julho", 7),
    ("august", 8),
    ("aug", 8),
    ("août", 8),
    ("aout", 8),
    ("agosto", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("septembre", 9),
    ("septiembre", 9),
    ("setiembre", 9),
    ("settembre", 9),
    ("setembro", 9),
    ("october", 10),
    ("oct", 10),
    ("oktober", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("ottobre", 10),
    ("outubro", 10),
    ("november", 11),
    ("nov", 11),
    ("novembre", 11),
    ("noviembre", 11),
    ("novembro", 11),
    ("december", 12),
    ("dec", 12),
    ("dezember", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("diciembre", 12),
    ("dicembre", 12),
    ("dezembro", 12),
];

fn month_number(word: &[u8]) -> Option<u32> {
    if word.len() > 12 {
        return None;
    }
    let mut lower = [0u8; 12];
    let lower = &mut lower[..word.len()];
    for (l, b) in lower.iter_mut().zip(word) {
        *l = b.to_ascii_lowercase();
    }
    // Non-ASCII capitals (`MÄRZ`) are rare enough in dates not to be folded.
    MONTHS
        .iter()
        .find(|(name, _)| name.as_bytes() == &lower[..])
        .map(|&(_, n)| n)
}

/// A birth date: a real date between 1900-01-01 and `today`. Numeric forms are ISO
/// (`1984-07-23`, `1984/07/23`), day-first or month-first (`23.07.1984`, `07/23/1984`, also
/// with two-digit years, read as the latest year not after today); the day/month order is
/// accepted when either reading is a real date. Month names (`July 23, 1984`,
/// `23. Juli 1984`, `23 de julio de 1984`) in six languages.
pub fn birth_date(value: &[u8], today: Date) -> bool {
    let mut numbers = [0u32; 3];
    let mut widths = [0usize; 3];
    let mut n = 0;
    let mut month_word = None;
    for token in value
        .split(|b| matches!(b, b' ' | b'/' | b'-' | b'.' | b',' | b'\t'))
        .filter(|t| !t.is_empty())
    {
        if token.iter().all(u8::is_ascii_digit) {
            if n == 3 || token.len() > 4 {
                return false;
            }
            numbers[n] = token
                .iter()
                .fold(0, |acc, d| acc * 10 + u32::from(d - b'0'));
            widths[n] = token.len();
            n += 1;
        } else if let Some(m) = month_number(token) {
            if month_word.replace(m).is_some() {
                return false;
            }
        } else if let Some(day) = ordinal_day(token) {
            if n == 3 {
                return false;
            }
            numbers[n] = day;
            widths[n] = 2;
            n += 1;
        } else if !matches!(token, b"de" | b"of" | b"the") {
            return false;
        }
    }
    let full_year = |y: u32, width: usize| -> Option<u32> {
        match width {
            4 => Some(y),
            2 => {
                let candidate = 2000 + y;
                Some(if candidate > today.year {
                    1900 + y
                } else {
                    candidate
                })
            }
            _ => None,
        }
    };
    let plausible = |year: u32, month: u32, day: u32| {
        Date::new(year, month, day)
            .is_some_and(|d| d >= Date::new(1900, 1, 1).unwrap() && d <= today)
    };
    match (month_word, n) {
        (Some(month), 2) => {
            // `23 July 1984` or `July 23, 1984`: the year is the four-digit number.
            let (day, year) = if widths[1] == 4 {
                (numbers[0], numbers[1])
            } else if widths[0] == 4 {
                (numbers[1], numbers[0])
            } else {
                return false;
            };
            widths[0].max(widths[1]) == 4 && plausible(year, month, day)
        }
        (None, 3) => {
            if widths[0] == 4 {
                plausible(numbers[0], numbers[1], numbers[2])
            } else if widths[0] <= 2 && widths[1] <= 2 {
                let Some(year) = full_year(numbers[2], widths[2]) else {
                    return false;
                };
                plausible(year, numbers[1], numbers[0]) || plausible(year, numbers[0], numbers[1])
            } else {
                false
            }
        }
        _ => false,
    }
}

/// `1st`, `2nd`, `23rd`, `4th` as a day number.
fn ordinal_day(token: &[u8]) -> Option<u32> {
    let digits = token.iter().take_while(|b| b.is_ascii_digit()).count();
    let suffix = &token[digits..];
    if !(1..=2).contains(&digits)
        || !matches!(
            suffix.to_ascii_lowercase().as_slice(),
            b"st" | b"nd" | b"rd" | b"th"
        )
    {
        return None;
    }
    Some(
        token[..digits]
            .iter()
            .fold(0, |acc, d| acc * 10 + u32::from(d - b'0')),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> bool {
        birth_date(text.as_bytes(), Date::new(2026, 1, 1).unwrap())
    }

    #[test]
    fn numeric_forms() {
        for text in [
            "1984-07-23",
            "1984/07/23",
            "23/07/1984",
            "07/23/1984",
            "23.07.1984",
            "23-07-1984",
            "7/4/76",
            "2000-02-29",
        ] {
            assert!(ok(text), "{text}");
        }
        for text in [
            "1984-13-23",
            "32/07/1984",
            "1899-12-31",
            "2026-05-01",
            "2001-02-29",
        ] {
            assert!(!ok(text), "{text}");
        }
    }

    #[test]
    fn month_names_in_six_languages() {
        for text in [
            "July 23, 1984",
            "23 July 1984",
            "Jul 23, 1984",
            "23. Juli 1984",
            "23 juillet 1984",
            "23 de julio de 1984",
            "23 luglio 1984",
            "23 de julho de 1984",
            "1 März 1950",
            "March 3rd, 1990",
        ] {
            assert!(ok(text), "{text}");
        }
        assert!(!ok("Foo 23, 1984"));
        assert!(!ok("February 30, 1984"));
    }

    #[test]
    fn today_is_a_real_date() {
        let today = Date::today();
        assert!(today.year >= 2024);
        assert_eq!(
            Date::from_days_since_epoch(19_723),
            Date::new(2024, 1, 1).unwrap()
        );
    }
}
