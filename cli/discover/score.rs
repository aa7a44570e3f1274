//! A bucket's sensitivity score, on Amazon Macie's scale:
//!
//! | score | meaning |
//! |---|---|
//! | −1 | error: the bucket could not be listed, or none of the objects sampled could be read |
//! | 1–49 | not sensitive: nothing found; the more of the bucket analysed, the lower |
//! | 50 | not yet analysed (also: every object in an archive storage class) |
//! | 51–99 | sensitive: something found; higher for more severe identifiers, more kinds of them and a larger share of objects holding them |
//! | 100 (or any) | set by hand in trawl.toml (`[discover.scores]`), which wins |
//!
//! Not sensitive: `49 − ⌊48 × analysed ÷ objects⌋` (an empty bucket, or one fully analysed, is
//! 1). Sensitive: `51 + min(48, severity + breadth + prevalence)`, where severity is the
//! highest found (HIGH 28, MEDIUM 16, LOW 6), breadth is 2 per distinct identifier up to 10,
//! and prevalence is `⌈10 × objects with findings ÷ objects analysed⌉`. So a bucket of card
//! numbers (HIGH) outranks one of e-mail addresses (LOW) whatever their prevalence, and both
//! outrank a clean bucket.

use serde::Serialize;
use trawl_scanner::{Category, Severity};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sensitivity {
    Sensitive,
    NotSensitive,
    Unanalysed,
    Error,
}

/// One identifier found in a bucket's analysed objects.
pub struct Found {
    pub id: String,
    pub severity: Severity,
    pub category: Category,
    pub count: u64,
}

/// What a score is computed from.
pub struct Evidence<'a> {
    /// Readable objects in the bucket (the last complete listing); `None` if never listed.
    pub listed: Option<u64>,
    /// Objects in archive storage classes.
    pub archived: u64,
    /// Objects larger than the budget.
    pub too_large: u64,
    /// Objects whose last read failed.
    pub failed: u64,
    /// Objects analysed so far.
    pub analysed: u64,
    pub with_findings: u64,
    pub found: &'a [Found],
    pub error: Option<&'a str>,
    /// A score set by hand.
    pub manual: Option<u8>,
}

pub struct Score {
    pub score: i32,
    pub sensitivity: Sensitivity,
    pub drivers: Vec<String>,
}

fn severity_points(severity: Severity) -> u64 {
    match severity {
        Severity::High => 28,
        Severity::Medium => 16,
        Severity::Low => 6,
    }
}

fn computed(evidence: &Evidence) -> Score {
    let mut drivers = Vec::new();
    if let Some(error) = evidence.error {
        return Score {
            score: -1,
            sensitivity: Sensitivity::Error,
            drivers: vec![error.to_string()],
        };
    }
    let Some(listed) = evidence.listed else {
        return Score {
            score: 50,
            sensitivity: Sensitivity::Unanalysed,
            drivers: vec!["not listed yet".into()],
        };
    };
    if evidence.archived > 0 {
        drivers.push(format!(
            "{} objects in archive storage classes not readable without a restore",
            evidence.archived
        ));
    }
    if evidence.too_large > 0 {
        drivers.push(format!(
            "{} objects larger than the budget not sampled (raise --budget)",
            evidence.too_large
        ));
    }
    if evidence.failed > 0 {
        drivers.push(format!(
            "{} objects could not be read; tried again by the next runs",
            evidence.failed
        ));
    }
    if (listed > 0 || evidence.archived > 0) && evidence.analysed == 0 {
        drivers.insert(0, format!("none of {listed} readable objects analysed yet"));
        return Score {
            score: 50,
            sensitivity: Sensitivity::Unanalysed,
            drivers,
        };
    }
    let share = |part: u64, whole: u64| part as f64 / whole.max(1) as f64;
    if evidence.found.is_empty() {
        let analysed_share = if listed == 0 {
            1.0
        } else {
            share(evidence.analysed, listed)
        };
        let score = 49 - (48.0 * analysed_share).floor() as i32;
        drivers.insert(
            0,
            if listed == 0 {
                "no readable objects".to_string()
            } else {
                format!(
                    "nothing found in {} of {listed} objects ({:.0} % analysed)",
                    evidence.analysed,
                    100.0 * analysed_share
                )
            },
        );
        return Score {
            score: score.clamp(1, 49),
            sensitivity: Sensitivity::NotSensitive,
            drivers,
        };
    }
    let severity = evidence
        .found
        .iter()
        .map(|f| severity_points(f.severity))
        .max()
        .unwrap_or(0);
    let breadth = (2 * evidence.found.len() as u64).min(10);
    let prevalence = (10.0 * share(evidence.with_findings, evidence.analysed)).ceil() as u64;
    let score = 51 + (severity + breadth + prevalence).min(48) as i32;
    // The identifiers that weigh most: by severity, then count.
    let mut top: Vec<&Found> = evidence.found.iter().collect();
    top.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(b.count.cmp(&a.count))
            .then(a.id.cmp(&b.id))
    });
    let mut found_drivers: Vec<String> = top
        .iter()
        .take(3)
        .map(|f| {
            format!(
                "{} ×{} ({}, {})",
                f.id,
                f.count,
                f.severity.as_str(),
                f.category.as_str()
            )
        })
        .collect();
    if top.len() > 3 {
        found_drivers.push(format!("{} more identifiers", top.len() - 3));
    }
    found_drivers.push(format!(
        "findings in {} of {} objects analysed ({:.0} % of the bucket analysed)",
        evidence.with_findings,
        evidence.analysed,
        100.0 * share(evidence.analysed, listed)
    ));
    found_drivers.extend(drivers);
    Score {
        score,
        sensitivity: Sensitivity::Sensitive,
        drivers: found_drivers,
    }
}

