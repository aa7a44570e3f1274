#!/usr/bin/env python3
"""Seeded generator of the synthetic token values used as examples in
identifiers/builtin/credentials/*.toml.

    python3 corpus/gen_credential_examples.py            # prints name = value lines
    python3 corpus/gen_credential_examples.py --seed 7   # another, equally valid set

Every value has the real structure of its kind (GitHub and npm CRC32 checksums, GitLab
routable-token CRC32, base32 AWS key ids, signed JWTs, ...) but was never issued by anyone.
Values that would look like placeholders to trawl (8 equal or 8 ascending characters, marker
words such as "example" or "xxxx") are drawn again, so they are reported by default.

Key material (PEM, OpenSSH, PGP, PuTTY) cannot come from a seed with the standard tools; the
throwaway keys in the TOML were made once with:

    openssl genrsa -traditional -out rsa.pem 1024
    openssl genrsa -traditional -aes128 -passout pass:trawl-test -out rsa_enc.pem 1024
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ec_pkcs8.pem
    openssl ec -in ec_pkcs8.pem -out ec_sec1.pem
    openssl pkcs8 -topk8 -in ec_pkcs8.pem -v2 aes-256-cbc -passout pass:trawl-test -out ec_enc.pem
    openssl genpkey -algorithm ED25519 -out ed25519.pem
    ssh-keygen -t ed25519 -N '' -C trawl-test -f ssh_ed25519
    ssh-keygen -t ed25519 -N trawl-test -C trawl-enc -f ssh_ed25519_enc
    gpg --batch --gen-key  (EDDSA ed25519, %no-protection); gpg --armor --export-secret-keys
    puttygen -t ed25519 -o key.ppk --new-passphrase /dev/null [--ppk-param version=2]
"""

import argparse
import base64
import hashlib
import hmac
import json
import random
import string
import zlib

BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
BASE36 = string.digits + string.ascii_lowercase
MARKERS = ["example", "placeholder", "dummy", "redacted", "your_", "your-", "yourkey",
           "insert", "changeme", "replace", "fake", "notreal", "sample", "xxxx"]


def looks_like_placeholder(value: str) -> bool:
    """Mirror of identifiers/src/validators.rs::looks_like_placeholder (the parts that random
    values can trip)."""
    if any(t in value for t in ["${", "{{", "<", "%s", "***", "$("]):
        return True
    lower = value.lower()
    if any(m in lower for m in MARKERS):
        return True
    run = asc = 1
    for a, b in zip(value, value[1:]):
        run = run + 1 if a == b else 1
        asc = asc + 1 if ord(b) == ord(a) + 1 else 1
        if run >= 8 or asc >= 8:
            return True
    return False


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def chars(self, alphabet: str, n: int) -> str:
        while True:
            s = "".join(self.rng.choice(alphabet) for _ in range(n))
            if not looks_like_placeholder(s):
                return s

    def mixed(self, alphabet: str, n: int) -> str:
        """Random text that has a digit, an upper- and a lower-case letter where the alphabet
        allows them (real tokens almost always do)."""
        while True:
            s = self.chars(alphabet, n)
            need = [c for c in (string.digits, string.ascii_uppercase, string.ascii_lowercase)
                    if set(c) & set(alphabet)]
            if all(set(s) & set(c) for c in need):
                return s


def base62_crc(body: str) -> str:
    n = zlib.crc32(body.encode())
    out = ""
    for _ in range(6):
        out = BASE62[n % 62] + out
        n //= 62
    return out


def base36(n: int, width: int) -> str:
    out = ""
    while n:
        out = BASE36[n % 36] + out
        n //= 36
    return out.rjust(width, "0")


def checksummed(g: Gen, prefix: str) -> str:
    body = g.chars(BASE62, 30)
    return f"{prefix}_{body}{base62_crc(body)}"


