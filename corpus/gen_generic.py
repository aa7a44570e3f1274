#!/usr/bin/env python3
"""Seeded generator of the labelled GENERIC_SECRET accuracy corpus, generated/generic/.

    .venv-corpus/bin/python corpus/gen_generic.py                 # rewrites corpus/generated/generic
    .venv-corpus/bin/python corpus/gen_generic.py --seed 7 --out /tmp/generic

Default seed 20261206. Needs Faker 40.63.0 exactly (`pip install faker==40.63.0`; PyYAML, if
importable, is used only to check the YAML files parse): Faker's output changes between
versions, so with another version the files differ (the generator refuses to run unless
`--any-faker` is given). Output is byte-identical for a given --seed and Faker version, on every
PYTHONHASHSEED: values come from random.Random and Faker instances seeded from --seed, and
nothing depends on the clock or on set order.

GENERIC_SECRET: a value assigned to a name that says password, passwd, pwd, secret, token, api
key, access key, auth, credentials, private key, signing key, client secret (...), kept only
when the value looks like a secret. This corpus plants such values in 21 syntaxes (.env,
shell, YAML, docker-compose, JSON, TOML, INI, Java properties, XML, HCL, Python,
JavaScript/TypeScript, Go, Java, C#, Ruby, PHP, Rust, connection strings, command lines,
Markdown), in realistic files with ordinary settings around them, and as many look-alikes
that must not be reported: the same names with values that are no secret.

Positives (identifier "GENERIC_SECRET") are made the way `secrets` makes them, but from a
seeded random.Random (the `secrets` module cannot be seeded): token_urlsafe(n) (base64url of
n random bytes, n 12-48), token_hex(n) (n 12-32), passwords of secrets.choice over letters,
digits and the punctuation the context allows (12-32 characters, at least 3 character
classes); and Faker's password(length=12..32, special_chars=True, digits=True,
upper_case=True, lower_case=True). A value is regenerated when it would be ambiguous: when it
starts with anything but a letter or digit, has `_ - . ~` in its first six characters (so
nothing looks like a provider prefix: sk-, ghp_, glpat-, xox...), starts with a provider
prefix, contains a quote, backtick, backslash, `#` or whitespace, a character its context
interprets (`$` in shell double quotes, .env and compose, `${` in HCL and JS template
literals, `%` in INI, `&<>` in XML, `;` `=` `{` `}` `&` in connection strings; unquoted
values keep to letters, digits and `-_.+=@%:,^~`), a filler word (example, test, secret,
password, changeme, ...), a run of 3 equal characters, an ascending/descending or keyboard
run of 4, a substring that reads as a reference (`${`, `{{`, `%(`, `$X`, `%s`, `<...>`,
`[...]`, `**`, `://`), or has less than 3.0 bits of entropy per character.

Look-alikes (identifier null), 64 of each kind, spread over every syntax where the kind
exists: placeholder, variable reference, template reference, function call, file path, url
without credentials, hash under hash-like name, boolean or number, repeated characters,
sequential characters, high-entropy value under a non-secret name, secret name in prose,
masked value. Their `kind` is exactly one of these names (the accuracy test tallies near
misses per kind); `detail` says more.

labels.jsonl has one JSON object per planted value, sorted by file and offset:

    {"file": "cli/.bash_history", "start": 55, "end": 84, "identifier": "GENERIC_SECRET",
     "kind": "generic secret in cli: secrets.choice password (29), unquoted argument",
     "syntax": "cli", "name": "-p"}
    {"file": "cli/.bash_history", "start": 566, "end": 630, "identifier": null,
     "kind": "hash under hash-like name", "syntax": "cli", "name": "admin-password-hash",
     "detail": "sha256 hash"}

`start`/`end` are half-open UTF-8 byte offsets of exactly the value, without its quotes (for
a look-alike: the whole reference, call, URL, path or, for prose, the sentence). Files under
`connstr/` and `cli/` are hosted in other syntaxes (JSON, XML, .env, C#, shell history, CI
YAML); their labels' `syntax` is "connstr" / "cli".

Before writing, the generator checks its output: every label's bytes are the planted value;
labels do not overlap; positives obey the rules above; JSON, TOML, XML (and YAML, with
PyYAML) files parse; counts and sizes are in range. It re-reads the written files and checks
the spans again.
"""

import argparse
import base64
import configparser
import json
import math
import random
import re
import shutil
import string
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import faker
from faker import Faker

HERE = Path(__file__).resolve().parent
DEFAULT_SEED = 20261206
DEFAULT_OUT = HERE / "generated" / "generic"
FAKER_VERSION = "40.63.0"
ID = "GENERIC_SECRET"

POSITIVES_PER_SYNTAX = 32
LOOKALIKES_PER_KIND = 64
PLANTS_PER_FILE = 18
MAX_FILE_BYTES = 40_000
MAX_TOTAL_BYTES = 1_500_000

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
PUNCT = string.punctuation
GLOBAL_FORBID = "\"'`\\#"          # never in a positive
BARE_SAFE = "-_.+=@%:,^~"           # the only punctuation of an unquoted positive
URLSAFE = ALNUM + "-_"
BCRYPT_ALPHABET = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits

# --- kinds -------------------------------------------------------------------------------------

PLACEHOLDER = "placeholder"
VAR_REF = "variable reference"
TEMPLATE_REF = "template reference"
FUNC_CALL = "function call"
FILE_PATH = "file path"
URL = "url without credentials"
HASH = "hash under hash-like name"
BOOLNUM = "boolean or number"
REPEATED = "repeated characters"
SEQUENTIAL = "sequential characters"
HIGH_ENTROPY = "high-entropy value under a non-secret name"
PROSE = "secret name in prose"
MASKED = "masked value"
KINDS = (PLACEHOLDER, VAR_REF, TEMPLATE_REF, FUNC_CALL, FILE_PATH, URL, HASH, BOOLNUM,
         REPEATED, SEQUENTIAL, HIGH_ENTROPY, PROSE, MASKED)
# Kinds whose value is a reference the host resolves: they may contain the host's
# interpolation characters. All other values are literal text.
REFERENCE_KINDS = (VAR_REF, TEMPLATE_REF, FUNC_CALL)
# Kinds whose name is a secret name whatever the value: the only ones planted where the name is
# fixed (`-p` of mysql, `Password=` of a connection string, `kubectl create secret`).
SECRET_NAMED_KINDS = ("positive", PLACEHOLDER, VAR_REF, TEMPLATE_REF, FUNC_CALL, REPEATED,
                      SEQUENTIAL, MASKED)

SYNTAXES = ("env", "shell", "yaml", "compose", "json", "toml", "ini", "properties", "xml",
            "hcl", "python", "javascript", "go", "java", "csharp", "ruby", "php", "rust",
            "connstr", "cli", "markdown")
# Syntaxes whose string values are typed (a quoted "true" is a string): booleans and numbers go
# into an unquoted expression template there.
CODE_LIKE = ("json", "toml", "hcl", "python", "javascript", "go", "java", "csharp", "ruby",
             "php", "rust")
# Where a kind has no natural form (a function call in an INI file), it is left out.
KIND_SYNTAXES = {
    FUNC_CALL: ("env", "shell", "yaml", "hcl", "python", "javascript", "go", "java", "csharp",
                "ruby", "php", "rust", "cli", "markdown"),
    URL: tuple(s for s in SYNTAXES if s != "connstr"),
    HASH: tuple(s for s in SYNTAXES if s != "connstr"),
    BOOLNUM: tuple(s for s in SYNTAXES if s != "connstr"),
    HIGH_ENTROPY: tuple(s for s in SYNTAXES if s != "connstr"),
}

# --- names -------------------------------------------------------------------------------------

SECRET_CONCEPTS = [
    ("password",), ("db", "password"), ("passwd",), ("pwd",), ("db", "pwd"), ("secret",),
    ("client", "secret"), ("jwt", "secret"), ("secret", "key"), ("api", "key"),
    ("x", "api", "key"), ("access", "key"), ("auth", "token"), ("token",), ("credentials",),
    ("private", "key"), ("signing", "key"), ("smtp", "password"), ("encryption", "key"),
    ("admin", "password"), ("redis", "password"), ("webhook", "secret"), ("app", "secret"),
    ("access", "token"), ("refresh", "token"), ("api", "token"), ("api", "secret"),
    ("auth", "key"), ("mail", "password"), ("ldap", "bind", "password"),
    ("keystore", "password"), ("root", "password"), ("rabbitmq", "password"),
    ("ftp", "passwd"), ("session", "secret"), ("cookie", "secret"), ("hmac", "secret"),
    ("service", "token"), ("deploy", "token"), ("registry", "password"),
    ("master", "password"), ("auth",), ("user", "passwd"), ("mysql", "pwd"),
    ("oauth", "client", "secret"), ("bot", "token"), ("signing", "secret"),
    ("database", "password"), ("broker", "password"), ("auth", "secret"),
    ("private", "token"), ("aes", "encryption", "key"),
]
# Parents a nested name may have (`jwt:` / `  secret:`); the leaf is the concept's last word.
NEST_PARENTS = ("db", "database", "jwt", "smtp", "redis", "mail", "ldap", "rabbitmq", "admin",
                "api", "webhook", "oauth", "registry", "keystore", "broker", "session",
                "cookie", "signing", "encryption", "client", "auth", "app", "hmac", "root",
                "master", "service", "deploy", "bot", "ftp", "mysql", "user")
# Leaves that say secret on their own: `key` under `api:` is left out (too weak alone).
NEST_LEAVES = ("password", "passwd", "pwd", "secret", "token", "credentials")

HASH_CONCEPTS = [
    (("password", "hash"), "any"), (("hashed", "password"), "any"),
    (("password", "digest"), "bcrypt"), (("token", "sha256"), "sha256"),
    (("api", "key", "sha256"), "sha256"), (("api", "key", "hash"), "sha256"),
    (("secret", "digest"), "sha256"), (("pwd", "md5"), "md5"), (("password", "md5"), "md5"),
    (("password", "sha1"), "sha1"), (("token", "hash"), "sha256"),
    (("refresh", "token", "hash"), "sha256"), (("password", "bcrypt"), "bcrypt"),
    (("admin", "password", "hash"), "any"), (("client", "secret", "hash"), "sha256"),
    (("secret", "sha512"), "sha512"), (("password", "argon2"), "argon2"),
    (("auth", "token", "digest"), "sha256"), (("root", "password", "hash"), "sha512crypt"),
    (("passwd", "sha256"), "sha256"),
]
NONSECRET_CONCEPTS = [
    (("commit",), "hex40"), (("git", "commit"), "hex40"), (("commit", "sha"), "hex40"),
    (("checksum",), "hex64"), (("etag",), "hex32"), (("build", "id"), "uuid"),
    (("image", "digest"), "sha256:"), (("trace", "id"), "hex32"), (("span", "id"), "hex16"),
    (("request", "id"), "uuid"), (("correlation", "id"), "uuid"), (("revision",), "hex40"),
    (("content", "md5"), "b64md5"), (("integrity",), "sri"), (("release", "sha"), "hex40"),
    (("installation", "id"), "uuid"), (("upload", "id"), "urlsafe"), (("object", "id"), "hex24"),
    (("device", "id"), "HEX16"), (("tenant", "id"), "uuid"), (("artifact", "sha256"), "hex64"),
    (("layer", "digest"), "sha256:"), (("fingerprint",), "sshfp"), (("build", "ref"), "hex40"),
]
PATH_CONCEPTS = [
    ("password", "file"), ("db", "password", "file"), ("private", "key", "path"),
    ("private", "key"), ("credentials",), ("credentials", "file"), ("token", "file"),
    ("api", "key", "file"), ("signing", "key"), ("client", "secret", "file"),
    ("secret", "file"), ("tls", "private", "key"), ("jwt", "private", "key"),
    ("keystore", "path"), ("access", "token", "file"), ("secrets", "dir"),
]
URL_CONCEPTS = [
    ("token", "url"), ("auth", "url"), ("token", "endpoint"), ("auth", "server", "url"),
    ("password", "reset", "url"), ("oauth", "token", "url"), ("auth",),
    ("credentials", "endpoint"), ("secret", "store", "url"), ("auth", "callback", "url"),
    ("token", "issuer"), ("api", "key", "portal"), ("auth", "endpoint"),
]
# (concept, canonical value): booleans, nulls and numbers under secret-ish names.
BOOL_CONCEPTS = [
    (("password",), "null"), (("auth", "enabled"), "true"), (("token", "ttl"), "3600"),
    (("password", "min", "length"), "12"), (("secret", "rotation", "days"), "90"),
    (("api", "key", "required"), "false"), (("auth", "port"), "8443"),
    (("token", "expiry", "seconds"), "86400"), (("access", "token", "lifetime"), "900"),
    (("credentials", "cache", "size"), "256"), (("auth", "retries"), "3"),
    (("secret",), "false"), (("token",), "0"), (("api", "key"), "null"),
    (("signing", "key", "bits"), "2048"), (("auth", "timeout", "ms"), "5000"),
    (("token", "refresh", "enabled"), "true"), (("password", "reset", "hours"), "24"),
    (("auth",), "false"), (("private", "key", "size"), "4096"), (("pwd", "max", "age"), "180"),
    (("secret", "cache", "ttl"), "300"), (("token", "length"), "32"), (("auth", "required"), "true"),
]
STYLES = {
    "env": ("screaming", "screaming", "screaming", "snake"),
    "shell": ("screaming", "screaming", "snake"),
    "yaml": ("snake", "camel", "kebab", "snake"),
    "compose": ("screaming",),
    "json": ("camel", "snake", "pascal", "camel", "kebab", "upperkebab"),
    "toml": ("snake", "kebab", "snake"),
    "ini": ("snake", "flat", "pascal", "kebab", "snake"),
    "properties": ("dotted", "kebab", "camel", "dotted"),
    "xml": ("pascal", "camel", "kebab"),
    "hcl": ("snake",),
    "python": ("snake", "screaming"),
    "javascript": ("camel", "screaming", "camel"),
    "go": ("camel", "pascal"),
    "java": ("camel", "camel", "screaming"),
    "csharp": ("pascal", "camel"),
    "ruby": ("snake", "screaming", "snake"),
    "php": ("camel", "snake", "screaming"),
    "rust": ("snake", "screaming"),
    "connstr": ("pascal",),
    "cli": ("kebab",),
    "markdown": ("screaming", "snake"),
}
RESERVED = frozenset("""and as assert break class continue def del elif else except finally for
from global if import in is lambda not or pass raise return try while with yield case catch const
default do enum export extends final function go goto interface let new null package private
protected public static super switch this throw true false type var void fn impl mod move mut pub
ref self struct trait use where loop match crate begin end then unless until when nil select chan
map range func defer fallthrough string int bool object base event operator out params readonly
sealed internal virtual async await dynamic get set value record main init test""".split())


