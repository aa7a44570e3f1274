#!/usr/bin/env python3
"""Seeded generator of the labelled credential accuracy corpus, generated/credentials/.

    python3 corpus/gen_credentials.py                 # rewrites corpus/generated/credentials
    python3 corpus/gen_credentials.py --seed 7 --out /tmp/creds   # another, equally valid set
    python3 corpus/gen_credentials.py --encoded-only  # rewrites encoded/ and its labels only

About seventy realistic files (.env files, INI, YAML CI and Kubernetes files, Terraform, source
code in several languages, logs, HAR and JSON, Markdown, shell and PowerShell scripts) with
credentials planted in the contexts where they leak, and near misses planted the same way:
wrong length or alphabet, bad checksum, placeholders (`your_token_here`, `${GITHUB_TOKEN}`,
`<token>`), documented example values (AKIAIOSFODNN7EXAMPLE), Stripe test-mode keys, public
keys, truncated keys, UUIDs, git SHAs, hashes, base64 blobs and other random strings that are
not credentials.

encoded/ holds ten more files where the credentials are encoded: base64 (Kubernetes Secret
`data:` values, single-line CI variables, url-safe without padding, MIME attachments wrapped at
76 characters), string escapes (PHP json_encode `\\/`, .NET `\\u002B`, Go html/template, Django
escapejs `\\u002D`, nginx `\\x22`) and URL percent-encoding (query strings, form bodies), with
near misses encoded the same way (documented examples, placeholders, bad checksums, binary,
prose). They are made after all the others from a generator of their own (seed * 1000 + 28)
and a round of keys of their own, so that the other files do not change. Their labels are in
the encoded source: a base64 value spans the 4-character groups holding its decoded bytes
(without padding, line breaks included); an escaped or percent-encoded one runs from the
escape making its first decoded byte to the end of the one making its last.

Beside the files, labels.jsonl has one line per planted value:

    {"file": "app/.env", "start": 120, "end": 160, "identifier": "GITHUB_TOKEN", "kind": "..."}

`start`/`end` are half-open byte offsets of the value trawl reports (the capture group where
the identifier has one: the secret of an AWS key pair, the password of a connection URL, the
private key inside a service-account JSON; the whole block for key files). `identifier` is
null for a near miss, which must not be reported by any identifier.

Token values come from the same rules as corpus/gen_credential_examples.py (imported):
GitHub and npm CRC32 checksums, GitLab routable-token CRC32, signed JWTs; AWS access key ids
also encode a random account id the way AWS does. Key material (PEM, OpenSSH, PGP, PuTTY)
cannot come from a seed: the throwaway keys in identifiers/builtin/credentials/*.toml are
reused, rendered in different contexts.

Output is byte-identical for a given --seed, on every machine.
"""

import argparse
import base64
import hashlib
import json
import re
import shutil
import string
import sys
import tomllib
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen_credential_examples as ex  # noqa: E402

ROOT = HERE.parent
DEFAULT_SEED = 20240712
DEFAULT_OUT = HERE / "generated" / "credentials"

HEX = "0123456789abcdef"
DIGITS = string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
ALNUM = string.ascii_letters + string.digits
TOKEN = ALNUM + "_-"
AWS_SECRET = ALNUM + "/+"
BASE32 = string.ascii_uppercase + "234567"

AKID = "AWS_ACCESS_KEY_ID"
AWS = "AWS_CREDENTIALS"
GH = "GITHUB_TOKEN"
GL = "GITLAB_TOKEN"
SLACK = "SLACK_TOKEN"
STRIPE = "STRIPE_CREDENTIALS"
GAPI = "GCP_API_KEY"
GSA = "GCP_SERVICE_ACCOUNT_KEY"
NPM = "NPM_TOKEN"
JWT = "JSON_WEB_TOKEN"
BASIC = "HTTP_BASIC_AUTH_HEADER"
URL = "CONNECTION_URL_CREDENTIALS"
PKCS = "PKCS"
SSH = "OPENSSH_PRIVATE_KEY"
PGP = "PGP_PRIVATE_KEY"
PPK = "PUTTY_PRIVATE_KEY"
ALL_IDS = [AKID, AWS, GH, GL, SLACK, STRIPE, GAPI, GSA, NPM, JWT, BASIC, URL, PKCS, SSH, PGP, PPK]
MIN_POSITIVES = 20

# Words a planted value must not contain (README "Rules for planted values"): a scanner may
# rightly take a value containing them for a placeholder.
FILLER = ("example", "sample", "test", "fake", "dummy", "xxxx", "placeholder", "changeme",
          "redacted", "secret", "password", "your")


def planted_ok(value: str) -> bool:
    """A planted positive must not look like a placeholder: trawl's own rule (mirrored in
    gen_credential_examples.py), plus the README's stricter ones (filler words, descending
    runs)."""
    if ex.looks_like_placeholder(value):
        return False
    lower = value.lower()
    if any(w in lower for w in FILLER):
        return False
    down = 1
    for a, b in zip(value, value[1:]):
        down = down + 1 if ord(b) == ord(a) - 1 else 1
        if down >= 8:
            return False
    return True


# --- values -----------------------------------------------------------------------------------

