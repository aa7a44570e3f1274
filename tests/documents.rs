//! End-to-end tests of documents: the text of docx paragraphs, xlsx cells (`location.cell`) and
//! PDF pages (`location.page`), detected by content, and what a document cut short reports.
//!
//! Every fixture is made here, in code, so what each one holds is visible next to what the test
//! expects of it.

mod support;

use support::archives::zip;
use support::scan::*;
use support::{AWS_KEY_ID, GITHUB_TOKEN};

// ---------------------------------------------------------------------------------------------
// Documents

const CONTENT_TYPES_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"#;

fn package_rels(target: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{target}"/></Relationships>"#
    )
}

/// A minimal docx: three paragraphs, the last with a token split across two runs.
fn docx() -> (Vec<u8>, String) {
    let (head, tail) = GITHUB_TOKEN.split_at(14);
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Quarterly report</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">aws id </w:t></w:r><w:r><w:t>{AWS_KEY_ID}</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">deploy token={head}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{tail}</w:t></w:r></w:p><w:sectPr/></w:body></w:document>"#
    );
    let content_types = format!(
        r#"{CONTENT_TYPES_HEAD}<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#
    );
    let bytes = zip(&[
        ("[Content_Types].xml", content_types.as_bytes()),
        ("_rels/.rels", package_rels("word/document.xml").as_bytes()),
        ("word/document.xml", document.as_bytes()),
    ]);
    let text = format!("Quarterly report\naws id {AWS_KEY_ID}\ndeploy token={GITHUB_TOKEN}\n");
    (bytes, text)
}

#[test]
fn docx_text_is_scanned_with_paragraphs_as_lines() {
    let dir = tempfile::tempdir().unwrap();
    let (bytes, text) = docx();
    write(dir.path(), "report.docx", &bytes);
    // Recognised by content whatever the name.
    write(dir.path(), "upload-0042", &bytes);

    for name in ["report.docx", "upload-0042"] {
        let s = scan(dir.path(), &[name]);
        s.assert_code(1);
        assert_eq!(
            s.findings().len(),
            2,
            "each value once, from the text (not also from the XML)\n{}",
            s.dump()
        );
        for (identifier, value) in [
            ("AWS_ACCESS_KEY_ID", AWS_KEY_ID),
            ("GITHUB_TOKEN", GITHUB_TOKEN),
        ] {
            let f = s.finding(identifier);
            assert_eq!(f["source"], name);
            assert!(
                f.get("container").is_none(),
                "a document's text has no container: {f}"
            );
            assert_at(f, &text, value);
        }
        assert_complete(s.top(name));
    }
}

/// A minimal xlsx: Sheet1 with an inline string in B2, Sheet2 with a shared string in C5.
fn xlsx() -> Vec<u8> {
    let ns = r#"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#;
    let decl = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;
    let content_types = format!(
        r#"{CONTENT_TYPES_HEAD}<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#
    );
    let workbook = format!(
        r#"{decl}
<workbook {ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/><sheet name="Sheet2" sheetId="2" r:id="rId2"/></sheets></workbook>"#
    );
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let workbook_rels = format!(
        r#"{decl}
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{rel}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#
    );
    let shared = format!(
        r#"{decl}
<sst {ns} count="4" uniqueCount="4"><si><t>service</t></si><si><t>key</t></si><si><t>billing</t></si><si><t>deploy token={GITHUB_TOKEN}</t></si></sst>"#
    );
    let sheet1 = format!(
        r#"{decl}
<worksheet {ns}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><t>{AWS_KEY_ID}</t></is></c><c r="C2"><v>42</v></c></row></sheetData></worksheet>"#
    );
    let sheet2 = format!(
        r#"{decl}
<worksheet {ns}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="5"><c r="B5"><v>3.5</v></c><c r="C5" t="s"><v>3</v></c></row></sheetData></worksheet>"#
    );
    zip(&[
        ("[Content_Types].xml", content_types.as_bytes()),
        ("_rels/.rels", package_rels("xl/workbook.xml").as_bytes()),
        ("xl/workbook.xml", workbook.as_bytes()),
        ("xl/_rels/workbook.xml.rels", workbook_rels.as_bytes()),
        ("xl/sharedStrings.xml", shared.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet1.as_bytes()),
        ("xl/worksheets/sheet2.xml", sheet2.as_bytes()),
    ])
}

#[test]
fn xlsx_cells_are_scanned_and_findings_name_their_cell() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "budget.xlsx", &xlsx());

    let s = scan(dir.path(), &["budget.xlsx"]);
    s.assert_code(1);
    assert_eq!(
        s.findings().len(),
        2,
        "each value once, from the cells (not also from the XML)\n{}",
        s.dump()
    );
    let f = s.finding("GITHUB_TOKEN");
    assert_eq!(f["source"], "budget.xlsx");
    assert!(f.get("container").is_none(), "{f}");
    assert_eq!(f["location"]["cell"], "Sheet2!C5", "{f}");
    assert_eq!(f["match"], GITHUB_TOKEN);
    let f = s.finding("AWS_ACCESS_KEY_ID");
    assert!(f.get("container").is_none(), "{f}");
    assert_eq!(f["location"]["cell"], "Sheet1!B2", "{f}");
    assert_eq!(f["match"], AWS_KEY_ID);
    assert_complete(s.top("budget.xlsx"));
}