def style(words, st: str) -> str:
    words = list(words)
    if st == "snake":
        return "_".join(words)
    if st == "screaming":
        return "_".join(words).upper()
    if st == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if st == "pascal":
        return "".join(w.capitalize() for w in words)
    if st == "kebab":
        return "-".join(words)
    if st == "dotted":
        return ".".join(words)
    if st == "flat":
        return "".join(words)
    if st == "train":
        return "-".join(w.capitalize() for w in words)
    if st == "upperkebab":
        return "-".join(words).upper()
    raise ValueError(st)


# --- look-alike value pools ----------------------------------------------------------------------

PLACEHOLDERS = [
    "changeme", "change-me", "CHANGE_ME", "CHANGEME", "xxxx", "xxxxxxxxxxxxxxxx", "XXXXXXXXXX",
    "<password>", "<your-api-key>", "<CLIENT_SECRET>", "<token>", "your-api-key",
    "your_api_key_here", "YOUR_TOKEN_HERE", "your-secret-here", "REPLACE_ME",
    "replace-with-real-token", "TODO", "TODO_SET_ME", "dummy", "dummy-token", "example",
    "example-password", "placeholder", "insert-key-here", "FIXME", "fill-me-in", "***",
    "<insert token here>", "put your unique phrase here", "set-me", "TBD", "your-password",
    "<secret>", "PLACEHOLDER_SECRET", "enter-your-token", "REPLACE_WITH_YOUR_KEY",
]
SENTENCES = [
    "Set the password in the admin console before the first deploy.",
    "The token expires after @NUM@ seconds and is refreshed automatically.",
    "Rotate the API key every @NUM@ days.",
    "Ask the @WORD@ team for the client secret.",
    "Passwords are hashed with bcrypt before they are stored.",
    "The signing key is loaded from the HSM at startup.",
    "Never commit credentials to this repository.",
    "If the auth token is missing, the request is rejected with 401.",
    "The secret is stored in the vault under the service path.",
    "Use a strong password with at least 16 characters.",
    "Private keys never leave the build agent.",
    "Users reset their password from the login page.",
    "The access key is created per environment by the platform team.",
    "Webhook secrets are generated when the integration is enabled.",
    "The JWT secret is shared by all API nodes in @CITY@.",
    "An expired refresh token forces the user to sign in again.",
    "Encryption keys rotate on the first day of each month.",
    "The SMTP password belongs to the shared mailbox of @COMPANY@.",
    "Store the credentials in the password manager, not in chat.",
    "Tokens are scoped to a single project.",
    "Contact @NAME@ if the API token stops working.",
    "The client secret is only shown once, right after the app is registered.",
    "Do not log the token or the password, even at debug level.",
    "A new private key is issued when an engineer leaves @COMPANY@.",
    "The database password is read from the secret store when the pod starts.",
    "Each service gets its own API key with read-only access.",
    "Revoke the access token as soon as the migration is done.",
    "The passwd file lists the system accounts, not their passwords.",
    "After three wrong passwords the account is locked for @NUM@ minutes.",
    "Auth is handled by the gateway, so this service never sees a secret.",
    "The signing secret of the webhook is checked on every request.",
    "Ask @NAME@ to rotate the credentials of the @WORD@ bucket.",
]
MASKS = [
    "********", "************", "****************", "****@LAST4@", "@FIRST4@****************",
    "<redacted>", "[REDACTED]", "REDACTED", "[FILTERED]", "***REMOVED***", "[MASKED]",
    "<hidden>", "(sensitive value)", "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022",
    "[secure]", "<masked>", "*****", "[hidden]",
]
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890")
FILL_BAD = re.compile(r"pass|pwd|secret|token|key|auth|cred|priv|sign|hash|salt|example|test|"
                      r"dummy|fake|sample|machine|pypi|aws|codecov|heroku|vault|login|nonce",
                      re.IGNORECASE)
PROVIDER_PREFIXES = (
    "sk", "pk", "rk", "ghp", "gho", "ghu", "ghs", "ghr", "github", "glpat", "gl", "xox", "xapp",
    "AKIA", "ASIA", "ABIA", "ACCA", "AIza", "npm", "hf", "eyJ", "SG", "shp", "dop", "doo", "dor",
    "ATBB", "ATATT", "ATCTT", "AQE", "dG9rO", "cmVmd", "HRKU", "LTAI", "SCW", "CCIP", "ops",
    "fm1", "fm2", "fo1", "ya29", "GOCSPX", "AGE", "dapi", "figd", "gsk", "glsa", "glc", "bk",
    "cf", "dp", "sl", "whsec", "rnd", "lin", "pat", "AC", "SK", "ABSK", "IQoJ", "FwoG", "FQoG",
)
BANNED_WORDS = ("example", "sample", "test", "fake", "dummy", "xxx", "placeholder", "change",
                "redact", "secret", "passw", "passwd", "pwd", "token", "todo", "fixme",
                "replace", "your", "insert", "admin", "demo", "null", "none", "true", "false",
                "mask", "hidden", "default", "temp", "abc", "123", "321", "000", "key", "pass",
                "qwe", "asd", "zxc", "root", "user", "guest", "letmein", "welcome")
BAD_SUBSTRINGS = ("${", "{{", "}}", "%(", "$(", "<%", "#{", "**", "..", "//", "://", "Q~",
                  "\\", "__", "--", "@@")
CONFLICTS = [
    # S3CFG_SECRET_KEY: `secret_key = value` alone on a line
    re.compile(r"(?m)^secret_key[ \t]{0,4}=[ \t]{0,4}[A-Za-z0-9/+=._-]{16,128}\r?$"),
    # CRYPTOCURRENCY_PRIVATE_KEY: 64 hex under a private-key name
    re.compile(r"(?:privkey|PRIVKEY|PrivKey|privKey|priv_key|PRIV_KEY|private_key|PRIVATE_KEY|"
               r"privateKey|PrivateKey|private-key)[A-Za-z0-9_-]{0,24}[\"']?[ \t]{0,4}"
               r"(?:=>|:=|[:=,]|[ \t])[ \t]{0,4}[\"']?(?:0x)?(?:[0-9a-f]{64}|[0-9A-F]{64})"
               r"(?:[^A-Za-z0-9]|$)"),
    # AWS secret access key / Salesforce consumer secret / npm _password keys
    re.compile(r"secret_access_key|SecretAccessKey|secretAccessKey|consumer_secret|"
               r"ConsumerSecret|(?:^|[\s\"'])_password", re.MULTILINE),
    # connection URLs with a password
    re.compile(r"://[^\s:@/?#'\"<>]{0,128}:[^\s/?#'\"<>]{1,128}@"),
]


# --- templates -----------------------------------------------------------------------------------

@dataclass
class T:
    """One way to write `name = value` in a syntax: `pat` holds @N@ (the name), @V@ (the value;
    the label covers exactly it), or @PARENT@/@LEAF@ for nested names, and filler markers."""

    pat: str
    q: str = ""                 # quote around the value ("" = unquoted)
    lit: str = "str"            # "str": a string value; "expr": a code expression; "prose"
    ws: bool = None             # spaces allowed inside the value (default: when quoted)
    brk: str = ""               # characters that cannot appear raw (besides q and newline)
    interp: tuple = ()          # substrings the host interprets (no literal may contain them)
    esc: str = "raw"            # backslash: "raw", "double" (written \\), "no" (not allowed)
    start: str = ""             # characters a value cannot start with
    badsub: tuple = ()          # substrings a value cannot contain
    styles: tuple = None        # name styles (default: the syntax's)
    names: tuple = None         # fixed names (a connection-string key, a flag)
    kinds: tuple = None         # only these kinds ("positive" or look-alike kinds)
    posx: str = ""              # more characters a positive cannot contain
    untyped: bool = False       # quoted or not, the value is a plain string (INI, .env, XML)
    nest: bool = False          # the name is @PARENT@ / @LEAF@
    refbrk: str = ""            # characters a reference cannot contain here (`$` in shell '...')
    desc: str = ""              # how the value is written, for the label's kind

    def __post_init__(self):
        if self.ws is None:
            self.ws = bool(self.q) or self.lit == "prose"
        if not self.desc:
            self.desc = {"": "unquoted", '"': "double-quoted", "'": "single-quoted",
                         "`": "backtick-quoted"}.get(self.q, self.q)
            if self.lit == "expr":
                self.desc = "expression"
            if self.nest:
                self.desc += ", nested"

    def accepts(self, kind: str, lit: str, bare_only: bool) -> bool:
        if self.kinds is not None and kind not in self.kinds:
            return False
        if kind == "positive":
            return self.lit == "str"
        if self.lit != lit:
            return False
        if bare_only and not (self.q == "" or self.untyped):
            return False
        return True

    def render(self, value: str, literal: bool):
        """The raw text of `value` in this template, or None when it cannot be written here."""
        if "\n" in value or "\r" in value or not value:
            return None
        if "\\" in value:
            if self.esc == "no" or "\\" in self.brk:
                return None
            raw = value.replace("\\", "\\\\") if self.esc == "double" else value
        else:
            raw = value
        if self.q and self.q in value:
            return None
        if not self.ws and any(c.isspace() for c in value):
            return None
        if any(c in self.brk for c in value):
            return None
        if literal and any(s in value for s in self.interp):
            return None
        if not literal and any(c in self.refbrk for c in value):
            return None
        if value[0] in self.start:
            return None
        if any(s in value for s in self.badsub):
            return None
        return raw

    def positive_punct(self) -> str:
        base = BARE_SAFE if self.q == "" else PUNCT
        bad = GLOBAL_FORBID + self.q + self.brk + self.posx + "".join(s[0] for s in self.interp)
        return "".join(c for c in base if c not in bad)


@dataclass
class Flavor:
    """A kind of file of a syntax: its paths, header, footer, how items are joined, the
    templates plants are written with, and filler items."""

    paths: tuple
    templates: list
    fillers: tuple
    header: str = ""
    footer: str = ""
    joiner: str = "\n"
    crlf: bool = False
    min_fill: int = 1
    max_fill: int = 2


# Common template pieces.
SH_BRK = ";&|<>()*?[]!"
YAML_PLAIN = dict(start="-?:,[]{}#&*!|>'\"%@`", badsub=(": ", " #"), ws=True)
XML_BRK = "<>&"


def env_flavor():
    t = [
        T("@N@=@V@", brk=SH_BRK, interp=("$",), esc="no", untyped=True),
        T('@N@="@V@"', q='"', interp=("$", "`"), esc="double", untyped=True),
        T("@N@='@V@'", q="'", untyped=True, refbrk="$"),
        T("export @N@=@V@", brk=SH_BRK, interp=("$",), esc="no", untyped=True),
        T("# @V@", lit="prose"),
    ]
    fill = ("APP_ENV=@ENVNAME@", "DB_HOST=@HOST@", "DB_PORT=@PORT@", "DB_USER=@USER@",
            "DB_NAME=@DB@", "LOG_LEVEL=info", "REDIS_URL=redis://@HOST@:6379/0",
            "FEATURE_@WORDU@_ENABLED=@BOOL@", "SMTP_HOST=smtp.@DOMAIN@", "SUPPORT_EMAIL=@EMAIL@",
            "TZ=UTC", "", "# @WORDC@ settings", "WORKERS=@SMALL@", "PUBLIC_URL=https://@HOST@",
            "S3_BUCKET=@WORD@-@ENVNAME@-assets", "CACHE_TTL=@NUM@", "HTTP_PORT=@PORT@",
            "METRICS_ENABLED=@BOOL@", "SENTRY_ENVIRONMENT=@ENVNAME@", "@UWU@_URL=https://@HOST@",
            "@UWU@_TIMEOUT=@SMALL@", "@UWU@_ENABLED=@BOOL@")
    paths = (".env", ".env.production", "services/@UW@/.env", "deploy/@ENVNAME@.env",
             "config/app.env", ".env.local", "docker/@UW@.env")
    return Flavor(paths, t, fill, header="# @COMPANY@ @WORD@ service (@ENVNAME@)\n")


def shell_flavors():
    dq = dict(q='"', interp=("$", "`"), esc="double", brk="!")
    t = [
        T('export @N@="@V@"', **dq),
        T("export @N@='@V@'", q="'", refbrk="$"),
        T("@N@=@V@", brk=SH_BRK, interp=("$",), esc="no", untyped=True),
        T("readonly @N@='@V@'", q="'", refbrk="$"),
        T('configure_@UW@() {\n  local @N@="@V@"\n  echo "configuring @UW@ on @HOST@"\n'
          '  @UW@ctl init --host "@HOST@"\n}', styles=("snake",), **dq),
        T("declare -x @N@=@V@", brk=SH_BRK, interp=("$",), esc="no", untyped=True),
        T("# @V@", lit="prose"),
        T('echo "@V@"', lit="prose", q='"'),
    ]
    fill = ('echo "Deploying @WORD@ to @HOST@"', "@UWU@_HOST=@HOST@", "@UWU@_PORT=@PORT@",
            'cd "$(dirname "$0")/.."', "mkdir -p /var/lib/@WORD@",
            'if [ -z "${HOST:-}" ]; then\n  echo "HOST is not set" >&2\n  exit 1\nfi',
            'curl -fsS "https://@HOST@/healthz" > /dev/null', "# @WORDC@", "",
            "RETRIES=@SMALL@", 'log() { printf "%s %s\\n" "$(date -u +%FT%TZ)" "$*"; }',
            'systemctl restart @UW@.service')
    paths = ("scripts/deploy.sh", "bin/bootstrap.sh", "ci/release.sh", "docker/entrypoint.sh",
             "scripts/@UW@-setup.sh", "ops/backup.sh")
    return [Flavor(paths, t, fill, header="#!/usr/bin/env bash\nset -euo pipefail\n\n")]


