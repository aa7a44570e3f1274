//! The planted-value property: a value anywhere, also across chunk boundaries, is found
//! exactly once, and a chunked scan reports exactly what a whole-buffer scan reports.

use proptest::prelude::*;
use trawl_scanner::identifiers::{builtin, parse_identifiers};
use trawl_scanner::{Finding, Scanner};

/// Custom identifiers that exercise look-back (keywords), long unbounded matches and the
/// anchorless pass, next to the built-ins.
const CUSTOM: &str = r#"
[[identifier]]
id = "EMPLOYEE_ID"
name = "Employee id"
regex = 'E\d{6}'
anchors = ["E"]
keywords = ["badge"]
keyword_required = true
maximum_match_distance = 60

[[identifier]]
id = "LONG_BLOCK"
name = "Long block"
regex = '(?s)BLOCK\[[a-z0-9]+?\]END'
anchors = ["BLOCK["]
max_length = 3000

[[identifier]]
id = "ACCOUNT"
name = "Account"
regex = '\bACC[0-9]{8}\b'
"#;

const BASE32: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const BASE62: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

fn scanner() -> Scanner {
    let mut ids = builtin();
    ids.extend(parse_identifiers(CUSTOM, "custom.toml").unwrap());
    Scanner::builder()
        .identifiers(ids)
        .chunk_size(4096)
        .build()
        .unwrap()
}

/// A tiny deterministic generator so each planted value is reproducible from its seed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick(&mut self, alphabet: &[u8], n: usize) -> String {
        (0..n)
            .map(|_| alphabet[(self.next() % alphabet.len() as u64) as usize] as char)
            .collect()
    }
}

fn github_token(rng: &mut Rng) -> String {
    let body = rng.pick(BASE62, 30);
    let mut n = crc32fast_hash(body.as_bytes());
    let mut check = [b'0'; 6];
    for slot in check.iter_mut().rev() {
        *slot = BASE62[(n % 62) as usize];
        n /= 62;
    }
    format!("ghp_{body}{}", std::str::from_utf8(&check).unwrap())
}

