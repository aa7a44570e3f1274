//! End-to-end tests of archives: gzip, tar, zip (nested, encrypted, corrupt), detected by
//! content; members reported with their `container`; the archive limits and their reasons;
//! standard input; exit codes. Documents (docx, xlsx, PDF) are in tests/documents.rs.
//!
//! Every fixture is made here, in code, so what each one holds is visible next to what the test
//! expects of it.

mod support;

use flate2::write::GzEncoder;
use flate2::{Compression, GzBuilder};
use std::fs;
use std::io::{Cursor, Write};
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};
use support::archives::{gzip, tar, zip, zip_with};
use support::scan::*;
use support::{trawl, AWS_KEY_ID, GITHUB_TOKEN, NPM_TOKEN};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

// ---------------------------------------------------------------------------------------------
// gzip

#[test]
fn gzip_member_is_named_after_the_file_without_gz() {
    let dir = tempfile::tempdir().unwrap();
    let log =
        format!("2024-05-01 started\n2024-05-01 deploy token={GITHUB_TOKEN}\n2024-05-01 done\n");
    write(dir.path(), "app.log.gz", &gzip(log.as_bytes(), None));

    let s = scan(dir.path(), &["app.log.gz"]);
    s.assert_code(1);
    let f = s.finding("GITHUB_TOKEN");
    assert_eq!(f["source"], "app.log.gz");
    assert_container(f, &["app.log"]);
    assert_at(f, &log, GITHUB_TOKEN);
    assert_eq!(s.findings().len(), 1, "{}", s.dump());

    assert_complete(s.top("app.log.gz"));
    let member = s.member(&["app.log"]);
    assert_eq!(member["source"], "app.log.gz");
    assert_complete(member);
    assert_eq!(
        member["bytes"],
        log.len() as u64,
        "a member's bytes are its decoded bytes: {member}"
    );
}

/// A value in a base64 run inside a JSON string inside a gzip member: the member is named in
/// `container`, the offsets are the base64 groups' in the decompressed member, and the value,
/// redaction and fingerprint are the decoded token's (see the README's finding record).
#[test]
fn base64_in_a_json_string_in_a_gzip_member_is_found() {
    let dir = tempfile::tempdir().unwrap();
    // `{"kind":"Secret","data":{"token":"<base64 of the token>"}}`, the encoding written out.
    let encoded = base64_of(GITHUB_TOKEN.as_bytes());
    let json = format!("{{\"kind\":\"Secret\",\"data\":{{\"token\":\"{encoded}\"}}}}\n");
    write(dir.path(), "secret.json.gz", &gzip(json.as_bytes(), None));
    write(
        dir.path(),
        "plain.txt",
        format!("token {GITHUB_TOKEN}\n").as_bytes(),
    );

    let s = scan(dir.path(), &["secret.json.gz", "plain.txt"]);
    s.assert_code(1);
    let found = s.findings();
    let f = found
        .iter()
        .find(|f| f["source"] == "secret.json.gz")
        .unwrap_or_else(|| panic!("{}", s.dump()));
    assert_eq!(f["identifier"], "GITHUB_TOKEN");
    assert_container(f, &["secret.json"]);
    assert_eq!(f["details"]["encoding"], "base64");
    let start = json.find(&encoded).unwrap() as u64;
    assert_eq!(f["start"].as_u64(), Some(start));
    // The last group, its padding included.
    assert_eq!(f["end"].as_u64(), Some(start + encoded.len() as u64));
    assert_eq!(f["location"]["json_path"], "$.data.token");
    let plain = found.iter().find(|f| f["source"] == "plain.txt").unwrap();
    assert_eq!(f["fingerprint"], plain["fingerprint"]);
    assert_eq!(f["match"], plain["match"]);
}

/// Standard base64 with padding (the `base64` crate, not trawl's decoder).
fn base64_of(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[test]
fn gzip_member_is_named_from_the_header_when_it_has_one() {
    let dir = tempfile::tempdir().unwrap();
    let dump = format!("-- dump\nINSERT INTO keys VALUES ('x', 'id={AWS_KEY_ID}');\n");
    write(
        dir.path(),
        "backup.gz",
        &gzip(dump.as_bytes(), Some("prod-2024.sql")),
    );

    let s = scan(dir.path(), &["backup.gz"]);
    s.assert_code(1);
    let f = s.finding("AWS_ACCESS_KEY_ID");
    assert_eq!(f["source"], "backup.gz");
    assert_container(f, &["prod-2024.sql"]);
    assert_at(f, &dump, AWS_KEY_ID);
    assert_complete(s.top("backup.gz"));
    assert_complete(s.member(&["prod-2024.sql"]));
}

#[test]
fn multi_member_gzip_is_read_to_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let first = "first member line 1\nfirst member line 2\n";
    let second = format!("second member\nnpm token {NPM_TOKEN}\n");
    let mut bytes = gzip(first.as_bytes(), None);
    bytes.extend(gzip(second.as_bytes(), None));
    write(dir.path(), "rotated.log.gz", &bytes);

    let s = scan(dir.path(), &["rotated.log.gz"]);
    s.assert_code(1);
    let f = s.finding("NPM_TOKEN");
    assert_container(f, &["rotated.log"]);
    // The members decode to one stream: offsets run on from the first member.
    assert_at(f, &format!("{first}{second}"), NPM_TOKEN);
    assert_complete(s.top("rotated.log.gz"));
}