def yaml_flavors():
    plain = dict(YAML_PLAIN)
    dq = dict(q='"', esc="double")
    sq = dict(q="'")
    t = [
        T("@SEC@:\n  host: @HOST@\n  @N@: @V@\n  port: @PORT@", **plain),
        T('@SEC@:\n  enabled: true\n  @N@: "@V@"', **dq),
        T("@SEC@:\n  @N@: '@V@'\n  timeout: @SMALL@s", **sq),
        T("@SEC@:\n  primary:\n    host: @HOST@\n    user: @USER@\n    @N@: @V@", **plain),
        T("@PARENT@:\n  host: @HOST@\n  @LEAF@: @V@", nest=True, **plain),
        T('@PARENT@:\n  @LEAF@: "@V@"\n  ttl: @NUM@', nest=True, **dq),
        T("@SEC@:\n  @PARENT@:\n    @LEAF@: '@V@'\n    url: https://@HOST@", nest=True, **sq),
        T("@SEC@:\n  @N@: @V@", lit="tag", ws=True, desc="YAML tag"),
        T("# @V@", lit="prose"),
        T('@SEC@:\n  description: "@V@"', lit="prose"),
    ]
    fill = ("# @WORDC@", "# region: @REGION@",
            "@SEC@:\n  host: @HOST@\n  port: @PORT@\n  pool_size: @SMALL@",
            "@SEC@:\n  enabled: @BOOL@\n  endpoint: https://@HOST@/v1",
            "@SEC@:\n  - name: @WORD@\n    replicas: @SMALL@\n  - name: @WORD@\n    replicas: @SMALL@",
            "")
    paths = ("config/application.yml", "config/settings.yaml", "helm/@UW@/values.yaml",
             "ansible/group_vars/all.yml", "config/@ENVNAME@.yaml", "app/config.yml")
    return [Flavor(paths, t, fill, header="# @COMPANY@ @WORD@ configuration\n",
                   footer="")]


def compose_flavors():
    plain = dict(YAML_PLAIN)
    plain["interp"] = ("$",)
    t = [
        T("  @UW@:\n    image: @IMAGE@\n    environment:\n      @N@: @V@\n      TZ: UTC", **plain),
        T('  @UW@:\n    image: @IMAGE@\n    restart: unless-stopped\n    environment:\n'
          '      @N@: "@V@"', q='"', esc="double", interp=("$",)),
        T("  @UW@:\n    image: @IMAGE@\n    environment:\n      - LOG_LEVEL=info\n"
          "      - @N@=@V@", **plain),
        T('  @UW@:\n    image: @IMAGE@\n    ports:\n      - "@PORT@:@PORT@"\n    environment:\n'
          '      - "@N@=@V@"', q='"', esc="double", interp=("$",)),
        T("  # @V@", lit="prose"),
    ]
    fill = ("  @UW@:\n    image: @IMAGE@\n    depends_on:\n      - @WORD@\n    ports:\n"
            '      - "@PORT@:@PORT@"',
            "  @UW@:\n    image: redis:7-alpine\n    command: redis-server --appendonly yes",
            "  # @WORDC@")
    paths = ("docker-compose.yml", "compose.prod.yaml", "deploy/docker-compose.override.yml",
             "@UW@/docker-compose.yml", "stack/compose.yaml")
    return [Flavor(paths, t, fill, header="services:\n", min_fill=0, max_fill=1)]


def json_flavors():
    t = [
        T('  "@SEC@": {\n    "host": "@HOST@",\n    "@N@": "@V@"\n  }', q='"', esc="double"),
        T('  "@SEC@": {\n    "enabled": true,\n    "@N@":"@V@",\n    "timeoutSeconds": @SMALL@\n  }',
          q='"', esc="double"),
        T('  "@N@": "@V@"', q='"', esc="double"),
        T('  "@PARENT@": {\n    "url": "https://@HOST@",\n    "@LEAF@": "@V@"\n  }', q='"',
          esc="double", nest=True),
        T('  "@SEC@": {\n    "@N@": @V@,\n    "retries": @SMALL@\n  }', lit="expr",
          kinds=(BOOLNUM,)),
        T('  "@N@": @V@', lit="expr", kinds=(BOOLNUM,)),
        T('  "@SEC@": {\n    "description": "@V@"\n  }', lit="prose"),
        T('  "_comment_@UW@": "@V@"', lit="prose"),
    ]
    fill = ('  "@SEC@": {\n    "host": "@HOST@",\n    "port": @PORT@\n  }',
            '  "logLevel": "info"', '  "region": "@REGION@"',
            '  "@SEC@": {\n    "enabled": @BOOL@,\n    "maxConnections": @NUM@\n  }',
            '  "@SEC@": {\n    "url": "https://@HOST@/v2",\n    "retries": @SMALL@\n  }',
            '  "@SEC@": [\n    "@WORD@",\n    "@WORD@"\n  ]')
    paths = ("appsettings.json", "config/default.json", "config/@ENVNAME@.json",
             "src/config/@UW@.json", ".config/@UW@/settings.json", "deploy/@UW@-config.json")
    return [Flavor(paths, t, fill, header="{\n", footer="\n}\n", joiner=",\n", min_fill=1,
                   max_fill=2)]


def toml_flavors():
    t = [
        T('[@SEC@]\nhost = "@HOST@"\n@N@ = "@V@"', q='"', esc="double"),
        T("[@SEC@]\n@N@ = '@V@'\nport = @PORT@", q="'"),
        T('[@PARENT@]\nurl = "https://@HOST@"\n@LEAF@ = "@V@"', q='"', esc="double", nest=True),
        T('[@SEC@.@UW@]\nenabled = true\n@N@="@V@"', q='"', esc="double"),
        T("[@SEC@]\n@N@ = @V@\nretries = @SMALL@", lit="expr", kinds=(BOOLNUM,)),
        T("# @V@", lit="prose"),
        T('[@SEC@]\ndescription = "@V@"', lit="prose"),
    ]
    fill = ('[@SEC@]\nhost = "@HOST@"\nport = @PORT@', "# @WORDC@",
            '[@SEC@]\nenabled = @BOOL@\nworkers = @SMALL@\nregion = "@REGION@"')
    paths = ("config.toml", "config/@ENVNAME@.toml", "settings.toml", "@UW@/app.toml",
             "deploy/@UW@.toml")
    return [Flavor(paths, t, fill, header='title = "@COMPANY@"\nversion = "@VER@"\n\n')]


def ini_flavors():
    bare = dict(ws=True, brk=";#", interp=("%", "$"), untyped=True, start="\"'")
    t = [
        T("[@SEC@]\nhost = @HOST@\n@N@ = @V@", **bare),
        T("[@SEC@]\nuser=@USER@\n@N@=@V@\nport=@PORT@", **bare),
        T("[@PARENT@]\n@LEAF@ = @V@\ntimeout = @SMALL@", nest=True, **bare),
        T('[@SEC@]\n@N@ = "@V@"', q='"', brk=";#", interp=("%", "$"), untyped=True),
        T("; @V@", lit="prose"),
        T("# @V@", lit="prose"),
    ]
    fill = ("[@SEC@]\nhost = @HOST@\nport = @PORT@", "; @WORDC@",
            "[@SEC@]\nenabled = @BOOL@\nworkers = @SMALL@", "")
    paths = ("config.ini", "my.cnf", "app.cfg", "conf/@UW@.ini", "deploy/@ENVNAME@.cfg",
             "etc/@UW@.conf")
    return [Flavor(paths, t, fill, header="; @COMPANY@ @WORD@\n\n")]


def properties_flavors():
    p = dict(ws=True, esc="double", start="#!", untyped=True)
    t = [
        T("@PFX@.@N@=@V@", **p),
        T("@PFX@.@N@ = @V@", **p),
        T("@PFX@.@N@: @V@", **p),
        T("@N@=@V@", **p),
        T("# @V@", lit="prose"),
        T("! @V@", lit="prose"),
    ]
    fill = ("server.port=@PORT@", "spring.application.name=@WORD@",
            "@UW@.url=https://@HOST@", "@UW@.timeout=@NUM@", "logging.level.root=INFO",
            "# @WORDC@", "@UW@.enabled=@BOOL@", "spring.datasource.username=@USER@", "")
    paths = ("src/main/resources/application.properties", "config/application-@ENVNAME@.properties",
             "gradle.properties", "conf/@UW@.properties", "jdbc.properties")
    return [Flavor(paths, t, fill, header="# @COMPANY@ @WORD@\n")]


def xml_flavors():
    x = dict(brk=XML_BRK, untyped=True)
    web = [
        T('    <add key="@N@" value="@V@" />', q='"', styles=("pascal", "camel", "dotted"), **x),
        T("    <!-- @V@ -->", lit="prose"),
    ]
    maven = [
        T("    <server>\n      <id>@WORD@-releases</id>\n      <username>@USER@</username>\n"
          "      <@N@>@V@</@N@>\n    </server>", styles=("camel",), ws=True, **x),
        T("    <!-- @V@ -->", lit="prose"),
    ]
    beans = [
        T('  <bean id="@UW@DataSource" class="com.zaxxer.hikari.HikariDataSource">\n'
          '    <property name="jdbcUrl" value="jdbc:postgresql://@HOST@:5432/@DB@"/>\n'
          '    <property name="@N@" value="@V@"/>\n  </bean>', q='"', styles=("camel",), **x),
        T('  <@N@>@V@</@N@>', styles=("camel", "kebab"), ws=True, **x),
        T("  <@PARENT@>\n    <endpoint>https://@HOST@</endpoint>\n    <@LEAF@>@V@</@LEAF@>\n"
          "  </@PARENT@>", nest=True, ws=True, **x),
        T("  <!-- @V@ -->", lit="prose"),
        T("  <description>@V@</description>", lit="prose"),
    ]
    tomcat = [
        T('  <Resource name="jdbc/@UW@" type="javax.sql.DataSource" username="@USER@"\n'
          '            @N@="@V@" url="jdbc:mysql://@HOST@:3306/@DB@" maxTotal="@SMALL@"/>', q='"',
          styles=("camel",), **x),
        T('  <Environment name="@N@" type="java.lang.String" value="@V@"/>', q='"',
          styles=("dotted", "camel"), **x),
        T("  <!-- @V@ -->", lit="prose"),
    ]
    hib = [
        T('    <property name="hibernate.connection.@N@">@V@</property>', ws=True,
          styles=("flat", "dotted"), **x),
        T('    <entry key="@N@">@V@</entry>', ws=True, styles=("dotted", "camel"), **x),
        T("    <!-- @V@ -->", lit="prose"),
    ]
    return [
        Flavor(("web.config", "app/Web.config", "@UW@/App.config"), web,
               ('    <add key="Environment" value="@ENVNAME@" />',
                '    <add key="@UWC@Url" value="https://@HOST@/" />',
                '    <add key="@UWC@MaxRetries" value="@SMALL@" />', "    <!-- @WORDC@ -->"),
               header='<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n',
               footer="\n  </appSettings>\n</configuration>\n", crlf=True),
        Flavor((".m2/settings.xml", "ci/maven-settings.xml"), maven,
               ("    <server>\n      <id>@WORD@-snapshots</id>\n      <username>@USER@</username>\n"
                "    </server>", "    <!-- @WORDC@ mirror -->"),
               header='<?xml version="1.0" encoding="UTF-8"?>\n<settings>\n  <servers>\n',
               footer="\n  </servers>\n</settings>\n"),
        Flavor(("src/main/resources/beans.xml", "config/@UW@-context.xml"), beans,
               ('  <bean id="@UW@Service" class="com.@WORD@.@WORDC@Service"/>',
                "  <timeout>@NUM@</timeout>", "  <region>@REGION@</region>",
                "  <!-- @WORDC@ -->"),
               header='<?xml version="1.0" encoding="UTF-8"?>\n<beans>\n',
               footer="\n</beans>\n"),
        Flavor(("conf/context.xml", "tomcat/@UW@-context.xml"), tomcat,
               ('  <Parameter name="@UW@.mode" value="@ENVNAME@" override="false"/>',
                "  <WatchedResource>WEB-INF/web.xml</WatchedResource>"),
               header='<?xml version="1.0" encoding="UTF-8"?>\n<Context>\n',
               footer="\n</Context>\n"),
        Flavor(("src/main/resources/hibernate.cfg.xml", "config/@UW@-properties.xml"), hib,
               ('    <property name="hibernate.dialect">org.hibernate.dialect.PostgreSQLDialect'
                "</property>", '    <property name="hibernate.connection.username">@USER@</property>',
                '    <entry key="@UW@.pool.size">@SMALL@</entry>', "    <!-- @WORDC@ -->"),
               header='<?xml version="1.0" encoding="UTF-8"?>\n<hibernate-configuration>\n'
                      "  <session-factory>\n",
               footer="\n  </session-factory>\n</hibernate-configuration>\n"),
    ]


def hcl_flavors():
    hq = dict(q='"', esc="double", interp=("${", "%{"))
    tf = [
        T('resource "@RESOURCE@" "@UW@" {\n  name     = "@WORD@"\n  username = "@USER@"\n'
          '  @N@ = "@V@"\n}', **hq),
        T('module "@UW@" {\n  source  = "./modules/@WORD@"\n  @N@ = "@V@"\n}', **hq),
        T('locals {\n  @N@ = "@V@"\n}', **hq),
        T('provider "@UW@" {\n  endpoint = "https://@HOST@"\n  @N@ = @V@\n}', lit="expr"),
        T('module "@UW@" {\n  source = "./modules/@WORD@"\n  @N@ = @V@\n}', lit="expr"),
        T("# @V@", lit="prose"),
        T('variable "@N@" {\n  description = "@V@"\n  type        = string\n  sensitive   = true\n}',
          lit="prose"),
    ]
    tf_fill = ("# @WORDC@", "",
               'resource "null_resource" "@UW@" {\n  triggers = {\n    version = "@VER@"\n  }\n}',
               'locals {\n  @UW@_port = @PORT@\n}',
               'data "http" "@UW@" {\n  url = "https://@HOST@/health"\n}')
    tfvars = [
        T('@N@ = "@V@"', **hq),
        T('@N@="@V@"', **hq),
        T("@N@ = @V@", lit="expr", kinds=(BOOLNUM,)),
        T("# @V@", lit="prose"),
    ]
    tfvars_fill = ('region = "@REGION@"', 'instance_type = "t3.medium"', "# @WORDC@", "",
                   "@UW@_port = @PORT@", "enable_@UW@ = @BOOL@", 'environment = "@ENVNAME@"')
    return [Flavor(("terraform/main.tf", "infra/@UW@.tf", "modules/@UW@/main.tf"), tf, tf_fill,
                   header="# @COMPANY@ @WORD@ infrastructure\n\n"),
            Flavor(("terraform/@ENVNAME@.tfvars", "infra/terraform.tfvars", "envs/@UW@.tfvars"),
                   tfvars, tfvars_fill, header="# @COMPANY@ (@ENVNAME@)\n\n")]


