#!/usr/bin/env python3
"""Writes the fuzz targets' seed inputs under fuzz/corpus/<target>/ (Python stdlib only, fixed
bytes: the same files every run). Each seed is small and holds the planted GitHub token the
targets check for, where its format can carry one.

    python3 fuzz/make_corpus.py
"""
import base64, gzip, io, os, tarfile, zipfile

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "corpus")
# The planted secret: a GitHub token with a valid checksum and no word in it (a piece of
# one, such as "haracter", could appear in a decoder's own message).
TOKEN = "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"
TEXT = f"# settings\nGITHUB_TOKEN={TOKEN}\nemail: ana@acme-mail.de\ncard 4111 1111 1111 1111\n".encode()


def write(target, name, data):
    os.makedirs(os.path.join(OUT, target), exist_ok=True)
    with open(os.path.join(OUT, target, name), "wb") as f:
        f.write(data)


def tar_bytes(entries):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in entries:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 0
            tar.addfile(info, io.BytesIO(data))
    return raw.getvalue()


def zip_bytes(entries, method=zipfile.ZIP_DEFLATED):
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", method) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), data, compress_type=method)
    return raw.getvalue()


def gz(data, name=None):
    raw = io.BytesIO()
    with gzip.GzipFile(filename=name or "", mode="wb", fileobj=raw, mtime=0) as f:
        f.write(data)
    return raw.getvalue()


CONTENT_TYPES = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


def docx(text):
    body = f'<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">second </w:t></w:r><w:r><w:t>paragraph</w:t></w:r></w:p></w:body></w:document>'
    return zip_bytes([("[Content_Types].xml", CONTENT_TYPES), ("word/document.xml", body.encode())])


