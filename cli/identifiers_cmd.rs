//! `trawl identifiers list|test`.

use crate::args::{ConfigArgs, IdentifiersCommand, ListFormat, Selection, TryArgs};
use crate::config;
use crate::exit;
use anyhow::{Context, Result};
use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;
use trawl_scanner::identifiers::config::ManagedSelection;
use trawl_scanner::identifiers::{check_spec, Config, Identifier, IdentifierSpec, Origin};
use trawl_scanner::{examples, Scanner, ScannerBuilder};

/// A builder over the built-in identifiers and the configuration's custom ones, allow lists
/// and managed selection. `--identifiers` / `--exclude-identifiers` override the file's
/// managed selection.
pub fn builder(selection: &Selection, config: Option<&Config>) -> ScannerBuilder {
    let mut builder = Scanner::builder();
    if let Some(config) = config {
        builder = builder.config(config);
        if selection.identifiers.is_some() || !selection.exclude_identifiers.is_empty() {
            builder = builder.managed(ManagedSelection::All, Vec::new());
        }
    }
    if let Some(ids) = &selection.identifiers {
        builder = builder.select(ids.iter().map(|s| s.trim().to_string()));
    }
    let countries = selection
        .countries
        .clone()
        .or_else(|| config.and_then(|c| c.managed.countries.clone()));
    if let Some(codes) = countries {
        builder = builder.countries(codes.into_iter().map(|c| c.trim().to_string()));
    }
    builder.exclude(
        selection
            .exclude_identifiers
            .iter()
            .map(|s| s.trim().to_string()),
    )
}

pub fn run(command: IdentifiersCommand) -> Result<i32> {
    match command {
        IdentifiersCommand::List {
            format,
            anchors,
            selection,
            config,
        } => list(&selection, &config, format, anchors),
        IdentifiersCommand::Test { selection, config } => test(&selection, &config),
        IdentifiersCommand::Try(args) => try_draft(&args),
        IdentifiersCommand::ImportMacie { file } => crate::macie_import::run(&file),
    }
}

fn scanner(selection: &Selection, config_args: &ConfigArgs) -> Result<Scanner> {
    let config = config::load(config_args, &[PathBuf::from(".")])?;
    builder(selection, config.as_ref())
        .build()
        .context("selecting identifiers")
}

