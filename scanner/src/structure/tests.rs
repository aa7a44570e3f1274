//! The tracker and the sniffer, byte by byte and in every slicing.

use super::sniff::*;
use super::*;

const CSV: Structure = Structure::Delimited {
    delimiter: b',',
    header: true,
};

/// What the tracker says about every byte of `input`, consuming it byte by byte.
fn answers(structure: Structure, input: &[u8]) -> Vec<(Option<Vec<u8>>, Location)> {
    let mut tracker = Tracker::new(structure);
    let mut out = Vec::with_capacity(input.len() + 1);
    for i in 0..input.len() {
        out.push((tracker.field().map(<[u8]>::to_vec), tracker.location()));
        tracker.consume(&input[i..=i]);
    }
    out.push((tracker.field().map(<[u8]>::to_vec), tracker.location()));
    out
}

/// Field and location of the first byte of the `nth` occurrence of `needle`.
fn at_nth(
    structure: Structure,
    input: &str,
    needle: &str,
    nth: usize,
) -> (Option<String>, Location) {
    let at = input
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in input"))
        .0;
    let mut tracker = Tracker::new(structure);
    tracker.consume(&input.as_bytes()[..at]);
    assert_eq!(tracker.offset(), at as u64);
    let field = tracker
        .field()
        .map(|f| String::from_utf8(f.to_vec()).unwrap());
    (field, tracker.location())
}

fn at(structure: Structure, input: &str, needle: &str) -> (Option<String>, Location) {
    at_nth(structure, input, needle, 0)
}

fn cell(row: u64, number: u64, column: Option<&str>) -> (Option<String>, Location) {
    (
        column.map(str::to_string),
        Location {
            row: Some(row),
            column_number: Some(number),
            column_name: column.map(str::to_string),
            ..Location::default()
        },
    )
}

fn json(record: u64, path: &str, field: Option<&str>) -> (Option<String>, Location) {
    (
        field.map(str::to_string),
        Location {
            record_index: Some(record),
            json_path: Some(path.to_string()),
            ..Location::default()
        },
    )
}

fn delimited(delimiter: u8, header: bool) -> Option<Structure> {
    Some(Structure::Delimited { delimiter, header })
}

/// A small deterministic generator.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

// --- sniff -------------------------------------------------------------------------------

#[test]
fn sniff_csv_with_header() {
    let csv = "name,email,dob\nAlice Smith,alice@example.com,1990-01-02\nBob Jones,bob@example.org,1985-12-31\n";
    assert_eq!(sniff(csv.as_bytes()), delimited(b',', true));
    // Records shorter than the header (trailing cells left out).
    let ragged = "version,codename,created,release,eol,eol-server\n4.10,Warty Warthog,2004-03-05,2004-10-20,2006-04-30\n5.04,Hoary Hedgehog,2004-10-20,2005-04-08,2006-10-31\n6.06 LTS,Dapper Drake,2005-10-12,2006-06-01,2009-07-14,2011-06-01\n6.10,Edgy Eft,2006-06-01,2006-10-26,2008-04-25\n";
    assert_eq!(sniff(ragged.as_bytes()), delimited(b',', true));
    // ... but not without a header, nor longer than the first record.
    assert_eq!(sniff(b"a,b,c\nd,e\nf,g,h\ni,j\nk,l\n"), None);
    assert_eq!(sniff(b"id,name,note\n1,x\n2,y\n"), None, "too few records");
    assert_eq!(sniff(b"id,name\n1,x\n2,y,z\n"), None);
    // Trailing blank lines, a free-text column next to typed ones.
    let tickets = "id,opened,comment\n1,2024-01-02,Customer called about the invoice.\n2,2024-01-03,Asked for a refund.\n3,2024-01-04,\n\n\n";
    assert_eq!(sniff(tickets.as_bytes()), delimited(b',', true));
    let quoted = "\u{feff}\"id\",\"comment\",\"amount\"\r\n1,\"hello, world\",12.50\r\n2,\"two\nlines\",3\r\n3,\"say \"\"hi\"\"\",4\r\n";
    assert_eq!(sniff(quoted.as_bytes()), delimited(b',', true));
}