#[test]
fn formats_are_recognised_by_content_not_by_name() {
    let dir = tempfile::tempdir().unwrap();
    // A gzip called .txt is decompressed...
    let export = format!("name,key\nci,{AWS_KEY_ID}\n");
    write(
        dir.path(),
        "data.txt",
        &gzip(export.as_bytes(), Some("export.csv")),
    );
    // ...and text called .zip / .gz is text.
    let notes = format!("not really a zip\nkey {GITHUB_TOKEN}\n");
    write(dir.path(), "x.zip", notes.as_bytes());
    let plain = format!("plain\n\nnpm={NPM_TOKEN}\n");
    write(dir.path(), "y.gz", plain.as_bytes());

    let s = scan(dir.path(), &["data.txt"]);
    s.assert_code(1);
    let f = s.finding("AWS_ACCESS_KEY_ID");
    assert_eq!(f["source"], "data.txt");
    assert_container(f, &["export.csv"]);
    assert_at(f, &export, AWS_KEY_ID);
    assert_complete(s.top("data.txt"));

    let s = scan(dir.path(), &["x.zip", "y.gz"]);
    s.assert_code(1);
    let f = s.finding("GITHUB_TOKEN");
    assert_eq!(f["source"], "x.zip");
    assert!(
        f.get("container").is_none(),
        "plain text has no container: {f}"
    );
    assert_at(f, &notes, GITHUB_TOKEN);
    let f = s.finding("NPM_TOKEN");
    assert_eq!(f["source"], "y.gz");
    assert!(
        f.get("container").is_none(),
        "plain text has no container: {f}"
    );
    assert_at(f, &plain, NPM_TOKEN);
    assert_complete(s.top("x.zip"));
    assert_complete(s.top("y.gz"));
    assert!(
        s.members().is_empty(),
        "plain text has no members\n{}",
        s.dump()
    );
}

// ---------------------------------------------------------------------------------------------
// tar, tar.gz

#[test]
fn tar_members_are_scanned_as_their_own_content() {
    let dir = tempfile::tempdir().unwrap();
    let app = format!("boot\nconfig loaded\naws_access_key_id={AWS_KEY_ID}\n");
    let other = "nothing here\n";
    write(
        dir.path(),
        "logs.tar",
        &tar(&[
            ("logs/app.log", app.as_bytes()),
            ("logs/other.log", other.as_bytes()),
        ]),
    );

    let s = scan(dir.path(), &["logs.tar"]);
    s.assert_code(1);
    let f = s.finding("AWS_ACCESS_KEY_ID");
    assert_eq!(f["source"], "logs.tar");
    assert_container(f, &["logs/app.log"]);
    assert_at(f, &app, AWS_KEY_ID);
    assert_eq!(s.findings().len(), 1, "{}", s.dump());

    assert_complete(s.top("logs.tar"));
    assert_complete(s.member(&["logs/app.log"]));
    assert_complete(s.member(&["logs/other.log"]));
    assert_eq!(s.member(&["logs/app.log"])["bytes"], app.len() as u64);
    assert_eq!(
        s.member(&["logs/app.log"])["findings"]["AWS_ACCESS_KEY_ID"],
        1
    );
}

#[test]
fn tar_gz_members_sit_inside_the_gzip_member() {
    let dir = tempfile::tempdir().unwrap();
    let app = format!("request id=1\ntoken={GITHUB_TOKEN}\n");
    let inner = tar(&[
        ("logs/app.log", app.as_bytes()),
        ("logs/readme.txt", b"see app.log\n"),
    ]);
    write(dir.path(), "logs.tar.gz", &gzip(&inner, None));

    let s = scan(dir.path(), &["logs.tar.gz"]);
    s.assert_code(1);
    let f = s.finding("GITHUB_TOKEN");
    assert_eq!(f["source"], "logs.tar.gz");
    assert_container(f, &["logs.tar", "logs/app.log"]);
    assert_at(f, &app, GITHUB_TOKEN);

    assert_complete(s.top("logs.tar.gz"));
    assert_complete(s.member(&["logs.tar"]));
    assert_complete(s.member(&["logs.tar", "logs/app.log"]));
    assert_complete(s.member(&["logs.tar", "logs/readme.txt"]));

    // A clean archive: every record COMPLETE, exit 0.
    let clean = tar(&[("a.txt", b"alpha\n"), ("b.txt", b"beta\n")]);
    write(dir.path(), "clean.tar.gz", &gzip(&clean, None));
    let s = scan(dir.path(), &["clean.tar.gz"]);
    s.assert_code(0);
    assert!(s.findings().is_empty());
    assert_eq!(
        s.members().len(),
        3,
        "the gzip member and two tar members\n{}",
        s.dump()
    );
    assert!(
        s.objects().iter().all(|o| o["status"] == "COMPLETE"),
        "{}",
        s.dump()
    );
}