def python_flavors():
    dq = dict(q='"', esc="double")
    sq = dict(q="'", esc="double")
    t = [
        T('@N@ = "@V@"', **dq),
        T("@N@ = '@V@'", **sq),
        T('@N@ = r"@V@"', q='"', esc="raw", desc="raw string"),
        T('@UW@_settings = {\n    "host": "@HOST@",\n    "@N@": "@V@",\n    "port": @PORT@,\n}', **dq),
        T('def connect_@UW@():\n    return @UW@.connect(host="@HOST@", user="@USER@", @N@="@V@")',
          styles=("snake",), **dq),
        T('class @UWC@Config:\n    host: str = "@HOST@"\n    @N@: str = "@V@"', styles=("snake",),
          **dq),
        T('os.environ.setdefault("@N@", "@V@")', styles=("screaming",), **dq),
        T("@N@ = @V@", lit="expr"),
        T('@UW@_settings = {\n    "@N@": @V@,\n    "timeout": @SMALL@,\n}', lit="expr"),
        T("# @V@", lit="prose"),
        T('def @UW@_handler(event):\n    """@V@"""\n    return event', lit="prose"),
        T('logger.info("@V@")', lit="prose", q='"'),
    ]
    fill = ('HOST = "@HOST@"', "PORT = @PORT@", "DEBUG = False", "TIMEOUT = @SMALL@",
            'ALLOWED_HOSTS = ["@HOST@", "localhost"]', "# @WORDC@", "",
            'def @UW@_url(path):\n    return f"https://@HOST@/{path}"', "RETRIES = @SMALL@",
            'LANGUAGE_CODE = "en-us"', '@UWU@_URL = "https://@HOST@"', "@UWU@_TIMEOUT = @SMALL@")
    paths = ("app/settings.py", "config.py", "src/@UW@/client.py", "scripts/seed_db.py",
             "app/@UW@/conf.py", "tools/@UW@_sync.py")
    return [Flavor(paths, t, fill, header='"""@COMPANY@ @WORD@ settings."""\nimport logging\nimport os\n\n'
                                          "logger = logging.getLogger(__name__)\n\n")]


def js_flavors():
    dq = dict(q='"', esc="double")
    sq = dict(q="'", esc="double")
    t = [
        T('const @N@ = "@V@";', **dq),
        T("export const @N@ = '@V@';", **sq),
        T("let @N@ = `@V@`;", q="`", esc="double", interp=("${",)),
        T("const @UW@Config = {\n  host: '@HOST@',\n  @N@: '@V@',\n  port: @PORT@,\n};", **sq),
        T("const @UW@Headers = {\n  'content-type': 'application/json',\n  '@N@': '@V@',\n};",
          styles=("kebab", "train", "upperkebab"), **sq),
        T('class @UWC@Client {\n  @N@ = "@V@";\n}', styles=("camel",), **dq),
        T("const @N@ = @V@;", lit="expr"),
        T("const @UW@Options = {\n  @N@: @V@,\n  retries: @SMALL@,\n};", lit="expr"),
        T("// @V@", lit="prose"),
        T("/** @V@ */\nfunction @UW@() {}", lit="prose"),
        T('throw new Error("@V@");', lit="prose"),
    ]
    fill = ("const PORT = @PORT@;", "const baseUrl = 'https://@HOST@/api';", "// @WORDC@", "",
            "import axios from 'axios';", "const retries = @SMALL@;",
            "export function @UW@(path) {\n  return `${baseUrl}/${path}`;\n}",
            "const @UW@Url = 'https://@HOST@/v1';", "const @UW@Timeout = @NUM@;")
    ts = [u for u in t if "class" not in u.pat] + [
        T('class @UWC@Client {\n  private readonly @N@: string = "@V@";\n}', styles=("camel",),
          **dq),
        T("export const @N@: string = '@V@';", **sq),
    ]
    return [Flavor(("src/config.js", "server.mjs", "knexfile.js", "lib/@UW@.js"), t, fill,
                   header="'use strict';\n\n"),
            Flavor(("src/api/client.ts", "src/@UW@/settings.ts"), ts, fill, header="")]


def go_flavors():
    t = [
        T('const @N@ = "@V@"', q='"', esc="double", styles=("camel", "pascal")),
        T("var @N@ = `@V@`", q="`", styles=("camel", "pascal")),
        T('func @UW@Config() {\n\t@N@ := "@V@"\n\tlog.Printf("@UW@ ready on %s", "@HOST@")\n'
          "\t_ = @N@\n}", q='"', esc="double", styles=("camel",)),
        T('func new@UWC@Client() *Client {\n\treturn &Client{\n\t\tBaseURL: "https://@HOST@",\n'
          '\t\t@N@: "@V@",\n\t}\n}', q='"', esc="double", styles=("pascal",)),
        T('var @UW@Settings = map[string]string{\n\t"host": "@HOST@",\n\t"@N@": "@V@",\n}',
          q='"', esc="double", styles=("snake", "camel", "kebab")),
        T("func @UW@Setup() {\n\t@N@ := @V@\n\t_ = @N@\n}", lit="expr", styles=("camel",)),
        T("var @N@ = @V@", lit="expr", styles=("camel", "pascal")),
        T("// @V@", lit="prose"),
        T('var err@UWC@ = errors.New("@V@")', lit="prose"),
    ]
    fill = ("const defaultPort = @PORT@", "// @WORDC@", "",
            'var baseURL = "https://@HOST@/v1"', "const maxRetries = @SMALL@",
            "const @UW@Port = @PORT@", 'var @UW@URL = "https://@HOST@/api"',
            'func @UW@Handler(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(http.StatusOK)\n}')
    paths = ("config.go", "cmd/server/main.go", "internal/db/db.go", "internal/@UW@/client.go",
             "pkg/@UW@/settings.go")
    return [Flavor(paths, t, fill, header="package @UW@\n\nimport (\n\t\"errors\"\n\t\"log\"\n"
                                          "\t\"net/http\"\n\t\"os\"\n)\n\n")]


def java_flavors():
    dq = dict(q='"', esc="double")
    t = [
        T('    private static final String @N@ = "@V@";', styles=("screaming",), **dq),
        T('    private String @N@ = "@V@";', styles=("camel",), **dq),
        T('    static final String @N@="@V@";', styles=("screaming", "camel"), **dq),
        T('    void configure@UWC@() {\n        String @N@ = "@V@";\n'
          '        client.connect("@HOST@", @N@);\n    }', styles=("camel",), **dq),
        T('    @Value("@V@")\n    private String @N@;', q='"', esc="double", styles=("camel",),
          kinds=(VAR_REF,)),
        T("    private final String @N@ = @V@;", lit="expr", styles=("camel",)),
        T("    void init@UWC@() {\n        var @N@ = @V@;\n        client.configure(@N@);\n    }",
          lit="expr", styles=("camel",)),
        T("    // @V@", lit="prose"),
        T("    /** @V@ */\n    void @UW@() {}", lit="prose"),
        T('    void check@UWC@() {\n        throw new IllegalStateException("@V@");\n    }',
          lit="prose"),
    ]
    fill = ("    private static final int PORT = @PORT@;",
            '    private static final String HOST = "@HOST@";', "    // @WORDC@", "",
            "    private int retries = @SMALL@;",
            "    private static final int @UWU@_PORT = @PORT@;",
            '    private static final String @UWU@_HOST = "@HOST@";',
            "    public String get@UWC@() {\n        return HOST;\n    }")
    paths = ("src/main/java/com/@WORD@/AppConfig.java",
             "src/main/java/com/@WORD@/DataSourceConfig.java",
             "src/main/java/com/@WORD@/@UWC@Service.java",
             "src/main/java/com/@WORD@/mail/MailSettings.java")
    return [Flavor(paths, t, fill, header="package com.@WORD@;\n\nimport java.util.Map;\n\n"
                                          "public class @UWC@Config {\n\n",
                   footer="\n}\n")]


def csharp_flavors():
    dq = dict(q='"', esc="double")
    t = [
        T('    private const string @N@ = "@V@";', styles=("pascal",), **dq),
        T('    public string @N@ { get; set; } = "@V@";', styles=("pascal",), **dq),
        T('    private readonly string @N@ = @"@V@";', q='"', esc="raw", styles=("camel",),
          desc="verbatim string"),
        T('    public void Configure@UWC@()\n    {\n        var @N@ = "@V@";\n'
          '        _client.Connect("@HOST@", @N@);\n    }', styles=("camel",), **dq),
        T('    public void Init@UWC@(Options options)\n    {\n        options.@N@ = "@V@";\n    }',
          styles=("pascal",), **dq),
        T("    private readonly string @N@ = @V@;", lit="expr", styles=("camel",)),
        T("    public static object @N@ = @V@;", lit="expr", styles=("pascal",)),
        T("    // @V@", lit="prose"),
        T("    /// <summary>@V@</summary>\n    public void @UWC@() { }", lit="prose"),
    ]
    fill = ("    private const int Port = @PORT@;",
            '    private const string Host = "@HOST@";', "    // @WORDC@", "",
            "    public int Retries { get; set; } = @SMALL@;",
            "    private const int @UWC@Port = @PORT@;",
            '    private const string @UWC@Host = "@HOST@";')
    paths = ("src/@WORDC@.Api/Program.cs", "src/@WORDC@.Api/Settings.cs",
             "src/@WORDC@.Core/@UWC@Client.cs", "Services/@UWC@Service.cs")
    return [Flavor(paths, t, fill,
                   header="using System;\n\nnamespace @WORDC@.Api;\n\npublic class @UWC@Settings\n{\n",
                   footer="\n}\n", crlf=True)]


def ruby_flavors():
    t = [
        T("@N@ = '@V@'", q="'", styles=("snake", "screaming")),
        T('@N@ = "@V@"', q='"', esc="double", styles=("snake", "screaming")),
        T("@UWU@_CONFIG = {\n  host: '@HOST@',\n  @N@: '@V@',\n  port: @PORT@\n}.freeze", q="'",
          styles=("snake",)),
        T("@UWU@_OPTS = {\n  :@N@ => \"@V@\",\n  :timeout => @SMALL@\n}", q='"', esc="double",
          styles=("snake",)),
        T("Rails.application.configure do\n  config.@N@ = '@V@'\nend", q="'", styles=("snake",)),
        T("@N@ = @V@", lit="expr", styles=("snake", "screaming")),
        T("@UWU@_OPTS = {\n  @N@: @V@\n}", lit="expr", styles=("snake",)),
        T("# @V@", lit="prose"),
        T('raise ArgumentError, "@V@" if @UW@.nil?', lit="prose"),
    ]
    fill = ("HOST = '@HOST@'", "PORT = @PORT@", "# @WORDC@", "", "require 'net/http'",
            "def @UW@_url(path)\n  \"https://@HOST@/#{path}\"\nend", "RETRIES = @SMALL@",
            "@UWU@_HOST = '@HOST@'", "@UWU@_PORT = @PORT@")
    paths = ("config/initializers/@UW@.rb", "lib/@UW@/client.rb", "config/settings.rb",
             "app/services/@UW@_service.rb")
    return [Flavor(paths, t, fill, header="# frozen_string_literal: true\n\n")]


def php_flavors():
    t = [
        T("define('@N@', '@V@');", q="'", styles=("screaming",)),
        T('$@N@ = "@V@";', q='"', esc="double", interp=("$",), styles=("camel", "snake")),
        T("$@N@ = '@V@';", q="'", styles=("camel", "snake")),
        T("$@UW@ = [\n    'host' => '@HOST@',\n    '@N@' => '@V@',\n    'port' => @PORT@,\n];", q="'",
          styles=("snake", "camel")),
        T("class @UWC@Client\n{\n    private $@N@ = '@V@';\n}", q="'", styles=("camel",)),
        T("$@N@ = @V@;", lit="expr", styles=("camel", "snake")),
        T("$@UW@ = [\n    '@N@' => @V@,\n];", lit="expr", styles=("snake",)),
        T("// @V@", lit="prose"),
        T("/* @V@ */", lit="prose"),
    ]
    fill = ("$host = '@HOST@';", "$port = @PORT@;", "// @WORDC@", "",
            "function @UW@_url($path) {\n    return 'https://@HOST@/' . $path;\n}",
            "define('WP_DEBUG', false);", "$@UW@Host = '@HOST@';", "$@UW@Port = @PORT@;")
    paths = ("wp-config.php", "config/database.php", "config/services.php", "src/@UWC@Client.php",
             "app/@UW@.php")
    return [Flavor(paths, t, fill, header="<?php\n\n")]


def rust_flavors():
    t = [
        T('const @N@: &str = "@V@";', q='"', esc="double", styles=("screaming",)),
        T('static @N@: &str = r"@V@";', q='"', esc="raw", styles=("screaming",), desc="raw string"),
        T('fn @UW@_config() {\n    let @N@ = "@V@";\n    println!("@UW@ ready: {}", @N@.len());\n}',
          q='"', esc="double", styles=("snake",)),
        T('fn @UW@_settings() -> Settings {\n    Settings {\n        host: "@HOST@".to_string(),\n'
          '        @N@: "@V@".to_string(),\n    }\n}', q='"', esc="double", styles=("snake",)),
        T("fn @UW@_load() {\n    let @N@ = @V@;\n    drop(@N@);\n}", lit="expr", styles=("snake",)),
        T("// @V@", lit="prose"),
        T("/// @V@\nfn @UW@() {}", lit="prose"),
    ]
    fill = ("const PORT: u16 = @PORT@;", 'const HOST: &str = "@HOST@";', "// @WORDC@", "",
            "use std::env;", "const RETRIES: u32 = @SMALL@;",
            "const @UWU@_PORT: u16 = @PORT@;", 'const @UWU@_HOST: &str = "@HOST@";')
    paths = ("src/config.rs", "src/main.rs", "src/@UW@/client.rs", "crates/@UW@/src/lib.rs")
    return [Flavor(paths, t, fill, header="//! @COMPANY@ @WORD@\n\n")]