/// A minimal PDF: a catalog, a page tree and one Helvetica text line per page; with
/// `encrypt`, a standard security handler whose user password is not empty.
fn pdf(pages: &[&str], encrypt: bool) -> Vec<u8> {
    // Objects: 1 catalog, 2 pages, 3 font, then a page and its content stream per page, then
    // the encryption dictionary.
    let mut objects: Vec<String> = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        String::new(), // the page tree, once the page numbers are known
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
    ];
    let mut kids = Vec::new();
    for text in pages {
        let page = objects.len() + 1;
        kids.push(format!("{page} 0 R"));
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
            page + 1
        ));
        let stream = format!("BT /F1 12 Tf 72 720 Td ({text}) Tj ET\n");
        objects.push(format!(
            "<< /Length {} >>\nstream\n{stream}endstream",
            stream.len()
        ));
    }
    objects[1] = format!(
        "<< /Type /Pages /Kids [{}] /Count {} >>",
        kids.join(" "),
        pages.len()
    );
    let id = "<8f1f2c0b6e3d4a5b9c7d1e2f3a4b5c6d>";
    let mut trailer_extra = String::new();
    if encrypt {
        objects.push(format!(
            "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -3904 /O <{}> /U <{}> >>",
            "3c".repeat(32),
            "a7".repeat(32)
        ));
        trailer_extra = format!(" /Encrypt {} 0 R", objects.len());
    }

    let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        out.extend(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend(
        format!("trailer\n<< /Size {} /Root 1 0 R /ID [{id} {id}]{trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1)
            .as_bytes(),
    );
    out
}

#[test]
fn pdf_text_is_scanned_per_page() {
    let dir = tempfile::tempdir().unwrap();
    let page1 = format!("aws id {AWS_KEY_ID}");
    let page2 = format!("deploy token={GITHUB_TOKEN}");
    write(
        dir.path(),
        "statement.pdf",
        &pdf(&[&page1, "Account statement"], false),
    );
    write(
        dir.path(),
        "two-pages.pdf",
        &pdf(&["Page one says hello", &page2], false),
    );

    let s = scan(dir.path(), &["two-pages.pdf"]);
    s.assert_code(1);
    assert_eq!(s.findings().len(), 1, "{}", s.dump());
    let f = s.finding("GITHUB_TOKEN");
    assert_eq!(f["source"], "two-pages.pdf");
    assert!(f.get("container").is_none(), "{f}");
    assert_eq!(f["location"]["page"], 2, "{f}");
    assert_eq!(f["match"], GITHUB_TOKEN);
    assert_complete(s.top("two-pages.pdf"));

    let s = scan(dir.path(), &["statement.pdf"]);
    s.assert_code(1);
    let f = s.finding("AWS_ACCESS_KEY_ID");
    assert_eq!(f["location"]["page"], 1, "{f}");
    assert_eq!(f["match"], AWS_KEY_ID);

    // Inside a zip, a PDF is a member like any other, with its page.
    write(
        dir.path(),
        "docs.zip",
        &zip(&[(
            "docs/two-pages.pdf",
            &pdf(&["Page one says hello", &page2], false),
        )]),
    );
    let s = scan(dir.path(), &["docs.zip"]);
    s.assert_code(1);
    let f = s.finding("GITHUB_TOKEN");
    assert_container(f, &["docs/two-pages.pdf"]);
    assert_eq!(f["location"]["page"], 2, "{f}");
    assert_complete(s.top("docs.zip"));
}

#[test]
fn encrypted_pdf_is_reported_as_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "locked.pdf",
        &pdf(
            &["Confidential", &format!("deploy token={GITHUB_TOKEN}")],
            true,
        ),
    );

    let s = scan(dir.path(), &["locked.pdf"]);
    s.assert_code(3);
    assert_not_complete(s.top("locked.pdf"), "ENCRYPTED_FILE");
}