// ---------------------------------------------------------------------------------------------
// zip, nested

#[test]
fn zip_members_and_nested_archives_carry_their_container_path() {
    let dir = tempfile::tempdir().unwrap();
    let keys = format!("# keys\naws_access_key_id = {AWS_KEY_ID}\n");
    let env = format!("A=1\nB=2\nGITHUB_TOKEN={GITHUB_TOKEN}\n");
    let inner = zip(&[("deep/token.env", env.as_bytes())]);
    let outer = zip_with(&[
        ("keys.txt", keys.as_bytes(), CompressionMethod::Deflated),
        (
            "notes/readme.md",
            b"# readme\nnothing secret\n",
            CompressionMethod::Stored,
        ),
        ("inner.zip", &inner, CompressionMethod::Stored),
    ]);
    write(dir.path(), "outer.zip", &outer);

    let s = scan(dir.path(), &["outer.zip"]);
    s.assert_code(1);
    assert_eq!(s.findings().len(), 2, "{}", s.dump());
    let f = s.finding("AWS_ACCESS_KEY_ID");
    assert_eq!(f["source"], "outer.zip");
    assert_container(f, &["keys.txt"]);
    assert_at(f, &keys, AWS_KEY_ID);
    let f = s.finding("GITHUB_TOKEN");
    assert_eq!(f["source"], "outer.zip");
    assert_container(f, &["inner.zip", "deep/token.env"]);
    assert_at(f, &env, GITHUB_TOKEN);

    assert_complete(s.top("outer.zip"));
    for member in [
        &["keys.txt"][..],
        &["notes/readme.md"],
        &["inner.zip"],
        &["inner.zip", "deep/token.env"],
    ] {
        let record = s.member(member);
        assert_complete(record);
        assert_eq!(record["source"], "outer.zip");
    }
    assert_eq!(
        s.top("outer.zip")["findings"]["GITHUB_TOKEN"],
        1,
        "the top record adds up its members'"
    );

    // Human output names the member path with `!`.
    let out = trawl()
        .current_dir(dir.path())
        .args(["scan", "outer.zip"])
        .output()
        .unwrap();
    let human = String::from_utf8(out.stdout).unwrap();
    assert!(
        human.contains("outer.zip!inner.zip!deep/token.env:3:14: GITHUB_TOKEN"),
        "{human}"
    );
    assert!(
        human.contains("outer.zip!keys.txt:2:21: AWS_ACCESS_KEY_ID"),
        "{human}"
    );
    assert!(
        !human.contains(GITHUB_TOKEN),
        "redacted by default: {human}"
    );
}

#[test]
fn zip_inside_a_tar_gz_has_a_container_of_three() {
    let dir = tempfile::tempdir().unwrap();
    let npmrc = format!(
        "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={NPM_TOKEN}\n"
    );
    let inner = zip(&[
        ("secrets/.npmrc", npmrc.as_bytes()),
        ("secrets/empty.txt", b""),
    ]);
    let bundle = tar(&[("bundle/inner.zip", &inner), ("bundle/VERSION", b"1.2.3\n")]);
    write(dir.path(), "bundle.tar.gz", &gzip(&bundle, None));

    let s = scan(dir.path(), &["bundle.tar.gz"]);
    s.assert_code(1);
    let f = s.finding("NPM_TOKEN");
    assert_eq!(f["source"], "bundle.tar.gz");
    assert_container(f, &["bundle.tar", "bundle/inner.zip", "secrets/.npmrc"]);
    assert_at(f, &npmrc, NPM_TOKEN);

    assert_complete(s.top("bundle.tar.gz"));
    assert_complete(s.member(&["bundle.tar", "bundle/inner.zip"]));
    assert_complete(s.member(&["bundle.tar", "bundle/inner.zip", "secrets/.npmrc"]));
    assert_complete(s.member(&["bundle.tar", "bundle/VERSION"]));
}

