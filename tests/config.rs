//! End-to-end tests of custom identifiers, allow lists and the configuration file, through the
//! `trawl` binary.

mod support;

use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::Output;
use support::{records, run, AWS_KEY_ID, GITHUB_TOKEN};

const EMPLOYEE: &str = r#"
[[identifier]]
id = "EMPLOYEE_ID"
name = "Employee id"
severity = "LOW"
regex = '\bE-(\d{6})\b'
anchors = ["E-"]
keywords = ["employee id", "badge"]
maximum_match_distance = 20
ignore_words = ["E-000001"]
examples = ["badge: E-482913"]
negative_examples = ["E-482913", "badge: E-000001"]
"#;

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// (identifier, value) of every finding, values in clear (`--show-secrets` is passed).
fn found(out: &Output) -> Vec<(String, String)> {
    records(out)
        .iter()
        .filter(|r| r["type"] == "finding")
        .map(|r| {
            (
                r["identifier"].as_str().unwrap().to_string(),
                r["match"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// A directory with `trawl.toml` holding `config` and `data.txt` holding `data`.
fn setup(config: &str, data: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("trawl.toml"), config).unwrap();
    fs::write(dir.path().join("data.txt"), data).unwrap();
    dir
}

fn scan(dir: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["scan", "--format", "jsonl", "--show-secrets", "data.txt"];
    args.extend_from_slice(extra);
    run(dir, &args)
}

fn pair(id: &str, value: &str) -> (String, String) {
    (id.to_string(), value.to_string())
}

#[test]
fn employee_id_with_keywords_and_ignore_words() {
    let data = "employee id: E-123456\nno keyword E-234567\nbadge E-000001\nbadge E-1234567\nBADGE_E-345678 is not a word\nBadge E-456789\n";
    let dir = setup(EMPLOYEE, data);
    let out = scan(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert_eq!(
        found(&out),
        [pair("EMPLOYEE_ID", "123456"), pair("EMPLOYEE_ID", "456789")]
    );
    let record = records(&out)
        .into_iter()
        .find(|r| r["type"] == "finding")
        .unwrap();
    assert_eq!(record["category"], "CUSTOM");
    assert_eq!(record["confidence"], "HIGH", "a keyword raises confidence");
}

/// Keywords are required unless the identifier opts out (Amazon Macie's rule for custom data
/// identifiers); opted out, a match without a keyword is reported at the identifier's
/// confidence.
#[test]
fn keywords_are_required_unless_opted_out() {
    let data = "no keyword E-234567\nbadge E-123456\n";
    let dir = setup(EMPLOYEE, data);
    assert_eq!(
        found(&scan(dir.path(), &[])),
        [pair("EMPLOYEE_ID", "123456")]
    );

    let opted_out = EMPLOYEE.replace(
        "maximum_match_distance = 20",
        "maximum_match_distance = 20\nkeyword_required = false",
    );
    let dir = setup(&opted_out, data);
    let out = scan(dir.path(), &[]);
    let confidences: Vec<(String, String)> = records(&out)
        .iter()
        .filter(|r| r["type"] == "finding")
        .map(|r| {
            (
                r["match"].as_str().unwrap().to_string(),
                r["confidence"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        confidences,
        [
            ("234567".to_string(), "MEDIUM".to_string()),
            ("123456".to_string(), "HIGH".to_string())
        ]
    );

    assert_config_error(
        "[[identifier]]\nid = \"X\"\nname = \"x\"\nregex = 'E-[0-9]{6}'\nkeyword_required = true\n",
        "trawl.toml:5:1: identifier X: field `keyword_required`: is true but `keywords` is empty",
    );
}

/// A check-digit family is data: a custom identifier gives its parameters in trawl.toml, and
/// a wrong parameter is an error at the `validators` line.
#[test]
fn custom_identifiers_use_check_digit_families_with_parameters() {
    let config = r#"
[[identifier]]
id = "AU_TFN"
name = "Australian tax file number"
regex = '\b\d{3} ?\d{3} ?\d{3}\b'
keywords = ["tfn", "tax file number"]
validators = [{ name = "weighted_mod11", weights = [1, 4, 3, 7, 5, 8, 6, 9, 10] }]
"#;
    // 123 456 782 passes the TFN's weighted sum; 123 456 783 does not.
    let dir = setup(config, "TFN: 123 456 782\ntfn 123 456 783\n");
    assert_eq!(
        found(&scan(dir.path(), &[])),
        [pair("AU_TFN", "123 456 782")]
    );

    let misspelt = config.replace("weights =", "weight =");
    assert_config_error(
        &misspelt,
        "trawl.toml:7:1: identifier AU_TFN: field `validators`: weighted_mod11 takes no parameter `weight`",
    );
    assert_config_error(
        &config.replace("weighted_mod11", "weighted_mod12"),
        "field `validators`: unknown validator \"weighted_mod12\"",
    );
}

#[test]
fn keyword_distance_boundary() {
    // Distance runs from the keyword's end to the match's end; the maximum here is 20.
    // "badge" + 12 spaces + "E-123456" (8 bytes): distance 20. One more space: 21.
    let at_limit = format!("badge{}E-123456\n", " ".repeat(12));
    let past_limit = format!("badge{}E-654321\n", " ".repeat(13));
    let dir = setup(EMPLOYEE, &format!("{at_limit}{past_limit}"));
    let out = scan(dir.path(), &[]);
    assert_eq!(found(&out), [pair("EMPLOYEE_ID", "123456")]);
}

#[test]
fn severity_thresholds() {
    let config = r#"
[[identifier]]
id = "TICKET"
name = "Ticket"
regex = 'TCK-\d{4}'
anchors = ["TCK-"]
severity_levels = [
  { occurrences_threshold = 2, severity = "LOW" },
  { occurrences_threshold = 4, severity = "MEDIUM" },
  { occurrences_threshold = 6, severity = "HIGH" },
]
"#;
    let object_for = |n: usize| -> (Option<i32>, usize, Value) {
        let data: String = (0..n).map(|i| format!("TCK-{:04}\n", 1000 + i)).collect();
        let dir = setup(config, &data);
        let out = scan(dir.path(), &[]);
        let recs = records(&out);
        let findings = recs.iter().filter(|r| r["type"] == "finding").count();
        let object = recs.into_iter().find(|r| r["type"] == "object").unwrap();
        (out.status.code(), findings, object)
    };
    // Below the lowest threshold: nothing reported, the object is clean.
    let (code, findings, object) = object_for(1);
    assert_eq!((code, findings), (Some(0), 0));
    assert!(
        object.get("severity").is_none_or(Value::is_null),
        "{object}"
    );
    assert!(
        object["findings"].as_object().unwrap().is_empty(),
        "{object}"
    );
    for (n, severity) in [
        (2, "LOW"),
        (3, "LOW"),
        (4, "MEDIUM"),
        (5, "MEDIUM"),
        (6, "HIGH"),
        (9, "HIGH"),
    ] {
        let (code, findings, object) = object_for(n);
        assert_eq!(
            (code, findings),
            (Some(1), n),
            "{n} occurrences: every occurrence is reported"
        );
        assert_eq!(object["severity"], severity, "{n} occurrences");
        assert_eq!(object["findings"]["TICKET"], n);
    }
}

#[test]
fn allow_lists_suppress_builtin_and_custom_findings() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("allowed.txt"),
        format!("# test fixtures\n{}\n", GITHUB_TOKEN.to_uppercase()),
    )
    .unwrap();
    let config = format!(
        "[allow]\nvalues = [\"{}\"]\nfiles = [\"allowed.txt\"]\nregexes = ['4[0-9]{{5}}']\n{EMPLOYEE}",
        AWS_KEY_ID.to_lowercase()
    );
    fs::write(dir.path().join("trawl.toml"), config).unwrap();
    let other_key = "AKIA2E3NVWTSZDNJKQ5G";
    fs::write(
        dir.path().join("data.txt"),
        format!("{AWS_KEY_ID}\n{other_key}\n{GITHUB_TOKEN}\nbadge E-482913\nbadge E-582913\nbadge E-4829130\n"),
    )
    .unwrap();
    let out = scan(dir.path(), &[]);
    // Literal (case-insensitive) and file entries drop the built-in findings; the regex must
    // match the whole value, so 482913 is allowed and 582913 is not.
    assert_eq!(
        found(&out),
        [
            pair("AWS_ACCESS_KEY_ID", other_key),
            pair("EMPLOYEE_ID", "582913")
        ]
    );
}

#[test]
fn managed_selection_and_command_line_override() {
    let data = format!("{AWS_KEY_ID}\n{GITHUB_TOKEN}\nbadge E-123456\n");
    let include = format!(
        "[managed_identifiers]\nselection = \"INCLUDE\"\nids = [\"GITHUB_TOKEN\"]\n{EMPLOYEE}"
    );
    let dir = setup(&include, &data);
    let ids = |out: &Output| found(out).into_iter().map(|(id, _)| id).collect::<Vec<_>>();
    assert_eq!(
        ids(&scan(dir.path(), &[])),
        ["GITHUB_TOKEN", "EMPLOYEE_ID"],
        "custom identifiers always run"
    );
    assert_eq!(
        ids(&scan(dir.path(), &["--exclude-identifiers", "EMPLOYEE_ID"])),
        ["AWS_ACCESS_KEY_ID", "GITHUB_TOKEN"]
    );
    assert_eq!(
        ids(&scan(dir.path(), &["--identifiers", "AWS_ACCESS_KEY_ID"])),
        ["AWS_ACCESS_KEY_ID"]
    );
    assert_eq!(
        ids(&scan(dir.path(), &["--no-config"])),
        ["AWS_ACCESS_KEY_ID", "GITHUB_TOKEN"]
    );

    let exclude = "[managed_identifiers]\nselection = \"EXCLUDE\"\nids = [\"GITHUB_TOKEN\"]\n";
    let dir = setup(exclude, &data);
    assert_eq!(ids(&scan(dir.path(), &[])), ["AWS_ACCESS_KEY_ID"]);

    let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTM2MjU1NiIsImlhdCI6MTcxODk4MDM1OCwicm9sZSI6ImFkbWluIn0.FxxgSSKA2ICojefc-lDyMd7JuSbl-hAY4PeLmgCjrZA";
    let dir = setup(
        "[managed_identifiers]\nselection = \"RECOMMENDED\"\n",
        &format!("{GITHUB_TOKEN}\n{jwt}\n"),
    );
    assert_eq!(
        ids(&scan(dir.path(), &[])),
        ["GITHUB_TOKEN"],
        "JSON_WEB_TOKEN is not in the recommended set"
    );
    assert_eq!(
        ids(&scan(dir.path(), &["--no-config"])),
        ["GITHUB_TOKEN", "JSON_WEB_TOKEN"]
    );
}

#[test]
fn scan_defaults_exclude_size_and_format() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("trawl.toml"), "[scan]\nexclude = [\"vendor/**\", \"*.min.js\"]\nmax_file_size = \"1KiB\"\nformat = \"jsonl\"\n").unwrap();
    fs::create_dir_all(root.join("vendor/lib")).unwrap();
    fs::create_dir_all(root.join("src")).unwrap();
    fs::write(root.join("vendor/lib/keys.txt"), format!("{AWS_KEY_ID}\n")).unwrap();
    fs::write(root.join("src/app.min.js"), format!("{AWS_KEY_ID}\n")).unwrap();
    fs::write(root.join("src/app.js"), format!("k='{AWS_KEY_ID}'\n")).unwrap();
    fs::write(
        root.join("src/big.log"),
        format!("{AWS_KEY_ID}\n{}", "x".repeat(2000)),
    )
    .unwrap();

    let out = run(root, &["scan", "src", "vendor"]);
    let recs = records(&out); // the configured format is JSON Lines
    let mut sources: Vec<_> = recs
        .iter()
        .filter(|r| r["type"] == "object")
        .map(|r| r["source"].as_str().unwrap().to_string())
        .collect();
    sources.sort();
    assert_eq!(
        sources,
        ["src/app.js", "src/big.log"],
        "excluded paths are not scanned"
    );
    let big = recs
        .iter()
        .find(|r| r["source"] == "src/big.log" && r["type"] == "object")
        .unwrap();
    assert_eq!(big["status"], "SKIPPED");
    assert_eq!(big["reason"], "FILE_EXCEEDS_SIZE_LIMIT");

    let out = run(
        root,
        &[
            "scan",
            "--max-file-size",
            "1MiB",
            "--format",
            "human",
            "src",
        ],
    );
    assert_eq!(
        text(&out.stdout).lines().count(),
        2,
        "{}",
        text(&out.stdout)
    );
    // A file named on the command line is scanned even when a glob matches it.
    let out = run(root, &["scan", "src/app.min.js"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn config_is_found_at_the_repository_root() {
    let dir = setup(EMPLOYEE, "badge E-123456\n");
    fs::create_dir(dir.path().join(".git")).unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    fs::write(dir.path().join("sub/more.txt"), "badge E-222222\n").unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let sub = dir.path().join("sub");
    let out = run(
        elsewhere.path(),
        &[
            "scan",
            "--format",
            "jsonl",
            "--show-secrets",
            sub.to_str().unwrap(),
        ],
    );
    assert_eq!(found(&out), [pair("EMPLOYEE_ID", "222222")]);
}

/// Runs `trawl scan` with `config` and checks the error: exit 2, and stderr naming the file,
/// line, column, identifier and reason. Returns stderr.
fn assert_config_error(config: &str, expected: &str) -> String {
    let dir = setup(config, "badge E-123456\n");
    let out = scan(dir.path(), &[]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(expected),
        "expected {expected:?} in:\n{stderr}"
    );
    assert!(
        out.stdout.is_empty(),
        "nothing is scanned with a bad configuration"
    );
    stderr
}

#[test]
fn configuration_errors_name_file_line_column_identifier_and_reason() {
    assert_config_error("[[identifier]\nid = 1\n", "trawl.toml:1:");
    assert_config_error(
        &format!("{EMPLOYEE}keyword = [\"x\"]\n"),
        "trawl.toml:13:1: unknown field `k******`",
    );
    let bad_regex = EMPLOYEE.replace(r"'\bE-(\d{6})\b'", "'E-(\\d{6}'");
    assert_config_error(
        &bad_regex,
        "trawl.toml:6:1: identifier EMPLOYEE_ID: field `regex`: does not compile",
    );
    let unbounded = EMPLOYEE.replace(r"'\bE-(\d{6})\b'", "'E-\\d+'") + "max_length = 100000\n";
    assert_config_error(
        &unbounded,
        "identifier EMPLOYEE_ID: field `max_length`: a match may be 100000 bytes long",
    );
    assert_config_error(
        &format!("{EMPLOYEE}{EMPLOYEE}"),
        "trawl.toml:15:1: identifier EMPLOYEE_ID: field `id`: duplicate id",
    );
    let long = EMPLOYEE.replace(r"'\bE-(\d{6})\b'", &format!("'E-{}'", "a".repeat(600)));
    assert_config_error(
        &long,
        "field `regex`: is 602 characters long; the limit is 512",
    );
    let kw = EMPLOYEE.replace("[\"employee id\", \"badge\"]", "[\"id\"]");
    assert_config_error(&kw, "trawl.toml:8:1: identifier EMPLOYEE_ID: field `keywords`: keyword \"id\" must be 3 to 90 characters long");
    let far = EMPLOYEE.replace(
        "maximum_match_distance = 20",
        "maximum_match_distance = 301",
    );
    assert_config_error(
        &far,
        "trawl.toml:9:1: identifier EMPLOYEE_ID: field `maximum_match_distance`",
    );
    let levels = format!("{EMPLOYEE}severity_levels = [{{occurrences_threshold = 5, severity = \"LOW\"}}, {{occurrences_threshold = 2, severity = \"HIGH\"}}]\n");
    assert_config_error(
        &levels,
        "field `severity_levels`: thresholds must be strictly ascending",
    );
    assert_config_error(
        "[allow]\nregexes = ['(']\n",
        "trawl.toml:2:12: field `allow.regexes`: does not compile",
    );
    assert_config_error(
        "[managed_identifiers]\nselection = \"INCLUDE\"\nids = [\"NOPE\"]\n",
        "NOPE",
    );

    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["scan", "--config", "missing.toml", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("missing.toml"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn identifiers_test_checks_custom_examples() {
    let dir = setup(EMPLOYEE, "");
    let out = run(dir.path(), &["identifiers", "test"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    // Every built-in and the one custom identifier.
    let list = run(
        dir.path(),
        &["identifiers", "list", "--no-config", "--format", "json"],
    );
    let builtins = serde_json::from_slice::<serde_json::Value>(&list.stdout)
        .expect("identifiers list is JSON")
        .as_array()
        .expect("an array")
        .len();
    assert!(
        text(&out.stdout).contains(&format!("{} identifiers", builtins + 1)),
        "{}",
        text(&out.stdout)
    );

    let broken = EMPLOYEE.replace(
        "negative_examples = [\"E-482913\"",
        "negative_examples = [\"badge E-482913\"",
    );
    fs::write(dir.path().join("trawl.toml"), broken).unwrap();
    let out = run(dir.path(), &["identifiers", "test"]);
    assert_eq!(out.status.code(), Some(1));
    let report = text(&out.stdout);
    assert!(report.contains("FAIL trawl.toml:2: identifier EMPLOYEE_ID: negative example was reported: \"badge E-482913\""), "{report}");
}

#[test]
fn identifiers_try_shows_what_a_draft_finds() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &[
            "identifiers",
            "try",
            "--regex",
            r"\bE-\d{6}\b",
            "--keywords",
            "badge",
            "--show-secrets",
            "--sample",
            "E-654321 badge\nbadge E-123456\n",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    // Given keywords are required, as in trawl.toml; one after the match does not count
    // (Macie's rule).
    assert_eq!(text(&out.stdout), "2:7: E-123456 (keyword)\n1 match\n");
    let out = run(
        dir.path(),
        &[
            "identifiers",
            "try",
            "--regex",
            r"\bE-\d{6}\b",
            "--keywords",
            "badge",
            "--no-keyword-required",
            "--show-secrets",
            "--sample",
            "E-654321 badge\nbadge E-123456\n",
        ],
    );
    assert_eq!(
        text(&out.stdout),
        "1:1: E-654321\n2:7: E-123456 (keyword)\n2 matches\n"
    );

    fs::write(
        dir.path().join("sample.txt"),
        "E-111111 E-222222 E-000000 E-33\n",
    )
    .unwrap();
    let out = run(
        dir.path(),
        &[
            "identifiers",
            "try",
            "--regex",
            r"E-\d{6}",
            "--ignore-words",
            "E-222222",
            "--sample-file",
            "sample.txt",
        ],
    );
    let shown = text(&out.stdout);
    assert!(shown.ends_with("2 matches\n"), "{shown}");
    assert!(
        !shown.contains("E-111111"),
        "values are redacted without --show-secrets: {shown}"
    );

    let out = run(
        dir.path(),
        &["identifiers", "try", "--regex", "E-(", "--sample", "x"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--regex: does not compile"),
        "{}",
        text(&out.stderr)
    );
    let out = run(
        dir.path(),
        &[
            "identifiers",
            "try",
            "--regex",
            "E-1",
            "--keywords",
            "ab",
            "--sample",
            "x",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--keywords: keyword \"ab\""),
        "{}",
        text(&out.stderr)
    );
}

/// A configuration error keeps file, line and field but never quotes a value in clear: allow
/// values and regexes often hold the very secret they allow.
#[test]
fn configuration_errors_do_not_echo_values_in_clear() {
    let secret = "V7aPq8ZsuperSecretValue123";
    for (config, expected) in [
        (
            format!("[allow]\nvalues = \"{secret}\"\n"),
            "trawl.toml:2:10: invalid type: string \"V7aP**********************\"",
        ),
        (
            format!("[allow]\nregexes = ['{secret}((']\n"),
            "trawl.toml:2:12: field `allow.regexes`: does not compile: unclosed group",
        ),
        (
            EMPLOYEE.replace(r"'\bE-(\d{6})\b'", &format!("'{secret}(('")),
            "identifier EMPLOYEE_ID: field `regex`: does not compile: unclosed group",
        ),
    ] {
        let stderr = assert_config_error(&config, expected);
        assert!(
            !stderr.contains(&secret[4..12]),
            "value in clear:\n{stderr}"
        );
    }
}

/// A custom identifier reusing a built-in id, and a file that is not UTF-8, are errors that
/// name the file, the line and (for the id) the field.
#[test]
fn duplicate_ids_and_non_utf8_files_are_located() {
    assert_config_error(
        "[[identifier]]\nid = \"GITHUB_TOKEN\"\nname = \"x\"\nregex = 'EMP-[0-9]{6}'\n",
        "trawl.toml:1: identifier GITHUB_TOKEN: field `id`: duplicate id",
    );
    let dir = setup("", "badge E-123456\n");
    fs::write(
        dir.path().join("trawl.toml"),
        b"[allow]\nvalues = [\"a\"]\n# caf\xe9\n",
    )
    .unwrap();
    let out = scan(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("trawl.toml:3:6: is not UTF-8"), "{stderr}");
}

/// `decode_depth` under `[scan]`: 0 turns decoding off for the files the configuration
/// covers, `--decode-depth` outranks it, and a value out of range names the file, line and
/// field.
#[test]
fn scan_decode_depth_from_the_config_file() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    // `GITHUB_TOKEN: <base64 of the token>` as in a Kubernetes Secret.
    let encoded = "Z2hwX1I0bmQwbUIwZHlPZlRoaXJ0eUNoYXJhY3RlcnMxMjJrMmZrZA==";
    fs::write(
        root.join("secret.yaml"),
        format!("data:\n  TOKEN: {encoded}\n"),
    )
    .unwrap();
    let found = |args: &[&str]| {
        let out = run(root, args);
        records(&out)
            .iter()
            .filter(|r| r["type"] == "finding" && r["identifier"] == "GITHUB_TOKEN")
            .count()
    };
    assert_eq!(found(&["scan", "--format", "jsonl", "secret.yaml"]), 1);
    fs::write(root.join("trawl.toml"), "[scan]\ndecode_depth = 0\n").unwrap();
    assert_eq!(found(&["scan", "--format", "jsonl", "secret.yaml"]), 0);
    assert_eq!(
        found(&[
            "scan",
            "--format",
            "jsonl",
            "--decode-depth",
            "1",
            "secret.yaml"
        ]),
        1
    );

    fs::write(root.join("trawl.toml"), "[scan]\n\ndecode_depth = 9\n").unwrap();
    let out = run(root, &["scan", "secret.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("trawl.toml") && err.contains(":3") && err.contains("scan.decode_depth"),
        "{err}"
    );
}

/// `--countries` and `[managed_identifiers] countries` run the national and tax identifiers
/// of those countries only; identifiers of no country (an e-mail address) still run; an EU VAT
/// number of another country is not reported; a code that is not two letters names the file,
/// line and field, or the flag.
#[test]
fn countries_choose_the_national_identifiers() {
    let data = "Steuer-ID: 18 956 277 407\nN° de sécurité sociale : 1 84 12 76 451 089 46\n\
                USt-IdNr.: DE136695976, TVA : FR40303265045\ncontact: anna.keller@firma-berlin.de\n";
    let dir = setup("", data);
    let ids = |out: &Output| {
        let mut ids: Vec<String> = found(out)
            .into_iter()
            .map(|(id, v)| format!("{id} {v}"))
            .collect();
        ids.sort();
        ids
    };
    let all = ids(&scan(dir.path(), &[]));
    assert_eq!(
        all,
        [
            "EMAIL_ADDRESS anna.keller@firma-berlin.de",
            "EU_VAT_NUMBER DE136695976",
            "EU_VAT_NUMBER FR40303265045",
            "FRANCE_NATIONAL_IDENTIFICATION_NUMBER 1 84 12 76 451 089 46",
            "GERMANY_TAX_IDENTIFICATION_NUMBER 18 956 277 407",
        ]
    );
    let german = [
        "EMAIL_ADDRESS anna.keller@firma-berlin.de",
        "EU_VAT_NUMBER DE136695976",
        "GERMANY_TAX_IDENTIFICATION_NUMBER 18 956 277 407",
    ];
    assert_eq!(ids(&scan(dir.path(), &["--countries", "de"])), german);
    fs::write(
        dir.path().join("trawl.toml"),
        "[managed_identifiers]\ncountries = [\"DE\"]\n",
    )
    .unwrap();
    assert_eq!(ids(&scan(dir.path(), &[])), german);
    // The command line outranks the file.
    let french = ids(&scan(dir.path(), &["--countries", "FR"]));
    assert!(
        french.iter().any(|f| f.starts_with("FRANCE_")),
        "{french:?}"
    );
    assert!(
        !french
            .iter()
            .any(|f| f.contains("GERMANY") || f.contains("DE136")),
        "{french:?}"
    );

    fs::write(
        dir.path().join("trawl.toml"),
        "[managed_identifiers]\n\ncountries = [\"DEU\"]\n",
    )
    .unwrap();
    let out = scan(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("trawl.toml:3")
            && err.contains("managed_identifiers.countries")
            && err.contains("\"DEU\""),
        "{err}"
    );
    fs::write(dir.path().join("trawl.toml"), "").unwrap();
    let out = scan(dir.path(), &["--countries", "D3"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("\"D3\""),
        "{}",
        text(&out.stderr)
    );
}