#[test]
fn sniff_tsv_semicolon_pipe() {
    let tsv =
        "id\tname\tphone\n1\tAlice\t+1 555 0100\n2\tBob\t+1 555 0101\n3\tCarol\t+1 555 0102\n";
    assert_eq!(sniff(tsv.as_bytes()), delimited(b'\t', true));
    let semi = "Kunde;Betrag;Datum\nMüller;12,50;01.02.2024\nSchmidt;3,20;02.02.2024\nWeber;7,00;03.02.2024\n";
    assert_eq!(sniff(semi.as_bytes()), delimited(b';', true));
    let pipe = "user|ssn|state\njdoe|123-45-6789|CA\nasmith|987-65-4321|NY\n";
    assert_eq!(sniff(pipe.as_bytes()), delimited(b'|', true));
}

#[test]
fn sniff_header_detection() {
    // No header: the first row holds values.
    let numbers = "1,alice@example.com,2020-01-01\n2,bob@example.com,2021-02-02\n3,carol@example.com,2022-03-03\n";
    assert_eq!(sniff(numbers.as_bytes()), delimited(b',', false));
    // Text everywhere and nothing telling the first row apart: no header.
    let text = "Alice,Paris,F\nBob,Rome,M\nCarol,Oslo,F\n";
    assert_eq!(sniff(text.as_bytes()), delimited(b',', false));
    // Repeated names are not a header.
    let repeated = "a,a,b\n1,2,3\n4,5,6\n";
    assert_eq!(sniff(repeated.as_bytes()), delimited(b',', false));
    // Codes of one length under a longer name.
    let codes = "name,gender,country\nAlice,F,FR\nBob,M,IT\nCarol,F,DE\n";
    assert_eq!(sniff(codes.as_bytes()), delimited(b',', true));
}