def xlsx(cells):
    shared = "".join(f"<si><t>{c}</t></si>" for c in cells)
    rows = "".join(f'<row r="{i + 1}"><c r="A{i + 1}" t="s"><v>{i}</v></c><c r="B{i + 1}"><v>{i * 7}</v></c></row>' for i in range(len(cells)))
    return zip_bytes([
        ("[Content_Types].xml", CONTENT_TYPES),
        ("xl/workbook.xml", b'<workbook><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/sharedStrings.xml", f'<sst count="{len(cells)}">{shared}</sst>'.encode()),
        ("xl/worksheets/sheet1.xml", f"<worksheet><sheetData>{rows}</sheetData></worksheet>".encode()),
    ])


def pdf(lines, compress):
    stream = "BT /F1 12 Tf 72 720 Td " + " ".join(f"({l}) Tj T*" for l in lines) + " ET"
    data = stream.encode()
    if compress:
        import zlib
        data = zlib.compress(data)
    filt = b"/Filter /FlateDecode " if compress else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< " + filt + b"/Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


write("session", "env.txt", TEXT)
write("session", "pem.txt", b"key:\n-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgkY05mjQTiymzA9FM\n-----END PRIVATE KEY-----\n" + TEXT)
write("session", "url.txt", b"DATABASE_URL=postgres://app:S3cr3tPassw0rd!@db.internal:5432/app\n" + TEXT)
# Encoded text: a Kubernetes Secret value, a mailed .env file wrapped at 76, an escaped JSON
# string, a percent-encoded query string.
B64 = base64.b64encode(TEXT)
write("session", "k8s-secret.yaml", b"kind: Secret\ndata:\n  GITHUB_TOKEN: " + base64.b64encode(TOKEN.encode()) + b"\n  env: " + B64 + b"\n")
write("session", "mime.eml", b"Content-Transfer-Encoding: base64\r\n\r\n" + b"\r\n".join(B64[i:i + 76] for i in range(0, len(B64), 76)) + b"\r\n")
write("session", "escaped.json", b'{"hook": "https:\\/\\/hooks.example.com\\/x", "env": "' + TEXT.replace(b"\n", b"\\n").replace(b"@", b"\\u0040") + b'"}\n')
write("session", "percent.log", b"GET /?dsn=postgres%3A%2F%2Fapp%3AS3cr3tPassw0rd%21%40db.internal%2Fapp&t=" + TOKEN.encode() + b" HTTP/1.1\n")
write("structure", "customers.csv", b"name,email,phone,dob,token\r\nAna,ana@acme-mail.de,+49 30 12345678,1984-07-23," + TOKEN.encode() + b'\r\n"Li, Wei","wei@acme-mail.de","+1 646 787 2210","03/04/1990",x\r\n')
write("structure", "events.jsonl", b'{"user":{"email":"ana@acme-mail.de","phones":["+49 30 12345678"]},"token":"' + TOKEN.encode() + b'"}\n{"dob":"1984-07-23","nested":[{"a":[1,2,{"b":"c"}]}]}\n')
write("structure", "doc.json", b'{"customers":[{"name":"Ana","cvv":"123","card":"4111111111111111","exp":"04/29"}],"key":"' + TOKEN.encode() + b'"}')
write("gzip", "text.gz", gz(TEXT, "settings.env"))
write("gzip", "tar.gz", gz(tar_bytes([("a/settings.env", TEXT), ("b/readme.txt", b"hello\n")])))
write("tar", "two.tar", tar_bytes([("settings.env", TEXT), ("nested.tar", tar_bytes([("inner.env", TEXT)]))]))
write("zip", "deflate.zip", zip_bytes([("settings.env", TEXT), ("inner.zip", zip_bytes([("x.env", TEXT)]))]))
write("zip", "stored.zip", zip_bytes([("settings.env", TEXT), ("data.csv", b"a,b\n1,2\n")], zipfile.ZIP_STORED))
write("docx", "letter.docx", docx(f"token {TOKEN} for ana@acme-mail.de"))
write("xlsx", "sheet.xlsx", xlsx([TOKEN, "ana@acme-mail.de", "4111 1111 1111 1111"]))
write("pdf", "plain.pdf", pdf([f"token {TOKEN}", "card 4111 1111 1111 1111"], False))
write("pdf", "flate.pdf", pdf([f"token {TOKEN}", "mail ana@acme-mail.de"], True))
write("config", "trawl.toml", f"""[scan]
exclude = ["vendor/**"]
max_file_size = "100 MiB"

[allow]
values = ["{TOKEN}"]
regexes = ['^test-']
paths = ["fixtures/**"]

[managed_identifiers]
selection = "RECOMMENDED"

[[identifier]]
id = "ACME_EMPLOYEE_ID"
name = "ACME employee id"
regex = '\\bEMP-(\\d{{6}})\\b'
keywords = ["employee", "badge"]
maximum_match_distance = 30
ignore_words = ["EMP-000000"]
validators = [{{ name = "weighted_mod11", weights = [1, 4, 3, 7, 5, 8] }}]
severity_levels = [{{ occurrences_threshold = 3, severity = "LOW" }}]
examples = ["employee: EMP-482913"]
""".encode())
write("baseline", "baseline.json", b'{"version": 1, "tool": "trawl", "findings": [{"identifier": "GITHUB_TOKEN", "fingerprint": "9f2c", "source": "ci.yml", "line": 13}, {"identifier": "AWS_ACCESS_KEY_ID", "fingerprint": "ab01", "source": "x", "line": 1}]}')
# A staged change: `git diff --raw -z` output, a separator line, then `git diff -U0`.
raw = b":100644 100644 " + b"a" * 40 + b" " + b"b" * 40 + b" M\0src/app.py\0:000000 100644 " + b"0" * 40 + b" " + b"c" * 40 + b" A\0new file.txt\0:100644 100644 " + b"d" * 40 + b" " + b"e" * 40 + b" R090\0old.txt\0renamed.txt\0"
patch = (b"diff --git a/src/app.py b/src/app.py\nindex " + b"a" * 40 + b".." + b"b" * 40 + b" 100644\n--- a/src/app.py\n+++ b/src/app.py\n@@ -3,0 +4,2 @@ def settings(): TOKEN = '" + TOKEN.encode() + b"'\n+TOKEN = '" + TOKEN.encode() + b"'\n+x = 1\n"
         b"diff --git a/new file.txt b/new file.txt\nnew file mode 100644\nindex " + b"0" * 40 + b".." + b"c" * 40 + b"\n--- /dev/null\n+++ b/new file.txt\t\n@@ -0,0 +1 @@\n+hello\n"
         b"diff --git a/img.png b/img.png\nindex " + b"1" * 40 + b".." + b"2" * 40 + b"\nBinary files a/img.png and b/img.png differ\n"
         b"diff --git \"a/tab\\there\" \"b/tab\\there\"\nindex " + b"3" * 40 + b".." + b"4" * 40 + b"\n--- \"a/tab\\there\"\n+++ \"b/tab\\there\"\n@@ -1 +1 @@\n+\\303\\251\n")
write("staged_diff", "change.diff", raw + b"\n=== patch ===\n" + patch)


# UTF-16 text: both byte orders, with and without a byte-order mark, non-ASCII text and a
# surrogate pair, and an unpaired surrogate.
WIDE = TEXT.decode() + "owner: Zoë Müller 😀\r\npassword = \"Kx9mQ2vLp7RtZ4wN\"\r\n"
write("utf16", "bom-le.txt", b"\xff\xfe" + WIDE.encode("utf-16-le"))
write("utf16", "bom-be.txt", b"\xfe\xff" + WIDE.encode("utf-16-be"))
write("utf16", "bare-le.reg", WIDE.encode("utf-16-le"))
# A byte-order mark and `ustar` at offset 257 (tar's magic): text, not a tar archive.
ustar = bytearray(b"\xff\xfe" + WIDE.encode("utf-16-le"))
ustar[257:262] = b"ustar"
write("utf16", "regression-bom-and-ustar.txt", bytes(ustar))
write("utf16", "unpaired-surrogate.txt", b"\xff\xfe" + "a".encode("utf-16-le") + b"\x00\xd8" + TEXT.decode().encode("utf-16-le"))

# Regressions: inputs shaped like those the targets found, kept so every run tries them first.
# A field name that is a secret (serde echoed it in `unknown field`).
write("config", "regression-secret-as-key.toml", f"{TOKEN} = 1\n[scan]\n{TOKEN[4:]} = 2\n".encode())
# An id that is no id holds the secret (errors named the identifier by it).
write("config", "regression-secret-in-an-id.toml", f'[[identifier]]\nid = "A{TOKEN}"\nname = "x"\nregex = \'x\'\n'.encode())
# The same key twice (the TOML parser quoted it in `duplicate key`).
write("config", "regression-duplicate-secret-key.toml", f"[scan]\n{TOKEN[4:]} = 1\n{TOKEN[4:]} = 2\n".encode())
# A tar header whose checksum field holds a piece of the secret (the tar reader quoted it).
bad_tar = bytearray(tar_bytes([("settings.env", TEXT)]))
bad_tar[148:156] = TOKEN[4:12].encode()
write("tar", "regression-quoted-checksum.tar", bytes(bad_tar))
write("gzip", "regression-quoted-checksum.tar.gz", gz(bytes(bad_tar)))
# An XML end tag that names the secret (the XML reader quoted the tag it expected).
write("docx", "regression-quoted-tag.docx", zip_bytes([
    ("[Content_Types].xml", CONTENT_TYPES),
    ("word/document.xml", f"<w:document><w:body><w:p><{TOKEN}></w:r></w:p></w:body></w:document>".encode()),
]))
# A font dictionary whose /Type is not /Font: lopdf panicked when asked for its encoding.
pdf_bytes = pdf([f"token {TOKEN}", "card 4111 1111 1111 1111"], False)
write("pdf", "regression-not-a-font.pdf", pdf_bytes.replace(b"/Type /Font", b"/Type /\x01ont"))
# A hunk header whose range ends past u64 (an overflow), with the secret in its context.
write("staged_diff", "regression-hunk-overflow.diff", b":100644 100644 " + b"a" * 40 + b" " + b"b" * 40 + b" M\0x.py\0\n=== patch ===\n+++ b/x.py\n@@ -1 +18446744073709551615,2 @@ " + TOKEN.encode() + b"\n@@ -1 +1,x @@ " + TOKEN.encode() + b"\n")
# A baseline whose version is the secret (the reader quoted the version).
write("baseline", "regression-secret-version.json", b'{"version": "' + TOKEN.encode() + b'", "findings": []}')
