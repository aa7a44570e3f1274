//! Every built-in identifier's examples are found and its negative examples are not.

use trawl_scanner::examples::check_examples;
use trawl_scanner::{Category, Scanner};

#[test]
fn builtin_examples_and_negative_examples_hold() {
    let scanner = Scanner::builder().build().unwrap();
    let (tally, failures) = check_examples(&scanner);
    let report: Vec<String> = failures.iter().map(ToString::to_string).collect();
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), report.join("\n"));
    assert!(tally.examples > 0 && tally.negative_examples > 0);
}

#[test]
fn every_credential_identifier_has_three_examples_each_way() {
    let scanner = Scanner::builder().build().unwrap();
    for def in scanner.identifiers().filter(|d| d.category == Category::Credentials) {
        assert!(def.examples.len() >= 3, "{} has {} examples", def.id, def.examples.len());
        assert!(def.negative_examples.len() >= 3, "{} has {} negative examples", def.id, def.negative_examples.len());
    }
}

#[test]
fn the_readme_schema_example_loads_and_its_examples_hold() {
    // The README documents the schema with a full identifier; keep it loadable and true.
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
    let block = readme.split("```toml\n").nth(1).and_then(|rest| rest.split("```").next()).expect("a toml block");
    let ids = trawl_scanner::identifiers::parse_identifiers(block, "README.md").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ids.len(), 1);
    let scanner = Scanner::builder().add_identifiers(ids).select(["EMPLOYEE_ID".to_string()]).build().unwrap();
    let (tally, failures) = check_examples(&scanner);
    assert!(failures.is_empty(), "{:?}", failures.iter().map(ToString::to_string).collect::<Vec<_>>());
    assert_eq!((tally.examples, tally.negative_examples), (1, 1));
}
