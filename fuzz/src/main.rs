//! `trawl-fuzz`: runs the fuzz targets for a time budget each and prints executions per second.
//!
//!     cargo run --release -p trawl-fuzz -- [--seconds 60] [--seed N] [--time-limit 2] [TARGET...]
//!
//! (`benches/fuzz.sh` runs every target longer; `cargo test -p trawl-fuzz` runs each briefly.)
//! Exit code 1 when a property broke: the inputs are in `target/fuzz-artifacts/`.

use std::path::PathBuf;
use std::time::Duration;
use trawl_fuzz::alloc::Counting;
use trawl_fuzz::run::{fuzz, Settings};
use trawl_fuzz::TARGETS;

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn main() {
    let mut settings = Settings {
        budget: Duration::from_secs(60),
        seed: 20261204,
        time_limit: Duration::from_secs(2),
        corpus: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus")),
        artifacts: PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../target/fuzz-artifacts"
        )),
    };
    let mut names = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut number = |flag: &str| -> u64 {
            args.next()
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| usage(&format!("{flag} needs a number")))
        };
        match arg.as_str() {
            "--seconds" => settings.budget = Duration::from_secs(number("--seconds")),
            "--seed" => settings.seed = number("--seed"),
            "--time-limit" => settings.time_limit = Duration::from_secs(number("--time-limit")),
            "-h" | "--help" => usage(""),
            name if TARGETS.iter().any(|t| t.name == name) => names.push(name.to_string()),
            other => usage(&format!("unknown target or flag {other:?}")),
        }
    }
    println!("| target | executions | per second | pool | outcomes | failures |");
    println!("|---|---:|---:|---:|---:|---:|");
    let mut failed = false;
    for target in TARGETS
        .iter()
        .filter(|t| names.is_empty() || names.iter().any(|n| n == t.name))
    {
        let report = fuzz(target, &settings);
        println!(
            "| {} | {} | {:.0} | {} | {} | {} |",
            report.target,
            report.executions,
            report.per_second(),
            report.pool,
            report.outcomes,
            report.failures.len()
        );
        for failure in &report.failures {
            failed = true;
            eprintln!(
                "trawl-fuzz: {}: {} ({})",
                report.target,
                failure.message,
                failure.input.display()
            );
        }
    }
    std::process::exit(i32::from(failed));
}

fn usage(problem: &str) -> ! {
    if !problem.is_empty() {
        eprintln!("trawl-fuzz: {problem}");
    }
    let names: Vec<&str> = TARGETS.iter().map(|t| t.name).collect();
    eprintln!(
        "usage: trawl-fuzz [--seconds N] [--seed N] [--time-limit SECONDS] [TARGET...]\ntargets: {}",
        names.join(", ")
    );
    std::process::exit(2);
}