/// The score, and what drives it.
pub fn score(evidence: &Evidence) -> Score {
    let mut score = computed(evidence);
    if let Some(manual) = evidence.manual {
        score.drivers.insert(
            0,
            format!("set by hand in trawl.toml (computed: {})", score.score),
        );
        score.score = i32::from(manual);
        // As in Macie, the score set by hand decides whether the bucket counts as sensitive.
        score.sensitivity = if manual > 50 {
            Sensitivity::Sensitive
        } else if manual < 50 {
            Sensitivity::NotSensitive
        } else {
            Sensitivity::Unanalysed
        };
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(id: &str, severity: Severity, count: u64) -> Found {
        Found {
            id: id.into(),
            severity,
            category: Category::Personal,
            count,
        }
    }

    fn evidence<'a>(listed: u64, analysed: u64, with: u64, found: &'a [Found]) -> Evidence<'a> {
        Evidence {
            listed: Some(listed),
            archived: 0,
            too_large: 0,
            failed: 0,
            analysed,
            with_findings: with,
            found,
            error: None,
            manual: None,
        }
    }

    #[test]
    fn cards_outrank_emails_outrank_clean_and_partly_analysed_clean_is_higher() {
        let cards = [found("CREDIT_CARD_NUMBER", Severity::High, 3)];
        let emails = [found("EMAIL_ADDRESS", Severity::Low, 500)];
        let card_score = score(&evidence(100, 10, 1, &cards)).score;
        let email_score = score(&evidence(100, 100, 100, &emails)).score;
        let clean_full = score(&evidence(100, 100, 0, &[])).score;
        let clean_part = score(&evidence(100, 10, 0, &[])).score;
        assert!(card_score > email_score, "{card_score} {email_score}");
        assert!(email_score > 50 && clean_part < 50);
        assert_eq!(clean_full, 1);
        assert_eq!(clean_part, 49 - 4);
        assert_eq!(card_score, 51 + 28 + 2 + 1);
        assert_eq!(email_score, 51 + 6 + 2 + 10);
    }

    #[test]
    fn the_ends_of_the_scale() {
        let many: Vec<Found> = (0..8)
            .map(|i| found(&format!("ID{i}"), Severity::High, 1))
            .collect();
        assert_eq!(score(&evidence(10, 10, 10, &many)).score, 99);
        assert_eq!(score(&evidence(10, 0, 0, &[])).score, 50);
        assert_eq!(score(&evidence(0, 0, 0, &[])).score, 1);
        let failed = Evidence {
            error: Some("listing denied"),
            ..evidence(0, 0, 0, &[])
        };
        assert_eq!(score(&failed).score, -1);
        assert_eq!(score(&failed).sensitivity, Sensitivity::Error);
        let never = Evidence {
            listed: None,
            ..evidence(0, 0, 0, &[])
        };
        assert_eq!(score(&never).score, 50);
        let archived = Evidence {
            archived: 5,
            ..evidence(0, 0, 0, &[])
        };
        assert_eq!(score(&archived).score, 50);
    }

    #[test]
    fn a_score_set_by_hand_wins() {
        let clean = Evidence {
            manual: Some(100),
            ..evidence(10, 10, 0, &[])
        };
        let s = score(&clean);
        assert_eq!((s.score, s.sensitivity), (100, Sensitivity::Sensitive));
        assert!(s.drivers[0].contains("computed: 1"), "{:?}", s.drivers);
    }
}
