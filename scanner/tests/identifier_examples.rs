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