# Connection strings: (format with @V@, name of the value's key, characters that break it).
CONNSTR_FORMATS = [
    ("Server=tcp:@HOST@,1433;Initial Catalog=@DB@;Persist Security Info=False;User ID=@USER@;"
     "Password=@V@;MultipleActiveResultSets=False;Encrypt=True;", "Password", ";={}"),
    ("Data Source=@HOST@;Initial Catalog=@DB@;User Id=@USER@;Pwd=@V@;", "Pwd", ";={}"),
    ("Driver={ODBC Driver 18 for SQL Server};Server=@HOST@;Database=@DB@;Uid=@USER@;Pwd=@V@;",
     "Pwd", ";={}"),
    ("Host=@HOST@;Port=5432;Database=@DB@;Username=@USER@;Password=@V@", "Password", ";={}"),
    ("jdbc:sqlserver://@HOST@:1433;databaseName=@DB@;user=@USER@;password=@V@;encrypt=true",
     "password", ";={}"),
    ("jdbc:mysql://@HOST@:3306/@DB@?user=@USER@&password=@V@&useSSL=true", "password", ";={}&?"),
    ("host=@HOST@ port=5432 dbname=@DB@ user=@USER@ password=@V@ sslmode=require", "password",
     ";={}"),
    ("@HOST@:6380,password=@V@,ssl=True,abortConnect=False", "password", ";={},"),
    ("User Id=@USER@;Password=@V@;Data Source=@HOST@:1521/ORCL;", "Password", ";={}"),
    ("Provider=MSOLEDBSQL;Data Source=@HOST@;Initial Catalog=@DB@;User ID=@USER@;PWD=@V@;", "PWD",
     ";={}"),
]
# Keys whose value is a file: only file-path look-alikes go there.
CONNSTR_PATH_FORMATS = [
    ("host=@HOST@ port=5432 dbname=@DB@ user=@USER@ sslmode=verify-full sslkey=@V@", "sslkey"),
    ("host=@HOST@ dbname=@DB@ user=@USER@ passfile=@V@", "passfile"),
    ("Server=@HOST@;Database=@DB@;Uid=@USER@;SslKey=@V@;SslMode=Required", "SslKey"),
]
CONNSTR_KINDS = ("positive", PLACEHOLDER, VAR_REF, TEMPLATE_REF, MASKED, REPEATED, SEQUENTIAL)


def connstr_flavors():
    hosts = [
        # (flavor paths, header, footer, joiner, item with @CS@, q, esc, interp, host brk, prose, fillers, crlf)
        (("appsettings.Production.json", "src/@WORDC@/appsettings.json"), "{\n  \"ConnectionStrings\": {\n",
         "\n  }\n}\n", ",\n", '    "@UWC@": "@CS@"', '"', "double", (), "",
         '    "_comment_@UW@": "@V@"', ('    "@UWC@Cache": "@HOST@:6379"',), False),
        (("web.config", "@UW@/Web.config"), '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n'
         "  <connectionStrings>\n", "\n  </connectionStrings>\n</configuration>\n", "\n",
         '    <add name="@UWC@" connectionString="@CS@" providerName="System.Data.SqlClient" />',
         '"', "raw", (), XML_BRK, "    <!-- @V@ -->",
         ('    <remove name="@UWC@" />',), True),
        ((".env.database", "deploy/@UW@.env"), "# database connections\n", "\n", "\n",
         '@UWU@_CONNECTION="@CS@"', '"', "double", ("$", "`"), "", "# @V@",
         ("@UWU@_POOL_SIZE=@SMALL@", "APP_ENV=@ENVNAME@", "# @WORDC@"), False),
        (("src/main/resources/db.properties", "conf/@UW@-jdbc.properties"), "# JDBC\n", "\n", "\n",
         "@UW@.datasource.url=@CS@", "", "double", (), "", "# @V@",
         ("@UW@.datasource.pool=@SMALL@", "@UW@.datasource.driver=org.postgresql.Driver"), False),
        (("src/@WORDC@.Data/Db.cs", "Data/@UWC@Context.cs"), "namespace @WORDC@.Data;\n\npublic static class Db\n{\n",
         "\n}\n", "\n", '    public const string @UWC@ = "@CS@";', '"', "double", (), "",
         "    // @V@", ("    public const int CommandTimeout = @NUM@;",
                         "    public const int @UWC@Timeout = @NUM@;"), True),
        (("app/db.py", "scripts/@UW@_export.py"), "import psycopg\n\n", "\n", "\n",
         '@UWU@_DSN = "@CS@"', '"', "double", (), "", "# @V@",
         ("conn = psycopg.connect(DEFAULT_DSN)", "BATCH = @NUM@", "@UWU@_BATCH = @NUM@"), False),
    ]
    flavors = []
    for (paths, header, footer, joiner, item, q, esc, interp, hbrk, prose, fills, crlf) in hosts:
        ts = []
        for fmt, name, brk in CONNSTR_FORMATS:
            if q == "" and " " in fmt:
                continue
            if hbrk == XML_BRK:
                fmt = fmt.replace("&", "&amp;")
            ts.append(T(item.replace("@CS@", fmt), q=q, esc=esc, interp=interp, brk=brk + hbrk,
                        names=(name,), kinds=CONNSTR_KINDS, untyped=True,
                        desc=f"{name}= in a connection string"))
        for fmt, name in CONNSTR_PATH_FORMATS:
            if q == "" and " " in fmt:
                continue
            ts.append(T(item.replace("@CS@", fmt), q=q, esc=esc, interp=interp, brk=";= " + hbrk,
                        names=(name,), kinds=(FILE_PATH,), untyped=True))
        ts.append(T(prose, lit="prose"))
        flavors.append(Flavor(paths, ts, fills, header=header, footer=footer, joiner=joiner,
                              crlf=crlf, min_fill=0, max_fill=1))
    return flavors


# Command lines: (command with @V@, quote, fixed names or None, name styles, breaks).
CLI_COMMANDS = [
    ("mysql -h @HOST@ -u @USER@ -p@V@ @DB@", "", ("-p",), None),
    ("mysqldump --user=@USER@ --password=@V@ --single-transaction @DB@ > @DB@.sql", "",
     ("--password",), None),
    ("@APP@ --@N@=@V@ --port @PORT@", "", None, ("kebab",)),
    ("@APP@ serve --@N@ @V@ --log-level info", "", None, ("kebab",)),
    ("@APP@ migrate --@N@='@V@' --target @VER@", "'", None, ("kebab",)),
    ('@APP@ sync --@N@ "@V@"', '"', None, ("kebab",)),
    ('curl -fsS -H "X-Api-Key: @V@" https://@HOST@/v1/@WORD@', '"', ("X-Api-Key",), None),
    ("curl -s -H 'x-api-key: @V@' https://@HOST@/api/@WORD@", "'", ("x-api-key",), None),
    ("docker run -d -e @N@=@V@ -p @PORT@:@PORT@ @IMAGE@", "", None, ("screaming",)),
    ("kubectl create secret generic @WORD@ --from-literal=@N@=@V@", "", None, ("snake", "kebab")),
    ("helm upgrade --install @WORD@ ./chart --set @N@=@V@", "", None, ("dotted",)),
    ("terraform apply -var '@N@=@V@'", "'", None, ("snake",)),
    ("vault login -method=userpass username=@USER@ password=@V@", "", ("password",), None),
    ("java -jar @WORD@.jar --spring.datasource.password=@V@", "",
     ("spring.datasource.password",), None),
    ("@N@=@V@ psql -h @HOST@ -U @USER@ @DB@", "", ("PGPASSWORD",), None),
    ("export @N@=@V@", "", None, ("screaming",)),
    ("docker login -u @USER@ --password '@V@' registry.@DOMAIN@", "'", ("--password",), None),
]
CLI_PS_COMMANDS = [
    (".\\deploy.ps1 -Environment @ENVNAME@ -@N@ '@V@'", "'", None, ("pascal",)),
    ('$env:@N@ = "@V@"', '"', None, ("screaming",)),
]


def cli_flavors():
    hosts = [
        # (paths, header, footer, item with @CMD@, interp, fillers, shell-like)
        ((".bash_history", "home/@USER@/.bash_history"), "", "\n", "@CMD@", (),
         ("ls -la", "cd /srv/@WORD@", "git status", "kubectl get pods -n @WORD@",
          "ssh @USER@@@HOST@", "vim config.yml", "tail -f /var/log/@WORD@.log", "history | tail"),
         True),
        ((".zsh_history",), "", "\n", ": @TS@:0;@CMD@", (),
         (": @TS@:0;git pull --rebase", ": @TS@:0;make build", ": @TS@:0;docker ps",
          ": @TS@:0;cd ~/src/@WORD@"), True),
        (("scripts/ci/@UW@.sh", "ci/deploy-@ENVNAME@.sh"), "#!/bin/sh\nset -eu\n\n", "\n", "@CMD@",
         (), ('echo "step: @WORD@"', "cd build", "# @WORDC@"), True),
        ((".github/workflows/@UW@.yml",),
         "name: @WORD@\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
         "    steps:\n      - uses: actions/checkout@v4\n", "\n",
         "      - name: @WORDC@\n        run: |\n          @CMD@", (),
         ("      - name: Build\n        run: make build",
          "      - name: Lint\n        run: npm ci && npm run lint",
          "      - name: Build @UWC@\n        run: make @UW@"), True),
        (("Makefile", "ops/Makefile"), ".PHONY: deploy\n\n", "\n", "@UW@:\n\t@CMD@", ("$",),
         ("build:\n\tgo build ./...", "lint:\n\tgolangci-lint run",
          "@UW@-build:\n\tgo build ./cmd/@UW@", "@UW@-lint:\n\tgolangci-lint run ./@UW@/..."), True),
        (("ci/build.log",), "", "\n", "[@CLOCK@] + @CMD@", (),
         ("[@CLOCK@] Running on runner-@UW@", "[@CLOCK@] $ npm ci", "[@CLOCK@] Job succeeded"), True),
        (("AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt",),
         "", "\n", "@CMD@", (), ("Get-ChildItem", "cd C:\\src\\@WORD@", "git status"), False),
    ]
    flavors = []
    for (paths, header, footer, item, hinterp, fills, shell_like) in hosts:
        ts = []
        cmds = CLI_COMMANDS if shell_like else CLI_PS_COMMANDS + CLI_COMMANDS[6:8]
        for cmd, q, names, styles in cmds:
            if q == "":
                kw = dict(brk=SH_BRK, interp=("$",) + hinterp, esc="no")
            elif q == "'":
                kw = dict(q="'", interp=hinterp, esc="raw", refbrk="$")
            else:
                kw = dict(q='"', interp=("$", "`") + hinterp, esc="no", brk="!")
            if not shell_like and q == '"':
                kw = dict(q='"', interp=("$", "`"), esc="no")
            if "@N@" not in cmd and names is None:
                continue
            kinds = SECRET_NAMED_KINDS if names or "kubectl" in cmd else None
            ts.append(T(item.replace("@CMD@", cmd), names=names, styles=styles, untyped=True,
                        kinds=kinds, desc=f"{kw.get('q') and 'quoted' or 'unquoted'} argument", **kw))
        if shell_like:
            ts.append(T(item.replace("@CMD@", "# @V@"), lit="prose"))
            ts.append(T(item.replace("@CMD@", 'git commit -m "@V@"'), lit="prose"))
        else:
            ts.append(T(item.replace("@CMD@", "# @V@"), lit="prose"))
        flavors.append(Flavor(paths, ts, fills, header=header, footer=footer, min_fill=1,
                              max_fill=3))
    return flavors


# Markdown code blocks other than shell ones: no `$(...)` command substitution there.
NOT_SHELL = ("positive",) + tuple(k for k in KINDS if k != FUNC_CALL)


def markdown_flavors():
    t = [
        T("```bash\nexport @N@=@V@\n```", brk=SH_BRK, interp=("$",), esc="no", untyped=True,
          styles=("screaming",)),
        T("```bash\nexport @N@='@V@'\n```", q="'", untyped=True, styles=("screaming",), refbrk="$"),
        T('```bash\n@N@="@V@" ./deploy.sh\n```', q='"', interp=("$", "`"), esc="double", brk="!",
          untyped=True, styles=("screaming",)),
        T("```yaml\n@SEC@:\n  @N@: \"@V@\"\n```", q='"', esc="double", styles=("snake", "camel"),
          kinds=NOT_SHELL),
        T("```ini\n[@SEC@]\n@N@ = @V@\n```", ws=True, brk=";#", interp=("%", "$"), untyped=True,
          styles=("snake",), start="\"'"),
        T("```python\n@N@ = \"@V@\"\n```", q='"', esc="double", styles=("snake", "screaming"),
          kinds=NOT_SHELL),
        T("```python\n@N@ = @V@\n```", lit="expr", styles=("snake", "screaming")),
        T("```json\n{\n  \"@N@\": \"@V@\"\n}\n```", q='"', esc="double", styles=("camel", "snake"),
          kinds=NOT_SHELL),
        T("- `@N@=@V@`", brk=SH_BRK + " ", interp=("$",), esc="no", untyped=True,
          styles=("screaming",)),
        T("@PARA@ @V@ @PARA@", lit="prose"),
        T("> @V@", lit="prose"),
    ]
    fill = ("## @WORDC@", "@PARA@", "- @PARA@\n- @PARA@", "```bash\ncurl -fsS https://@HOST@/healthz\n```",
            "| setting | default |\n|---|---|\n| port | @PORT@ |\n| region | @REGION@ |")
    paths = ("README.md", "runbooks/@UW@.md", "wiki/Onboarding.md", "wiki/@WORDC@-Setup.md",
             "CONTRIBUTING.md", "runbooks/incident-@UW@.md")
    return [Flavor(paths, t, fill, header="# @COMPANY@ @WORDC@\n\n@PARA@\n\n", joiner="\n\n",
                   min_fill=1, max_fill=2)]


FLAVORS = {
    "env": [env_flavor()], "shell": shell_flavors(), "yaml": yaml_flavors(),
    "compose": compose_flavors(), "json": json_flavors(), "toml": toml_flavors(),
    "ini": ini_flavors(), "properties": properties_flavors(), "xml": xml_flavors(),
    "hcl": hcl_flavors(), "python": python_flavors(), "javascript": js_flavors(),
    "go": go_flavors(), "java": java_flavors(), "csharp": csharp_flavors(),
    "ruby": ruby_flavors(), "php": php_flavors(), "rust": rust_flavors(),
    "connstr": connstr_flavors(), "cli": cli_flavors(), "markdown": markdown_flavors(),
}