// ---------------------------------------------------------------------------------------------
// Limits

/// outer.zip: top.txt (an access key id) and l1.zip ⊃ l2.zip ⊃ l3.zip ⊃ l4.zip ⊃ deep.txt (a token).
fn deeply_nested_zip() -> Vec<u8> {
    // l4.zip holds deep.txt; each lN.zip holds l(N+1).zip.
    let mut bytes = zip(&[("deep.txt", format!("token {GITHUB_TOKEN}\n").as_bytes())]);
    for level in (1..=3).rev() {
        bytes = zip(&[(&format!("l{}.zip", level + 1), &bytes)]);
    }
    zip(&[
        ("top.txt", format!("id {AWS_KEY_ID}\n").as_bytes()),
        ("l1.zip", &bytes),
    ])
}

#[test]
fn nesting_deeper_than_the_limit_is_partial() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "nested.zip", &deeply_nested_zip());

    // The default limit (10) reaches the bottom.
    let s = scan(dir.path(), &["nested.zip"]);
    s.assert_code(1);
    assert_container(
        s.finding("GITHUB_TOKEN"),
        &["l1.zip", "l2.zip", "l3.zip", "l4.zip", "deep.txt"],
    );
    assert_container(s.finding("AWS_ACCESS_KEY_ID"), &["top.txt"]);
    assert_complete(s.top("nested.zip"));

    let s = scan(dir.path(), &["--max-archive-depth", "2", "nested.zip"]);
    s.assert_code(1);
    assert_container(s.finding("AWS_ACCESS_KEY_ID"), &["top.txt"]);
    assert!(
        s.findings_of("GITHUB_TOKEN").is_empty(),
        "found below the depth limit\n{}",
        s.dump()
    );
    assert_partial(s.top("nested.zip"), "ARCHIVE_NESTING_LEVEL_OVER_LIMIT");
    let over: Vec<_> = s
        .members()
        .into_iter()
        .filter(|o| o["reason"] == "ARCHIVE_NESTING_LEVEL_OVER_LIMIT")
        .collect();
    assert!(
        !over.is_empty(),
        "a member record says where nesting stopped\n{}",
        s.dump()
    );
    for record in over {
        assert_not_complete(record, "ARCHIVE_NESTING_LEVEL_OVER_LIMIT");
        assert!(
            container_of(record).len() <= 3,
            "nothing is opened past the limit: {record}"
        );
    }

    // Nothing found and something not scanned: exit 3.
    let only_deep = zip(&[(
        "l1.zip",
        &zip(&[("l2.zip", &zip(&[("l3.zip", &zip(&[("deep.txt", b"x\n")]))]))]),
    )]);
    write(dir.path(), "only-deep.zip", &only_deep);
    let s = scan(dir.path(), &["--max-archive-depth", "2", "only-deep.zip"]);
    s.assert_code(3);
    assert_partial(s.top("only-deep.zip"), "ARCHIVE_NESTING_LEVEL_OVER_LIMIT");
}

#[test]
fn more_members_than_the_limit_is_partial() {
    let dir = tempfile::tempdir().unwrap();
    let names: Vec<String> = (0..12).map(|i| format!("part-{i:02}.txt")).collect();
    let bodies: Vec<String> = (0..12)
        .map(|i| format!("part {i}\nnothing to report\n"))
        .collect();
    let entries: Vec<(&str, &[u8])> = names
        .iter()
        .zip(&bodies)
        .map(|(n, b)| (n.as_str(), b.as_bytes()))
        .collect();
    write(dir.path(), "many.zip", &zip(&entries));
    write(dir.path(), "many.tar", &tar(&entries));

    for name in ["many.zip", "many.tar"] {
        let s = scan(dir.path(), &[name]);
        s.assert_code(0);
        assert_complete(s.top(name));
        assert_eq!(s.members().len(), 12, "{}", s.dump());

        let s = scan(dir.path(), &["--max-archive-members", "5", name]);
        s.assert_code(3);
        assert_partial(s.top(name), "ARCHIVE_MEMBER_COUNT_OVER_LIMIT");
        let complete = s
            .members()
            .iter()
            .filter(|o| o["status"] == "COMPLETE")
            .count();
        assert!(
            complete <= 5,
            "{complete} members scanned with a limit of 5\n{}",
            s.dump()
        );
    }
}

