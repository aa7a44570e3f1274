//! Every built-in identifier's examples are found and its negative examples are not.

use trawl_scanner::examples::check_examples;
use trawl_scanner::Scanner;

#[test]
fn builtin_examples_and_negative_examples_hold() {
    let scanner = Scanner::builder().build().unwrap();
    let (tally, failures) = check_examples(&scanner);
    let report: Vec<String> = failures.iter().map(ToString::to_string).collect();
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        report.join("\n")
    );
    assert!(tally.examples > 0 && tally.negative_examples > 0);
}

#[test]
fn every_builtin_identifier_has_three_examples_each_way() {
    let scanner = Scanner::builder().build().unwrap();
    // Whatever the category: a national id needs its near misses as much as a token does.
    for def in scanner.identifiers() {
        assert!(
            def.examples.len() >= 3,
            "{} has {} examples",
            def.id,
            def.examples.len()
        );
        assert!(
            def.negative_examples.len() >= 3,
            "{} has {} negative examples",
            def.id,
            def.negative_examples.len()
        );
    }
}

#[test]
fn the_readme_toml_examples_load_and_their_examples_hold() {
    // The README documents the configuration file and the schema with TOML blocks; keep them
    // loadable and their examples true.
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
    let blocks: Vec<&str> = readme
        .split("```toml\n")
        .skip(1)
        .map(|rest| rest.split("```").next().unwrap())
        .collect();
    assert!(blocks.len() >= 2, "the README has its TOML examples");
    let mut defining = 0;
    for (n, block) in blocks.iter().enumerate() {
        let name = format!("README.md block {}", n + 1);
        let config =
            trawl_scanner::identifiers::parse_config(block, &name, std::path::Path::new("."))
                .unwrap_or_else(|e| panic!("{e}"));
        if config.identifiers.is_empty() {
            // Settings only (`[discover]`): loading is the whole check.
            continue;
        }
        defining += 1;
        let custom: Vec<String> = config.identifiers.iter().map(|i| i.id.clone()).collect();
        let scanner = Scanner::builder()
            .config(&config)
            .select(custom)
            .build()
            .unwrap();
        let (tally, failures) = check_examples(&scanner);
        assert!(
            failures.is_empty(),
            "{name}: {:?}",
            failures.iter().map(ToString::to_string).collect::<Vec<_>>()
        );
        assert!(tally.examples > 0 && tally.negative_examples > 0);
    }
    assert!(
        defining >= 2,
        "the README's TOML examples define identifiers"
    );
}