# --- random sources --------------------------------------------------------------------------------

class Filler:
    """Realistic non-secret text (hosts, users, companies) from a seeded Faker."""

    SECTIONS = ("database", "cache", "mail", "queue", "storage", "search", "billing",
                "notifications", "analytics", "monitoring", "backup", "reporting", "crm",
                "inventory", "messaging", "gateway", "cdn", "payments", "ldap", "smtp", "redis",
                "sso", "metrics", "scheduler", "exports", "uploads", "webhooks", "oauth", "api",
                "ingest", "pricing", "audit", "catalog", "shipping", "support", "geo", "media")
    RESOURCES = ("postgresql_role", "mysql_user", "rabbitmq_user", "grafana_user",
                 "keycloak_user", "mongodbatlas_database_user")
    IMAGES = ("postgres:16", "mysql:8.4", "redis:7-alpine", "rabbitmq:3-management",
              "nginx:1.27", "minio/minio:latest", "grafana/grafana:11.2.0", "node:20-slim",
              "python:3.12-slim", "ghcr.io/@WORD@/@WORD@:@VER@")
    PFX = ("app", "app.security", "service", "integration.@WORD@", "spring.mail", "client",
           "spring.datasource", "app.@WORD@")
    APPS = ("./bin/@WORD@", "@WORD@ctl", "./@WORD@", "@WORD@-cli", "python manage.py")

    def __init__(self, seed: int):
        self.fk = Faker("en_US")
        self.fk.seed_instance(seed)
        self.de = Faker("de_DE")
        self.de.seed_instance(seed + 7)
        self.rng = random.Random(f"{seed}/fill")

    def clean(self, make, reserved=False):
        for _ in range(200):
            v = make()
            if reserved and v in RESERVED:
                continue
            if not FILL_BAD.search(v) and "'" not in v and '"' not in v:
                return v
        raise RuntimeError("no clean filler")

    def word(self):
        return self.clean(lambda: self.fk.word().lower(), reserved=True)

    def marker(self, m: str, doc) -> str:
        fk, rng = self.fk, self.rng
        if m == "HOST":
            return self.clean(lambda: f"{self.word()}-{rng.randint(1, 12)}.{fk.domain_name()}")
        if m == "DOMAIN":
            return self.clean(fk.domain_name)
        if m == "PORT":
            return str(rng.choice((5432, 3306, 6379, 8080, 8443, 9000, 5672, 27017, 9200, 1433,
                                   rng.randint(3000, 9999))))
        if m == "USER":
            return self.clean(fk.user_name)
        if m == "DB":
            return self.word() + rng.choice(("", "_prod", "_db", "_main"))
        if m == "EMAIL":
            return self.clean(fk.company_email)
        if m == "COMPANY":
            return self.clean(lambda: (self.de if rng.random() < 0.25 else fk).company())
        if m == "NAME":
            return self.clean(fk.name)
        if m == "CITY":
            return self.clean(lambda: (self.de if rng.random() < 0.3 else fk).city())
        if m == "NUM":
            return str(rng.choice((30, 60, 90, 120, 300, 600, 900, 3600, rng.randint(10, 5000))))
        if m == "SMALL":
            return str(rng.randint(2, 12))
        if m == "BOOL":
            return rng.choice(("true", "false"))
        if m == "REGION":
            return rng.choice(("eu-west-1", "us-east-2", "europe-west3", "westeurope",
                               "ap-southeast-1", "fra1"))
        if m == "WORD":
            return self.word()
        if m == "WORDC":
            return self.word().capitalize()
        if m == "WORDU":
            return self.word().upper()
        if m in ("UW", "UWC", "UWU"):
            w = doc.unique_word(self)
            return {"UW": w, "UWC": w.capitalize(), "UWU": w.upper()}[m]
        if m == "SEC":
            return doc.unique_section(self)
        if m == "ENVNAME":
            return rng.choice(("production", "staging", "prod", "qa", "dev", "preprod"))
        if m == "VER":
            return f"{rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
        if m == "IMAGE":
            return self.fill(rng.choice(self.IMAGES), doc)
        if m == "RESOURCE":
            return rng.choice(self.RESOURCES)
        if m == "PFX":
            return self.fill(rng.choice(self.PFX), doc)
        if m == "APP":
            return self.fill(rng.choice(self.APPS), doc)
        if m == "TS":
            doc.clock += rng.randint(5, 900)
            return str(1_760_000_000 + doc.clock)
        if m == "CLOCK":
            doc.clock += rng.randint(1, 40)
            s = doc.clock
            return f"{s // 3600 % 24:02d}:{s // 60 % 60:02d}:{s % 60:02d}"
        if m == "PARA":
            return self.clean(lambda: fk.sentence(nb_words=rng.randint(6, 12)))
        if m == "UUID":
            return fk.uuid4()
        raise KeyError(m)

    def fill(self, text: str, doc) -> str:
        return re.sub(r"@([A-Z0-9]+)@", lambda mo: self.marker(mo.group(1), doc), text)


