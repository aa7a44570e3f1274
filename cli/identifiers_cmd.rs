//! `trawl identifiers list|test`.

use crate::args::{Format, IdentifiersCommand, Selection};
use anyhow::{Context, Result};
use std::collections::BTreeSet;
use std::io::Write;
use trawl_scanner::{examples, exit, Scanner, ScannerBuilder};

/// A builder over every identifier with the user's selection applied.
pub fn builder(selection: &Selection) -> ScannerBuilder {
    let mut builder = Scanner::builder();
    if let Some(ids) = &selection.identifiers {
        builder = builder.select(ids.iter().map(|s| s.trim().to_string()));
    }
    builder.exclude(selection.exclude_identifiers.iter().map(|s| s.trim().to_string()))
}

pub fn run(command: IdentifiersCommand) -> Result<i32> {
    match command {
        IdentifiersCommand::List { format, anchors, selection } => list(&selection, format, anchors),
        IdentifiersCommand::Test { selection } => test(&selection),
    }
}

fn list(selection: &Selection, format: Format, anchors: bool) -> Result<i32> {
    let scanner = builder(selection).build().context("selecting identifiers")?;
    let mut out = std::io::stdout().lock();
    if anchors {
        let all: BTreeSet<&str> = scanner.identifiers().flat_map(|i| i.anchors.iter().map(String::as_str)).collect();
        for anchor in all {
            writeln!(out, "{anchor}")?;
        }
        return Ok(exit::CLEAN);
    }
    match format {
        Format::Human => {
            writeln!(out, "{:<28} {:<12} {:<8} NAME", "ID", "CATEGORY", "SEVERITY")?;
            for i in scanner.identifiers() {
                writeln!(out, "{:<28} {:<12} {:<8} {}", i.id, i.category.to_string(), i.severity.to_string(), i.name)?;
            }
        }
        Format::Json | Format::Jsonl => {
            let records = scanner.identifiers().map(|i| {
                serde_json::json!({
                    "type": "identifier", "id": i.id, "name": i.name, "category": i.category,
                    "severity": i.severity, "anchors": i.anchors, "keywords": i.keywords,
                    "validators": i.validators.iter().map(|(n, _)| n).collect::<Vec<_>>(),
                    "origin": i.origin.to_string(),
                })
            });
            if matches!(format, Format::Json) {
                // One document, as `scan --format json` gives.
                serde_json::to_writer_pretty(&mut out, &records.collect::<Vec<_>>())?;
                writeln!(out)?;
            } else {
                for record in records {
                    writeln!(out, "{record}")?;
                }
            }
        }
    }
    Ok(exit::CLEAN)
}

fn test(selection: &Selection) -> Result<i32> {
    let scanner = builder(selection).build().context("selecting identifiers")?;
    let (tally, failures) = examples::check_examples(&scanner);
    let mut out = std::io::stdout().lock();
    for failure in &failures {
        writeln!(out, "FAIL {failure}")?;
    }
    writeln!(
        out,
        "{} identifiers: {} examples and {} negative examples checked, {} failed",
        scanner.identifier_ids().len(),
        tally.examples,
        tally.negative_examples,
        failures.len()
    )?;
    Ok(if failures.is_empty() { exit::CLEAN } else { exit::FINDINGS })
}
