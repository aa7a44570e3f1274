//! Containers and documents through the binary. Every fixture is made here, from code: gzip,
//! tar, zip (nested, a bomb, corrupt, encrypted), docx, xlsx and PDF.

use serde_json::Value;
use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const GITHUB_TOKEN: &str = "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";
const AWS_KEY_ID: &str = "AKIAQYLPMN5HHHFPZAM2";
const NPM_TOKEN: &str = "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";

fn trawl(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_trawl")).current_dir(dir).args(args).env_remove("TRAWL_FINGERPRINT_KEY").output().unwrap()
}

fn scan(dir: &Path, extra: &[&str]) -> (i32, Vec<Value>) {
    let mut args = vec!["scan", "--format", "jsonl", "--show-secrets"];
    args.extend_from_slice(extra);
    let out = trawl(dir, &args);
    let records = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    (out.status.code().unwrap(), records)
}

fn findings(records: &[Value]) -> Vec<&Value> {
    records.iter().filter(|r| r["type"] == "finding").collect()
}

/// The object record of `source` at `container` (empty: the top-level one).
fn object<'a>(records: &'a [Value], source: &str, container: &[&str]) -> &'a Value {
    records
        .iter()
        .find(|r| {
            r["type"] == "object"
                && r["source"] == source
                && r.get("container").map_or(container.is_empty(), |c| c == &serde_json::json!(container))
        })
        .unwrap_or_else(|| panic!("no object record for {source} {container:?} in {records:#?}"))
}

fn gzip(data: &[u8], name: Option<&str>) -> Vec<u8> {
    let mut builder = flate2::GzBuilder::new();
    if let Some(name) = name {
        builder = builder.filename(name);
    }
    let mut encoder = builder.write(Vec::new(), flate2::Compression::default());
    encoder.write_all(data).unwrap();
    encoder.finish().unwrap()
}

fn tar(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (name, data) in members {
        let mut header = tar::Header::new_gnu();
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        builder.append_data(&mut header, name, *data).unwrap();
    }
    builder.into_inner().unwrap()
}

