"""What a provider module of corpus/gen_providers.py declares, and helpers to make tokens.

Each module in this folder (one per group of providers) defines `TOKENS`, a list of `Token`:
how to make a valid value of one identifier from its published format, the names it is
assigned to in configuration and code, and near misses that must not be reported. Values are
made here, from each provider's documented format (prefix, length, alphabet, checksum), never
by calling trawl.
"""

import base64
import string
import zlib
from dataclasses import dataclass, field
from typing import Callable, Optional

DIGITS = string.digits
HEX = "0123456789abcdef"
HEX_UPPER = "0123456789ABCDEF"
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits  # base62
BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase  # GitHub's digit order
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "_-"
BASE64 = ALNUM + "+/"
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


class Rng:
    """A seeded source of random values (wraps random.Random)."""

    def __init__(self, rng):
        self.rng = rng

    def chars(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def mixed(self, alphabet: str, n: int) -> str:
        """`n` characters of `alphabet` with at least one digit, one upper- and one lower-case
        letter where the alphabet has them (a random secret nearly always does)."""
        while True:
            s = self.chars(alphabet, n)
            need = [c for c in (DIGITS, UPPER, LOWER) if any(x in alphabet for x in c)]
            if all(any(x in cls for x in s) for cls in need):
                return s

    def bytes(self, n: int) -> bytes:
        return self.rng.randbytes(n)

    def int(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def choice(self, seq):
        return self.rng.choice(seq)

    def uuid4(self) -> str:
        h = self.chars(HEX, 32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.choice('89ab')}{h[17:20]}-{h[20:]}"


@dataclass
class NearMiss:
    """A value that must not be reported by any identifier, in the same contexts as the
    positives. `name` overrides the names it is assigned to (a near miss that is only a near
    miss without its keyword is assigned to a name that is not a keyword, e.g. `checksum`)."""

    kind: str
    make: Callable[[Rng], str]
    name: Optional[str] = None


@dataclass
class Token:
    """One identifier's values.

    - `identifier`: the built-in id that must report `make`'s value.
    - `make(rng)`: a valid value, exactly the bytes trawl reports.
    - `names`: the names it is assigned to (`OPENAI_API_KEY`, `openai_api_key`, `apiKey`);
      the generator renders `name = value` in .env, YAML, JSON, TOML, code and log lines.
    - `near_misses`: values no identifier may report, rendered the same way.
    - `wrap(rng, value) -> (before, after)`: text around the value when it is part of a
      larger string that is assigned (a connection string, a URL, a header value); the
      near misses get the same wrap.
    - `file(rng, value) -> (path, before, after)`: a whole file of its own instead (a .netrc,
      a .pgpass); `path` is relative, e.g. `home/.netrc`.
    """

    identifier: str
    make: Callable[[Rng], str]
    names: list
    near_misses: list = field(default_factory=list)
    wrap: Optional[Callable[[Rng, str], tuple]] = None
    file: Optional[Callable[[Rng, str], tuple]] = None


# Checksums and encodings that several formats use.


def crc32(data: str) -> int:
    return zlib.crc32(data.encode())


def base62(n: int, width: int, alphabet: str = BASE62) -> str:
    out = ""
    while n:
        out = alphabet[n % 62] + out
        n //= 62
    return out.rjust(width, alphabet[0])


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def b64url(data: bytes, pad: bool = False) -> str:
    s = base64.urlsafe_b64encode(data).decode()
    return s if pad else s.rstrip("=")


def bech32_polymod(values) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def bech32_encode(hrp: str, data: bytes) -> str:
    """BIP 173 bech32 of 8-bit `data` under `hrp` (lower case)."""
    acc, bits, five = 0, 0, []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            five.append((acc >> bits) & 31)
    if bits:
        five.append((acc << (5 - bits)) & 31)
    hrp_exp = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    poly = bech32_polymod(hrp_exp + five + [0] * 6) ^ 1
    check = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in five + check)


def base58check(payload: bytes) -> str:
    import hashlib

    check = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    data = payload + check
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = BASE58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


# Near-miss makers that several modules use.


def uuid(rng: Rng) -> str:
    """A random version-4 UUID."""
    return rng.uuid4()


def shorter(make, n: int = 1):
    """`make`'s value without its last `n` characters."""
    return lambda rng: make(rng)[:-n]


def always(value: str):
    """A maker of one fixed value (a placeholder, a documentation key)."""
    return lambda rng: value


def last_changed(value: str, alphabet: str) -> str:
    """`value` with its last character replaced by the first other one of `alphabet` (a
    checksum broken by one character)."""
    last = value[-1]
    return value[:-1] + next(c for c in alphabet if c != last)