class Values:
    """Planted values: positives as the `secrets` module makes them (from a seeded
    random.Random) and Faker passwords; look-alikes of every kind."""

    def __init__(self, seed: int):
        self.rng = random.Random(f"{seed}/values")
        self.fk = Faker("en_US")
        self.fk.seed_instance(seed + 1)
        self.source_cycle = 0
        self.seen = set()
        self.fallbacks = 0

    # secrets.token_urlsafe / token_hex / choice, with a seeded generator
    def token_urlsafe(self, nbytes: int) -> str:
        return base64.urlsafe_b64encode(self.rng.randbytes(nbytes)).rstrip(b"=").decode()

    def token_hex(self, nbytes: int) -> str:
        return self.rng.randbytes(nbytes).hex()

    def chars(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def positive(self, t: T):
        punct = t.positive_punct()
        source = ("urlsafe", "hex", "choice", "faker")[self.source_cycle % 4]
        self.source_cycle += 1
        for attempt in range(3000):
            if source == "faker" and attempt >= 600:
                source = "choice"
                self.fallbacks += 1
            if source == "urlsafe":
                n = self.rng.randint(12, 48)
                v, desc = self.token_urlsafe(n), f"token_urlsafe({n})"
            elif source == "hex":
                n = self.rng.randint(12, 32)
                v, desc = self.token_hex(n), f"token_hex({n})"
            elif source == "choice":
                n = self.rng.randint(12, 32)
                v = self.chars(ALNUM + punct, n)
                desc = f"secrets.choice password ({n})"
            else:
                n = self.rng.randint(12, 32)
                v = self.fk.password(length=n, special_chars=True, digits=True, upper_case=True,
                                     lower_case=True)
                desc = f"Faker password ({n})"
            if v not in self.seen and positive_ok(v, punct, source):
                self.seen.add(v)
                return v, desc
        raise RuntimeError(f"no positive for {t.pat!r}")

    # look-alikes -----------------------------------------------------------------------------

    def secret_concept(self):
        return self.rng.choice(SECRET_CONCEPTS)

    def env_name(self, concept=None):
        return style(concept or self.secret_concept(), "screaming")

    def uuid4(self):
        h = self.chars(HEX, 32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.rng.choice('89ab')}{h[17:20]}-{h[20:]}"

    def b64(self, nbytes: int, pad=True, urlsafe=False) -> str:
        raw = self.rng.randbytes(nbytes)
        s = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(raw).decode()
        return s if pad else s.rstrip("=")

    def hash_value(self, kind: str):
        """(hash, its kind): a password-hash string or a hex digest."""
        r = self.rng
        if kind == "any":
            kind = r.choice(("bcrypt", "argon2", "pbkdf2", "sha512crypt", "sha256"))
        return self._hash(kind), kind

    def _hash(self, kind: str) -> str:
        r = self.rng
        if kind == "bcrypt":
            return f"${r.choice(('2a', '2b', '2y'))}${r.choice(('10', '11', '12', '13'))}$" + \
                self.chars(BCRYPT_ALPHABET, 53)
        if kind == "argon2":
            return ("$argon2id$v=19$m=65536,t=3,p=4$" + self.b64(16, pad=False) + "$" +
                    self.b64(32, pad=False))
        if kind == "pbkdf2":
            return (f"pbkdf2_sha256${r.choice((600000, 720000, 870000))}$" + self.chars(ALNUM, 22) +
                    "$" + self.b64(32))
        if kind == "sha512crypt":
            return "$6$" + self.chars(BCRYPT_ALPHABET[2:], 16) + "$" + self.chars(BCRYPT_ALPHABET, 86)
        n = {"md5": 32, "sha1": 40, "sha256": 64, "sha512": 128}[kind]
        return self.chars(HEX, n)

    def nonsecret_value(self, kind: str) -> str:
        if kind.startswith("hex"):
            return self.chars(HEX, int(kind[3:]))
        if kind == "HEX16":
            return self.chars(HEX.upper(), 16)
        if kind == "uuid":
            return self.uuid4()
        if kind == "sha256:":
            return "sha256:" + self.chars(HEX, 64)
        if kind == "b64md5":
            return self.b64(16)
        if kind == "sri":
            return "sha512-" + self.b64(64)
        if kind == "urlsafe":
            return self.token_urlsafe(18)
        if kind == "sshfp":
            return "SHA256:" + self.b64(32, pad=False)
        raise KeyError(kind)

    def repeated(self) -> str:
        r = self.rng
        if r.random() < 0.25:
            unit = r.choice(("ab", "12", "a1", "xy", "01", "Ab", "zz9", "abc"))
            if unit == "xy":
                unit = "qw"
            return unit * r.randint(4, 8)
        c = r.choice("abcdefghijklmnopqrstuvwyz0123456789ABCDEFGHIJKLMNOPQRSTUVWYZ")
        return c * r.randint(8, 24)

    def sequential(self) -> str:
        r = self.rng
        pick = r.randrange(6)
        if pick == 0:
            a = r.randint(0, 14)
            s = string.ascii_lowercase[a:a + r.randint(8, 12)]
            return s.upper() if r.random() < 0.3 else s
        if pick == 1:
            return r.choice(("123456789", "1234567890", "0123456789", "12345678", "23456789",
                             "123456789012", "01234567"))
        if pick == 2:
            return r.choice(("987654321", "9876543210", "87654321", "zyxwvutsrq", "ZYXWVUTS"))
        if pick == 3:
            row = r.choice(KEYBOARD_ROWS[:2])
            return row if r.random() < 0.7 else row.upper()
        if pick == 4:
            return r.choice(("0123456789abcdef", "abcdef0123456789", "abcdefghijklmnopqrstuvwxyz",
                             "ABCDEFGHIJKLMNOP"))
        return r.choice(("qwertyuiopasdfgh", "qwertyuiop123456", "asdfghjkl"))

    def masked(self) -> str:
        m = self.rng.choice(MASKS)
        return (m.replace("@LAST4@", self.chars(HEX, 4))
                 .replace("@FIRST4@", self.chars(ALNUM, 4)))

    def placeholder(self, concept) -> str:
        r = self.rng
        if r.random() < 0.3:
            return r.choice((f"<{style(concept, 'kebab')}>", f"your-{style(concept, 'kebab')}",
                             f"YOUR_{style(concept, 'screaming')}_HERE",
                             f"<{style(concept, 'screaming')}>",
                             f"REPLACE_WITH_{style(concept, 'screaming')}",
                             f"your_{style(concept, 'snake')}_here"))
        return r.choice(PLACEHOLDERS)

    def path(self, concept, filler, doc) -> str:
        r = self.rng
        s = style(concept, "snake")
        keyish = "key" in concept or "keystore" in concept
        if keyish:
            options = ["./certs/key.pem", "/etc/ssl/private/@WORD@.key", "/var/lib/@WORD@/signing.key",
                       "../keys/@WORD@.pem", "/home/@USER@/.ssh/id_ed25519", "/opt/@WORD@/conf/keystore.p12",
                       "C:\\keys\\@WORD@.pfx", ".\\certs\\signing.pfx", "keys/jwt-private.pem",
                       "~/.config/@WORD@/key.pem"]
        else:
            options = [f"/run/secrets/{s}", "/etc/@WORD@/secrets/" + s + ".txt",
                       "./secrets/" + s + ".json", "../config/credentials.json",
                       "~/.config/@WORD@/token", "secrets/" + s + ".txt", "C:\\keys\\api.txt",
                       "C:\\ProgramData\\@WORDC@\\secrets\\" + s + ".txt", "D:\\secrets\\token.txt",
                       "/var/run/secrets/@WORD@/" + s, "%APPDATA%\\@WORDC@\\credentials.json"]
        return filler.fill(r.choice(options), doc)

    def url(self, filler, doc) -> str:
        r = self.rng
        return filler.fill(r.choice((
            "https://@HOST@/oauth2/token", "https://login.@DOMAIN@/oauth/authorize",
            "https://@HOST@/api/v2/auth", "https://vault.@DOMAIN@:8200",
            "https://@HOST@/.well-known/jwks.json",
            "https://@HOST@/realms/@WORD@/protocol/openid-connect/token",
            "http://localhost:@PORT@/auth/callback", "https://@HOST@/password/reset?source=email",
            "https://secrets.@DOMAIN@/v1/@WORD@", "ldaps://ldap.@DOMAIN@:636",
            "https://@HOST@/token?grant_type=client_credentials", "https://@HOST@/docs/api-keys")),
            doc)

    def sentence(self, filler, doc) -> str:
        return filler.fill(self.rng.choice(SENTENCES), doc)

    def var_ref(self, syntax: str):
        """(value, lit) of a reference to an environment or configuration variable."""
        r = self.rng
        c = self.secret_concept()
        E, S, D = style(c, "screaming"), style(c, "snake"), style(c, "dotted")
        if syntax == "python":
            return r.choice((f'os.getenv("{E}")', f'os.environ["{E}"]', f'os.environ.get("{E}", "")',
                             f"settings.{E}")), "expr"
        if syntax == "javascript":
            return r.choice((f"process.env.{E}", f'process.env["{E}"]', f"import.meta.env.VITE_{E}",
                             f'Deno.env.get("{E}")')), "expr"
        if syntax == "go":
            return r.choice((f'os.Getenv("{E}")', f'cfg.String("{D}")')), "expr"
        if syntax == "java":
            if r.random() < 0.4:
                return "${" + D + "}", "str"
            return r.choice((f'System.getenv("{E}")', f'System.getProperty("{D}")',
                             f'env.getProperty("{D}")')), "expr"
        if syntax == "csharp":
            return r.choice((f'Environment.GetEnvironmentVariable("{E}")',
                             f'Configuration["{style(c, "pascal")}"]',
                             f'builder.Configuration["Auth:{style(c, "pascal")}"]')), "expr"
        if syntax == "ruby":
            return r.choice((f'ENV["{E}"]', f'ENV.fetch("{E}")', f"ENV['{E}']")), "expr"
        if syntax == "php":
            return r.choice((f"getenv('{E}')", f"$_ENV['{E}']", f"$_SERVER['{E}']", f"env('{E}')")), "expr"
        if syntax == "rust":
            return r.choice((f'env::var("{E}")?', f'std::env::var("{E}").unwrap_or_default()',
                             f'env!("{E}")')), "expr"
        if syntax == "hcl":
            if r.random() < 0.6:
                return r.choice((f"var.{S}", f"local.{S}")), "expr"
            return "${var." + S + "}", "str"
        if syntax in ("yaml", "compose"):
            return r.choice(("${" + E + "}", "${" + E + ":-}", "%env(" + E + ")%",
                             "${env:" + E + "}")), "str"
        if syntax in ("json", "toml", "xml"):
            return r.choice(("${" + E + "}", "%" + E + "%", "${env." + E + "}")), "str"
        if syntax == "properties":
            return r.choice(("${" + E + "}", "${" + D + "}", "${" + E + ":}")), "str"
        if syntax == "ini":
            return r.choice(("${" + E + "}", "$" + E)), "str"
        if syntax == "cli":
            return r.choice(("$" + E, "${" + E + "}", "$(" + E + ")")), "str"
        if syntax == "connstr":
            return r.choice(("${" + E + "}", "%" + E + "%", "$(" + E + ")")), "str"
        return r.choice(("${" + E + "}", "$" + E, "${" + E + ":?missing}")), "str"

    def template_ref(self, syntax: str):
        """(value, lit) of a placeholder a templating tool fills in before use."""
        r = self.rng
        c = self.secret_concept()
        E, S, P, C = (style(c, "screaming"), style(c, "snake"), style(c, "pascal"),
                      style(c, "camel"))
        jinja, octo, under, at = "{{ " + S + " }}", "#{" + P + "}", "__" + E + "__", "@@" + E + "@@"
        forms = {
            "yaml": [jinja, "{{ .Values." + C + " }}", "${{ secrets." + E + " }}",
                     "<%= ENV['" + E + "'] %>", "{{ lookup('env', '" + E + "') }}",
                     "{{resolve:ssm-secure:/prod/" + S + ":1}}", "{{ vault_" + S + " }}"],
            "compose": [jinja, under, "{{ vault_" + S + " }}"],
            "env": [jinja, under, at, "{{ .Env." + E + " }}"],
            "shell": [jinja, under, at],
            "json": [octo, under, "{{resolve:secretsmanager:" + S + "}}", jinja],
            "toml": [octo, under, jinja],
            "ini": ["%(" + S + ")s", "%(" + S + ")s", octo, under],
            "properties": [octo, under, at],
            "xml": [octo, under, at],
            "hcl": [octo, under, "{{ " + S + " }}"],
            "python": [jinja, "%(" + S + ")s", under],
            "go": ["{{ ." + P + " }}", under],
            "java": [at, under, "{{" + C + "}}"],
            "csharp": [octo, under, "{{" + P + "}}"],
            "php": ["{{ " + S + " }}", under],
            "rust": ["{{ " + S + " }}", under],
            "cli": ["${{ secrets." + E + " }}", jinja, under],
            "connstr": [octo, under, at, jinja],
            "markdown": [jinja, "${{ secrets." + E + " }}", under],
        }
        if syntax == "javascript":
            return "`${process.env." + E + "}`", "expr"
        if syntax == "ruby":
            if r.random() < 0.5:
                return '"#{ENV.fetch(\'' + E + '\')}"', "expr"
            return r.choice((jinja, under)), "str"
        return r.choice(forms[syntax]), "str"

    def func_call(self, syntax: str):
        r = self.rng
        c = self.secret_concept()
        S, K = style(c, "snake"), style(c, "kebab")
        table = {
            "python": ('get_secret("' + K + '")', 'vault.read("secret/data/' + K + '")["data"]["value"]',
                       'keyring.get_password("@WORD@", "' + S + '")', "secrets.token_urlsafe(32)",
                       'load_key("' + K + '")', 'config.get("auth", "' + S + '")'),
            "javascript": ("await getSecret('" + K + "')", "crypto.randomBytes(32).toString('hex')",
                           "vault.read('secret/data/" + K + "')", "config.get('" + style(c, "dotted") + "')"),
            "go": ('mustSecret("' + K + '")', 'vault.Read(ctx, "secret/data/' + K + '")',
                   "generateToken(32)", 'viper.GetString("' + style(c, "dotted") + '")'),
            "java": ('secretManager.getSecret("' + K + '")', 'vault.read("secret/' + K + '").getData()',
                     "UUID.randomUUID().toString()", "generateKey()"),
            "csharp": ('await secretClient.GetSecretAsync("' + K + '")', "Guid.NewGuid().ToString()",
                       "GenerateToken(32)", 'Configuration.GetValue<string>("' + style(c, "pascal") + '")'),
            "ruby": ("SecureRandom.hex(32)", "Rails.application.credentials.dig(:" + S + ")",
                     "fetch_secret(:" + S + ")", "Vault.logical.read('secret/" + K + "')"),
            "php": ("bin2hex(random_bytes(32))", "get_secret('" + K + "')",
                    "config('services." + S + "')", "$vault->read('secret/" + K + "')"),
            "rust": ('fetch_secret("' + K + '").await?', 'vault.read("secret/' + K + '")?',
                     "generate_token(32)", "rand::random::<u64>()"),
            "hcl": ('file("${path.module}/secrets/' + S + '.txt")', "random_password." + S + ".result",
                    'lookup(var.secrets, "' + S + '")', "base64decode(var." + S + "_b64)",
                    "sensitive(random_password." + S + ".result)"),
            "yaml": ("!Ref " + style(c, "pascal") + "Param", "!GetAtt " + style(c, "pascal") + ".Value",
                     "!Sub '{{resolve:secretsmanager:" + K + "}}'"),
        }
        if syntax in table:
            v = r.choice(table[syntax])
            return v, ("tag" if syntax == "yaml" else "expr")
        # shell-like: command substitution
        v = r.choice(("$(cat /run/secrets/" + S + ")", "$(openssl rand -hex 32)",
                      "$(vault kv get -field=" + S + " secret/@WORD@)", "$(pass show @WORD@/" + K + ")",
                      "$(gcloud secrets versions access latest --secret=" + K + ")"))
        return v, "str"

    def boolnum(self, syntax: str):
        concept, v = self.rng.choice(BOOL_CONCEPTS)
        while syntax == "compose" and not v.isdigit():
            # compose rejects booleans and null in `environment:`
            concept, v = self.rng.choice(BOOL_CONCEPTS)
        lit = "expr" if syntax in CODE_LIKE else "str"
        bare_only = syntax in ("yaml", "markdown")
        mapping = {
            "python": {"null": "None", "true": "True", "false": "False"},
            "ruby": {"null": "nil"}, "rust": {"null": "None"},
            "go": {"null": "false"}, "toml": {"null": "false"},
            "php": {}, "java": {}, "csharp": {}, "javascript": {}, "json": {}, "hcl": {},
        }
        v = mapping.get(syntax, {}).get(v, v)
        return concept, v, lit, bare_only


def positive_ok(v: str, punct: str, source: str) -> bool:
    if not v or not v[0].isalnum() or not v[-1].isalnum() or not v.isascii():
        return False
    if any(c not in ALNUM and c not in punct for c in v):
        return False
    if any(c in v[:6] for c in "_-.~"):
        return False
    if v.startswith(PROVIDER_PREFIXES):
        return False
    low = v.lower()
    if any(w in low for w in BANNED_WORDS):
        return False
    if any(s in v for s in BAD_SUBSTRINGS):
        return False
    if re.search(r"\$[A-Za-z_{(]|%[A-Za-z{(]", v):
        return False
    for a, b in ("<>", "[]", "{}", "()"):
        if a in v and b in v:
            return False
    same = up = down = 1
    for prev, cur in zip(v, v[1:]):
        same = same + 1 if cur == prev else 1
        up = up + 1 if ord(cur) == ord(prev) + 1 and cur.isalnum() else 1
        down = down + 1 if ord(cur) == ord(prev) - 1 and cur.isalnum() else 1
        if same >= 3 or up >= 4 or down >= 4:
            return False
    for row in KEYBOARD_ROWS:
        for i in range(len(row) - 3):
            if row[i:i + 4] in low or row[i:i + 4][::-1] in low:
                return False
    classes = [any(c.islower() for c in v), any(c.isupper() for c in v),
               any(c.isdigit() for c in v), any(not c.isalnum() for c in v)]
    if source == "hex":
        if sum(c.isdigit() for c in v) < 3 or sum(c.isalpha() for c in v) < 3:
            return False
    elif source == "urlsafe":
        if not all(classes[:3]):
            return False
    elif source == "any":
        if sum(classes) < 3:
            return False
    elif sum(classes) < 3:
        return False
    counts = Counter(v)
    entropy = -sum(n / len(v) * math.log2(n / len(v)) for n in counts.values())
    return entropy >= 3.0


# --- documents -------------------------------------------------------------------------------------

@dataclass
class Plant:
    kind: str                   # "positive" or a look-alike kind
    syntax: str
    concept: tuple = None
    value: str = None           # look-alikes: the value (before escaping)
    lit: str = "str"
    bare_only: bool = False
    detail: str = ""


@dataclass
class Doc:
    syntax: str
    flavor: Flavor
    path: str = ""
    plants: list = field(default_factory=list)
    items: list = field(default_factory=list)   # each: list of (text, label or None)
    used: list = field(default_factory=list)
    clock: int = 0
    filler_pool: list = field(default_factory=list)
    fillers_used: list = field(default_factory=list)
    names: list = field(default_factory=list)
    header: str = ""
    footer: str = ""

    def unique_word(self, filler: Filler) -> str:
        for _ in range(500):
            w = filler.word()
            if w not in self.used and w.isalpha() and 3 <= len(w) <= 10 and w not in RESERVED:
                self.used.append(w)
                return w
        raise RuntimeError("no unique word")

    def unique_section(self, filler: Filler) -> str:
        pool = [s for s in Filler.SECTIONS if s not in self.used]
        if not pool:
            return self.unique_word(filler)
        s = filler.rng.choice(pool)
        self.used.append(s)
        return s


def repeatable(pattern: str) -> bool:
    head = pattern.strip()
    return (not head or "@SEC@" in pattern or "@UW" in pattern or "@PARA@" in pattern
            or head.startswith(("#", "//", ";", "<!--", "!", "[@CLOCK@]")))


class Generator:
    def __init__(self, seed: int):
        self.seed = seed
        self.rng = random.Random(f"{seed}/layout")
        self.filler = Filler(seed)
        self.values = Values(seed)
        self.tpl_use = Counter()
        self.style_cycle = Counter()
        self.concept_cycle = Counter()
        self.skipped = Counter()
        self.retries = Counter()

    # names
    def pick_style(self, syntax: str, t: T) -> str:
        styles = t.styles or STYLES[syntax]
        i = self.style_cycle[(syntax, styles)]
        self.style_cycle[(syntax, styles)] += 1
        return styles[i % len(styles)]

    def next_concept(self, syntax: str, nest: bool):
        i = self.concept_cycle[syntax]
        while True:
            c = SECRET_CONCEPTS[(i + 7 * SYNTAXES.index(syntax)) % len(SECRET_CONCEPTS)]
            i += 1
            if not nest or (len(c) >= 2 and c[0] in NEST_PARENTS and c[-1] in NEST_LEAVES):
                self.concept_cycle[syntax] = i
                return c

    def name_for(self, concept, syntax: str, t: T):
        if t.names:
            i = self.style_cycle[("names", t.names)]
            self.style_cycle[("names", t.names)] += 1
            return t.names[i % len(t.names)], None
        st = self.pick_style(syntax, t)
        if t.nest:
            parent = style(concept[:-1], st if st not in ("dotted",) else "snake")
            return style(concept[-1:], st), parent
        return style(concept, st), None

    # templates
    def candidates(self, doc: Doc, plant: Plant):
        out = []
        for i, t in enumerate(doc.flavor.templates):
            if plant.kind == PROSE:
                if t.lit == "prose":
                    out.append((i, t))
                continue
            if t.lit == "prose":
                continue
            if not t.accepts(plant.kind, plant.lit, plant.bare_only):
                continue
            if t.nest and plant.kind != "positive":
                continue
            out.append((i, t))
        key = lambda it: (self.tpl_use[(doc.syntax, id(doc.flavor), it[0])], it[0])
        return sorted(out, key=key)

    def render_item(self, doc: Doc, plant: Plant):
        """Render one plant into an item of `doc`; returns False when it does not fit."""
        syntax = doc.syntax
        for attempt in range(40):
            cands = self.candidates(doc, plant)
            if plant.kind != "positive":
                value = plant.value
                literal = plant.kind not in REFERENCE_KINDS
                cands = [(i, t) for i, t in cands if t.render(value, literal) is not None]
            if not cands:
                if plant.kind == "positive" or attempt > 30:
                    return False
                self.remake(doc, plant)
                continue
            i, t = cands[0]
            named = None
            if t.nest:
                named = self.name_for(self.next_concept(syntax, True), syntax, t)
                if named[1] in doc.used:
                    # the parent is a top-level key already: a template without nesting
                    cands = [(j, u) for j, u in cands if not u.nest]
                    if not cands:
                        return False
                    i, t = cands[0]
                    named = None
            if plant.kind == "positive":
                value, source = self.values.positive(t)
                raw = t.render(value, True)
                assert raw == value, (t.pat, value)
            else:
                raw = t.render(plant.value, plant.kind not in REFERENCE_KINDS)
                source = plant.detail
            name, parent = (None, None)
            if named:
                name, parent = named
            elif t.lit != "prose":
                name, parent = self.name_for(plant.concept, syntax, t)
            elif "@N@" in t.pat:
                name = style(self.values.secret_concept(), "snake")
            full_name = f"{parent}.{name}" if parent else name
            segs = self.segments(doc, t, name, parent, raw)
            text = "".join(s for s, _ in segs)
            dup = bool(name) and not t.names and full_name.lower() in doc.names
            if dup or any(rx.search(text) for rx in CONFLICTS):
                self.retries["duplicate name" if dup else "conflict with another identifier"] += 1
                if plant.kind != "positive":
                    self.remake(doc, plant)
                else:
                    plant.concept = self.next_concept(syntax, False)
                continue
            self.tpl_use[(syntax, id(doc.flavor), i)] += 1
            if t.nest and parent:
                doc.used.append(parent)
            if name:
                doc.names.append(full_name.lower())
            if plant.kind == "positive":
                label = {"identifier": ID,
                         "kind": f"generic secret in {syntax}: {source}, {t.desc}",
                         "syntax": syntax, "name": full_name}
            else:
                label = {"identifier": None, "kind": plant.kind, "syntax": syntax}
                if full_name:
                    label["name"] = full_name
                label["detail"] = plant.detail or raw
            segs = [(s, label if lab else None) for s, lab in segs]
            doc.items.append(segs)
            return True
        return False

    def segments(self, doc: Doc, t: T, name, parent, raw: str):
        before, after = t.pat.split("@V@")
        f = self.filler

        def sub(text):
            text = text.replace("@N@", name or "").replace("@LEAF@", name or "")
            text = text.replace("@PARENT@", parent or "")
            return f.fill(text, doc)
        return [(sub(before), False), (raw, True), (sub(after), False)]

    def remake(self, doc: Doc, plant: Plant):
        make_lookalike(self, doc.syntax, plant, doc)

    def filler_item(self, doc: Doc):
        """A filler item: each of the flavor's fillers once, in random order; after that only
        those that make a fresh key (a unique section or word), comments and blank lines."""
        if not doc.filler_pool:
            fresh = [f for f in doc.flavor.fillers if f not in doc.fillers_used or repeatable(f)]
            doc.filler_pool = fresh or list(doc.flavor.fillers)
            self.rng.shuffle(doc.filler_pool)
        pat = doc.filler_pool.pop()
        doc.fillers_used.append(pat)
        return [(self.filler.fill(pat, doc), None)]


def make_lookalike(g: Generator, syntax: str, plant: Plant, doc=None):
    v = g.values
    r = v.rng
    k = plant.kind
    plant.lit, plant.bare_only, plant.detail = "str", False, ""
    if k == PLACEHOLDER:
        plant.concept = v.secret_concept()
        plant.value = v.placeholder(plant.concept)
    elif k == VAR_REF:
        plant.concept = v.secret_concept()
        plant.value, plant.lit = v.var_ref(syntax)
    elif k == TEMPLATE_REF:
        plant.concept = v.secret_concept()
        plant.value, plant.lit = v.template_ref(syntax)
    elif k == FUNC_CALL:
        plant.concept = v.secret_concept()
        value, plant.lit = v.func_call(syntax)
        plant.value = g.filler.fill(value, doc) if "@" in value and "@@" not in value else value
    elif k == FILE_PATH:
        plant.concept = r.choice(PATH_CONCEPTS) if syntax != "connstr" else ("ssl", "key")
        plant.value = v.path(plant.concept, g.filler, doc)
    elif k == URL:
        plant.concept = r.choice(URL_CONCEPTS)
        plant.value = v.url(g.filler, doc)
    elif k == HASH:
        plant.concept, htype = r.choice(HASH_CONCEPTS)
        plant.value, htype = v.hash_value(htype)
        plant.detail = f"{htype} hash"
    elif k == BOOLNUM:
        plant.concept, plant.value, plant.lit, plant.bare_only = v.boolnum(syntax)
    elif k == REPEATED:
        plant.concept = v.secret_concept()
        plant.value = v.repeated()
    elif k == SEQUENTIAL:
        plant.concept = v.secret_concept()
        plant.value = v.sequential()
    elif k == HIGH_ENTROPY:
        plant.concept, vk = r.choice(NONSECRET_CONCEPTS)
        plant.value = v.nonsecret_value(vk)
        plant.detail = vk
    elif k == PROSE:
        plant.concept = None
        plant.value = v.sentence(g.filler, doc)
        plant.lit = "prose"
    elif k == MASKED:
        plant.concept = v.secret_concept()
        plant.value = v.masked()
    if not plant.detail:
        plant.detail = plant.value


# --- generation -------------------------------------------------------------------------------------

def plan(g: Generator):
    """The plants of every syntax: positives, and look-alikes spread over their syntaxes."""
    per_syntax = {s: [] for s in SYNTAXES}
    for s in SYNTAXES:
        for _ in range(POSITIVES_PER_SYNTAX):
            per_syntax[s].append(Plant("positive", s, concept=None))
    for kind in KINDS:
        where = KIND_SYNTAXES.get(kind, SYNTAXES)
        if kind not in CONNSTR_KINDS and kind not in (PROSE, FILE_PATH):
            where = tuple(s for s in where if s != "connstr")
        for i in range(LOOKALIKES_PER_KIND):
            s = where[(i + KINDS.index(kind)) % len(where)]
            per_syntax[s].append(Plant(kind, s))
    for s in SYNTAXES:
        g.rng.shuffle(per_syntax[s])
    return per_syntax


def build(seed: int):
    g = Generator(seed)
    per_syntax = plan(g)
    docs = []
    for syntax in SYNTAXES:
        flavors = FLAVORS[syntax]
        plants = per_syntax[syntax]
        ndocs = max(len(flavors), math.ceil(len(plants) / PLANTS_PER_FILE))
        sdocs = [Doc(syntax, flavors[i % len(flavors)]) for i in range(ndocs)]
        for n, p in enumerate(plants):
            if p.kind == "positive":
                p.concept = g.next_concept(syntax, False)
            # the least-filled document whose flavor has a template for this kind
            order = sorted(range(ndocs), key=lambda i: (len(sdocs[i].plants), (i - n) % ndocs))
            for i in order:
                d = sdocs[i]
                if flavor_can(d.flavor, p.kind, syntax):
                    d.plants.append(p)
                    break
            else:
                sdocs[0].plants.append(p)
        for d in sdocs:
            render_doc(g, d)
        docs.extend(d for d in sdocs if d.items)
    return g, docs


def needed_lit(kind: str, syntax: str):
    """The kind of template a plant needs, where it does not depend on the value drawn."""
    if kind == "positive":
        return "str"
    if kind == PROSE:
        return "prose"
    if kind == FUNC_CALL:
        return "tag" if syntax == "yaml" else "expr" if syntax in CODE_LIKE else "str"
    if kind == BOOLNUM:
        return "expr" if syntax in CODE_LIKE else "str"
    return None


def flavor_can(flavor: Flavor, kind: str, syntax: str) -> bool:
    lit = needed_lit(kind, syntax)
    for t in flavor.templates:
        if (t.lit == "prose") != (kind == PROSE):
            continue
        if lit is not None and t.lit != lit:
            continue
        if t.kinds is None or kind in t.kinds:
            return True
    return False


def render_doc(g: Generator, d: Doc):
    flavor = d.flavor
    header = g.filler.fill(flavor.header, d)
    d.items = []
    for p in d.plants:
        for _ in range(g.rng.randint(flavor.min_fill, flavor.max_fill)):
            d.items.append(g.filler_item(d))
        if p.kind != "positive":
            make_lookalike(g, d.syntax, p, d)
        if not g.render_item(d, p):
            g.skipped[(d.syntax, p.kind)] += 1
    d.items.append(g.filler_item(d))
    d.header = header
    d.footer = g.filler.fill(flavor.footer, d) if flavor.footer else "\n"


def serialize(g: Generator, docs):
    files = {}
    labels = []
    values = {}
    count = Counter()
    for d in docs:
        i = count[id(d.flavor)]
        count[id(d.flavor)] += 1
        paths = d.flavor.paths
        rel = g.filler.fill(paths[i % len(paths)], d)
        if i >= len(paths):
            # another copy of a flavor: in the directory of another service
            rel = f"services/{d.unique_word(g.filler)}/{rel}"
        rel = f"{d.syntax}/{rel}"
        while rel in files:
            rel = rel.replace(f"{d.syntax}/", f"{d.syntax}/{g.filler.word()}/", 1)
        nl = "\r\n" if d.flavor.crlf else "\n"
        out = bytearray()

        def put(text):
            out.extend(text.replace("\n", nl).encode("utf-8"))
        put(d.header)
        for j, item in enumerate(d.items):
            if j:
                put(d.flavor.joiner)
            for text, label in item:
                if label is None:
                    put(text)
                else:
                    start = len(out)
                    out.extend(text.encode("utf-8"))
                    lab = {"file": rel, "start": start, "end": len(out)}
                    lab.update(label)
                    labels.append(lab)
                    values[(rel, start)] = text
        put(d.footer if d.footer.endswith("\n") else d.footer + "\n")
        files[rel] = bytes(out)
    labels.sort(key=lambda l: (l["file"], l["start"]))
    return files, labels, values


# --- checks ------------------------------------------------------------------------------------------

def check(files, labels, values, g: Generator):
    problems = []
    by_file = {}
    for lab in labels:
        data = files[lab["file"]]
        got = data[lab["start"]:lab["end"]].decode("utf-8")
        if got != values[(lab["file"], lab["start"])]:
            problems.append(f"span mismatch {lab}")
        by_file.setdefault(lab["file"], []).append(lab)
    for f, labs in by_file.items():
        for a, b in zip(labs, labs[1:]):
            if a["end"] > b["start"]:
                problems.append(f"overlap in {f}: {a} / {b}")
    seen = Counter()
    for lab in labels:
        if lab["identifier"]:
            v = values[(lab["file"], lab["start"])]
            seen[v] += 1
            punct = "".join(c for c in PUNCT if c not in GLOBAL_FORBID)
            source = "hex" if all(c in HEX for c in v) else "any"
            if not positive_ok(v, punct, source):
                problems.append(f"positive breaks the rules: {lab}")
    problems.extend(f"positive planted twice: {v}" for v, n in seen.items() if n > 1)
    for path, data in files.items():
        text = data.decode("utf-8")
        if len(data) > MAX_FILE_BYTES:
            problems.append(f"{path}: {len(data)} bytes")
        try:
            if path.endswith(".json"):
                json.loads(text)
            elif path.endswith(".toml"):
                tomllib.loads(text)
            elif path.endswith((".xml", ".config")) or path.endswith("Web.config"):
                ET.fromstring(data)
            elif path.endswith((".yml", ".yaml")):
                try:
                    import yaml
                except ImportError:
                    yaml = None
                if yaml is not None:
                    class Loader(yaml.SafeLoader):
                        pass
                    for tag in ("!Ref", "!GetAtt", "!Sub"):
                        Loader.add_constructor(tag, lambda l, n: l.construct_scalar(n))
                    yaml.load(text, Loader=Loader)
            elif path.endswith((".ini", ".cfg", ".cnf", ".conf")) and "/ci/" not in path:
                cp = configparser.ConfigParser(interpolation=None, strict=True)
                cp.read_string(text)
        except Exception as e:  # noqa: BLE001
            problems.append(f"{path} does not parse: {e}")
    total = sum(len(d) for d in files.values())
    if total > MAX_TOTAL_BYTES:
        problems.append(f"total {total} bytes")
    pos = Counter(l["syntax"] for l in labels if l["identifier"])
    for s in SYNTAXES:
        if pos[s] < 20:
            problems.append(f"only {pos[s]} positives in {s}")
    if sum(pos.values()) < 600:
        problems.append(f"only {sum(pos.values())} positives")
    kinds = Counter(l["kind"] for l in labels if not l["identifier"])
    for k in KINDS:
        if kinds[k] < 50:
            problems.append(f"only {kinds[k]} look-alikes of kind {k}")
    return problems


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory (replaced)")
    ap.add_argument("--any-faker", action="store_true",
                    help=f"run with a Faker other than {FAKER_VERSION} (output will differ)")
    args = ap.parse_args()
    if faker.VERSION != FAKER_VERSION and not args.any_faker:
        raise SystemExit(f"Faker {faker.VERSION} is installed; this corpus is made with Faker "
                         f"{FAKER_VERSION} (pip install faker=={FAKER_VERSION}, or --any-faker)")
    g, docs = build(args.seed)
    files, labels, values = serialize(g, docs)
    problems = check(files, labels, values, g)
    if problems:
        for p in problems[:50]:
            print(p, file=sys.stderr)
        raise SystemExit(f"{len(problems)} problems; nothing written")
    out = args.out
    if out.exists():
        if any(out.iterdir()) and not (out / "labels.jsonl").exists():
            raise SystemExit(f"{out} is not empty and has no labels.jsonl; refusing to replace it")
        shutil.rmtree(out)
    for path, data in files.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    with open(out / "labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for label in labels:
            f.write(json.dumps(label, ensure_ascii=False) + "\n")
    # Re-read what was written: every label's bytes are exactly the planted value.
    for label in labels:
        data = (out / label["file"]).read_bytes()
        assert data[label["start"]:label["end"]].decode("utf-8") == values[(label["file"], label["start"])], label
    size = sum(len(d) for d in files.values())
    pos = Counter(l["syntax"] for l in labels if l["identifier"])
    kinds = Counter(l["kind"] for l in labels if not l["identifier"])
    print(f"{len(files)} files, {size:,} bytes, {sum(pos.values())} positives, "
          f"{sum(kinds.values())} look-alikes -> {out}")
    print("  positives: " + ", ".join(f"{s} {pos[s]}" for s in SYNTAXES))
    for k in KINDS:
        by = Counter(l["syntax"] for l in labels if l["kind"] == k)
        print(f"  {k:45} {kinds[k]:4}  ({len(by)} syntaxes)")
    if g.skipped:
        print("  not planted: " + ", ".join(f"{k} {n}" for k, n in sorted(g.skipped.items(), key=str)))
    if g.retries:
        print("  names redrawn: " + ", ".join(f"{k} {n}" for k, n in sorted(g.retries.items())))
    if g.values.fallbacks:
        print(f"  Faker passwords replaced by secrets.choice: {g.values.fallbacks}")


if __name__ == "__main__":
    main()
