//! Phone validations per second (`benches/pii.sh` runs it): the `phone` validator on a seeded
//! mix of numbers as the scanner hands them over — international (`+1 415 555 2671`,
//! `0044 …`) and national forms (after a keyword), valid and invalid — after the metadata has
//! loaded. Prints one line per mix and the one-off load time.

use std::hint::black_box;
use std::time::Instant;
use trawl_identifiers::validators::{Context, Date, PhoneRegions, Validator};

/// A small deterministic generator (xorshift), so every run checks the same numbers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + (self.next() % 10) as u8))
            .collect()
    }
}

fn main() {
    let validator =
        Validator::new("phone", &Default::default()).expect("the phone validator exists");
    let phone = |value: &[u8], context: &Context<'_>, details: &mut _| {
        validator.validate(value, context, details)
    };
    let regions = PhoneRegions::default();
    let mut rng = Rng(20261201);
    // Numbers shaped like the scanner's candidates: random digits in real formats, so some
    // validate and many do not (an unassigned area code, a wrong length).
    let international: Vec<String> = (0..20_000)
        .map(|i| match i % 4 {
            0 => format!("+1 {} {} {}", rng.digits(3), rng.digits(3), rng.digits(4)),
            1 => format!("+44 7{} {}", rng.digits(3), rng.digits(6)),
            2 => format!("+49 30 {}", rng.digits(8)),
            _ => format!(
                "0033 6 {} {} {} {}",
                rng.digits(2),
                rng.digits(2),
                rng.digits(2),
                rng.digits(2)
            ),
        })
        .collect();
    let national: Vec<String> = (0..20_000)
        .map(|i| match i % 3 {
            0 => format!("({}) {}-{}", rng.digits(3), rng.digits(3), rng.digits(4)),
            1 => format!("030 {}", rng.digits(8)),
            _ => format!("07{} {}", rng.digits(3), rng.digits(6)),
        })
        .collect();
    let context = |keyword| Context {
        keyword,
        phone_regions: &regions,
        today: Date::today(),
        before: b"",
        match_outside: [b"", b""],
        after: b"",
        field: b"",
    };

    let start = Instant::now();
    let mut details = Vec::new();
    black_box(phone(b"+1 415 555 2671", &context(false), &mut details));
    println!(
        "metadata load and first check: {:.1} ms",
        start.elapsed().as_secs_f64() * 1e3
    );

    for (name, numbers, keyword) in [
        ("international forms", &international, false),
        ("national forms after a keyword", &national, true),
    ] {
        let context = context(keyword);
        // Warm every region's patterns first: they compile on a region's first number.
        let mut valid = 0;
        for n in numbers {
            details.clear();
            valid += usize::from(
                phone(n.as_bytes(), &context, &mut details)
                    == trawl_identifiers::validators::Verdict::Valid,
            );
        }
        let rounds = 5;
        let start = Instant::now();
        for _ in 0..rounds {
            for n in numbers {
                details.clear();
                black_box(phone(black_box(n.as_bytes()), &context, &mut details));
            }
        }
        let seconds = start.elapsed().as_secs_f64();
        let checks = (rounds * numbers.len()) as f64;
        println!(
            "{name}: {:.0} validations/s ({:.2} us each), {valid} of {} valid",
            checks / seconds,
            seconds / checks * 1e6,
            numbers.len()
        );
    }
}