#[test]
fn a_member_larger_than_the_limit_is_not_scanned_past_it() {
    let dir = tempfile::tempdir().unwrap();
    let small = format!("id={AWS_KEY_ID}\n");
    // 64 KiB, a token at about 50 KiB: past a 10 KiB member limit.
    let mut big = filler(50 * 1024, 0);
    big.push_str(&format!("token={GITHUB_TOKEN}\n"));
    big.push_str(&filler(64 * 1024 - big.len(), 9000));
    write(
        dir.path(),
        "mixed.zip",
        &zip(&[("small.txt", small.as_bytes()), ("big.txt", big.as_bytes())]),
    );
    write(
        dir.path(),
        "mixed.tar",
        &tar(&[("small.txt", small.as_bytes()), ("big.txt", big.as_bytes())]),
    );
    write(dir.path(), "big.log.gz", &gzip(big.as_bytes(), None));

    for name in ["mixed.zip", "mixed.tar"] {
        let s = scan(dir.path(), &["--max-member-size", "10KiB", name]);
        s.assert_code(1);
        assert_container(s.finding("AWS_ACCESS_KEY_ID"), &["small.txt"]);
        assert!(
            s.findings_of("GITHUB_TOKEN").is_empty(),
            "scanned past the member limit\n{}",
            s.dump()
        );
        assert_complete(s.member(&["small.txt"]));
        assert_not_complete(s.member(&["big.txt"]), "ARCHIVE_MEMBER_SIZE_OVER_LIMIT");
        assert_partial(s.top(name), "ARCHIVE_MEMBER_SIZE_OVER_LIMIT");

        // Under the default limit, both are found.
        let s = scan(dir.path(), &[name]);
        s.assert_code(1);
        assert_at(s.finding("GITHUB_TOKEN"), &big, GITHUB_TOKEN);
        assert_complete(s.top(name));
    }

    // A gzip stream has no declared size: the limit holds on the bytes as they come.
    let s = scan(dir.path(), &["--max-member-size", "10KiB", "big.log.gz"]);
    s.assert_code(3);
    assert!(s.findings().is_empty(), "{}", s.dump());
    assert_not_complete(s.member(&["big.log"]), "ARCHIVE_MEMBER_SIZE_OVER_LIMIT");
    assert_partial(s.top("big.log.gz"), "ARCHIVE_MEMBER_SIZE_OVER_LIMIT");
}

#[test]
fn total_bytes_extracted_over_the_limit_is_partial() {
    let dir = tempfile::tempdir().unwrap();
    // Four members of 8 KiB: the first starts with an access key id, the last with a token that
    // lies past 20 KiB of extracted bytes.
    let first = format!("id={AWS_KEY_ID}\n{}", filler(8 * 1024 - 24, 0));
    let last = format!("token={GITHUB_TOKEN}\n{}", filler(8 * 1024 - 47, 3000));
    let (b, c) = (filler(8 * 1024, 1000), filler(8 * 1024, 2000));
    let entries: [(&str, &[u8]); 4] = [
        ("a.txt", first.as_bytes()),
        ("b.txt", b.as_bytes()),
        ("c.txt", c.as_bytes()),
        ("d.txt", last.as_bytes()),
    ];
    write(dir.path(), "four.zip", &zip(&entries));
    write(dir.path(), "four.tar.gz", &gzip(&tar(&entries), None));

    for name in ["four.zip", "four.tar.gz"] {
        let s = scan(dir.path(), &["--max-extracted-size", "20KiB", name]);
        s.assert_code(1);
        assert_eq!(s.finding("AWS_ACCESS_KEY_ID")["match"], AWS_KEY_ID);
        assert!(
            s.findings_of("GITHUB_TOKEN").is_empty(),
            "extracted past the total limit\n{}",
            s.dump()
        );
        assert_partial(s.top(name), "ARCHIVE_TOTAL_BYTES_EXTRACTED_OVER_LIMIT");
        let over: Vec<_> = s
            .members()
            .into_iter()
            .filter(|o| o["reason"] == "ARCHIVE_TOTAL_BYTES_EXTRACTED_OVER_LIMIT")
            .collect();
        assert!(
            !over.is_empty(),
            "a member record carries the reason\n{}",
            s.dump()
        );
        over.iter()
            .for_each(|o| assert_not_complete(o, "ARCHIVE_TOTAL_BYTES_EXTRACTED_OVER_LIMIT"));

        let s = scan(dir.path(), &[name]);
        s.assert_code(1);
        assert_eq!(s.findings().len(), 2, "{}", s.dump());
        assert_complete(s.top(name));
    }
}