fn zip(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in members {
        writer.start_file(*name, options).unwrap();
        writer.write_all(data).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

#[test]
fn gzip_members_are_named_and_detected_by_content() {
    let dir = tempfile::tempdir().unwrap();
    let log = format!("start\ntoken={GITHUB_TOKEN}\n");
    fs::write(dir.path().join("named.gz"), gzip(log.as_bytes(), Some("app.log"))).unwrap();
    fs::write(dir.path().join("app-2.log.gz"), gzip(log.as_bytes(), None)).unwrap();
    fs::write(dir.path().join("data.txt"), gzip(log.as_bytes(), None)).unwrap();
    fs::write(dir.path().join("x.zip"), format!("plain text {AWS_KEY_ID}\n")).unwrap();
    let (code, records) = scan(dir.path(), &["named.gz", "app-2.log.gz", "data.txt", "x.zip"]);
    assert_eq!(code, 1);
    let mut got: Vec<(String, Value, u64)> = findings(&records)
        .iter()
        .map(|f| (f["source"].as_str().unwrap().to_string(), f.get("container").cloned().unwrap_or(Value::Null), f["line"].as_u64().unwrap()))
        .collect();
    got.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        got,
        vec![
            ("app-2.log.gz".to_string(), serde_json::json!(["app-2.log"]), 2),
            ("data.txt".to_string(), serde_json::json!(["data.txt.decompressed"]), 2),
            ("named.gz".to_string(), serde_json::json!(["app.log"]), 2),
            ("x.zip".to_string(), Value::Null, 1),
        ]
    );
    let f = findings(&records).into_iter().find(|f| f["source"] == "named.gz").unwrap();
    assert_eq!(f["start"], "start\ntoken=".len());
    assert_eq!(object(&records, "named.gz", &[])["status"], "COMPLETE");
    assert_eq!(object(&records, "named.gz", &["app.log"])["findings"]["GITHUB_TOKEN"], 1);
}

#[test]
fn nested_archives_carry_the_member_path() {
    let dir = tempfile::tempdir().unwrap();
    let inner = zip(&[("keys.txt", format!("id {AWS_KEY_ID}\n").as_bytes())]);
    let tarball = tar(&[("dir/inner.zip", &inner), ("dir/notes.txt", format!("npm {NPM_TOKEN}\n").as_bytes())]);
    fs::write(dir.path().join("bundle.tgz"), gzip(&tarball, None)).unwrap();
    let (code, records) = scan(dir.path(), &["bundle.tgz"]);
    assert_eq!(code, 1);
    let mut containers: Vec<Value> = findings(&records).iter().map(|f| f["container"].clone()).collect();
    containers.sort_by_key(|c| c.to_string());
    assert_eq!(
        containers,
        vec![
            serde_json::json!(["bundle.tar", "dir/inner.zip", "keys.txt"]),
            serde_json::json!(["bundle.tar", "dir/notes.txt"]),
        ]
    );
    let top = object(&records, "bundle.tgz", &[]);
    assert_eq!(top["status"], "COMPLETE");
    assert_eq!(top["findings"]["AWS_ACCESS_KEY_ID"], 1);
    assert_eq!(top["findings"]["NPM_TOKEN"], 1);

    // Human output names the member.
    let out = trawl(dir.path(), &["scan", "bundle.tgz"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("bundle.tgz!bundle.tar!dir/inner.zip!keys.txt:1:4: AWS_ACCESS_KEY_ID"), "{text}");

    // Too deep: the zip inside the tar inside the gzip is at depth 2.
    let (code, records) = scan(dir.path(), &["--max-archive-depth", "2", "bundle.tgz"]);
    assert_eq!(code, 1, "the shallower member is still scanned");
    let skipped = object(&records, "bundle.tgz", &["bundle.tar", "dir/inner.zip"]);
    assert_eq!((skipped["status"].as_str(), skipped["reason"].as_str()), (Some("SKIPPED"), Some("ARCHIVE_NESTING_LEVEL_OVER_LIMIT")));
    let top = object(&records, "bundle.tgz", &[]);
    assert_eq!((top["status"].as_str(), top["reason"].as_str()), (Some("PARTIAL"), Some("ARCHIVE_NESTING_LEVEL_OVER_LIMIT")));
}

#[test]
fn member_count_size_and_total_limits() {
    let dir = tempfile::tempdir().unwrap();
    let big = vec![b'x'; 300_000];
    let members: Vec<(String, Vec<u8>)> = (0..5).map(|i| (format!("m{i}.txt"), big.clone())).collect();
    let refs: Vec<(&str, &[u8])> = members.iter().map(|(n, d)| (n.as_str(), d.as_slice())).collect();
    fs::write(dir.path().join("many.zip"), zip(&refs)).unwrap();
    fs::write(dir.path().join("many.tar"), tar(&refs)).unwrap();

    for file in ["many.zip", "many.tar"] {
        let (code, records) = scan(dir.path(), &["--max-archive-members", "3", file]);
        assert_eq!(code, 3, "{file}");
        let top = object(&records, file, &[]);
        assert_eq!(top["reason"], "ARCHIVE_MEMBER_COUNT_OVER_LIMIT", "{file}");

        let (code, records) = scan(dir.path(), &["--max-member-size", "100KB", file]);
        assert_eq!(code, 3);
        assert_eq!(object(&records, file, &["m0.txt"])["reason"], "ARCHIVE_MEMBER_SIZE_OVER_LIMIT", "{file}");

        let (code, records) = scan(dir.path(), &["--max-extracted-size", "700KB", file]);
        assert_eq!(code, 3);
        let top = object(&records, file, &[]);
        assert_eq!((top["status"].as_str(), top["reason"].as_str()), (Some("PARTIAL"), Some("ARCHIVE_TOTAL_BYTES_EXTRACTED_OVER_LIMIT")), "{file}");
        assert!(top["bytes"].as_u64().unwrap() <= 700_000, "{top}");
    }
}

#[test]
fn a_zip_bomb_stops_quickly() {
    let dir = tempfile::tempdir().unwrap();
    // 200 MB of zeros, deflated to about 200 KB, written in pieces.
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).large_file(false);
    writer.start_file("zeros.bin", options).unwrap();
    let block = vec![0u8; 1 << 20];
    for _ in 0..200 {
        writer.write_all(&block).unwrap();
    }
    fs::write(dir.path().join("bomb.zip"), writer.finish().unwrap().into_inner()).unwrap();
    let started = std::time::Instant::now();
    let (code, records) = scan(dir.path(), &["bomb.zip"]);
    assert!(started.elapsed().as_secs() < 10, "took {:?}", started.elapsed());
    assert_eq!(code, 3);
    let member = object(&records, "bomb.zip", &["zeros.bin"]);
    assert_eq!((member["status"].as_str(), member["reason"].as_str()), (Some("SKIPPED"), Some("ARCHIVE_COMPRESSION_RATIO_OVER_LIMIT")));
    assert_eq!(object(&records, "bomb.zip", &[])["status"], "PARTIAL");
}

#[test]
fn truncated_corrupt_and_encrypted_input() {
    let dir = tempfile::tempdir().unwrap();
    // A token early, then enough noise that the cut falls well after it.
    let mut log = format!("token={GITHUB_TOKEN}\n").into_bytes();
    let mut state = 12345u64;
    for _ in 0..200_000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        log.push(b'a' + (state % 26) as u8);
    }
    let whole = gzip(&log, Some("app.log"));
    fs::write(dir.path().join("cut.gz"), &whole[..whole.len() / 2]).unwrap();
    let (code, records) = scan(dir.path(), &["cut.gz"]);
    assert_eq!(code, 1, "what was read before the cut is reported");
    assert_eq!(findings(&records).len(), 1);
    let member = object(&records, "cut.gz", &["app.log"]);
    assert_eq!((member["status"].as_str(), member["reason"].as_str()), (Some("PARTIAL"), Some("MALFORMED_FILE")));
    assert_eq!(object(&records, "cut.gz", &[])["status"], "PARTIAL");

    let mut broken = zip(&[("a.txt", b"hello")]);
    let central = broken.windows(4).rposition(|w| w == b"PK\x01\x02").unwrap();
    broken.truncate(central + 10);
    fs::write(dir.path().join("broken.zip"), &broken).unwrap();
    let (code, records) = scan(dir.path(), &["broken.zip"]);
    assert_eq!(code, 3);
    let top = object(&records, "broken.zip", &[]);
    assert_eq!((top["status"].as_str(), top["reason"].as_str()), (Some("SKIPPED"), Some("MALFORMED_FILE")));

    // Mark the member encrypted (general purpose flag bit 0) in both of its headers.
    let mut locked = zip(&[("secret.txt", format!("{AWS_KEY_ID}\n").as_bytes())]);
    let local = locked.windows(4).position(|w| w == b"PK\x03\x04").unwrap();
    locked[local + 6] |= 1;
    let central = locked.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    locked[central + 8] |= 1;
    fs::write(dir.path().join("locked.zip"), &locked).unwrap();
    let (code, records) = scan(dir.path(), &["locked.zip"]);
    assert_eq!(code, 3);
    let member = object(&records, "locked.zip", &["secret.txt"]);
    assert_eq!((member["status"].as_str(), member["reason"].as_str()), (Some("SKIPPED"), Some("ENCRYPTED_FILE")));
}