fn crc32fast_hash(data: &[u8]) -> u32 {
    // Bitwise CRC-32 (IEEE), independent of the crate the validator uses.
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A planted value: the text inserted, the identifier expected, and the value reported.
fn plant(kind: u64, rng: &mut Rng) -> (String, &'static str, String) {
    for _attempt in 0..100 {
        let (text, id, value) = match kind % 5 {
            0 => {
                let v = format!("AKIA{}", rng.pick(BASE32, 16));
                (format!(" {v} "), "AWS_ACCESS_KEY_ID", v)
            }
            1 => {
                let v = github_token(rng);
                (format!(" {v} "), "GITHUB_TOKEN", v)
            }
            2 => {
                let v = format!("E{}", rng.pick(b"0123456789", 6));
                // The keyword must stand as a word of its own: at least one separator.
                let gap = " ".repeat(1 + (rng.next() % 40) as usize);
                (format!(" badge{gap}{v} "), "EMPLOYEE_ID", v)
            }
            3 => {
                let len = 200 + (rng.next() % 2000) as usize;
                let body = rng.pick(b"abcdefghijklmnopqrstuvwxyz0123456789", len);
                let v = format!("BLOCK[{body}]END");
                (format!(" {v} "), "LONG_BLOCK", v)
            }
            _ => {
                let v = format!("ACC{}", rng.pick(b"0123456789", 8));
                (format!(" {v} "), "ACCOUNT", v)
            }
        };
        // Random values can look like placeholders (eight equal characters); draw again.
        if !trawl_scanner::identifiers::validators::looks_like_placeholder(value.as_bytes()) {
            return (text, id, value);
        }
    }
    panic!("no non-placeholder value in 100 draws");
}

fn key(f: &Finding) -> (u64, u64, String, u64, u64, Option<String>) {
    (
        f.start,
        f.end,
        f.id().to_string(),
        f.line,
        f.column,
        f.fingerprint.clone(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn chunked_scans_equal_whole_scans_and_find_every_planted_value(
        seed in 1u64..u64::MAX,
        filler_sizes in prop::collection::vec(0usize..6000, 5..40),
        feed_sizes in prop::collection::vec(1usize..9000, 1..64),
    ) {
        let scanner = scanner();
        let mut rng = Rng(seed);
        let mut data = Vec::new();
        let mut planted = Vec::new();
        for (i, size) in filler_sizes.iter().enumerate() {
            // Filler: lower-case words of eight letters or more and newlines; it cannot form
            // any identifier's match, nor a keyword (a random `dl` before `badge E515644` made
            // it a driver's licence).
            let mut word = 0;
            for _ in 0..*size {
                let r = rng.next() % 12;
                let separator = word >= 8 && r < 3;
                data.push(match r {
                    0 if separator => b'\n',
                    1 | 2 if separator => b' ',
                    _ => b'a' + (rng.next() % 26) as u8,
                });
                word = if separator { 0 } else { word + 1 };
            }
            // The filler may stop mid-word: finish that word to eight letters, or a short
            // one such as `hic` (a health claim number keyword) lands next to the value.
            while word > 0 && word < 8 {
                data.push(b'a' + (rng.next() % 26) as u8);
                word += 1;
            }
            let (text, id, value) = plant(i as u64 + seed, &mut rng);
            let at = data.len() + text.find(&value).unwrap();
            data.extend_from_slice(text.as_bytes());
            planted.push((at as u64, id, value));
        }

        let whole = scanner.scan_bytes(&data);
        let mut session = scanner.session();
        let mut rest = &data[..];
        let mut i = 0;
        let mut chunked = Vec::new();
        while !rest.is_empty() {
            let n = feed_sizes[i % feed_sizes.len()].min(rest.len());
            session.feed(&rest[..n]);
            chunked.extend(session.take_findings());
            rest = &rest[n..];
            i += 1;
        }
        let outcome = session.finish();
        chunked.extend(outcome.findings);

        let whole_keys: Vec<_> = whole.findings.iter().map(key).collect();
        let chunked_keys: Vec<_> = chunked.iter().map(key).collect();
        prop_assert_eq!(&whole_keys, &chunked_keys);
        prop_assert_eq!(whole.bytes, data.len() as u64);
        for (at, id, value) in &planted {
            let hits = whole.findings.iter().filter(|f| f.start == *at && f.id() == *id).count();
            prop_assert_eq!(hits, 1, "{} planted at {} found {} times", id, at, hits);
            let f = whole.findings.iter().find(|f| f.start == *at).unwrap();
            prop_assert_eq!(f.value(), value.as_bytes());
            let line = data[..*at as usize].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
            prop_assert_eq!(f.line, line);
        }
        prop_assert_eq!(whole.findings.len(), planted.len());
    }
}

/// Pieces of number-dense text: numbers that are values (with their keywords) and numbers
/// that are not (glued to letters, in versions, long runs), so the digit-group candidates and
/// the keyword gate see every kind of boundary.
const NUMERIC_PIECES: &[&str] = &[
    " 4111 1111 1111 1111 ",
    " cvv 123 ",
    " exp 12/27 ",
    " dob 1984-07-23 ",
    " ssn 536-22-8471 ",
    " phone +44 20 7946 0958 ",
    " tel (415) 555-2671 ",
    " DE89 3704 0044 0532 0130 00 ",
    " 128u32 ",
    " 1024px ",
    " 3fa8c1 ",
    " 1.2.3 ",
    " 12345678901234567890123456789x ",
    // More digits than any identifier counts: judged without the byte after it.
    concat!(
        " 1",
        "234567890123456789012345678901234567890123456789012345678901234567890",
        "x "
    ),
    "4111111111111111",
    "_",
    "x",
    "\n",
    " ",
    "-",
    "/",
    "7",
    "42",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn chunked_scans_of_number_dense_text_equal_whole_scans(
        pieces in prop::collection::vec(0usize..NUMERIC_PIECES.len(), 500..3000),
        feed_sizes in prop::collection::vec(1usize..300, 1..32),
    ) {
        let scanner = scanner();
        let data: Vec<u8> = pieces.iter().flat_map(|&p| NUMERIC_PIECES[p].bytes()).collect();
        let whole = scanner.scan_bytes(&data);
        let mut session = scanner.session();
        let mut rest = &data[..];
        let mut chunked = Vec::new();
        for n in feed_sizes.iter().cycle() {
            if rest.is_empty() {
                break;
            }
            let n = (*n).min(rest.len());
            session.feed(&rest[..n]);
            chunked.extend(session.take_findings());
            rest = &rest[n..];
        }
        chunked.extend(session.finish().findings);
        let whole_keys: Vec<_> = whole.findings.iter().map(key).collect();
        let chunked_keys: Vec<_> = chunked.iter().map(key).collect();
        prop_assert_eq!(whole_keys, chunked_keys);
        // A keyword piece followed by a space or a line break stands alone: its value is found.
        // (Followed by `42` instead, `cvv 123` runs on into `123 42 4111`, which may be
        // another identifier's value.)
        let planted = [
            (" ssn ", "USA_SOCIAL_SECURITY_NUMBER"),
            (" dob ", "DATE_OF_BIRTH"),
            (" cvv ", "CREDIT_CARD_SECURITY_CODE"),
        ];
        let mut at = 0;
        for (i, &p) in pieces.iter().enumerate() {
            let piece = NUMERIC_PIECES[p];
            let next = pieces.get(i + 1).map(|&n| NUMERIC_PIECES[n]);
            let alone = next.is_none_or(|n| n.starts_with([' ', '\n']));
            for (keyword, id) in planted {
                if let Some(value) = piece.strip_prefix(keyword).filter(|_| alone) {
                    let start = (at + keyword.len()) as u64;
                    let end = start + value.trim_end().len() as u64;
                    let hit = whole.findings.iter().any(|f| f.id() == id && (f.start, f.end) == (start, end));
                    prop_assert!(hit, "{} {:?} at {} not found", id, value, start);
                }
            }
            at += piece.len();
        }
    }
}