/// A document cut short by the scanner's `stop_at` severity is PARTIAL with `STOPPED`, as any
/// other content is: the object layer has one outcome conversion for text, documents included.
#[test]
fn a_document_cut_short_by_stop_at_is_partial() {
    use std::ops::ControlFlow;
    use std::sync::Mutex;
    use trawl_scanner::{Finding, ObjectRecord, Reason, Scanner, Severity, Sink, Status};

    #[derive(Default)]
    struct Records(Mutex<Vec<ObjectRecord>>);
    impl Sink for Records {
        fn findings(&self, _: &str, _: Vec<Finding>) -> ControlFlow<()> {
            ControlFlow::Continue(())
        }
        fn object(&self, record: ObjectRecord) -> ControlFlow<()> {
            self.0.lock().unwrap().push(record);
            ControlFlow::Continue(())
        }
    }

    let scanner = Scanner::builder().stop_at(Severity::High).build().unwrap();
    let token_first = pdf(
        &[&format!("deploy token={GITHUB_TOKEN}"), "and a second page"],
        false,
    );
    let (docx_bytes, _) = docx();
    for (name, bytes) in [
        ("two-pages.pdf", token_first),
        ("report.docx", docx_bytes),
        (
            "notes.txt",
            format!("token={GITHUB_TOKEN}\n{}", "more text\n".repeat(10_000)).into_bytes(),
        ),
    ] {
        let sink = Records::default();
        let record =
            trawl_scanner::scan_object(&scanner, &bytes[..], name, &Default::default(), &sink);
        assert_eq!(record.status, Status::Partial, "{name}: {record:?}");
        assert_eq!(record.reason, Some(Reason::Stopped), "{name}: {record:?}");
        assert_eq!(
            record.findings.get("GITHUB_TOKEN"),
            Some(&1),
            "{name}: {record:?}"
        );
        assert_eq!(sink.0.lock().unwrap().last(), Some(&record));
    }
}

/// `--results-format macie` locates values in documents as Macie does: a spreadsheet cell by
/// its reference, column and row, a PDF value by its page.
#[test]
fn macie_records_locate_cells_and_pages() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "budget.xlsx", &xlsx());
    let page2 = format!("deploy token={GITHUB_TOKEN}");
    write(
        dir.path(),
        "two-pages.pdf",
        &pdf(&["Page one says hello", &page2], false),
    );
    let out_dir = tempfile::tempdir().unwrap();
    let results = out_dir.path().join("results.jsonl");
    let s = scan(
        dir.path(),
        &[
            "--results",
            results.to_str().unwrap(),
            "--results-format",
            "macie",
            ".",
        ],
    );
    s.assert_code(1);
    let records = support::jsonl(&std::fs::read_to_string(&results).unwrap());
    support::python::assert_valid_json(
        "tests/fixtures/macie-discovery-result.schema.json",
        "Draft7Validator",
        &records,
    );
    let occurrences = |key: &str, id: &str| {
        let record = records
            .iter()
            .find(|r| r["resourcesAffected"]["s3Object"]["key"] == key)
            .unwrap_or_else(|| panic!("no record of {key}"));
        record["classificationDetails"]["result"]["sensitiveData"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c["detections"].as_array().unwrap())
            .find(|d| d["type"] == id)
            .unwrap_or_else(|| panic!("no {id} in {record}"))["occurrences"]
            .clone()
    };
    assert_eq!(
        occurrences("./budget.xlsx", "GITHUB_TOKEN")["cells"],
        serde_json::json!([{"cellReference": "Sheet2!C5", "column": 3, "columnName": null, "row": 5}])
    );
    assert_eq!(
        occurrences("./two-pages.pdf", "GITHUB_TOKEN")["pages"],
        serde_json::json!([{"pageNumber": 2}])
    );
}