#[test]
fn stdin_may_be_compressed() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_trawl"))
        .args(["scan", "--format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let zipped = zip(&[("deploy/.env", format!("NPM_TOKEN={NPM_TOKEN}\n").as_bytes())]);
    child.stdin.take().unwrap().write_all(&gzip(&zipped, Some("bundle.zip"))).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let records: Vec<Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let f = findings(&records)[0];
    assert_eq!(f["source"], "-");
    assert_eq!(f["container"], serde_json::json!(["bundle.zip", "deploy/.env"]));
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>"#;

#[test]
fn docx_text_is_scanned_across_runs() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = GITHUB_TOKEN.split_at(15);
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>Deployment notes &amp; keys</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">token: </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{a}</w:t></w:r><w:r><w:t>{b}</w:t></w:r></w:p>
</w:body></w:document>"#
    );
    let docx = zip(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", b"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>"),
        ("word/document.xml", document.as_bytes()),
    ]);
    fs::write(dir.path().join("notes.docx"), docx).unwrap();
    let (code, records) = scan(dir.path(), &["notes.docx"]);
    assert_eq!(code, 1, "{records:#?}");
    let f = findings(&records)[0];
    assert_eq!((f["identifier"].as_str(), f["match"].as_str(), f["line"].as_u64()), (Some("GITHUB_TOKEN"), Some(GITHUB_TOKEN), Some(2)));
    assert!(f.get("container").is_none());
}