def gitlab_routable(g: Gen, prefix: str, versioned: bool) -> str:
    payload = g.mixed(string.ascii_letters + string.digits + "_-", 27)
    head = f"{prefix}-{payload}." + ("01." if versioned else "") + base36(len(payload), 2)
    return head + base36(zlib.crc32(head.encode()), 7)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(g: Gen, header: dict, payload: dict) -> str:
    signing_input = b64url(json.dumps(header, separators=(",", ":")).encode()) + "." + \
        b64url(json.dumps(payload, separators=(",", ":")).encode())
    key = g.rng.randbytes(32)
    alg = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}.get(header["alg"])
    if alg:
        sig = hmac.new(key, signing_input.encode(), alg).digest()
    else:  # ES256 / RS256 shapes: the validator does not verify signatures
        sig = g.rng.randbytes(64 if header["alg"].startswith("ES") else 256)
    return signing_input + "." + b64url(sig)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=20240611)
    args = ap.parse_args()
    g = Gen(args.seed)
    aws_alpha = string.ascii_letters + string.digits + "/+"
    base32 = string.ascii_uppercase + "234567"
    out = {}
    for i in range(4):
        out[f"aws_secret_{i}"] = g.mixed(aws_alpha, 40)
    for i, p in enumerate(["AKIA", "ASIA", "AKIA"]):
        out[f"aws_key_id_{i}"] = p + g.chars(base32, 16)
    for p in ["ghp", "gho", "ghu", "ghs", "ghr"]:
        out[f"github_{p}"] = checksummed(g, p)
    out["github_fine_grained"] = "github_pat_11" + g.mixed(BASE62, 20) + "_" + g.mixed(BASE62, 59)
    out["npm_0"] = checksummed(g, "npm")
    out["npm_1"] = checksummed(g, "npm")
    h = g.chars("0123456789abcdef", 32)
    out["npm_uuid"] = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
    tok = string.ascii_letters + string.digits + "_-"
    out["gitlab_glpat"] = "glpat-" + g.mixed(tok, 20)
    out["gitlab_gldt"] = "gldt-" + g.mixed(tok, 20)
    out["gitlab_glptt"] = "glptt-" + g.chars("0123456789abcdef", 40)
    out["gitlab_routable_versioned"] = gitlab_routable(g, "glpat", True)
    out["gitlab_routable"] = gitlab_routable(g, "glpat", False)
    num = lambda n: str(g.rng.randint(1, 9)) + g.chars(string.digits, n - 1)
    out["slack_xoxb"] = f"xoxb-{num(12)}-{num(13)}-{g.mixed(BASE62, 24)}"
    out["slack_xoxp"] = f"xoxp-{num(11)}-{num(11)}-{num(13)}-{g.chars('0123456789abcdef', 32)}"
    out["slack_xoxa"] = f"xoxa-2-{num(12)}-{num(12)}-{num(12)}-{g.chars('0123456789abcdef', 64)}"
    inner = f"2-{num(13)}-{num(13)}-{num(13)}-{num(13)}-{g.chars('0123456789abcdef', 64)}"
    out["slack_xoxe"] = "xoxe.xoxp-1-" + b64url(inner.encode())
    upper = string.ascii_uppercase + string.digits
    out["slack_webhook"] = (f"https://hooks.slack.com/services/T{g.chars(upper, 8)}/B{g.chars(upper, 10)}/"
                            f"{g.mixed(BASE62, 24)}")
    out["stripe_sk_live_24"] = "sk_live_" + g.mixed(BASE62, 24)
    out["stripe_sk_live_99"] = "sk_live_51" + g.mixed(BASE62, 97)
    out["stripe_rk_live"] = "rk_live_51" + g.mixed(BASE62, 97)
    for i in range(3):
        out[f"gcp_api_key_{i}"] = "AIzaSy" + g.mixed(tok, 33)
    out["jwt_hs256"] = jwt(g, {"alg": "HS256", "typ": "JWT"},
                           {"sub": "user-" + g.chars(string.digits, 6), "iat": 1718000000 + g.rng.randint(0, 10**6),
                            "role": "admin"})
    out["jwt_es256"] = jwt(g, {"alg": "ES256", "kid": g.chars(BASE62, 12), "typ": "JWT"},
                           {"iss": "https://auth.internal.invalid", "aud": "api", "exp": 1900000000,
                            "scope": "read write"})
    out["jwt_hs512"] = jwt(g, {"typ": "JWT", "alg": "HS512"},
                           {"user_id": g.rng.randint(10**5, 10**6), "exp": 1900000000})
    for i, user in enumerate(["deploy", "svc-backup", "ci"]):
        password = g.mixed(string.ascii_letters + string.digits + "!#%^&*", 16)
        out[f"basic_auth_{i}"] = base64.b64encode(f"{user}:{password}".encode()).decode()
    for i in range(6):
        out[f"url_password_{i}"] = g.mixed(string.ascii_letters + string.digits, 18)
    for name, value in out.items():
        print(f"{name} = {value}")


if __name__ == "__main__":
    main()