/// Writes `len` bytes of `byte`, deflated as hard as deflate goes (~1030:1), into a zip member
/// or a gzip, streaming, so the test never holds the expanded bytes.
fn write_bomb(
    path: &Path,
    gzip_member: Option<&str>,
    zip_member: Option<&str>,
    byte: u8,
    len: usize,
) -> u64 {
    let chunk = vec![byte; 1 << 20];
    let file = std::io::BufWriter::new(fs::File::create(path).unwrap());
    if let Some(member) = zip_member {
        let mut writer = ZipWriter::new(file);
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .compression_level(Some(9));
        writer.start_file(member, options).unwrap();
        for _ in 0..len / chunk.len() {
            writer.write_all(&chunk).unwrap();
        }
        writer.finish().unwrap().flush().unwrap();
    } else {
        let mut builder = GzBuilder::new();
        if let Some(name) = gzip_member {
            builder = builder.filename(name);
        }
        let mut encoder = builder.write(file, Compression::best());
        for _ in 0..len / chunk.len() {
            encoder.write_all(&chunk).unwrap();
        }
        encoder.finish().unwrap().flush().unwrap();
    }
    fs::metadata(path).unwrap().len()
}

/// Runs trawl on `name` in `dir`, returning the scan, the time it took and its peak resident
/// memory (from /proc while it runs).
fn scan_measured(dir: &Path, name: &str) -> (Scan, Duration, u64) {
    let started = Instant::now();
    let mut child = trawl()
        .current_dir(dir)
        .args(["scan", "--format", "jsonl", "--show-secrets", name])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let status = format!("/proc/{}/status", child.id());
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || std::io::read_to_string(stdout).unwrap());
    let mut peak_kib = 0u64;
    while child.try_wait().unwrap().is_none() {
        if let Ok(text) = fs::read_to_string(&status) {
            if let Some(line) = text.lines().find(|l| l.starts_with("VmHWM:")) {
                let kib: u64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
                peak_kib = peak_kib.max(kib);
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "trawl still running after two minutes on {name}"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let elapsed = started.elapsed();
    let mut out = child.wait_with_output().unwrap();
    out.stdout = reader.join().unwrap().into_bytes();
    (Scan::from_output(out), elapsed, peak_kib * 1024)
}

const BOMB_BYTES: usize = 200 << 20;

#[test]
fn zip_bomb_stops_on_the_compression_ratio() {
    let dir = tempfile::tempdir().unwrap();
    let size = write_bomb(
        &dir.path().join("bomb.zip"),
        None,
        Some("zeros.bin"),
        0,
        BOMB_BYTES,
    );
    assert!(
        size < 400 * 1024,
        "fixture: the bomb is small on disk ({size} bytes)"
    );
    assert!(
        BOMB_BYTES as u64 / size > 1010,
        "fixture: the ratio is past the default 1000"
    );

    let (s, elapsed, peak) = scan_measured(dir.path(), "bomb.zip");
    assert!(
        elapsed < Duration::from_secs(20),
        "took {elapsed:?}: the bomb was expanded"
    );
    assert!(
        peak < 150 << 20,
        "peak memory {} MiB: the bomb was held in memory",
        peak >> 20
    );
    s.assert_code(3);
    assert_not_complete(
        s.member(&["zeros.bin"]),
        "ARCHIVE_COMPRESSION_RATIO_OVER_LIMIT",
    );
    assert_partial(s.top("bomb.zip"), "ARCHIVE_COMPRESSION_RATIO_OVER_LIMIT");
}

#[test]
fn gzip_bomb_of_text_stops_on_the_compression_ratio() {
    // Newlines are text, so nothing but the ratio stops the scan.
    let dir = tempfile::tempdir().unwrap();
    let size = write_bomb(
        &dir.path().join("bomb.log.gz"),
        None,
        None,
        b'\n',
        BOMB_BYTES,
    );
    assert!(
        BOMB_BYTES as u64 / size > 1010,
        "fixture: the ratio is past the default 1000"
    );

    let (s, elapsed, peak) = scan_measured(dir.path(), "bomb.log.gz");
    assert!(elapsed < Duration::from_secs(20), "took {elapsed:?}");
    assert!(
        peak < 150 << 20,
        "peak memory {} MiB: the bomb was held in memory",
        peak >> 20
    );
    s.assert_code(3);
    assert_not_complete(
        s.member(&["bomb.log"]),
        "ARCHIVE_COMPRESSION_RATIO_OVER_LIMIT",
    );
    assert_partial(s.top("bomb.log.gz"), "ARCHIVE_COMPRESSION_RATIO_OVER_LIMIT");
    // Stopped soon after the ratio was passed, not at the end.
    let scanned = s.member(&["bomb.log"])["bytes"].as_u64().unwrap();
    assert!(
        scanned < BOMB_BYTES as u64,
        "scanned all {scanned} bytes of the bomb"
    );
}

#[test]
fn zip_bomb_with_lying_sizes_is_stopped_while_it_streams() {
    // Text (so it would be scanned), and headers that claim 4 KiB: only the bytes as they come
    // out of the decoder can stop it.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("liar.zip");
    write_bomb(&path, None, Some("notes.txt"), b'\n', BOMB_BYTES);
    let mut bytes = fs::read(&path).unwrap();
    assert_eq!(
        bytes[..4],
        *b"PK\x03\x04",
        "fixture: one local header at the start"
    );
    bytes[22..26].copy_from_slice(&4096u32.to_le_bytes());
    let central = (0..bytes.len() - 4)
        .rev()
        .find(|&i| bytes[i..i + 4] == *b"PK\x01\x02")
        .expect("a central directory header");
    bytes[central + 24..central + 28].copy_from_slice(&4096u32.to_le_bytes());
    fs::write(&path, &bytes).unwrap();

    let (s, elapsed, peak) = scan_measured(dir.path(), "liar.zip");
    assert!(elapsed < Duration::from_secs(20), "took {elapsed:?}");
    assert!(
        peak < 150 << 20,
        "peak memory {} MiB: the bomb was held in memory",
        peak >> 20
    );
    s.assert_code(3);
    // Past the claimed size or past the ratio: either way, not scanned to the end.
    let member = s.member(&["notes.txt"]);
    let reason = member["reason"].as_str().unwrap_or_default();
    assert!(
        ["ARCHIVE_COMPRESSION_RATIO_OVER_LIMIT", "MALFORMED_FILE"].contains(&reason),
        "expected the ratio or a size mismatch to stop it\n{}",
        s.dump()
    );
    assert_not_complete(member, reason);
    assert_partial(s.top("liar.zip"), reason);
}

#[test]
fn max_compression_ratio_is_configurable() {
    let dir = tempfile::tempdir().unwrap();
    // 4 MiB of log lines deflate about 5:1: fine by default, over a limit of 2.
    let log = filler(4 << 20, 0);
    let gz = gzip(log.as_bytes(), None);
    assert!(
        log.len() / gz.len() >= 3,
        "fixture: ratio {}",
        log.len() / gz.len()
    );
    write(dir.path(), "app.log.gz", &gz);
    write(dir.path(), "app.zip", &zip(&[("app.log", log.as_bytes())]));

    for (name, member) in [("app.log.gz", "app.log"), ("app.zip", "app.log")] {
        let s = scan(dir.path(), &[name]);
        s.assert_code(0);
        assert_complete(s.top(name));

        let s = scan(dir.path(), &["--max-compression-ratio", "2", name]);
        s.assert_code(3);
        assert_not_complete(s.member(&[member]), "ARCHIVE_COMPRESSION_RATIO_OVER_LIMIT");
        assert_partial(s.top(name), "ARCHIVE_COMPRESSION_RATIO_OVER_LIMIT");
    }
}

// ---------------------------------------------------------------------------------------------
// Damaged and encrypted input

#[test]
fn truncated_gzip_reports_what_came_before_the_cut() {
    let dir = tempfile::tempdir().unwrap();
    let head = format!("start\ntoken={GITHUB_TOKEN}\n");
    let tail = filler(100 * 1024, 0);
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(head.as_bytes()).unwrap();
    // A sync flush ends the deflate block holding the token, so the bytes before the cut
    // decode to it whatever the decoder's block handling.
    encoder.flush().unwrap();
    let flushed = encoder.get_ref().len();
    encoder.write_all(tail.as_bytes()).unwrap();
    let whole = encoder.finish().unwrap();
    let cut = flushed + (whole.len() - flushed) / 2;
    write(dir.path(), "app.log.gz", &whole[..cut]);

    let s = scan(dir.path(), &["app.log.gz"]);
    s.assert_code(1);
    let f = s.finding("GITHUB_TOKEN");
    assert_container(f, &["app.log"]);
    assert_at(f, &format!("{head}{tail}"), GITHUB_TOKEN);
    assert_partial(s.top("app.log.gz"), "MALFORMED_FILE");
    assert_partial(s.member(&["app.log"]), "MALFORMED_FILE");

    // Cut inside the header: nothing to read, the whole file is malformed.
    write(dir.path(), "stub.gz", &whole[..6]);
    let s = scan(dir.path(), &["stub.gz"]);
    s.assert_code(3);
    let top = s.top("stub.gz");
    assert_not_complete(top, "MALFORMED_FILE");
}

#[test]
fn zip_with_a_corrupt_central_directory_is_malformed() {
    let dir = tempfile::tempdir().unwrap();
    let keys = format!("id={AWS_KEY_ID}\n");
    let good = zip(&[("keys.txt", keys.as_bytes()), ("more.txt", b"more\n")]);

    // Every central directory header's signature overwritten.
    let mut corrupt = good.clone();
    let mut i = 0;
    while i + 4 <= corrupt.len() {
        if corrupt[i..i + 4] == *b"PK\x01\x02" {
            corrupt[i + 2] = 0x7f;
            corrupt[i + 3] = 0x7f;
        }
        i += 1;
    }
    write(dir.path(), "corrupt.zip", &corrupt);
    // Cut before the central directory: the end record is missing.
    write(dir.path(), "truncated.zip", &good[..good.len() - 60]);

    for name in ["corrupt.zip", "truncated.zip"] {
        let s = scan(dir.path(), &[name]);
        let top = s.top(name);
        assert_not_complete(top, "MALFORMED_FILE");
        // Local headers may still be read; whatever was found is reported, and exit says so.
        if s.findings().is_empty() {
            s.assert_code(3);
        } else {
            s.assert_code(1);
            assert_eq!(top["status"], "PARTIAL", "{}", s.dump());
            assert_container(s.finding("AWS_ACCESS_KEY_ID"), &["keys.txt"]);
        }
    }
}

#[test]
fn encrypted_zip_members_are_skipped_as_encrypted() {
    use zip::unstable::write::FileOptionsExt;
    let dir = tempfile::tempdir().unwrap();
    let public = format!("aws_access_key_id = {AWS_KEY_ID}\n");
    let aes_secret = format!("token={GITHUB_TOKEN}\n");
    let legacy_secret = format!("//registry.npmjs.org/:_authToken={NPM_TOKEN}\n");
    let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);

    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    writer.start_file("public.txt", deflated).unwrap();
    writer.write_all(public.as_bytes()).unwrap();
    writer
        .start_file(
            "secret-aes.txt",
            deflated.with_aes_encryption(zip::AesMode::Aes256, "hunter2"),
        )
        .unwrap();
    writer.write_all(aes_secret.as_bytes()).unwrap();
    writer
        .start_file(
            "secret-zipcrypto.txt",
            deflated.with_deprecated_encryption(b"hunter2").unwrap(),
        )
        .unwrap();
    writer.write_all(legacy_secret.as_bytes()).unwrap();
    write(
        dir.path(),
        "vault.zip",
        &writer.finish().unwrap().into_inner(),
    );

    let s = scan(dir.path(), &["vault.zip"]);
    s.assert_code(1);
    assert_eq!(
        s.findings().len(),
        1,
        "only the unencrypted member is read\n{}",
        s.dump()
    );
    let f = s.finding("AWS_ACCESS_KEY_ID");
    assert_container(f, &["public.txt"]);
    assert_at(f, &public, AWS_KEY_ID);
    assert_complete(s.member(&["public.txt"]));
    assert_eq!(s.member(&["secret-aes.txt"])["status"], "SKIPPED");
    assert_eq!(s.member(&["secret-aes.txt"])["reason"], "ENCRYPTED_FILE");
    assert_eq!(s.member(&["secret-zipcrypto.txt"])["status"], "SKIPPED");
    assert_eq!(
        s.member(&["secret-zipcrypto.txt"])["reason"],
        "ENCRYPTED_FILE"
    );
    assert_partial(s.top("vault.zip"), "ENCRYPTED_FILE");

    // Only an encrypted member: nothing found, not complete.
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    writer
        .start_file(
            "secret.txt",
            deflated.with_aes_encryption(zip::AesMode::Aes128, "hunter2"),
        )
        .unwrap();
    writer.write_all(aes_secret.as_bytes()).unwrap();
    write(
        dir.path(),
        "sealed.zip",
        &writer.finish().unwrap().into_inner(),
    );
    let s = scan(dir.path(), &["sealed.zip"]);
    s.assert_code(3);
    assert_partial(s.top("sealed.zip"), "ENCRYPTED_FILE");
}

// ---------------------------------------------------------------------------------------------
// Standard input

#[test]
fn stdin_gzip_and_zip_are_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let dump = format!("CREATE TABLE t;\n-- key {AWS_KEY_ID}\n");
    let s = scan_stdin(dir.path(), &gzip(dump.as_bytes(), Some("dump.sql")));
    s.assert_code(1);
    let f = s.finding("AWS_ACCESS_KEY_ID");
    assert_eq!(f["source"], "-");
    assert_container(f, &["dump.sql"]);
    assert_at(f, &dump, AWS_KEY_ID);
    assert_complete(s.top("-"));
    assert_complete(s.member(&["dump.sql"]));

    // A zip cannot be read by seeking on a pipe: it still is read.
    let keys = format!("one\ntwo\ntoken={GITHUB_TOKEN}\n");
    let s = scan_stdin(
        dir.path(),
        &zip(&[("readme.txt", b"hello\n"), ("keys.txt", keys.as_bytes())]),
    );
    s.assert_code(1);
    let f = s.finding("GITHUB_TOKEN");
    assert_eq!(f["source"], "-");
    assert_container(f, &["keys.txt"]);
    assert_at(f, &keys, GITHUB_TOKEN);
    assert_complete(s.top("-"));
}