#[test]
fn sniff_truncated_head() {
    // A head cut mid-record (a full SNIFF_LEN bytes): the partial record is ignored.
    let mut csv = String::from("id,card,holder\n");
    let mut n = 0;
    while csv.len() < SNIFF_LEN + 100 {
        csv.push_str(&format!(
            "{n},4111111111111111,\"Holder {n}\nsecond line\"\n"
        ));
        n += 1;
    }
    assert_eq!(sniff(&csv.as_bytes()[..SNIFF_LEN]), delimited(b',', true));
    let mut json = String::from("[");
    while json.len() < SNIFF_LEN + 100 {
        json.push_str(r#"{"name": "Alice \"A\" Smith", "n": -1.5e3, "ok": true, "x": null},"#);
    }
    for cut in SNIFF_LEN - 80..SNIFF_LEN {
        assert_eq!(
            sniff(&json.as_bytes()[..cut]),
            Some(Structure::Json),
            "{cut}"
        );
    }
}

#[test]
fn sniff_json() {
    assert_eq!(
        sniff(br#"{"a": 1, "b": [true, false, null, "x\u00e9"]}"#),
        Some(Structure::Json)
    );
    assert_eq!(
        sniff(b"\xEF\xBB\xBF  [1, 2.5, -3e4]\n"),
        Some(Structure::Json)
    );
    let jsonl = "{\"id\":1,\"email\":\"a@b.c\"}\n{\"id\":2,\"email\":\"d@e.f\"}\n";
    assert_eq!(sniff(jsonl.as_bytes()), Some(Structure::Json));
    let pretty = "{\n  \"user\": {\n    \"name\": \"Alice\",\n    \"tags\": [\n      \"a\",\n      \"b\"\n    ]\n  }\n}\n";
    assert_eq!(sniff(pretty.as_bytes()), Some(Structure::Json));
    assert_eq!(sniff(b"{}{}[]"), Some(Structure::Json));
}

#[test]
fn sniff_negatives() {
    let cases: &[(&str, &str)] = &[
        ("empty", ""),
        ("blank", "  \n\n"),
        (
            "prose with commas",
            "Hello there, my friend.\nI went home, then slept.\nShe said yes, and left.\nWe met again, of course.\n",
        ),
        (
            "prose paragraph",
            "The quick brown fox, being quick, jumped over the lazy dog.\nAfter that, nothing much happened, and the dog went back to sleep.\nIn the end, everyone agreed it was a fine day, all things considered.\n",
        ),
        (
            "rust source",
            "use std::collections::HashMap;\nuse std::io;\n\nfn main() {\n    let mut map = HashMap::new();\n    map.insert(\"a\", 1);\n    println!(\"{:?}\", map);\n}\n",
        ),
        ("rust imports", "use a;\nuse b;\nuse c;\nuse d;\n"),
        (
            "log file",
            "2024-03-01 12:00:01 INFO  server started on port 8080\n2024-03-01 12:00:02 WARN  slow request, path=/api/users, took 1200ms\n2024-03-01 12:00:03 ERROR failed to connect to db: timeout\n2024-03-01 12:00:04 INFO  retrying, attempt 2\n",
        ),
        (
            "markdown table",
            "| Name | Email |\n|------|-------|\n| Alice | a@example.com |\n| Bob | b@example.com |\n",
        ),
        (
            "markdown table without frame",
            "Name | Email\n--- | ---\nAlice | a@example.com\nBob | b@example.com\n",
        ),
        (
            "yaml",
            "server:\n  host: localhost\n  ports: [80, 443]\n  tags:\n    - a, b\n    - c\n",
        ),
        ("ini", "[database]\nhost = db, replica\nport = 5432\n; comment, here\nuser = admin\n"),
        ("csv-ish sentence", "Alice, Bob, and Carol went to Paris, Rome, and Oslo\n"),
        ("two lines", "a,b\n1,2\n"),
        ("one column", "name\nAlice\nBob\nCarol\n"),
        ("markdown link", "[trawl](https://example.com) finds secrets, PII and more.\n"),
        ("ini section", "[section]\nkey=value\n"),
        ("js object", "{ foo: 1, bar: 2 }\n"),
        ("template", "{{ name }}, {{ email }}\n"),
        ("broken quoting", "\"Hello,\" she said, twice\n\"Bye,\" he said, once\n\"Yes,\" we said, thrice\n"),
        ("tab-indented code", "\tif (x) {\n\t\treturn 1;\n\t}\n\tfoo();\n"),
        ("binary", "a,b\n1,2\n3,\x004\n5,6\n"),
        (
            "log with one comma a line",
            "2024-03-01 12:00:01 INFO user logged in, id=5\n2024-03-01 12:00:02 INFO user logged out, id=5\n2024-03-01 12:00:03 WARN retrying request, attempt=2\n",
        ),
        ("blank lines between", "a,b\n\n1,2\n\n3,4\n\n5,6\n"),
    ];
    for (name, text) in cases {
        assert_eq!(sniff(text.as_bytes()), None, "{name}");
    }
}

// --- delimited ---------------------------------------------------------------------------

#[test]
fn csv_rows_and_columns() {
    let input =
        "name , email,dob\nAlice,alice@example.com,1990-01-02\nBob,bob@example.org,1985-12-31\n";
    assert_eq!(at(CSV, input, "name"), (None, Location::default()));
    assert_eq!(at(CSV, input, "Alice"), cell(1, 1, Some("name")));
    assert_eq!(at(CSV, input, "alice@"), cell(1, 2, Some("email")));
    assert_eq!(at(CSV, input, "1990"), cell(1, 3, Some("dob")));
    assert_eq!(at(CSV, input, "Bob"), cell(2, 1, Some("name")));
    assert_eq!(at(CSV, input, "1985"), cell(2, 3, Some("dob")));
    let mut tracker = Tracker::new(CSV);
    tracker.consume(input.as_bytes());
    assert_eq!(tracker.offset(), input.len() as u64);
    assert_eq!(tracker.location(), cell(3, 1, Some("name")).1);
}

#[test]
fn csv_quoting_and_multiline_cells() {
    let input = "\"id\",\"full \"\"legal\"\" name\",\"note, with comma\"\n1,\"Smith, John\",\"line one\nline two\nSECRET here\"\n2,\"a\"\"b\",x\"y\n3,\"x\"junk,tail\n";
    assert_eq!(at(CSV, input, "1,"), cell(1, 1, Some("id")));
    assert_eq!(
        at(CSV, input, "John"),
        cell(1, 2, Some("full \"legal\" name"))
    );
    assert_eq!(
        at(CSV, input, "SECRET"),
        cell(1, 3, Some("note, with comma"))
    );
    assert_eq!(at(CSV, input, "2,"), cell(2, 1, Some("id")));
    assert_eq!(
        at(CSV, input, "b\","),
        cell(2, 2, Some("full \"legal\" name"))
    );
    assert_eq!(at(CSV, input, "y\n"), cell(2, 3, Some("note, with comma")));
    assert_eq!(
        at(CSV, input, "junk"),
        cell(3, 2, Some("full \"legal\" name"))
    );
    assert_eq!(at(CSV, input, "tail"), cell(3, 3, Some("note, with comma")));
}

#[test]
fn csv_crlf_blank_lines_and_extra_cells() {
    let input = "\u{feff}a,b\r\n\r\n1,2\r\n\n3,4,5,6\r\n\r\n7,\"8\"\r\n9";
    assert_eq!(at(CSV, input, "1"), cell(1, 1, Some("a")));
    assert_eq!(at(CSV, input, "2"), cell(1, 2, Some("b")));
    assert_eq!(at(CSV, input, "3"), cell(2, 1, Some("a")));
    assert_eq!(at(CSV, input, "5"), cell(2, 3, None));
    assert_eq!(at(CSV, input, "6"), cell(2, 4, None));
    assert_eq!(at(CSV, input, "8"), cell(3, 2, Some("b")));
    // A final record without a line end.
    assert_eq!(at(CSV, input, "9"), cell(4, 1, Some("a")));
}

#[test]
fn csv_without_header() {
    let tsv = Structure::Delimited {
        delimiter: b'\t',
        header: false,
    };
    let input = "1\tAlice\n2\tBob\n";
    assert_eq!(at(tsv, input, "1"), cell(1, 1, None));
    assert_eq!(at(tsv, input, "Bob"), cell(2, 2, None));
}

#[test]
fn csv_header_names_are_capped() {
    let long = "n".repeat(300);
    let input = format!("\"  {long}  \",é{},,b\n1,2,3,4\n", "x".repeat(127));
    let mut tracker = Tracker::new(CSV);
    tracker.consume(input.as_bytes());
    tracker.consume(b"v");
    assert_eq!(tracker.field(), Some(&long.as_bytes()[..MAX_NAME]));
    tracker.consume(b",");
    // 'é' is 2 bytes: 129 bytes cut to 128 would split a char at the end, so 'x' is cut.
    let second = format!("é{}", "x".repeat(126));
    assert_eq!(tracker.field(), Some(second.as_bytes()));
    tracker.consume(b",");
    assert_eq!(tracker.field(), None, "empty header cell");
    tracker.consume(b",");
    assert_eq!(tracker.field(), Some(&b"b"[..]));

    let mut header = (0..MAX_COLUMNS + 10)
        .map(|c| format!("c{c}"))
        .collect::<Vec<_>>()
        .join(",");
    header.push('\n');
    let mut tracker = Tracker::new(CSV);
    tracker.consume(header.as_bytes());
    tracker.consume(&b",".repeat(MAX_COLUMNS - 1));
    assert_eq!(
        tracker.field(),
        Some(format!("c{}", MAX_COLUMNS - 1).as_bytes())
    );
    tracker.consume(b",");
    assert_eq!(tracker.field(), None);
}

// --- JSON --------------------------------------------------------------------------------

#[test]
fn json_nested_objects_and_arrays() {
    let input = r#"{"user": {"name": "Alice", "contact": {"email": "a@x.io", "phones": ["+1 555", "+44 20"]}}, "n": 5, "m": [[1, 2], [3, {"deep": "v"}]]}"#;
    let j = Structure::Json;
    assert_eq!(at(j, input, "Alice"), json(0, "$.user.name", Some("name")));
    assert_eq!(
        at(j, input, "a@x"),
        json(0, "$.user.contact.email", Some("email"))
    );
    assert_eq!(
        at(j, input, "+1"),
        json(0, "$.user.contact.phones[0]", Some("phones"))
    );
    assert_eq!(
        at(j, input, "+44"),
        json(0, "$.user.contact.phones[1]", Some("phones"))
    );
    assert_eq!(at(j, input, "5,"), json(0, "$.n", Some("n")));
    assert_eq!(at(j, input, "2]"), json(0, "$.m[0][1]", Some("m")));
    assert_eq!(at(j, input, "3,"), json(0, "$.m[1][0]", Some("m")));
    assert_eq!(
        at(j, input, "\"v\""),
        json(0, "$.m[1][1].deep", Some("deep"))
    );
    // The key itself and the space between members belong to no field.
    assert_eq!(at(j, input, "name"), json(0, "$.user", None));
    assert_eq!(at(j, input, " \"n\""), json(0, "$", None));
    let mut tracker = Tracker::new(j);
    tracker.consume(input.as_bytes());
    assert_eq!(tracker.location(), json(1, "$", None).1);
}

#[test]
fn json_arrays_of_objects() {
    let input = r#"[{"id": 1, "ssn": "123-45-6789"}, {"id": 2, "ssn": "987-65-4321", "tags": []}]"#;
    let j = Structure::Json;
    assert_eq!(at(j, input, "123"), json(0, "$[0].ssn", Some("ssn")));
    assert_eq!(at(j, input, "2,"), json(0, "$[1].id", Some("id")));
    assert_eq!(at(j, input, "987"), json(0, "$[1].ssn", Some("ssn")));
    assert_eq!(at(j, input, "]}"), json(0, "$[1].tags[0]", Some("tags")));
}

#[test]
fn json_escaped_keys() {
    let input = r#"{"first name": "A", "caf\u00e9": "B", "q\"k\\": "C", "it's": "D", "\ud83d\ude00": "E", "_ok9": "F", "9x": "G", "": "H", "\ud800x": "I"}"#;
    let j = Structure::Json;
    assert_eq!(
        at(j, input, "\"A"),
        json(0, "$['first name']", Some("first name"))
    );
    assert_eq!(at(j, input, "\"B"), json(0, "$['café']", Some("café")));
    assert_eq!(
        at(j, input, "\"C"),
        json(0, r#"$['q"k\\']"#, Some("q\"k\\"))
    );
    assert_eq!(at(j, input, "\"D"), json(0, r"$['it\'s']", Some("it's")));
    assert_eq!(at(j, input, "\"E"), json(0, "$['😀']", Some("😀")));
    assert_eq!(at(j, input, "\"F"), json(0, "$._ok9", Some("_ok9")));
    assert_eq!(at(j, input, "\"G"), json(0, "$['9x']", Some("9x")));
    assert_eq!(at(j, input, "\"H"), json(0, "$['']", None));
    assert_eq!(
        at(j, input, "\"I"),
        json(0, "$['\u{FFFD}x']", Some("\u{FFFD}x"))
    );
    // Escapes in values do not end the string.
    let input = r#"{"a": "x\"y\\", "b": "z\u0022"}"#;
    assert_eq!(at(j, input, "z"), json(0, "$.b", Some("b")));
}

#[test]
fn json_keys_are_capped() {
    let key = "k".repeat(200);
    let input = format!(r#"{{"{key}": "v"}}"#);
    let (field, _) = at(Structure::Json, &input, "\"v");
    assert_eq!(field.as_deref(), Some(&key[..MAX_NAME]));
}

#[test]
fn jsonl_record_indexes() {
    let input = "{\"a\": \"x\"}\n{\"b\": [\"y\"]}\r\n\n[\"z\"]\n\"top\"\n{\"c\": {\"d\": \"w\"}}{\"e\": \"v\"}";
    let j = Structure::Json;
    assert_eq!(at(j, input, "x"), json(0, "$.a", Some("a")));
    assert_eq!(at(j, input, "y"), json(1, "$.b[0]", Some("b")));
    assert_eq!(at(j, input, "z"), json(2, "$[0]", None));
    assert_eq!(at(j, input, "top"), json(3, "$", None));
    assert_eq!(at(j, input, "w"), json(4, "$.c.d", Some("d")));
    assert_eq!(at(j, input, "v\""), json(5, "$.e", Some("e")));
}

#[test]
fn leading_bom_is_skipped() {
    let input = "\u{feff}{\"a\": \"x\"}\n42\n{\"b\": \"y\"}\n";
    assert_eq!(at(Structure::Json, input, "x"), json(0, "$.a", Some("a")));
    // A top-level scalar line is not a record.
    assert_eq!(at(Structure::Json, input, "42"), json(1, "$", None));
    assert_eq!(
        at(Structure::Json, input, "\n{"),
        (None, Location::default())
    );
    assert_eq!(at(Structure::Json, input, "y"), json(1, "$.b", Some("b")));
    let input = "\u{feff}\"id\",name\n7,Al\n";
    assert_eq!(at(CSV, input, "7"), cell(1, 1, Some("id")));
    assert_eq!(at(CSV, input, "Al"), cell(1, 2, Some("name")));
}

#[test]
fn pretty_json_is_one_record() {
    let input = "{\n  \"users\": [\n    {\n      \"name\": \"Alice\",\n      \"email\": \"a@x.io\"\n    },\n    {\n      \"name\": \"Bob\"\n    }\n  ]\n}\n{\n  \"next\": \"doc\"\n}\n";
    let j = Structure::Json;
    assert_eq!(
        at(j, input, "Alice"),
        json(0, "$.users[0].name", Some("name"))
    );
    assert_eq!(
        at(j, input, "a@x"),
        json(0, "$.users[0].email", Some("email"))
    );
    assert_eq!(
        at(j, input, "Bob"),
        json(0, "$.users[1].name", Some("name"))
    );
    assert_eq!(at(j, input, "doc"), json(1, "$.next", Some("next")));
}

#[test]
fn jsonl_broken_lines_resync() {
    let j = Structure::Json;
    // An unterminated string: the line end breaks the record.
    let input = "{\"a\": \"x\"}\n{\"b\": \"unterminated\n{\"c\": \"y\"}\n";
    assert_eq!(at(j, input, "unterminated"), json(1, "$.b", Some("b")));
    assert_eq!(at(j, input, "y"), json(2, "$.c", Some("c")));
    // Unbalanced brackets in JSON Lines end at the line end.
    let input = "{\"a\": 1}\n{\"b\": [1, 2,\n{\"c\": \"y\"}\n{\"d\": {\"e\": 1\n{\"f\": \"z\"}\n";
    assert_eq!(at(j, input, "y"), json(2, "$.c", Some("c")));
    assert_eq!(at(j, input, "z"), json(4, "$.f", Some("f")));
    // Not yet known to be JSON Lines: a new record at a line start where a member was due.
    let input = "{\"a\": 1\n{\"c\": \"y\"}\n";
    assert_eq!(at(j, input, "y"), json(1, "$.c", Some("c")));
    // Non-JSON lines have no field and no location; the records around them count on.
    let input = "{\"a\": \"x\"}\nnot json, at all\n# comment {\"k\": \"v\"}\n{\"b\": \"y\"}\n";
    assert_eq!(at(j, input, "at all"), (None, Location::default()));
    assert_eq!(at(j, input, "v\""), (None, Location::default()));
    assert_eq!(at(j, input, "y"), json(1, "$.b", Some("b")));
    // A syntax error mid-line drops the rest of the line; the broken record counts.
    let input = "{\"a\": \"x\" oops \"k\": \"v\"}\n{\"b\": \"y\"}\n";
    assert_eq!(at(j, input, "\"v\""), (None, json(0, "$", None).1));
    assert_eq!(at(j, input, "y"), json(1, "$.b", Some("b")));
    // Mismatched brackets.
    let input = "{\"a\": [1}, \"q\": \"v\"}\n[\"b\", {\"k\": \"y\"}]\n";
    assert_eq!(at(j, input, "\"v"), (None, json(0, "$.a[0]", None).1));
    assert_eq!(at(j, input, "y"), json(1, "$[1].k", Some("k")));
}

#[test]
fn json_depth_is_capped_and_balanced() {
    let deep = 300;
    let input = format!(
        "{{\"top\": {}\"x\"{}, \"after\": \"v\"}}\n{{\"n\": \"w\"}}",
        "[".repeat(deep),
        "]".repeat(deep)
    );
    let j = Structure::Json;
    let (field, location) = at(j, &input, "\"x\"");
    assert_eq!(field, None);
    let path = location.json_path.unwrap();
    assert_eq!(path, format!("$.top{}", "[0]".repeat(MAX_DEPTH - 1)));
    assert_eq!(at(j, &input, "\"v"), json(0, "$.after", Some("after")));
    assert_eq!(at(j, &input, "\"w"), json(1, "$.n", Some("n")));
}

// --- slicing -----------------------------------------------------------------------------

fn inputs() -> Vec<(Structure, Vec<u8>)> {
    let tsv = Structure::Delimited {
        delimiter: b'\t',
        header: false,
    };
    vec![
        (CSV, b"\xEF\xBB\xBF\"id\",\"full \"\"legal\"\" name\",note\r\n1,\"Smith, John\",\"line one\r\nline two\"\r\n\r\n2,\"a\"\"b\",x\"y\"z,extra\n3,\"x\"junk,tail".to_vec()),
        (tsv, b"1\tAlice\t\"q\tq\"\n\n2\tBob\n3\n".to_vec()),
        (Structure::Json, br#"{"user": {"name": "Al\"ice", "caf\u00e9": ["+1", {"x\ud83d\ude00": [1, true, null]}]}, "n": -1.5e3}"#.to_vec()),
        (Structure::Json, b"{\"a\": \"x\"}\n{\"b\": \"unterminated\n{\"c\": [1, 2,\nnot json\n  {\n \"d\": \"pretty\"\n}\n\"top\"\n{\"e\":1}{\"f\":2}".to_vec()),
        (Structure::Json, b"{\"a\": 1\n{\"c\": \"y\"}\n{\"a\": [1}, \"q\": \"v\"}\n".to_vec()),
    ]
}

#[test]
fn answers_do_not_depend_on_slicing() {
    let mut rng = Lcg(7);
    for (structure, input) in inputs() {
        let reference = answers(structure, &input);
        // Whole prefixes, and prefixes in two slices.
        for k in 0..=input.len() {
            let mut whole = Tracker::new(structure);
            whole.consume(&input[..k]);
            assert_eq!(
                whole.field().map(<[u8]>::to_vec),
                reference[k].0,
                "{structure:?} prefix {k}"
            );
            assert_eq!(whole.location(), reference[k].1, "{structure:?} prefix {k}");
            let split = rng.below(k + 1);
            let mut two = Tracker::new(structure);
            two.consume(&input[..split]);
            two.consume(&input[split..k]);
            assert_eq!(two.field().map(<[u8]>::to_vec), reference[k].0);
            assert_eq!(two.location(), reference[k].1);
        }
        // Random slicings, compared at every boundary.
        for _ in 0..20 {
            let mut tracker = Tracker::new(structure);
            let mut at = 0;
            while at < input.len() {
                let len = rng.below(8).min(input.len() - at);
                tracker.consume(&input[at..at + len]);
                at += len;
                assert_eq!(tracker.offset(), at as u64);
                assert_eq!(tracker.field().map(<[u8]>::to_vec), reference[at].0);
                assert_eq!(tracker.location(), reference[at].1);
            }
        }
    }
}

#[test]
fn random_soup_never_panics_and_slicing_does_not_matter() {
    const ALPHABET: &[u8] =
        b"{}[]\":,\\\n\r\t ;|\"\"\"abcu0123456789eE+-.tfn\xEF\xBB\xBF\xC3\xA9\x00";
    let mut rng = Lcg(42);
    for round in 0..400 {
        let len = rng.below(300);
        let soup: Vec<u8> = (0..len)
            .map(|_| {
                if rng.below(10) == 0 {
                    rng.next() as u8
                } else {
                    ALPHABET[rng.below(ALPHABET.len())]
                }
            })
            .collect();
        let _ = sniff(&soup);
        let structure = match round % 4 {
            0 => CSV,
            1 => Structure::Delimited {
                delimiter: b'|',
                header: false,
            },
            _ => Structure::Json,
        };
        let reference = answers(structure, &soup);
        let mut tracker = Tracker::new(structure);
        let mut at = 0;
        while at < soup.len() {
            let n = rng.below(40).min(soup.len() - at);
            tracker.consume(&soup[at..at + n]);
            at += n;
            assert_eq!(
                tracker.field().map(<[u8]>::to_vec),
                reference[at].0,
                "round {round}"
            );
            assert_eq!(tracker.location(), reference[at].1, "round {round}");
        }
    }
    // Deep nesting and long inputs stay bounded.
    let mut tracker = Tracker::new(Structure::Json);
    tracker.consume(&b"[{\"k\":".repeat(100_000));
    tracker.consume(&b"}]".repeat(100_000));
    assert_eq!(tracker.location(), json(1, "$", None).1);
}

/// `cargo test --release -p trawl-scanner --lib structure::tests::throughput -- --ignored --nocapture`
#[test]
#[ignore]
fn throughput() {
    let mut csv = b"id,name,email,phone,dob,card,note\n".to_vec();
    let mut n = 0u64;
    while csv.len() < 200 << 20 {
        let _ = writeln!(
            VecWriter(&mut csv),
            "{n},Person {n},person{n}@example.com,+1 555 {:04},19{:02}-0{}-1{},4111111111111111,\"a note, with comma\"",
            n % 10_000,
            n % 100,
            n % 9 + 1,
            n % 10
        );
        n += 1;
    }
    let mut json = Vec::new();
    n = 0;
    while json.len() < 200 << 20 {
        let _ = writeln!(
            VecWriter(&mut json),
            r#"{{"id": {n}, "user": {{"name": "Person {n}", "email": "person{n}@example.com", "phones": ["+1 555 {:04}", "+44 20 7946 0000"]}}, "active": true, "note": "escaped \"quote\" and \\ backslash"}}"#,
            n % 10_000
        );
        n += 1;
    }
    let mut pretty = b"[\n".to_vec();
    n = 0;
    while pretty.len() < 200 << 20 {
        let _ = writeln!(
            VecWriter(&mut pretty),
            "  {{\n    \"id\": {n},\n    \"user\": {{\n      \"name\": \"Person {n}\",\n      \"phones\": [\n        \"+1 555 {:04}\"\n      ]\n    }}\n  }},",
            n % 10_000
        );
        n += 1;
    }
    pretty.extend_from_slice(b"  {}\n]\n");
    let structures = [
        ("csv", CSV, csv),
        ("jsonl", Structure::Json, json),
        ("pretty json", Structure::Json, pretty),
    ];
    for (name, structure, data) in structures {
        let mut best = f64::MAX;
        for _ in 0..3 {
            let start = std::time::Instant::now();
            let mut tracker = Tracker::new(structure);
            for chunk in data.chunks(1 << 20) {
                tracker.consume(chunk);
            }
            std::hint::black_box(tracker.location());
            best = best.min(start.elapsed().as_secs_f64());
        }
        println!(
            "{name}: {:.0} MB in {best:.3}s = {:.2} GB/s",
            data.len() as f64 / 1e6,
            data.len() as f64 / best / 1e9
        );
    }
}

struct VecWriter<'a>(&'a mut Vec<u8>);

impl std::fmt::Write for VecWriter<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

/// A header over codes that hold digits (national ids with letters) and names: no column of
/// plain numbers, yet the first row names the columns.
#[test]
fn a_header_over_alphanumeric_codes() {
    let text = b"full_name,nric_no\nKerry Akhtar,F0498593K\nRoss Fox,T6774717D\n\
                 Denise Williams,S8610758I\nMartin Gibson,\nJayne Smith,T5960358I\n";
    assert_eq!(sniff(text), delimited(b',', true));
    // Without digits under the name, the first row may be data.
    let words = b"alpha,beta\ngamma,delta\nepsilon,zeta\neta,theta\n";
    assert_eq!(sniff(words), None);
}
