//! Each fuzz target for a short, bounded time (TRAWL_FUZZ_SECONDS, default 8 s each; two run at
//! once on two cores): every seed, then mutations. A broken property fails the test and names
//! the input written to `target/fuzz-artifacts/`.

use std::path::PathBuf;
use std::time::Duration;
use trawl_fuzz::alloc::Counting;
use trawl_fuzz::run::{fuzz, Settings};
use trawl_fuzz::TARGETS;

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn run(name: &str) {
    let target = TARGETS.iter().find(|t| t.name == name).expect("a target");
    let seconds = std::env::var("TRAWL_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(8);
    let settings = Settings {
        budget: Duration::from_secs(seconds),
        seed: 20261204,
        // Unoptimised code, two targets at once: generous, but a hang still ends the run.
        time_limit: Duration::from_secs(20),
        corpus: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus")),
        artifacts: PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../target/fuzz-artifacts"
        )),
    };
    let report = fuzz(target, &settings);
    eprintln!(
        "{}: {} executions, {:.0}/s, pool {}, {} outcomes",
        report.target,
        report.executions,
        report.per_second(),
        report.pool,
        report.outcomes
    );
    let failures: Vec<String> = report
        .failures
        .iter()
        .map(|f| format!("{} ({})", f.message, f.input.display()))
        .collect();
    assert!(failures.is_empty(), "{name}:\n{}", failures.join("\n"));
    assert!(report.executions > 0);
}

macro_rules! targets {
    ($($name:ident),*) => {
        $(
            #[test]
            fn $name() {
                run(stringify!($name));
            }
        )*
        #[test]
        fn every_target_has_a_test() {
            let tested = [$(stringify!($name)),*];
            for target in TARGETS {
                assert!(tested.contains(&target.name), "{} has no test", target.name);
            }
        }
    };
}

targets!(
    session,
    structure,
    gzip,
    tar,
    zip,
    docx,
    xlsx,
    pdf,
    utf16,
    config,
    baseline,
    staged_diff,
    inventory_csv,
    items
);