#[test]
fn xlsx_findings_name_their_cell() {
    let dir = tempfile::tempdir().unwrap();
    let workbook = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Summary" sheetId="1" r:id="rId1"/><sheet name="Sheet2" sheetId="2" r:id="rId2"/></sheets></workbook>"#;
    let rels = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>"#;
    let sheet = |cells: &str| {
        format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{cells}</sheetData></worksheet>"#)
    };
    let sheet1 = sheet(r#"<row r="1"><c r="A1" t="inlineStr"><is><t>total</t></is></c><c r="B1"><v>42</v></c></row>"#);
    let sheet2 = sheet(&format!(r#"<row r="5"><c r="B5" t="inlineStr"><is><t>key</t></is></c><c r="C5" t="inlineStr"><is><t>{AWS_KEY_ID}</t></is></c></row>"#));
    let xlsx = zip(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", br#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.as_slice()),
        ("xl/workbook.xml", workbook.as_bytes()),
        ("xl/_rels/workbook.xml.rels", rels.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet1.as_bytes()),
        ("xl/worksheets/sheet2.xml", sheet2.as_bytes()),
    ]);
    fs::write(dir.path().join("report.xlsx"), xlsx).unwrap();
    let (code, records) = scan(dir.path(), &["report.xlsx"]);
    assert_eq!(code, 1, "{records:#?}");
    let f = findings(&records)[0];
    assert_eq!(f["match"], AWS_KEY_ID);
    assert_eq!(f["location"]["cell"], "Sheet2!C5");
}

/// A two-page PDF with one line of Helvetica text on each page.
fn pdf(pages: &[&str]) -> Vec<u8> {
    let mut objects: Vec<String> = Vec::new();
    let n = pages.len();
    // 1: catalog, 2: pages, 3: font, then (page, content) pairs.
    objects.push("<< /Type /Catalog /Pages 2 0 R >>".into());
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 4 + 2 * i)).collect();
    objects.push(format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")));
    objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".into());
    for (i, text) in pages.iter().enumerate() {
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
            5 + 2 * i
        ));
        let stream = format!("BT /F1 12 Tf 72 720 Td ({text}) Tj ET");
        objects.push(format!("<< /Length {} >>\nstream\n{stream}\nendstream", stream.len()));
    }
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes());
    out
}

#[test]
fn pdf_findings_name_their_page() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("handbook.pdf"), pdf(&["Welcome to the team", &format!("npm token {NPM_TOKEN}")])).unwrap();
    let (code, records) = scan(dir.path(), &["handbook.pdf"]);
    assert_eq!(code, 1, "{records:#?}");
    let f = findings(&records)[0];
    assert_eq!(f["match"], NPM_TOKEN);
    assert_eq!(f["location"]["page"], 2);

    fs::write(dir.path().join("bad.pdf"), b"%PDF-1.4\nthis is not a pdf body\n").unwrap();
    let (code, records) = scan(dir.path(), &["bad.pdf"]);
    assert_eq!(code, 3);
    assert_eq!(object(&records, "bad.pdf", &[])["reason"], "MALFORMED_FILE");
}