class Values(ex.Gen):
    """Fresh, never-issued values of every kind, from one seeded random generator."""

    def draw(self, make):
        for _ in range(10000):
            value = make()
            if planted_ok(value):
                return value
        raise RuntimeError("could not draw a value that is not a placeholder")

    def s(self, alphabet: str, n: int) -> str:
        return self.draw(lambda: "".join(self.rng.choice(alphabet) for _ in range(n)))

    def m(self, alphabet: str, n: int) -> str:
        return self.draw(lambda: self.mixed(alphabet, n))

    def num(self, n: int) -> str:
        return self.draw(lambda: str(self.rng.randint(1, 9)) + "".join(self.rng.choice(DIGITS) for _ in range(n - 1)))

    def hex(self, n: int) -> str:
        return self.s(HEX, n)

    def pick(self, seq):
        return self.rng.choice(seq)

    def between(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    # AWS
    def aws_key_id(self, prefix: str = "AKIA") -> str:
        """16 base32 characters of 10 bytes whose first 6 hold the account id (bits 7..46),
        as AWS encodes it."""
        def make():
            account = self.rng.randint(10**11, 10**12 - 1)
            six = (self.rng.getrandbits(1) << 47) | (account << 7) | self.rng.getrandbits(7)
            raw = six.to_bytes(6, "big") + self.rng.randbytes(4)
            return prefix + base64.b32encode(raw).decode()
        return self.draw(make)

    def aws_secret(self) -> str:
        return self.draw(lambda: self.mixed(AWS_SECRET, 40))

    # GitHub
    def github(self, prefix: str = "ghp") -> str:
        return self.draw(lambda: ex.checksummed(self, prefix))

    def github_pat(self) -> str:
        return self.draw(lambda: "github_pat_11" + self.mixed(ex.BASE62, 20) + "_" + self.mixed(ex.BASE62, 59))

    # GitLab
    def gitlab(self, prefix: str = "glpat") -> str:
        return self.draw(lambda: f"{prefix}-" + self.mixed(TOKEN, 20))

    def gitlab_routable(self, versioned: bool) -> str:
        return self.draw(lambda: ex.gitlab_routable(self, "glpat", versioned))

    def gitlab_trigger(self) -> str:
        return "glptt-" + self.hex(40)

    def gitlab_oauth_secret(self) -> str:
        return "gloas-" + self.hex(64)

    def gitlab_job_token(self) -> str:
        return self.draw(lambda: "glcbt-" + self.hex(2) + "_" + self.mixed(TOKEN, 20))

    def gitlab_runner(self) -> str:
        return self.draw(lambda: "glrt-t1_" + self.mixed(TOKEN, 20))

    def gitlab_registration(self) -> str:
        return self.draw(lambda: "GR1348941" + self.mixed(TOKEN, 20))

    def gitlab_incoming_mail(self) -> str:
        return "glimt-" + self.s(ex.BASE36, 25)

    # Slack
    def slack_bot(self) -> str:
        return f"xoxb-{self.num(12)}-{self.num(13)}-{self.m(ALNUM, 24)}"

    def slack_user(self) -> str:
        return f"xoxp-{self.num(12)}-{self.num(12)}-{self.num(13)}-{self.hex(32)}"

    def slack_app(self) -> str:
        return f"xapp-1-A{self.s(UPPER_DIGITS, 10)}-{self.num(13)}-{self.hex(64)}"

    def slack_rotating(self) -> str:
        inner = f"2-{self.num(13)}-{self.num(13)}-{self.num(13)}-{self.num(13)}-{self.hex(64)}"
        return self.draw(lambda: "xoxe.xoxp-1-" + ex.b64url(inner.encode()))

    def slack_refresh(self) -> str:
        inner = f"{self.num(13)}-{self.num(13)}-{self.hex(64)}-{self.hex(32)}"
        return self.draw(lambda: "xoxe-1-" + ex.b64url(inner.encode()))

    def slack_webhook(self) -> str:
        return (f"https://hooks.slack.com/services/T{self.s(UPPER_DIGITS, self.between(8, 10))}"
                f"/B{self.s(UPPER_DIGITS, self.between(8, 10))}/{self.m(ALNUM, 24)}")

    def slack_workflow(self) -> str:
        return (f"https://hooks.slack.com/triggers/T{self.s(UPPER_DIGITS, 8)}/A{self.s(UPPER_DIGITS, 10)}"
                f"/{self.num(18)}/{self.hex(32)}")

    # Stripe
    def stripe(self, kind: str = "sk", long: bool = True) -> str:
        if long:
            return f"{kind}_live_51" + self.m(ALNUM, 97)
        return f"{kind}_live_" + self.m(ALNUM, 24)

    # Google
    def gcp_api_key(self) -> str:
        return self.draw(lambda: "AIzaSy" + self.mixed(TOKEN, 33))

    # npm
    def npm(self) -> str:
        return self.draw(lambda: ex.checksummed(self, "npm"))

    def uuid4(self) -> str:
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    # JWT
    def jwt(self, alg: str = "HS256", **claims) -> str:
        def make():
            header = {"alg": alg, "typ": "JWT"}
            if alg[:2] in ("RS", "ES") or self.rng.random() < 0.3:
                header["kid"] = self.m(ALNUM, 16)
            now = 1718000000 + self.rng.randint(0, 10**7)
            payload = {"sub": claims.get("sub", "user-" + self.num(6)), "iat": now, "exp": now + 3600}
            payload.update({k: v for k, v in claims.items() if k != "sub"})
            return ex.jwt(self, header, payload)
        return self.draw(make)

    # Basic auth and URL passwords
    def password(self, n: int = 0, special: bool = False) -> str:
        n = n or self.between(12, 22)
        def make():
            pw = self.mixed(ALNUM, n)
            if special:
                at = self.rng.randint(2, n - 2)
                pw = pw[:at] + self.pick(["%40", "%21", "%23", "-", "_", "~", "."]) + pw[at:]
            return pw
        return self.draw(make)

    def basic(self, user: str) -> str:
        def make():
            pw = self.mixed(ALNUM + "!#%^&*.-_", self.between(12, 20))
            return base64.b64encode(f"{user}:{pw}".encode()).decode()
        return self.draw(make)

    # Things that are not credentials
    def git_sha(self) -> str:
        return self.hex(40)

    def sha256(self) -> str:
        return hashlib.sha256(self.rng.randbytes(32)).hexdigest()

    def b64(self, nbytes: int) -> str:
        return base64.b64encode(self.rng.randbytes(nbytes)).decode()


# --- near misses ------------------------------------------------------------------------------

def bad_checksum(token: str) -> str:
    """The same token with its last checksum character changed."""
    last = token[-1]
    return token[:-1] + ("A" if last != "A" else "B")


def bad_base36_crc(token: str) -> str:
    last = token[-1]
    return token[:-1] + ("a" if last != "a" else "b")


# --- key material -----------------------------------------------------------------------------

@dataclass
class Key:
    """A key block as lines (BEGIN, headers, blank, body, END; or the lines of a .ppk file)."""
    lines: list
    kind: str

    def raw(self, indent: str = "") -> str:
        """Real newlines; `indent` before every line but the first (YAML block scalars, code)."""
        return self.lines[0] + "".join("\n" + (indent + line if line else "") for line in self.lines[1:])

    def commented(self, marker: str, indent: str = "") -> str:
        """Commented out line by line; the first marker belongs to the surrounding text."""
        return self.lines[0] + "".join("\n" + indent + (marker + line if line else marker.rstrip())
                                       for line in self.lines[1:])

    def escaped(self, esc: str = "\\n", slash: bool = False) -> str:
        """One line with escaped newlines (inside a JSON, .env or code string)."""
        lines = [line.replace("/", "\\/") for line in self.lines] if slash else self.lines
        return esc.join(lines)

    def concat(self, sep: str) -> str:
        """String literals glued in code: `sep` closes one literal and opens the next."""
        return sep.join(self.lines)

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def load_toml():
    """Every built-in credential identifier, from its family file."""
    specs = {}
    for path in sorted((ROOT / "identifiers" / "builtin" / "credentials").glob("*.toml")):
        for spec in tomllib.loads(path.read_text())["identifier"]:
            specs[spec["id"]] = spec
    return specs


def pem_keys(examples):
    """The key blocks inside TOML examples, normalised to plain lines, whatever context they
    were written in (raw, indented YAML, escaped in JSON, commented out, Go string literals)."""
    found = []
    for text in examples:
        text = text.replace("\\\\n", "\n").replace("\\n", "\n")
        for m in re.finditer(r"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", text, re.S):
            label = m.group(1)
            lines = []
            for line in m.group(2).split("\n"):
                line = line.strip()
                if line.startswith("#"):  # commented out
                    line = line[1:].strip()
                if re.fullmatch(r'"?\s*\+?', line):  # between Go string literals: `" +`
                    continue
                lines.append(line.removeprefix('"'))
            headers = [line for line in lines if ":" in line]
            body = [line for line in lines if ":" not in line]
            blank = [""] if headers or label.startswith("PGP") else []
            out = [f"-----BEGIN {label}-----", *headers, *blank, *body, f"-----END {label}-----"]
            if label == "RSA PRIVATE KEY":
                kind = "legacy encrypted RSA PEM" if headers else "RSA PKCS#1 key"
            elif label == "EC PRIVATE KEY":
                kind = "EC SEC1 key"
            elif label == "PRIVATE KEY":
                kind = "Ed25519 PKCS#8 key" if len(body) == 1 else (
                    "RSA PKCS#8 key" if body[0].startswith("MIIC") else "EC PKCS#8 key")
            elif label == "ENCRYPTED PRIVATE KEY":
                kind = "encrypted PKCS#8 key"
            elif label == "OPENSSH PRIVATE KEY":
                decoded = base64.b64decode("".join(body) + "==")
                kind = "OpenSSH ed25519 key" + (", passphrase-protected" if b"bcrypt" in decoded else "")
            elif label == "PGP PRIVATE KEY BLOCK":
                kind = "PGP secret key" + (" with armour headers" if headers else "")
            else:
                continue
            key = Key(out, kind)
            if all(k.lines != key.lines for k in found):
                found.append(key)
    return found


def putty_keys(examples):
    keys = []
    for text in examples:
        lines = [line.strip() for line in text.strip().split("\n")]
        version = lines[0].split(":")[0][-1]
        enc = "passphrase-protected" if "Encryption: none" not in lines else "unencrypted"
        keys.append(Key(lines, f"PuTTY v{version} ed25519 key, {enc}"))
    return keys


class Keys:
    """The throwaway keys of credentials.toml, handed out round-robin so that contexts vary
    across keys."""

    def __init__(self, spec):
        self.pools = {
            PKCS: pem_keys(spec[PKCS]["examples"]),
            "PKCS8": [k for k in pem_keys(spec[PKCS]["examples"] + spec[GSA]["examples"])
                      if k.lines[0] == "-----BEGIN PRIVATE KEY-----"],
            SSH: pem_keys(spec[SSH]["examples"]),
            PGP: pem_keys(spec[PGP]["examples"]),
            PPK: putty_keys(spec[PPK]["examples"]),
        }
        self.plain = {
            # Keys without armour headers: the ones that survive being cut into code literals.
            PKCS: [k for k in self.pools[PKCS] if not any(":" in line for line in k.lines[1:-1])],
            PGP: [k for k in self.pools[PGP] if not any(":" in line for line in k.lines[1:-1])],
        }
        self.turn = {}
        self.negatives = {i: [n.strip("\n") for n in spec[i]["negative_examples"]] for i in (PKCS, SSH, PGP, PPK, GSA)}

    def kind(self, pool: str, kind: str) -> Key:
        return next(k for k in self.pools[pool] if k.kind == kind)

    def next(self, pool: str, plain: bool = False) -> Key:
        keys = self.plain[pool] if plain else self.pools[pool]
        name = pool + (":plain" if plain else "")
        i = self.turn.get(name, 0)
        self.turn[name] = i + 1
        return keys[i % len(keys)]


# --- documents --------------------------------------------------------------------------------

@dataclass
class Plant:
    value: str
    identifier: object  # str, or None for a near miss
    kind: str


def pos(identifier: str, value: str, kind: str) -> Plant:
    assert identifier in ALL_IDS, identifier
    return Plant(value, identifier, kind)


def neg(value: str, kind: str) -> Plant:
    return Plant(value, None, kind)


@dataclass
class Doc:
    path: str
    crlf: bool = False
    parts: list = field(default_factory=list)

    def w(self, *parts):
        """Appends text and plants as they are."""
        self.parts.extend(parts)
        return self

    def l(self, *parts):
        """Appends one line."""
        return self.w(*parts, "\n")

    def render(self):
        out = bytearray()
        labels = []
        for part in self.parts:
            text = part.value if isinstance(part, Plant) else part
            if self.crlf:
                text = text.replace("\n", "\r\n")
            data = text.encode("utf-8")
            if isinstance(part, Plant):
                labels.append({"file": self.path, "start": len(out), "end": len(out) + len(data),
                               "identifier": part.identifier, "kind": part.kind})
            out += data
        return bytes(out), labels


def gcp_service_account(v: Values, key: Key, project: str, name: str, indent=2, order="google",
                        escape_level: int = 0):
    """A service-account key file as Google writes it (or re-ordered by `jq -S`, or minified),
    optionally escaped once inside another string. Returns [text, plant, text]."""
    marker = "@@PRIVATE_KEY@@"
    fields = {
        "type": "service_account",
        "project_id": project,
        "private_key_id": v.hex(40),
        "private_key": marker,
        "client_email": f"{name}@{project}.iam.gserviceaccount.com",
        "client_id": v.num(21),
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/{name}%40{project}.iam.gserviceaccount.com",
        "universe_domain": "googleapis.com",
    }
    if order == "sorted":
        fields = dict(sorted(fields.items()))
    if indent:
        text = json.dumps(fields, indent=indent)
    else:
        text = json.dumps(fields, separators=(",", ":")) if order == "minified" else json.dumps(fields)
    pem_value = json.dumps(key.text())[1:-1]
    for _ in range(escape_level):
        text = json.dumps(text)[1:-1]
        pem_value = json.dumps(pem_value)[1:-1]
    before, after = text.split(marker)
    return [before, pos(GSA, pem_value, f"{key.kind} in a service-account JSON"), after]


# --- the files --------------------------------------------------------------------------------

BUILDERS = []


def builder(fn):
    BUILDERS.append(fn)
    return fn


@builder
def app_env(v: Values, keys: Keys):
    d = Doc("app/.env")
    akid = v.aws_key_id()
    d.l("# billing-service — local overrides for the staging stack")
    d.l("# Loaded by docker compose (env_file: .env). Do not commit. (Too late.)")
    d.l("APP_ENV=staging")
    d.l("PORT=8080")
    d.l()
    d.l("AWS_REGION=eu-central-1")
    d.l("AWS_ACCESS_KEY_ID=", pos(AKID, akid, "AKIA access key id in .env"))
    d.l("AWS_SECRET_ACCESS_KEY=", pos(AWS, v.aws_secret(), "secret access key in .env, unquoted"))
    d.l("S3_BUCKET=billing-invoices-staging")
    d.l()
    d.l("DATABASE_URL=postgres://billing:", pos(URL, v.password(), "postgres URL password in .env"),
        "@pg-staging.internal:5432/billing?sslmode=require")
    d.l("REDIS_URL=redis://:", pos(URL, v.password(), "redis URL password with empty user in .env"),
        "@redis-staging.internal:6379/2")
    d.l("STRIPE_SECRET_KEY=", pos(STRIPE, v.stripe("sk"), "sk_live_ key in .env"))
    d.l("STRIPE_PUBLISHABLE_KEY=", neg("pk_live_51" + v.m(ALNUM, 97), "STRIPE_CREDENTIALS near miss: publishable key (pk_live_)"))
    d.l("GITHUB_TOKEN=", pos(GH, v.github("ghp"), "ghp_ classic token in .env"))
    d.l("SLACK_WEBHOOK_URL=", pos(SLACK, v.slack_webhook(), "incoming-webhook URL in .env"))
    d.l("GOOGLE_MAPS_API_KEY=", pos(GAPI, v.gcp_api_key(), "Google API key in .env"))
    d.l("JWT_SIGNING_KEY_ID=", neg(v.uuid4(), "not a credential: UUID key id"))
    d.l("NPM_TOKEN=", pos(NPM, v.npm(), "npm_ token in .env"))
    d.l("SENTRY_RELEASE=", neg(v.git_sha(), "not a credential: git SHA"))
    d.w("TLS_KEY=\"", pos(PKCS, keys.next(PKCS, plain=True).escaped(), "PEM key with \\n escapes in a quoted .env value"), "\\n\"")
    # No final newline: the last value ends the file.
    return d


@builder
def app_env_production(v: Values, keys: Keys):
    d = Doc("app/.env.production", crlf=True)
    d.l("# Written by the Windows deploy agent (CRLF line endings)")
    d.l("NODE_ENV=production")
    d.l("export AWS_ACCESS_KEY_ID=\"", pos(AKID, v.aws_key_id(), "AKIA access key id, quoted, CRLF file"), "\"")
    d.l("export AWS_SECRET_ACCESS_KEY=\"", pos(AWS, v.aws_secret(), "secret access key, export with double quotes, CRLF file"), "\"")
    d.l("MONGO_URI='mongodb+srv://orders:", pos(URL, v.password(special=True), "mongodb+srv URL password (percent-encoded character), single-quoted"),
        "@cluster0.x7kq2.mongodb.net/orders?retryWrites=true&w=majority'")
    d.l("STRIPE_RESTRICTED_KEY='", pos(STRIPE, v.stripe("rk"), "rk_live_ restricted key, single-quoted, CRLF file"), "'")
    d.l("SLACK_BOT_TOKEN=\"", pos(SLACK, v.slack_bot(), "xoxb bot token, quoted, CRLF file"), "\"")
    d.l("GITLAB_TOKEN=", pos(GL, v.gitlab("glpat"), "legacy glpat- token, CRLF file"))
    d.l("AUTH0_TEST_TOKEN=", pos(JWT, v.jwt("RS256", iss="https://acme.eu.auth0.com/", aud="https://api.acme.io"), "RS256 JWT in .env, CRLF file"))
    d.l("SESSION_SECRET_SHA=", neg(v.sha256(), "not a credential: SHA-256 digest"))
    d.l("NPM_AUTH_TOKEN=", pos(NPM, v.npm(), "npm_ token, CRLF file"))
    d.l("PAYPAL_MODE=live")
    return d


@builder
def app_env_example(v: Values, keys: Keys):
    d = Doc("app/.env.example")
    d.l("# Copy to .env and fill in. Every value below is a placeholder or a documented example.")
    d.l("AWS_ACCESS_KEY_ID=", neg("AKIAIOSFODNN7EXAMPLE", "AWS_ACCESS_KEY_ID near miss: AWS documentation key id"))
    d.l("AWS_SECRET_ACCESS_KEY=", neg("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS_CREDENTIALS near miss: AWS documentation secret"))
    d.l("GITHUB_TOKEN=", neg("your_token_here", "GITHUB_TOKEN near miss: placeholder text"))
    d.l("GH_TOKEN=", neg("${GITHUB_TOKEN}", "GITHUB_TOKEN near miss: variable reference"))
    d.l("GITLAB_TOKEN=", neg("<token>", "GITLAB_TOKEN near miss: angle-bracket placeholder"))
    d.l("DATABASE_URL=", neg("postgresql://username:password@localhost:5432/mydb", "CONNECTION_URL_CREDENTIALS near miss: username:password placeholder"))
    d.l("REDIS_URL=redis://:", neg("${REDIS_PASSWORD}", "CONNECTION_URL_CREDENTIALS near miss: variable as password"), "@localhost:6379/0")
    d.l("STRIPE_SECRET_KEY=", neg("sk_test_" + v.m(ALNUM, 24), "STRIPE_CREDENTIALS near miss: test-mode key (sk_test_)"))
    d.l("STRIPE_SECRET_KEY_LIVE=", neg("sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "STRIPE_CREDENTIALS near miss: xxxx placeholder"))
    d.l("SLACK_BOT_TOKEN=", neg("xoxb-your-bot-token", "SLACK_TOKEN near miss: placeholder"))
    d.l("SLACK_WEBHOOK_URL=", neg("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "SLACK_TOKEN near miss: Slack's documentation webhook"))
    d.l("GOOGLE_API_KEY=", neg("AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "GCP_API_KEY near miss: XXXX placeholder"))
    d.l("NPM_TOKEN=", neg("npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "NPM_TOKEN near miss: placeholder"))
    d.l("JWT=", neg("<jwt>", "JSON_WEB_TOKEN near miss: placeholder"))
    d.l("API_BASIC_AUTH=\"Authorization: Basic ", neg("<base64 user:password>", "HTTP_BASIC_AUTH_HEADER near miss: placeholder"), "\"")
    return d


@builder
def aws_credentials(v: Values, keys: Keys):
    d = Doc("aws/credentials")
    d.l("[default]")
    d.l("aws_access_key_id = ", pos(AKID, v.aws_key_id(), "AKIA access key id in ~/.aws/credentials"))
    d.l("aws_secret_access_key = ", pos(AWS, v.aws_secret(), "secret access key in ~/.aws/credentials [default]"))
    d.l()
    d.l("[ci-deployer]")
    d.l("aws_access_key_id=", pos(AKID, v.aws_key_id(), "AKIA access key id, no spaces around ="))
    d.l("aws_secret_access_key=", pos(AWS, v.aws_secret(), "secret access key, no spaces around ="))
    d.l("region = us-east-1")
    d.l()
    d.l("[sso-session]")
    d.l("aws_access_key_id = ", pos(AKID, v.aws_key_id("ASIA"), "ASIA temporary key id"))
    d.l("aws_secret_access_key = ", pos(AWS, v.aws_secret(), "temporary secret access key"))
    d.l("aws_session_token = IQoJb3JpZ2luX2VjE", v.s(ALNUM, 60) + "//" + v.s(ALNUM, 120), "==")
    d.l()
    d.l("[legacy-docs]")
    d.l("# from the AWS CLI user guide")
    d.l("aws_access_key_id = ", neg("AKIAIOSFODNN7EXAMPLE", "AWS_ACCESS_KEY_ID near miss: documentation key id"))
    d.l("aws_secret_access_key = ", neg("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS_CREDENTIALS near miss: documentation secret"))
    d.l()
    d.l("[broken]")
    short = v.aws_secret()[:39]
    d.l("aws_access_key_id = ", neg(v.aws_key_id()[:19], "AWS_ACCESS_KEY_ID near miss: 19 characters"))
    d.l("aws_secret_access_key = ", neg(short, "AWS_CREDENTIALS near miss: 39 characters"))
    return d


@builder
def aws_csv(v: Values, keys: Keys):
    d = Doc("aws/new_user_credentials.csv", crlf=True)
    d.l("User name,Password,Access key ID,Secret access key,Console login link")
    for user in ("svc-reporting", "svc-backup"):
        d.l(f"{user},,", pos(AKID, v.aws_key_id(), "access key id in the console's credentials CSV"), ",",
            pos(AWS, v.aws_secret(), "secret in the console's credentials CSV, after the key id"),
            ",https://acme-prod.signin.aws.amazon.com/console")
    d.w("Access key ID,Secret access key\n")
    d.w(pos(AKID, v.aws_key_id(), "access key id in the two-column CSV, line start"), ",",
        pos(AWS, v.aws_secret(), "secret in the two-column CSV, at end of file without newline"))
    return d


@builder
def sts_json(v: Values, keys: Keys):
    d = Doc("aws/assume-role-output.json")
    d.l("{")
    d.l('    "Credentials": {')
    d.l('        "AccessKeyId": "', pos(AKID, v.aws_key_id("ASIA"), "ASIA key id in STS JSON"), '",')
    d.l('        "SecretAccessKey": "', pos(AWS, v.aws_secret(), "SecretAccessKey in STS JSON"), '",')
    d.l('        "SessionToken": "FwoGZXIvYXdzE', v.s(ALNUM, 90), '",')
    d.l('        "Expiration": "2024-07-12T10:41:07+00:00"')
    d.l("    },")
    d.l('    "AssumedRoleUser": {')
    d.l('        "AssumedRoleId": "', neg("AROA" + v.s(BASE32, 16), "AWS_ACCESS_KEY_ID near miss: role unique id (AROA), not an access key id"), ':deploy-session",')
    d.l('        "Arn": "arn:aws:sts::', v.num(12), ':assumed-role/deploy/deploy-session"')
    d.l("    },")
    d.l('    "ResponseMetadata": {"RequestId": "', neg(v.uuid4(), "not a credential: request id UUID"), '"}')
    d.l("}")
    return d


@builder
def cloudtrail(v: Values, keys: Keys):
    d = Doc("aws/cloudtrail-events.jsonl")
    for i in range(5):
        evt = {"eventVersion": "1.08", "eventTime": f"2024-07-11T0{i}:12:0{i}Z", "eventSource": "s3.amazonaws.com",
               "eventName": v.pick(["GetObject", "PutObject", "ListBuckets"]), "awsRegion": "eu-west-1",
               "sourceIPAddress": f"10.0.{i}.{10 + i}", "userIdentity": {"type": "AssumedRole",
                                                                            "accessKeyId": "@@K@@"},
               "requestID": v.hex(16).upper(), "eventID": "@@E@@"}
        text = json.dumps(evt)
        a, rest = text.split("@@K@@")
        b, c = rest.split("@@E@@")
        prefix = v.pick(["ASIA", "AKIA"])
        d.l(a, pos(AKID, v.aws_key_id(prefix), f"{prefix} key id in a CloudTrail event"), b,
            neg(v.uuid4(), "not a credential: event id UUID"), c)
    return d


@builder
def github_workflow(v: Values, keys: Keys):
    d = Doc("ci/.github/workflows/release.yml")
    d.l("name: release")
    d.l("on:")
    d.l("  push:")
    d.l("    tags: ['v*']")
    d.l("env:")
    d.l("  GH_TOKEN: ", pos(GH, v.github_pat(), "fine-grained github_pat_ token in workflow env"))
    d.l("  NODE_AUTH_TOKEN: ", pos(NPM, v.npm(), "npm_ token in workflow env"))
    d.l("  GITHUB_TOKEN_FALLBACK: ", neg("${{ secrets.GITHUB_TOKEN }}", "GITHUB_TOKEN near miss: Actions expression"))
    d.l("jobs:")
    d.l("  publish:")
    d.l("    runs-on: ubuntu-latest")
    d.l("    steps:")
    d.l("      - uses: actions/checkout@", neg(v.git_sha(), "not a credential: pinned action SHA"))
    d.l("      - uses: aws-actions/configure-aws-credentials@v4")
    d.l("        with:")
    d.l("          aws-access-key-id: ", pos(AKID, v.aws_key_id(), "key id in a configure-aws-credentials step"))
    d.l("          aws-secret-access-key: ", pos(AWS, v.aws_secret(), "aws-secret-access-key in a workflow step"))
    d.l("          aws-region: us-west-2")
    d.l("      - uses: webfactory/ssh-agent@v0.9.0")
    d.l("        with:")
    d.l("          ssh-private-key: |")
    key = keys.next(SSH)
    d.l("            ", pos(SSH, key.raw("            "), f"{key.kind} in a YAML block scalar (workflow)"))
    d.l("      - name: import signing key")
    d.l("        env:")
    d.l("          GPG_PRIVATE_KEY: |")
    key = keys.next(PGP)
    d.l("            ", pos(PGP, key.raw("            "), f"{key.kind} in a YAML block scalar (workflow env)"))
    d.l("        run: echo \"$GPG_PRIVATE_KEY\" | gpg --batch --import")
    d.l("      - run: npm publish --access public")
    d.l("      - name: notify")
    d.l("        run: >")
    d.l("          curl -sS -X POST -H 'Content-type: application/json'")
    d.l("          --data '{\"text\":\"released ${{ github.ref_name }}\"}'")
    d.l("          ", pos(SLACK, v.slack_webhook(), "webhook URL in a folded YAML run"))
    d.l("      - name: google auth")
    d.l("        uses: google-github-actions/auth@v2")
    d.l("        with:")
    key = keys.next("PKCS8")
    d.l("          credentials_json: '", *gcp_service_account(v, key, "acme-release", "gh-release", indent=None), "'")
    return d


@builder
def gitlab_ci(v: Values, keys: Keys):
    d = Doc("ci/.gitlab-ci.yml")
    d.l("stages: [build, deploy, trigger]")
    d.l("variables:")
    d.l("  GITLAB_API_TOKEN: \"", pos(GL, v.gitlab_routable(True), "versioned routable glpat- token in CI variables"), "\"")
    d.l("  DOCKER_AUTH: ", neg("$CI_JOB_TOKEN", "GITLAB_TOKEN near miss: CI variable reference"))
    d.l("  DEPLOY_TOKEN: ", pos(GL, v.gitlab("gldt"), "gldt- deploy token in CI variables"))
    d.l("  KUBE_URL: https://k8s.internal:6443")
    d.l("build:")
    d.l("  stage: build")
    d.l("  script:")
    d.l("    - echo \"//registry.npmjs.org/:_authToken=", pos(NPM, v.npm(), "npm_ token written to .npmrc in a CI script"), "\" > .npmrc")
    d.l("    - npm ci && npm run build")
    d.l("deploy:")
    d.l("  stage: deploy")
    d.l("  script:")
    d.l("    - 'curl --fail --header \"PRIVATE-TOKEN: ", pos(GL, v.gitlab_routable(False), "routable glpat- token in a curl header"),
        "\" https://gitlab.acme.io/api/v4/projects/42/releases'")
    d.l("    - git push https://oauth2:", pos(GL, v.gitlab("glpat"), "glpat- token as a git URL password"), "@gitlab.acme.io/platform/infra.git HEAD:main")
    d.l("    - 'curl -u deploy:", neg("$DEPLOY_PASSWORD", "CONNECTION_URL_CREDENTIALS near miss: variable"), " https://artifacts.internal/upload'")
    d.l("trigger_downstream:")
    d.l("  stage: trigger")
    d.l("  script:")
    d.l("    - curl -X POST -F token=", pos(GL, v.gitlab_trigger(), "glptt- pipeline trigger token"), " -F ref=main https://gitlab.acme.io/api/v4/projects/7/trigger/pipeline")
    d.l("    - curl -X POST -F token=", neg("glptt-" + v.hex(18), "GITLAB_TOKEN near miss: trigger token of 18 hex digits"), " -F ref=main https://gitlab.acme.io/api/v4/projects/8/trigger/pipeline")
    return d


@builder
def jenkinsfile(v: Values, keys: Keys):
    d = Doc("ci/Jenkinsfile")
    d.l("pipeline {")
    d.l("  agent any")
    d.l("  environment {")
    d.l("    SLACK_TOKEN = '", pos(SLACK, v.slack_bot(), "xoxb token in a Jenkinsfile environment block"), "'")
    d.l("    ARTIFACTORY = 'https://ci-bot:", pos(URL, v.password(), "https URL password in a Jenkinsfile"), "@artifactory.internal/artifactory'")
    d.l("    SONAR_TOKEN = credentials('sonar-token')")
    d.l("    NPM_TOKEN = '", pos(NPM, v.npm(), "npm_ token in a Jenkinsfile environment block"), "'")
    d.l("    GH_TOKEN = \"", pos(GH, v.github("ghp"), "ghp_ token in a Jenkinsfile environment block"), "\"")
    d.l("    STRIPE_KEY = \"", pos(STRIPE, v.stripe("rk"), "rk_live_ key in a Jenkinsfile environment block"), "\"")
    d.l("  }")
    d.l("  stages {")
    d.l("    stage('Fetch') {")
    d.l("      steps {")
    d.l("        sh 'curl -fsSL -H \"Authorization: Basic ", pos(BASIC, v.basic("jenkins"), "Basic credentials in curl -H (Groovy sh step)"),
        "\" https://nexus.internal/repository/raw/tools.tgz -o tools.tgz'")
    d.l("        writeFile file: 'deploy.key', text: '''", pos(PKCS, keys.next(PKCS).raw(), "PEM key in a Groovy triple-quoted string"), "\n'''")
    d.l("        writeFile file: 'id_ed25519', text: '''", pos(SSH, keys.next(SSH).raw(), "OpenSSH key in a Groovy triple-quoted string"), "\n'''")
    d.l("        writeFile file: 'win.ppk', text: '''", pos(PPK, keys.next(PPK).raw(), "PuTTY key in a Groovy triple-quoted string"), "\n'''")
    d.l("      }")
    d.l("    }")
    d.l("  }")
    d.l("  post { failure { slackSend channel: '#ci', message: \"failed: ${env.BUILD_URL}\" } }")
    d.l("}")
    return d


@builder
def k8s_secret(v: Values, keys: Keys):
    d = Doc("deploy/k8s/secrets.yaml")
    d.l("apiVersion: v1")
    d.l("kind: Secret")
    d.l("metadata:")
    d.l("  name: payments-tls")
    d.l("type: kubernetes.io/tls")
    d.l("stringData:")
    d.l("  tls.crt: |")
    d.l("    -----BEGIN CERTIFICATE-----")
    cert = v.b64(380)
    for i in range(0, len(cert), 64):
        d.l("    ", cert[i:i + 64])
    d.l("    -----END CERTIFICATE-----")
    d.l("  tls.key: |")
    key = keys.next(PKCS)
    d.l("    ", pos(PKCS, key.raw("    "), f"{key.kind} in a Kubernetes Secret (YAML block scalar)"))
    d.l("---")
    d.l("apiVersion: v1")
    d.l("kind: Secret")
    d.l("metadata:")
    d.l("  name: payments-env")
    d.l("stringData:")
    d.l("  DATABASE_URL: \"mysql://payments:", pos(URL, v.password(), "mysql URL password in a Kubernetes Secret"), "@mysql-primary.db.svc:3306/payments\"")
    d.l("  STRIPE_API_KEY: ", pos(STRIPE, v.stripe("sk", long=False), "24-character sk_live_ key in a Kubernetes Secret"))
    d.l("  SLACK_APP_TOKEN: ", pos(SLACK, v.slack_app(), "xapp app-level token in a Kubernetes Secret"))
    d.l("  NPM_TOKEN: \"", pos(NPM, v.npm(), "npm_ token in a Kubernetes Secret"), "\"")
    d.l("  GITHUB_TOKEN: '", pos(GH, v.github("ghs"), "ghs_ token in a Kubernetes Secret, single-quoted"), "'")
    d.l("  MAPS_API_KEY: ", pos(GAPI, v.gcp_api_key(), "Google API key in a Kubernetes Secret"))
    d.l("  google-sa.json: |")
    key = keys.next("PKCS8")
    sa = gcp_service_account(v, key, "acme-payments", "payments-runtime", indent=2)
    sa = [p.replace("\n", "\n    ") if isinstance(p, str) else p for p in sa]
    d.l("    ", *sa)
    d.l("---")
    d.l("apiVersion: v1")
    d.l("kind: Secret")
    d.l("metadata:")
    d.l("  name: git-sync")
    d.l("type: kubernetes.io/ssh-auth")
    d.l("stringData:")
    d.l("  ssh-privatekey: |")
    key = keys.next(SSH)
    d.l("    ", pos(SSH, key.raw("    "), f"{key.kind} in a Kubernetes ssh-auth Secret"))
    d.l("data:")
    d.l("  known_hosts: ", neg(v.b64(120), "not a credential: base64 blob (known_hosts)"))
    return d


@builder
def docker_compose(v: Values, keys: Keys):
    d = Doc("deploy/docker-compose.yml")
    d.l("services:")
    d.l("  api:")
    d.l("    image: ghcr.io/acme/api@sha256:", neg(v.sha256(), "not a credential: image digest"))
    d.l("    environment:")
    d.l("      DATABASE_URL: postgresql://api:", pos(URL, v.password(), "postgresql URL password in compose environment"), "@db:5432/api")
    d.l("      AMQP_URL: amqps://api:", pos(URL, v.password(), "amqps URL password"), "@rabbitmq.internal:5671/prod")
    d.l("      CACHE_URL: rediss://default:", pos(URL, v.password(), "rediss URL password (TLS)"), "@cache-7f3k.upstash.io:6379")
    d.l("      MAIL_URL: smtp://postmaster%40mg.acme.io:", pos(URL, v.password(special=True), "smtp URL password"), "@smtp.mailgun.org:587")
    d.l("      LOCAL_DB: postgres://postgres:", neg("postgres", "CONNECTION_URL_CREDENTIALS near miss: documented default password"), "@localhost:5432/postgres")
    d.l("      BROKER: amqp://", neg("guest:guest", "CONNECTION_URL_CREDENTIALS near miss: RabbitMQ default guest:guest"), "@rabbitmq:5672/")
    d.l("      GOOGLE_APPLICATION_CREDENTIALS_JSON: '", *gcp_service_account(v, keys.next("PKCS8"), "acme-api", "api-runtime", indent=None, order="minified"), "'")
    d.l("      GIT_SSH_KEY: |")
    key = keys.next(SSH)
    d.l("        ", pos(SSH, key.raw("        "), f"{key.kind} in compose environment block scalar"))
    d.l("      PUTTY_KEY: |")
    key = keys.next(PPK)
    d.l("        ", pos(PPK, key.raw("        "), f"{key.kind} in compose environment block scalar"))
    d.l("  db:")
    d.l("    image: postgres:16")
    d.l("    environment:")
    d.l("      POSTGRES_PASSWORD: ", neg("${POSTGRES_PASSWORD:?required}", "CONNECTION_URL_CREDENTIALS near miss: variable"))
    d.l("  worker:")
    d.l("    image: ghcr.io/acme/worker:1.8.2")
    d.l("    command: [\"celery\", \"-A\", \"tasks\", \"worker\", \"--broker\", \"redis://:", pos(URL, v.password(), "redis URL password in a compose command array"), "@cache:6379/1\"]")
    return d


@builder
def terraform(v: Values, keys: Keys):
    d = Doc("deploy/terraform/main.tf")
    d.l("terraform {")
    d.l("  backend \"s3\" {")
    d.l("    bucket     = \"acme-tfstate\"")
    d.l("    access_key = \"", pos(AKID, v.aws_key_id(), "key id in a Terraform S3 backend"), "\"")
    d.l("    secret_key = \"", pos(AWS, v.aws_secret(), "secret_key right after access_key in Terraform"), "\"")
    d.l("  }")
    d.l("}")
    d.l()
    d.l("provider \"aws\" {")
    d.l("  region     = \"eu-west-1\"")
    d.l("  access_key = \"", pos(AKID, v.aws_key_id(), "key id in a Terraform provider block"), "\"")
    d.l("  secret_key = \"", pos(AWS, v.aws_secret(), "secret_key in a Terraform provider block"), "\"")
    d.l("}")
    d.l()
    d.l("provider \"stripe\" {")
    d.l("  api_key = \"", pos(STRIPE, v.stripe("sk"), "sk_live_ key in a Terraform provider block"), "\"")
    d.l("}")
    d.l()
    d.l("resource \"google_apikeys_key\" \"maps\" { name = \"maps\" }  # current value: ", pos(GAPI, v.gcp_api_key(), "Google API key in a Terraform comment"))
    d.l()
    d.l("provider \"google\" {")
    d.l("  project     = \"acme-infra\"")
    d.l("  credentials = <<EOF")
    d.l(*gcp_service_account(v, keys.next("PKCS8"), "acme-infra", "terraform", indent=2))
    d.l("EOF")
    d.l("}")
    d.l()
    d.l("resource \"tls_locally_signed_cert\" \"edge\" {")
    d.l("  ca_private_key_pem = <<-EOT")
    key = keys.next(PKCS)
    d.l("    ", pos(PKCS, key.raw("    "), f"{key.kind} in a Terraform indented heredoc"))
    d.l("  EOT")
    d.l("}")
    d.l()
    d.l("variable \"deploy_key\" {")
    key = keys.next(SSH)
    d.l("  default = \"", pos(SSH, key.escaped(), f"{key.kind} with \\n escapes in a Terraform string"), "\\n\"")
    d.l("}")
    d.l()
    d.l("variable \"windows_admin_key\" {")
    d.l("  default = <<EOF")
    key = keys.next(PPK)
    d.l(pos(PPK, key.raw(), f"{key.kind} in a Terraform heredoc"))
    d.l("EOF")
    d.l("}")
    d.l()
    d.l("variable \"release_signing_key\" {")
    d.l("  default = <<EOF")
    key = keys.next(PGP)
    d.l(pos(PGP, key.raw(), f"{key.kind} in a Terraform heredoc"))
    d.l("EOF")
    d.l("}")
    d.l()
    d.l("resource \"aws_iam_access_key\" \"ci\" { user = \"ci\" }  # id like ", neg("AKIA" + v.s(BASE32, 15), "AWS_ACCESS_KEY_ID near miss: 15 characters after AKIA"))
    return d


@builder
def ansible_vars(v: Values, keys: Keys):
    d = Doc("deploy/ansible/group_vars/all.yml")
    d.l("---")
    d.l("app_user: deploy")
    d.l("deploy_ssh_private_key: |")
    key = keys.next(SSH)
    d.l("  ", pos(SSH, key.raw("  "), f"{key.kind} in Ansible group_vars"))
    d.l("apt_signing_key: |")
    key = keys.next(PGP)
    d.l("  ", pos(PGP, key.raw("  "), f"{key.kind} in Ansible group_vars"))
    d.l("winrm_putty_key: |")
    key = keys.next(PPK)
    d.l("  ", pos(PPK, key.raw("  "), f"{key.kind} in Ansible group_vars"))
    d.l("nginx_tls_key: |")
    key = keys.next(PKCS)
    d.l("  ", pos(PKCS, key.raw("  "), f"{key.kind} in Ansible group_vars"))
    d.l("backup_target: \"sftp://backup:", pos(URL, v.password(), "sftp URL password in Ansible vars"), "@nas.internal:22/volume1/backups\"")
    d.l("ldap_uri: ldaps://svc-ansible:", pos(URL, v.password(), "ldaps URL password"), "@ldap.acme.io:636")
    d.l("vault_password_file: ~/.vault_pass")
    d.l("mysql_root_password: \"{{ vault_mysql_root_password }}\"")
    d.l("db_url: \"mysql://root:", neg("{{ vault_mysql_root_password }}", "CONNECTION_URL_CREDENTIALS near miss: Jinja template"), "@db1:3306/app\"")
    return d


@builder
def nginx_conf(v: Values, keys: Keys):
    d = Doc("deploy/nginx/registry.conf")
    d.l("upstream registry { server 10.0.4.21:5000; }")
    d.l("server {")
    d.l("  listen 443 ssl;")
    d.l("  server_name registry.acme.io;")
    d.l("  location /v2/ {")
    d.l("    auth_basic \"Registry realm\";")
    d.l("    auth_basic_user_file /etc/nginx/htpasswd;")
    d.l("    proxy_pass http://registry;")
    d.l("  }")
    d.l("  location /mirror/ {")
    d.l("    proxy_pass https://upstream-mirror.partner.net/;")
    d.l("    proxy_set_header Authorization \"Basic ", pos(BASIC, v.basic("mirror"), "Basic credentials in nginx proxy_set_header (no colon after the header name)"), "\";")
    d.l("  }")
    d.l("  location /legacy/ {")
    d.l("    proxy_set_header Authorization \"Basic ", neg("QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "HTTP_BASIC_AUTH_HEADER near miss: RFC 7617 example"), "\";")
    d.l("  }")
    d.l("}")
    return d


@builder
def helm_values(v: Values, keys: Keys):
    d = Doc("deploy/helm/values-prod.yaml")
    d.l("image:")
    d.l("  repository: ghcr.io/acme/checkout")
    d.l("  tag: 2.14.0")
    d.l("  digest: sha256:", neg(v.sha256(), "not a credential: image digest"))
    d.l("env:")
    d.l("  STRIPE_KEY: \"", pos(STRIPE, v.stripe("sk"), "sk_live_ key in Helm values"), "\"")
    d.l("  STRIPE_TEST_KEY: \"", neg("sk_test_51" + v.m(ALNUM, 97), "STRIPE_CREDENTIALS near miss: test-mode key"), "\"")
    d.l("  STRIPE_PUBLISHABLE: \"", neg("pk_test_51" + v.m(ALNUM, 97), "STRIPE_CREDENTIALS near miss: publishable test key"), "\"")
    d.l("  MAPS_KEY: ", pos(GAPI, v.gcp_api_key(), "Google API key in Helm values"))
    d.l("  SLACK_REFRESH_TOKEN: ", pos(SLACK, v.slack_refresh(), "xoxe-1 refresh token in Helm values"))
    d.l("gcp:")
    d.l("  serviceAccountJson: '", *gcp_service_account(v, keys.next("PKCS8"), "acme-checkout", "checkout", indent=None), "'")
    d.l("tls:")
    d.l("  key: |-")
    key = keys.next(PKCS)
    d.l("    ", pos(PKCS, key.raw("    "), f"{key.kind} in Helm values (|- block)"))
    d.l("sshKnownKey: |-")
    key = keys.next(SSH)
    d.l("  ", pos(SSH, key.raw("  "), f"{key.kind} in Helm values (|- block)"))
    d.l("gpgKey: |-")
    key = keys.next(PGP)
    d.l("  ", pos(PGP, key.raw("  "), f"{key.kind} in Helm values (|- block)"))
    d.l("puttyKey: |-")
    key = keys.next(PPK)
    d.w("  ", pos(PPK, key.raw("  "), f"{key.kind} in Helm values (|- block), at end of file"))
    return d


@builder
def key_files(v: Values, keys: Keys):
    docs = []
    key = keys.next(PKCS)
    d = Doc("keys/server.key", crlf=True)
    d.l(pos(PKCS, key.raw(), f"{key.kind} in a .key file with CRLF line endings"))
    docs.append(d)
    for name, crlf, newline in (("keys/id_ed25519", False, True), ("keys/id_ed25519_ci", False, False),
                                ("keys/windows/id_ed25519", True, True)):
        key = keys.next(SSH)
        d = Doc(name, crlf=crlf)
        what = "CRLF" if crlf else ("no final newline" if not newline else "as written by ssh-keygen")
        d.w(pos(SSH, key.raw(), f"{key.kind} file, {what}"), "\n" if newline else "")
        docs.append(d)
    d = Doc("keys/signing-key.asc")
    key = keys.next(PGP)
    d.l(pos(PGP, key.raw(), f"{key.kind} in an .asc file"))
    docs.append(d)
    d = Doc("keys/release-key.asc", crlf=True)
    key = keys.next(PGP)
    d.w(pos(PGP, key.raw(), f"{key.kind} in an .asc file, CRLF, no final newline"))
    docs.append(d)
    for name, crlf in (("keys/deploy.ppk", True), ("keys/admin.ppk", False)):
        key = keys.next(PPK)
        d = Doc(name, crlf=crlf)
        d.l(pos(PPK, key.raw(), f"{key.kind} .ppk file" + (", CRLF" if crlf else "")))
        docs.append(d)
    d = Doc("keys/tls/bundle.pem")
    d.l("subject=CN = edge.acme.io")
    d.l("-----BEGIN CERTIFICATE-----")
    cert = v.b64(420)
    for i in range(0, len(cert), 64):
        d.l(cert[i:i + 64])
    d.l("-----END CERTIFICATE-----")
    key = keys.next(PKCS)
    d.w(pos(PKCS, key.raw(), f"{key.kind} after a certificate in a bundle, no final newline"))
    docs.append(d)
    d = Doc("keys/gcp/acme-prod-3f1c2b0e9a8d.json")
    d.w(*gcp_service_account(v, keys.next("PKCS8"), "acme-prod", "deployer", indent=2))
    docs.append(d)
    d = Doc("keys/gcp/sorted-by-jq.json", crlf=True)
    d.l(*gcp_service_account(v, keys.next("PKCS8"), "acme-data", "etl", indent=2, order="sorted"))
    docs.append(d)
    return docs


@builder
def public_keys(v: Values, keys: Keys):
    """Public halves, certificates and broken keys: nothing here may be reported."""
    d = Doc("keys/public/README.txt")
    d.l("Public keys and certificates; safe to share. Broken private keys kept for the record.")
    d.l()
    labels = {PKCS: ["placeholder body", "placeholder body", "public key", "truncated, no END line", "a line of the key missing", "base64 of text, not DER"],
              SSH: ["placeholder body", "PKCS#8 body in an OpenSSH block", "truncated, no END line", "ssh-ed25519 public key line"],
              PGP: ["placeholder body", "public key block", "base64 of text, not OpenPGP packets", "truncated, no END line"],
              PPK: ["placeholder", "a public line missing", "MAC of 63 hex digits", "SSH2 public key"]}
    for ident, kinds in labels.items():
        for text, kind in zip(keys.negatives[ident], kinds):
            d.l(neg(text, f"{ident} near miss: {kind}"))
            d.l()
    d.l(neg("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + v.b64(32)[:43] + " deploy@ci", "OPENSSH_PRIVATE_KEY near miss: public key line"))
    d.l(neg("-----BEGIN PRIVATE KEY-----\n${TLS_PRIVATE_KEY}\n-----END PRIVATE KEY-----", "PKCS near miss: template variable as body"))
    d.l(neg("-----BEGIN OPENSSH PRIVATE KEY-----\n<paste your key here>\n-----END OPENSSH PRIVATE KEY-----", "OPENSSH_PRIVATE_KEY near miss: placeholder"))
    sig = v.b64(118)
    d.w(neg("-----BEGIN PGP SIGNATURE-----\n\n" + sig[:64] + "\n" + sig[64:] + "\n=" + v.s(ALNUM, 4) + "\n-----END PGP SIGNATURE-----",
            "PGP_PRIVATE_KEY near miss: signature block"), "\n")
    return d


@builder
def settings_py(v: Values, keys: Keys):
    d = Doc("src/billing/settings.py")
    d.l("\"\"\"Django settings for billing. Generated by 'django-admin startproject' — then edited by hand.\"\"\"")
    d.l("import os")
    d.l()
    d.l("DEBUG = False")
    d.l("ALLOWED_HOSTS = [\"billing.acme.io\"]")
    d.l("DATABASES = {\"default\": dj_database_url.parse(\"postgres://billing_rw:", pos(URL, v.password(), "postgres URL password in a Python string"), "@db-1.prod.acme.internal/billing\")}")
    d.l("SQLALCHEMY_DATABASE_URI = \"postgresql+psycopg2://reporting:", pos(URL, v.password(), "password in an SQLAlchemy postgresql+psycopg2 URL"), "@replica.internal:5432/billing\"")
    d.l("CELERY_BROKER_URL = os.environ.get(\"CELERY_BROKER_URL\", \"amqp://celery:", pos(URL, v.password(), "amqp URL password as an os.environ default"), "@mq.internal:5672//\")")
    d.l("STRIPE_API_KEY = '", pos(STRIPE, v.stripe("sk"), "sk_live_ key in a Python string"), "'")
    d.l("STRIPE_RESTRICTED_KEY = os.getenv(\"STRIPE_RESTRICTED_KEY\", \"", pos(STRIPE, v.stripe("rk", long=False), "24-character rk_live_ key as an os.getenv default"), "\")")
    d.l("STRIPE_WEBHOOK_TOLERANCE = 300")
    d.l("GOOGLE_PLACES_KEY = \"", pos(GAPI, v.gcp_api_key(), "Google API key in a Python string"), "\"")
    d.l("SLACK_ALERTS = \"", pos(SLACK, v.slack_webhook(), "incoming-webhook URL in a Python string"), "\"")
    d.l("GITHUB_APP_INSTALLATION_TOKEN = \"", pos(GH, v.github("ghs"), "ghs_ server-to-server token in Python"), "\"")
    d.l()
    d.l("AWS_S3 = boto3.client(")
    d.l("    \"s3\",")
    d.l("    aws_access_key_id=\"", pos(AKID, v.aws_key_id(), "key id as a boto3 keyword argument"), "\",")
    d.l("    aws_secret_access_key=\"", pos(AWS, v.aws_secret(), "aws_secret_access_key as a boto3 keyword argument"), "\",")
    d.l(")")
    d.l()
    d.l("def partner_session():")
    d.l("    s = requests.Session()")
    d.l("    s.headers[\"Authorization\"] = \"Basic ", pos(BASIC, v.basic("billing"), "Basic credentials assigned to headers[\"Authorization\"] in Python"), "\"")
    d.l("    return s")
    d.l()
    d.l("LEGACY_HEADERS = {'Authorization': 'Basic ", pos(BASIC, v.basic("legacy"), "Basic credentials in a Python dict"), "'}")
    d.l()
    key = keys.next(PKCS)
    d.l("SAML_SP_PRIVATE_KEY = \"\"\"", pos(PKCS, key.raw(), f"{key.kind} in a Python triple-quoted string"), "\n\"\"\"")
    key = keys.next(PKCS, plain=True)
    d.l("JWT_PRIVATE_KEY = (")
    d.l("    \"", pos(PKCS, key.concat("\\n\"\n    \""), f"{key.kind} as implicitly concatenated Python literals"), "\\n\"")
    d.l(")")
    d.l("SECRET_KEY_FALLBACKS = [\"", neg(v.hex(64), "not a credential: 64 hex digits"), "\"]")
    return d


@builder
def client_go(v: Values, keys: Keys):
    d = Doc("src/uploader/client.go")
    d.l("package uploader")
    d.l()
    d.l("import (")
    d.l("\t\"net/http\"")
    d.l("\t\"github.com/aws/aws-sdk-go/aws/credentials\"")
    d.l(")")
    d.l()
    d.l("// Hard-coded for the migration; TODO move to Vault.")
    d.l("var creds = credentials.NewStaticCredentials(\"", pos(AKID, v.aws_key_id(), "key id in a Go call"), "\", \"",
        pos(AWS, v.aws_secret(), "secret as the argument after the key id in Go"), "\", \"\")")
    d.l()
    d.l("const githubToken = \"", pos(GH, v.github("ghp"), "ghp_ token in a Go constant"), "\"")
    d.l("const mapsKey = `", pos(GAPI, v.gcp_api_key(), "Google API key in a Go raw string"), "`")
    d.l()
    d.l("func newRequest(url string) (*http.Request, error) {")
    d.l("\treq, err := http.NewRequest(\"GET\", url, nil)")
    d.l("\treq.Header.Set(\"Authorization\", \"Basic ", pos(BASIC, v.basic("uploader"), "Basic credentials in Go Header.Set"), "\")")
    d.l("\treq.Header.Set(\"X-Request-Id\", \"", neg(v.uuid4(), "not a credential: UUID"), "\")")
    d.l("\treturn req, err")
    d.l("}")
    d.l()
    key = keys.next(PKCS, plain=True)
    d.l("const signingKey = \"", pos(PKCS, key.concat("\\n\" +\n\t\""), f"{key.kind} as concatenated Go string literals"), "\\n\"")
    d.l()
    key = keys.next(SSH)
    d.l("var deployKey = \"", pos(SSH, key.concat("\\n\" +\n\t\""), f"{key.kind} as concatenated Go string literals"), "\\n\"")
    d.l()
    key = keys.next(PGP, plain=True)
    d.l("var releaseKey = `", pos(PGP, key.raw(), f"{key.kind} in a Go raw string"), "\n`")
    d.l()
    d.l("// pinned: ", neg(v.git_sha(), "not a credential: git SHA in a comment"))
    return d


@builder
def api_js(v: Values, keys: Keys):
    d = Doc("src/web/api.js")
    d.l("import Stripe from 'stripe';")
    d.l("import { WebClient } from '@slack/web-api';")
    d.l("import { S3Client } from '@aws-sdk/client-s3';")
    d.l()
    d.l("export const firebaseConfig = {")
    d.l("  apiKey: \"", pos(GAPI, v.gcp_api_key(), "Google API key in a Firebase config object"), "\",")
    d.l("  authDomain: \"acme-web.firebaseapp.com\",")
    d.l("  projectId: \"acme-web\",")
    d.l("  appId: \"1:", v.num(12), ":web:", v.hex(22), "\",")
    d.l("};")
    d.l()
    d.l("const stripe = new Stripe('", pos(STRIPE, v.stripe("sk"), "sk_live_ key in a JavaScript constructor call"), "');")
    d.l("const slack = new WebClient(process.env.SLACK_TOKEN || '", pos(SLACK, v.slack_user(), "xoxp user token as a JavaScript fallback"), "');")
    d.l("const s3 = new S3Client({ region: 'eu-west-1', credentials: { accessKeyId: '", pos(AKID, v.aws_key_id(), "key id in a JavaScript object"),
        "', secretAccessKey: '", pos(AWS, v.aws_secret(), "secretAccessKey in a JavaScript object"), "' } });")
    d.l()
    d.l("export async function fetchReport(id) {")
    d.l("  const res = await fetch(`https://reports.partner.io/v1/${id}`, {")
    d.l("    headers: { Authorization: 'Basic ", pos(BASIC, v.basic("acme-web"), "Basic credentials in a fetch headers object"), "', Accept: 'application/json' },")
    d.l("  });")
    d.l("  return res.json();")
    d.l("}")
    d.l()
    d.l("// fixture for the auth tests")
    d.l("export const ADMIN_JWT = '", pos(JWT, v.jwt("HS256", role="admin", email="ops@acme.io"), "HS256 JWT in a JavaScript constant"), "';")
    d.l("export const DOC_JWT = '", neg("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
                                      "JSON_WEB_TOKEN near miss: jwt.io's example token"), "';")
    d.l("mongoose.connect('mongodb+srv://web:", pos(URL, v.password(), "mongodb+srv URL password in JavaScript"), "@cluster1.q8zr1.mongodb.net/web');")
    key = keys.next(PKCS)
    d.l("const caKey = `", pos(PKCS, key.raw(), f"{key.kind} in a JavaScript template literal"), "\n`;")
    key = keys.next(SSH)
    d.l("const sshKey = `", pos(SSH, key.raw(), f"{key.kind} in a JavaScript template literal"), "\n`;")
    key = keys.next(PPK)
    d.l("const ppk = `", pos(PPK, key.raw(), f"{key.kind} in a JavaScript template literal"), "\n`;")
    d.l("const integrity = 'sha512-", neg(v.b64(64), "not a credential: subresource integrity hash"), "';")
    return d


@builder
def main_java(v: Values, keys: Keys):
    d = Doc("src/main/java/io/acme/Main.java")
    d.l("package io.acme;")
    d.l()
    d.l("public class Main {")
    d.l("    static final String JDBC = \"jdbc:mysql://report:", pos(URL, v.password(), "JDBC mysql URL password"), "@10.0.3.7:3306/sales?useSSL=true\";")
    d.l("    static final String AWS_KEY = \"", pos(AKID, v.aws_key_id(), "key id in a Java constant"), "\";")
    d.l("    static final String AWS_SECRET = \"", pos(AWS, v.aws_secret(), "AWS_SECRET constant in Java"), "\";")
    d.l("    static final String GITLAB = \"", pos(GL, v.gitlab("glpat"), "glpat- token in a Java constant"), "\";")
    d.l()
    d.l("    static HttpURLConnection open(URL url) throws IOException {")
    d.l("        HttpURLConnection conn = (HttpURLConnection) url.openConnection();")
    d.l("        conn.setRequestProperty(\"Authorization\", \"Basic ", pos(BASIC, v.basic("svc-java"), "Basic credentials in Java setRequestProperty"), "\");")
    d.l("        return conn;")
    d.l("    }")
    d.l()
    key = keys.next(PKCS, plain=True)
    d.l("    static final String PRIVATE_KEY = \"", pos(PKCS, key.concat("\\n\" +\n        \""), f"{key.kind} as concatenated Java string literals"), "\";")
    d.l()
    key = keys.next(PGP, plain=True)
    d.l("    static final String PGP_KEY = \"", pos(PGP, key.concat("\\n\" +\n        \""), f"{key.kind} as concatenated Java string literals"), "\\n\";")
    d.l()
    key = keys.next(SSH)
    d.l("    static final String SSH_KEY = \"\"\"", "\n        ", pos(SSH, key.raw("        "), f"{key.kind} in a Java text block"), "\n        \"\"\";")
    d.l("}")
    return d


@builder
def config_rb(v: Values, keys: Keys):
    d = Doc("src/app/config/initializers/services.rb")
    d.l("# frozen_string_literal: true")
    d.l()
    d.l("Stripe.api_key = \"", pos(STRIPE, v.stripe("sk", long=False), "24-character sk_live_ key in Ruby"), "\"")
    d.l("Redis.current = Redis.new(url: \"redis://:", pos(URL, v.password(), "redis URL password in Ruby"), "@redis.internal:6379/0\")")
    d.l("Slack.configure { |config| config.token = \"", pos(SLACK, v.slack_bot(), "xoxb token in a Ruby block"), "\" }")
    d.l()
    d.l("Aws.config.update(credentials: Aws::Credentials.new(\"", pos(AKID, v.aws_key_id(), "key id in Ruby"), "\", \"",
        pos(AWS, v.aws_secret(), "secret after the key id in a Ruby call"), "\"))")
    d.l()
    d.l("def partner_request(uri)")
    d.l("  request = Net::HTTP::Get.new(uri)")
    d.l("  request[\"Authorization\"] = \"Basic ", pos(BASIC, v.basic("rails"), "Basic credentials assigned to request[\"Authorization\"] in Ruby"), "\"")
    d.l("  request")
    d.l("end")
    d.l()
    key = keys.next(PKCS)
    d.l("SAML_KEY = <<~PEM")
    d.l("  ", pos(PKCS, key.raw("  "), f"{key.kind} in a Ruby squiggly heredoc"))
    d.l("PEM")
    key = keys.next(PGP)
    d.l("GPG_KEY = <<~ASC")
    d.l("  ", pos(PGP, key.raw("  "), f"{key.kind} in a Ruby squiggly heredoc"))
    d.l("ASC")
    key = keys.next(PPK)
    d.l("PPK = <<~PPK")
    d.l("  ", pos(PPK, key.raw("  "), f"{key.kind} in a Ruby squiggly heredoc"))
    d.l("PPK")
    key = keys.next(SSH)
    d.l("SSH_KEY = <<~KEY")
    d.l("  ", pos(SSH, key.raw("  "), f"{key.kind} in a Ruby squiggly heredoc"))
    d.l("KEY")
    return d


@builder
def program_cs(v: Values, keys: Keys):
    d = Doc("src/Acme.Sync/Program.cs", crlf=True)
    d.l("using System.Net.Http.Headers;")
    d.l()
    d.l("var client = new HttpClient();")
    d.l("client.DefaultRequestHeaders.Add(\"Authorization\", \"Basic ", pos(BASIC, v.basic("sync"), "Basic credentials in C# DefaultRequestHeaders.Add (CRLF)"), "\");")
    d.l("var aws = new BasicAWSCredentials(\"", pos(AKID, v.aws_key_id(), "key id in C# (CRLF)"), "\", \"", pos(AWS, v.aws_secret(), "secret after the key id in C# (CRLF)"), "\");")
    d.l("var gitlab = new GitLabClient(\"https://gitlab.acme.io\", \"", pos(GL, v.gitlab("glpat"), "glpat- token in C# (CRLF)"), "\");")
    d.l("const string Webhook = \"", pos(SLACK, v.slack_workflow(), "Slack workflow trigger URL in C# (CRLF)"), "\";")
    d.l()
    key = keys.next(PKCS)
    d.l("const string SigningKey = @\"", pos(PKCS, key.raw(), f"{key.kind} in a C# verbatim string (CRLF)"), "\";")
    key = keys.next(PGP)
    d.l("const string GpgKey = @\"", pos(PGP, key.raw(), f"{key.kind} in a C# verbatim string (CRLF)"), "\";")
    key = keys.next(PPK)
    d.l("const string PuttyKey = @\"", pos(PPK, key.raw(), f"{key.kind} in a C# verbatim string (CRLF)"), "\";")
    key = keys.next(SSH)
    d.l("const string SshKey = @\"", pos(SSH, key.raw(), f"{key.kind} in a C# verbatim string (CRLF)"), "\";")
    return d


@builder
def lib_rs(v: Values, keys: Keys):
    d = Doc("src/notifier/src/lib.rs")
    d.l("//! Sends release notes to chat. Credentials inlined for the spike (see #812).")
    d.l()
    d.l("const SLACK_TOKEN: &str = \"", pos(SLACK, v.slack_bot(), "xoxb token in a Rust constant"), "\";")
    d.l("const GITHUB_TOKEN: &str = \"", pos(GH, v.github("gho"), "gho_ OAuth token in a Rust constant"), "\";")
    d.l("const NPM_TOKEN: &str = \"", pos(NPM, v.npm(), "npm_ token in a Rust constant"), "\";")
    d.l("const STRIPE_KEY: &str = \"", pos(STRIPE, v.stripe("sk"), "sk_live_ key in a Rust constant"), "\";")
    d.l("const MAPS_KEY: &str = \"", pos(GAPI, v.gcp_api_key(), "Google API key in a Rust constant"), "\";")
    d.l()
    d.l("fn client() -> reqwest::Client {")
    d.l("    let mut headers = HeaderMap::new();")
    d.l("    headers.insert(\"authorization\", \"Basic ", pos(BASIC, v.basic("notifier"), "Basic credentials in a Rust HeaderMap insert"), "\".parse().unwrap());")
    d.l("    reqwest::Client::builder().default_headers(headers).build().unwrap()")
    d.l("}")
    d.l()
    key = keys.next(PKCS)
    d.l("const TLS_KEY: &str = r#\"", pos(PKCS, key.raw(), f"{key.kind} in a Rust raw string"), "\n\"#;")
    key = keys.next(SSH)
    d.l("const DEPLOY_KEY: &str = r#\"", pos(SSH, key.raw(), f"{key.kind} in a Rust raw string"), "\n\"#;")
    key = keys.next(PGP)
    d.l("const SIGNING_KEY: &str = r#\"", pos(PGP, key.raw(), f"{key.kind} in a Rust raw string"), "\n\"#;")
    key = keys.next(PPK)
    d.l("const PPK: &str = r#\"", pos(PPK, key.raw(), f"{key.kind} in a Rust raw string"), "\n\"#;")
    d.l()
    d.l("#[cfg(test)]")
    d.l("mod tests {")
    d.l("    const NOT_A_TOKEN: &str = \"", neg("ghp_" + v.m(ALNUM, 35), "GITHUB_TOKEN near miss: 35 characters after ghp_"), "\";")
    d.l("    const BAD_CRC: &str = \"", neg(bad_checksum(v.github("ghp")), "GITHUB_TOKEN near miss: CRC32 does not match"), "\";")
    d.l("    const WRONG_PREFIX: &str = \"", neg("ghx_" + v.github("ghp")[4:], "GITHUB_TOKEN near miss: unknown prefix ghx_"), "\";")
    d.l("    const NPM_BAD_CRC: &str = \"", neg(bad_checksum(v.npm()), "NPM_TOKEN near miss: CRC32 does not match"), "\";")
    d.l("}")
    return d


@builder
def index_php(v: Values, keys: Keys):
    d = Doc("src/shop/index.php")
    d.l("<?php")
    d.l("$stripe = new \\Stripe\\StripeClient('", pos(STRIPE, v.stripe("sk"), "sk_live_ key in PHP"), "');")
    d.l("$pdo = db_connect('mysql://shop:", pos(URL, v.password(), "mysql URL password in PHP"), "@127.0.0.1:3306/shop');")
    d.l("$s3 = new S3Client(['credentials' => ['key' => '", pos(AKID, v.aws_key_id(), "key id in a PHP array"), "', 'secret' => '",
        pos(AWS, v.aws_secret(), "'secret' after the key id in a PHP array"), "']]);")
    d.l("$config = json_decode('{\"signing_key\": \"", pos(PKCS, keys.next(PKCS, plain=True).escaped(slash=True), "PEM key in json_encode output (escaped \\/ and \\n)"), "\\n\"}', true);")
    d.l("$maps = \"https://maps.googleapis.com/maps/api/js?key=", pos(GAPI, v.gcp_api_key(), "Google API key in a URL query"), "&callback=initMap\";")
    d.l("$session = '", pos(JWT, v.jwt("HS512", user_id=v.between(10**5, 10**6)), "HS512 JWT in PHP"), "';")
    d.l("$legacy = 'Authorization: Basic ", pos(BASIC, v.basic("shop"), "Basic header line in a PHP string"), "';")
    return d


@builder
def deploy_sh(v: Values, keys: Keys):
    d = Doc("scripts/deploy.sh")
    d.l("#!/usr/bin/env bash")
    d.l("set -euo pipefail")
    d.l("export AWS_ACCESS_KEY_ID=", pos(AKID, v.aws_key_id(), "key id in a shell export"))
    d.l("export AWS_SECRET_ACCESS_KEY='", pos(AWS, v.aws_secret(), "secret in a shell export, single quotes"), "'")
    d.l("export GITHUB_TOKEN=", neg("${GITHUB_TOKEN:-}", "GITHUB_TOKEN near miss: shell parameter expansion"))
    d.l("export NPM_TOKEN=\"", pos(NPM, v.npm(), "npm_ token in a shell export"), "\"")
    d.l()
    d.l("git clone https://x-access-token:", pos(GH, v.github("ghs"), "ghs_ token as the password of a git URL"), "@github.com/acme/infra.git")
    d.l("git clone https://", pos(GH, v.github("ghp"), "ghp_ token as the user of a git URL"), "@github.com/acme/tools.git")
    d.l("curl -sf -u 'ci:", neg("$ARTIFACT_PASSWORD", "CONNECTION_URL_CREDENTIALS near miss: variable"), "' https://artifacts.internal/upload -T dist.tgz")
    d.l("curl -sf -H \"Authorization: Basic ", pos(BASIC, v.basic("deployer"), "Basic credentials in a curl header, shell script"), "\" https://artifacts.internal/api/promote")
    d.l("curl -sf -H \"Authorization: Basic ", neg("${BASIC_AUTH}", "HTTP_BASIC_AUTH_HEADER near miss: variable"), "\" https://artifacts.internal/api/status")
    d.l("curl -sf -H \"Authorization: Bearer ", pos(JWT, v.jwt("ES256", aud="deploy-api", scope="deploy"), "ES256 JWT in a curl Bearer header"), "\" https://deploy.internal/v1/rollout")
    d.l("wget --header=\"Authorization: Basic ", pos(BASIC, v.basic("mirror-sync"), "Basic credentials in wget --header"), "\" https://mirror.internal/pkgs.tar")
    d.l("curl https://api.stripe.com/v1/refunds -u ", pos(STRIPE, v.stripe("sk"), "sk_live_ key as a curl -u user (Stripe's documented style)"), ": -d charge=ch_", v.m(ALNUM, 24))
    d.l("gitlab-runner register --non-interactive --url https://gitlab.acme.io --registration-token ", pos(GL, v.gitlab_registration(), "GR1348941 runner registration token"), " --executor docker")
    d.l("npm config set //registry.npmjs.org/:_authToken ", pos(NPM, v.npm(), "npm_ token in npm config set"))
    d.l("pip install --index-url https://deploy:", pos(URL, v.password(), "https index URL password in pip install"), "@pypi.internal/simple/ acme-cli")
    d.l()
    d.l("mkdir -p ~/.ssh && cat > ~/.ssh/id_ed25519 <<'EOF'")
    key = keys.next(SSH)
    d.l(pos(SSH, key.raw(), f"{key.kind} in a shell heredoc"))
    d.l("EOF")
    d.l("gpg --batch --import <<'EOF'")
    key = keys.next(PGP)
    d.l(pos(PGP, key.raw(), f"{key.kind} in a shell heredoc"))
    d.l("EOF")
    d.l("cat > /tmp/win.ppk <<'EOF'")
    key = keys.next(PPK)
    d.l(pos(PPK, key.raw(), f"{key.kind} in a shell heredoc"))
    d.l("EOF")
    d.l("# old CA key, kept for reference:")
    key = keys.next(PKCS, plain=True)
    d.l("# ", pos(PKCS, key.commented("# "), f"{key.kind} commented out in a shell script"))
    key = keys.next(SSH)
    d.l("# ", pos(SSH, key.commented("# "), f"{key.kind} commented out in a shell script"))
    key = keys.next(PGP, plain=True)
    d.l("# ", pos(PGP, key.commented("# "), f"{key.kind} commented out in a shell script"))
    d.w("echo done # slack: ", pos(SLACK, v.slack_bot(), "xoxb token at end of file without newline"))
    return d


@builder
def setup_ps1(v: Values, keys: Keys):
    d = Doc("scripts/setup.ps1", crlf=True)
    d.l("# Provision a build agent")
    d.l("$env:AWS_ACCESS_KEY_ID = \"", pos(AKID, v.aws_key_id(), "key id in PowerShell (CRLF)"), "\"")
    d.l("$env:AWS_SECRET_ACCESS_KEY = \"", pos(AWS, v.aws_secret(), "secret in PowerShell (CRLF)"), "\"")
    d.l("$env:GITHUB_TOKEN = \"", pos(GH, v.github("ghu"), "ghu_ user-to-server token in PowerShell (CRLF)"), "\"")
    d.l("$headers = @{ Authorization = \"Basic ", pos(BASIC, v.basic("agent"), "Basic credentials in a PowerShell hashtable (CRLF)"), "\" }")
    d.l("Invoke-RestMethod -Uri \"https://ci-bot:", pos(URL, v.password(), "https URL password in PowerShell (CRLF)"), "@nexus.internal/service/rest/v1/status\" -Headers $headers")
    d.l("$env:NPM_TOKEN = '", pos(NPM, v.npm(), "npm_ token in PowerShell (CRLF)"), "'")
    d.l("$env:STRIPE_API_KEY = '", pos(STRIPE, v.stripe("sk", long=False), "24-character sk_live_ key in PowerShell (CRLF)"), "'")
    d.l("$ppk = @\"")
    key = keys.next(PPK)
    d.l(pos(PPK, key.raw(), f"{key.kind} in a PowerShell here-string (CRLF)"))
    d.l("\"@")
    d.l("Set-Content -Path C:\\keys\\agent.ppk -Value $ppk")
    d.l("$pem = @\"")
    key = keys.next(PKCS)
    d.l(pos(PKCS, key.raw(), f"{key.kind} in a PowerShell here-string (CRLF)"))
    d.l("\"@")
    return d


@builder
def dockerfile(v: Values, keys: Keys):
    d = Doc("deploy/Dockerfile")
    d.l("FROM node:20-alpine AS build")
    d.l("ARG NPM_TOKEN=", pos(NPM, v.npm(), "npm_ token as a Dockerfile ARG default"))
    d.l("RUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > ~/.npmrc")
    d.l("ENV GITHUB_TOKEN=", pos(GH, v.github("ghp"), "ghp_ token in a Dockerfile ENV"))
    d.l("RUN --mount=type=cache,target=/root/.npm NPM_CONFIG_//registry.npmjs.org/:_authToken=", pos(NPM, v.npm(), "npm_ token in a Dockerfile RUN"), " npm ci")
    key = keys.next(SSH)
    d.l("RUN mkdir -p /root/.ssh && echo \"", pos(SSH, key.escaped(), f"{key.kind} echoed with \\n escapes in a Dockerfile RUN"), "\" > /root/.ssh/id_ed25519")
    key = keys.next(PPK)
    d.l("RUN printf '", pos(PPK, key.escaped(), f"{key.kind} printed with \\n escapes in a Dockerfile RUN"), "\\n' > /keys/agent.ppk")
    d.l("ENV GOOGLE_CREDENTIALS=\"", *gcp_service_account(v, keys.next("PKCS8"), "acme-build", "builder", indent=None, escape_level=1), "\"")
    d.l("ENV SENTRY_DSN=https://", neg(v.hex(32), "not a credential: Sentry DSN public key (no password)"), "@o4507.ingest.sentry.io/4507")
    d.l("RUN npm ci && npm run build")
    return d


def escaped_key_line(before: str, key: Key, identifier: str, where: str, after: str):
    return ["DEBUG [config] c.a.config.Dump - " + before, pos(identifier, key.escaped(), f"{key.kind} with \\n escapes {where}"), after]


@builder
def app_log(v: Values, keys: Keys):
    d = Doc("logs/app.log")
    t = [0]

    def ts():
        t[0] += v.between(1, 900)
        s = t[0]
        return f"2024-07-11T{8 + s // 3600000:02d}:{s // 60000 % 60:02d}:{s // 1000 % 60:02d}.{s % 1000:03d}Z"

    noise = [
        lambda: ["INFO  [http-nio-8080-exec-", str(v.between(1, 40)), "] c.a.api.RequestLogger - GET /v1/orders/", v.num(7), " status=200 duration_ms=", str(v.between(3, 300))],
        lambda: ["DEBUG [pool-3-thread-1] c.a.jobs.Reconcile - batch ", str(v.between(1, 999)), " done request_id=", neg(v.uuid4(), "not a credential: request id UUID")],
        lambda: ["INFO  [deploy] c.a.ops.Version - running build ", neg(v.git_sha(), "not a credential: git SHA"), " on node ip-10-0-", str(v.between(1, 254)), "-", str(v.between(1, 254))],
        lambda: ["WARN  [http-out] client.Wire - << 401 WWW-Authenticate: Basic realm=\"partner\""],
        lambda: ["INFO  [cache] c.a.cache.Warmup - key digest ", neg(v.sha256(), "not a credential: SHA-256 digest")],
        lambda: ["DEBUG [trace] otel.Exporter - trace_id=", neg(v.hex(32), "not a credential: trace id"), " span_id=", v.hex(16)],
        lambda: ["INFO  [db] c.a.db.Pool - connected to postgres://db-1.prod.acme.internal:5432/orders (no credentials in URL)"],
        lambda: ["DEBUG [auth] jwt.Filter - rejected token: ", neg("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.", "JSON_WEB_TOKEN near miss: unsigned (alg none, empty signature)")],
    ]
    plants = [
        lambda: ["DEBUG [auth] jwt.Filter - accepted bearer ", pos(JWT, v.jwt("HS256", role=v.pick(["admin", "viewer", "editor"])), "HS256 JWT in a log line")],
        lambda: ["ERROR [notifier] chat.Slack - post failed (invalid_auth) token=", pos(SLACK, v.slack_bot(), "xoxb token in a log line")],
        lambda: ["ERROR [payments] c.a.pay.Client - Stripe error for key ", pos(STRIPE, v.stripe("sk"), "sk_live_ key in a log line"), ": rate_limit"],
        lambda: ["ERROR [db] c.a.db.Pool - cannot connect to postgres://orders_rw:", pos(URL, v.password(), "postgres URL password in a log line"), "@db-2.prod.acme.internal:5432/orders: timeout"],
        lambda: ["DEBUG [http-out] client.Wire - >> Authorization: Basic ", pos(BASIC, v.basic("partner-api"), "Basic credentials in a wire log")],
        lambda: ["INFO  [geo] c.a.geo.Client - GET https://maps.googleapis.com/maps/api/geocode/json?address=Lyon&key=", pos(GAPI, v.gcp_api_key(), "Google API key in a logged URL")],
        lambda: ["WARN  [git] scm.Fetcher - cloning with token ", pos(GH, v.github("ghp"), "ghp_ token in a log line"), " repo=acme/web"],
        lambda: ["INFO  [runner-7] gitlab.Api - PRIVATE-TOKEN: ", pos(GL, v.gitlab("glpat"), "glpat- token in a log line"), " GET /api/v4/projects/12"],
        lambda: ["DEBUG [bootstrap] c.a.config.Env - aws_access_key_id=", pos(AKID, v.aws_key_id(), "key id in a log line"), " aws_secret_access_key=", pos(AWS, v.aws_secret(), "secret in a log line, after the key id"), " region=eu-west-1"],
        lambda: ["INFO  [publish] npm.Client - using token ", pos(NPM, v.npm(), "npm_ token in a log line"), " for @acme scope"],
        lambda: escaped_key_line("{'tls_key': '", keys.next(PKCS, plain=True), PKCS, "in a logged Python dict", "\\n'}"),
        lambda: escaped_key_line("{\"ssh_key\": \"", keys.next(SSH), SSH, "in a JSON log line", "\\n\"}"),
        lambda: escaped_key_line("{\"gpg_key\": \"", keys.next(PGP), PGP, "in a JSON log line", "\\n\"}"),
        lambda: escaped_key_line("{\"ppk\": \"", keys.next(PPK), PPK, "in a JSON log line", "\\n\"}"),
        lambda: ["ERROR [gcp] c.a.gcp.Auth - bad credentials payload: {\\\"type\\\": \\\"service_account\\\", \\\"project_id\\\": \\\"acme-logs\\\", \\\"private_key\\\": \\\"",
                 pos(GSA, json.dumps(json.dumps(keys.next("PKCS8").text())[1:-1])[1:-1], "service-account key escaped inside a log message"), "\\\", \\\"client_email\\\": \\\"logs@acme-logs.iam.gserviceaccount.com\\\"}"],
    ]
    order = []
    for i in range(len(plants)):
        order.append(("p", i))
    for i in range(len(plants)):
        order.append(("p", i))
    order += [("n", v.between(0, len(noise) - 1)) for _ in range(60)]
    v.rng.shuffle(order)
    for what, i in order:
        d.l(ts(), " ", *(plants[i]() if what == "p" else noise[i]()))
    return d


@builder
def access_log(v: Values, keys: Keys):
    d = Doc("logs/nginx-access.log")
    for i in range(40):
        ip = f"203.0.113.{v.between(1, 254)}"
        stamp = f"[11/Jul/2024:10:{i + 10:02d}:{v.between(10, 59)} +0000]"
        r = i % 8
        if r == 0:
            d.l(ip, " - - ", stamp, " \"GET /oauth/callback?code=", v.hex(20), "&id_token=", pos(JWT, v.jwt("RS256", iss="https://accounts.acme.io", aud="web"), "RS256 JWT in an access-log query string"), "&state=", v.hex(12), " HTTP/1.1\" 302 0 \"-\" \"Mozilla/5.0\"")
        elif r == 1:
            d.l(ip, " - - ", stamp, " \"GET /maps/embed?key=", pos(GAPI, v.gcp_api_key(), "Google API key in an access-log query string"), " HTTP/2.0\" 200 5120 \"https://shop.acme.io/\" \"Mozilla/5.0\"")
        elif r == 2:
            d.l(ip, " - - ", stamp, " \"GET /api/chat?token=", pos(SLACK, v.slack_bot(), "xoxb token in an access-log query string"), "&channel=C", v.s(UPPER_DIGITS, 9), " HTTP/1.1\" 200 87 \"-\" \"curl/8.5.0\"")
        elif r == 3:
            d.l(ip, " - - ", stamp, " \"GET /feed.atom?feed_token=", pos(GL, v.gitlab("glft"), "glft- feed token in an access-log query string"), " HTTP/1.1\" 200 9921 \"-\" \"Feedly/1.0\"")
        elif r == 4:
            d.l(ip, " - - ", stamp, " \"GET /static/app.", v.hex(8), ".js HTTP/1.1\" 200 48211 \"-\" \"Mozilla/5.0\"")
        elif r == 5:
            d.l(ip, " - - ", stamp, " \"GET /health HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" rid=", neg(v.uuid4(), "not a credential: request id UUID"))
        elif r == 6:
            d.l(ip, " - - ", stamp, " \"POST /v1/session HTTP/1.1\" 201 311 \"-\" \"okhttp/4.12\" cookie=\"session=", pos(JWT, v.jwt("HS256", sid=v.hex(16)), "HS256 JWT in a logged cookie"), "\"")
        else:
            d.l(ip, " - - ", stamp, " \"GET /download?ref=", neg(v.b64(30).replace("+", "-").replace("/", "_"), "not a credential: base64url nonce"), " HTTP/1.1\" 200 1024 \"-\" \"Wget/1.21\"")
    return d


@builder
def http_debug(v: Values, keys: Keys):
    d = Doc("logs/http-debug.log", crlf=True)
    for _ in range(3):
        d.l("> GET /api/v2/artifacts HTTP/1.1")
        d.l("> Host: artifacts.internal")
        d.l("> Authorization: Basic ", pos(BASIC, v.basic(v.pick(["svc-ci", "release", "backup"])), "Basic credentials in an HTTP request dump (CRLF)"))
        d.l("> User-Agent: curl/8.5.0")
        d.l(">")
        d.l("< HTTP/1.1 200 OK")
        d.l("< Set-Cookie: session=", pos(JWT, v.jwt("HS256", scope="read"), "JWT in a Set-Cookie header (CRLF)"), "; Path=/; HttpOnly; Secure")
        d.l("<")
    d.l("> CONNECT backup.internal:443 HTTP/1.1")
    d.l("> Proxy-Authorization: Basic ", pos(BASIC, v.basic("svc-proxy"), "Basic credentials in Proxy-Authorization (CRLF)"))
    d.l("< HTTP/1.1 407 Proxy Authentication Required")
    d.l("< Proxy-Authenticate: Basic realm=\"corp-proxy\"")
    d.l("> Authorization: Basic ", neg(base64.b64encode(b"deploy").decode(), "HTTP_BASIC_AUTH_HEADER near miss: no colon and password"))
    d.l("> Authorization: Basic ", neg(base64.b64encode(b"deploy:").decode(), "HTTP_BASIC_AUTH_HEADER near miss: empty password"))
    d.l("> Authorization: Bearer ", neg(v.basic("bearer-user"), "HTTP_BASIC_AUTH_HEADER near miss: base64 user:password after Bearer, not Basic"))
    d.l("> Authorization: Basic ", neg("dXNlcm5hbWU6cGFzc3dvcmQ=", "HTTP_BASIC_AUTH_HEADER near miss: username:password documentation value"))
    d.l("send: b'GET /metrics HTTP/1.1\\r\\nHost: metrics.internal\\r\\nauthorization: Basic ", pos(BASIC, v.basic("prometheus"), "Basic credentials in a Python http.client debug line (escaped \\r\\n)"), "\\r\\n\\r\\n'")
    return d


@builder
def har(v: Values, keys: Keys):
    d = Doc("logs/checkout-session.har")
    jwt1 = v.jwt("RS256", iss="https://login.acme.io", aud="checkout")
    entries = [
        ("GET", "https://checkout.acme.io/api/cart", [("Authorization", [pos(JWT, jwt1, "JWT in a HAR request header value")], "Bearer "),
                                                      ("Accept", ["application/json"], "")]),
        ("GET", "https://partner.acme.io/api/stock", [("Authorization", [pos(BASIC, v.basic("checkout"), "Basic credentials in a HAR header (name and value in separate JSON fields)")], "Basic "),
                                                      ("User-Agent", ["Mozilla/5.0"], "")]),
        ("POST", "https://hooks.acme.io/notify", [("Content-Type", ["application/json"], "")]),
    ]
    d.l("{\"log\": {\"version\": \"1.2\", \"creator\": {\"name\": \"WebInspector\", \"version\": \"537.36\"}, \"entries\": [")
    for n, (method, url, headers) in enumerate(entries):
        d.l("  {\"startedDateTime\": \"2024-07-11T10:1", str(n), ":00.000Z\", \"request\": {\"method\": \"", method, "\", \"url\": \"", url, "\",")
        d.w("    \"headers\": [")
        for k, (name, value, prefix) in enumerate(headers):
            d.w("{\"name\": \"", name, "\", \"value\": \"", prefix, *value, "\"}", ", " if k + 1 < len(headers) else "")
        d.l("],")
        if method == "POST":
            d.l("    \"postData\": {\"mimeType\": \"application/json\", \"text\": \"{\\\"slack_token\\\": \\\"", pos(SLACK, v.slack_bot(), "xoxb token in HAR postData (escaped JSON)"), "\\\", \\\"stripe\\\": \\\"", pos(STRIPE, v.stripe("rk"), "rk_live_ key in HAR postData"), "\\\"}\"},")
        d.l("    \"cookies\": [{\"name\": \"sid\", \"value\": \"", pos(JWT, v.jwt("HS256", sid=v.hex(12)), "JWT in a HAR cookie"), "\"}]},")
        d.l("   \"response\": {\"status\": 200, \"headers\": [{\"name\": \"x-request-id\", \"value\": \"", neg(v.uuid4(), "not a credential: UUID"), "\"}]}}", "," if n + 1 < len(entries) else "")
    d.l("]}}")
    return d


@builder
def oauth_jsonl(v: Values, keys: Keys):
    d = Doc("data/oauth-responses.jsonl")
    d.l("{\"provider\": \"github\", \"access_token\": \"", pos(GH, v.github("gho"), "gho_ token in an OAuth JSON response"), "\", \"token_type\": \"bearer\", \"scope\": \"repo\"}")
    d.l("{\"provider\": \"github\", \"access_token\": \"", pos(GH, v.github("ghu"), "ghu_ token in JSON"), "\", \"refresh_token\": \"", pos(GH, v.github("ghr"), "ghr_ refresh token in JSON"), "\", \"expires_in\": 28800}")
    d.l("{\"provider\": \"slack\", \"ok\": true, \"access_token\": \"", pos(SLACK, v.slack_rotating(), "xoxe.xoxp rotating token in JSON"), "\", \"refresh_token\": \"", pos(SLACK, v.slack_refresh(), "xoxe-1 refresh token in JSON"), "\"}")
    d.l("{\"provider\": \"slack\", \"ok\": true, \"authed_user\": {\"access_token\": \"", pos(SLACK, v.slack_user(), "xoxp user token in JSON"), "\"}, \"bot\": {\"bot_access_token\": \"", pos(SLACK, v.slack_bot(), "xoxb token in JSON"), "\"}}")
    d.l("{\"provider\": \"gitlab\", \"access_token\": \"", pos(GL, v.gitlab_routable(False), "routable glpat- token in JSON"), "\", \"application_secret\": \"", pos(GL, v.gitlab_oauth_secret(), "gloas- OAuth application secret in JSON"), "\"}")
    d.l("{\"provider\": \"google\", \"id_token\": \"", pos(JWT, v.jwt("RS256", iss="https://accounts.google.com", email="ana@acme.io", email_verified=True), "Google id_token JWT in JSON"), "\", \"expires_in\": 3599}")
    d.l("{\"provider\": \"auth0\", \"access_token\": \"", pos(JWT, v.jwt("RS256", iss="https://acme.eu.auth0.com/", scope="openid profile"), "RS256 access-token JWT in JSON"), "\", \"token_type\": \"Bearer\"}")
    d.l("{\"provider\": \"internal\", \"id_token\": \"", neg(ex.b64url(b'{"typ":"JWT"}') + "." + ex.b64url(b'{"sub":"1"}') + "." + ex.b64url(v.rng.randbytes(16)), "JSON_WEB_TOKEN near miss: header without alg"), "\"}")
    d.l("{\"provider\": \"internal\", \"id_token\": \"", neg(ex.b64url(b'{"alg":"HS256","typ":"JWT"}') + "." + ex.b64url(b"not json at all!") + "." + ex.b64url(v.rng.randbytes(32)), "JSON_WEB_TOKEN near miss: payload is not JSON"), "\"}")
    d.l("{\"provider\": \"internal\", \"fragment\": \"", neg(v.jwt("HS256").rsplit(".", 1)[0], "JSON_WEB_TOKEN near miss: two segments (no signature)"), "\"}")
    jwe = ex.b64url(b'{"alg":"RSA-OAEP","enc":"A256GCM"}') + "." + ex.b64url(v.rng.randbytes(256)) + "." + ex.b64url(v.rng.randbytes(12)) + "." + ex.b64url(v.rng.randbytes(64)) + "." + ex.b64url(v.rng.randbytes(16))
    d.l("{\"provider\": \"internal\", \"encrypted\": \"", neg(jwe, "JSON_WEB_TOKEN near miss: JWE (encrypted, five segments)"), "\"}")
    d.l("{\"provider\": \"gitlab\", \"access_token\": \"", neg(bad_base36_crc(v.gitlab_routable(True)), "GITLAB_TOKEN near miss: routable token whose CRC32 does not match"), "\"}")
    d.w("{\"provider\": \"github\", \"access_token\": \"", neg(bad_checksum(v.github("gho")), "GITHUB_TOKEN near miss: gho_ with a CRC32 that does not match"), "\"}")
    return d


@builder
def postman(v: Values, keys: Keys):
    d = Doc("data/partner-api.postman_collection.json")
    d.l("{")
    d.l("  \"info\": {\"name\": \"Partner API\", \"schema\": \"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},")
    d.l("  \"item\": [")
    d.l("    {\"name\": \"stock\", \"request\": {\"method\": \"GET\", \"header\": [")
    d.l("      {\"key\": \"Authorization\", \"value\": \"Basic ", pos(BASIC, v.basic("acme-partner"), "Basic credentials in a Postman header (key and value in separate JSON fields)"), "\", \"type\": \"text\"}")
    d.l("    ], \"url\": \"https://partner.acme.io/api/stock\"}},")
    d.l("    {\"name\": \"charge\", \"request\": {\"method\": \"POST\", \"auth\": {\"type\": \"bearer\", \"bearer\": [{\"key\": \"token\", \"value\": \"", pos(STRIPE, v.stripe("sk", long=False), "sk_live_ key as a Postman bearer token"), "\"}]},")
    d.l("      \"url\": \"https://api.stripe.com/v1/charges\"}},")
    d.l("    {\"name\": \"ftp\", \"request\": {\"method\": \"GET\", \"url\": \"ftp://partner:", pos(URL, v.password(), "ftp URL password in a Postman collection"), "@ftp.partner.io/outbound/\"}},")
    d.l("    {\"name\": \"report\", \"request\": {\"method\": \"GET\", \"header\": [{\"key\": \"Authorization\", \"value\": \"Bearer ", pos(JWT, v.jwt("HS384", sub="partner-" + v.num(4)), "HS384 JWT in a Postman header"), "\"}],")
    d.l("      \"url\": \"https://partner.acme.io/api/report\"}}")
    d.l("  ],")
    d.l("  \"variable\": [{\"key\": \"baseUrl\", \"value\": \"https://partner.acme.io\"}, {\"key\": \"token\", \"value\": \"", neg("{{partner_token}}", "JSON_WEB_TOKEN near miss: Postman variable"), "\"}]")
    d.l("}")
    return d


@builder
def app_config_json(v: Values, keys: Keys):
    d = Doc("config/appsettings.json")
    d.l("{")
    d.l("  \"Logging\": {\"LogLevel\": {\"Default\": \"Information\"}},")
    d.l("  \"ConnectionStrings\": {")
    d.l("    \"Orders\": \"mssql://sa:", pos(URL, v.password(), "mssql URL password in appsettings.json"), "@sql01.internal:1433/orders\",")
    d.l("    \"Search\": \"https://elastic:", pos(URL, v.password(), "https URL password in appsettings.json"), "@search.internal:9200\"")
    d.l("  },")
    d.l("  \"Aws\": {\"AccessKeyId\": \"", pos(AKID, v.aws_key_id(), "key id in appsettings.json"), "\", \"SecretAccessKey\": \"", pos(AWS, v.aws_secret(), "SecretAccessKey in appsettings.json"), "\"},")
    d.l("  \"Stripe\": {\"SecretKey\": \"", pos(STRIPE, v.stripe("sk"), "sk_live_ key in appsettings.json"), "\", \"PublishableKey\": \"", neg("pk_live_" + v.m(ALNUM, 24), "STRIPE_CREDENTIALS near miss: publishable key"), "\"},")
    key = keys.next(PKCS)
    d.l("  \"Signing\": {\"Key\": \"", pos(PKCS, key.escaped(), f"{key.kind} with \\n escapes in appsettings.json"), "\\n\"},")
    key = keys.next(PGP)
    d.l("  \"Gpg\": {\"Key\": \"", pos(PGP, key.escaped(), f"{key.kind} with \\n escapes in appsettings.json"), "\\n\"},")
    key = keys.next(PPK)
    d.l("  \"Putty\": {\"Key\": \"", pos(PPK, key.escaped(), f"{key.kind} with \\n escapes in appsettings.json"), "\\n\"},")
    key = keys.next(SSH)
    d.l("  \"Ssh\": {\"Key\": \"", pos(SSH, key.escaped(), f"{key.kind} with \\n escapes in appsettings.json"), "\\n\"},")
    key = keys.kind(PKCS, "legacy encrypted RSA PEM")
    d.l("  \"Tls\": {\"Key\": \"", pos(PKCS, key.escaped(), f"{key.kind} with \\n escapes in appsettings.json"), "\\n\", \"Passphrase\": \"", v.password(), "\"},")
    d.l("  \"Build\": {\"Commit\": \"", neg(v.git_sha(), "not a credential: git SHA"), "\", \"Checksum\": \"", neg(v.b64(30), "AWS_CREDENTIALS near miss: 40 base64 characters without AWS context"), "\"}")
    d.w("}")
    return d


@builder
def firebase_sa(v: Values, keys: Keys):
    d = Doc("config/firebase-adminsdk.json")
    d.l(*gcp_service_account(v, keys.next("PKCS8"), "acme-mobile", "firebase-adminsdk-x7k2q", indent=4))
    return d


@builder
def gcp_misc(v: Values, keys: Keys):
    docs = []
    d = Doc("config/gcp/sa-minified.json")
    d.w(*gcp_service_account(v, keys.next("PKCS8"), "acme-ml", "trainer", indent=None, order="minified"))
    docs.append(d)
    d = Doc("config/gcp/ci.env")
    d.l("GOOGLE_PROJECT=acme-ci")
    d.l("GOOGLE_CREDENTIALS=\"", *gcp_service_account(v, keys.next("PKCS8"), "acme-ci", "ci", indent=None, escape_level=1), "\"")
    d.l("GOOGLE_CREDENTIALS_SORTED=\"", *gcp_service_account(v, keys.next("PKCS8"), "acme-ci", "ci-sorted", indent=None, order="sorted", escape_level=1), "\"")
    docs.append(d)
    d = Doc("config/gcp/secrets.tfvars.json")
    d.l("{")
    d.l("  \"project\": \"acme-data\",")
    d.l("  \"credentials\": \"", *gcp_service_account(v, keys.next("PKCS8"), "acme-data", "tf", indent=None, escape_level=1), "\",")
    d.l("  \"impersonate\": \"", neg(json.dumps({"type": "external_account", "audience": "//iam.googleapis.com/projects/" + v.num(12) + "/locations/global/workloadIdentityPools/gh/providers/gh", "subject_token_type": "urn:ietf:params:oauth:token-type:jwt"}).replace('"', '\\"'), "GCP_SERVICE_ACCOUNT_KEY near miss: external_account config, no key"), "\"")
    d.l("}")
    docs.append(d)
    d = Doc("config/gcp/not-keys.json")
    d.l("[")
    for text, kind in zip(keys.negatives[GSA], ["placeholder key", "authorized_user credentials, no private key", "truncated key without END line", "a line of the key missing"]):
        d.l("  ", neg(text.strip().replace("\n", " "), f"GCP_SERVICE_ACCOUNT_KEY near miss: {kind}"), ",")
    d.l("  {\"type\": \"service_account\", \"project_id\": \"acme-prod\", \"private_key\": \"", neg("${GCP_PRIVATE_KEY}", "GCP_SERVICE_ACCOUNT_KEY near miss: variable as private key"), "\"}")
    d.l("]")
    docs.append(d)
    d = Doc("src/gcp/sa_inline.py")
    d.l("SERVICE_ACCOUNT_INFO = ", *gcp_service_account(v, keys.next("PKCS8"), "acme-analytics", "bq-loader", indent=4))
    d.l("credentials = service_account.Credentials.from_service_account_info(SERVICE_ACCOUNT_INFO)")
    docs.append(d)
    d = Doc("src/gcp/sa_inline.js")
    d.l("// firebase-admin bootstrap")
    d.l("admin.initializeApp({ credential: admin.credential.cert(", *gcp_service_account(v, keys.next("PKCS8"), "acme-push", "push", indent=None), ") });")
    d.l("const serviceAccount = JSON.parse('", *gcp_service_account(v, keys.next("PKCS8"), "acme-push", "push-2", indent=None, order="minified"), "');")
    docs.append(d)
    d = Doc("deploy/k8s/gcp-sa-secret.yaml", crlf=True)
    d.l("apiVersion: v1")
    d.l("kind: Secret")
    d.l("metadata: {name: gcp-sa}")
    d.l("stringData:")
    d.l("  key.json: |")
    sa = gcp_service_account(v, keys.next("PKCS8"), "acme-k8s", "workload", indent=2, order="sorted")
    d.l("    ", *[p.replace("\n", "\n    ") if isinstance(p, str) else p for p in sa])
    d.l("  other.json: '", *gcp_service_account(v, keys.next("PKCS8"), "acme-k8s", "workload-2", indent=None), "'")
    docs.append(d)
    d = Doc("logs/gcp-auth.log")
    for i in range(4):
        escaped = gcp_service_account(v, keys.next("PKCS8"), "acme-logs", f"job-{i}", indent=None, escape_level=1)
        d.l(f"{{\"severity\": \"ERROR\", \"time\": \"2024-07-11T11:0{i}:00Z\", \"message\": \"credential load failed\", \"payload\": \"", *escaped, "\"}")
    docs.append(d)
    return docs


@builder
def npmrc(v: Values, keys: Keys):
    docs = []
    d = Doc("config/.npmrc")
    d.l("registry=https://registry.npmjs.org/")
    d.l("//registry.npmjs.org/:_authToken=", pos(NPM, v.uuid4(), "legacy UUID token in .npmrc"))
    d.l("@acme:registry=https://npm.pkg.github.com")
    d.l("//npm.pkg.github.com/:_authToken=", pos(GH, v.github("ghp"), "ghp_ token as a GitHub Packages auth token in .npmrc"))
    d.l("//registry.npmjs.org/:_authToken=", neg("${NPM_TOKEN}", "NPM_TOKEN near miss: variable"))
    d.w("//registry.npmjs.org/:_authToken=", pos(NPM, v.npm(), "npm_ token in .npmrc, at end of file without newline"))
    docs.append(d)
    d = Doc("config/legacy/.npmrc", crlf=True)
    d.l("//registry.npmjs.org/:_authToken=\"", pos(NPM, v.uuid4(), "quoted legacy UUID token in .npmrc (CRLF)"), "\"")
    d.l("//registry.npmjs.org/:_authToken=", neg("00000000-0000-0000-0000-000000000000", "NPM_TOKEN near miss: all-zero UUID"))
    d.l("always-auth=true")
    docs.append(d)
    d = Doc("config/.yarnrc.yml")
    d.l("nodeLinker: node-modules")
    d.l("npmRegistries:")
    d.l("  \"https://registry.npmjs.org\":")
    d.l("    npmAuthToken: ", pos(NPM, v.npm(), "npm_ token in .yarnrc.yml"))
    d.l("  \"https://npm.acme.io\":")
    d.l("    npmAuthToken: \"", pos(NPM, v.npm(), "quoted npm_ token in .yarnrc.yml"), "\"")
    d.l("npmScopes:")
    d.l("  acme:")
    d.l("    npmAuthToken: \"", pos(GH, v.github_pat(), "github_pat_ token in .yarnrc.yml"), "\"")
    d.l("cacheKey: ", neg(v.uuid4(), "NPM_TOKEN near miss: UUID outside an .npmrc auth line"))
    docs.append(d)
    return docs


@builder
def misc_configs(v: Values, keys: Keys):
    docs = []
    d = Doc("config/application.properties")
    d.l("spring.datasource.url=jdbc:postgresql://pay:", pos(URL, v.password(), "JDBC postgresql URL password in Spring properties"), "@pg.internal:5432/pay")
    d.l("spring.rabbitmq.addresses=amqps://pay:", pos(URL, v.password(), "amqps URL password in Spring properties"), "@mq.internal:5671")
    d.l("cloud.aws.credentials.access-key=", pos(AKID, v.aws_key_id(), "key id in Spring Cloud AWS properties"))
    d.l("cloud.aws.credentials.secret-key=", pos(AWS, v.aws_secret(), "secret-key after the access-key line in Spring properties"))
    d.l("spring.mail.password=", neg("${MAIL_PASSWORD}", "CONNECTION_URL_CREDENTIALS near miss: variable"))
    d.l("slack.webhook=", pos(SLACK, v.slack_webhook(), "incoming-webhook URL in Spring properties"))
    docs.append(d)
    d = Doc("config/runner/config.toml")
    d.l("concurrent = 4")
    d.l("[[runners]]")
    d.l("  name = \"docker-1\"")
    d.l("  url = \"https://gitlab.acme.io\"")
    d.l("  token = \"", pos(GL, v.gitlab_runner(), "glrt- runner authentication token in runner config.toml"), "\"")
    d.l("  executor = \"docker\"")
    d.l("[[runners]]")
    d.l("  name = \"docker-2\"")
    d.l("  token = \"", neg("glrt-" + v.m(TOKEN, 12), "GITLAB_TOKEN near miss: 12 characters after glrt-"), "\"")
    docs.append(d)
    d = Doc("config/gh/hosts.yml")
    d.l("github.com:")
    d.l("    oauth_token: ", pos(GH, v.github("gho"), "gho_ token in gh hosts.yml"))
    d.l("    user: acme-bot")
    d.l("    git_protocol: https")
    d.l("github.acme.io:")
    d.l("    oauth_token: ", neg("gho_" + "x" * 36, "GITHUB_TOKEN near miss: xxxx placeholder"))
    docs.append(d)
    d = Doc("config/.netrc")
    d.l("machine github.com login acme-bot password ", pos(GH, v.github("ghp"), "ghp_ token as a .netrc password"))
    d.l("machine gitlab.acme.io login oauth2 password ", pos(GL, v.gitlab("glpat"), "glpat- token as a .netrc password"))
    d.l("machine api.heroku.com login ops@acme.io password ", neg(v.uuid4(), "not a credential for any built-in identifier: UUID"))
    docs.append(d)
    d = Doc("config/pip.conf")
    d.l("[global]")
    d.l("index-url = https://pypi-reader:", pos(URL, v.password(), "https URL password in pip.conf"), "@pypi.internal/simple/")
    d.l("extra-index-url = https://pypi.org/simple/")
    docs.append(d)
    d = Doc("config/alembic.ini")
    d.l("[alembic]")
    d.l("script_location = migrations")
    d.l("sqlalchemy.url = mysql+pymysql://migrator:", pos(URL, v.password(), "password in an SQLAlchemy mysql+pymysql URL"), "@mysql.internal:3306/app")
    docs.append(d)
    d = Doc("config/rclone.conf")
    d.l("[s3-backup]")
    d.l("type = s3")
    d.l("provider = AWS")
    d.l("access_key_id = ", pos(AKID, v.aws_key_id(), "key id in rclone.conf"))
    d.l("secret_access_key = ", pos(AWS, v.aws_secret(), "secret_access_key in rclone.conf"))
    d.l()
    d.l("[s3-mirror]")
    d.l("type = s3")
    d.l("access_key_id = ", neg("AKIA" + v.s(BASE32, 12) + "1089", "AWS_ACCESS_KEY_ID near miss: digits outside the base32 alphabet"))
    d.l("secret_access_key = ", neg(v.aws_secret()[:30] + "-" + v.m(ALNUM, 9), "AWS_CREDENTIALS near miss: '-' is not in the alphabet"))
    d.l()
    d.l("[s3-archive]")
    d.l("type = s3")
    d.l("secret_access_key = ", neg(v.aws_secret() + v.pick(ALNUM), "AWS_CREDENTIALS near miss: 41 characters"))
    d.l("secret_access_key_sha1 = ", neg(v.git_sha(), "AWS_CREDENTIALS near miss: SHA-1 hex digest after an AWS keyword"))
    docs.append(d)
    d = Doc("config/s3cfg")
    d.l("[default]")
    d.l("access_key = ", pos(AKID, v.aws_key_id(), "key id in .s3cfg"))
    d.l("secret_key = ", pos(AWS, v.aws_secret(), "secret_key after access_key in .s3cfg"))
    d.l("host_base = s3.amazonaws.com")
    docs.append(d)
    return docs


@builder
def python_keys(v: Values, keys: Keys):
    d = Doc("src/tools/keys.py")
    d.l("\"\"\"Keys for the integration environment. Rotated? Not yet.\"\"\"")
    d.l()
    key = keys.next(SSH)
    d.l("BASTION_KEY = \"\"\"", pos(SSH, key.raw(), f"{key.kind} in a Python triple-quoted string"), "\n\"\"\"")
    d.l()
    key = keys.next(PGP)
    d.l("PACKAGE_SIGNING_KEY = '''", pos(PGP, key.raw(), f"{key.kind} in a Python triple-quoted string"), "\n'''")
    d.l()
    key = keys.next(PPK)
    d.l("WINDOWS_JUMP_PPK = \"\"\"", pos(PPK, key.raw(), f"{key.kind} in a Python triple-quoted string"), "\n\"\"\"")
    d.l()
    key = keys.next(SSH)
    d.l("CI_KEY = (")
    d.l("    \"", pos(SSH, key.concat("\\n\"\n    \""), f"{key.kind} as implicitly concatenated Python literals"), "\\n\"")
    d.l(")")
    key = keys.next(PGP, plain=True)
    d.l("GPG_JSON = '{\"key\": \"", pos(PGP, key.escaped("\\\\n"), f"{key.kind} with double-escaped \\\\n inside JSON inside a Python string"), "\\\\n\"}'")
    d.l("TOKEN_RE = r\"ghp_[A-Za-z0-9]{36}\"  # not a token")
    d.l("FIXTURE_AWS = \"", neg("XAKIA" + v.s(BASE32, 16), "AWS_ACCESS_KEY_ID near miss: part of a longer word"), "\"")
    return d


@builder
def xml_config(v: Values, keys: Keys):
    d = Doc("config/sso/saml-sp.xml")
    d.l("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    d.l("<sp entityId=\"https://app.acme.io/saml\">")
    key = keys.next(PKCS)
    d.l("  <PrivateKey>", pos(PKCS, key.raw(), f"{key.kind} in an XML element"), "</PrivateKey>")
    key = keys.next(SSH)
    d.l("  <SftpKey>", pos(SSH, key.raw(), f"{key.kind} in an XML element"), "</SftpKey>")
    key = keys.next(PGP)
    d.l("  <PgpKey>", pos(PGP, key.raw(), f"{key.kind} in an XML element"), "</PgpKey>")
    key = keys.next(PPK)
    d.l("  <PuttyKey>", pos(PPK, key.raw(), f"{key.kind} in an XML element"), "</PuttyKey>")
    d.l("  <Ldap url=\"ldap://cn=reader,dc=acme,dc=io:", pos(URL, v.password(), "ldap URL password in an XML attribute"), "@ldap.acme.io:389\"/>")
    d.l("  <Fingerprint>", neg(v.git_sha().upper(), "not a credential: certificate fingerprint"), "</Fingerprint>")
    d.l("</sp>")
    return d


@builder
def docs_setup(v: Values, keys: Keys):
    d = Doc("docs/setup.md")
    d.l("# Développement local — mise en route")
    d.l()
    d.l("Tokens in this guide are the vendors’ documented examples or placeholders “for illustration”, except where noted ⚠️.")
    d.l()
    d.l("## AWS")
    d.l()
    d.l("```ini")
    d.l("[default]")
    d.l("aws_access_key_id = ", neg("AKIAIOSFODNN7EXAMPLE", "AWS_ACCESS_KEY_ID near miss: documentation key id in docs"))
    d.l("aws_secret_access_key = ", neg("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS_CREDENTIALS near miss: documentation secret in docs"))
    d.l("```")
    d.l()
    d.l("⚠️ The shared staging key pair (rotate after the workshop):")
    d.l()
    d.l("| key id | secret |")
    d.l("|---|---|")
    d.l("| ", pos(AKID, v.aws_key_id(), "key id in a Markdown table"), " | ", pos(AWS, v.aws_secret(), "secret next to the key id in a Markdown table"), " |")
    d.l()
    d.l("## GitHub")
    d.l()
    d.l("Create a token at Settings → Developer settings and export it: `export GITHUB_TOKEN=", neg("<token>", "GITHUB_TOKEN near miss: placeholder in docs"), "`.")
    d.l("The CI bot uses `", pos(GH, v.github("ghp"), "ghp_ token in Markdown inline code"), "` (ask Zoë before rotating).")
    d.l()
    d.l("## Slack")
    d.l()
    d.l("Slack’s docs show `", neg("xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy", "SLACK_TOKEN near miss: Slack's documentation token"), "` and `", neg("xoxb-not-a-real-token-this-will-not-work", "SLACK_TOKEN near miss: documentation placeholder"), "`.")
    d.l("Our alerts webhook: ", pos(SLACK, v.slack_webhook(), "incoming-webhook URL in Markdown prose"))
    d.l("A truncated one in an old ticket: ", neg("https://hooks.slack.com/services/T" + v.s(UPPER_DIGITS, 8) + "/B" + v.s(UPPER_DIGITS, 10) + "/" + v.m(ALNUM, 12), "SLACK_TOKEN near miss: webhook secret too short"))
    d.l()
    d.l("## Stripe")
    d.l()
    d.l("Use test mode locally: `", neg("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "STRIPE_CREDENTIALS near miss: Stripe's documented test key"), "`. Never `", neg("sk_live_4eC39HqLyjWDarjtT1zdp7dc", "STRIPE_CREDENTIALS near miss: documentation key with a live prefix"), "`.")
    d.l("Short keys are rejected: ", neg("sk_live_" + v.m(ALNUM, 16), "STRIPE_CREDENTIALS near miss: 16 characters"))
    d.l()
    d.l("## Google")
    d.l()
    d.l("The sample key `", neg("AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe", "GCP_API_KEY near miss: widely published example key"), "` is not ours; ours is:")
    d.l()
    d.l("```js")
    d.l("const key = \"", pos(GAPI, v.gcp_api_key(), "Google API key in a Markdown code block"), "\";")
    d.l("```")
    d.l()
    d.l("## JWT")
    d.l()
    d.l("A token looks like `", neg("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.<payload>.<signature>", "JSON_WEB_TOKEN near miss: template"), "`; for example:")
    d.l()
    d.l("```http")
    d.l("GET /v1/me HTTP/1.1")
    d.l("Authorization: Bearer ", pos(JWT, v.jwt("HS256", name="Zoë Ångström"), "JWT in a Markdown HTTP code block"))
    d.l("```")
    d.l()
    d.l("## Database")
    d.l()
    d.l("- local: `", neg("postgres://app:your_password@localhost/app", "CONNECTION_URL_CREDENTIALS near miss: your_password placeholder"), "`")
    d.l("- shared dev: `mysql://dev:", pos(URL, v.password(), "mysql URL password in Markdown inline code"), "@dev-db.internal/app`")
    d.l("- masked in logs as `redis://:", neg("****", "CONNECTION_URL_CREDENTIALS near miss: masked password"), "@cache:6379`")
    d.l("- template: `mongodb://", neg("$MONGO_USER:$MONGO_PASS", "CONNECTION_URL_CREDENTIALS near miss: variables"), "@mongo:27017`")
    d.l("- `http://localhost:8080/signup?email=", neg("jane@corp.invalid", "CONNECTION_URL_CREDENTIALS near miss: e-mail in a query, no credentials"), "`")
    d.l()
    d.l("## SSH")
    d.l()
    d.l("```")
    key = keys.next(SSH)
    d.l(pos(SSH, key.raw(), f"{key.kind} in a Markdown code block"))
    d.l("```")
    d.l()
    d.l("```")
    key = keys.next(PPK)
    d.l(pos(PPK, key.raw(), f"{key.kind} in a Markdown code block"))
    d.l("```")
    d.l()
    d.l("```")
    key = keys.next(PGP)
    d.l(pos(PGP, key.raw(), f"{key.kind} in a Markdown code block"))
    d.l("```")
    d.l()
    d.l("    ", pos(PKCS, keys.next(PKCS).raw("    "), "PEM key in an indented Markdown code block"))
    d.l()
    d.w("Last updated by the platform team — merci !")
    return d


@builder
def docs_troubleshooting(v: Values, keys: Keys):
    d = Doc("docs/troubleshooting.md", crlf=True)
    d.l("# Troubleshooting (written on Windows, CRLF)")
    d.l()
    d.l("If `npm publish` fails with E401, check `~/.npmrc`:")
    d.l()
    d.l("```")
    d.l("//registry.npmjs.org/:_authToken=", pos(NPM, v.npm(), "npm_ token in a Markdown code block (CRLF)"))
    d.l("```")
    d.l()
    d.l("Not these: `", neg("npm_" + v.m(ALNUM, 35), "NPM_TOKEN near miss: 35 characters"), "`, `", neg("npm_package_version=1.4.2 npm_config_user_agent=npm/10.2.4", "NPM_TOKEN near miss: npm environment variables"), "`.")
    d.l()
    d.l("GitLab tokens that were rejected:")
    d.l()
    d.l("- `", neg("glpat-" + v.m(TOKEN, 18), "GITLAB_TOKEN near miss: 18 characters"), "` (too short)")
    d.l("- `", neg("glpat-XXXXXXXXXXXXXXXXXXXX", "GITLAB_TOKEN near miss: placeholder"), "`")
    d.l("- `", neg("glpax-" + v.m(TOKEN, 20), "GITLAB_TOKEN near miss: unknown prefix glpax-"), "`")
    d.l("- `", neg("glpat-<your-token>", "GITLAB_TOKEN near miss: placeholder"), "`")
    d.l()
    d.l("The one that works (revoke after the incident): `", pos(GL, v.gitlab("glpat"), "glpat- token in Markdown inline code (CRLF)"), "`.")
    d.l("Incoming e-mail token: ", pos(GL, v.gitlab_incoming_mail(), "glimt- incoming mail token in Markdown prose (CRLF)"))
    d.l("CI job token seen in a job log: ", pos(GL, v.gitlab_job_token(), "glcbt- CI job token in Markdown prose (CRLF)"))
    d.l()
    d.l("GitHub fine-grained tokens need two parts: `", neg("github_pat_11" + v.m(ALNUM, 19) + "_" + v.m(ALNUM, 59), "GITHUB_TOKEN near miss: fine-grained token with a 21-character first part"), "` is malformed.")
    d.l("Google keys: `", neg("AIzaSy" + v.m(TOKEN, 32), "GCP_API_KEY near miss: 34 characters after AIza"), "` (cut), `", neg("AIzaSy" + v.m(TOKEN, 34), "GCP_API_KEY near miss: 36 characters after AIza"), "` (extra character).")
    d.l("Slack: `", neg("xoxb-" + v.num(12) + "-" + v.num(13) + "-" + v.m(ALNUM, 11), "SLACK_TOKEN near miss: secret part too short"), "` was cut by the log shipper.")
    d.l("Stripe restricted test key: `", neg("rk_test_51" + v.m(ALNUM, 97), "STRIPE_CREDENTIALS near miss: restricted test-mode key"), "`")
    d.l()
    d.l("Service account for the nightly export:")
    d.l()
    d.l("```json")
    d.l(*gcp_service_account(v, keys.next("PKCS8"), "acme-export", "nightly", indent=2))
    d.l("```")
    return d


@builder
def mobile(v: Values, keys: Keys):
    docs = []
    d = Doc("mobile/android/app/google-services.json")
    d.l("{")
    d.l("  \"project_info\": {\"project_number\": \"", v.num(12), "\", \"project_id\": \"acme-mobile\"},")
    d.l("  \"client\": [")
    for n, pkg in enumerate(["io.acme.shop", "io.acme.shop.debug"]):
        d.l("    {\"client_info\": {\"mobilesdk_app_id\": \"1:", v.num(12), ":android:", v.hex(16), "\", \"android_client_info\": {\"package_name\": \"", pkg, "\"}},")
        d.l("     \"api_key\": [{\"current_key\": \"", pos(GAPI, v.gcp_api_key(), "Google API key in google-services.json"), "\"}]}", "," if n == 0 else "")
    d.l("  ],")
    d.l("  \"configuration_version\": \"1\"")
    d.l("}")
    docs.append(d)
    d = Doc("mobile/android/app/src/main/AndroidManifest.xml")
    d.l("<manifest xmlns:android=\"http://schemas.android.com/apk/res/android\" package=\"io.acme.shop\">")
    d.l("  <application android:label=\"Acme\">")
    d.l("    <meta-data android:name=\"com.google.android.geo.API_KEY\" android:value=\"", pos(GAPI, v.gcp_api_key(), "Google API key in an AndroidManifest meta-data attribute"), "\"/>")
    d.l("    <meta-data android:name=\"io.acme.STRIPE_KEY\" android:value=\"", neg("pk_live_" + v.m(ALNUM, 24), "STRIPE_CREDENTIALS near miss: publishable key (meant to ship in apps)"), "\"/>")
    d.l("  </application>")
    d.l("</manifest>")
    docs.append(d)
    d = Doc("mobile/ios/GoogleService-Info.plist", crlf=True)
    d.l("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    d.l("<plist version=\"1.0\">")
    d.l("<dict>")
    d.l("\t<key>API_KEY</key>")
    d.l("\t<string>", pos(GAPI, v.gcp_api_key(), "Google API key in GoogleService-Info.plist (CRLF)"), "</string>")
    d.l("\t<key>GCM_SENDER_ID</key>")
    d.l("\t<string>", v.num(12), "</string>")
    d.l("\t<key>GOOGLE_APP_ID</key>")
    d.l("\t<string>1:", v.num(12), ":ios:", v.hex(16), "</string>")
    d.l("</dict>")
    d.w("</plist>")
    docs.append(d)
    return docs


@builder
def home_configs(v: Values, keys: Keys):
    docs = []
    d = Doc("home/.npmrc")
    d.l("email=dev@acme.io")
    d.l("//registry.npmjs.org/:_authToken=", pos(NPM, v.uuid4(), "legacy UUID token in ~/.npmrc"))
    d.l("init-author-name=Acme Dev")
    docs.append(d)
    d = Doc("home/.config/stripe/config.toml")
    d.l("color = \"\"")
    d.l("[default]")
    d.l("  device_name = \"ana-laptop\"")
    d.l("  live_mode_api_key = \"", pos(STRIPE, v.stripe("rk"), "rk_live_ key in the Stripe CLI config"), "\"")
    d.l("  live_mode_pub_key = \"", neg("pk_live_51" + v.m(ALNUM, 97), "STRIPE_CREDENTIALS near miss: publishable key"), "\"")
    d.l("  test_mode_api_key = \"", neg("rk_test_51" + v.m(ALNUM, 97), "STRIPE_CREDENTIALS near miss: restricted test-mode key"), "\"")
    d.l("  test_mode_pub_key = \"", neg("pk_test_51" + v.m(ALNUM, 97), "STRIPE_CREDENTIALS near miss: publishable test key"), "\"")
    docs.append(d)
    d = Doc("home/.bash_history")
    d.l("ls -la")
    d.l("export STRIPE_API_KEY=", pos(STRIPE, v.stripe("sk"), "sk_live_ key in shell history"))
    d.l("curl -H 'Authorization: token ", pos(GH, v.github("ghp"), "ghp_ token in shell history (curl header)"), "' https://api.github.com/user")
    d.l("npm login --auth-type=legacy")
    d.l("echo $GITHUB_TOKEN")
    d.l("psql postgres://admin:", pos(URL, v.password(), "postgres URL password in shell history"), "@10.20.0.5:5432/postgres")
    d.l("ssh -i ~/.ssh/id_ed25519 ubuntu@10.20.0.7")
    d.w("git log -1 --format=%H  # ", neg(v.git_sha(), "not a credential: git SHA"))
    docs.append(d)
    return docs


# --- encoded variants -------------------------------------------------------------------------
#
# encoded/: credentials written inside base64, string escapes and URL percent-encoding, where
# trawl finds them only once it decodes the text (and a few that it finds either way). These
# documents come after all the others, from their own random generator and their own round of
# keys, so that the files above stay byte-identical.
#
# A label's span is in the source (the encoded bytes), the bytes trawl reports a decoded value
# by:
# - base64 (standard or url-safe, padded or not): decoded bytes [ds, de) of a run that starts
#   at s come from the base64 characters [s + ds//3*4, s + min(ceil(de/3)*4, length without
#   padding)), counted in base64 characters; a run wrapped over lines keeps its line breaks
#   inside the span (b64_parts maps each group to where it stands);
# - escapes in a quoted string (\/, \", \\, \n, \uXXXX, \xNN) and %XX triplets: from the first
#   byte of the escape or character that makes the value's first decoded byte to the last byte
#   of the one that makes its last (escape_parts: every character is escaped on its own).

ENCODED_BUILDERS = []
ENCODED_SALT = 28  # the encoded documents draw from Values(seed * 1000 + ENCODED_SALT)


def encoded_builder(fn):
    ENCODED_BUILDERS.append(fn)
    return fn


def b64_parts(parts, urlsafe: bool = False, pad: bool = True, wrap: int = 0, sep: str = "\n"):
    """The base64 of `parts` (text, bytes and plants, concatenated) as Doc parts: each plant
    becomes a plant over the base64 characters trawl reports its decoded value by (the whole
    groups of 4 holding its bytes, no padding). `wrap` cuts the run into lines of that many
    characters joined by `sep` (MIME: 76 and a line break); a span keeps the breaks inside it."""
    data = bytearray()
    spans = []
    for part in parts:
        if isinstance(part, Plant):
            raw = part.value if isinstance(part.value, bytes) else part.value.encode("utf-8")
            spans.append((len(data), len(data) + len(raw), part))
            data += raw
        else:
            data += part if isinstance(part, bytes) else part.encode("utf-8")
    enc = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(bytes(data)).decode()
    if not pad:
        enc = enc.rstrip("=")
    n = len(enc.rstrip("="))
    if wrap:
        text = sep.join(enc[i:i + wrap] for i in range(0, len(enc), wrap))
        at = [i // wrap * (wrap + len(sep)) + i % wrap for i in range(len(enc))]
    else:
        text, at = enc, list(range(len(enc)))
    assert all(text[at[i]] == enc[i] for i in range(len(enc)))
    out, cursor = [], 0
    for ds, de, plant in spans:
        start, end = at[ds // 3 * 4], at[min(-(-de // 3) * 4, n) - 1] + 1
        assert start >= cursor, f"two planted values share a base64 group: {plant.kind}"
        out += [text[cursor:start], Plant(text[start:end], plant.identifier, plant.kind)]
        cursor = end
    out.append(text[cursor:])
    return [p for p in out if p != ""]


def escape_parts(parts, esc):
    """`parts` with every text and plant escaped by `esc`, which escapes character by character
    (checked): a plant's span then runs from its first character's escape to its last's."""
    out = [Plant(esc(p.value), p.identifier, p.kind) if isinstance(p, Plant) else esc(p) for p in parts]
    whole = "".join(p.value if isinstance(p, Plant) else p for p in parts)
    assert esc(whole) == "".join(p.value if isinstance(p, Plant) else p for p in out)
    return out


def php_json(s: str) -> str:
    """PHP json_encode: JSON escapes, and `/` as `\\/`."""
    return json.dumps(s)[1:-1].replace("/", "\\/")


DOTNET_ESCAPES = {'"': "\\u0022", "'": "\\u0027", "+": "\\u002B", "<": "\\u003C", ">": "\\u003E",
                  "&": "\\u0026", "`": "\\u0060"}


def dotnet_json(s: str) -> str:
    """System.Text.Json with its default encoder (ASP.NET Core's JSON console logs): HTML-sensitive
    characters and `+` as upper-case \\uXXXX."""
    return "".join(DOTNET_ESCAPES.get(c) or json.dumps(c)[1:-1] for c in s)


GO_JS_ESCAPES = {'"': "\\u0022", "'": "\\u0027", "&": "\\u0026", "+": "\\u002b", "/": "\\/",
                 "<": "\\u003c", ">": "\\u003e", "`": "\\u0060", "\\": "\\\\", "\n": "\\n"}


def go_js(s: str) -> str:
    """Go html/template inside a JavaScript string."""
    return "".join(GO_JS_ESCAPES.get(c, c) for c in s)


DJANGO_ESCAPES = {"\\": "\\u005C", "'": "\\u0027", '"': "\\u0022", ">": "\\u003E", "<": "\\u003C",
                  "&": "\\u0026", "=": "\\u003D", "-": "\\u002D", ";": "\\u003B", "`": "\\u0060",
                  **{chr(c): f"\\u{c:04X}" for c in range(32)}}


def django_escapejs(s: str) -> str:
    """Django's escapejs filter."""
    return "".join(DJANGO_ESCAPES.get(c, c) for c in s)


def nginx_escape(s: str) -> str:
    """An nginx log variable (escape=default): `"`, `\\` and bytes outside 0x20..0x7e as \\xXX."""
    return "".join(f"\\x{ord(c):02X}" if c in '"\\' or not " " <= c <= "~" else c for c in s)


def pct(s: str) -> str:
    """encodeURIComponent (curl --data-urlencode alike): every byte but A-Za-z0-9 -_.!~*'() as %XX."""
    return urllib.parse.quote(s, safe="!~*'()")


def having(make, test):
    """The first value of `make` that passes `test` (a secret with a `/` for an escape to fall in)."""
    for _ in range(1000):
        value = make()
        if test(value):
            return value
    raise RuntimeError("no value passed the test")


def basic_with(v: Values, user: str, chars: str) -> str:
    """Basic credentials whose base64 has one of `chars` (`+` or `/`): base64 of ASCII text has
    them only where a `~`, `>` or `?` ends a group of three, so the password gets one of those."""
    def make():
        pw = v.mixed(ALNUM + "!#%^&*.-_", v.between(12, 20))
        at = v.between(1, len(pw) - 1)
        return base64.b64encode(f"{user}:{pw[:at]}{v.pick('~?')}{pw[at:]}".encode()).decode()
    return v.draw(lambda: having(make, lambda b: any(c in b for c in chars)))


def key_with(keys: Keys, pool: str, chars: str) -> Key:
    """The next key of `pool` whose text has one of `chars`."""
    for _ in range(len(keys.pools[pool])):
        key = keys.next(pool)
        if any(c in key.text() for c in chars):
            return key
    raise RuntimeError(f"no {pool} key has any of {chars}")


def negative(keys: Keys, ident: str, marker: str) -> str:
    """The negative example of `ident` in the TOML that contains `marker`."""
    return next(n for n in keys.negatives[ident] if marker in n)


def gzip_like(v: Values, n: int) -> bytes:
    """A gzip header and random bytes (not compressed by zlib, whose output may vary)."""
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + v.rng.randbytes(n)


def png_like(v: Values, n: int) -> bytes:
    ihdr = b"IHDR" + (64).to_bytes(4, "big") + (64).to_bytes(4, "big") + b"\x08\x06\x00\x00\x00"
    return b"\x89PNG\r\n\x1a\n" + len(ihdr[4:]).to_bytes(4, "big") + ihdr + v.rng.randbytes(4) + v.rng.randbytes(n)


def k8s_data(d: Doc, name: str, parts, **kw):
    """One `data:` entry of a Kubernetes Secret: `  name: <base64>`."""
    d.l("  ", name, ": ", *b64_parts(parts, **kw))


@encoded_builder
def enc_k8s_billing(v: Values, keys: Keys):
    d = Doc("encoded/k8s/billing-secrets.yaml")
    d.l("# kubectl get secret -n billing -o yaml, trimmed (metadata.managedFields removed)")
    d.l("apiVersion: v1")
    d.l("kind: Secret")
    d.l("metadata:")
    d.l("  name: billing-env")
    d.l("  namespace: billing")
    d.l("type: Opaque")
    d.l("data:")
    k8s_data(d, "APP_ENV", ["production"])
    k8s_data(d, "DATABASE_URL", ["postgres://billing:", pos(URL, v.password(), "postgres URL password in a base64 Kubernetes Secret value"),
                                 "@pg-primary.billing.svc.cluster.local:5432/billing?sslmode=require"])
    k8s_data(d, "GITHUB_TOKEN", [pos(GH, v.github("ghs"), "ghs_ token in a base64 Kubernetes Secret value")])
    k8s_data(d, "LOG_LEVEL", ["info"])
    k8s_data(d, "SESSION_KEY_DIGEST", [neg(v.sha256(), "not a credential: SHA-256 digest in a base64 Kubernetes Secret value")])
    k8s_data(d, "SLACK_BOT_TOKEN", [pos(SLACK, v.slack_bot(), "xoxb token in a base64 Kubernetes Secret value")])
    k8s_data(d, "STRIPE_SECRET_KEY", [pos(STRIPE, v.stripe("sk"), "sk_live_ key in a base64 Kubernetes Secret value")])
    d.l("---")
    d.l("apiVersion: v1")
    d.l("kind: Secret")
    d.l("metadata:")
    d.l("  name: aws-credentials")
    d.l("  namespace: billing")
    d.l("type: Opaque")
    d.l("data:")
    k8s_data(d, "config", [neg("[default]\nregion = eu-central-1\noutput = json\n", "not a credential: base64 of an AWS config file without a secret")])
    k8s_data(d, "credentials", ["[default]\naws_access_key_id = ", pos(AKID, v.aws_key_id(), "key id in a base64 ~/.aws/credentials (Kubernetes Secret)"),
                                "\naws_secret_access_key = ", pos(AWS, v.aws_secret(), "secret access key in a base64 ~/.aws/credentials (Kubernetes Secret)"), "\n"])
    d.l("---")
    d.l("apiVersion: v1")
    d.l("kind: Secret")
    d.l("metadata:")
    d.l("  name: billing-tls")
    d.l("  namespace: billing")
    d.l("type: kubernetes.io/tls")
    d.l("data:")
    cert = v.b64(420)
    cert = "\n".join(cert[i:i + 64] for i in range(0, len(cert), 64))
    k8s_data(d, "tls.crt", [neg(f"-----BEGIN CERTIFICATE-----\n{cert}\n-----END CERTIFICATE-----", "not a credential: base64 of a PEM certificate (Kubernetes TLS Secret)"), "\n"])
    key = keys.next(PKCS)
    k8s_data(d, "tls.key", [pos(PKCS, key.raw(), f"{key.kind} in a base64 Kubernetes TLS Secret (LS0tLS1CRUdJTi...)"), "\n"])
    d.l("---")
    d.l("apiVersion: v1")
    d.l("kind: Secret")
    d.l("metadata:")
    d.l("  name: git-sync")
    d.l("  namespace: billing")
    d.l("type: kubernetes.io/ssh-auth")
    d.l("data:")
    k8s_data(d, "known_hosts", [neg("github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + v.b64(32)[:43], "OPENSSH_PRIVATE_KEY near miss: base64 of a known_hosts public key line"), "\n"])
    key = keys.next(SSH)
    k8s_data(d, "ssh-privatekey", [pos(SSH, key.raw(), f"{key.kind} in a base64 Kubernetes ssh-auth Secret"), "\n"])
    d.l("---")
    d.l("apiVersion: v1")
    d.l("kind: Secret")
    d.l("metadata:")
    d.l("  name: gcp-sa")
    d.l("  namespace: billing")
    d.l("type: Opaque")
    d.l("data:")
    sa = gcp_service_account(v, keys.next("PKCS8"), "acme-billing", "billing-exporter", indent=2)
    sa[1] = Plant(sa[1].value, sa[1].identifier, sa[1].kind.replace("in a service-account JSON", "in a base64 service-account JSON (Kubernetes Secret)"))
    k8s_data(d, "key.json", [*sa, "\n"])
    d.l("---")
    d.l("apiVersion: v1")
    d.l("kind: Secret")
    d.l("metadata:")
    d.l("  name: billing-settings")
    d.l("  namespace: billing")
    d.l("stringData:")
    d.l("  INVOICE_PREFIX: ACME-")
    d.l("  EXPORT_BUCKET: s3://acme-billing-exports")
    d.l("  DATABASE_HOST: pg-primary.billing.svc.cluster.local")
    return d


@encoded_builder
def enc_k8s_worker(v: Values, keys: Keys):
    d = Doc("encoded/k8s/worker-env.yaml")
    d.l("apiVersion: v1")
    d.l("kind: Secret")
    d.l("metadata:")
    d.l("  name: worker-env")
    d.l("  annotations:")
    d.l("    kubectl.kubernetes.io/last-applied-configuration: \"\"")
    d.l("type: Opaque")
    d.l("data:")
    env = ["# worker - written by deploy-tool 3.2 from Vault, do not edit\n",
           "APP_ENV=production\n",
           "DATABASE_URL=mysql://worker:", pos(URL, v.password(), "mysql URL password in a base64 .env (Kubernetes Secret)"), "@mysql-0.mysql.data.svc:3306/jobs\n",
           "AWS_ACCESS_KEY_ID=", pos(AKID, v.aws_key_id(), "key id in a base64 .env (Kubernetes Secret)"), "\n",
           "AWS_SECRET_ACCESS_KEY=", pos(AWS, v.aws_secret(), "secret access key in a base64 .env (Kubernetes Secret)"), "\n",
           "STRIPE_API_KEY=", pos(STRIPE, v.stripe("rk"), "rk_live_ key in a base64 .env (Kubernetes Secret)"), "\n",
           "SLACK_WEBHOOK_URL=", pos(SLACK, v.slack_webhook(), "incoming-webhook URL in a base64 .env (Kubernetes Secret)"), "\n",
           "GITHUB_TOKEN=", pos(GH, v.github_pat(), "github_pat_ token in a base64 .env (Kubernetes Secret)"), "\n",
           "SENTRY_RELEASE=", neg(v.git_sha(), "not a credential: git SHA in a base64 .env"), "\n"]
    k8s_data(d, ".env", env)
    config = ["queue:\n  name: jobs\n  concurrency: 8\n",
              "gitlab:\n  url: https://gitlab.acme.io\n  token: ", pos(GL, v.gitlab_routable(True), "routable glpat- token in a base64 config.yml (Kubernetes Secret)"), "\n",
              "auth:\n  service_token: ", pos(JWT, v.jwt("RS256", iss="https://auth.acme.io", aud="jobs"), "RS256 JWT in a base64 config.yml (Kubernetes Secret)"), "\n",
              "  verify_key: |\n    ", neg(negative(keys, PKCS, "PUBLIC KEY").replace("\n", "\n    "), "PKCS near miss: base64 of a public key"), "\n"]
    k8s_data(d, "config.yml", config)
    d.l("---")
    d.l("# the template the chart ships; values are filled in at install time")
    d.l("apiVersion: v1")
    d.l("kind: Secret")
    d.l("metadata:")
    d.l("  name: worker-env-template")
    d.l("type: Opaque")
    d.l("data:")
    example = ["AWS_ACCESS_KEY_ID=", neg("AKIAIOSFODNN7EXAMPLE", "AWS_ACCESS_KEY_ID near miss: documentation key id, base64"), "\n",
               "AWS_SECRET_ACCESS_KEY=", neg("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS_CREDENTIALS near miss: documentation secret, base64"), "\n",
               "DATABASE_URL=", neg("postgresql://username:password@localhost:5432/mydb", "CONNECTION_URL_CREDENTIALS near miss: username:password placeholder, base64"), "\n",
               "GITHUB_TOKEN=", neg("${GITHUB_TOKEN}", "GITHUB_TOKEN near miss: variable reference, base64"), "\n",
               "SLACK_BOT_TOKEN=", neg("xoxb-your-bot-token", "SLACK_TOKEN near miss: placeholder, base64"), "\n",
               "STRIPE_API_KEY=", neg("sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "STRIPE_CREDENTIALS near miss: xxxx placeholder, base64"), "\n"]
    k8s_data(d, ".env", example)
    return d


@encoded_builder
def enc_ci_variables(v: Values, keys: Keys):
    d = Doc("encoded/ci/variables.env")
    d.l("# GitLab CI/CD variables of acme/platform, exported for the migration to the new runner fleet.")
    d.l("# Masked variables must be one line, so multi-line values were stored base64-encoded.")
    d.l("CI_REGISTRY_IMAGE=registry.acme.io/platform/api")
    key = keys.next(SSH)
    d.l("SSH_PRIVATE_KEY_B64=", *b64_parts([pos(SSH, key.raw(), f"{key.kind}, single-line base64 in a CI variable"), "\n"]))
    sa = gcp_service_account(v, keys.next("PKCS8"), "acme-platform", "gitlab-deployer", indent=None, order="minified")
    sa[1] = Plant(sa[1].value, GSA, sa[1].kind.replace("in a service-account JSON", "in a single-line base64 service-account JSON (CI variable)"))
    d.l("GCP_SA_KEY_BASE64=", *b64_parts(sa))
    key = keys.next(PGP)
    d.l("GPG_SIGNING_KEY_B64=", *b64_parts([pos(PGP, key.raw(), f"{key.kind}, single-line base64 in a CI variable"), "\n"]))
    key = keys.next(PPK)
    d.l("WINRM_PPK_B64=", *b64_parts([pos(PPK, key.raw(), f"{key.kind}, single-line base64 in a CI variable"), "\n"]))
    key = keys.next(PKCS)
    d.l("TLS_KEY_B64URL=", *b64_parts([pos(PKCS, key.raw(), f"{key.kind}, url-safe base64 without padding in a CI variable"), "\n"], urlsafe=True, pad=False))
    dotenv = ["GOOGLE_API_KEY=", pos(GAPI, v.gcp_api_key(), "Google API key in a single-line base64 .env (CI variable)"), "\n",
              "GITLAB_TOKEN=", pos(GL, v.gitlab("glpat"), "glpat- token in a single-line base64 .env (CI variable)"), "\n",
              "INTERNAL_API_JWT=", pos(JWT, v.jwt("HS256", scope="deploy"), "HS256 JWT in a single-line base64 .env (CI variable)"), "\n",
              "NPM_TOKEN=", pos(NPM, v.npm(), "npm_ token in a single-line base64 .env (CI variable)"), "\n"]
    d.l("DOTENV_PRODUCTION_B64=", *b64_parts(dotenv))
    slack = ["{\"app_token\":\"", pos(SLACK, v.slack_app(), "xapp token in url-safe base64 JSON without padding (CI variable)"),
             "\",\"bot_token\":\"", pos(SLACK, v.slack_bot(), "xoxb token in url-safe base64 JSON without padding (CI variable)"), "\",\"channel\":\"#deploys\"}"]
    d.l("SLACK_APP_CONFIG_B64URL=", *b64_parts(slack, urlsafe=True, pad=False))
    d.l("BUILD_CACHE_SEED_B64=", *b64_parts([neg(gzip_like(v, 90), "not a credential: base64 of gzip bytes")]))
    d.l("BADGE_PNG_B64=", *b64_parts([neg(png_like(v, 120), "not a credential: base64 of a PNG image")]))
    d.l("RELEASE_NOTES_B64=", *b64_parts([neg("Release 4.2: faster exports, the new invoice template, and a fix for the retry loop in the webhook worker. Thanks to everyone who tested the beta!\n",
                                              "not a credential: base64 of prose")]))
    d.l("LEGACY_GITHUB_TOKEN_B64=", *b64_parts([neg(bad_checksum(v.github("ghp")), "GITHUB_TOKEN near miss: CRC32 does not match, base64")]))
    d.l("LEGACY_NPM_TOKEN_B64=", *b64_parts([neg("npm_" + v.m(ALNUM, 35), "NPM_TOKEN near miss: 35 characters, base64")]))
    d.l("ID_TOKEN_FIXTURE_B64=", *b64_parts([neg(ex.b64url(b'{"typ":"JWT"}') + "." + ex.b64url(b'{"sub":"1"}') + "." + ex.b64url(v.rng.randbytes(16)), "JSON_WEB_TOKEN near miss: header without alg, base64")]))
    d.l("GH_TOKEN_TEMPLATE_B64=", *b64_parts(["GITHUB_TOKEN=", neg("${GITHUB_TOKEN}", "GITHUB_TOKEN near miss: variable reference, base64"), "\n"]))
    return d


def mime_part(d: Doc, boundary: str, headers, parts):
    d.l("--", boundary)
    for h in headers:
        d.l(h)
    d.l("Content-Transfer-Encoding: base64")
    d.l()
    d.l(*b64_parts(parts, wrap=76))
    d.l()


@encoded_builder
def enc_mail(v: Values, keys: Keys):
    d = Doc("encoded/mail/fwd-staging-config.eml", crlf=True)
    boundary = "----=_Part_" + v.num(6) + "_" + v.num(9) + "." + v.num(13)
    d.l("Return-Path: <lena.brandt@acme.io>")
    d.l("Received: from mail-ej1-f41.google.com (mail-ej1-f41.google.com [209.85.218.41])")
    d.l("\tby mx.acme.io (Postfix) with ESMTPS id 4WKq2n0Zc1z9sRk")
    d.l("\tfor <ops@acme.io>; Thu, 11 Jul 2024 09:14:02 +0200 (CEST)")
    d.l("From: Lena Brandt <lena.brandt@acme.io>")
    d.l("To: ops@acme.io")
    d.l("Subject: Fwd: staging config for the contractor")
    d.l("Date: Thu, 11 Jul 2024 09:13:58 +0200")
    d.l("Message-ID: <", v.hex(24), "@mail.acme.io>")
    d.l("MIME-Version: 1.0")
    d.l("Content-Type: multipart/mixed; boundary=\"", boundary, "\"")
    d.l()
    d.l("This is a multi-part message in MIME format.")
    d.l()
    mime_part(d, boundary, ["Content-Type: text/plain; charset=utf-8"],
              [neg("Hi all,\n\nas discussed, here is the staging configuration for the contractor, plus the deploy key for the "
                   "release box. Please rotate everything once the audit is over. The logo is for the status page.\n\n"
                   "Thanks,\nLena\n", "not a credential: base64 of an e-mail body")])
    env = ["# staging - exported 2024-07-10\n",
           "DATABASE_URL=postgres://staging_app:", pos(URL, v.password(), "postgres URL password in a MIME base64 attachment (76-character lines)"), "@pg-staging.acme.internal:5432/app\n",
           "STRIPE_SECRET_KEY=", pos(STRIPE, v.stripe("sk"), "sk_live_ key in a MIME base64 attachment (76-character lines)"), "\n",
           "SLACK_USER_TOKEN=", pos(SLACK, v.slack_user(), "xoxp user token in a MIME base64 attachment (76-character lines)"), "\n",
           "AWS_ACCESS_KEY_ID=", pos(AKID, v.aws_key_id(), "key id in a MIME base64 attachment (76-character lines)"), "\n",
           "AWS_SECRET_ACCESS_KEY=", pos(AWS, v.aws_secret(), "secret access key in a MIME base64 attachment (76-character lines)"), "\n",
           "PARTNER_AUTH_HEADER=\"Authorization: Basic ", pos(BASIC, v.basic("acme-staging"), "Basic credentials in a MIME base64 attachment (76-character lines)"), "\"\n",
           "GITLAB_TOKEN=", pos(GL, v.gitlab("glpat"), "glpat- token in a MIME base64 attachment (76-character lines)"), "\n",
           "FEATURE_FLAGS=new-invoices,fast-export\n"]
    mime_part(d, boundary, ["Content-Type: text/plain; charset=utf-8; name=\"staging.env\"",
                            "Content-Disposition: attachment; filename=\"staging.env\""], env)
    config = ["# config.yml (staging)\nserver:\n  port: 8080\n",
              "github:\n  app: acme-release-bot\n  token: ", pos(GH, v.github("ghp"), "ghp_ token in a MIME base64 config.yml attachment"), "\n",
              "auth:\n  service_token: ", pos(JWT, v.jwt("HS256", role="contractor"), "HS256 JWT in a MIME base64 config.yml attachment"), "\n",
              "mail:\n  url: smtps://mailer:", pos(URL, v.password(), "smtps URL password in a MIME base64 config.yml attachment"), "@smtp.acme.io:465\n"]
    mime_part(d, boundary, ["Content-Type: application/x-yaml; name=\"config.yml\"",
                            "Content-Disposition: attachment; filename=\"config.yml\""], config)
    key = keys.next(SSH)
    mime_part(d, boundary, ["Content-Type: application/octet-stream; name=\"release_ed25519\"",
                            "Content-Disposition: attachment; filename=\"release_ed25519\""],
              [pos(SSH, key.raw(), f"{key.kind} in a MIME base64 attachment (76-character lines)"), "\n"])
    mime_part(d, boundary, ["Content-Type: image/png; name=\"logo.png\"",
                            "Content-Disposition: inline; filename=\"logo.png\""],
              [neg(png_like(v, 300), "not a credential: base64 of a PNG image (MIME attachment)")])
    d.l("--", boundary, "--")
    return d


@encoded_builder
def enc_php_json(v: Values, keys: Keys):
    d = Doc("encoded/php/plugin-settings.json")
    secret = having(v.aws_secret, lambda s: "/" in s)
    basic = basic_with(v, "shop-sync", "/")
    pkcs = key_with(keys, PKCS, "/")
    ppk = key_with(keys, PPK, "/")
    pgp = key_with(keys, PGP, "/")
    fields = [
        ("site_url", ["https://shop.acme.io"]),
        ("slack_webhook", [pos(SLACK, v.slack_webhook(), "incoming-webhook URL with escaped slashes (PHP json_encode)")]),
        ("db_dsn", ["mysql://wp_shop:", pos(URL, v.password(), "mysql URL password, URL with escaped slashes (PHP json_encode)"), "@db.internal:3306/wp_shop"]),
        ("mailer_dsn", ["smtp://postmaster%40mg.acme.io:", pos(URL, v.password(), "smtp URL password, URL with escaped slashes and a percent-encoded user (PHP json_encode)"), "@smtp.mailgun.org:587"]),
        ("cdn_url", [neg("https://cdn.acme.io/assets/", "CONNECTION_URL_CREDENTIALS near miss: URL without credentials, escaped slashes")]),
        ("fallback_dsn", [neg("postgresql://username:password@localhost:5432/mydb", "CONNECTION_URL_CREDENTIALS near miss: username:password placeholder, escaped slashes")]),
        ("s3_access_key", [pos(AKID, v.aws_key_id(), "key id in PHP json_encode output")]),
        ("aws_secret", [pos(AWS, secret, "secret access key with escaped slashes (PHP json_encode)")]),
        ("github_token", [neg("${GITHUB_TOKEN}", "GITHUB_TOKEN near miss: variable reference in PHP json_encode output")]),
        ("partner_auth", ["Authorization: Basic ", pos(BASIC, basic, "Basic credentials with escaped slashes (PHP json_encode)")]),
        ("signing_key", [pos(PKCS, pkcs.raw(), f"{pkcs.kind} with escaped slashes and \\n (PHP json_encode)"), "\n"]),
        ("putty_key", [pos(PPK, ppk.raw(), f"{ppk.kind} with escaped slashes and \\n (PHP json_encode)"), "\n"]),
        ("gpg_key", [pos(PGP, pgp.raw(), f"{pgp.kind} with escaped slashes and \\n (PHP json_encode)"), "\n"]),
    ]
    d.l("{")
    for n, (name, parts) in enumerate(fields):
        d.l("    \"", name, "\": \"", *escape_parts(parts, php_json), "\"", "," if n + 1 < len(fields) else "")
    d.w("}")
    return d


def dotnet_log(d: Doc, level: str, category: str, message):
    """One line of ASP.NET Core's JSON console formatter (without its State object)."""
    d.l("{\"EventId\":0,\"LogLevel\":\"", level, "\",\"Category\":\"", category, "\",\"Message\":\"", *escape_parts(message, dotnet_json), "\"}")


@encoded_builder
def enc_dotnet_log(v: Values, keys: Keys):
    d = Doc("encoded/dotnet/orders-api.log")
    secret = having(v.aws_secret, lambda s: "+" in s)
    basic = basic_with(v, "orders-api", "+")
    dotnet_log(d, "Information", "Microsoft.Hosting.Lifetime", ["Now listening on: http://[::]:8080"])
    dotnet_log(d, "Information", "Orders.Data.MongoContext",
               ["Using connection string mongodb+srv://orders:", pos(URL, v.password(), "mongodb+srv URL password, + as \\u002B and & as \\u0026 (.NET JSON log)"),
                "@cluster0.k3v9q.mongodb.net/orders?retryWrites=true&w=majority"])
    dotnet_log(d, "Warning", "Orders.Data.MongoContext",
               ["Fallback connection string mongodb+srv://orders:", neg("${MONGO_PASSWORD}", "CONNECTION_URL_CREDENTIALS near miss: variable as password (.NET JSON log)"),
                "@cluster0.k3v9q.mongodb.net/orders"])
    dotnet_log(d, "Debug", "Orders.Storage.S3Factory",
               ["Loaded credentials AccessKeyId=", pos(AKID, v.aws_key_id(), "key id in a .NET JSON log"),
                " SecretAccessKey=", pos(AWS, secret, "secret access key with + as \\u002B (.NET JSON log)")])
    dotnet_log(d, "Debug", "Orders.Storage.S3Factory",
               ["Sample credentials from appsettings.Development.json: AccessKeyId=", neg("AKIAIOSFODNN7EXAMPLE", "AWS_ACCESS_KEY_ID near miss: documentation key id (.NET JSON log)")])
    dotnet_log(d, "Debug", "System.Net.Http.HttpClient.partner.LogicalHandler",
               ["Request headers: 'Authorization: Basic ", pos(BASIC, basic, "Basic credentials with + as \\u002B, in \\u0027 quotes (.NET JSON log)"), "'"])
    dotnet_log(d, "Debug", "System.Net.Http.HttpClient.legacy.LogicalHandler",
               ["Request headers: 'Authorization: Basic ", neg("dXNlcm5hbWU6cGFzc3dvcmQ=", "HTTP_BASIC_AUTH_HEADER near miss: username:password documentation value (.NET JSON log)"), "'"])
    dotnet_log(d, "Information", "Orders.Notifications.Slack", ["Posting with token '", pos(SLACK, v.slack_bot(), "xoxb token in \\u0027 quotes (.NET JSON log)"), "' to #orders"])
    dotnet_log(d, "Information", "Orders.Auth.TokenClient", ["Got token \"", pos(JWT, v.jwt("RS256", iss="https://login.acme.io", aud="orders"), "RS256 JWT in \\u0022 quotes (.NET JSON log)"), "\" (expires in 3600 s)"])
    dotnet_log(d, "Warning", "Orders.Payments.Stripe", ["Refusing test key \"", neg("sk_test_" + v.m(ALNUM, 24), "STRIPE_CREDENTIALS near miss: test-mode key (.NET JSON log)"), "\" in Production"])
    key = key_with(keys, PKCS, "+")
    dotnet_log(d, "Error", "Orders.Signing.KeyLoader", ["Cannot parse signing key <", pos(PKCS, key.raw(), f"{key.kind} with \\n and \\u002B escapes (.NET JSON log)"), ">: unsupported format"])
    key = key_with(keys, SSH, "+")
    dotnet_log(d, "Error", "Orders.Git.DeployKey", ["ssh: could not load key \"", pos(SSH, key.raw(), f"{key.kind} with \\n and \\u002B escapes (.NET JSON log)"), "\""])
    sa = gcp_service_account(v, key_with(keys, "PKCS8", "+"), "acme-orders", "orders-api", indent=None)
    sa[1] = Plant(sa[1].value, GSA, sa[1].kind.replace("in a service-account JSON", "in a service-account JSON escaped with \\u0022 (.NET JSON log)"))
    dotnet_log(d, "Error", "Orders.Gcp.CredentialFactory", ["Invalid credential JSON: ", *sa])
    dotnet_log(d, "Information", "Microsoft.Hosting.Lifetime", ["Application is shutting down..."])
    return d


@encoded_builder
def enc_web_page(v: Values, keys: Keys):
    d = Doc("encoded/web/admin-dashboard.html")
    jwt = having(lambda: v.jwt("HS256", role="admin", sid=v.hex(8)), lambda s: "-" in s)
    maps = having(v.gcp_api_key, lambda s: "-" in s)
    pw = v.draw(lambda: (lambda p, at: p[:at] + "-" + p[at:])(v.password(), v.between(3, 9)))
    d.l("<!DOCTYPE html>")
    d.l("<html lang=\"en\">")
    d.l("<head>")
    d.l("  <meta charset=\"utf-8\">")
    d.l("  <title>Acme admin - dashboard</title>")
    d.l("  <!-- saved from https://admin.acme.io/dashboard/ (Django, DEBUG=True) -->")
    d.l("  <script>")
    d.l("    window.ADMIN_CONFIG = {")

    def js(name, parts, esc, last=False):
        d.l("      ", name, ": \"", *escape_parts(parts, esc), "\"", "" if last else ",")

    js("slackToken", [pos(SLACK, v.slack_bot(), "xoxb token with - as \\u002D (Django escapejs)")], django_escapejs)
    js("gitlabToken", [pos(GL, v.gitlab("glpat"), "glpat- token with - as \\u002D (Django escapejs)")], django_escapejs)
    js("mapsKey", [pos(GAPI, maps, "Google API key with - as \\u002D (Django escapejs)")], django_escapejs)
    js("reportsDb", ["postgres://reports:", pos(URL, pw, "postgres URL password with - as \\u002D (Django escapejs)"), "@reports-db.internal:5432/reports"], django_escapejs)
    js("session", [pos(JWT, jwt, "HS256 JWT with - as \\u002D (Django escapejs)")], django_escapejs)
    js("githubToken", [neg("<token>", "GITHUB_TOKEN near miss: angle-bracket placeholder as \\u003C...\\u003E (Django escapejs)")], django_escapejs)
    js("slackFallback", [neg("xoxb-your-bot-token", "SLACK_TOKEN near miss: placeholder (Django escapejs)")], django_escapejs)
    key = keys.next(PKCS)
    js("samlKey", [pos(PKCS, key.raw(), f"{key.kind} with every - = and newline as \\uXXXX (Django escapejs)")], django_escapejs, last=True)
    d.l("    };")
    d.l("  </script>")
    d.l("</head>")
    d.l("<body>")
    d.l("  <div id=\"app\"></div>")
    d.l("  <!-- the status widget is rendered by the Go sidecar (html/template) -->")
    d.l("  <script>")
    d.l("    var statusWidget = {")
    secret = having(v.aws_secret, lambda s: "/" in s and "+" in s)
    basic = basic_with(v, "status-widget", "+/")
    js("alertsWebhook", [pos(SLACK, v.slack_webhook(), "incoming-webhook URL with \\/ escapes (Go html/template)")], go_js)
    js("secretAccessKey", [pos(AWS, secret, "secret access key with \\/ and \\u002b escapes (Go html/template)")], go_js)
    js("probeAuth", ["Authorization: Basic ", pos(BASIC, basic, "Basic credentials with \\/ or \\u002b escapes (Go html/template)")], go_js)
    js("tokenFormat", [neg("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.<payload>.<signature>", "JSON_WEB_TOKEN near miss: template with \\u003c...\\u003e (Go html/template)")], go_js, last=True)
    d.l("    };")
    d.l("  </script>")
    d.l("</body>")
    d.w("</html>\n")
    return d


@encoded_builder
def enc_nginx_body(v: Values, keys: Keys):
    d = Doc("encoded/logs/nginx-request-body.log")
    d.l("# log_format body '$remote_addr [$time_local] \"$request\" $status \"$request_body\"';  (escape=default)")
    t = [0]

    def line(path, body, status=200):
        t[0] += v.between(3, 250)
        ip = f"10.{v.between(0, 3)}.{v.between(0, 255)}.{v.between(2, 254)}"
        d.l(ip, f" [11/Jul/2024:14:{t[0] // 60:02d}:{t[0] % 60:02d} +0000] \"POST {path} HTTP/1.1\" {status} \"", *escape_parts(body, nginx_escape), "\"")

    key = keys.next(SSH)
    line("/api/v1/notify", ["{\"channel\":\"#ops\",\"token\":\"", pos(SLACK, v.slack_user(), "xoxp token in a JSON request body, quotes as \\x22 (nginx log)"), "\"}"])
    line("/api/v1/notify", ["{\"channel\":\"#ops\",\"token\":\"", neg("xoxb-not-a-real-token-this-will-not-work", "SLACK_TOKEN near miss: documentation placeholder (nginx log)"), "\"}"], 401)
    line("/api/v1/storage/test", ["{\"aws_access_key_id\":\"", pos(AKID, v.aws_key_id(), "key id in a JSON request body, quotes as \\x22 (nginx log)"),
                                  "\",\"aws_secret_access_key\":\"", pos(AWS, v.aws_secret(), "secret access key in a JSON request body, quotes as \\x22 (nginx log)"), "\",\"bucket\":\"acme-exports\"}"])
    line("/api/v1/storage/test", ["{\"aws_access_key_id\":\"", neg("AKIAIOSFODNN7EXAMPLE", "AWS_ACCESS_KEY_ID near miss: documentation key id (nginx log)"),
                                  "\",\"aws_secret_access_key\":\"", neg("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS_CREDENTIALS near miss: documentation secret (nginx log)"), "\",\"bucket\":\"acme-exports\"}"], 403)
    line("/api/v1/deploy-keys", ["{\"title\":\"release\",\"key\":\"", pos(SSH, key.escaped(), f"{key.kind}, JSON \\n as \\x5Cn (nginx log)"), "\\n\"}"], 201)
    line("/api/v1/registry/token", ["{\"npm_token\":\"", pos(NPM, v.npm(), "npm_ token in a JSON request body, quotes as \\x22 (nginx log)"), "\"}"])
    line("/api/v1/registry/token", ["{\"npm_token\":\"", neg("npm_" + v.m(ALNUM, 35), "NPM_TOKEN near miss: 35 characters (nginx log)"), "\"}"], 422)
    line("/api/v1/billing/keys", ["{\"provider\":\"stripe\",\"secret\":\"", pos(STRIPE, v.stripe("rk"), "rk_live_ key in a JSON request body, quotes as \\x22 (nginx log)"), "\"}"])
    line("/api/v1/sources", ["{\"name\":\"warehouse\",\"dsn\":\"postgres://etl:", pos(URL, v.password(), "postgres URL password in a JSON request body (nginx log)"), "@warehouse.internal:5432/dw\"}"], 201)
    line("/api/v1/maps/config", ["{\"api_key\":\"", pos(GAPI, v.gcp_api_key(), "Google API key in a JSON request body, quotes as \\x22 (nginx log)"), "\"}"])
    line("/api/v1/scm/connect", ["{\"github_token\":\"", neg(bad_checksum(v.github("ghp")), "GITHUB_TOKEN near miss: CRC32 does not match (nginx log)"), "\"}"], 401)
    line("/api/v1/session", ["{\"id_token\":\"", neg("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.", "JSON_WEB_TOKEN near miss: unsigned (alg none, empty signature) (nginx log)"), "\"}"], 401)
    payload = "{\"text\":\"deployed billing 4.2\",\"token\":\"@@T@@\"}"
    a, b = payload.split("@@T@@")
    line("/hooks/legacy", ["payload=", *escape_parts([a, pos(SLACK, v.slack_bot(), "xoxb token in a percent-encoded form body (nginx log)"), b], pct)])
    return d


@encoded_builder
def enc_access_query(v: Values, keys: Keys):
    d = Doc("encoded/logs/access-query.log")
    secret = having(v.aws_secret, lambda s: "/" in s or "+" in s)
    t = [0]

    def get(path, query, status=200, agent="Mozilla/5.0 (X11; Linux x86_64)"):
        t[0] += v.between(2, 200)
        ip = f"198.51.100.{v.between(1, 254)}"
        stamp = f"[11/Jul/2024:16:{t[0] // 60:02d}:{t[0] % 60:02d} +0000]"
        d.l(ip, " - - ", stamp, " \"GET ", path, "?", *query, " HTTP/1.1\" ", str(status), " ", str(v.between(120, 9000)), " \"-\" \"", agent, "\"")

    def q(name, parts):
        return [name, "=", *escape_parts(parts, pct)]

    get("/admin/datasources/test", q("dsn", ["postgres://grafana:", pos(URL, v.password(), "postgres URL password, percent-encoded in a query string"), "@pg-metrics.internal:5432/metrics"]))
    get("/admin/datasources/test", q("dsn", [neg("postgres://localhost:5432/dev", "CONNECTION_URL_CREDENTIALS near miss: percent-encoded URL without credentials")]))
    get("/admin/datasources/test", q("dsn", [neg("postgresql://username:password@localhost:5432/mydb", "CONNECTION_URL_CREDENTIALS near miss: username:password placeholder, percent-encoded")]), 400)
    get("/proxy", q("url", ["https://ci-bot:", pos(URL, v.password(), "https URL password, percent-encoded in a query string"), "@nexus.internal/repository/raw/"]), 502)
    get("/track", [*q("src", ["mongodb+srv://analytics:", pos(URL, v.password(), "mongodb+srv URL password, percent-encoded (%2B) in a query string"), "@cluster2.ab12c.mongodb.net/events"]), "&v=2"])
    get("/integrations/slack/callback", [*q("redirect", [pos(SLACK, v.slack_webhook(), "incoming-webhook URL, percent-encoded in a query string")]), "&state=", v.hex(12)], 302)
    get("/integrations/slack/callback", q("redirect", [neg("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "SLACK_TOKEN near miss: documentation webhook, percent-encoded")]), 302)
    get("/embed/map", q("cfg", ["{\"key\":\"", pos(GAPI, v.gcp_api_key(), "Google API key in percent-encoded JSON in a query string"), "\",\"zoom\":12}"]))
    get("/debug/storage", q("config", ["aws_access_key_id=", pos(AKID, v.aws_key_id(), "key id in a percent-encoded INI in a query string"),
                                       "\naws_secret_access_key=", pos(AWS, secret, "secret access key in a percent-encoded INI in a query string"), "\n"]), 500)
    get("/debug/storage", q("config", ["aws_access_key_id=", neg("AKIAIOSFODNN7EXAMPLE", "AWS_ACCESS_KEY_ID near miss: documentation key id, percent-encoded"), "\n"]), 500)
    get("/setup/npm", q("npmrc", ["//registry.npmjs.org/:_authToken=", pos(NPM, v.npm(), "npm_ token in a percent-encoded .npmrc line in a query string"), "\n"]), 200, "npm/10.2.4 node/v20.11.0")
    get("/setup/github", q("token", [neg("${GITHUB_TOKEN}", "GITHUB_TOKEN near miss: variable reference, percent-encoded")]), 400, "curl/8.5.0")
    get("/signup", q("email", [neg("jane@corp.invalid", "CONNECTION_URL_CREDENTIALS near miss: e-mail in a query, percent-encoded")]))
    get("/login", q("next", [neg("https://app.acme.io/settings/tokens?tab=personal", "CONNECTION_URL_CREDENTIALS near miss: percent-encoded URL without credentials")]), 302)
    return d


@encoded_builder
def enc_provision_log(v: Values, keys: Keys):
    d = Doc("encoded/logs/provision-http.log")
    t = [0]

    def log(level, msg, *parts):
        t[0] += v.between(40, 900)
        d.l(f"2024-07-11T07:{t[0] // 60000 % 60:02d}:{t[0] // 1000 % 60:02d}.{t[0] % 1000:03d}Z ", level, " [provision] ", msg, *parts)

    ssh = keys.next(SSH)
    payload = json.dumps({"": "0", "credentials": {"scope": "GLOBAL", "id": "release-deploy-key", "username": "git",
                                                   "privateKeySource": {"stapler-class": "com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey$DirectEntryPrivateKeySource",
                                                                        "privateKey": "@@KEY@@"},
                                                   "description": "release deploy key",
                                                   "$class": "com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey"}},
                         separators=(",", ":"))  # JSON.stringify
    a, b = payload.split("@@KEY@@")
    log("DEBUG", "POST https://jenkins.acme.io/credentials/store/system/domain/_/createCredentials body=json=",
        *escape_parts([a, pos(SSH, ssh.escaped(), f"{ssh.kind} in percent-encoded JSON in a form body (%5Cn escapes)"), "\\n" + b], pct))
    log("INFO ", "jenkins credential release-deploy-key created (HTTP 302)")
    pem = keys.next(PKCS)
    log("DEBUG", "POST https://vault-ui.acme.io/v1/pki/config/ca body=pem_bundle=",
        *escape_parts([pos(PKCS, pem.raw(), f"{pem.kind} percent-encoded in a form body (%0A newlines)"), "\n"], pct))
    log("DEBUG", "POST https://vault-ui.acme.io/v1/pki/config/ca body=pem_bundle=",
        *escape_parts([neg(negative(keys, PKCS, "PUBLIC KEY"), "PKCS near miss: public key, percent-encoded in a form body"), "\n"], pct))
    pgp = keys.next(PGP)
    log("DEBUG", "POST https://artifacts.acme.io/api/gpg/key/private body=key=",
        *escape_parts([pos(PGP, pgp.raw(), f"{pgp.kind} percent-encoded in a form body"), "\n"], pct), "&passphrase=")
    ppk = keys.next(PPK)
    log("DEBUG", "POST https://winrm-gw.acme.io/agents/keys body=name=build-agent&ppk=",
        *escape_parts([pos(PPK, ppk.raw(), f"{ppk.kind} percent-encoded in a form body"), "\n"], pct))
    log("DEBUG", "POST https://winrm-gw.acme.io/agents/keys body=name=build-agent-pub&ppk=",
        *escape_parts([neg(negative(keys, PPK, "SSH2 PUBLIC KEY"), "PUTTY_PRIVATE_KEY near miss: SSH2 public key, percent-encoded in a form body"), "\n"], pct))
    log("DEBUG", "POST https://gitlab.acme.io/api/v4/projects/42/variables body=key=REGISTRY_URL&value=",
        *escape_parts(["https://deploy:", pos(URL, v.password(), "https URL password, percent-encoded as a form value"), "@registry.acme.io/"], pct), "&masked=false")
    log("DEBUG", "POST https://gitlab.acme.io/api/v4/projects/42/variables body=key=STRIPE_CONFIG&value=",
        *escape_parts(["{\"secret_key\":\"", pos(STRIPE, v.stripe("sk"), "sk_live_ key in percent-encoded JSON as a form value"), "\"}"], pct), "&masked=true")
    log("DEBUG", "POST https://gitlab.acme.io/api/v4/projects/42/variables body=key=DEPLOY_TOKEN&value=",
        *escape_parts([neg("${DEPLOY_TOKEN}", "GITLAB_TOKEN near miss: variable reference, percent-encoded form value")], pct), "&masked=true")
    log("INFO ", "checking database at postgres://app:", pos(URL, v.password(special=True), "postgres URL password with a percent-encoded character (raw URL)"), "@db.internal:5432/app")
    log("INFO ", "done in ", str(t[0] // 1000), " s")
    return d


# --- main -------------------------------------------------------------------------------------

def encoded_keys(spec) -> Keys:
    """A round of keys of its own for encoded/ (the PuTTY keys only: not one wrapped in JSON)."""
    keys = Keys(spec)
    keys.pools[PPK] = [k for k in keys.pools[PPK] if k.lines[0].startswith("PuTTY-User-Key-File-")]
    return keys


def generate(seed: int):
    """Returns {relative path: bytes} and the labels, in a fixed order."""
    spec = load_toml()
    files = {}
    labels = []

    def run(builders, v, keys):
        nonlocal labels
        for build in builders:
            out = build(v, keys)
            for doc in out if isinstance(out, list) else [out]:
                assert doc.path not in files, doc.path
                data, doc_labels = doc.render()
                files[doc.path] = data
                labels += doc_labels

    run(BUILDERS, Values(seed), Keys(spec))
    # After all the others, from a generator of their own: the files above do not change.
    run(ENCODED_BUILDERS, Values(seed * 1000 + ENCODED_SALT), encoded_keys(spec))
    counts = {i: 0 for i in ALL_IDS}
    for label in labels:
        if label["identifier"]:
            counts[label["identifier"]] += 1
    short = {i: n for i, n in counts.items() if n < MIN_POSITIVES}
    if short:
        raise SystemExit(f"too few positives: {short}")
    return files, labels, counts


def write_encoded_only(out: Path, files, labels) -> None:
    """Rewrites out/encoded/ and its lines of labels.jsonl; every other file and label line is
    left as it is (the committed ones no longer all come out of this generator: README)."""
    label_path = out / "labels.jsonl"
    if not label_path.exists():
        raise SystemExit(f"{label_path} does not exist; run without --encoded-only first")
    shutil.rmtree(out / "encoded", ignore_errors=True)
    for path, data in files.items():
        if path.startswith("encoded/"):
            target = out / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    kept = [line for line in label_path.read_text(encoding="utf-8").splitlines(keepends=True)
            if not json.loads(line)["file"].startswith("encoded/")]
    new = [json.dumps(lab, ensure_ascii=False) + "\n" for lab in sorted(
        (lab for lab in labels if lab["file"].startswith("encoded/")), key=lambda lab: (lab["file"], lab["start"]))]
    at = next((i for i, line in enumerate(kept) if json.loads(line)["file"] > "encoded/"), len(kept))
    with open(label_path, "w", encoding="utf-8", newline="\n") as f:
        f.writelines(kept[:at] + new + kept[at:])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory (replaced)")
    ap.add_argument("--encoded-only", action="store_true",
                    help="rewrite only OUT/encoded/ and its lines of OUT/labels.jsonl, leaving the rest as it is")
    args = ap.parse_args()
    files, labels, counts = generate(args.seed)
    out = args.out
    if args.encoded_only:
        write_encoded_only(out, files, labels)
        labels = [lab for lab in labels if lab["file"].startswith("encoded/")]
        files = [path for path in files if path.startswith("encoded/")]
        counts = {i: sum(1 for lab in labels if lab["identifier"] == i) for i in ALL_IDS}
        out = out / "encoded"
    else:
        if out.exists():
            if any(out.iterdir()) and not (out / "labels.jsonl").exists():
                raise SystemExit(f"{out} is not empty and has no labels.jsonl; refusing to replace it")
            shutil.rmtree(out)
        for path, data in files.items():
            target = out / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        labels.sort(key=lambda lab: (lab["file"], lab["start"]))
        with open(out / "labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
            for label in labels:
                f.write(json.dumps(label, ensure_ascii=False) + "\n")
    negatives = sum(1 for lab in labels if lab["identifier"] is None)
    print(f"{len(files)} files, {len(labels) - negatives} positives, {negatives} near misses -> {out}")
    for ident, n in counts.items():
        print(f"  {ident:28} {n}")


if __name__ == "__main__":
    main()