fn list(
    selection: &Selection,
    config_args: &ConfigArgs,
    format: ListFormat,
    anchors: bool,
) -> Result<i32> {
    let scanner = scanner(selection, config_args)?;
    let mut out = std::io::stdout().lock();
    if anchors {
        let all: BTreeSet<&str> = scanner
            .identifiers()
            .flat_map(|i| i.anchors.iter().map(String::as_str))
            .collect();
        for anchor in all {
            writeln!(out, "{anchor}")?;
        }
        return Ok(exit::CLEAN);
    }
    match format {
        ListFormat::Human => {
            writeln!(
                out,
                "{:<28} {:<12} {:<8} {:<40} DEFINED IN",
                "ID", "CATEGORY", "SEVERITY", "NAME"
            )?;
            for i in scanner.identifiers() {
                writeln!(
                    out,
                    "{:<28} {:<12} {:<8} {:<40} {}",
                    i.id,
                    i.category.to_string(),
                    i.severity.to_string(),
                    i.name,
                    i.origin
                )?;
            }
        }
        ListFormat::Markdown => write_markdown(&mut out, scanner.identifiers())?,
        ListFormat::Json | ListFormat::Jsonl => {
            let records = scanner.identifiers().map(|i| {
                serde_json::json!({
                    "type": "identifier", "id": i.id, "name": i.name, "category": i.category,
                    "severity": i.severity, "anchors": i.anchors,
                    "anchors_derived": i.anchors_derived, "keywords": i.keywords,
                    "validators": i.validators.iter().map(|v| v.name()).collect::<Vec<_>>(),
                    "countries": i.countries, "recommended": i.recommended,
                    "origin": i.origin.to_string(),
                })
            });
            if matches!(format, ListFormat::Json) {
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

/// The README's identifier table: one row per identifier, in the catalogue's order.
fn write_markdown<'a>(
    out: &mut impl Write,
    identifiers: impl Iterator<Item = &'a Identifier>,
) -> std::io::Result<()> {
    // A cell holds no newline, and a `|` would end it.
    let cell = |text: &str| {
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace('|', "\\|")
    };
    writeln!(
        out,
        "| id | category | severity | what it finds | checked by | defined in |"
    )?;
    writeln!(out, "|---|---|---|---|---|---|")?;
    for i in identifiers {
        let mut checks: Vec<String> = i
            .validators
            .iter()
            .map(|v| format!("`{}`", v.name()))
            .collect();
        if i.keyword_required {
            checks.push("a keyword".into());
        }
        if checks.is_empty() {
            checks.push("the pattern".into());
        }
        // Built-ins live in identifiers/builtin/; the line moves with every edit, the file not.
        let file = i
            .origin
            .file
            .strip_prefix("builtin/")
            .unwrap_or(&i.origin.file);
        writeln!(
            out,
            "| `{}` | {} | {} | {} | {} | `{}` |",
            i.id,
            i.category,
            i.severity,
            cell(i.description.as_deref().unwrap_or(&i.name)),
            checks.join(", "),
            cell(file)
        )?;
    }
    Ok(())
}

fn test(selection: &Selection, config_args: &ConfigArgs) -> Result<i32> {
    let scanner = scanner(selection, config_args)?;
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
    Ok(if failures.is_empty() {
        exit::CLEAN
    } else {
        exit::FINDINGS
    })
}

/// `identifiers try`: a draft identifier, checked with the config file's rules (Macie's
/// limits included), run over a sample.
fn try_draft(args: &TryArgs) -> Result<i32> {
    let sample = match (&args.sample, &args.sample_file) {
        (Some(text), _) => text.clone().into_bytes(),
        (None, Some(path)) => {
            std::fs::read(path).with_context(|| format!("reading {}", path.display()))?
        }
        (None, None) => anyhow::bail!("give --sample TEXT or --sample-file FILE"),
    };
    let spec = IdentifierSpec {
        id: "DRAFT".into(),
        name: "Draft identifier".into(),
        description: None,
        category: None,
        severity: None,
        confidence: None,
        regex: args.regex.clone(),
        anchors: None,
        min_digits: None,
        digits_after_uppercase: false,
        digits_only_after_uppercase: false,
        keywords: args.keywords.clone(),
        region_words: Vec::new(),
        // The same default as trawl.toml: given keywords are required unless opted out.
        keyword_required: match (args.keyword_required, args.no_keyword_required) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        },
        maximum_match_distance: args.maximum_match_distance,
        ignore_words: args.ignore_words.clone(),
        validators: Vec::new(),
        severity_levels: Vec::new(),
        max_length: None,
        anchor_lookbehind: None,
        column_value: None,
        column_names: Vec::new(),
        example_values: Vec::new(),
        placeholder_check: None,
        generic: None,
        low_entropy: None,
        recommended: None,
        countries: Vec::new(),
        examples: Vec::new(),
        negative_examples: Vec::new(),
    };
    if let Some((field, reason)) = trawl_scanner::identifiers::config::macie_limit_violation(&spec)
    {
        anyhow::bail!("--{}: {reason}", field.replace('_', "-"));
    }
    let draft = check_spec(
        spec,
        Origin {
            file: "command line".into(),
            line: 1,
        },
    )
    .map_err(|e| {
        anyhow::anyhow!(
            "--{}: {}",
            e.field.unwrap_or_default().replace('_', "-"),
            e.reason
        )
    })?;
    let scanner = Scanner::builder()
        .identifiers(vec![draft])
        .build()
        .context("compiling the draft")?;
    let outcome = scanner.scan_bytes(&sample);
    let mut out = std::io::stdout().lock();
    for f in &outcome.findings {
        let shown = if args.show_secrets {
            String::from_utf8_lossy(f.value()).into_owned()
        } else {
            f.redacted.clone()
        };
        let keyword =
            if f.confidence == trawl_scanner::Confidence::High && !args.keywords.is_empty() {
                " (keyword)"
            } else {
                ""
            };
        writeln!(out, "{}:{}: {shown}{keyword}", f.line, f.column)?;
    }
    writeln!(
        out,
        "{} match{}",
        outcome.findings.len(),
        if outcome.findings.len() == 1 {
            ""
        } else {
            "es"
        }
    )?;
    Ok(exit::CLEAN)
}
