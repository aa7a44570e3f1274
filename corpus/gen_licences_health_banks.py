#!/usr/bin/env python3
"""Seeded generator of the labelled accuracy corpus for driver's licences, passports and the ICAO
MRZ, health identifiers, bank identifiers, VINs, coordinates, HTTP cookies and the Brazilian CEP
(issue #31): generated/licences_health_banks/.

    python3 -m venv /tmp/nid && /tmp/nid/bin/pip install python-stdnum==2.2 faker==40.63.0
    /tmp/nid/bin/python corpus/gen_licences_health_banks.py              # rewrites the folder
    /tmp/nid/bin/python corpus/gen_licences_health_banks.py --seed 7 --out /tmp/l   # another set

Default seed 20261231. The output is byte-identical for a given --seed on every PYTHONHASHSEED
(random.Random and Faker instances seeded from the seed; Faker lists built from sets are sorted
before drawing; nothing depends on the clock). Faker's and python-stdnum's output changes between
versions, so the generator refuses other versions unless given --any-version. It never calls
trawl and reads none of its rules: formats, check characters and keywords come from the issuing
authorities' published definitions (each cited where it is implemented below), Amazon Macie's
managed data identifier pages (ids and keywords) and how people write the values; python-stdnum
2.2 is the oracle where it has a module (gb.nhs, ca.bc_phn, us.rtn, es.ccc, es.dni, bic, ean,
fi.hetu, se.personnummer, luhn), Faker 40.63.0 supplies names, cities and Brazilian CEPs.

IDS (right below) is the one table of identifier ids: Macie's where Macie has the type
(checked on its pages "Managed data identifiers for PII", "for PHI" and "for financial
information"), else the issue's names (PASSPORT_MRZ, USA_ROUTING_NUMBER, SWIFT_CODE). Macie spells
two differently from the issue: MEDICAL_DEVICE_UDI (the issue's USA_FDA_UDI) and
ARGENTINA_TARJETA_SUBE (ARGENTINA_SUBE_CARD_NUMBER). Renaming an id there renames it everywhere.

Writes, for each identifier, six files under a folder named for its country (us/, gb/, ca/, ...;
eu/ for the European health insurance card, intl/ for the MRZ, VIN, SWIFT, coordinates and
cookies):

- text/<cc>/<id>-tickets.txt  support e-mails in the country's language (=== Ticket ... ===,
                              subject, greeting, the value in a sentence, closing);
- text/<cc>/<id>-chat.txt     a chat export in English (agent / customer lines);
- text/<cc>/<id>-notes.txt    back-office notes, in the country's second language where it has one;
- forms/<cc>/<id>-forms.txt   filled-in forms, one record per value ("Führerschein-Nr.: ...");
                              for cookies, captured HTTP requests and responses;
- exports/<cc>/<id>.csv       a CSV export, the keyword only in the column name (`,` or `;`,
                              LF or CRLF), snake_case and camelCase headers;
- events/<cc>/<id>.jsonl      JSON Lines events, the keyword only in the value's own key,
                              nested one to three objects deep;

and labels.jsonl, one object per planted value, sorted by file and offset:

    {"file": "events/us/drivers-license.jsonl", "start": 2493, "end": 2501, "identifier": "DRIVERS_LICENSE",
     "kind": "US DL TX (D8) compact; JSON key 'payload.holder.dl_no'", "region": "US-TX"}
    {"file": "events/gb/uk-passport-number.jsonl", "start": 331, "end": 347, "identifier": null,
     "kind": "UK passport: another identifier's value after keyword", "detail": "UK_DRIVERS_LICENSE"}

start/end are half-open UTF-8 byte offsets of exactly the value: for an MRZ, the whole zone from
the first character of its first line to the last of its last line (line breaks included: "\\n",
"\\r\\n" in CRLF CSV files, and the two-byte escape `\\n` inside JSON strings, where the label
runs from the first to the last character of the escaped text); for a cookie, the header's value
after `Cookie: ` or `Set-Cookie: ` (attributes of a Set-Cookie included). `region` (driver's
licences of the US, Canada and Australia, passports, Canadian health numbers) is the state,
province or issuing country (ISO 3166-2 / alpha-3) the value belongs to.

A positive's kind is its written variant and context; a look-alike's (identifier null) is
"<short name>: <what>" with one of four "what"s, and detail says more:

- (a) "<check> after keyword": the identifier's shape, after its keyword, broken where the format
  allows a check: a wrong check digit or character (NHS mod 11, NPI Luhn with 80840, DEA, ABA
  3-7-1, RIB key, Italian CIN, Spanish CCC, SUBE Luhn, ICAO 7-3-1 in an MRZ, GS1 GTIN, HIBCC mod
  43, German licence check digit, HETU / personnummer on Finnish and Swedish licences, DNI
  letter on Spanish licences, VIN position 9 for North-American WMIs, Ontario and BC health
  numbers) or an impossible structure (a DVLA number with an impossible birth date, an MBI with
  S/L/O/I/B/Z, an HICN whose SSN part was never issued, an Indian licence with an unknown state,
  a SWIFT code with no such country, a BLZ starting 0 or 9, a coordinate out of range, a HCPCS
  code with a letter HCPCS does not use, an EHIC of no member state, a Finnish EHIC of another
  institution than Kela or of 19 / 21 digits, a Cookie header without a name=value pair);
- (b) "valid value without any keyword": a valid value with no keyword of any identifier in the
  80 bytes before it, in a neutral sentence ("Tracking code ..."), column or key; for cookies,
  another HTTP header whose value has `;`-separated parameters (Content-Type, Cache-Control, ...);
  not for the MRZ, which needs no keyword;
- (c) "another identifier's value after keyword": a valid value of a neighbouring scheme after
  this identifier's keyword that no identifier sharing the keyword would report: a dashed SSN or
  a Californian licence after "passport no", a routing number after "account number", a US ZIP+4
  or a Portuguese postcode after "código postal", an SSCC after "GS1", DMS coordinates after
  "coordinates", ...; never after a keyword that names it too (no HICN after "Medicare number");
  a licence's or passport's with a region word of the planted country in reach and none of the
  neighbour's, and in no format that an identifier with a keyword in reach issues or has issued
  (NTSI's full US table, the DVS's Australian formats);
- (d) "specimen or placeholder value after keyword": published specimens (ICAO 9303's UTO /
  ERIKSSON MRZs, the DVLA's MORGA657054SM9IJ, the Bundesdruckerei's B072RRE2I55 licence and
  C01X00T47 passport, CMS's MBI 1EG4-TE5-MK73, the FDA's UDI examples, Macie's own examples,
  RFC 6265's and MDN's cookies and Set-Cookie headers for documentation domains (RFC 2606,
  RFC 6761), NHS test numbers 999..., 1HGBH41JXMN109186, ...) and values made of one repeated
  digit or a 7-digit run (what people type as dummies).

Every identifier gets 162 positives (18 tickets, 14 chat, 14 notes, 36 forms, 40 CSV, 40 JSON)
and 61 to 66 look-alikes (18 of (a), 18 of (b), 18 of (c), 12 of (d) planned; the share of a kind
an identifier cannot have goes to the others, and a look-alike that cannot be made in a file
falls back to (b)).

Keywords. Each identifier's keyword list is Macie's (its ids' pages, quoted in KEYWORDS) plus
what people write (DL#, Führerschein-Nr., n° de passeport, NHS no., routing #, sort code, ...);
the generator only writes keywords from these lists, and checks at start-up that every column
name and JSON key holds one. Where Macie gives one keyword list to several countries (the
English driver's licence and passport keywords), a value after a shared keyword is written with
its state, province or country, as people do ("Texas driver's license", "NSW driver licence
no.", "Ontario driver's licence", "UK passport number", "US passport #"), or with a sibling
`state` / `province` / `nationality` column or key in CSV and JSON; values whose shape is only
one country's (a DVLA number, an Indian licence) need none. French keywords holding "numéro" (a
phone keyword of trawl) are written "n°" or in capitals.

How a scanner is expected to behave, and what the generator checks before writing (it refuses to
write on any problem; plant_problems() and final_checks()):
- keywords as trawl matches them: ASCII-case-insensitive whole words (a boundary is any byte that
  is not an ASCII letter or digit), column names and JSON keys also split into words;
- every value is matched with the shape (SCHEMES[..].core, written from the definitions below,
  leftmost-first as a scanner reads) and validity (.reported) of every identifier that has a
  keyword in the 80 bytes before it (or in its column name / key path): only the planted
  identifier may report a positive, exactly at its bytes, with its own keyword ending at most
  50 bytes before the value's end (a value longer than 40 bytes: at most 12 bytes before its
  start; the MRZ needs none; a cookie's header name stands right before it); no identifier may
  report a look-alike (its own specimens excepted, reported only as examples); where identifiers
  share a keyword and a shape (the English licence and passport keywords), the planted one is
  told apart by its region word in reach and no region word of the other;
- no keyword of trawl's existing keyword-gated PERSONAL and FINANCIAL identifiers (phone, birth
  date, card expiry and security code, the national ids of issue #30: EXISTING, a frozen copy of
  their lists) in reach of a value, unless that identifier's shape (EXISTING_SHAPES) cannot match
  it (`carte vitale` is also a NIR keyword, `ehic` and `health card` the codice fiscale's);
  no value that reads as a card number (Luhn and a brand prefix, 12-19 digits), an IBAN, an
  international phone number or an e-mail address;
- every digit of every file lies inside a label (but `HTTP/1.1` and a response's status code);
  no '@'; CSV files parse to rows of one width with each value a whole cell; every JSON line
  parses with each value a whole string;
- counts: at least 150 positives and 40 look-alikes per identifier; under 6 MB in all (labels
  included).

Judgement calls are listed in the README next to the output (generated/licences_health_banks/
README.md) and, per format, in the comment above its code.
"""

import argparse
import csv
import datetime as dt
import io
import json
import random
import re
import shutil
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

try:
    import faker
    from faker import Faker
    import stdnum
    from stdnum import bic as std_bic, ean as std_ean, luhn
    from stdnum.ca import bc_phn
    from stdnum.es import ccc as es_ccc, dni as es_dni
    from stdnum.fi import hetu as fi_hetu
    from stdnum.gb import nhs as gb_nhs
    from stdnum.se import personnummer as se_pnr
    from stdnum.us import rtn as us_rtn
except ImportError as e:   # pragma: no cover
    raise SystemExit(f"{e}: install the generator's dependencies first "
                     "(pip install python-stdnum==2.2 faker==40.63.0)")

# --- the identifiers' ids: one table, rename here -----------------------------------------------
# key (used in this script) -> id written in labels.jsonl. Macie's ids, but for the three Macie
# has no type for (marked *).
IDS = {
    # driver's licences (Macie: "Driver's license identification number")
    "dl.us": "DRIVERS_LICENSE", "dl.gb": "UK_DRIVERS_LICENSE", "dl.ca": "CANADA_DRIVERS_LICENSE",
    "dl.au": "AUSTRALIA_DRIVERS_LICENSE", "dl.in": "INDIA_DRIVERS_LICENSE",
    "dl.at": "AUSTRIA_DRIVERS_LICENSE", "dl.be": "BELGIUM_DRIVERS_LICENSE", "dl.bg": "BULGARIA_DRIVERS_LICENSE",
    "dl.hr": "CROATIA_DRIVERS_LICENSE", "dl.cy": "CYPRUS_DRIVERS_LICENSE", "dl.cz": "CZECHIA_DRIVERS_LICENSE",
    "dl.dk": "DENMARK_DRIVERS_LICENSE", "dl.ee": "ESTONIA_DRIVERS_LICENSE", "dl.fi": "FINLAND_DRIVERS_LICENSE",
    "dl.fr": "FRANCE_DRIVERS_LICENSE", "dl.de": "GERMANY_DRIVERS_LICENSE", "dl.gr": "GREECE_DRIVERS_LICENSE",
    "dl.hu": "HUNGARY_DRIVERS_LICENSE", "dl.ie": "IRELAND_DRIVERS_LICENSE", "dl.it": "ITALY_DRIVERS_LICENSE",
    "dl.lv": "LATVIA_DRIVERS_LICENSE", "dl.lt": "LITHUANIA_DRIVERS_LICENSE", "dl.lu": "LUXEMBOURG_DRIVERS_LICENSE",
    "dl.mt": "MALTA_DRIVERS_LICENSE", "dl.nl": "NETHERLANDS_DRIVERS_LICENSE", "dl.pl": "POLAND_DRIVERS_LICENSE",
    "dl.pt": "PORTUGAL_DRIVERS_LICENSE", "dl.ro": "ROMANIA_DRIVERS_LICENSE", "dl.sk": "SLOVAKIA_DRIVERS_LICENSE",
    "dl.si": "SLOVENIA_DRIVERS_LICENSE", "dl.es": "SPAIN_DRIVERS_LICENSE", "dl.se": "SWEDEN_DRIVERS_LICENSE",
    # passports (Macie: "Passport number"), and the ICAO 9303 machine-readable zone (*)
    "pp.us": "USA_PASSPORT_NUMBER", "pp.gb": "UK_PASSPORT_NUMBER", "pp.ca": "CANADA_PASSPORT_NUMBER",
    "pp.fr": "FRANCE_PASSPORT_NUMBER", "pp.de": "GERMANY_PASSPORT_NUMBER", "pp.it": "ITALY_PASSPORT_NUMBER",
    "pp.es": "SPAIN_PASSPORT_NUMBER", "mrz": "PASSPORT_MRZ",
    # health (Macie's PHI page)
    "nhs": "UK_NHS_NUMBER", "mbi": "USA_MEDICARE_BENEFICIARY_IDENTIFIER",
    "hicn": "USA_HEALTH_INSURANCE_CLAIM_NUMBER", "npi": "USA_NATIONAL_PROVIDER_IDENTIFIER",
    "dea": "US_DRUG_ENFORCEMENT_AGENCY_NUMBER", "ndc": "USA_NATIONAL_DRUG_CODE",
    "hcpcs": "USA_HEALTHCARE_PROCEDURE_CODE", "ca.health": "CANADA_HEALTH_NUMBER",
    "ehic": "EUROPEAN_HEALTH_INSURANCE_CARD_NUMBER", "fi.ehic": "FINLAND_EUROPEAN_HEALTH_INSURANCE_NUMBER",
    "fr.health": "FRANCE_HEALTH_INSURANCE_NUMBER", "udi": "MEDICAL_DEVICE_UDI",
    # financial (Macie's financial page), the routing number and SWIFT/BIC (*)
    "bank.usca": "BANK_ACCOUNT_NUMBER", "aba": "USA_ROUTING_NUMBER", "bban.gb": "UK_BANK_ACCOUNT_NUMBER",
    "bban.fr": "FRANCE_BANK_ACCOUNT_NUMBER", "bban.de": "GERMANY_BANK_ACCOUNT_NUMBER",
    "bban.it": "ITALY_BANK_ACCOUNT_NUMBER", "bban.es": "SPAIN_BANK_ACCOUNT_NUMBER", "swift": "SWIFT_CODE",
    "sube": "ARGENTINA_TARJETA_SUBE",
    # Macie's other PII types
    "vin": "VEHICLE_IDENTIFICATION_NUMBER", "latlong": "LATITUDE_LONGITUDE", "cookie": "HTTP_COOKIE",
    "cep": "BRAZIL_CEP_CODE",
}

ID_KEY = {v: k for k, v in IDS.items()}     # id -> key

HERE = Path(__file__).resolve().parent
DEFAULT_SEED = 20261231
DEFAULT_OUT = HERE / "generated" / "licences_health_banks"
FAKER_VERSION = "40.63.0"
STDNUM_VERSION = "2.2"
LATEST_BIRTH = dt.date(2007, 11, 30)     # licence holders are adults on any day the corpus is read
EARLIEST_BIRTH = dt.date(1940, 1, 1)
ISSUE_FROM, ISSUE_TO = dt.date(2016, 1, 1), dt.date(2025, 11, 30)   # passports and cards in the MRZ

MIN_POSITIVES = 150       # per identifier
MIN_LOOKALIKES = 40       # per identifier
MAX_SIZE = 6_000_000      # bytes, all files and labels.jsonl
KEYWORD_DISTANCE = 50     # keyword end to value end, bytes
LONG_VALUE = 40           # longer values: the keyword ends at most NEAR_START bytes before the start
NEAR_START = 12
REACH = 80                # look-alikes and other ids' values: keyword-free bytes before a value

# --- small helpers ----------------------------------------------------------------------------

DIGITS = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM_UP = DIGITS + UPPER


def digits_of(s: str) -> str:
    return re.sub(r"\D", "", s)


def squeeze(s: str) -> str:
    """Upper case without the separators people write (` -./()`)."""
    return re.sub(r"[ \-./()]", "", s).upper()


def rand_digits(rng, n: int, first: str = DIGITS) -> str:
    return rng.choice(first) + "".join(rng.choice(DIGITS) for _ in range(n - 1))


def rand_of(rng, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def rand_date(rng, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def luhn_ok(d: str) -> bool:
    return d.isdigit() and len(d) > 1 and luhn.is_valid(d)


def luhn_complete(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def specimen_digits(value: str) -> bool:
    """What people type as dummies: the value's digits (its last left out) are all one digit, or
    hold a run of 7 ascending or descending digits, or 7 zeros. Fewer than 6 digits: never."""
    d = digits_of(value)
    if len(d) < 6:
        return False
    body = d[:-1]
    if len(set(body)) == 1 or "0000000" in body:
        return True
    up = down = 1
    for a, b in zip(body, body[1:]):
        up = up + 1 if int(b) == int(a) + 1 else 1
        down = down + 1 if int(b) == int(a) - 1 else 1
        if up >= 7 or down >= 7:
            return True
    return False


def valid_date(y: int, m: int, d: int):
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def ok(fn, value) -> bool:
    """stdnum's is_valid (or any predicate) without exceptions."""
    try:
        return bool(fn(value))
    except Exception:
        return False


def group(c: str, sizes, sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(c[i:i + n])
        i += n
    assert i == len(c), (c, sizes)
    return sep.join(out)


def weighted(rng, items):
    """items: (weight, x) pairs."""
    total = sum(w for w, _ in items)
    r = rng.random() * total
    for w, x in items:
        r -= w
        if r < 0:
            return x
    return items[-1][1]


def ascii_upper(name: str) -> str:
    """A name in the A-Z of machine-readable documents (ICAO 9303 Part 3 §6 transliteration of
    the Latin accented letters: Ä -> AE, Ö -> OE, Ü -> UE, ß -> SS, Å -> AA, Ø -> OE, others
    without their accent)."""
    table = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "SS", "Å": "AA", "Ø": "OE", "Æ": "AE", "Ñ": "N"}
    out = []
    import unicodedata
    for ch in name.upper():
        if ch in table:
            out.append(table[ch])
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base if "A" <= base <= "Z" else " ")
    return "".join(out)


# --- check algorithms (each from its published rule) -------------------------------------------

def icao_check(s: str) -> str:
    """ICAO Doc 9303 Part 3 §4.9: characters valued 0-9, A=10 ... Z=35, '<'=0, weighted 7, 3, 1
    repeating, the sum mod 10."""
    total = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else 0 if ch == "<" else ord(ch) - 55
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


def de_dl_check(first9: str) -> str:
    """German licence number (Führerscheinnummer, FeV Anlage 8 field 5), character 10: the first
    nine characters valued 0-9, A=10 ... Z=35, weighted 9, 8, ..., 1, the sum mod 11, 10 -> X.
    Microsoft Purview's definition of the number says it has a checksum; this rule reproduces the
    Bundesdruckerei specimens B072RRE2I55 and J010000SD51 (their 10th characters)."""
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(first9, range(9, 0, -1)))
    r = s % 11
    return "X" if r == 10 else str(r)


def npi_ok(v: str) -> bool:
    """CMS, "Requirements for Constructing the NPI Check Digit": Luhn over 80840 + the first nine
    digits (the ISO 7812 card-issuer prefix of US health applications); 10 digits, first 1 or 2."""
    d = squeeze(v)
    return len(d) == 10 and d.isdigit() and d[0] in "12" and luhn_ok("80840" + d)


def dea_ok(v: str) -> bool:
    """DEA registration number (21 CFR 1301; the DEA's published check): two letters (registrant
    type, then the registrant's last-name initial or 9), seven digits; (d1 + d3 + d5) +
    2 (d2 + d4 + d6) ends in d7."""
    m = re.fullmatch(r"([ABCDEFGHJKLMPRSTUX])([A-Z9])(\d{7})", v)
    if not m:
        return False
    d = [int(c) for c in m.group(3)]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"     # CMS MBI format: no S, L, O, I, B, Z


def mbi_ok(v: str) -> bool:
    """CMS, "Understanding the Medicare Beneficiary Identifier (MBI) Format": 11 characters
    C A AN N A AN N A A N N (C 1-9, A a letter but S L O I B Z, N a digit, AN either), dashes
    after the 4th and 7th when displayed."""
    c = v.replace("-", "")
    if v.count("-") and not re.fullmatch(r"\w{4}-\w{3}-\w{4}", v):
        return False
    A, N, AN = f"[{MBI_LETTERS}]", "[0-9]", f"[{MBI_LETTERS}0-9]"
    return re.fullmatch(f"[1-9]{A}{AN}{N}{A}{AN}{N}{A}{A}{N}{N}", c) is not None


def ssn_ok(d: str) -> bool:
    """SSA: area 001-899 but 666, group 01-99, serial 0001-9999 (since randomisation, 2011)."""
    return len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9" \
        and d[3:5] != "00" and d[5:] != "0000"


def ssn_dashed(rng):
    while True:
        d = rand_digits(rng, 9, "12345678")
        if ssn_ok(d):
            return f"{d[:3]}-{d[3:5]}-{d[5:]}", "USA_SOCIAL_SECURITY_NUMBER"


HICN_BIC = ("A", "B", "B1", "B2", "B3", "C1", "C2", "C3", "D", "D1", "D6", "E", "E1", "F1", "F2",
            "J1", "K1", "M", "T", "W")


def hicn_ok(v: str) -> bool:
    """CMS HICN: the claim account number (the wage earner's SSN) and a beneficiary
    identification code of one or two characters (A wage earner, B spouse, C1.. child, D widow,
    E mother, F1.. parent, M and T Medicare-only, W disabled widow); CMS Medicare Claims
    Processing Manual ch. 1 §30.3 / Data Dictionary."""
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4}) ?([A-Z][0-9]?)", v)
    return bool(m) and ssn_ok("".join(m.group(1, 2, 3))) and m.group(4) in HICN_BIC


def aba_ok(v: str) -> bool:
    """ABA routing number: stdnum.us.rtn (3-7-1 weights mod 10) and the Federal Reserve's first
    two digits (00-12 banks, 21-32 thrifts, 61-72 electronic, 80 traveller's cheques)."""
    d = squeeze(v)
    if not (len(d) == 9 and d.isdigit() and ok(us_rtn.is_valid, d)):
        return False
    p = int(d[:2])
    return p <= 12 or 21 <= p <= 32 or 61 <= p <= 72 or p == 80


RIB_LETTERS = {c: str(v) for v, cs in ((1, "AJ"), (2, "BKS"), (3, "CLT"), (4, "DMU"), (5, "ENV"), (6, "FOW"),
                                       (7, "GPX"), (8, "HQY"), (9, "IRZ")) for c in cs}


def rib_key(bank: str, branch: str, account: str) -> str:
    """Clé RIB (CFONB / Banque de France): letters of the account number replaced (A,J=1 ...
    I,R,Z=9), key = 97 - (89 bank + 15 branch + 3 account) mod 97. Checked against the ECBS
    example IBAN FR14 2004 1010 0505 0001 3M02 606."""
    acc = "".join(RIB_LETTERS.get(c, c) for c in account)
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi_cab_conto: str) -> str:
    """Italian CIN (ABI/CBI): over ABI (5) + CAB (5) + account (12), characters in odd positions
    valued by the odd table (0 1 2 ... = 1 0 5 7 9 13 15 17 19 21, A = the same as 0, ...), in
    even positions by their rank (0-9, A-Z = 0-25); the sum mod 26 as a letter. Checked against
    the example IBAN IT60 X054 2811 1010 0000 0123 456."""
    s = 0
    for i, ch in enumerate(abi_cab_conto):
        k = int(ch) if ch.isdigit() else ord(ch) - 65
        s += CIN_ODD[k] if i % 2 == 0 else k
    return chr(65 + s % 26)


HIBC_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"


def hibc_check(data: str) -> str:
    """HIBCC Supplier Labeling Standard (ANSI/HIBC 2.6) §2.3: the link / check character is the
    sum of the characters' values in the 43-character table (0-9, A-Z, - . space $ / + %) mod 43."""
    return HIBC_CHARS[sum(HIBC_CHARS.index(c) for c in data) % 43]


VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
VIN_VALUE = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
             **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check(v: str) -> str:
    """49 CFR 565.15(c): transliterate (A-H 1-8, J-N 1-5, P 7, R 9, S-Z 2-9), weight 8 7 6 5 4 3
    2 10 0 9 8 7 6 5 4 3 2, the sum mod 11, 10 -> X, in position 9."""
    r = sum(VIN_VALUE[c] * w for c, w in zip(v, VIN_WEIGHTS)) % 11
    return "X" if r == 10 else str(r)


def vin_ok(v: str) -> bool:
    """ISO 3779: 17 characters, no I, O, Q; the model year (position 10) is no U, Z or 0; a VIN of
    the North-American market (WMI starting 1-5) carries the 49 CFR 565 check digit."""
    if not re.fullmatch(f"[{VIN_CHARS}]{{17}}", v) or v[9] in "UZ0":
        return False
    return v[0] not in "12345" or v[8] == vin_check(v)


# --- formats: character-class specs, their written forms and regexes ---------------------------
# A spec is a sequence of tokens: L (A-Z), D (0-9), A (A-Z or 0-9), each with a count ("L D8" is
# a letter and eight digits), or a quoted literal ('R'). A Fmt writes a compact value in its
# written variants (group sizes and a separator) and matches every written variant.

CLASS = {"L": "A-Z", "D": "0-9", "A": "0-9A-Z"}
CLASS_CHARS = {"L": UPPER, "D": DIGITS, "A": ALNUM_UP}


def parse_spec(spec: str):
    out = []
    for cls, n, lit in re.findall(r"([LDA])(\d*)|'([^']*)'", spec):
        if lit:
            out += [("=", ch) for ch in lit]
        else:
            out += [(cls, None)] * (int(n) if n else 1)
    return out


class Fmt:
    def __init__(self, spec: str, variants=((1.0, None, ""),), name: str = ""):
        self.spec, self.chars = spec, parse_spec(spec)
        self.variants = variants          # (weight, group sizes or None for compact, separator)
        self.name = name or spec

    def make(self, rng) -> str:
        return "".join(rng.choice(CLASS_CHARS[c]) if c != "=" else lit for c, lit in self.chars)

    def write(self, c: str, rng):
        w, sizes, sep = weighted(rng, [(v[0], v) for v in self.variants])
        if sizes is None:
            return c, "compact"
        return group(c, sizes, sep), "grouped" if sep == " " else f"with {sep!r}"

    def _run(self, lo, hi) -> str:
        """Regex of characters lo..hi, runs of one class written once with a count."""
        out, i = [], lo
        while i < hi:
            c, lit = self.chars[i]
            if c == "=":
                out.append(re.escape(lit))
                i += 1
                continue
            j = i
            while j < hi and self.chars[j][0] == c:
                j += 1
            out.append(f"[{CLASS[c]}]" + (f"{{{j - i}}}" if j - i > 1 else ""))
            i = j
        return "".join(out)

    def regex(self) -> str:
        if not hasattr(self, "_rx"):
            alts = []
            for _, sizes, sep in self.variants:
                sizes = sizes or (len(self.chars),)
                assert sum(sizes) == len(self.chars), (self.spec, sizes)
                parts, i = [], 0
                for n in sizes:
                    parts.append(self._run(i, i + n))
                    i += n
                alts.append(re.escape(sep).join(parts))
            self._rx = "|".join(sorted(set(alts), key=len, reverse=True))
        return self._rx

    def matches(self, v: str) -> bool:
        return re.fullmatch(self.regex(), v) is not None


# --- the identifiers ----------------------------------------------------------------------------

@dataclass
class Scheme:
    key: str
    short: str                      # for kinds: "US DL", "NHS", ...
    cc: str                         # folder
    core: object                    # regex (str) of every written form, leftmost-first; None: no regex
    keywords: tuple                 # every keyword (Macie's, then what people write), for reach checks
    keys: tuple                     # CSV column names / JSON keys (each holds a keyword)
    reported: object                # written value -> a scanner with this definition reports it
    make: object                    # rng -> (written value, variant, region code or "")
    langs: tuple                    # text languages, the country's first
    text_kw: dict                   # language -> keywords written before values in text and forms
    bad: object = None              # rng -> (written, what) broken value (kind a), or None
    bad_kind: str = "wrong check digit"
    specimens: tuple = ()           # (written, what): published specimens and examples (kind d)
    check_pos: object = None        # written -> indexes of the check characters (for dummies)
    dummies: bool = True            # same-digit / 7-run placeholders as kind d
    neighbours: tuple = ()          # keys of schemes whose values go after this id's keyword (kind c)
    extra_c: tuple = ()             # (weight, rng -> (written, detail)) more kind c values
    group: str = ""                 # identifiers sharing keywords and shapes, told apart by region words
    regions: dict = field(default_factory=dict)   # region code -> (record cell, text words...)
    region_keys: tuple = ()         # CSV / JSON sibling key names holding the region
    region_text: float = 0.0        # share of text plants written with a region word when not needed
    no_keyword: bool = False        # positives need no keyword (the MRZ)
    multiline: bool = False
    b_maker: object = None          # rng -> (written, detail): kind b values of another form (cookies)
    d_maker: object = None          # rng -> (written, detail): more kind d values (examples made here)
    example: object = None          # written -> True for an example value (never a positive)
    reported_full: object = None    # written -> reported with the authority's full table (older formats too)
    c_not_after: dict = field(default_factory=dict)   # neighbour key -> keywords (lower case) naming its value too

    @property
    def id(self) -> str:
        return IDS[self.key]

    def region_words(self):
        return {w for v in self.regions.values() for w in v}

    def reports_any(self, v: str) -> bool:
        """Reported by a scanner that knows every format the issuer uses or has used."""
        return self.reported(v) or bool(self.reported_full and self.reported_full(v))

    def is_specimen(self, v: str) -> bool:
        return v in {s for s, _ in self.specimens} or bool(self.example and self.example(v))


SCHEMES = {}


def scheme(**kw) -> Scheme:
    s = Scheme(**kw)
    assert s.key in IDS and s.key not in SCHEMES, s.key
    SCHEMES[s.key] = s
    return s


def kws(text: str) -> tuple:
    """A '|'-separated keyword list."""
    return tuple(k.strip() for k in text.split("|") if k.strip())


def union_regex(fmts) -> str:
    alts = []
    for f in fmts:
        alts += f.regex().split("|")
    return "|".join(sorted(set(alts), key=len, reverse=True))


FAKE = None      # set in generate(): one seeded Faker per locale


def surname(locale: str, spaces: bool = False) -> str:
    for _ in range(20):
        s = " ".join(ascii_upper(FAKE.get(locale).last_name()).split())
        if not spaces:
            s = s.replace(" ", "")
        if len(s.replace(" ", "")) >= 2:
            return s
    return "SMITH"


def given(locale: str) -> str:
    for _ in range(20):
        s = ascii_upper(FAKE.get(locale).first_name()).replace(" ", "")
        if len(s) >= 2:
            return s
    return "ALEX"


def birth(rng) -> dt.date:
    return rand_date(rng, EARLIEST_BIRTH, LATEST_BIRTH)


# === driver's licences =========================================================================
# Macie's keywords per country (its PII page, "Driver's license identification number"); the
# English list is shared by the US, the UK, Canada, Australia and India.

DL_EN = kws("dl# | dl: | dlno# | driver licence | driver licences | driver license | driver licenses | driver permit"
            "| drivers lic. | drivers licence | driver's licence | drivers licences | driver's licences | drivers license"
            "| driver's license | drivers licenses | driver's licenses | drivers permit | driver's permit"
            "| drivers permit number | driving licence | driving license | driving permit"
            # what people write besides
            "| DL | DL no | DL no. | DL number | DL # | driver's license number | driver's licence number"
            "| driver license number | driver licence number | drivers license number | drivers licence number"
            "| driving licence number | driving licence no | driving licence no. | driver's license no"
            "| driver's license no. | licence number | license number | licence no. | license no. | lic#")
DL_EN_TEXT = ("DL#", "DL #", "DL no.", "DL number", "driver's license", "driver's license number", "driver's license no.",
              "drivers license", "driver license number", "driver's licence", "driver's licence number",
              "driving licence", "driving licence number", "driving licence no.", "drivers license number",
              "license number", "licence number", "DL:")
# US spelling for the US, British (and Australian "driver licence") elsewhere.
DL_US_TEXT = tuple(k for k in DL_EN_TEXT if "licence" not in k)
DL_GB_TEXT = tuple(k for k in DL_EN_TEXT if "license" not in k)
DL_EN_KEYS = ("dl_number", "dlNumber", "driversLicenseNumber", "drivers_license_number", "driver_license_no",
              "driverLicense", "driving_licence_number", "license_number", "licenceNumber", "dl_no", "dl")

# -- United States: one id, the states' own formats -------------------------------------------------
# Per-state formats as the states' DMVs issue them, from the per-state table republished by the
# National Highway Traffic Safety Administration's and AAMVA's members (compiled in NTSI's "U.S.
# Driver's License Numbering Formats"): L a letter, D a digit; written forms as printed on the
# cards (Florida S123-456-78-901-0, Illinois S123-4567-8901, Wisconsin S123-4567-8901-23, Michigan
# S 123 456 789 012, New Jersey S1234 56789 01234, New York 123 456 789). Washington (WA) is left
# out: its code is also Western Australia's. Unsure: the less common older formats of each state
# are not all planted (only the current ones).
US_STATES = [
    ("AL", "Alabama", [(1, "D7"), (1, "D8")]), ("AK", "Alaska", [(1, "D7")]),
    ("AZ", "Arizona", [(1, "L D8"), (1, "D9")]), ("AR", "Arkansas", [(1, "D9")]),
    ("CA", "California", [(3, "L D7")]), ("CO", "Colorado", [(2, "D9"), (1, "L D6")]),
    ("CT", "Connecticut", [(1, "D9")]), ("DC", "District of Columbia", [(1, "D7")]),
    ("FL", "Florida", [(3, "L D12")]), ("GA", "Georgia", [(2, "D9")]), ("HI", "Hawaii", [(1, "'H' D8")]),
    ("ID", "Idaho", [(1, "L2 D6 L")]), ("IL", "Illinois", [(3, "L D11")]), ("IN", "Indiana", [(1, "D10")]),
    ("IA", "Iowa", [(1, "D3 L2 D4"), (1, "D9")]), ("KS", "Kansas", [(1, "'K' D8")]), ("KY", "Kentucky", [(1, "L D8")]),
    ("LA", "Louisiana", [(1, "'00' D7")]), ("ME", "Maine", [(1, "D7")]), ("MD", "Maryland", [(2, "L D12")]),
    ("MA", "Massachusetts", [(1, "'S' D8")]), ("MI", "Michigan", [(2, "L D12")]), ("MN", "Minnesota", [(1, "L D12")]),
    ("MS", "Mississippi", [(1, "D9")]), ("MO", "Missouri", [(1, "L D9"), (1, "D9")]),
    ("MT", "Montana", [(1, "D13")]), ("NE", "Nebraska", [(1, "L D8")]), ("NV", "Nevada", [(1, "D10")]),
    ("NH", "New Hampshire", [(1, "D2 L3 D5")]), ("NJ", "New Jersey", [(2, "L D14")]),
    ("NM", "New Mexico", [(1, "D9")]), ("NY", "New York", [(3, "D9")]), ("NC", "North Carolina", [(2, "D12")]),
    ("ND", "North Dakota", [(1, "L3 D6")]), ("OH", "Ohio", [(2, "L2 D6")]), ("OK", "Oklahoma", [(1, "L D9")]),
    ("OR", "Oregon", [(1, "D7")]), ("PA", "Pennsylvania", [(3, "D8")]), ("RI", "Rhode Island", [(1, "D7")]),
    ("SC", "South Carolina", [(1, "D9")]), ("SD", "South Dakota", [(1, "D8")]), ("TN", "Tennessee", [(1, "D9")]),
    ("TX", "Texas", [(4, "D8")]), ("UT", "Utah", [(1, "D9")]), ("VT", "Vermont", [(1, "D7 'A'")]),
    ("VA", "Virginia", [(2, "L D8")]), ("WV", "West Virginia", [(1, "L D6")]), ("WI", "Wisconsin", [(1, "L D13")]),
    ("WY", "Wyoming", [(1, "D6 '-' D3")]),
]
US_WRITTEN = {   # state -> written variants of its (first) format
    "FL": ((3, (4, 3, 2, 3, 1), "-"), (1, None, "")), "IL": ((3, (4, 4, 4), "-"), (1, None, "")),
    "WI": ((3, (4, 4, 4, 2), "-"), (1, None, "")), "MI": ((2, (1, 3, 3, 3, 3), " "), (1, None, "")),
    "NJ": ((2, (5, 5, 5), " "), (1, None, "")), "NY": ((1, (3, 3, 3), " "), (2, None, "")),
    "MD": ((1, (1, 3, 3, 3, 3), "-"), (2, None, "")),
}
US_FMTS = {}
for code, _, specs in US_STATES:
    for i, (w, spec) in enumerate(specs):
        written = US_WRITTEN[code] if i == 0 and code in US_WRITTEN else ((1, None, ""),)
        US_FMTS.setdefault(code, []).append((w, Fmt(spec, written)))
US_REGIONS = {f"US-{c}": (c, n, n) for c, n, _ in US_STATES}
US_STATE_WEIGHT = [(sum(w for w, _ in US_FMTS[c]) + (3 if c in ("CA", "TX", "FL", "NY") else 0), c)
                   for c, _, _ in US_STATES]


def us_dl_make(rng):
    code = weighted(rng, US_STATE_WEIGHT)
    f = weighted(rng, US_FMTS[code])
    w, var = f.write(f.make(rng), rng)
    return w, f"{code} ({f.spec}) {var}", f"US-{code}"


US_DL_ALL = [f for fs in US_FMTS.values() for _, f in fs]

# NTSI's full table ("State Driver's License Formats", ntsi.com/drivers-license-format): every
# format each state issues or has issued, Washington's included. Planted values use the current
# formats above; this table judges whether the US identifier would report a value planted as
# another identifier's (a look-alike), e.g. AR7351033 is an Ohio number (2 letters + 3-7 digits).
US_NTSI = {
    "AL": r"[0-9]{1,8}", "AK": r"[0-9]{1,7}", "AZ": r"[A-Z][0-9]{8}|[0-9]{9}", "AR": r"[0-9]{4,9}",
    "CA": r"[A-Z][0-9]{7}", "CO": r"[0-9]{9}|[A-Z][0-9]{3,6}|[A-Z]{2}[0-9]{2,5}", "CT": r"[0-9]{9}",
    "DE": r"[0-9]{1,7}", "DC": r"[0-9]{7}|[0-9]{9}", "FL": r"[A-Z][0-9]{12}", "GA": r"[0-9]{7,9}",
    "HI": r"[A-Z][0-9]{8}|[0-9]{9}", "ID": r"[A-Z]{2}[0-9]{6}[A-Z]|[0-9]{9}", "IL": r"[A-Z][0-9]{11,12}",
    "IN": r"[A-Z][0-9]{9}|[0-9]{9,10}", "IA": r"[0-9]{9}|[0-9]{3}[A-Z]{2}[0-9]{4}",
    "KS": r"[A-Z][0-9][A-Z][0-9][A-Z]|[A-Z][0-9]{8}|[0-9]{9}", "KY": r"[A-Z][0-9]{8,9}|[0-9]{9}",
    "LA": r"[0-9]{1,9}", "ME": r"[0-9]{7}[A-Z]?|[0-9]{8}", "MD": r"[A-Z][0-9]{12}", "MA": r"[A-Z][0-9]{8}|[0-9]{9}",
    "MI": r"[A-Z][0-9]{10}|[A-Z][0-9]{12}", "MN": r"[A-Z][0-9]{12}", "MS": r"[0-9]{9}",
    "MO": r"[A-Z][0-9]{5,9}|[A-Z][0-9]{6}R|[0-9]{8}[A-Z]{2}|[0-9]{9}[A-Z]?", "MT": r"[A-Z][0-9]{8}|[0-9]{9}|[0-9]{13,14}",
    "NE": r"[A-Z][0-9]{6,8}", "NV": r"[0-9]{9,10}|[0-9]{12}|X[0-9]{8}", "NH": r"[0-9]{2}[A-Z]{3}[0-9]{5}",
    "NJ": r"[A-Z][0-9]{14}", "NM": r"[0-9]{8,9}", "NY": r"[A-Z][0-9]{7}|[A-Z][0-9]{18}|[0-9]{8,9}|[0-9]{16}|[A-Z]{8}",
    "NC": r"[0-9]{1,12}", "ND": r"[A-Z]{3}[0-9]{6}|[0-9]{9}", "OH": r"[A-Z][0-9]{4,8}|[A-Z]{2}[0-9]{3,7}|[0-9]{8}",
    "OK": r"[A-Z][0-9]{9}|[0-9]{9}", "OR": r"[0-9]{1,9}", "PA": r"[0-9]{8}", "RI": r"[0-9]{7}|[A-Z][0-9]{6}",
    "SC": r"[0-9]{5,11}", "SD": r"[0-9]{6,10}|[0-9]{12}", "TN": r"[0-9]{7,9}", "TX": r"[0-9]{7,8}",
    "UT": r"[0-9]{4,10}", "VT": r"[0-9]{8}|[0-9]{7}A", "VA": r"[A-Z][0-9]{8,11}|[0-9]{9}",
    "WA": r"[A-Z][A-Z0-9*]{11}", "WV": r"[0-9]{7}|[A-Z]{1,2}[0-9]{5,6}", "WI": r"[A-Z][0-9]{13}",
    "WY": r"[0-9]{9,10}",
}
US_NTSI_RX = re.compile("|".join(f"(?:{rx})" for rx in US_NTSI.values()))


def us_dl_ok(v: str) -> bool:
    return any(f.matches(v) for f in US_DL_ALL)


def us_dl_bad(rng):
    """Structures no state issues: two letters and ten digits, a letter and fifteen digits."""
    f = rng.choice([Fmt("L2 D10"), Fmt("L D15"), Fmt("D3 L4 D3")])
    v = f.make(rng)
    return (v, f"{f.spec}: no state's format") if not us_dl_ok(v) else None


scheme(key="dl.us", short="US DL", cc="us", core=union_regex(US_DL_ALL), keywords=DL_EN, keys=DL_EN_KEYS,
       reported=us_dl_ok, make=us_dl_make, langs=("en",), text_kw={"en": DL_US_TEXT},
       bad=us_dl_bad, bad_kind="no state's format",
       specimens=(("D1234567", "California DMV's sample licence"), ("123456789", "placeholder in state forms")),
       group="dl", regions=US_REGIONS, region_keys=("state", "dl_state", "issuingState", "licenseState"),
       region_text=0.8, neighbours=("mbi", "hicn"), extra_c=((2, ssn_dashed),),
       reported_full=lambda v: US_NTSI_RX.fullmatch(v) is not None)

# -- United Kingdom: DVLA -----------------------------------------------------------------------
# DVLA, "What the numbers on your driving licence mean" (GOV.UK; the INF1D leaflet): 1-5 the
# first five letters of the surname (shorter ones padded with 9), 6 the decade of the birth year,
# 7-8 the birth month (+50 for women), 9-10 the day, 11 the year's last digit, 12-13 the first two
# initials (9 for none), 14 an arbitrary digit (usually 9), 15-16 two computer check characters.
# Specimen on GOV.UK: MORGA657054SM9IJ. Northern Ireland's DVA numbers (8 digits) are not
# planted. Unsure: the two check characters' rule is not published (written as two letters).


def dvla_make(rng, bad_date=False):
    sn = surname(rng.choice(("en_GB", "en_GB", "en_IE")))[:5].ljust(5, "9")
    b = birth(rng)
    female = rng.random() < 0.5
    month = b.month + (50 if female else 0)
    day = b.day
    if bad_date:
        month, day = rng.choice(((13, day), (63, day), (b.month, 32), (b.month + 50, 0), (2, 30)))
    inits = given("en_GB")[0] + (given("en_GB")[0] if rng.random() < 0.6 else "9")
    v = f"{sn}{b.year // 10 % 10}{month:02d}{day:02d}{b.year % 10}{inits}{rng.choice('9999998')}{rand_of(rng, UPPER, 2)}"
    return v


def dvla_ok(v: str) -> bool:
    c = v.replace(" ", "")
    m = re.fullmatch(r"([A-Z]{1,5}9{0,4})(\d)(\d\d)(\d\d)(\d)([A-Z][A-Z9])(\d)([A-Z0-9]{2})", c)
    if not m or len(m.group(1)) != 5 or (v != c and not re.fullmatch(r"\S{5} \S{6} \S{5}", v)):
        return False
    mm = int(m.group(3))
    mm = mm - 50 if mm > 50 else mm
    return valid_date(2000, mm, int(m.group(4))) is not None   # a leap year: 29 Feb allowed


def dvla_written(rng):
    v = dvla_make(rng)
    if rng.random() < 0.2:
        return group(v, (5, 6, 5), " "), "spaced 5-6-5", ""
    return v, "16 characters", ""


scheme(key="dl.gb", short="UK DL", cc="gb", core=r"[A-Z9]{5}[0-9]{6}[A-Z9]{2}[0-9][A-Z0-9]{2}|[A-Z9]{5} [0-9]{6} [A-Z9]{2}[0-9][A-Z0-9]{2}",
       keywords=DL_EN + kws("dvla licence number | dvla number | dvla driver number"), keys=DL_EN_KEYS + ("dvla_licence_number",), reported=dvla_ok, make=dvla_written,
       langs=("en",), text_kw={"en": DL_GB_TEXT + ("DVLA licence number",)},
       bad=lambda rng: (dvla_make(rng, bad_date=True), "impossible birth date in positions 7-10"),
       bad_kind="impossible embedded birth date", specimens=(("MORGA657054SM9IJ", "DVLA specimen (GOV.UK)"),),
       dummies=False, group="dl", neighbours=("nhs", "dl.ie"))

# -- Canada: per province ---------------------------------------------------------------------------
# Provincial formats (Microsoft Purview's "Canada driver's license number", which follows the
# provinces' cards; the same patterns as the provincial specimens): Ontario a letter (the surname's
# initial), 14 digits, the last six the birth date YYMMDD (month + 50 for women), printed
# A1234-56789-01234; Quebec a letter and 12 digits (printed 5-6-2); British Columbia 7 digits;
# Alberta 6-3 or 9 digits; Saskatchewan 8; Manitoba 2-2-2 letters, a letter, 3 digits, 2 letters;
# New Brunswick 5-7 digits; Newfoundland and Labrador a letter and 9 digits; Nova Scotia five
# surname letters, the birth date DDMMYY and 3 digits; Prince Edward Island 5-6 digits.
# Unsure: Quebec's digits are not checked (their meaning is not published); Manitoba's letters
# (name-derived) are drawn at random.
DL_FR_CA = kws("permis de conduire | n° de permis de conduire | n° de permis | no de permis")
CA_PROVINCES = {"ON": ("Ontario", "Ontario"), "QC": ("Quebec", "Québec"), "BC": ("British Columbia", "Colombie-Britannique"),
                "AB": ("Alberta", "Alberta"), "SK": ("Saskatchewan", "Saskatchewan"), "MB": ("Manitoba", "Manitoba"),
                "NB": ("New Brunswick", "Nouveau-Brunswick"), "NL": ("Newfoundland", "Terre-Neuve"),
                "NS": ("Nova Scotia", "Nouvelle-Écosse"), "PE": ("Prince Edward Island", "Île-du-Prince-Édouard")}
CA_REGIONS = {f"CA-{c}": (c, en, fr) for c, (en, fr) in CA_PROVINCES.items()}


def on_dl(rng, female=None):
    b = birth(rng)
    fem = rng.random() < 0.5 if female is None else female
    c = surname("en_CA")[0] + rand_digits(rng, 8) + f"{b.year % 100:02d}{b.month + (50 if fem else 0):02d}{b.day:02d}"
    return c


CA_DL = {   # province -> (weight, rng -> compact, Fmt for its written forms)
    "ON": (5, on_dl, Fmt("L D14", ((3, (5, 5, 5), "-"), (1, None, ""), (1, (5, 5, 5), " ")))),
    "QC": (3, lambda rng: surname("fr_CA")[0] + rand_digits(rng, 12), Fmt("L D12", ((2, (5, 6, 2), "-"), (1, None, "")))),
    "BC": (3, lambda rng: rand_digits(rng, 7, "123456789"), Fmt("D7")),
    "AB": (2, lambda rng: rand_digits(rng, 9, "123456789"), Fmt("D9", ((1, (6, 3), "-"), (1, None, "")))),
    "SK": (1, lambda rng: rand_digits(rng, 8, "123456789"), Fmt("D8")),
    "MB": (1, lambda rng: rand_of(rng, UPPER, 7) + rand_digits(rng, 3) + rand_of(rng, UPPER, 2),
           Fmt("L7 D3 L2", ((1, (2, 2, 2, 6), "-"), (1, None, "")))),
    "NB": (1, lambda rng: rand_digits(rng, rng.choice((5, 6, 7)), "123456789"), None),
    "NL": (1, lambda rng: surname("en_CA")[0] + rand_digits(rng, 9), Fmt("L D9")),
    "NS": (1, lambda rng: (surname("en_CA") + "99999")[:5] + birth(rng).strftime("%d%m%y") + rand_digits(rng, 3),
           Fmt("L5 D9", ((1, (5, 9), "-"), (1, None, "")))),
    "PE": (1, lambda rng: rand_digits(rng, rng.choice((5, 6)), "123456789"), None),
}
CA_DL_FMTS = [f for _, _, f in CA_DL.values() if f] + [Fmt("D5"), Fmt("D6"), Fmt("D7")]


def ca_dl_ok(v: str) -> bool:
    c = v.replace("-", "").replace(" ", "")
    if re.fullmatch(r"[A-Z]\d{14}", c) and (len(v) == 15 or Fmt("L D14", ((1, (5, 5, 5), "-"), (1, (5, 5, 5), " "))).matches(v)):
        mm, dd = int(c[11:13]), int(c[13:15])
        return valid_date(2000, mm - 50 if mm > 50 else mm, dd) is not None
    if re.fullmatch(r"[A-Z]{5}\d{9}", c):
        return valid_date(2000, int(c[7:9]), int(c[5:7])) is not None and c[7] in "01"
    return any(f.matches(v) for f in CA_DL_FMTS if f.spec not in ("L D14", "L5 D9"))


def ca_dl_make(rng):
    prov = weighted(rng, [(w, p) for p, (w, _, _) in CA_DL.items()])
    _, mk, f = CA_DL[prov]
    c = mk(rng)
    w, var = f.write(c, rng) if f else (c, "compact")
    return w, f"{prov} {var}", f"CA-{prov}"


def ca_dl_bad(rng):
    c = on_dl(rng)
    c = c[:11] + rng.choice(("13", "14", "45", "63", "70")) + c[13:]       # no month 13-49 nor 63-99
    return group(c, (5, 5, 5), "-"), "Ontario number with an impossible birth month"


scheme(key="dl.ca", short="CA DL", cc="ca", core=union_regex(CA_DL_FMTS), keywords=DL_EN + DL_FR_CA,
       keys=DL_EN_KEYS + ("permis_de_conduire", "noPermisDeConduire"), reported=ca_dl_ok, make=ca_dl_make,
       langs=("en", "fr"), text_kw={"en": DL_EN_TEXT, "fr": DL_FR_CA}, bad=ca_dl_bad,
       bad_kind="Ontario number with an impossible birth date", group="dl", regions=CA_REGIONS,
       region_keys=("province", "dl_province", "issuingProvince"), region_text=1.0, neighbours=("ca.health", "pp.ca"))

# -- Australia: per state and territory -------------------------------------------------------------
# The state road authorities' licence numbers (as summarised in Microsoft Purview's "Australia
# driver's license number": letters and digits, four to ten characters): NSW 8 digits, VIC 9,
# QLD 9, WA 7, SA a letter and 5 digits, TAS a letter and 5 digits, ACT 7 digits, NT 7 digits.
# Unsure: NSW and VIC also have older shorter numbers, TAS and SA older forms; only the common
# current lengths are planted.
AU_STATES = {"NSW": ("NSW", 4, "D8"), "VIC": ("Victorian", 3, "D9"), "QLD": ("Queensland", 3, "D9"),
             "WA": ("Western Australia", 2, "D7"), "SA": ("South Australia", 1, "L D5"), "TAS": ("Tasmanian", 1, "L D5"),
             "ACT": ("ACT", 1, "D7"), "NT": ("Northern Territory", 1, "D7")}
AU_REGIONS = {f"AU-{c}": (c, en, en) for c, (en, _, _) in AU_STATES.items()}
AU_FMTS = {c: Fmt(spec) for c, (_, _, spec) in AU_STATES.items()}
# The Document Verification Service's licence number formats (every number a state holds, older
# ones included): NSW 6-8 letters or digits, SA 6, TAS 6-8, QLD up to 9 digits, VIC, ACT and NT up
# to 10, WA 7. They judge whether the Australian identifier would report a look-alike (ZH226219
# is a NSW number); planted values use the current lengths above.
AU_DVS = {"NSW": r"[0-9A-Z]{6,8}", "SA": r"[0-9A-Z]{6}", "TAS": r"[0-9A-Z]{6,8}", "QLD": r"[0-9]{1,9}",
          "VIC": r"[0-9]{1,10}", "ACT": r"[0-9]{1,10}", "NT": r"[0-9]{1,10}", "WA": r"[0-9]{7}"}
AU_DVS_RX = re.compile("|".join(f"(?:{rx})" for rx in AU_DVS.values()))


def au_dl_make(rng):
    st = weighted(rng, [(w, c) for c, (_, w, _) in AU_STATES.items()])
    f = AU_FMTS[st]
    c = f.make(rng)
    if c[0] == "0":
        c = "1" + c[1:]
    return c, f"{st} {f.spec}", f"AU-{st}"


scheme(key="dl.au", short="AU DL", cc="au", core=union_regex(AU_FMTS.values()), keywords=DL_EN, keys=DL_EN_KEYS,
       reported=lambda v: any(f.matches(v) for f in AU_FMTS.values()), make=au_dl_make, langs=("en",),
       text_kw={"en": DL_GB_TEXT + ("driver licence number", "driver licence", "licence no.")},
       group="dl", regions=AU_REGIONS, region_keys=("state", "licence_state", "issuingState"), region_text=1.0,
       neighbours=("dl.us", "bban.gb"), reported_full=lambda v: AU_DVS_RX.fullmatch(v) is not None)

# -- India ----------------------------------------------------------------------------------------
# Ministry of Road Transport and Highways (Sarathi; CMVR 1989, the 2010s uniform numbering):
# the state code (as on number plates), the RTO code (2 digits), the year of issue and a 7-digit
# serial: MH14 20110062821, MH-1420110062821, MH14-2011-0062821, MH1420110062821.
IN_STATES = ("AP", "AR", "AS", "BR", "CG", "GA", "GJ", "HR", "HP", "JH", "KA", "KL", "MP", "MH", "MN", "ML", "MZ",
             "NL", "OD", "PB", "RJ", "SK", "TN", "TS", "TR", "UP", "UK", "WB", "AN", "CH", "DD", "DL", "JK", "LA",
             "LD", "PY")


def in_dl_compact(rng, state=None, year=None):
    st = state or rng.choice(IN_STATES)
    y = year or rng.randint(1995, 2025)
    return f"{st}{rng.randint(1, 60):02d}{y}{rand_digits(rng, 7)}"


IN_FMT = Fmt("L2 D13", ((3, (4, 11), " "), (2, None, ""), (1, (2, 13), "-"), (1, (4, 4, 7), "-")))


def in_dl_ok(v: str) -> bool:
    if not IN_FMT.matches(v):
        return False
    c = v.replace(" ", "").replace("-", "")
    return c[:2] in IN_STATES and 1950 <= int(c[4:8]) <= 2025


def in_dl_make(rng):
    w, var = IN_FMT.write(in_dl_compact(rng), rng)
    return w, var, ""


def in_dl_bad(rng):
    if rng.random() < 0.5:
        c = in_dl_compact(rng, state=rng.choice(("XX", "QQ", "ZB", "IO", "EU")))
        what = "unknown state code"
    else:
        c = in_dl_compact(rng, year=rng.choice((1899, 2031, 2098, 1066)))
        what = "impossible year of issue"
    return IN_FMT.write(c, rng)[0], what


scheme(key="dl.in", short="IN DL", cc="in", core=IN_FMT.regex(), keywords=DL_EN, keys=DL_EN_KEYS,
       reported=in_dl_ok, make=in_dl_make, langs=("en",),
       text_kw={"en": DL_GB_TEXT + ("DL No.",)}, bad=in_dl_bad,
       bad_kind="unknown state or impossible year", group="dl", dummies=False, neighbours=("dl.gb", "vin"))

# -- EU and EEA countries ----------------------------------------------------------------------------
# Formats: the national licence numbers (field 5 of the EU card, Directive 2006/126/EC Annex I)
# as Microsoft Purview's per-country definitions describe them (Austria 8 digits, Belgium 10,
# Bulgaria 9, Croatia 8, Cyprus 12, Czechia E + a letter + 6 digits, Denmark 8, Estonia 2 letters
# + 6 digits, Finland the personal identity code, France 12 digits, Germany 11 characters with a
# check digit, Greece 9 digits, Hungary 2 letters + 6 digits, Ireland 6 digits + 4 letters, Italy
# a letter, a letter or digit, 7 digits, a letter, Latvia 3 letters + 6 digits, Lithuania 8
# digits, Luxembourg 6, Malta 2 characters + 6 digits (3-3), Netherlands 10, Poland 5/2/4, Portugal
# L-123456 7 or AA-12345 6, Romania a letter or digit + 8 digits, Slovakia a letter or digit + 7
# digits, Slovenia 9, Spain the DNI, Sweden the personnummer). Keywords: Macie's for the country,
# then the usual written forms. In English text a value is written with its country
# ("Austrian driving licence") where the English keywords are shared.
EU_DL = {}


def eu_dl(key, short, cc, fmts, macie, extra, text_kw, keys, langs, region, reported=None, makef=None,
          bad=None, bad_kind="wrong check digit", specimens=(), check_pos=None, neighbours=(), english=True):
    """One EU licence: fmts is a list of (weight, Fmt); region (cell, English adjective, local name)."""
    keywords = kws(macie) + kws(extra)
    tkw = dict(text_kw)
    if english:
        keywords += DL_EN
        tkw["en"] = tuple(tkw.get("en", ())) + ("driving licence", "driving licence number", "driving licence no.",
                                                "driver's license number") + tuple(tkw[langs[0]][:2])
    rep = reported or (lambda v: any(f.matches(v) for _, f in fmts))

    def make(rng):
        if makef:
            return makef(rng)
        f = weighted(rng, fmts)
        c = f.make(rng)
        w, var = f.write(c, rng)
        return w, f"{f.spec} {var}".strip(), cc.upper()

    scheme(key=key, short=short, cc=cc, core=union_regex([f for _, f in fmts]), keywords=keywords, keys=keys,
           reported=rep, make=make, langs=langs, text_kw=tkw, bad=bad, bad_kind=bad_kind, specimens=specimens,
           check_pos=check_pos, group="dl", regions={cc.upper(): region}, region_keys=("country", "land", "issuing_country"),
           region_text=0.0, neighbours=neighbours)


def nonzero(f):
    """A digit format whose values do not start with 0."""
    orig = f.make
    f.make = lambda rng: (lambda c: ("1" + c[1:]) if c[0] == "0" else c)(orig(rng))
    return f


DE_DL_ALPHA = DIGITS + UPPER


def de_dl_make_c(rng):
    body = rng.choice(UPPER + DIGITS) + rand_digits(rng, 2) + rand_of(rng, DE_DL_ALPHA, 6)
    return body + de_dl_check(body) + rng.choice(DIGITS + "ABC")


def de_dl_ok(v: str) -> bool:
    return re.fullmatch(r"[0-9A-Z][0-9]{2}[0-9A-Z]{6}[0-9X][0-9A-Z]", v) is not None and v[9] == de_dl_check(v[:9])


def hetu_make(rng):
    b = birth(rng)
    nnn = f"{rng.randint(2, 899):03d}"
    sign = "-" if b.year < 2000 else "A"
    core = b.strftime("%d%m%y") + nnn
    return b.strftime("%d%m%y") + sign + nnn + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(core) % 31]


def pnr_make(rng):
    b = birth(rng)
    body = b.strftime("%y%m%d") + f"{rng.randint(0, 999):03d}"
    return body[:6] + "-" + body[6:] + luhn.calc_check_digit(body)


def es_dl_make(rng):
    n = rand_digits(rng, 8)
    return n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]


def bad_last(rng, good, chars, valid):
    for _ in range(50):
        v = good[:-1] + rng.choice(chars)
        if not valid(v):
            return v
    return None


eu_dl("dl.at", "AT DL", "at", [(1, nonzero(Fmt("D8")))],
      "führerschein | fuhrerschein | führerschein republik österreich | fuhrerschein republik osterreich",
      "führerscheinnummer | führerschein-nr | führerschein nr | fuehrerscheinnummer | fuehrerschein",
      {"de": ("Führerscheinnummer", "Führerschein-Nr.", "Führerschein Nr.", "Führerschein")},
      ("fuehrerscheinnummer", "fuehrerschein_nr", "fuehrerscheinNr", "fuehrerschein"), ("de",),
      ("AT", "Austrian", "Österreich"), neighbours=("dl.de", "dl.lu"))
eu_dl("dl.be", "BE DL", "be", [(1, nonzero(Fmt("D10")))],
      "fuehrerschein | fuehrerschein-nr | fuehrerscheinnummer | fuhrerschein | führerschein | führerschein-nr"
      "| fuhrerscheinnummer | führerscheinnummer | numéro permis conduire | permis de conduire | rijbewijs | rijbewijsnummer",
      "nummer rijbewijs | n° de permis de conduire | n° permis de conduire",
      {"nl": ("rijbewijsnummer", "rijbewijs", "nummer rijbewijs"), "fr": ("permis de conduire", "n° de permis de conduire"),
       "de": ("Führerscheinnummer", "Führerschein-Nr.")},
      ("rijbewijsnummer", "rijbewijs_nummer", "permis_de_conduire", "numeroPermisDeConduire"), ("nl", "fr", "de"),
      ("BE", "Belgian", "België"), neighbours=("dl.nl", "dl.fr"))
eu_dl("dl.bg", "BG DL", "bg", [(1, nonzero(Fmt("D9")))],
      "превозно средство | свидетелство за управление на моторно | свидетелство за управление на мпс | сумпс"
      "| шофьорска книжка",
      "номер на шофьорска книжка | шофьорска книжка №",
      {"bg": ("шофьорска книжка", "номер на шофьорска книжка", "сумпс", "свидетелство за управление на мпс")},
      ("шофьорска_книжка", "номер_шофьорска_книжка", "сумпс", "driving_licence_number"), ("bg",), ("BG", "Bulgarian", "България"),
      neighbours=("dl.gr", "dl.ro"))
eu_dl("dl.hr", "HR DL", "hr", [(1, nonzero(Fmt("D8")))], "vozačka dozvola",
      "broj vozačke dozvole | vozačka dozvola br. | vozačke dozvole | vozacka dozvola | broj vozacke dozvole",
      {"hr": ("vozačka dozvola", "broj vozačke dozvole", "vozačka dozvola br.")},
      ("vozacka_dozvola", "broj_vozacke_dozvole", "vozačka_dozvola"), ("hr",), ("HR", "Croatian", "Hrvatska"),
      neighbours=("dl.si", "dl.lt"))
eu_dl("dl.cy", "CY DL", "cy", [(1, nonzero(Fmt("D12")))], "άδεια οδήγησης",
      "αριθμός άδειας οδήγησης | αριθμό άδειας οδήγησης | άδειας οδήγησης",
      {"el": ("άδεια οδήγησης", "αριθμός άδειας οδήγησης", "αριθμό άδειας οδήγησης"),
       "en": ("driving licence", "driving licence number")},
      ("άδεια_οδήγησης", "αριθμός_άδειας_οδήγησης", "driving_licence_number"), ("el", "en"),
      ("CY", "Cypriot", "Κύπρος"), neighbours=("dl.gr", "dl.fr"))
eu_dl("dl.cz", "CZ DL", "cz", [(1, Fmt("'E' L D6", ((2, None, ""), (1, (2, 6), " "))))],
      "číslo licence | císlo licence řidiče | číslo řidičského průkazu | ovladače lic. | povolení k jízdě"
      "| povolení řidiče | řidiči povolení | řidičský prúkaz | řidičský průkaz",
      "řidičského průkazu | č. řidičského průkazu | ridicsky prukaz | cislo ridicskeho prukazu",
      {"cs": ("číslo řidičského průkazu", "řidičský průkaz", "č. řidičského průkazu")},
      ("ridicsky_prukaz", "cislo_ridicskeho_prukazu", "řidičský_průkaz", "driving_licence_number"), ("cs",),
      ("CZ", "Czech", "Česko"), neighbours=("dl.sk", "dl.hu"))
eu_dl("dl.dk", "DK DL", "dk", [(1, nonzero(Fmt("D8")))], "kørekort | kørekortnummer",
      "kørekort nr. | kørekortnr. | kørekortets nummer",
      {"da": ("kørekortnummer", "kørekort nr.", "kørekort", "kørekortnr.")},
      ("koerekortnummer", "kørekortnummer", "kørekort_nr", "driving_licence_number"), ("da",),
      ("DK", "Danish", "Danmark"), neighbours=("dl.se", "dl.at"))
eu_dl("dl.ee", "EE DL", "ee", [(1, Fmt("L2 D6"))],
      "juhi litsentsi number | juhiloa number | juhiluba | juhiluba number", "juhiloa nr | juhiloa nr.",
      {"et": ("juhiloa number", "juhiluba", "juhiloa nr.", "juhiluba number")},
      ("juhiloa_number", "juhiluba", "juhilubaNumber", "driving_licence_number"), ("et",), ("EE", "Estonian", "Eesti"),
      neighbours=("dl.lv", "dl.lt"))
eu_dl("dl.fi", "FI DL", "fi", [(1, Fmt("D6 '-' D3 A"))],
      "ajokortin numero | ajokortti | förare lic. | körkort | körkort nummer | kuljettaja lic. | permis de conduire",
      "ajokortin nro | ajokortin nro. | ajokortti nro",
      {"fi": ("ajokortin numero", "ajokortti", "ajokortin nro"), "sv": ("körkort", "körkort nummer")},
      ("ajokortin_numero", "ajokortti", "ajokorttiNumero", "driving_licence_number"), ("fi", "sv"),
      ("FI", "Finnish", "Suomi"), makef=lambda rng: (hetu_make(rng), "personal identity code", "FI"),
      reported=lambda v: bool(re.fullmatch(r"\d{6}[-+A]\d{3}[0-9A-Y]", v)) and ok(fi_hetu.is_valid, v),
      bad=lambda rng: (bad_last(rng, hetu_make(rng), "0123456789ABCDEFHJKLMNPRSTUVWXY",
                                lambda v: ok(fi_hetu.is_valid, v)), "personal identity code, wrong check character"),
      bad_kind="wrong check character", neighbours=("dl.se", "dl.ee"))
eu_dl("dl.fr", "FR DL", "fr", [(1, Fmt("D12", ((3, None, ""), (1, (2, 2, 2, 6), " "))))],
      "permis de conduire",
      "n° de permis de conduire | n° de permis | permis n° | n° du permis",
      {"fr": ("permis de conduire", "n° de permis de conduire", "n° de permis", "permis n°", "n° du permis")},
      ("permis_de_conduire", "numPermisDeConduire", "permisDeConduire"), ("fr",),
      ("FR", "French", "France"),
      makef=lambda rng: (lambda c: (c, "12 digits", "FR"))(f"{rng.randint(70, 124) % 100:02d}{rng.randint(1, 95):02d}"
                                                            + rand_digits(rng, 8)),
      neighbours=("dl.be", "fr.health"))
eu_dl("dl.de", "DE DL", "de", [(1, Fmt("A D2 A6 A A"))],
      "fuehrerschein | fuehrerschein-nr | fuehrerscheinnummer | fuhrerschein | führerschein | führerschein-nr"
      "| fuhrerscheinnummer | führerscheinnummer",
      "führerschein nr | führerscheinnr | führerscheinnr. | nr. des führerscheins",
      {"de": ("Führerscheinnummer", "Führerschein-Nr.", "Führerschein", "Führerschein Nr.", "Führerscheinnr.")},
      ("fuehrerscheinnummer", "fuehrerschein_nr", "fuehrerscheinNummer", "führerschein", "driving_licence_number"),
      ("de",), ("DE", "German", "Deutschland"),
      makef=lambda rng: (de_dl_make_c(rng), "11 characters", "DE"), reported=de_dl_ok,
      bad=lambda rng: (lambda c: (c[:9] + rng.choice([d for d in DIGITS + "X" if d != c[9]]) + c[10], "check digit changed"))(
          de_dl_make_c(rng)),
      specimens=(("B072RRE2I55", "Bundesdruckerei specimen (2013 card)"), ("J010000SD51", "Bundesdruckerei specimen")),
      check_pos=lambda v: [9], neighbours=("pp.de", "dl.at"))
eu_dl("dl.gr", "GR DL", "gr", [(1, nonzero(Fmt("D9")))], "δεια οδήγησης | adeia odigisis",
      "άδεια οδήγησης | αριθμός άδειας οδήγησης | αρ. άδειας οδήγησης",
      {"el": ("άδεια οδήγησης", "αριθμός άδειας οδήγησης", "αρ. άδειας οδήγησης")},
      ("adeia_odigisis", "άδεια_οδήγησης", "driving_licence_number"), ("el",), ("GR", "Greek", "Ελλάδα"),
      neighbours=("dl.cy", "dl.bg"))
eu_dl("dl.hu", "HU DL", "hu", [(1, Fmt("L2 D6"))],
      "illesztőprogramok lic | jogosítvány | jogsi | licencszám | vezető engedély | vezetői engedély",
      "jogosítvány száma | vezetői engedély száma | jogosítványszám | jogositvany | vezetoi engedely | jogositvany szam",
      {"hu": ("jogosítvány száma", "jogosítvány", "vezetői engedély száma", "jogsi")},
      ("jogositvany_szam", "jogositvany", "vezetoi_engedely", "jogosítvány", "driving_licence_number"), ("hu",),
      ("HU", "Hungarian", "Magyarország"), neighbours=("dl.cz", "dl.ee"))
eu_dl("dl.ie", "IE DL", "ie", [(1, Fmt("D6 L4"))], "ceadúnas tiomána",
      "irish driving licence | licence number | driving licence number | ceadunas tiomana",
      {"en": ("driving licence number", "driving licence", "licence number", "ceadúnas tiomána", "driver's licence")},
      ("driving_licence_number", "licenceNumber", "ceadunas_tiomana", "dl_number"), ("en",), ("IE", "Irish", "Ireland"),
      neighbours=("dl.gb", "nhs"))
eu_dl("dl.it", "IT DL", "it", [(1, Fmt("L A D7 L"))],
      "patente di guida | patente di guida numero | patente guida | patente guida numero",
      "numero patente | n. patente | patente n. | patente | numero della patente",
      {"it": ("patente di guida", "numero patente", "n. patente", "patente n.", "patente di guida numero")},
      ("numero_patente", "patente", "patenteGuida", "patente_di_guida", "driving_licence_number"), ("it",),
      ("IT", "Italian", "Italia"), neighbours=("pp.it", "bban.it"))
eu_dl("dl.lv", "LV DL", "lv", [(1, Fmt("L3 D6"))],
      "autovadītāja apliecība | licences numurs | vadītāja apliecība | vadītāja apliecības numurs | vadītāja atļauja"
      "| vadītāja licences numurs | vadītāji lic.", "vadītāja apliecības nr. | vaditaja apliecibas numurs",
      {"lv": ("vadītāja apliecības numurs", "vadītāja apliecība", "autovadītāja apliecība", "vadītāja apliecības nr.")},
      ("vaditaja_apliecibas_numurs", "vadītāja_apliecība", "licences_numurs", "driving_licence_number"), ("lv",),
      ("LV", "Latvian", "Latvija"), neighbours=("dl.ee", "dl.lt"))
eu_dl("dl.lt", "LT DL", "lt", [(1, nonzero(Fmt("D8")))], "vairuotojo pažymėjimas",
      "vairuotojo pažymėjimo numeris | vairuotojo pažymėjimo nr. | vairuotojo pažymėjimo | vairuotojo pazymejimas",
      {"lt": ("vairuotojo pažymėjimo numeris", "vairuotojo pažymėjimas", "vairuotojo pažymėjimo nr.")},
      ("vairuotojo_pazymejimas", "vairuotojo_pažymėjimas", "driving_licence_number"), ("lt",),
      ("LT", "Lithuanian", "Lietuva"), neighbours=("dl.lv", "dl.hr"))
eu_dl("dl.lu", "LU DL", "lu", [(1, nonzero(Fmt("D6")))], "fahrerlaubnis | führerschäin",
      "permis de conduire | n° de permis de conduire | führerschein | führerscheinnummer",
      {"fr": ("permis de conduire", "n° de permis de conduire"), "de": ("Fahrerlaubnis", "Führerscheinnummer", "Führerschäin")},
      ("permis_de_conduire", "fahrerlaubnis", "fuehrerscheinnummer", "driving_licence_number"), ("fr", "de"),
      ("LU", "Luxembourg", "Luxembourg"), neighbours=("dl.be", "dl.at"))
eu_dl("dl.mt", "MT DL", "mt", [(1, Fmt("A2 D6", ((2, (2, 3, 3), " "), (1, None, ""))))], "liċenzja tas-sewqan",
      "liċenzji tas-sewwieq | numru tal-liċenzja tas-sewqan | maltese driving licence | licenzja tas sewqan",
      {"mt": ("liċenzja tas-sewqan", "numru tal-liċenzja tas-sewqan"),
       "en": ("driving licence", "driving licence number", "liċenzja tas-sewqan")},
      ("licenzja_tas_sewqan", "driving_licence_number", "dl_number"), ("mt", "en"), ("MT", "Maltese", "Malta"),
      neighbours=("dl.gb", "dl.it"))
eu_dl("dl.nl", "NL DL", "nl", [(1, nonzero(Fmt("D10")))], "permis de conduire | rijbewijs | rijbewijsnummer",
      "nummer rijbewijs | rijbewijs nr. | rijbewijsnr.",
      {"nl": ("rijbewijsnummer", "rijbewijs", "nummer rijbewijs", "rijbewijsnr.")},
      ("rijbewijsnummer", "rijbewijs_nummer", "rijbewijs", "rijbewijsNr", "driving_licence_number"), ("nl",),
      ("NL", "Dutch", "Nederland"), neighbours=("dl.be", "bban.de"))
eu_dl("dl.pl", "PL DL", "pl", [(1, Fmt("D5 '/' D2 '/' D4"))], "numer licencyjny | prawo jazdy | zezwolenie na prowadzenie",
      "numer prawa jazdy | nr prawa jazdy | prawa jazdy",
      {"pl": ("numer prawa jazdy", "prawo jazdy", "nr prawa jazdy")},
      ("numer_prawa_jazdy", "prawo_jazdy", "prawoJazdy", "driving_licence_number"), ("pl",), ("PL", "Polish", "Polska"),
      neighbours=("dl.cz", "dl.sk"))
eu_dl("dl.pt", "PT DL", "pt", [(2, Fmt("L '-' D6 ' ' D")), (1, Fmt("L2 '-' D5 ' ' D"))],
      "carta de condução | carteira de habilitação | carteira de motorist | carteira habilitação | carteira motorist"
      "| licença condução | licença de condução | número de licença | número licença | permissão condução"
      "| permissão de condução", "n.º da carta de condução | carta de condução n.º | nº carta de condução | carta de conducao",
      {"pt": ("carta de condução", "n.º da carta de condução", "carta de condução n.º", "licença de condução")},
      ("carta_de_conducao", "numeroCartaDeConducao", "carta_de_condução", "driving_licence_number"), ("pt",),
      ("PT", "Portuguese", "Portugal"), neighbours=("dl.es", "cep"))
eu_dl("dl.ro", "RO DL", "ro", [(1, Fmt("A D8"))], "numărul permisului de conducere | permis de conducere",
      "nr. permis de conducere | permisul de conducere | permis auto",
      {"ro": ("permis de conducere", "nr. permis de conducere", "numărul permisului de conducere", "permis auto")},
      ("permis_de_conducere", "permisDeConducere", "numar_permis_auto", "driving_licence_number"), ("ro",),
      ("RO", "Romanian", "România"), neighbours=("dl.bg", "dl.hu"))
eu_dl("dl.sk", "SK DL", "sk", [(1, Fmt("A D7"))],
      "číslo licencie | číslo vodičského preukazu | ovládače lic. | povolenia vodičov | povolenie jazdu"
      "| povolenie na jazdu | povolenie vodiča | vodičský preukaz", "č. vodičského preukazu | vodicsky preukaz | cislo vodicskeho preukazu",
      {"sk": ("číslo vodičského preukazu", "vodičský preukaz", "č. vodičského preukazu")},
      ("vodicsky_preukaz", "cislo_vodicskeho_preukazu", "vodičský_preukaz", "driving_licence_number"), ("sk",),
      ("SK", "Slovak", "Slovensko"), neighbours=("dl.cz", "dl.pl"))
eu_dl("dl.si", "SI DL", "si", [(1, nonzero(Fmt("D9")))], "vozniško dovoljenje",
      "številka vozniškega dovoljenja | vozniškega dovoljenja | št. vozniškega dovoljenja | voznisko dovoljenje | stevilka vozniskega dovoljenja",
      {"sl": ("vozniško dovoljenje", "številka vozniškega dovoljenja", "št. vozniškega dovoljenja")},
      ("vozniško_dovoljenje", "vozniskoDovoljenje", "stevilka_vozniskega_dovoljenja", "driving_licence_number"), ("sl",),
      ("SI", "Slovenian", "Slovenija"), neighbours=("dl.hr", "dl.at"))
eu_dl("dl.es", "ES DL", "es", [(1, Fmt("D8 L"))],
      "carnet conducer | el carnet de conducer | licencia conducer | licencia de manejo | número carnet conducer"
      "| número de carnet de conducer | número de permiso conducer | número de permiso de conducer"
      "| número licencia conducer | número permiso conducer | permiso conducción | permiso conducer | permiso de conducción",
      "carnet de conducir | permiso de conducir | número de permiso de conducir | nº de carnet de conducir"
      "| carné de conducir | nº permiso de conducir",
      {"es": ("permiso de conducir", "carnet de conducir", "permiso de conducción", "número de permiso de conducir",
              "nº de carnet de conducir", "carné de conducir")},
      ("permiso_de_conducir", "carnetDeConducir", "numero_permiso_de_conducir", "carnet_de_conducir", "driving_licence_number"),
      ("es",), ("ES", "Spanish", "España"), makef=lambda rng: (es_dl_make(rng), "DNI number", "ES"),
      reported=lambda v: bool(re.fullmatch(r"\d{8}[A-Z]", v)) and ok(es_dni.is_valid, v),
      bad=lambda rng: (bad_last(rng, es_dl_make(rng), "TRWAGMYFPDXBNJZSQVHLCKE", lambda v: ok(es_dni.is_valid, v)),
                       "DNI number with a wrong letter"),
      bad_kind="wrong DNI letter", check_pos=lambda v: [8], neighbours=("dl.pt", "bban.es"))
eu_dl("dl.se", "SE DL", "se", [(1, Fmt("D6 '-' D4"))],
      "ajokortin numero | dlno# | ajokortti | drivere lic. | förare lic. | körkort | körkort nummer | körkortsnummer"
      "| kuljettajat lic.", "körkortsnr | körkortsnr. | körkortets nummer",
      {"sv": ("körkortsnummer", "körkort", "körkort nummer", "körkortsnr.")},
      ("korkortsnummer", "körkortsnummer", "korkort", "driving_licence_number"), ("sv",), ("SE", "Swedish", "Sverige"),
      makef=lambda rng: (pnr_make(rng), "personnummer", "SE"),
      reported=lambda v: bool(re.fullmatch(r"\d{6}-\d{4}", v)) and ok(se_pnr.is_valid, v),
      bad=lambda rng: (bad_last(rng, pnr_make(rng), DIGITS, lambda v: ok(se_pnr.is_valid, v)),
                       "personnummer with a wrong Luhn digit"), neighbours=("dl.dk", "dl.fi"))


# === passports ===================================================================================
# Macie's keywords per country (its PII page, "Passport number"); Germany's list there also has
# ausstellungsdatum, ausstellungsort and geburtsdatum (issue date, place, birth date), which name
# other fields and are left out. Formats: US State Department: 9 digits, the Next Generation
# passport (2021-) a letter and 8 digits; HM Passport Office: 9 digits; IRCC: 2 letters and 6
# digits; France (ANTS): 2 digits, 2 letters, 5 digits; Germany (PassV, Bundesdruckerei): 9
# characters of 0-9 and CFGHJKLMNPRTVWXYZ, the first C-K (the authority code's first character);
# Italy (Poligrafico): 2 letters and 7 digits; Spain (Policía Nacional): 3 letters and 6 digits.
# None has a check digit outside the MRZ. English keywords are shared by the seven: a value after
# one is written with its country ("US passport", "British passport number"), or with a sibling
# nationality column or key in CSV and JSON.
PP_EN = kws("passport | passport# | passport # | passport no | passport no. | passport number | passportno"
            "| passportno# | passportid | passports | passport book | passport book number | travel document"
            "| travel document number")
PP_EN_TEXT = ("passport number", "passport no.", "passport #", "passport", "passport no", "passport book number")
PP_KEYS = ("passport_number", "passportNumber", "passport_no", "passportNo", "passport", "travel_document_number")
PP_REGIONS = {"USA": ("USA", "US", "US"), "GBR": ("GBR", "UK", "UK"), "CAN": ("CAN", "Canadian", "canadien"),
              "FRA": ("FRA", "French", "français"), "DEU": ("DEU", "German", "deutscher"),
              "ITA": ("ITA", "Italian", "italiano"), "ESP": ("ESP", "Spanish", "español")}
DE_PP_ALPHA = "CFGHJKLMNPRTVWXYZ0123456789"


def de_pp_make(rng):
    while True:
        v = rng.choice("CFGHJK") + rand_of(rng, DE_PP_ALPHA, 8)
        if sum(ch.isdigit() for ch in v) >= 3:
            return v


def passport(key, short, cc, fmt_or_make, spec_regex, macie, extra, text_kw, langs, region, keys=PP_KEYS,
             reported=None, specimens=(), neighbours=(), extra_c=()):
    if isinstance(fmt_or_make, list):
        fmts = fmt_or_make

        def make(rng):
            f = weighted(rng, fmts)
            c = f.make(rng)
            if c[0] == "0":
                c = "5" + c[1:]
            return c, f.spec, region
        rep = reported or (lambda v: any(f.matches(v) for _, f in fmts))
    else:
        def make(rng):
            return fmt_or_make(rng), "9 characters", region
        rep = reported
    text_kw = {"en": PP_EN_TEXT, **text_kw}
    scheme(key=key, short=short, cc=cc, core=spec_regex, keywords=kws(macie) + kws(extra) + PP_EN, keys=keys,
           reported=rep, make=make, langs=langs, text_kw=text_kw, specimens=specimens, group="pp",
           regions={region: PP_REGIONS[region]}, region_keys=("nationality", "issuing_country", "issuingCountry",
                                                              "country_of_issue"),
           region_text=0.9, neighbours=neighbours, extra_c=extra_c)


passport("pp.us", "US passport", "us", [(3, Fmt("D9")), (2, Fmt("L D8"))], "[0-9]{9}|[A-Z][0-9]{8}", "passport | travel document",
         "us passport | u.s. passport | passport card",
         {"en": PP_EN_TEXT}, ("en",), "USA",
         neighbours=("dl.us", "mbi"), extra_c=((2, ssn_dashed),))
passport("pp.gb", "UK passport", "gb", [(1, Fmt("D9"))], "[0-9]{9}",
         "passeport # | passeport n ° | passeport non | passeportn ° | passport # | passport no | passport number"
         "| passport# | passportid", "uk passport | british passport | hm passport",
         {"en": PP_EN_TEXT}, ("en",), "GBR", neighbours=("nhs", "dl.gb", "bban.gb"))
passport("pp.ca", "CA passport", "ca", [(1, Fmt("L2 D6"))], "[A-Z]{2}[0-9]{6}",
         "passeport | passeport# | passport | passport# | passportno | passportno#",
         "n° de passeport | no de passeport | numéro de passeport | canadian passport | passeport n°",
         {"en": PP_EN_TEXT, "fr": ("passeport", "n° de passeport", "no de passeport", "passeport n°")}, ("en", "fr"), "CAN",
         neighbours=("dl.ca", "ca.health"))
passport("pp.fr", "FR passport", "fr", [(1, Fmt("D2 L2 D5"))], "[0-9]{2}[A-Z]{2}[0-9]{5}",
         "numéro de passeport | passeport | passeport # | passeport n ° | passeport non",
         "n° de passeport | passeport n° | n° du passeport",
         {"fr": ("n° de passeport", "passeport", "passeport n°", "n° du passeport")}, ("fr",), "FRA",
         keys=PP_KEYS + ("numero_passeport", "numPasseport", "passeport"), neighbours=("dl.fr", "pp.ca"))
passport("pp.de", "DE passport", "de", de_pp_make, "[CFGHJK][0-9CFGHJKLMNPRTVWXYZ]{8}",
         "passport | passports | reisepass | reisepass–nr | reisepassnummer",
         "reisepass-nr | reisepass-nr. | reisepass nr | passnummer | pass-nr | pass-nr.",
         {"de": ("Reisepassnummer", "Reisepass-Nr.", "Reisepass", "Passnummer", "Pass-Nr.")}, ("de",), "DEU",
         keys=PP_KEYS + ("reisepassnummer", "reisepass_nr", "passnummer", "reisepassNummer"),
         reported=lambda v: bool(re.fullmatch(r"[CFGHJK][0-9CFGHJKLMNPRTVWXYZ]{8}", v)),
         specimens=(("C01X00T47", "Bundesdruckerei specimen passport"),), neighbours=("dl.de", "pp.it"))
passport("pp.it", "IT passport", "it", [(1, Fmt("L2 D7"))], "[A-Z]{2}[0-9]{7}",
         "italian passport number | numéro passeport | numéro passeport italien | passaporto | passaporto italiana"
         "| passaporto numero | passport number | repubblica italiana passaporto",
         "numero di passaporto | n. passaporto | passaporto n. | numero passaporto",
         {"it": ("passaporto", "numero di passaporto", "n. passaporto", "passaporto n.", "passaporto numero")}, ("it",), "ITA",
         keys=PP_KEYS + ("numero_passaporto", "passaporto", "numeroPassaporto"), neighbours=("dl.it", "pp.es"))
passport("pp.es", "ES passport", "es", [(1, Fmt("L3 D6"))], "[A-Z]{3}[0-9]{6}",
         "españa pasaporte | libreta pasaporte | número pasaporte | pasaporte | passport | passport book | passport no"
         "| passport number | spain passport", "número de pasaporte | nº de pasaporte | n.º de pasaporte | pasaporte nº",
         {"es": ("pasaporte", "número de pasaporte", "nº de pasaporte", "pasaporte nº", "número pasaporte")}, ("es",), "ESP",
         keys=PP_KEYS + ("numero_pasaporte", "pasaporte", "numPasaporte"), neighbours=("dl.es", "pp.it"))


# === the ICAO 9303 machine-readable zone ============================================================
# ICAO Doc 9303 (8th ed.) Part 4 (TD3, passports: 2 lines of 44), Part 5 (TD1, cards: 3 lines of
# 30), Part 6 (TD2: 2 lines of 36); check digits 7-3-1 (Part 3 §4.9) on the document number,
# birth date, expiry date, TD3 personal number, and the composite. Names in A-Z with '<' for
# spaces and '<<' between surname and given names (Part 3 §6). Issuing states in ICAO codes
# (Germany D). The specimens are ICAO's Utopia (UTO) ones of Parts 4-6 and the Bundesdruckerei's
# MUSTERMANN passport.
MRZ_STATES = [("GBR", "en_GB", 3), ("USA", "en_US", 3), ("D", "de_DE", 3), ("FRA", "fr_FR", 3), ("ITA", "it_IT", 2),
              ("ESP", "es_ES", 2), ("NLD", "nl_NL", 2), ("CAN", "en_CA", 2), ("SWE", "sv_SE", 1), ("POL", "pl_PL", 1),
              ("IRL", "en_IE", 1), ("AUT", "de_AT", 1), ("BEL", "nl_BE", 1), ("PRT", "pt_PT", 1), ("CHE", "de_CH", 1),
              ("BRA", "pt_BR", 1), ("MEX", "es_MX", 1), ("IND", "en_IN", 1)]


def mrz_name(surn: str, givens: str, width: int) -> str:
    s = re.sub(r"[^A-Z]+", "<", surn).strip("<") + "<<" + re.sub(r"[^A-Z]+", "<", givens).strip("<")
    return s[:width].ljust(width, "<")


def mrz_field(v: str, n: int) -> str:
    return v[:n].ljust(n, "<")


def mrz_build(kind, state, nat, number, surn, givens, born, sex, expiry, optional="", doc=None):
    """The MRZ lines (a list) of a TD1, TD2 or TD3 document."""
    b, e = born.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    num = mrz_field(number, 9)
    st, na = mrz_field(state, 3), mrz_field(nat, 3)
    if kind == "TD3":
        l1 = mrz_field(doc or "P<", 2) + st + mrz_name(surn, givens, 39)
        pers = mrz_field(optional, 14)
        pc = icao_check(pers) if optional else "<"
        l2 = num + icao_check(num) + na + b + icao_check(b) + sex + e + icao_check(e) + pers + pc
        l2 += icao_check(l2[0:10] + l2[13:20] + l2[21:43])
        return [l1, l2]
    if kind == "TD2":
        l1 = mrz_field(doc or "I<", 2) + st + mrz_name(surn, givens, 31)
        l2 = num + icao_check(num) + na + b + icao_check(b) + sex + e + icao_check(e) + mrz_field(optional, 7)
        l2 += icao_check(l2[0:10] + l2[13:20] + l2[21:35])
        return [l1, l2]
    l1 = mrz_field(doc or "I<", 2) + st + num + icao_check(num) + mrz_field(optional, 15)
    l2 = b + icao_check(b) + sex + e + icao_check(e) + na + "<" * 11
    l2 += icao_check(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    return [l1, l2, mrz_name(surn, givens, 30)]


def mrz_ok(v: str) -> bool:
    lines = v.split("\n")
    if not all(re.fullmatch(r"[A-Z0-9<]+", ln) for ln in lines):
        return False
    n = [len(x) for x in lines]
    c = icao_check
    if n == [44, 44]:
        l1, l2 = lines
        return l1[0] == "P" and l2[9] == c(l2[0:9]) and l2[19] == c(l2[13:19]) and l2[27] == c(l2[21:27]) \
            and (l2[42] == c(l2[28:42]) or (l2[28:43] == "<" * 15)) and l2[43] == c(l2[0:10] + l2[13:20] + l2[21:43])
    if n == [36, 36]:
        l1, l2 = lines
        return l2[9] == c(l2[0:9]) and l2[19] == c(l2[13:19]) and l2[27] == c(l2[21:27]) \
            and l2[35] == c(l2[0:10] + l2[13:20] + l2[21:35])
    if n == [30, 30, 30]:
        l1, l2, _ = lines
        return l1[14] == c(l1[5:14]) and l2[6] == c(l2[0:6]) and l2[14] == c(l2[8:14]) \
            and l2[29] == c(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    return False


def mrz_doc_number(rng, state, kind):
    if state == "D":
        return (rng.choice("CFGHJK") if kind == "TD3" else rng.choice("LMNPRTVWXY")) + rand_of(rng, DE_PP_ALPHA, 8)
    if state in ("USA", "GBR"):
        return rand_digits(rng, 9, "123456789")
    if state == "FRA":
        return rand_digits(rng, 2) + rand_of(rng, UPPER, 2) + rand_digits(rng, 5) if kind == "TD3" else \
            rand_of(rng, ALNUM_UP, 9)
    if state in ("ITA", "CAN"):
        return rand_of(rng, UPPER, 2) + rand_digits(rng, 7 if state == "ITA" else 6)
    if state == "ESP":
        return rand_of(rng, UPPER, 3) + rand_digits(rng, 6)
    return rand_of(rng, UPPER, 2) + rand_of(rng, ALNUM_UP, 7)


def mrz_make_lines(rng, kind=None, state=None, optional=None):
    kind = kind or weighted(rng, [(6, "TD3"), (3, "TD1"), (1, "TD2")])
    st, loc, _ = next(x for x in MRZ_STATES if x[0] == state) if state else weighted(
        rng, [(w, x) for x in MRZ_STATES for w in (x[2],)])
    born = birth(rng)
    issued = rand_date(rng, ISSUE_FROM, ISSUE_TO)
    expiry = valid_date(issued.year + 10, issued.month, min(issued.day, 28))
    sex = rng.choice("MF" if rng.random() < 0.97 else "<")
    number = mrz_doc_number(rng, st, kind)
    if optional is None:
        optional = rand_digits(rng, rng.choice((9, 11))) if kind == "TD3" and st in ("ESP", "ITA", "NLD") and \
            rng.random() < 0.5 else ""
    doc = {"TD3": "P<", "TD2": rng.choice(("I<", "ID", "AC")), "TD1": rng.choice(("I<", "ID", "IR", "ID"))}[kind]
    nat = st if rng.random() < 0.93 else weighted(rng, [(w, x[0]) for x in MRZ_STATES for w in (x[2],)])
    return kind, mrz_build(kind, st, nat, number, surname(loc, spaces=True), given(loc) + (" " + given(loc) if rng.random() < 0.3 else ""),
                           born, sex, expiry, optional, doc)


def mrz_make(rng):
    kind, lines = mrz_make_lines(rng)
    return "\n".join(lines), kind, ""


def mrz_bad(rng):
    kind, lines = mrz_make_lines(rng)
    pos = {"TD3": [(1, 9), (1, 19), (1, 27), (1, 43)], "TD2": [(1, 9), (1, 19), (1, 27), (1, 35)],
           "TD1": [(0, 14), (1, 6), (1, 14), (1, 29)]}[kind]
    what = ("document number", "birth date", "expiry date", "composite")
    i = rng.randrange(4)
    ln, col = pos[i]
    old = lines[ln][col]
    new = rng.choice([d for d in DIGITS if d != old])
    lines[ln] = lines[ln][:col] + new + lines[ln][col + 1:]
    return "\n".join(lines), f"{kind}: {what[i]} check digit wrong"


ICAO_TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
ICAO_TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"
ICAO_TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6"
MUSTERMANN = "\n".join(mrz_build("TD3", "D", "D", "C01X00T47", "MUSTERMANN", "ERIKA", dt.date(1964, 8, 12), "F",
                                 dt.date(2027, 2, 28), "", "P<"))
MUSTERMANN_ID = "\n".join(mrz_build("TD1", "D", "D", "T22000129", "MUSTERMANN", "ERIKA", dt.date(1964, 8, 12), "F",
                                    dt.date(2031, 8, 1), "", "ID"))


scheme(key="mrz", short="MRZ", cc="intl", core=None,
       keywords=kws("mrz | machine readable zone | machine-readable zone | maschinenlesbare zone | bande mrz"
                    "| zone de lecture automatique | zona de lectura mecánica | mrz lines | mrz code"),
       keys=("mrz", "mrzText", "mrz_lines", "machine_readable_zone", "mrzCode", "document_mrz"),
       reported=mrz_ok, make=mrz_make, langs=("en", "de", "fr"),
       text_kw={"en": ("MRZ", "machine readable zone", "MRZ lines"), "de": ("MRZ", "maschinenlesbare Zone"),
                "fr": ("bande MRZ", "MRZ", "zone de lecture automatique")},
       bad=mrz_bad, bad_kind="one check digit wrong",
       specimens=((ICAO_TD3, "ICAO 9303 Part 4 specimen (UTO, ERIKSSON)"), (ICAO_TD1, "ICAO 9303 Part 5 specimen"),
                  (ICAO_TD2, "ICAO 9303 Part 6 specimen"), (MUSTERMANN, "Bundesdruckerei passport specimen (MUSTERMANN)"),
                  (MUSTERMANN_ID, "Bundesdruckerei identity card specimen (MUSTERMANN)")),
       dummies=False, no_keyword=True, multiline=True)


# === health =====================================================================================
# Macie's PHI page gives the keywords (quoted first in each list).

def nhs_make_c(rng, first="456789"):
    while True:
        body = rand_digits(rng, 9, first)
        if body.startswith("999"):      # NHS Digital's test range: specimens only
            continue
        for d in DIGITS:
            if ok(gb_nhs.is_valid, body + d):
                return body + d
        # a body whose check would be 10 has no valid number: draw again


NHS_FMT = Fmt("D10", ((5, (3, 3, 4), " "), (3, None, ""), (1, (3, 3, 4), "-")))


def nhs_ok(v: str) -> bool:
    """NHS Data Dictionary, NHS NUMBER: 10 digits, weights 10..2 on the first nine, check =
    11 - sum mod 11 (11 -> 0, 10 never issued); stdnum.gb.nhs. Numbers starting 999 are the
    test range."""
    return NHS_FMT.matches(v) and ok(gb_nhs.is_valid, squeeze(v))


def nhs_specimens():
    out = [("943 476 5919", "example in NHS Digital's documentation")]
    rng = random.Random(31)
    for _ in range(4):
        c = nhs_make_c(rng)
        c = "999" + c[3:9]
        for d in DIGITS:
            if ok(gb_nhs.is_valid, c + d):
                out.append((group(c + d, (3, 3, 4), " "), "NHS test range (999...)"))
                break
    return tuple(out)


scheme(key="nhs", short="NHS", cc="gb", core=NHS_FMT.regex(),
       keywords=kws("national health service | nhs | nhs number | nhs no | nhs no. | nhs # | nhs num | nhs#"),
       keys=("nhs_number", "nhsNumber", "NhsNumber", "nhs_no", "nhs"), reported=nhs_ok,
       make=lambda rng: NHS_FMT.write(nhs_make_c(rng), rng) + ("",), langs=("en",),
       text_kw={"en": ("NHS number", "NHS no.", "NHS No", "NHS #", "NHS", "National Health Service")},
       bad=lambda rng: (NHS_FMT.write(bad_last(rng, nhs_make_c(rng), DIGITS, lambda v: ok(gb_nhs.is_valid, v)), rng)[0],
                        "mod 11 check digit changed"),
       specimens=nhs_specimens(), neighbours=("ca.health", "npi", "pp.gb"))

MBI_FMT_DASH = ("[1-9][ACDEFGHJKMNPQRTUVWXY][ACDEFGHJKMNPQRTUVWXY0-9][0-9]-[ACDEFGHJKMNPQRTUVWXY][ACDEFGHJKMNPQRTUVWXY0-9]"
                "[0-9]-[ACDEFGHJKMNPQRTUVWXY]{2}[0-9]{2}")


def mbi_make_c(rng, letters=MBI_LETTERS):
    A, AN = letters, letters + DIGITS
    return (rng.choice("123456789") + rng.choice(A) + rng.choice(AN) + rng.choice(DIGITS) + rng.choice(A)
            + rng.choice(AN) + rng.choice(DIGITS) + rng.choice(A) + rng.choice(A) + rand_digits(rng, 2))


def mbi_write(c, rng):
    return (f"{c[:4]}-{c[4:7]}-{c[7:]}", "dashed 4-3-4") if rng.random() < 0.4 else (c, "11 characters")


def mbi_bad(rng):
    c = list(mbi_make_c(rng))
    i = rng.choice((1, 4, 7, 8))
    c[i] = rng.choice("SLOIBZ")
    return mbi_write("".join(c), rng)[0], f"letter {c[i]} in position {i + 1} (CMS excludes S, L, O, I, B, Z)"


scheme(key="mbi", short="MBI", cc="us", core=MBI_FMT_DASH + "|" + MBI_FMT_DASH.replace("-", ""),
       keywords=kws("mbi | medicare beneficiary | medicare beneficiary identifier | mbi# | mbi number | medicare number"
                    "| medicare id | medicare id no. | medicare card number | medicare beneficiary id"),
       keys=("mbi", "medicare_mbi", "medicareBeneficiaryId", "mbi_number", "medicare_number"),
       reported=mbi_ok, make=lambda rng: mbi_write(mbi_make_c(rng), rng) + ("",), langs=("en",),
       text_kw={"en": ("MBI", "MBI#", "MBI number", "Medicare number", "Medicare beneficiary identifier", "Medicare id no.",
                       "Medicare card number")},
       bad=mbi_bad, bad_kind="letter CMS does not use", specimens=(("1EG4-TE5-MK73", "CMS's example MBI"),
                                                                   ("1EG4TE5MK73", "CMS's example MBI")),
       dummies=False, neighbours=("hicn", "dea", "npi"),
       # the HICN was the number of the old Medicare card (CMS): these keywords name it too
       c_not_after={"hicn": ("medicare number", "medicare card number", "medicare id no.", "medicare_number")})


def hicn_make(rng):
    while True:
        d = rand_digits(rng, 9, "12345678")
        if ssn_ok(d):
            break
    bic = weighted(rng, [(6, "A"), (2, "B"), (1, "B1"), (1, "C1"), (1, "C2"), (1, "D"), (1, "E"), (1, "M"), (1, "T"),
                         (1, "W"), (1, "F1")])
    style = rng.random()
    if style < 0.5:
        return f"{d[:3]}-{d[3:5]}-{d[5:]}{bic}", "dashed SSN and BIC", ""
    if style < 0.8:
        return f"{d}{bic}", "compact", ""
    return f"{d[:3]}-{d[3:5]}-{d[5:]} {bic}", "dashed SSN, space, BIC", ""


def hicn_bad(rng):
    v, _, _ = hicn_make(rng)
    if rng.random() < 0.5:
        area = rng.choice(("000", "666", "912", "987"))
        v = area + v[3:]
        return v, f"SSN area {area} never issued"
    m = re.match(r"(.*\d)( ?)([A-Z]\d?)$", v)
    return m.group(1) + m.group(2) + rng.choice(("Z", "Q", "X", "G9", "A7")), "no such beneficiary code"


scheme(key="hicn", short="HICN", cc="us", core=r"[0-9]{3}-?[0-9]{2}-?[0-9]{4} ?[A-Z][0-9]?",
       keywords=kws("health insurance claim number | hic no | hic no. | hic number | hic# | hicn | hicn#. | hicno#"
                    "| hicn# | medicare claim number | hic #"),
       keys=("hicn", "hic_number", "hicNumber", "medicare_hicn", "hicn_number"), reported=hicn_ok, make=hicn_make,
       langs=("en",), text_kw={"en": ("HICN", "HIC number", "HIC no.", "health insurance claim number", "HICN#",
                                      "Medicare claim number")},
       bad=hicn_bad, bad_kind="SSN part never issued or unknown beneficiary code", dummies=False,
       neighbours=("mbi", "dea"), extra_c=((2, ssn_dashed),))


def npi_make_c(rng):
    body = rng.choice("12") + rand_digits(rng, 8)
    return body + luhn.calc_check_digit("80840" + body)


scheme(key="npi", short="NPI", cc="us", core=r"[12][0-9]{9}",
       keywords=kws("hipaa | n.p.i | national provider | npi | npi# | npi number | national provider identifier | npi no"),
       keys=("npi", "npi_number", "providerNpi", "rendering_npi", "billingProviderNPI"), reported=npi_ok,
       make=lambda rng: (npi_make_c(rng), "10 digits", ""), langs=("en",),
       text_kw={"en": ("NPI", "NPI#", "NPI number", "national provider identifier", "N.P.I", "NPI no.")},
       bad=lambda rng: (bad_last(rng, npi_make_c(rng), DIGITS, npi_ok), "Luhn (80840) check digit changed"),
       specimens=(("1234567893", "CMS's check-digit example"),), check_pos=lambda v: [9],
       neighbours=("nhs", "dea", "aba"))


def dea_make_c(rng):
    body = rng.choice("ABFGM" * 3 + "CDEHJKLPRSTUX") + (rng.choice(UPPER) if rng.random() < 0.9 else "9") + rand_digits(rng, 6)
    d = [int(x) for x in body[2:]]
    return body + str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


scheme(key="dea", short="DEA", cc="us", core=r"[A-Z][A-Z9][0-9]{7}",
       keywords=kws("dea number | dea registration | dea | dea # | dea# | dea no | dea no. | dea registration number"
                    "| dea reg. no."),
       keys=("dea_number", "deaNumber", "dea", "dea_registration", "prescriber_dea"), reported=dea_ok,
       make=lambda rng: (dea_make_c(rng), "2 letters, 7 digits", ""), langs=("en",),
       text_kw={"en": ("DEA number", "DEA registration", "DEA #", "DEA", "DEA no.", "DEA registration number")},
       bad=lambda rng: (bad_last(rng, dea_make_c(rng), DIGITS, dea_ok), "check digit changed"),
       specimens=(("AB1234563", "textbook example DEA number"),), check_pos=lambda v: [8],
       neighbours=("npi", "mbi"))

# NDC (FDA, 21 CFR 207.33; the NDC Directory): labeler-product-package in 4-4-2, 5-3-2 or 5-4-1
# (10 digits), and the 11-digit HIPAA form 5-4-2 (zero-padded); no check digit.
NDC_FMTS = [(2, Fmt("D10", ((3, (5, 3, 2), "-"), (1, None, "")))), (2, Fmt("D10", ((3, (4, 4, 2), "-"),))),
            (1, Fmt("D10", ((3, (5, 4, 1), "-"),))), (2, Fmt("D11", ((3, (5, 4, 2), "-"), (1, None, ""))))]


def ndc_make(rng):
    f = weighted(rng, NDC_FMTS)
    c = f.make(rng)
    w, var = f.write(c, rng)
    return w, f"{f.spec} {var}", ""


scheme(key="ndc", short="NDC", cc="us", core=union_regex([f for _, f in NDC_FMTS]),
       keywords=kws("national drug code | ndc | ndc# | ndc code | ndc no | ndc no. | ndc number"),
       keys=("ndc", "ndc_code", "ndcCode", "product_ndc", "package_ndc"),
       reported=lambda v: any(f.matches(v) for _, f in NDC_FMTS), make=ndc_make, langs=("en",),
       text_kw={"en": ("NDC", "NDC#", "NDC code", "national drug code", "NDC no.", "NDC number")},
       neighbours=("hcpcs", "dea", "aba"))

# HCPCS (CMS): Level II a letter (A B C E G H J K L M P Q R S T V) and 4 digits; Level I is the
# AMA's CPT: 5 digits, Category II 4 digits + F, Category III 4 digits + T. Macie's keywords
# include "current procedural terminology", so CPT codes are planted as well.
HCPCS_LETTERS = "ABCEGHJKLMPQRSTV"


def hcpcs_make(rng):
    r = rng.random()
    if r < 0.55:
        return rng.choice(HCPCS_LETTERS) + f"{rng.randint(1, 9999):04d}", "Level II", ""
    if r < 0.9:
        return f"{rng.randint(100, 99499):05d}", "CPT Category I", ""
    return f"{rng.randint(1, 9999):04d}" + rng.choice("FT"), "CPT Category II/III", ""


scheme(key="hcpcs", short="HCPCS", cc="us", core=r"[ABCEGHJKLMPQRSTV][0-9]{4}|[0-9]{4}[0-9FT]",
       keywords=kws("current procedural terminology | hcpcs | healthcare common procedure coding system | hcpcs code"
                    "| cpt | cpt code | cpt® | procedure code | hcpcs/cpt"),
       keys=("hcpcs", "hcpcs_code", "hcpcsCode", "cpt_code", "cptCode", "procedure_code"),
       reported=lambda v: re.fullmatch(r"[ABCEGHJKLMPQRSTV][0-9]{4}|[0-9]{4}[0-9FT]", v) is not None,
       make=hcpcs_make, langs=("en",),
       text_kw={"en": ("HCPCS", "HCPCS code", "CPT", "CPT code", "procedure code", "HCPCS/CPT")},
       bad=lambda rng: (rng.choice("INOWXYZ") + f"{rng.randint(1, 9999):04d}", "a first letter HCPCS does not use"),
       bad_kind="letter HCPCS does not use", dummies=False, neighbours=("ndc",),
       extra_c=((3, lambda rng: (rng.choice("EIJKMNR") + f"{rng.randint(10, 99)}.{rng.randint(0, 99)}", "ICD-10-CM code")),))

# Canada: provincial health numbers. Ontario 10 digits, Luhn (mod 10) on the 10 (Ontario
# Ministry of Health, Health Card Validation reference), printed 1234-567-890 with an optional
# 2-letter version code; British Columbia PHN 10 digits starting 9, mod 11 (stdnum.ca.bc_phn);
# Quebec RAMQ 4 letters (surname 3 + given initial), birth YYMMDD (month + 50 for women), 2
# digits; Alberta, Manitoba, Saskatchewan, New Brunswick 9 digits; Newfoundland and Labrador 12;
# Prince Edward Island 8. Nova Scotia's 10 digits (no published check) are not planted: they read
# as an Ontario number. No source says Ontario numbers never start with 9, so 10 digits starting 9
# that pass Luhn are an Ontario number whatever BC's mod 11 says. Unsure: only Ontario's and BC's
# checks are published.
CA_HEALTH_KW = kws("canada healthcare number | msp number | personal healthcare number | phn | soins de santé"
                   "| health card number | health card no. | health number | ohip number | ohip # | ohip"
                   "| personal health number | care card number | ahcip number | health services number"
                   "| ramq | n° d'assurance maladie | carte d'assurance maladie | carte santé")


def on_hcn(rng):
    return luhn_complete(rand_digits(rng, 9, "123456789"))


def ramq(rng):
    b = birth(rng)
    fem = rng.random() < 0.5
    return (surname("fr_CA") + "XXX")[:3] + given("fr_CA")[0] + f"{b.year % 100:02d}{b.month + (50 if fem else 0):02d}{b.day:02d}" \
        + f"{rng.randint(1, 99):02d}"


CA_HEALTH = {
    "ON": (5, on_hcn, Fmt("D10", ((3, (4, 3, 3), "-"), (2, (4, 3, 3), " "), (1, None, "")))),
    "BC": (3, lambda rng: brute_bc(rng), Fmt("D10", ((2, (4, 3, 3), " "), (1, None, "")))),
    "QC": (3, ramq, Fmt("L4 D8", ((2, (4, 4, 4), " "), (2, None, "")))),
    "AB": (2, lambda rng: rand_digits(rng, 9, "123456789"), Fmt("D9", ((1, (5, 4), "-"), (1, None, "")))),
    "MB": (1, lambda rng: rand_digits(rng, 9, "123456789"), Fmt("D9")),
    "SK": (1, lambda rng: rand_digits(rng, 9, "123456789"), Fmt("D9")),
    "NB": (1, lambda rng: rand_digits(rng, 9, "123456789"), Fmt("D9")),
    "NL": (1, lambda rng: rand_digits(rng, 12, "123456789"), Fmt("D12")),
    "PE": (1, lambda rng: rand_digits(rng, 8, "123456789"), Fmt("D8")),
}


def brute_bc(rng):
    while True:
        body = "9" + rand_digits(rng, 8)
        try:
            c = body + bc_phn.calc_check_digit(body)
        except Exception:
            continue
        if len(c) == 10:        # a check of 10 (stdnum gives '10'): no valid number
            return c


def ca_health_ok(v: str) -> bool:
    c = v.replace("-", "").replace(" ", "")
    if re.fullmatch(r"\d{10}[A-Z]{2}", c) and re.fullmatch(r"\d{4}[- ]?\d{3}[- ]?\d{3}[- ]?[A-Z]{2}", v):
        return luhn_ok(c[:10])
    for prov, (_, _, f) in CA_HEALTH.items():
        if not f.matches(v):
            continue
        if len(c) == 10 and c.isdigit():
            return (c[0] == "9" and ok(bc_phn.is_valid, c)) or luhn_ok(c)
        if prov == "QC":
            mm = int(c[6:8])
            return valid_date(2000, mm - 50 if mm > 50 else mm, int(c[8:10])) is not None
        return True
    return False


def ca_health_make(rng):
    prov = weighted(rng, [(w, p) for p, (w, _, _) in CA_HEALTH.items()])
    _, mk, f = CA_HEALTH[prov]
    c = mk(rng)
    w, var = f.write(c, rng)
    if prov == "ON" and rng.random() < 0.3:
        sep = "-" if "-" in w else " "
        w, var = w + sep + rand_of(rng, UPPER, 2), var + " with version code"
    return w, f"{prov} {var}", f"CA-{prov}"


def ca_health_bad(rng):
    if rng.random() < 0.6:
        c = bad_last(rng, on_hcn(rng), DIGITS, luhn_ok)
        return group(c, (4, 3, 3), "-"), "Ontario number, Luhn digit changed"
    c = brute_bc(rng)
    # redrawn when the changed number passes Ontario's Luhn check (then it is an Ontario number)
    c = bad_last(rng, c, DIGITS, lambda v: ok(bc_phn.is_valid, v) or luhn_ok(v))
    return (group(c, (4, 3, 3), " "), "BC PHN, mod 11 digit changed") if c else None


scheme(key="ca.health", short="CA health", cc="ca",
       core=r"[0-9]{4}[- ]?[0-9]{3}[- ]?[0-9]{3}[- ][A-Z]{2}|" + union_regex([f for _, _, f in CA_HEALTH.values()]),
       keywords=CA_HEALTH_KW,
       keys=("health_card_number", "healthCardNumber", "phn", "ohip_number", "health_number", "ramq"),
       reported=ca_health_ok, make=ca_health_make, langs=("en", "fr"),
       text_kw={"en": ("health card number", "PHN", "OHIP number", "health number", "personal health number",
                       "health card no."),
                "fr": ("n° d'assurance maladie", "carte d'assurance maladie", "RAMQ", "carte santé")},
       bad=ca_health_bad, regions=CA_REGIONS, region_keys=("province", "issuing_province"), region_text=0.5,
       neighbours=("nhs", "dl.ca"))

# European Health Insurance Card, field 8 "identification number of the card" (Administrative
# Commission Decision S2, Annex: technical specifications): 20 digits in the ISO/IEC 7812-1
# structure: 80 (health), the member state's ISO 3166 numeric code, then the institution's and
# the card's digits, which ISO/IEC 7812-1 leaves to the national institution: no check digit is
# published (Purview's Finnish definition: "Checksum: No"), so none is required or written. The
# Finnish card (Kela) starts 8024680246 (Microsoft Purview's "Finland European health insurance
# number"); it has its own Macie id, so the EU id is planted with the other member states'
# prefixes.
EHIC_STATES = {"040": ("AT", "de"), "056": ("BE", "nl"), "100": ("BG", "en"), "191": ("HR", "en"), "196": ("CY", "en"),
               "203": ("CZ", "en"), "208": ("DK", "en"), "233": ("EE", "en"), "250": ("FR", "fr"), "276": ("DE", "de"),
               "300": ("GR", "en"), "348": ("HU", "en"), "372": ("IE", "en"), "380": ("IT", "it"), "428": ("LV", "en"),
               "440": ("LT", "en"), "442": ("LU", "fr"), "470": ("MT", "en"), "528": ("NL", "nl"), "616": ("PL", "en"),
               "620": ("PT", "en"), "642": ("RO", "en"), "703": ("SK", "en"), "705": ("SI", "en"), "724": ("ES", "es"),
               "752": ("SE", "en"), "352": ("IS", "en"), "438": ("LI", "de"), "578": ("NO", "en"), "756": ("CH", "de")}
EHIC_FMT = Fmt("D20", ((4, None, ""), (1, (5, 5, 5, 5), " ")))
EHIC_WEIGHT = [(6 if c in ("276", "250", "380", "724", "528", "040", "056") else 1, c) for c in EHIC_STATES]


def ehic_make_c(rng, country=None):
    c = country or weighted(rng, EHIC_WEIGHT)
    return "80" + c + rand_digits(rng, 15)


def ehic_ok(v: str) -> bool:
    c = squeeze(v)
    return EHIC_FMT.matches(v) and c[:2] == "80" and c[2:5] in EHIC_STATES


EHIC_KW = kws("assicurazione sanitaria numero | carta assicurazione numero | carte d’assurance maladie"
              "| carte européenne d'assurance maladie | ceam | ehic | ehic# | finlandehicnumber# | gesundheitskarte"
              "| hälsokort | health card | health card number | health insurance card | health insurance number"
              "| insurance card number | krankenversicherungskarte | krankenversicherungsnummer | medical account number"
              "| numero conto medico | numéro d’assurance maladie | numéro de carte d’assurance | numéro de compte medical"
              "| número de cuenta médica | número de seguro de salud | número de tarjeta de seguro | sairaanhoitokortin"
              "| sairausvakuutuskortti | sairausvakuutusnumero | sjukförsäkring nummer | sjukförsäkringskort"
              "| suomi ehic-numero | tarjeta de salud | terveyskortti | tessera sanitaria assicurazione numero"
              "| versicherungsnummer"
              "| ehic number | ehic card number | european health insurance card | europäische krankenversicherungskarte"
              "| ehic-nummer | n° de carte européenne d'assurance maladie | n° ceam | tarjeta sanitaria europea"
              "| número de la tarjeta sanitaria europea | tessera europea di assicurazione malattia | numero team"
              "| europese ziekteverzekeringskaart | ehic-nummer")


def kvnr(rng):
    """German Krankenversichertennummer (§ 290 SGB V): a letter and 9 digits, the last a check."""
    letter = rng.choice(UPPER)
    body = f"{ord(letter) - 64:02d}" + rand_digits(rng, 8)
    s = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(body, (1, 2) * 5))
    return letter + body[2:] + str(s % 10), "German Krankenversichertennummer (KVNR)"


scheme(key="ehic", short="EHIC", cc="eu", core=EHIC_FMT.regex(), keywords=EHIC_KW,
       keys=("ehic", "ehic_number", "ehicNumber", "ehic_card_number", "ceam", "krankenversicherungskarte"),
       reported=ehic_ok, make=lambda rng: EHIC_FMT.write(ehic_make_c(rng), rng) + ("",),
       langs=("de", "fr", "it", "es", "nl"),
       text_kw={"de": ("Europäische Krankenversicherungskarte", "EHIC-Nummer", "EHIC", "Krankenversicherungskarte"),
                "fr": ("n° de carte européenne d'assurance maladie", "CEAM", "n° CEAM", "carte européenne d'assurance maladie"),
                "it": ("tessera europea di assicurazione malattia", "numero TEAM", "EHIC"),
                "es": ("tarjeta sanitaria europea", "número de la tarjeta sanitaria europea", "EHIC"),
                "nl": ("Europese ziekteverzekeringskaart", "EHIC-nummer", "EHIC"),
                "en": ("EHIC", "EHIC number", "European health insurance card", "EHIC card number")},
       bad=lambda rng: (lambda c: (EHIC_FMT.write(c, rng)[0], "no member state has this code"))(
           "80" + rng.choice(("840", "999", "124", "036", "392")) + rand_digits(rng, 15)),
       bad_kind="no member state's code", neighbours=("fi.ehic", "fr.health"), extra_c=((3, kvnr),))


def fi_ehic_make_c(rng):
    return "8024680246" + rand_digits(rng, 10)


FI_EHIC_FMT = Fmt("D20", ((4, None, ""), (2, (10, 10), " "), (1, (10, 10), "-")))


def fi_ehic_bad(rng):
    """No check digit to break: Finland's code 246 with another institution than Kela's 80246,
    or Kela's prefix with 19 or 21 digits (21 with a separator: 21 compact digits are the
    French health number's shape)."""
    if rng.random() < 0.5:
        inst = rand_digits(rng, 5, "123456789")
        if inst == "80246":
            return None
        c = "80246" + inst + rand_digits(rng, 10)
        return FI_EHIC_FMT.write(c, rng)[0], f"Finland's code with institution {inst}, not Kela's 80246"
    n = rng.choice((9, 11))
    rest = rand_digits(rng, n)
    sep = rng.choice((" ", "-", "")) if n == 9 else rng.choice((" ", "-"))
    return f"8024680246{sep}{rest}", f"Kela's prefix with {10 + n} digits"


scheme(key="fi.ehic", short="FI EHIC", cc="fi", core=FI_EHIC_FMT.regex(),
       keywords=kws("ehic | ehic# | finland health insurance card | finlandehicnumber# | finska sjukförsäkringskort"
                    "| hälsokort | health card | health card number | health insurance card | health insurance number"
                    "| sairaanhoitokortin | sairausvakuutuskortti | sairausvakuutusnumero | sjukförsäkring nummer"
                    "| sjukförsäkringskort | suomen sairausvakuutuskortti | suomi ehic-numero | terveyskortti"
                    "| eurooppalainen sairaanhoitokortti | eurooppalaisen sairaanhoitokortin | ehic-numero"
                    "| europeiskt sjukförsäkringskort | ehic number"),
       keys=("ehic", "ehic_numero", "sairaanhoitokortti", "ehicNumber", "sjukforsakringskort"),
       reported=lambda v: FI_EHIC_FMT.matches(v) and squeeze(v).startswith("8024680246"),
       make=lambda rng: FI_EHIC_FMT.write(fi_ehic_make_c(rng), rng) + ("",), langs=("fi", "sv"),
       text_kw={"fi": ("eurooppalaisen sairaanhoitokortin", "EHIC-numero", "sairausvakuutuskortti", "EHIC"),
                "sv": ("europeiskt sjukförsäkringskort", "sjukförsäkringskort", "EHIC"),
                "en": ("EHIC", "EHIC number", "health insurance card", "EHIC#")},
       bad=fi_ehic_bad, bad_kind="wrong institution or length", neighbours=("ehic", "dl.fi"))

# France: the 21-digit number of Microsoft Purview's "France health insurance number" (10 digits,
# optional space, 10 digits, optional space, a digit); the carte Vitale's NIR is
# FRANCE_NATIONAL_IDENTIFICATION_NUMBER, whose keywords include "carte vitale". Unsure: which
# printed number this is (Purview and Macie do not say); no check digit is known.
FR_HEALTH_FMT = Fmt("D21", ((2, (10, 10, 1), " "), (1, None, "")))
scheme(key="fr.health", short="FR health", cc="fr", core=FR_HEALTH_FMT.regex(),
       keywords=kws("carte d'assuré social | carte vitale | insurance card | n° de carte vitale | carte vitale n°"
                    "| carte d’assuré social"),
       keys=("carte_vitale", "numero_carte_vitale", "carteVitale", "insurance_card"),
       reported=lambda v: FR_HEALTH_FMT.matches(v),
       make=lambda rng: FR_HEALTH_FMT.write(rand_digits(rng, 21, "123456789"), rng) + ("",), langs=("fr",),
       text_kw={"fr": ("carte Vitale", "n° de carte Vitale", "carte d'assuré social", "carte Vitale n°"),
                "en": ("insurance card", "carte Vitale")},
       neighbours=("ehic", "dl.fr"))

# Unique device identifiers (FDA 21 CFR 801.20 and 830; the three FDA-accredited issuing
# agencies' formats): GS1 (01) GTIN-14 with its mod-10 check (stdnum.ean), then (17) expiry /
# (11) production YYMMDD, (10) lot, (21) serial; HIBCC "+", labeler code (a letter and 3
# characters), product code, unit of measure digit, "/$$" expiry MMYY and lot, and the mod-43
# check character (ANSI/HIBC 2.6), a space check character printed "_" (HIBCC's human-readable
# form); ICCBBA ISBT 128 (ST-001): =/ processor product code, =, serial, = donation
# identification number, => expiry, =} production date (cyyjjj); the facility identification
# number (FIN) in the product code and the DIN is a character A-N, P-Z or 1-9 and 4 digits.


def gtin14(rng):
    body = str(rng.randint(0, 8)) + rand_digits(rng, 12)
    return body + std_ean.calc_check_digit(body)


def gs1_udi(rng):
    parts = [f"(01){gtin14(rng)}"]
    d = rand_date(rng, dt.date(2024, 1, 1), dt.date(2031, 12, 31))
    if rng.random() < 0.8:
        parts.append(f"(17){d:%y%m%d}")
    if rng.random() < 0.3:
        parts.append(f"(11){rand_date(rng, dt.date(2022, 1, 1), dt.date(2025, 6, 30)):%y%m%d}")
    if rng.random() < 0.8:
        parts.append(f"(10){rand_of(rng, ALNUM_UP, rng.randint(4, 10))}")
    if rng.random() < 0.5:
        parts.append(f"(21){rand_of(rng, ALNUM_UP, rng.randint(4, 12))}")
    return "".join(parts)


def hibc_udi(rng):
    data = "+" + rng.choice(UPPER) + rand_of(rng, ALNUM_UP, 3) + rand_of(rng, ALNUM_UP, rng.randint(4, 10)) + rng.choice(DIGITS)
    if rng.random() < 0.6:
        data += "/$$" + f"{rng.randint(1, 12):02d}{rng.randint(26, 31)}" + rand_of(rng, ALNUM_UP, rng.randint(4, 10))
    c = hibc_check(data)
    return data + ("_" if c == " " else c)


ICCBBA_FIN1 = "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789"     # ST-001: A-N, P-Z, 1-9 (never O)


def iccbba_udi(rng):
    fin = rng.choice(ICCBBA_FIN1) + rand_digits(rng, 4)
    yy = rng.randint(24, 26)
    return (f"=/{fin}{rand_of(rng, ALNUM_UP, 6)}{rng.choice('TUV')}{rand_digits(rng, 4)}=,{rand_digits(rng, 6)}"
            f"={fin}{yy}{rand_digits(rng, 6)}00=>0{yy + 1}{rng.randint(1, 365):03d}=}}0{yy}{rng.randint(1, 365):03d}")


GS1_RX = r"\(01\)[0-9]{14}(?:\((?:11|17)\)[0-9]{6}|\((?:10|21)\)[0-9A-Z]{1,20})*"
HIBC_RX = r"\+[A-Z][0-9A-Z]{3}[0-9A-Z]{1,18}[0-9](?:/\$\$[0-9]{4}[0-9A-Z]{1,18})?[0-9A-Z\-._$/+%]"
ICCBBA_RX = (r"=/[A-NP-Z1-9][0-9]{4}[0-9A-Z]{6}[A-Z][0-9]{4}=,[0-9]{6}=[A-NP-Z1-9][0-9]{4}[0-9]{2}[0-9]{6}[0-9]{2}"
             r"=>[0-9]{6}=\}[0-9]{6}")


def udi_ok(v: str) -> bool:
    if re.fullmatch(GS1_RX, v):
        g = re.match(r"\(01\)([0-9]{14})", v).group(1)
        dates = re.findall(r"\((?:11|17)\)([0-9]{6})", v)
        return ok(std_ean.is_valid, g) and all(valid_date(2000 + int(d[:2]), int(d[2:4]), max(1, int(d[4:]))) for d in dates)
    if re.fullmatch(HIBC_RX, v):
        return hibc_check(v[:-1]) == (" " if v[-1] == "_" else v[-1])
    return re.fullmatch(ICCBBA_RX, v) is not None


def udi_make(rng):
    kind = weighted(rng, [(5, "GS1"), (3, "HIBCC"), (2, "ICCBBA")])
    return {"GS1": gs1_udi, "HIBCC": hibc_udi, "ICCBBA": iccbba_udi}[kind](rng), kind, ""


def udi_bad(rng):
    if rng.random() < 0.6:
        v = gs1_udi(rng)
        g = v[4:18]
        g2 = g[:-1] + rng.choice([d for d in DIGITS if d != g[-1]])
        return v.replace(g, g2, 1), "GS1: GTIN check digit changed"
    v = hibc_udi(rng)
    return v[:-1] + rng.choice([c for c in HIBC_CHARS[:36] if c != v[-1]]), "HIBCC: check character changed"


def sscc(rng):
    body = rand_digits(rng, 17)
    return f"(00){body}{std_ean.calc_check_digit(body)}", "GS1 SSCC (a shipping container, not a device)"


scheme(key="udi", short="UDI", cc="us", core="|".join((GS1_RX, HIBC_RX, ICCBBA_RX)),
       keywords=kws("blood | blood bag | dev id | device id | device identifier | gs1 | hibcc | iccbba | med | udi"
                    "| unique device id | unique device identifier | udi-di | udi code | isbt 128 | udi#"
                    "| gs1 udi | hibcc udi | isbt 128 udi | blood bag udi"),
       keys=("udi", "udi_code", "deviceUdi", "unique_device_identifier", "udi_di", "device_identifier"),
       reported=udi_ok, make=udi_make, langs=("en",),
       text_kw={"en": ("UDI", "UDI code", "device identifier", "unique device identifier", "UDI#", "GS1 UDI",
                       "HIBCC UDI", "blood bag UDI")},
       bad=udi_bad, bad_kind="GTIN or HIBCC check character wrong",
       specimens=(("(01)09506000134352(17)201225(10)ABC123", "GS1's example GTIN 09506000134352"),
                  ("(01)00614141999996(17)250630(10)LOT123(21)SN0001", "GS1 US example company prefix 0614141"),
                  ("+A123BJC5D6E71G", "HIBCC's example primary code (FDA UDI guidance)"),
                  ("=/A9999XYZ100T0944=,000025=A99971312345600=>014032=}013032", "ICCBBA's FIN A9999 example")),
       dummies=False, extra_c=((3, sscc),), neighbours=("ndc",))


# === financial ==================================================================================
# US and Canadian account numbers (Macie's BANK_ACCOUNT_NUMBER: 9-17 digits, no spaces; its
# keywords): no national format or check. A 9-digit number that passes the ABA check is not
# planted as an account number (it is the look-alike "a routing number after 'account number'").
BANK_KW = kws("bank account | bank acct | checking account | checking acct | deposit account | deposit acct"
              "| savings account | savings acct | chequing account | chequing acct"
              "| bank account number | account number | account no | account no. | acct no | acct no. | acct #"
              "| account # | checking account number | savings account number | chequing account number | dda number")


def bank_ok(v: str) -> bool:
    return bool(re.fullmatch(r"[0-9]{9,17}", v)) and not (len(v) == 9 and aba_ok(v))


def bank_make(rng):
    for _ in range(100):
        n = weighted(rng, [(2, 9), (3, 10), (3, 11), (3, 12), (1, 13), (1, 14), (1, 16), (1, 17)])
        v = ("0" * rng.choice((0, 0, 0, 1, 2))) + rand_digits(rng, n, "123456789")
        v = v[-n:] if len(v) > n else v
        if bank_ok(v):
            return v, f"{len(v)} digits", ""


def canada_transit(rng):
    return f"{rand_digits(rng, 5)}-{rng.choice(('001', '002', '003', '004', '006', '010', '016', '815'))}", \
        "Canadian transit and institution number"


scheme(key="bank.usca", short="Bank account", cc="us", core=r"[0-9]{9,17}", keywords=BANK_KW,
       keys=("bank_account", "bankAccount", "account_number", "accountNumber", "checking_account", "acct_no",
             "bank_account_number", "savingsAccount"),
       reported=bank_ok, make=bank_make, langs=("en",),
       text_kw={"en": ("bank account", "checking account", "savings account", "chequing account", "account number",
                       "bank account number", "acct #", "account no.", "checking acct", "deposit account")},
       neighbours=("aba",), extra_c=((2, ssn_dashed), (2, canada_transit)))


def aba_make_c(rng):
    while True:
        p = rng.choice([f"{i:02d}" for i in list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73))])
        body = p + rand_digits(rng, 6)
        for d in DIGITS:
            if aba_ok(body + d):
                return body + d


scheme(key="aba", short="ABA", cc="us", core=r"[0-9]{9}",
       keywords=kws("routing number | routing # | routing no | routing no. | routing# | aba | aba number"
                    "| aba routing number | aba# | rtn | routing transit number | bank routing number | aba/routing"),
       keys=("routing_number", "routingNumber", "aba", "aba_routing", "rtn", "bank_routing_number"),
       reported=aba_ok, make=lambda rng: (aba_make_c(rng), "9 digits", ""), langs=("en",),
       text_kw={"en": ("routing number", "routing #", "ABA", "ABA routing number", "RTN", "routing no.",
                       "routing transit number", "bank routing number")},
       bad=lambda rng: (bad_last(rng, aba_make_c(rng), DIGITS, aba_ok), "ABA check digit changed"),
       specimens=(("110000000", "Stripe's test routing number"),), neighbours=("bank.usca", "npi"))

# UK: the BBAN (ISO 13616: bank code, sort code, account number: NWBK60161331926819, printed in
# groups of four) and the domestic sort code and account number (60-16-13 31926819, Macie's
# example). Modulus checking (Pay.UK's VocaLink tables) depends on the sort code's table entry
# and is not applied. Bank codes are real institutions' (they name banks, not people).
UK_BANKS = {"NWBK": ("60", "50", "56"), "BARC": ("20",), "LOYD": ("30", "77"), "HBUK": ("40",), "MIDL": ("40",),
            "ABBY": ("09",), "NAIA": ("07",), "SRLG": ("60",), "BUKB": ("20",), "MONZ": ("04",), "CITI": ("18",),
            "TSBS": ("87", "77"), "COOP": ("08",), "YORK": ("05",)}


def uk_parts(rng):
    bank = rng.choice(sorted(UK_BANKS))
    sort = rng.choice(UK_BANKS[bank]) + rand_digits(rng, 4)
    return bank, sort, rand_digits(rng, 8, "123456789")


def uk_make(rng):
    bank, sort, acc = uk_parts(rng)
    r = rng.random()
    if r < 0.45:
        return f"{sort[:2]}-{sort[2:4]}-{sort[4:]} {acc}", "sort code and account", ""
    if r < 0.75:
        return bank + sort + acc, "BBAN", ""
    if r < 0.9:
        return group(bank + sort + acc, (4, 4, 4, 4, 2), " "), "BBAN in groups of four", ""
    return group(bank + sort + acc, (4, 4, 4, 4, 2), "-"), "BBAN with hyphens", ""


UK_RX = r"[0-9]{2}-[0-9]{2}-[0-9]{2} [0-9]{8}|[A-Z]{4}[0-9]{14}|[A-Z]{4}[ ][0-9]{4}[ ][0-9]{4}[ ][0-9]{4}[ ][0-9]{2}" \
        r"|[A-Z]{4}-[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{2}"
UK_BBAN_KW = kws("account code | account number | accountno# | accountnumber# | bban | customer account id"
                 "| customer account number | customer bank account id | iban | sepa"
                 "| sort code | sort code and account number | sort code / account number | account no. | a/c no"
                 "| bank account number | bank details")


def uk_partial(rng):
    bank, sort, acc = uk_parts(rng)
    if rng.random() < 0.5:
        return f"{sort[:2]}-{sort[2:4]}-{sort[4:]}", "a sort code alone"
    return acc, "an 8-digit account number alone"


scheme(key="bban.gb", short="UK account", cc="gb", core=UK_RX, keywords=UK_BBAN_KW,
       keys=("bban", "sort_code_account", "sortCodeAccountNumber", "bank_account_number", "account_number", "bankDetails"),
       reported=lambda v: re.fullmatch(UK_RX, v) is not None, make=uk_make, langs=("en",),
       text_kw={"en": ("sort code and account number", "sort code / account number", "account number", "bank details",
                       "BBAN", "a/c no", "bank account number")},
       specimens=(("60-16-13 31926819", "Macie's example"), ("NWBK60161331926819", "Macie's and ECBS's example BBAN"),
                  ("NWBK 6016 1331 9268 19", "Macie's example")), dummies=True,
       neighbours=("aba",), extra_c=((3, uk_partial),))

# France: RIB (CFONB): bank code 5 digits, branch code 5, account 11 characters, clé RIB 2 digits
# (rib_key above), written 30002 00550 0000157845Z 02 or run together.
FR_BANKS = ("30002", "30003", "30004", "20041", "10278", "11315", "30066", "10107", "14505", "16606", "12506", "18206")


def rib_make_c(rng, bad=False):
    bank, branch = rng.choice(FR_BANKS), rand_digits(rng, 5)
    acc = rand_digits(rng, 10) + (rng.choice(UPPER) if rng.random() < 0.15 else rng.choice(DIGITS))
    key = rib_key(bank, branch, acc)
    if bad:
        key = f"{(int(key) + rng.randint(1, 96)) % 97:02d}"
    return bank + branch + acc + key


RIB_FMT = Fmt("D10 A11 D2", ((4, (5, 5, 11, 2), " "), (3, None, ""), (1, (5, 5, 11, 2), "-")))


def rib_ok(v: str) -> bool:
    if not RIB_FMT.matches(v):
        return False
    c = v.replace(" ", "").replace("-", "")
    return rib_key(c[:5], c[5:10], c[10:21]) == c[21:]


scheme(key="bban.fr", short="FR RIB", cc="fr", core=RIB_FMT.regex(),
       keywords=kws("account code | account number | accountno# | accountnumber# | bban | code bancaire | compte bancaire"
                    "| customer account id | customer account number | customer bank account id | iban | numéro de compte"
                    "| rib | relevé d'identité bancaire | coordonnées bancaires | n° de compte | clé rib | numero de compte"
                    "| coordonnees bancaires | bank account number"),
       keys=("rib", "numero_de_compte", "compte_bancaire", "coordonnees_bancaires", "bban", "compteBancaire"),
       reported=rib_ok, make=lambda rng: RIB_FMT.write(rib_make_c(rng), rng) + ("",), langs=("fr",),
       text_kw={"fr": ("RIB", "relevé d'identité bancaire", "coordonnées bancaires", "n° de compte", "compte bancaire",
                       "code bancaire"),
                "en": ("account number", "bank account number", "BBAN")},
       bad=lambda rng: (RIB_FMT.write(rib_make_c(rng, bad=True), rng)[0], "clé RIB changed"), bad_kind="wrong clé RIB",
       specimens=(("20041 01005 0500013M026 06", "ECBS example (FR14 2004 1010 0505 0001 3M02 606)"),),
       check_pos=lambda v: [len(v) - 2, len(v) - 1], neighbours=("bban.it", "bban.es"))

# Germany: BBAN = Bankleitzahl (8 digits; the first is the Bundesbank clearing area 1-8) and the
# account number (10 digits, zero-padded). The account's check depends on the bank's method in the
# Bundesbank's BLZ file (about 150 methods) and is not applied.


def de_bban_c(rng, bad=False):
    blz = (rng.choice("09") if bad else rng.choice("12345678")) + rand_digits(rng, 7)
    return blz + rand_digits(rng, rng.randint(7, 10)).rjust(10, "0")


DE_BBAN_FMT = Fmt("D18", ((3, None, ""), (3, (4, 4, 4, 4, 2), " "), (3, (8, 10), " ")))
scheme(key="bban.de", short="DE BBAN", cc="de", core=DE_BBAN_FMT.regex(),
       keywords=kws("account code | account number | accountno# | accountnumber# | bankleitzahl | bban | customer account id"
                    "| customer account number | customer bank account id | geheimzahl | iban | kartennummer | kontonummer"
                    "| kreditkartennummer | sepa | blz/konto | blz/kontonummer | kontonr. | konto-nr. | konto-nr"
                    "| bankverbindung | kontoverbindung | konto nr | blz konto | bank account number"),
       keys=("kontonummer", "konto_nr", "bankverbindung", "bban", "blz_konto", "kontoverbindung"),
       reported=lambda v: DE_BBAN_FMT.matches(v) and squeeze(v)[0] in "12345678", make=lambda rng: DE_BBAN_FMT.write(
           de_bban_c(rng), rng) + ("",), langs=("de",),
       text_kw={"de": ("Kontonummer", "Konto-Nr.", "Bankverbindung", "BLZ/Konto", "BLZ/Kontonummer", "Kontoverbindung", "BBAN"),
                "en": ("account number", "BBAN", "bank account number")},
       bad=lambda rng: (DE_BBAN_FMT.write(de_bban_c(rng, bad=True), rng)[0], "BLZ starting 0 or 9 (no clearing area)"),
       bad_kind="BLZ of no clearing area",
       specimens=(("370400440532013000", "ECBS example (DE89 3704 0044 0532 0130 00)"),), neighbours=("bank.usca",))

# Italy: BBAN = CIN (it_cin above) + ABI (5 digits) + CAB (5) + account (12 characters).


def it_bban_c(rng, bad=False):
    rest = rand_digits(rng, 5) + rand_digits(rng, 5) + rand_digits(rng, 12)
    cin = it_cin(rest)
    if bad:
        cin = rng.choice([c for c in UPPER if c != cin])
    return cin + rest


IT_FMT = Fmt("L D22", ((3, None, ""), (3, (1, 5, 5, 12), " "), (1, (1, 5, 5, 12), "-")))
scheme(key="bban.it", short="IT BBAN", cc="it", core=IT_FMT.regex(),
       keywords=kws("account code | account number | accountno# | accountnumber# | bban | codice bancario | conto bancario"
                    "| customer account id | customer account number | customer bank account id | iban | numero di conto"
                    "| conto corrente | numero conto corrente | n. conto | coordinate bancarie | numero del conto | numero conto"
                    "| bank account number"),
       keys=("numero_conto", "conto_corrente", "coordinate_bancarie", "bban", "contoCorrente", "numeroConto"),
       reported=lambda v: IT_FMT.matches(v) and it_cin(squeeze(v)[1:]) == squeeze(v)[0],
       make=lambda rng: IT_FMT.write(it_bban_c(rng), rng) + ("",), langs=("it",),
       text_kw={"it": ("conto corrente", "numero di conto", "coordinate bancarie", "n. conto", "conto bancario", "BBAN"),
                "en": ("account number", "BBAN", "bank account number")},
       bad=lambda rng: (IT_FMT.write(it_bban_c(rng, bad=True), rng)[0], "CIN changed"), bad_kind="wrong CIN",
       specimens=(("X0542811101000000123456", "ECBS example (IT60 X054 2811 1010 0000 0123 456)"),),
       dummies=False, neighbours=("bban.fr", "bban.es"))

# Spain: CCC (Código Cuenta Cliente): entidad 4, oficina 4, two check digits, cuenta 10
# (stdnum.es.ccc).
ES_FMT = Fmt("D20", ((4, (4, 4, 2, 10), " "), (3, None, ""), (2, (4, 4, 2, 10), "-")))


def ccc_make_c(rng, bad=False):
    ent, ofi, acc = rng.choice(("2100", "0049", "0182", "0075", "2085", "0081", "0128", "1465", "2038")), \
        rand_digits(rng, 4), rand_digits(rng, 10)
    dc = es_ccc.calc_check_digits(ent + ofi + "00" + acc)
    if bad:
        dc = f"{(int(dc) + rng.randint(1, 98)) % 100:02d}"
    return ent + ofi + dc + acc


scheme(key="bban.es", short="ES CCC", cc="es", core=ES_FMT.regex(),
       keywords=kws("account code | account number | accountno# | accountnumber# | bban | código cuenta"
                    "| código cuenta bancaria | cuenta cliente id | customer account id | customer account number"
                    "| customer bank account id | iban | número cuenta bancaria cliente | número cuenta cliente"
                    "| ccc | código cuenta cliente | número de cuenta | nº de cuenta | cuenta bancaria | n.º de cuenta | numero cuenta"
                    "| codigo cuenta cliente | bank account number"),
       keys=("ccc", "numero_cuenta", "cuenta_bancaria", "codigoCuentaCliente", "bban", "numeroCuenta"),
       reported=lambda v: ES_FMT.matches(v) and ok(es_ccc.is_valid, squeeze(v)),
       make=lambda rng: ES_FMT.write(ccc_make_c(rng), rng) + ("",), langs=("es",),
       text_kw={"es": ("número de cuenta", "CCC", "código cuenta cliente", "nº de cuenta", "cuenta bancaria", "BBAN"),
                "en": ("account number", "BBAN", "bank account number")},
       bad=lambda rng: (ES_FMT.write(ccc_make_c(rng, bad=True), rng)[0], "control digits changed"),
       bad_kind="wrong control digits", specimens=(("2100 0418 45 0200051332", "ECBS example (ES91 2100 0418 4502 0005 1332)"),),
       check_pos=lambda v: [i for i, ch in enumerate(v) if ch.isdigit()][8:10], neighbours=("bban.it", "bban.fr"))

# SWIFT/BIC (ISO 9362): 4 letters (institution), the ISO 3166 country, a 2-character location
# (second character 0: a test and training BIC), an optional 3-character branch (XXX the head
# office); stdnum.bic checks the structure and the country.
BIC_COUNTRIES = ("DE", "FR", "GB", "IT", "ES", "NL", "BE", "CH", "AT", "US", "CA", "IE", "PT", "PL", "SE", "DK", "LU",
                 "JP", "SG", "HK", "AU", "BR", "MX", "AR", "IN")


def bic_make_c(rng, country=None, test=False):
    loc = rng.choice(ALNUM_UP.replace("0", "")) + (rng.choice(UPPER + "23456789") if not test else "0")
    if loc[0].isdigit() and loc[1].isdigit():
        loc = rng.choice(UPPER) + loc[1]
    b = rand_of(rng, UPPER, 4) + (country or rng.choice(BIC_COUNTRIES)) + loc
    if rng.random() < 0.5:
        b += "XXX" if rng.random() < 0.5 else rng.choice(UPPER) + rand_of(rng, ALNUM_UP, 2)
    return b


def bic_ok(v: str) -> bool:
    c = v.replace(" ", "")
    if v != c and not re.fullmatch(r"[A-Z]{4} [A-Z]{2} [0-9A-Z]{2}(?: [0-9A-Z]{3})?", v):
        return False
    return re.fullmatch(r"[A-Z]{6}[0-9A-Z]{2}(?:[0-9A-Z]{3})?", c) is not None and ok(std_bic.is_valid, c) and c[7] != "0"


def bic_write(c, rng):
    if rng.random() < 0.12:
        return " ".join(x for x in (c[:4], c[4:6], c[6:8], c[8:]) if x), "spaced"
    return c, f"{len(c)} characters"


scheme(key="swift", short="SWIFT", cc="intl",
       core=r"[A-Z]{6}[0-9A-Z]{2}(?:[0-9A-Z]{3})?|[A-Z]{4} [A-Z]{2} [0-9A-Z]{2}(?: [0-9A-Z]{3})?",
       keywords=kws("swift | swift code | swift/bic | bic | bic code | code bic | code swift | bic-code | swift-code"
                    "| código swift | código bic | codice swift | codice bic | swift bic | bic/swift | swift#"),
       keys=("swift", "bic", "swift_code", "swiftCode", "bic_code", "swift_bic", "bicSwift"),
       reported=bic_ok, make=lambda rng: bic_write(bic_make_c(rng), rng) + ("",), langs=("en", "de", "fr", "es", "it"),
       text_kw={"en": ("SWIFT", "SWIFT code", "BIC", "SWIFT/BIC", "BIC code"), "de": ("BIC", "BIC-Code", "SWIFT-Code", "SWIFT/BIC"),
                "fr": ("code BIC", "BIC", "code SWIFT"), "es": ("código SWIFT", "código BIC", "BIC"),
                "it": ("codice BIC", "codice SWIFT", "BIC")},
       bad=lambda rng: (bic_make_c(rng, country=rng.choice(("XQ", "ZZ", "QQ", "UK", "XE", "OO"))), "no such country code"),
       bad_kind="no such country in positions 5-6",
       specimens=(("AAAABBCCXXX", "placeholder (ISO 9362 field names)"), ("DEUTDEF0", "test and training BIC (location 0)")),
       dummies=False, neighbours=("aba",), extra_c=((2, uk_partial),))

# Argentina SUBE card (Macie: 16 digits starting 6061, Luhn; spaces, hyphens or none).
SUBE_FMT = Fmt("'6061' D12", ((4, (4, 4, 4, 4), " "), (3, None, ""), (2, (4, 4, 4, 4), "-")))


def sube_c(rng):
    return luhn_complete("6061" + rand_digits(rng, 11))


scheme(key="sube", short="SUBE", cc="ar", core=SUBE_FMT.regex(),
       keywords=kws("sistema único de boleto electrónico | sube | tarjeta sube | número de tarjeta sube | nro. de sube"
                    "| n° sube | nro sube | número sube | sube card | sube card number"),
       keys=("sube", "tarjeta_sube", "numero_sube", "nroTarjetaSube", "sube_card"),
       reported=lambda v: SUBE_FMT.matches(v) and luhn_ok(squeeze(v)),
       make=lambda rng: SUBE_FMT.write(sube_c(rng), rng) + ("",), langs=("es",),
       text_kw={"es": ("tarjeta SUBE", "SUBE", "número de tarjeta SUBE", "nro. de SUBE", "N° SUBE"),
                "en": ("SUBE card", "SUBE", "SUBE card number")},
       bad=lambda rng: (SUBE_FMT.write(bad_last(rng, sube_c(rng), DIGITS, luhn_ok), rng)[0], "Luhn digit changed"),
       specimens=(("6061 1234 1234 1234", "Macie's example (not Luhn-valid)"),), neighbours=("bank.usca",),
       extra_c=((2, lambda rng: (f"{rng.randint(10, 45)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}",
                                 "Argentine DNI")),))

# VIN (ISO 3779 and 3780; 49 CFR 565 for North America): WMI (3), VDS (5), position 9 the check
# digit in North America (vin_check), model year (10), plant (11), serial (12-17); no I, O, Q.
VIN_NA_WMI = ("1HG", "1FA", "1FT", "1G1", "1GC", "1C4", "1N4", "2T1", "2HG", "2FM", "3VW", "3FA", "3N1", "4T1", "4S4",
              "5YJ", "5N1", "5FN", "JHM", "JTD", "KNA", "KMH")
VIN_EU_WMI = ("WVW", "WBA", "WDD", "WAU", "VF1", "VF3", "ZFA", "ZAR", "SAL", "SAJ", "VSS", "YV1", "W0L", "TMB", "U5Y",
              "SB1", "TRU", "WF0", "VR3", "UU1")
VIN_YEARS = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_make_c(rng, na=None):
    na = rng.random() < 0.55 if na is None else na
    wmi = rng.choice(VIN_NA_WMI if na else VIN_EU_WMI)
    vds = rand_of(rng, VIN_CHARS, 5)
    tail = rng.choice(VIN_YEARS) + rng.choice(VIN_CHARS) + rand_digits(rng, 6)
    v = wmi + vds + "0" + tail
    if na or wmi[0] in "JK":
        v = v[:8] + vin_check(v) + v[9:]
    else:
        v = v[:8] + rng.choice("Z" * 4 + VIN_CHARS) + v[9:]
    return v


def vin_bad(rng):
    if rng.random() < 0.7:
        v = vin_make_c(rng, na=True)
        return v[:8] + rng.choice([c for c in "0123456789X" if c != v[8]]) + v[9:], "North-American VIN, check digit changed"
    v = vin_make_c(rng)
    i = rng.randrange(3, 11)
    return v[:i] + rng.choice("IOQ") + v[i + 1:], "I, O or Q inside"


def imei(rng):
    body = rng.choice(("86", "01", "99")) + rand_digits(rng, 12)
    return luhn_complete(body), "IMEI"


VIN_KW = kws("fahrgestellnummer | niv | numarul de identificare | numarul seriei de sasiu | numer vin"
             "| número de identificação do veículo | número de identificación de automóviles"
             "| numéro d'identification du véhicule | vehicle identification number | vin | vin numeris"
             "| vin# | vin no | vin no. | vin number | vin code | chassis number | chassis no | chassis no."
             "| fahrzeug-identifizierungsnummer | fahrgestell-nr | fahrgestell-nr. | n° vin | numéro vin | numéro de série du véhicule"
             "| número de bastidor | número de chasis | numero di telaio | telaio | numer nadwozia | numer identyfikacyjny pojazdu"
             "| número do chassi | chassi | număr de identificare | seria de șasiu | kėbulo numeris | vin kodas")
scheme(key="vin", short="VIN", cc="intl", core=f"[{VIN_CHARS}]{{17}}", keywords=VIN_KW,
       keys=("vin", "vin_number", "vehicleVin", "vehicle_identification_number", "fahrgestellnummer", "chassis_number"),
       reported=vin_ok, make=lambda rng: (lambda v: (v, "North American (check digit)" if v[0] in "12345" else "other WMI", ""))(
           vin_make_c(rng)),
       langs=("de", "fr", "en", "es", "pt", "pl", "ro", "lt", "it"),
       text_kw={"en": ("VIN", "VIN#", "VIN number", "vehicle identification number", "chassis number", "VIN no."),
                "de": ("Fahrgestellnummer", "Fahrzeug-Identifizierungsnummer", "Fahrgestell-Nr.", "VIN"),
                "fr": ("numéro VIN", "n° VIN", "VIN", "NIV", "numéro d'identification du véhicule"),
                "es": ("número de bastidor", "VIN", "número de chasis", "número de identificación de automóviles"),
                "pt": ("número do chassi", "chassi", "VIN", "número de identificação do veículo"),
                "pl": ("numer VIN", "numer nadwozia", "VIN"), "ro": ("seria de șasiu", "VIN", "numarul de identificare"),
                "lt": ("VIN numeris", "VIN kodas", "kėbulo numeris"), "it": ("numero di telaio", "telaio", "VIN")},
       bad=vin_bad, bad_kind="check digit or letter wrong",
       specimens=(("1HGBH41JXMN109186", "the widely published example VIN"), ("11111111111111111", "placeholder"),
                  ("1M8GDM9AXKP042788", "49 CFR 565 / Wikipedia example")),
       dummies=False, extra_c=((3, imei),), neighbours=("dl.gb", "udi"))

# Coordinates (Macie: a latitude-longitude pair in decimal degrees, e.g. 41.948614,-87.655311,
# after an English keyword; not DDM or DMS).


def latlong_pair(rng, lat=None, lon=None):
    lat = rng.uniform(-55, 70) if lat is None else lat
    lon = rng.uniform(-179.9, 179.9) if lon is None else lon
    n = rng.choice((4, 5, 6, 6, 6, 7))
    sep = rng.choice((", ", ",", ", ", " "))
    return f"{lat:.{n}f}{sep}{lon:.{n}f}", f"{n} decimals, separator {sep!r}"


LL_RX = r"-?[0-9]{1,2}\.[0-9]{3,8}(?:, ?| )-?[0-9]{1,3}\.[0-9]{3,8}"


def ll_ok(v: str) -> bool:
    if not re.fullmatch(LL_RX, v):
        return False
    a, b = re.split(r", ?| ", v)
    return -90 <= float(a) <= 90 and -180 <= float(b) <= 180 and not (float(a) == 0 and float(b) == 0)


def ll_bad(rng):
    if rng.random() < 0.5:
        return latlong_pair(rng, lat=rng.choice((1, -1)) * rng.uniform(90.5, 99.4))[0], "latitude beyond 90"
    return latlong_pair(rng, lon=rng.choice((1, -1)) * rng.uniform(180.5, 199.9))[0], "longitude beyond 180"


def ddm(rng):
    lat, lon = rng.uniform(0, 70), rng.uniform(0, 179)
    return (f"{int(lat)}°{(lat % 1) * 60:.4f}'{rng.choice('NS')} {int(lon)}°{(lon % 1) * 60:.4f}'{rng.choice('EW')}",
            "DDM (degrees, decimal minutes)")


scheme(key="latlong", short="Lat/long", cc="intl", core=LL_RX,
       keywords=kws("coordinate | coordinates | lat long | latitude longitude | position | gps | gps coordinates"
                    "| lat/long | lat/lng | latlng | latlong | lat, long | coords | geolocation | geo coordinates"
                    "| latitude/longitude | location coordinates | gps position"),
       keys=("coordinates", "latlng", "lat_long", "gps", "geo_coordinates", "position", "latLong", "gps_coordinates"),
       reported=ll_ok, make=lambda rng: latlong_pair(rng) + ("",), langs=("en",),
       text_kw={"en": ("coordinates", "GPS coordinates", "lat/long", "lat/lng", "position", "GPS", "latitude/longitude",
                       "coords", "geolocation")},
       bad=ll_bad, bad_kind="latitude or longitude out of range",
       specimens=(("41.948614,-87.655311", "Macie's example"), ("0.000000, 0.000000", "null island placeholder")),
       dummies=False, extra_c=((3, ddm),))

# HTTP cookies (RFC 6265 §4.1-4.2; Macie: a complete Cookie or Set-Cookie header): the label is
# the header's value. Session identifiers in the frameworks' own forms: PHP (26 of 0-9a-v),
# Java EE JSESSIONID (32 hex, optional .nodeN), ASP.NET_SessionId (24 of a-z0-5), Django
# sessionid (32 of a-z0-9) and csrftoken (32 or 64 alphanumerics), Express connect.sid
# (s%3A + 32 + . + 43 base64url), Rails _session_id (32 hex), Laravel-style XSRF-TOKEN, AWS ALB
# AWSALB (base64), Google Analytics _ga (GA1.1.n.n), and preferences (lang, theme, currency).
B64 = UPPER + UPPER.lower() + DIGITS + "+/"
B64URL = UPPER + UPPER.lower() + DIGITS + "-_"
LOWER_NUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def session_pair(rng):
    k = rng.randrange(8)
    if k == 0:
        return "PHPSESSID=" + rand_of(rng, "0123456789abcdefghijklmnopqrstuv", 26)
    if k == 1:
        return "JSESSIONID=" + rand_of(rng, "0123456789ABCDEF", 32) + (f".node{rng.randint(0, 9)}" if rng.random() < 0.3 else "")
    if k == 2:
        return "ASP.NET_SessionId=" + rand_of(rng, "abcdefghijklmnopqrstuvwxyz012345", 24)
    if k == 3:
        return "sessionid=" + rand_of(rng, LOWER_NUM, 32)
    if k == 4:
        return "connect.sid=s%3A" + rand_of(rng, B64URL, 32) + "." + rand_of(rng, B64URL[:-2] + "%2B", 43)
    if k == 5:
        return "_session_id=" + rand_of(rng, "0123456789abcdef", 32)
    if k == 6:
        return "AWSALB=" + rand_of(rng, B64, rng.randint(80, 120)) + rng.choice(("", "=", "=="))
    return "session=" + rand_of(rng, B64URL, rng.randint(30, 60))


def extra_pairs(rng):
    opts = [lambda: "csrftoken=" + rand_of(rng, UPPER + UPPER.lower() + DIGITS, rng.choice((32, 64))),
            lambda: f"_ga=GA1.1.{rng.randint(10 ** 8, 10 ** 10 - 1)}.{rng.randint(1600000000, 1760000000)}",
            lambda: "lang=" + rng.choice(("en-US", "de-DE", "fr-FR", "en", "es")),
            lambda: "theme=" + rng.choice(("dark", "light")),
            lambda: "XSRF-TOKEN=" + rand_of(rng, B64URL, 40),
            lambda: "currency=" + rng.choice(("EUR", "USD", "GBP")),
            lambda: "cart_id=" + rand_of(rng, "0123456789abcdef", 24),
            lambda: "remember_token=" + rand_of(rng, LOWER_NUM, 40)]
    return [f() for f in rng.sample(opts, rng.randint(0, 3))]


# Domains reserved for documentation (RFC 2606 §3, RFC 6761 §6.5): a Set-Cookie for one is an
# example (kind d); positives' Domain attributes are ordinary registrable names.
DOC_DOMAINS = ("shop.example", "app.example.net", "portal.example.org")
COOKIE_DOMAINS = ("shop.bluebox-retail.com", "app.parcelpoint.io", "portal.cargoline-group.net")


def doc_domain(v: str) -> bool:
    return re.search(r"(?i)(?:^|;) ?domain=\.?(?:[^;]*\.)?(?:example|example\.(?:com|net|org))(?:;|$)", v) is not None


def cookie_make(rng, set_cookie=None, domain=None):
    set_cookie = rng.random() < 0.35 if set_cookie is None else set_cookie
    if not set_cookie:
        pairs = [session_pair(rng)] + extra_pairs(rng)
        rng.shuffle(pairs)
        return "; ".join(pairs), "Cookie", ""
    # No Expires attribute: "expires" is a keyword of trawl's card expiry identifier, and its date
    # would be that identifier's value.
    attrs = ["Path=/"]
    if rng.random() < 0.6:
        attrs.append(f"Max-Age={rng.choice((3600, 86400, 1209600, 31536000))}")
    attrs += [a for a in ("HttpOnly", "Secure") if rng.random() < 0.8]
    if rng.random() < 0.6:
        attrs.append("SameSite=" + rng.choice(("Lax", "Strict", "None")))
    if domain or rng.random() < 0.3:
        attrs.insert(1, "Domain=." + (domain or rng.choice(COOKIE_DOMAINS)))
    return "; ".join([session_pair(rng)] + attrs), "Set-Cookie", "set"


COOKIE_RX = r"[A-Za-z0-9_.\-]+=[^;\s]*(?:; ?[A-Za-z0-9_.\-]+(?:=[^;\r\n]*)?)*"


def cookie_ok(v: str) -> bool:
    return re.fullmatch(COOKIE_RX, v) is not None and re.match(r"[A-Za-z0-9_.\-]+=[^;\s]+", v) is not None


def cookie_bad(rng):
    return rng.choice(("[REDACTED]", "<removed>", "(none)", "-", "<session cookie>", "***", "deleted")), \
        "header without a name=value pair"


def other_header(rng):
    return rng.choice((
        ("Content-Type", "text/html; charset=utf-8"), ("Content-Type", "multipart/form-data; boundary=----WebKitFormBoundary"
                                                                        + rand_of(rng, B64URL[:-2], 16)),
        ("Cache-Control", f"private, max-age={rng.choice((0, 60, 300, 3600))}"),
        ("Strict-Transport-Security", "max-age=31536000; includeSubDomains; preload"),
        ("Keep-Alive", f"timeout={rng.randint(2, 9)}, max={rng.choice((100, 200, 1000))}"),
        ("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
        ("Content-Disposition", "attachment; filename=report.pdf"),
        ("Accept-Language", "en-US,en;q=0.9,de;q=0.7"))), "another header with parameters"


scheme(key="cookie", short="Cookie", cc="intl", core=None, keywords=kws("cookie | set-cookie"),
       keys=("Cookie", "cookie", "Set-Cookie", "set-cookie", "request_cookie", "cookie_header", "setCookie"),
       reported=cookie_ok, make=cookie_make, langs=("en",), text_kw={"en": ("Cookie", "Set-Cookie")},
       bad=cookie_bad, bad_kind="header without a name=value pair",
       specimens=(("SID=31d4d96e407aad42; lang=en-US", "RFC 6265 example"),
                  ("PHPSESSID=298zf09hf012fh2; csrftoken=u32t4o3tb3gg43; _gat=1", "MDN example"),
                  ("session=3948; lang=en", "Macie's example"), ("id=TWlrZQ", "Macie's example (Set-Cookie)"),
                  ("id=a3fWa; Max-Age=2592000; Secure; HttpOnly", "MDN example (Set-Cookie)")),
       d_maker=lambda rng: (cookie_make(rng, True, rng.choice(DOC_DOMAINS))[0],
                            "Set-Cookie for a documentation domain (RFC 2606, RFC 6761)"),
       example=doc_domain, dummies=False, b_maker=other_header)

# Brazil CEP (Correios): 8 digits, written 01310-100 (the usual), 01310100 or 01.310-100.
def cep_write(c, rng):
    r = rng.random()
    if r < 0.6:
        return f"{c[:5]}-{c[5:]}", "12345-678"
    if r < 0.85:
        return c, "8 digits"
    return f"{c[:2]}.{c[2:5]}-{c[5:]}", "12.345-678"


CEP_RX = r"[0-9]{5}-[0-9]{3}|[0-9]{2}\.[0-9]{3}-[0-9]{3}|[0-9]{8}"


def cep_c(rng):
    while True:
        c = digits_of(FAKE.get("pt_BR").postcode())
        if len(c) == 8 and c[:5] != "00000":
            return c


scheme(key="cep", short="CEP", cc="br", core=CEP_RX,
       keywords=kws("cep | código de endereçamento postal | codigo de endereçamento postal | código postal | codigo postal"
                    "| c.e.p. | cep nº | cep: | cep code"),
       keys=("cep", "codigo_postal", "codigoPostal", "cep_entrega", "cepCliente", "cep_destino"),
       reported=lambda v: re.fullmatch(CEP_RX, v) is not None and not digits_of(v).startswith("00000"),
       make=lambda rng: cep_write(cep_c(rng), rng) + ("",), langs=("pt",),
       text_kw={"pt": ("CEP", "CEP:", "código postal", "código de endereçamento postal", "C.E.P."),
                "en": ("CEP", "CEP code", "código postal")},
       specimens=(("12345-678", "placeholder in forms"), ("00000-000", "placeholder"), ("99999-999", "placeholder")),
       dummies=False, extra_c=((2, lambda rng: (f"{rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}", "US ZIP+4")),
                               (2, lambda rng: (f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}", "Portuguese código postal"))))

assert set(SCHEMES) == set(IDS), set(IDS) ^ set(SCHEMES)


# --- trawl's existing keyword-gated identifiers --------------------------------------------------
# A frozen copy of the keyword lists of trawl's PERSONAL and FINANCIAL identifiers that need a
# keyword (phone, birth date, card expiry and security code, the national and tax ids of issue
# #30), from identifiers/builtin/{personal,financial}/*.toml as of commit dfc86a3 (IBAN and card
# numbers need none: their shapes are checked instead). None may stand in reach of a planted
# value, unless EXISTING_SHAPES gives that identifier's shape and it cannot match the value.
EXISTING = {
    "CREDIT_CARD_EXPIRATION": kws(
        "exp | exp date | expiry | expiry date | expires | expiration | expiration date | valid thru | valid "
        "through | good thru | valid until | mm/yy | ablaufdatum | gültig bis | gueltig bis | date "
        "d'expiration | date d’expiration | expire | fecha de vencimiento | vencimiento | caducidad | "
        "scadenza | validade | data de validade"),
    "CREDIT_CARD_SECURITY_CODE": kws(
        "cvv | cvv2 | cvc | cvc2 | csc | cvn | security code | card verification | card verification code | "
        "card verification value | verification code | card code | prüfnummer | pruefnummer | "
        "kartenprüfnummer | cryptogramme | code de sécurité | código de seguridad | codigo de seguridad | "
        "codice di sicurezza | código de segurança | codigo de seguranca"),
    "ARGENTINA_DNI_NUMBER": kws(
        "dni | dni# | d.n.i. | documento nacional de identidad | documento | nro de documento | nro. de "
        "documento | nro documento | número de documento | numero de documento | NÚMERO DE DOCUMENTO | número "
        "documento | numero documento | n° dni | nº dni | nro dni | nro. dni | número de dni | numero de dni "
        "| tipo y número de documento | tipo y numero de documento | documento de identidad | dni número | "
        "dni numero"),
    "ARGENTINA_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": kws(
        "cuil | cuit | c.u.i.l | c.u.i.l. | c.u.i.t | c.u.i.t. | cuit/cuil | cuil/cuit | argentina taxpayer "
        "id | clave única de identificación tributaria | CLAVE ÚNICA DE IDENTIFICACIÓN TRIBUTARIA | clave "
        "unica de identificacion tributaria | código único de identificación laboral | codigo unico de "
        "identificacion laboral | unified labor identification code | número de identificación fiscal | "
        "numero de identificacion fiscal | número de contribuyente | numero de contribuyente | nº de cuit | "
        "n° de cuit | nro de cuit | nro. cuit | nro cuit | nro cuil | nro. cuil | número de cuil | numero de "
        "cuil | número de cuit | numero de cuit"),
    "ARGENTINA_ORGANIZATION_TAX_IDENTIFICATION_NUMBER": kws(
        "cuit | c.u.i.t | c.u.i.t. | cuil | c.u.i.l | c.u.i.l. | cuit/cuil | cuil/cuit | argentina taxpayer "
        "id | unified labor identification code | clave única de identificación tributaria | CLAVE ÚNICA DE "
        "IDENTIFICACIÓN TRIBUTARIA | clave unica de identificacion tributaria | número de identificación "
        "fiscal | numero de identificacion fiscal | número de contribuyente | numero de contribuyente | nº de "
        "cuit | n° de cuit | nro de cuit | nro. cuit | nro cuit | número de cuit | numero de cuit | cuit "
        "empresa | cuit de la empresa"),
    "AUSTRALIA_TAX_FILE_NUMBER": kws(
        "tax file number | tfn | tfn# | tfn no | tfn no. | tfn number | tax file no | tax file no. | tax file "
        "number (tfn) | tax file # | t.f.n. | t.f.n"),
    "AUSTRALIA_BUSINESS_NUMBER": kws(
        "abn | abn# | abn no | abn no. | abn number | a.b.n. | australian business number | australian "
        "business no | business number"),
    "AUSTRIA_SOCIAL_INSURANCE_NUMBER": kws(
        "sozialversicherungsnummer | sozialversicherungs-nr | sozialversicherungs-nr. | sozialversicherungsnr "
        "| versicherungsnummer | versicherungsnr | versicherungs-nr | svnr | sv-nr | sv-nr. | sv nr | "
        "sv-nummer | sv nummer | svn | vsnr | vs-nr | e-card nummer | e-card-nummer | social insurance number "
        "| sozialvers.-nr. | sozialvers.-nr | sozialvers-nr"),
    "BELGIUM_NATIONAL_REGISTER_NUMBER": kws(
        "rijksregisternummer | rijksregisternr | rijksregister | identificatienummer van het rijksregister | "
        "nationaal nummer | numéro de registre national | numero de registre national | NUMÉRO DE REGISTRE "
        "NATIONAL | n° de registre national | registre national | numéro national | numero national | "
        "nationalregisternummer | insz | insz-nummer | niss | numéro niss | numero niss | inss | national "
        "number | national register number | national registry number | rrn | nn"),
    "DATE_OF_BIRTH": kws(
        "dob | d.o.b | d.o.b. | date of birth | birth date | birthdate | birthday | born | born on | bday | "
        "b-day | geburtsdatum | geburtstag | geboren | geboren am | date de naissance | naissance | né le | "
        "née le | né | née | fecha de nacimiento | nacimiento | nacido | nacida | nacido el | data di nascita "
        "| nascita | nato il | nata il | nato | nata | data de nascimento | nascimento | nascido | nascida | "
        "nascido em"),
    "BRAZIL_RG_NUMBER": kws(
        "rg | registro geral | rg nº | rg n° | rg no | nº do rg | n° do rg | número do rg | numero do rg | "
        "número rg | numero rg | rg número | rg numero | carteira de identidade | cédula de identidade | "
        "cedula de identidade | CÉDULA DE IDENTIDADE | identidade | documento de identidade | ssp"),
    "BRAZIL_CPF_NUMBER": kws(
        "cpf | c.p.f. | cpf nº | cpf n° | cpf/mf | cpf número | cpf numero | nº do cpf | n° do cpf | número "
        "do cpf | numero do cpf | número cpf | numero cpf | cadastro de pessoa física | cadastro de pessoa "
        "fisica | cadastro de pessoas físicas | cadastro de pessoas fisicas | CADASTRO DE PESSOA FÍSICA | "
        "CADASTRO DE PESSOAS FÍSICAS | inscrição no cpf | inscricao no cpf"),
    "BRAZIL_CNPJ_NUMBER": kws(
        "cnpj | c.n.p.j. | cnpj/mf | cnpj nº | cnpj n° | cnpj número | cnpj numero | nº do cnpj | n° do cnpj "
        "| número do cnpj | numero do cnpj | número cnpj | numero cnpj | inscrição cnpj | inscricao cnpj | "
        "cadastro nacional da pessoa jurídica | cadastro nacional da pessoa juridica | CADASTRO NACIONAL DA "
        "PESSOA JURÍDICA | cadastro nacional de pessoa jurídica | cadastro nacional de pessoa juridica"),
    "CANADA_SOCIAL_INSURANCE_NUMBER": kws(
        "sin | sin# | sin no | sin no. | sin number | s.i.n. | social insurance number | social insurance no "
        "| social insurance no. | canadian id | numéro d'assurance sociale | numero d'assurance sociale | "
        "NUMÉRO D'ASSURANCE SOCIALE | numéro d’assurance sociale | assurance sociale | nas | n.a.s."),
    "CANADA_NATIONAL_IDENTIFICATION_NUMBER": kws(
        "carte résident permanent | carte resident permanent | carte de résident permanent | carte de "
        "resident permanent | numéro carte résident permanent | numero carte resident permanent | numéro "
        "résident permanent | numero resident permanent | résident permanent no. | resident permanent no. | "
        "résident permanent non | resident permanent non | permanent resident card | permanent resident card "
        "number | permanent resident no | permanent resident no. | permanent resident number | pr no | pr no. "
        "| pr non | pr number | pr card | pr card number | pr card no | uci | uci no | uci number | uci# | "
        "numéro uci | numero uci | unique client identifier | unique client identifier (uci) | client "
        "identifier"),
    "CHILE_RUT_NUMBER": kws(
        "rut | rut# | r.u.t. | run | run# | r.u.n. | rol único tributario | rol unico tributario | ROL ÚNICO "
        "TRIBUTARIO | rol único nacional | rol unico nacional | ROL ÚNICO NACIONAL | identidad número | "
        "identidad numero | nacional identidad | número identificación | numero identificacion | national "
        "unique role | nationaluniqueroleid# | unique national number | unique national role | unique tax "
        "registry | unique tax role | unique tributary number | unique tributary role | cédula de identidad | "
        "cedula de identidad | CÉDULA DE IDENTIDAD | c.i. | rut empresa | rut del contribuyente | número de "
        "rut | numero de rut | nº rut | n° rut"),
    "CHINA_RESIDENT_IDENTITY_CARD_NUMBER": kws(
        "身份证 | 身份证号 | 身份证号码 | 居民身份证 | 居民身份证号码 | 公民身份号码 | 证件号码 | 身份证件号码 | 身份證 | 身份證號碼 | sfz | sfzh | "
        "shenfenzheng | resident identity card | resident identity card number | chinese id | chinese id "
        "number | china id | id card | id card no | id card number | idcard | resident id | resident id "
        "number | citizen id"),
    "COLOMBIA_CITIZENSHIP_CARD_NUMBER": kws(
        "cédula de ciudadanía | cedula de ciudadania | CÉDULA DE CIUDADANÍA | cédula | cedula | CÉDULA | "
        "cédula no | cedula no | c.c. | c.c | cc no | cc no. | cc nº | número de cédula | numero de cedula | "
        "NÚMERO DE CÉDULA | número cédula | numero cedula | documento de identificación | documento de "
        "identificacion | DOCUMENTO DE IDENTIFICACIÓN | nuip"),
    "COLOMBIA_INDIVIDUAL_NIT_NUMBER": kws(
        "nit | nit. | nit# | n.i.t. | n.i.t | nit no | nit no. | nit nº | nit n° | número de nit | numero de "
        "nit | número de identificación tributaria | numero de identificacion tributaria | NÚMERO DE "
        "IDENTIFICACIÓN TRIBUTARIA | identificación tributaria | identificacion tributaria | nit del "
        "contribuyente | nit persona natural"),
    "COLOMBIA_ORGANIZATION_NIT_NUMBER": kws(
        "nit | nit. | nit# | n.i.t. | n.i.t | nit no | nit no. | nit nº | nit n° | número de nit | numero de "
        "nit | número de identificación tributaria | numero de identificacion tributaria | NÚMERO DE "
        "IDENTIFICACIÓN TRIBUTARIA | identificación tributaria | identificacion tributaria | nit empresa | "
        "nit de la empresa | nit del contribuyente"),
    "CROATIA_PERSONAL_IDENTIFICATION_NUMBER": kws(
        "oib | oib broj | broj oib | osobni identifikacijski broj | osobni identifikacijski broj (oib) | "
        "osobnog identifikacijskog broja | identifikacijski broj | personal identification number | croatian "
        "oib"),
    "CZECHIA_SLOVAKIA_BIRTH_NUMBER": kws(
        "rodné číslo | rodne cislo | RODNÉ ČÍSLO | rodného čísla | rodneho cisla | RODNÉHO ČÍSLA | rodné č. | "
        "rodne c. | rč | RČ | r.č. | R.Č. | rc | r.c. | birth number | personal number | personal "
        "identification number"),
    "DENMARK_CPR_NUMBER": kws(
        "cpr | cpr-nr | cpr-nr. | cpr nr | cpr nr. | cprnr | cpr.nr. | cpr-nummer | cpr nummer | cpr number | "
        "cpr no | personnummer | personnr | det centrale personregister | personregister | sygesikringsbevis "
        "| personal identification number"),
    "ESTONIA_PERSONAL_IDENTIFICATION_CODE": kws(
        "isikukood | isikukoodi | isikukoodiga | ik | i.k. | personal identification code | personal code | "
        "estonian personal code | estonian id code | isikukood (ik)"),
    "EU_VAT_NUMBER": kws(
        "vat | vat no | vat number | vat id | vat registration number | vat identification number | vatin | "
        "tax id | ust-idnr | ust-id | ustid | ust-id-nr | umsatzsteuer-identifikationsnummer | uid | "
        "uid-nummer | tva | numéro de tva | numero de tva | btw | btw-nummer | btw-id | btw-nr | iva | "
        "partita iva | moms | momsnr | momsregistreringsnummer | cvr | alv | alv-numero | dph | ič dph | IČ "
        "DPH | dič | DIČ | ddv | pvm | pvn | áfa | ÁFA | φπα | αφμ | kmkr | nip | cif | cui | közösségi "
        "adószám | nif intracomunitario | nif-iva intracomunitario"),
    "FINLAND_PERSONAL_IDENTITY_CODE": kws(
        "henkilötunnus | henkilotunnus | HENKILÖTUNNUS | henkilötunnuksen | henkilotunnuksen | "
        "henkilötunnusta | henkilotunnusta | hetu | hetu-tunnus | sotu | sotu-tunnus | sosiaaliturvatunnus | "
        "personbeteckning | personal identity code | finnish personal identity code | identity code | "
        "henkilötunnukseni | henkilötunnuksesi | hetuni"),
    "FRANCE_NATIONAL_IDENTIFICATION_NUMBER": kws(
        "nir | n.i.r. | insee | numéro insee | numero insee | sécurité sociale | securite sociale | SÉCURITÉ "
        "SOCIALE | n° de sécurité sociale | numéro de sécurité sociale | numero de securite sociale | NUMÉRO "
        "DE SÉCURITÉ SOCIALE | numero securite sociale | sécurité sociale numéro | securite sociale numero | "
        "sécurité sociale non. | code sécurité sociale | code securite sociale | numéro de sécu | numero de "
        "secu | numero secu | num secu | sécu | secu | carte vitale | immatriculation | numéro "
        "d'immatriculation | numero d'immatriculation | numéro d'assurance | numero d'assurance | assurance "
        "sociale | carte nationale d'identité | carte nationale d’identité | carte nationale d'identite | cni "
        "| french social security number | fssn# | social security | social security number | ss# | ssn | "
        "ssn# | social | insurance number | national id number | nationalid# | matricule ss | SÉCU | n° ss | "
        "nº ss"),
    "FRANCE_TAX_IDENTIFICATION_NUMBER": kws(
        "numéro fiscal | numero fiscal | NUMÉRO FISCAL | numéro fiscal de référence | numero fiscal de "
        "reference | NUMÉRO FISCAL DE RÉFÉRENCE | n° fiscal | identifiant fiscal | numéro d'identification "
        "fiscal | numero d'identification fiscal | numéro d'identification fiscale | numero d'identification "
        "fiscale | numéro d’identification fiscale | numéro spi | numero spi | spi | nif | tax id | tax "
        "identification number | tax number | tin | tin#"),
    "GERMANY_NATIONAL_IDENTIFICATION_NUMBER": kws(
        "ausweisnummer | ausweis-nr | ausweis-nr. | ausweis nr | ausweisnr | personalausweis | "
        "personalausweisnummer | personalausweis-nr | personalausweis-nr. | personalausweis nummer | "
        "personalausweis nr | dokumentennummer | dokumenten-nr | seriennummer | idd | perso | perso-nummer | "
        "id-karte | id number | identification number | identity number | insurance number | personal id | "
        "german id card | german identity card | personalausweis-nummer"),
    "GERMANY_TAX_IDENTIFICATION_NUMBER": kws(
        "steuer-id | steuer id | steuerid | steuer-idnr | steuer-idnr. | steuer idnr | "
        "steuer-identifikationsnummer | steueridentifikationsnummer | steuerliche identifikationsnummer | "
        "steuerliche idnr | identifikationsnummer | persönliche identifikationsnummer | persoenliche "
        "identifikationsnummer | PERSÖNLICHE IDENTIFIKATIONSNUMMER | idnr | id-nr | id-nr. | steuernummer | "
        "steuer-nr | tax id | tax identification number | tax number | tin"),
    "HONG_KONG_IDENTITY_CARD_NUMBER": kws(
        "hkid | hkid no | hkid no. | hkid number | hkic | hkic no | hong kong identity card | hong kong "
        "identity card no | hong kong id | hong kong id card | identity card no | identity card no. | id card "
        "no | 香港身份證 | 香港身份證號碼 | 身份證號碼 | 身份證 | 身份証號碼 | 身分證號碼"),
    "INDIA_AADHAAR_NUMBER": kws(
        "aadhaar | aadhar | adhaar | aadhaar no | aadhaar no. | aadhar no | aadhaar number | aadhar number | "
        "aadhaar card | aadhaar card number | aadhar card | uidai | uid | uid no | uid number | enrolment no "
        "| आधार | आधार संख्या | आधार नंबर | आधार कार्ड"),
    "INDIA_PERMANENT_ACCOUNT_NUMBER": kws(
        "pan | pan# | pan no | pan no. | pan number | pan card | pan card no | pan card number | e-pan | "
        "permanent account number | permanent account no | income tax pan | pan of the assessee | स्थायी खाता "
        "संख्या | पैन | पैन नंबर"),
    "IRELAND_PPS_NUMBER": kws(
        "pps | ppsn | pps no | pps no. | pps number | ppsn no | ppsn number | pps# | personal public service "
        "number | personal public service no | uimhir phearsanta seirbhíse poiblí | uimhir phearsanta "
        "seirbhise poibli | rsi no | rsi number | revenue and social insurance number | social welfare number"),
    "ISRAEL_IDENTITY_NUMBER": kws(
        "מספר זהות | מס' זהות | מס זהות | ת.ז. | ת.ז | ת\"ז | תז | תעודת זהות | מספר תעודת זהות | teudat zehut "
        "| mispar zehut | israeli id | israeli id number | israel id | id number | tz | t.z."),
    "ITALY_NATIONAL_IDENTIFICATION_NUMBER": kws(
        "codice fiscale | codice fiscal | codicefiscale | cod. fisc. | cod. fiscale | cod.fisc. | c.f. | cf | "
        "c.fisc. | partita iva | partita i.v.a. | p. iva | p.iva | piva | p.i. | codice fiscale/partita iva | "
        "c.f./p.iva | numero di codice fiscale | numero di identificazione fiscale | tax code | tessera "
        "sanitaria | tessera sanitaria n | health card | health insurance card | ehic | dati anagrafici | "
        "personal data | cod fisc | codfisc | cod fiscale"),
    "JAPAN_MY_NUMBER": kws(
        "マイナンバー | マイナンバーカード | 個人番号 | 個人番号カード | 個人番号（マイナンバー） | 通知カード | my number | mynumber | my number card | "
        "individual number | individual number card | kojin bango | kojin bangou | japanese individual number"),
    "MEXICO_CURP_NUMBER": kws(
        "curp | c.u.r.p. | tu curp | clave curp | clave única de registro de población | clave unica de "
        "registro de poblacion | CLAVE ÚNICA DE REGISTRO DE POBLACIÓN | clave única | clave unica | CLAVE "
        "ÚNICA | clave personal identidad | clavepersonalidentidad | personal identidad clave | registration "
        "code | registry code | population code | population registry code"),
    "MEXICO_INDIVIDUAL_RFC_NUMBER": kws(
        "rfc | rfc# | r.f.c. | rfc con homoclave | clave rfc | rfc emisor | rfc receptor | registro federal "
        "de contribuyentes | código del registro federal de contribuyentes | codigo del registro federal de "
        "contribuyentes | CÓDIGO DEL REGISTRO FEDERAL DE CONTRIBUYENTES | identificación de impuestos | "
        "identificacion de impuestos | impuesto al valor agregado | iva | iva# | i.v.a. | cédula fiscal | "
        "cedula fiscal"),
    "MEXICO_ORGANIZATION_RFC_NUMBER": kws(
        "rfc | rfc# | r.f.c. | rfc con homoclave | clave rfc | rfc emisor | rfc receptor | registro federal "
        "de contribuyentes | código del registro federal de contribuyentes | codigo del registro federal de "
        "contribuyentes | CÓDIGO DEL REGISTRO FEDERAL DE CONTRIBUYENTES | identificación de impuestos | "
        "identificacion de impuestos | impuesto al valor agregado | iva | iva# | i.v.a. | cédula fiscal | "
        "cedula fiscal"),
    "NETHERLANDS_CITIZEN_SERVICE_NUMBER": kws(
        "bsn | bsn-nummer | bsn nummer | bsn-nr | bsn nr | bsn no | burgerservicenummer | burger service "
        "nummer | burgerservicenr | citizen service number | sofinummer | sofi-nummer | sofi nummer | sofinr "
        "| persoonsnummer | persoonsgebonden nummer | fiscaal nummer | dutch bsn"),
    "NEW_ZEALAND_IRD_NUMBER": kws(
        "ird | ird number | ird no | ird no. | ird# | irdn | ird num | inland revenue number | inland revenue "
        "no | inland revenue department number | gst number | gst no | nz tax number"),
    "NORWAY_NATIONAL_IDENTITY_NUMBER": kws(
        "fødselsnummer | fodselsnummer | foedselsnummer | FØDSELSNUMMER | fødselsnr | fødselsnr. | fodselsnr "
        "| fnr | f.nr. | f.nr | personnummer | d-nummer | d-nr | national identity number | norwegian "
        "national identity number | norwegian id number | identitetsnummer"),
    "PHONE_NUMBER": kws(
        "phone | phones | phone number | phone numbers | telephone | telephones | mobiles | mobile phone | "
        "tel | mobile | mobile number | cell | cellphone | cell phone | fax | contact | call | call me | "
        "reach me | whatsapp | sms | telefon | telefonisch | telefonnummer | handy | handynummer | mobil | "
        "mobilnummer | rufnummer | téléphone | telephone | portable | numéro | teléfono | telefono | móvil | "
        "movil | celular | cellulare | numero di telefono | telefone | contato | contacto"),
    "POLAND_PESEL_NUMBER": kws(
        "pesel | nr pesel | nr. pesel | numer pesel | pesel nr | pesel nr. | numer ewidencyjny | numer "
        "ewidencyjny pesel | powszechny elektroniczny system ewidencji ludności | powszechny elektroniczny "
        "system ewidencji ludnosci"),
    "PORTUGAL_TAX_IDENTIFICATION_NUMBER": kws(
        "nif | n.i.f. | nif nº | nif n.º | nipc | nif/nipc | contribuinte | nº contribuinte | n.º "
        "contribuinte | nº de contribuinte | n.º de contribuinte | número de contribuinte | numero de "
        "contribuinte | NÚMERO DE CONTRIBUINTE | número contribuinte | numero contribuinte | número de "
        "identificação fiscal | numero de identificacao fiscal | NÚMERO DE IDENTIFICAÇÃO FISCAL | número de "
        "identificação de pessoa coletiva | numero de identificacao de pessoa coletiva | pessoa coletiva | nº "
        "de pessoa coletiva | número de pessoa coletiva"),
    "PORTUGAL_CITIZEN_CARD_NUMBER": kws(
        "cartão de cidadão | cartao de cidadao | CARTÃO DE CIDADÃO | cartão cidadão | cartao cidadao | número "
        "do cartão de cidadão | numero do cartao de cidadao | nº do cartão de cidadão | cc nº | cc n.º | cc "
        "numero | cc número | documento de identificação civil | documento de identificacao civil | número de "
        "identificação civil | numero de identificacao civil | nic | bi | bilhete de identidade | n.º "
        "documento de identificação"),
    "ROMANIA_PERSONAL_NUMERIC_CODE": kws(
        "cnp | c.n.p. | cod numeric personal | codul numeric personal | codului numeric personal | cod "
        "numeric | personal numeric code | romanian personal numeric code | cod personal"),
    "SINGAPORE_NRIC_FIN_NUMBER": kws(
        "nric | nric no | nric no. | nric number | nric/fin | fin | fin no | fin no. | fin number | uin | "
        "uinfin | uin/fin | identity card number | ic no | ic no. | ic number | singapore ic | 身份证"),
    "SOUTH_AFRICA_IDENTITY_NUMBER": kws(
        "id number | id no | id no. | i.d. no | i.d. number | identity number | identity no | sa id | sa id "
        "number | rsa id | rsa id number | south african id | south african id number | south african "
        "identity number | identiteitsnommer | id-nommer | id nommer | barcoded id"),
    "SOUTH_KOREA_RESIDENT_REGISTRATION_NUMBER": kws(
        "주민등록번호 | 주민번호 | 주민등록 번호 | 주민 등록 번호 | 외국인등록번호 | 외국인 등록 번호 | resident registration number | resident "
        "registration no | resident no | rrn | jumin | jumin no | jumin number | korean id | korean resident "
        "registration number"),
    "SPAIN_DNI_NUMBER": kws(
        "dni | dni# | d.n.i. | dnie | dni-e | dninúmero# | dninumero# | nº dni | n.º dni | número de dni | "
        "numero de dni | NÚMERO DE DNI | numero dni | número dni | dni número | dni numero | dni/nif | "
        "documento nacional de identidad | identidad único | identidad unico | identidadúnico# | "
        "identidadunico# | insurance number | national identification number | national identity | "
        "nationalid# | nationalidno# | número nacional identidad | numero nacional identidad | personal "
        "identification number | personal identity no | unique identity number | uniqueid# | documento de "
        "identidad | doc. identidad | doc identidad"),
    "SPAIN_SOCIAL_SECURITY_NUMBER": kws(
        "número de la seguridad social | numero de la seguridad social | NÚMERO DE LA SEGURIDAD SOCIAL | "
        "número de seguridad social | numero de seguridad social | nº seguridad social | nº de la seguridad "
        "social | num seguridad social | numero seguridad social | número seguridad social | seguridad social "
        "| n.º ss | nº ss | num. ss | nuss | naf | número de afiliación | numero de afiliacion | NÚMERO DE "
        "AFILIACIÓN | n.º de afiliación | afiliación | afiliacion | social security no. | social security "
        "number | socialsecurityno# | ssn | ssn#"),
    "SPAIN_NIF_NUMBER": kws(
        "nif | n.i.f. | nif/dni | dni/nif | número de identificación fiscal | numero de identificacion fiscal "
        "| NÚMERO DE IDENTIFICACIÓN FISCAL | numero nif | número nif | nif número | nif numero | nie | cif | "
        "cif número | cif numero | cifnúmero# | cifnumero# | número de contribuyente | numero de "
        "contribuyente | número de identidad de extranjero | numero de identidad de extranjero | número de "
        "impuesto corporativo | numero de impuesto corporativo | personal tax number | tax id | tax "
        "identification number | tax number | tin | tin#"),
    "SPAIN_NIE_NUMBER": kws(
        "nie | n.i.e. | nie/tie | tie | número de identidad de extranjero | numero de identidad de extranjero "
        "| NÚMERO DE IDENTIDAD DE EXTRANJERO | número de extranjero | numero de extranjero | tarjeta de "
        "residencia | tarjeta de identidad de extranjero | nif | n.i.f. | número de identificación fiscal | "
        "numero de identificacion fiscal | cif | cif número | cifnúmero# | número de contribuyente | numero "
        "de contribuyente | número de impuesto corporativo | personal tax number | tax id | tax "
        "identification number | tax number | tin | tin#"),
    "SPAIN_TAX_IDENTIFICATION_NUMBER": kws(
        "cif | c.i.f. | cif número | cif numero | cifnúmero# | cifnumero# | cif/nif | cif empresa | cif de la "
        "empresa | código de identificación fiscal | codigo de identificacion fiscal | CÓDIGO DE "
        "IDENTIFICACIÓN FISCAL | nif | n.i.f. | nif empresa | nif de la empresa | nie | número de "
        "identificación fiscal | numero de identificacion fiscal | número de contribuyente | numero de "
        "contribuyente | número de identidad de extranjero | número de impuesto corporativo | numero de "
        "impuesto corporativo | personal tax number | tax id | tax identification number | tax number | tin | "
        "tin#"),
    "SWEDEN_PERSONAL_IDENTITY_NUMBER": kws(
        "personnummer | personnumret | personnr | personnr. | pers.nr | pers.nr. | pers nr | pnr | p-nr | "
        "person-nr | samordningsnummer | samordningsnr | födelsenummer | fodelsenummer | personal identity "
        "number | swedish personal identity number | swedish personal number | personal number"),
    "SWITZERLAND_SOCIAL_SECURITY_NUMBER": kws(
        "ahv | ahv-nr | ahv-nr. | ahv nr | ahv-nummer | ahv nummer | ahvn13 | ahv-versichertennummer | "
        "versichertennummer | sozialversicherungsnummer | svn | avs | no avs | n° avs | numéro avs | numero "
        "avs | NUMÉRO AVS | avs-nr | avs13 | numéro d'assuré | numero d'assure | n. avs | numero di "
        "assicurato | numero ahv | assicurazione vecchiaia | swiss social security number"),
    "TAIWAN_NATIONAL_IDENTIFICATION_NUMBER": kws(
        "身分證字號 | 身分證號碼 | 身分證統一編號 | 身份證字號 | 身分證 | 國民身分證 | 國民身分證統一編號 | 統一證號 | 居留證號碼 | national id | national id "
        "no | taiwan id | taiwan national id | roc id | id no | identity no | identity number"),
    "TURKEY_IDENTIFICATION_NUMBER": kws(
        "tc kimlik | tc kimlik no | t.c. kimlik | t.c. kimlik no | t.c. kimlik no. | tc kimlik numarası | "
        "t.c. kimlik numarası | tc kimlik numarasi | T.C. KİMLİK NO | TC KİMLİK NO | kimlik no | kimlik "
        "numarası | kimlik numarasi | KİMLİK NUMARASI | KİMLİK NO | tckn | tckno | tc no | t.c. no | tc "
        "kimlik numaranız | turkish id | turkish identification number | nüfus cüzdanı | nufus cuzdani"),
    "UK_NATIONAL_INSURANCE_NUMBER": kws(
        "nino | nino no | nin | ni number | ni no | ni no. | n.i. number | n.i. no | ni# | national insurance "
        "| national insurance number | national insurance no | national insurance no. | nationalinsurance# | "
        "nationalinsurancenumber | insurance number | insurance no. | insurance# | yswiriant gwladol | rhif "
        "yswiriant gwladol"),
    "UK_ELECTORAL_ROLL_NUMBER": kws(
        "electoral roll number | electoral roll no | electoral roll no. | electoral roll # | electoralrollno "
        "| electoral number | electoral # | electoral register number | electoral register no | elector "
        "number | elector no | elector no. | elector's number | poll number | polling number | poll card "
        "number | polling card number"),
    "UK_TAX_IDENTIFICATION_NUMBER": kws(
        "utr | utr no | utr no. | utr number | sa utr | ct utr | unique tax reference | unique taxpayer "
        "reference | unique taxpayer reference number | taxpayer reference | corporation tax reference | self "
        "assessment | trn | temporary reference number | paye | tax reference | tax id | tax id no. | tax id "
        "number | tax identification | tax identification# | tax no. | tax number | tax# | taxid# | tin"),
    "USA_SOCIAL_SECURITY_NUMBER": kws(
        "ssn | ssn# | ss# | social security | social security number | social security no | soc sec | soc sec "
        "no | social sec"),
    "USA_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": kws(
        "itin | itin# | itin no | itin no. | itin number | i.t.i.n. | individual taxpayer identification "
        "number | individual taxpayer id | individual tax identification number | taxpayer id | taxpayer "
        "identification number | tax id | tin"),
    "USA_EMPLOYER_IDENTIFICATION_NUMBER": kws(
        "ein | ein# | ein no | ein number | fein | fein# | federal ein | employer identification number | "
        "employer id | employer id number | employer identification no | federal employer identification "
        "number | federal tax id | federal tax id number | federal tax identification number | irs employer "
        "id | tax id | tin | federal id | federal id no | federal id no. | fed id | fed id # | federal tax id "
        "no"),
}
# Shapes of the existing identifiers whose keywords this corpus's keywords share.
EXISTING_SHAPES = {
    "FRANCE_NATIONAL_IDENTIFICATION_NUMBER": r"[1-478] ?[0-9]{2} ?[0-9]{2} ?(?:[0-9]{2}|2[AB]) ?[0-9]{3} ?[0-9]{3} ?[0-9]{2}",
    "ITALY_NATIONAL_IDENTIFICATION_NUMBER": r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]|[0-9]{11}",
    "UK_NATIONAL_INSURANCE_NUMBER": r"[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]",
    "AUSTRIA_SOCIAL_INSURANCE_NUMBER": r"[0-9]{4} ?[0-9]{6}",
    "GERMANY_NATIONAL_IDENTIFICATION_NUMBER": r"[CFGHJKLMNPRTVWXYZ][0-9CFGHJKLMNPRTVWXYZ]{8}[0-9]?",
    "SPAIN_DNI_NUMBER": r"[0-9]{8}-?[A-Z]",
}


# --- languages ------------------------------------------------------------------------------------
# Per language: sentences that put a keyword right before a value ({kw} ... {val}), neutral filler
# (no digits, no keyword of any identifier, no region word: checked at start-up), greetings,
# subjects, neutral sentences for a value without any keyword ({val}), form labels (title, name,
# city, role), job titles, chat roles, note headings.

def pack(say, greet, close, filler, subject, neutral, form, roles, agent, customer, note):
    return dict(say=say, greet=greet, close=close, filler=filler, subject=subject, neutral=neutral, form=form,
                roles=roles, agent=agent, customer=customer, note=note)


LANG = {
    "en": pack(("My {kw} is {val}.", "Here is my {kw}: {val}", "{kw}: {val}", "Please update the {kw} to {val} in your records.",
                "The {kw} on file should read {val}, not the old one.", "I have attached a scan; the {kw} is {val}."),
               ("Hello,", "Hi team,", "Good morning,"), ("Kind regards,", "Thanks in advance,", "Best wishes,"),
               ("I am writing about the application I sent last week.", "Could you please check the details below?",
                "Nothing else has changed since my previous message.", "Let me know if anything else is needed on your side.",
                "The form kept showing an error when I tried to save it.", "I would appreciate a quick confirmation once it is done."),
               ("Update to my details", "Question about my application", "Correction needed on my file"),
               ("Our order reference is {val}.", "Tracking code {val} shows the parcel in transit.",
                "Please quote reference {val} in any reply."),
               ("Personal details", "Name", "City", "Job title"),
               ("accountant", "nurse", "warehouse clerk", "engineer", "teacher", "sales assistant"),
               "Agent", "Customer", ("Back-office note:", "Onboarding:", "File update:")),
    "de": pack(("Meine {kw} lautet {val}.", "Anbei meine {kw}: {val}", "{kw}: {val}", "Bitte ändern Sie die {kw} auf {val}.",
                "Die richtige {kw} ist {val}, danke."),
               ("Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,"), ("Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße"),
               ("Ich schreibe wegen meines Antrags von letzter Woche.", "Könnten Sie die folgenden Angaben prüfen?",
                "Sonst hat sich seit meiner letzten Nachricht nichts geändert.", "Melden Sie sich gern, falls noch etwas fehlt.",
                "Das Formular zeigte beim Speichern eine Fehlermeldung."),
               ("Änderung meiner Daten", "Frage zu meiner Anmeldung", "Korrektur in meiner Akte"),
               ("Die Bestellreferenz lautet {val}.", "Sendungsverfolgung: {val}", "Bitte geben Sie die Referenz {val} an."),
               ("Personalbogen", "Name", "Ort", "Funktion"), ("Buchhalterin", "Pfleger", "Ingenieurin", "Lehrer", "Lagerist"),
               "Support", "Kunde", ("Aktenvermerk:", "Einstellung:", "Vermerk:")),
    "fr": pack(("Mon {kw} est {val}.", "Voici mon {kw} : {val}", "{kw} : {val}", "Merci de corriger le {kw} en {val}.",
                "Le bon {kw} est {val}, merci."),
               ("Bonjour,", "Madame, Monsieur,", "Bonjour à toute l'équipe,"), ("Cordialement,", "Bien à vous,", "Merci d'avance,"),
               ("Je vous écris au sujet de mon dossier ouvert la semaine dernière.", "Pourriez-vous vérifier les informations ci-dessous ?",
                "Rien d'autre n'a changé depuis mon dernier message.", "Je reste à votre disposition pour toute pièce manquante.",
                "Le formulaire affichait une erreur à l'enregistrement."),
               ("Mise à jour de mon dossier", "Question sur mon inscription", "Correction à apporter"),
               ("La référence de commande est {val}.", "Suivi du colis : {val}.", "Merci de rappeler la référence {val}."),
               ("Fiche individuelle", "Nom", "Ville", "Poste"), ("comptable", "infirmière", "ingénieur", "professeure", "magasinier"),
               "Conseiller", "Client", ("Note :", "Embauche :", "Mise à jour du dossier :")),
    "es": pack(("Mi {kw} es {val}.", "Les envío mi {kw}: {val}", "{kw}: {val}", "Por favor, actualicen el {kw} a {val}.",
                "El {kw} correcto es {val}, gracias."),
               ("Hola,", "Buenos días,", "Estimados señores:"), ("Saludos cordiales,", "Muchas gracias,", "Un saludo,"),
               ("Les escribo por el trámite que inicié la semana pasada.", "¿Podrían revisar los datos que indico abajo?",
                "No ha cambiado nada más desde mi último mensaje.", "Quedo atento a cualquier otra información que necesiten.",
                "El formulario daba un error al intentar guardarlo."),
               ("Actualización de mis datos", "Consulta sobre mi alta", "Corrección en mi expediente"),
               ("Referencia del pedido: {val}.", "Código de seguimiento {val}, todavía en tránsito.",
                "Por favor indiquen la referencia {val} en su respuesta."),
               ("Ficha de datos", "Nombre", "Ciudad", "Cargo"), ("contable", "enfermera", "ingeniero", "profesora", "administrativo"),
               "Agente", "Cliente", ("Nota interna:", "Alta de empleado:", "Actualización del expediente:")),
    "it": pack(("Il mio {kw} è {val}.", "Vi invio il mio {kw}: {val}", "{kw}: {val}", "Per favore aggiornate il {kw} in {val}.",
                "Il {kw} corretto è {val}, grazie."),
               ("Buongiorno,", "Salve,", "Gentili signori,"), ("Cordiali saluti,", "Grazie mille,", "Distinti saluti,"),
               ("Vi scrivo per la pratica aperta la settimana scorsa.", "Potreste verificare i dati qui sotto?",
                "Non è cambiato altro dal mio ultimo messaggio.", "Resto a disposizione per eventuali documenti mancanti.",
                "Il modulo dava un errore al salvataggio."),
               ("Aggiornamento dei miei dati", "Domanda sulla mia iscrizione", "Correzione della pratica"),
               ("Il riferimento dell'ordine è {val}.", "Codice di tracciamento {val}.", "Indicate il riferimento {val} nella risposta."),
               ("Scheda", "Nome", "Città", "Ruolo"), ("contabile", "infermiera", "ingegnere", "insegnante", "magazziniere"),
               "Operatore", "Cliente", ("Nota interna:", "Assunzione:", "Aggiornamento pratica:")),
    "pt": pack(("Meu {kw} é {val}.", "Segue o meu {kw}: {val}", "{kw}: {val}", "Por favor, atualizem o {kw} para {val}.",
                "O {kw} correto é {val}, obrigado."),
               ("Olá,", "Bom dia,", "Prezados,"), ("Atenciosamente,", "Obrigado,", "Abraços,"),
               ("Escrevo sobre o pedido que iniciei na semana passada.", "Poderiam conferir os dados abaixo?",
                "Nada mais mudou desde a minha última mensagem.", "Fico no aguardo se precisarem de mais alguma informação.",
                "O formulário dava erro ao tentar salvar."),
               ("Atualização dos meus dados", "Dúvida sobre o meu pedido", "Correção no meu registro"),
               ("O código do pedido é {val}.", "Código de rastreio {val}, ainda em trânsito.", "Favor citar a referência {val} na resposta."),
               ("Ficha de dados", "Nome", "Cidade", "Cargo"), ("contadora", "enfermeiro", "engenheira", "professor", "vendedor"),
               "Atendente", "Cliente", ("Nota interna:", "Admissão:", "Atualização da ficha:")),
    "nl": pack(("Mijn {kw} is {val}.", "Hierbij mijn {kw}: {val}", "{kw}: {val}", "Graag het {kw} wijzigen in {val}.",
                "Het juiste {kw} is {val}, bedankt."),
               ("Hallo,", "Goedemorgen,", "Beste collega's,"), ("Met vriendelijke groet,", "Alvast bedankt,", "Groeten,"),
               ("Wij schrijven over de aanvraag van vorige week.", "Kunt u de gegevens hieronder controleren?",
                "Verder is er niets veranderd sinds het vorige bericht.", "Laat het gerust weten als er nog iets ontbreekt.",
                "Het formulier gaf een foutmelding bij het opslaan."),
               ("Wijziging van mijn gegevens", "Vraag over mijn aanmelding", "Correctie in mijn dossier"),
               ("De bestelreferentie is {val}.", "Trackingcode {val}, nog onderweg.", "Vermeld referentie {val} in uw antwoord."),
               ("Personeelsformulier", "Naam", "Plaats", "Functie"), ("boekhouder", "verpleegkundige", "ingenieur", "docent", "magazijnmedewerker"),
               "Medewerker", "Klant", ("Notitie:", "Indiensttreding:", "Dossierupdate:")),
    "bg": pack(("Моят {kw} е {val}.", "Изпращам {kw}: {val}", "{kw}: {val}", "Моля, коригирайте {kw} на {val}."),
               ("Здравейте,", "Добър ден,"), ("Поздрави,", "Благодаря предварително,"),
               ("Пиша относно заявлението от миналата седмица.", "Моля, проверете данните по-долу.",
                "Нищо друго не се е променило.", "Формулярът показа грешка при запис."),
               ("Промяна на данни", "Въпрос за заявлението"),
               ("Референция на поръчката: {val}.", "Код за проследяване {val}."),
               ("Лични данни", "Име", "Град", "Длъжност"), ("счетоводител", "медицинска сестра", "инженер"),
               "Оператор", "Клиент", ("Бележка:", "Назначаване:")),
    "hr": pack(("Moja {kw} je {val}.", "Šaljem {kw}: {val}", "{kw}: {val}", "Molim ispravite {kw} na {val}."),
               ("Poštovani,", "Dobar dan,"), ("Lijep pozdrav,", "Hvala unaprijed,"),
               ("Pišem u vezi zahtjeva od prošlog tjedna.", "Molim provjerite podatke u nastavku.",
                "Ništa se drugo nije promijenilo.", "Obrazac je javio grešku pri spremanju."),
               ("Promjena podataka", "Upit o zahtjevu"),
               ("Referenca narudžbe je {val}.", "Kod za praćenje {val}."),
               ("Osobni podaci", "Ime", "Grad", "Radno mjesto"), ("knjigovođa", "medicinska sestra", "inženjer"),
               "Agent", "Korisnik", ("Bilješka:", "Zapošljavanje:")),
    "el": pack(("Η {kw} μου είναι {val}.", "Σας στέλνω {kw}: {val}", "{kw}: {val}", "Παρακαλώ διορθώστε {kw} σε {val}."),
               ("Καλημέρα,", "Αγαπητοί κύριοι,"), ("Με εκτίμηση,", "Ευχαριστώ εκ των προτέρων,"),
               ("Γράφω για την αίτηση της προηγούμενης εβδομάδας.", "Μπορείτε να ελέγξετε τα παρακάτω στοιχεία;",
                "Τίποτε άλλο δεν έχει αλλάξει.", "Η φόρμα έβγαζε σφάλμα κατά την αποθήκευση."),
               ("Αλλαγή στοιχείων", "Ερώτηση για την αίτηση"),
               ("Κωδικός παραγγελίας: {val}.", "Κωδικός αποστολής {val}."),
               ("Στοιχεία", "Όνομα", "Πόλη", "Θέση"), ("λογίστρια", "νοσηλευτής", "μηχανικός"),
               "Υπάλληλος", "Πελάτης", ("Σημείωση:", "Πρόσληψη:")),
    "cs": pack(("Moje {kw} je {val}.", "Posílám {kw}: {val}", "{kw}: {val}", "Prosím opravte {kw} na {val}."),
               ("Dobrý den,", "Vážení,"), ("S pozdravem,", "Děkuji předem,"),
               ("Píšu kvůli žádosti z minulého týdne.", "Mohli byste zkontrolovat údaje níže?",
                "Jinak se nezměnilo vůbec.", "Formulář hlásil chybu při ukládání."),
               ("Změna údajů", "Dotaz k žádosti"), ("Reference objednávky je {val}.", "Sledovací kód {val}."),
               ("Osobní údaje", "Jméno", "Město", "Pozice"), ("účetní", "zdravotní sestra", "inženýr"),
               "Operátor", "Zákazník", ("Poznámka:", "Nástup:")),
    "da": pack(("Mit {kw} er {val}.", "Her er mit {kw}: {val}", "{kw}: {val}", "Ret venligst {kw} til {val}."),
               ("Hej,", "Goddag,"), ("Venlig hilsen", "På forhånd tak,"),
               ("Jeg skriver angående ansøgningen fra sidste uge.", "Kan I tjekke oplysningerne nedenfor?",
                "Intet andet er ændret.", "Formularen viste en fejl ved gemning."),
               ("Ændring af oplysninger", "Spørgsmål om ansøgning"), ("Ordrereferencen er {val}.", "Sporingskode {val}."),
               ("Personoplysninger", "Navn", "By", "Stilling"), ("bogholder", "sygeplejerske", "ingeniør"),
               "Medarbejder", "Kunde", ("Notat:", "Ansættelse:")),
    "et": pack(("Minu {kw} on {val}.", "Saadan {kw}: {val}", "{kw}: {val}", "Palun parandage {kw}: {val}."),
               ("Tere,", "Lugupeetud,"), ("Lugupidamisega,", "Tänan ette,"),
               ("Kirjutan eelmise nädala taotluse kohta.", "Palun kontrollige allolevaid andmeid.",
                "Muud midagi ei ole muutunud.", "Vorm andis salvestamisel vea."),
               ("Andmete muutmine", "Küsimus taotluse kohta"), ("Tellimuse viide on {val}.", "Jälgimiskood {val}."),
               ("Isikuandmed", "Nimi", "Linn", "Ametikoht"), ("raamatupidaja", "õde", "insener"),
               "Teenindaja", "Klient", ("Märkus:", "Tööle asumine:")),
    "fi": pack(("{kw} on {val}.", "Lähetän tiedot, {kw}: {val}", "{kw}: {val}", "Korjatkaa {kw} muotoon {val}."),
               ("Hei,", "Hyvä vastaanottaja,"), ("Ystävällisin terveisin,", "Kiitos jo etukäteen,"),
               ("Kirjoitan viime viikon hakemuksesta.", "Voisitteko tarkistaa alla olevat tiedot?",
                "Muuta ei ole muuttunut.", "Lomake antoi virheen tallennettaessa."),
               ("Tietojen muutos", "Kysymys hakemuksesta"), ("Tilausviite on {val}.", "Seurantakoodi {val}."),
               ("Henkilötiedot", "Nimi", "Kaupunki", "Tehtävä"), ("kirjanpitäjä", "sairaanhoitaja", "insinööri"),
               "Asiakaspalvelu", "Asiakas", ("Muistiinpano:", "Työsuhteen alku:")),
    "hu": pack(("A {kw}: {val}.", "Küldöm, {kw}: {val}", "{kw}: {val}", "Kérem, javítsák a {kw} adatot erre: {val}."),
               ("Jó napot,", "Tisztelt Hölgyem, Uram,"), ("Üdvözlettel,", "Előre is köszönöm,"),
               ("A múlt heti kérelmemmel kapcsolatban írok.", "Ellenőriznék az alábbi adatokat?",
                "Más nem változott.", "Az űrlap hibát jelzett mentéskor."),
               ("Adatmódosítás", "Kérdés a kérelemről"), ("A rendelés hivatkozása {val}.", "Követési kód {val}."),
               ("Személyes adatok", "Név", "Város", "Beosztás"), ("könyvelő", "ápoló", "mérnök"),
               "Ügyintéző", "Ügyfél", ("Feljegyzés:", "Belépés:")),
    "lv": pack(("Mana {kw} ir {val}.", "Nosūtu {kw}: {val}", "{kw}: {val}", "Lūdzu, labojiet {kw} uz {val}."),
               ("Labdien,", "Cienījamie,"), ("Ar cieņu,", "Paldies jau iepriekš,"),
               ("Rakstu par pagājušās nedēļas pieteikumu.", "Lūdzu, pārbaudiet tālāk norādītos datus.",
                "Nekas cits nav mainījies.", "Veidlapa saglabājot rādīja kļūdu."),
               ("Datu maiņa", "Jautājums par pieteikumu"), ("Pasūtījuma atsauce ir {val}.", "Izsekošanas kods {val}."),
               ("Personas dati", "Vārds", "Pilsēta", "Amats"), ("grāmatvede", "medmāsa", "inženieris"),
               "Operators", "Klients", ("Piezīme:", "Pieņemšana darbā:")),
    "lt": pack(("Mano {kw} yra {val}.", "Siunčiu {kw}: {val}", "{kw}: {val}", "Prašau pataisyti {kw} į {val}."),
               ("Laba diena,", "Gerbiamieji,"), ("Pagarbiai,", "Iš anksto dėkoju,"),
               ("Rašau dėl praėjusios savaitės prašymo.", "Ar galėtumėte patikrinti toliau pateiktus duomenis?",
                "Daugiau niekas nepasikeitė.", "Forma išsaugant rodė klaidą."),
               ("Duomenų keitimas", "Klausimas dėl prašymo"), ("Užsakymo nuoroda yra {val}.", "Sekimo kodas {val}."),
               ("Asmens duomenys", "Vardas", "Miestas", "Pareigos"), ("buhalterė", "slaugytoja", "inžinierius"),
               "Operatorius", "Klientas", ("Pastaba:", "Priėmimas:")),
    "pl": pack(("Mój {kw} to {val}.", "Przesyłam {kw}: {val}", "{kw}: {val}", "Proszę poprawić {kw} na {val}."),
               ("Dzień dobry,", "Szanowni Państwo,"), ("Pozdrawiam,", "Z góry dziękuję,"),
               ("Piszę w sprawie wniosku z zeszłego tygodnia.", "Czy mogliby Państwo sprawdzić poniższe dane?",
                "Poza tym wszystko bez zmian.", "Formularz pokazywał błąd przy zapisie."),
               ("Zmiana danych", "Pytanie o wniosek"), ("Referencja zamówienia to {val}.", "Kod śledzenia {val}."),
               ("Dane osobowe", "Imię i nazwisko", "Miasto", "Stanowisko"), ("księgowa", "pielęgniarz", "inżynier"),
               "Konsultant", "Klient", ("Notatka:", "Zatrudnienie:")),
    "ro": pack(("{kw} meu este {val}.", "Vă trimit {kw}: {val}", "{kw}: {val}", "Vă rog corectați {kw} în {val}."),
               ("Bună ziua,", "Stimate domn, stimată doamnă,"), ("Cu stimă,", "Mulțumesc anticipat,"),
               ("Vă scriu în legătură cu cererea de săptămâna trecută.", "Puteți verifica datele de mai jos?",
                "Altceva nu s-a schimbat.", "Formularul a afișat o eroare la salvare."),
               ("Modificare date", "Întrebare despre cerere"), ("Referința comenzii este {val}.", "Cod de urmărire {val}."),
               ("Date personale", "Nume", "Oraș", "Funcție"), ("contabilă", "asistent medical", "inginer"),
               "Operator", "Client", ("Notă:", "Angajare:")),
    "sk": pack(("Moje {kw} je {val}.", "Posielam {kw}: {val}", "{kw}: {val}", "Prosím opravte {kw} na {val}."),
               ("Dobrý deň,", "Vážení,"), ("S pozdravom,", "Vopred ďakujem,"),
               ("Píšem kvôli žiadosti z minulého týždňa.", "Mohli by ste skontrolovať údaje nižšie?",
                "Nič iné sa nezmenilo.", "Formulár hlásil chybu pri ukladaní."),
               ("Zmena údajov", "Otázka k žiadosti"), ("Referencia objednávky je {val}.", "Sledovací kód {val}."),
               ("Osobné údaje", "Meno", "Mesto", "Pozícia"), ("účtovníčka", "zdravotná sestra", "inžinier"),
               "Operátor", "Zákazník", ("Poznámka:", "Nástup:")),
    "sl": pack(("Moje {kw} je {val}.", "Pošiljam {kw}: {val}", "{kw}: {val}", "Prosim, popravite {kw} na {val}."),
               ("Pozdravljeni,", "Spoštovani,"), ("Lep pozdrav,", "Hvala vnaprej,"),
               ("Pišem glede vloge iz prejšnjega tedna.", "Ali lahko preverite spodnje podatke?",
                "Drugega se ni spremenilo.", "Obrazec je ob shranjevanju javil napako."),
               ("Sprememba podatkov", "Vprašanje o vlogi"), ("Sklic naročila je {val}.", "Koda za sledenje {val}."),
               ("Osebni podatki", "Ime", "Kraj", "Delovno mesto"), ("računovodkinja", "medicinska sestra", "inženir"),
               "Operater", "Stranka", ("Zaznamek:", "Zaposlitev:")),
    "sv": pack(("Mitt {kw} är {val}.", "Här är mitt {kw}: {val}", "{kw}: {val}", "Ändra gärna {kw} till {val}."),
               ("Hej,", "God dag,"), ("Vänliga hälsningar,", "Tack på förhand,"),
               ("Jag skriver angående ansökan från förra veckan.", "Kan ni kontrollera uppgifterna nedan?",
                "Inget annat har ändrats.", "Formuläret visade ett fel vid sparandet."),
               ("Ändring av uppgifter", "Fråga om ansökan"), ("Orderreferensen är {val}.", "Spårningskod {val}."),
               ("Personuppgifter", "Namn", "Ort", "Befattning"), ("revisor", "sjuksköterska", "ingenjör"),
               "Handläggare", "Kund", ("Anteckning:", "Anställning:")),
    "mt": pack(("Il-{kw} tiegħi huwa {val}.", "Qed nibgħat il-{kw}: {val}", "{kw}: {val}", "Jekk jogħġbok biddlu l-{kw} għal {val}."),
               ("Bonġu,", "Għeżież,"), ("Dejjem tagħkom,", "Grazzi bil-quddiem,"),
               ("Qed nikteb dwar l-applikazzjoni tal-ġimgħa l-oħra.", "Tistgħu tiċċekkjaw id-dettalji hawn taħt?",
                "Xejn ieħor ma nbidel.", "Il-formola tat żball meta ppruvajt nissejvjaha."),
               ("Bdil fid-dettalji", "Mistoqsija dwar l-applikazzjoni"), ("Ir-referenza tal-ordni hija {val}.", "Kodiċi tat-traċċar {val}."),
               ("Dettalji personali", "Isem", "Belt", "Pożizzjoni"), ("accountant", "infermiera", "inġinier"),
               "Aġent", "Klijent", ("Nota:", "Impjieg:")),
}
LOCALE = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "pt": "pt_PT", "nl": "nl_NL",
          "bg": "bg_BG", "hr": "hr_HR", "el": "el_GR", "cs": "cs_CZ", "da": "da_DK", "et": "et_EE", "fi": "fi_FI",
          "hu": "hu_HU", "lv": "lv_LV", "lt": "lt_LT", "pl": "pl_PL", "ro": "ro_RO", "sk": "sk_SK", "sl": "sl_SI",
          "sv": "sv_SE", "mt": "en_GB"}
COUNTRY_LOCALE = {"us": "en_US", "ca": "en_CA", "au": "en_AU", "in": "en_IN", "gb": "en_GB", "ie": "en_IE", "br": "pt_BR",
                  "ar": "es_AR", "be": "nl_BE", "at": "de_AT", "lu": "fr_FR", "cy": "el_GR", "mt": "en_GB"}


# --- keywords as trawl matches them ---------------------------------------------------------------
# ASCII-case-insensitive, whole words: the bytes before and after are not ASCII letters or
# digits. Column names and JSON keys are also read split into words (`dlNumber` -> `dl number`).

ALNUM = frozenset(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
EX = "EX:"       # prefix of the existing identifiers' pseudo-ids


def split_key(key: str) -> str:
    k = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", key)
    k = "".join(ch if ch.isalnum() else " " for ch in k)
    return " ".join(k.lower().split())


def single_token_keys(s: Scheme):
    return {k.lower() for k in s.keys if split_key(k) == k.lower()}


def lower_ascii(s: str) -> str:
    return s.encode().lower().decode()


class KeywordIndex:
    def __init__(self):
        self.ids_of = defaultdict(set)
        for s in SCHEMES.values():
            for k in set(s.keywords) | single_token_keys(s):
                self.ids_of[k.encode().lower()].add(s.key)
        for eid, words in EXISTING.items():
            for k in words:
                self.ids_of[k.encode().lower()].add(EX + eid)
        self.by_head = defaultdict(list)
        for k, ids in self.ids_of.items():
            self.by_head[k[:2]].append((k, frozenset(ids)))
        self.longest = max(len(k) for k in self.ids_of)

    def find(self, data: bytes, lo: int, hi: int, start_lo: int = 0):
        """(start, end, keyword, ids) of whole-word keywords in data ending in [lo, hi] and
        starting at or after start_lo."""
        out = []
        a = max(start_lo, lo - self.longest, 0)
        hay = data[a:hi + 1].lower()
        n = len(data)
        for i in range(len(hay)):
            pos = a + i
            if pos > 0 and data[pos - 1] in ALNUM:
                continue
            for k, ids in self.by_head.get(hay[i:i + 2], ()):
                end = pos + len(k)
                if lo <= end <= hi and data[pos:end].lower() == k and (end == n or data[end] not in ALNUM):
                    out.append((pos, end, k.decode(), ids))
        return out

    def in_text(self, text: str):
        data = text.encode()
        return self.find(data, 0, len(data))


KW = None        # built in generate()
KW_IDS = {}      # key -> its keywords (ASCII lower case) and single-token keys
SHARED = {}      # (key, keyword) -> other keys of its group with that keyword

# Region words (state, province, country names and codes), matched with their case as written.
REGION_OWNER = defaultdict(set)
REGION_RX = None


def build_regions():
    global REGION_RX
    for s in SCHEMES.values():
        for w in s.region_words():
            REGION_OWNER[w].add(s.key)
    alts = sorted(REGION_OWNER, key=len, reverse=True)
    REGION_RX = re.compile(rb"(?<![0-9A-Za-z])(?:" + b"|".join(re.escape(w.encode()) for w in alts) + rb")(?![0-9A-Za-z])")


def regions_before(data: bytes, s: int):
    """Keys owning a region word in the REACH bytes before s."""
    out = set()
    for m in REGION_RX.finditer(data, max(0, s - REACH), s):
        out |= REGION_OWNER[m.group().decode()]
    return out


# --- shapes as a scanner matches them ----------------------------------------------------------------

LEFT = rb"(?<![0-9A-Za-z_./\-])"
RIGHT = rb"(?=$|[^0-9A-Za-z_/\-]|[.\-](?:$|[^0-9A-Za-z]))"
REGEX = {}
EX_REGEX = {}


def build_regexes():
    for s in SCHEMES.values():
        if s.core:
            REGEX[s.key] = re.compile(LEFT + b"(" + s.core.encode() + b")" + RIGHT)
    for eid, core in EXISTING_SHAPES.items():
        EX_REGEX[eid] = re.compile(LEFT + b"(" + core.encode() + b")" + RIGHT)


def shape_ok(key: str, value: str) -> bool:
    data = b" " + value.encode() + b" "
    m = REGEX[key].search(data)
    return bool(m) and m.span(1) == (1, len(data) - 1)


def matches_over(rx, data: bytes, s: int, e: int):
    """Matches of rx, read leftmost-first from 60 bytes before the value, that overlap data[s:e]:
    (start, end, value)."""
    out = []
    for m in rx.finditer(data, max(0, s - 60)):
        if m.start(1) >= e:
            break
        if m.end(1) > s:
            out.append((m.start(1), m.end(1), m.group(1).decode("utf-8", "replace")))
    return out


# --- other identifiers' shapes ----------------------------------------------------------------------

CARD_PREFIXES = ("4", "51", "52", "53", "54", "55", "2221-2720", "34", "37", "6011", "644-649", "65",
                 "3528-3589", "300-305", "36", "38", "39", "62", "50", "56", "57", "58", "6304", "6759",
                 "6761-6763", "5019")


def card_brand_prefix(d: str) -> bool:
    for p in CARD_PREFIXES:
        if "-" in p:
            lo, hi = p.split("-")
            if lo <= d[:len(lo)] <= hi:
                return True
        elif d.startswith(p):
            return True
    return False


def card_like(text: str) -> bool:
    """A run of 12-19 digits (single spaces or dashes between groups allowed) that passes Luhn and
    starts like a card brand: trawl's card rule reports it without a keyword."""
    for m in re.finditer(r"\d(?:[ \-]?\d)*", text):
        d = digits_of(m.group())
        if 12 <= len(d) <= 19 and luhn_ok(d) and card_brand_prefix(d):
            return True
    return False


def iban_like(text: str) -> bool:
    for m in re.finditer(r"(?<![0-9A-Za-z_])[A-Z]{2}[0-9]{2}[A-Z0-9 ]{11,34}", text):
        s = m.group().replace(" ", "")
        for j in range(15, len(s) + 1):
            t = s[:j]
            if int("".join(str(int(ch, 36)) for ch in t[4:] + t[:4])) % 97 == 1:
                return True
    return False


def phone_intl_like(text: str) -> bool:
    return re.search(r"(?:^|[^0-9A-Za-z_+.\-/])(?:\+|00)[1-9]", text) is not None


def clean_value(w: str) -> bool:
    return not (card_like(w) or iban_like(w) or phone_intl_like(" " + w) or "@" in w
                or any(ord(ch) < 32 and ch != "\n" for ch in w))


# --- planted values and documents --------------------------------------------------------------------

@dataclass
class Plant:
    value: str                # the value
    text: str                 # as written in the file (JSON-escaped in JSON)
    identifier: object        # the id for a positive, None for a look-alike
    kind: str
    scheme: str               # key of the scheme whose value (positive) or look-alike it is
    role: str                 # "pos", or look-alike kind "a", "b", "c", "d"
    how: str                  # "text", "form", "csv", "json"
    keyword: str = ""
    fields: tuple = ()
    detail: str = ""
    region: str = ""          # region code of a positive
    region_word: str = ""     # region word written with the keyword


def split_hits(key: str):
    data = split_key(key).encode()
    return KW.find(data, 0, len(data))


class Doc:
    def __init__(self, path: str, kind: str):
        self.path, self.kind = path, kind
        self.buf = bytearray()
        self.spans = []           # (start, end, plant)
        self.keyocc = []          # (end, keyword, ids) of keywords in column names and JSON keys
        self.csv_delim = ","

    def mark(self):
        return len(self.buf), len(self.spans), len(self.keyocc)

    def rollback(self, m):
        del self.buf[m[0]:]
        del self.spans[m[1]:]
        del self.keyocc[m[2]:]

    def add(self, parts):
        for p in parts:
            if isinstance(p, Plant):
                data = p.text.encode()
                self.spans.append((len(self.buf), len(self.buf) + len(data), p))
                self.buf += data
            else:
                self.buf += p.encode()

    def register_key(self, end: int, key: str):
        for _, _, k, ids in split_hits(key):
            self.keyocc.append((end, k, ids))

    def register_json_keys(self, start: int):
        for m in re.finditer(rb'"((?:[^"\\]|\\.)*)"\s*:', bytes(self.buf[start:])):
            self.register_key(start + m.end(1) + 1, json.loads(b'"' + m.group(1) + b'"'))

    def problems(self, since: int = 0):
        out = []
        for s, e, p in self.spans[since:]:
            out += plant_problems(self, s, e, p)
        return out


def reach(doc: Doc, s: int, e: int, p: Plant):
    """{id: [(keyword end or None, keyword, where)]} of the keywords in reach of a value: whole
    words ending in the REACH bytes before it, keywords of column names and JSON keys ending
    there, and its own column / key path (any distance)."""
    out = defaultdict(list)
    data = bytes(doc.buf)
    for ks, ke, k, ids in KW.find(data, s - REACH, s):
        for i in ids:
            out[i].append((ke, k, "text"))
    for ke, k, ids in doc.keyocc:
        if s - REACH <= ke <= s:
            for i in ids:
                out[i].append((ke, k, "key text"))
    for f in p.fields:
        for _, _, k, ids in split_hits(f):
            for i in ids:
                out[i].append((None, k, "field " + f))
    return out


def own_keyword_ok(doc: Doc, s: int, e: int, p: Plant, r) -> bool:
    x = SCHEMES[p.scheme]
    mine = r.get(p.scheme, ())
    if p.how in ("csv", "json"):
        return any(where == "field " + p.fields[-1] for _, _, where in mine)
    ends = [ke for ke, _, where in mine if ke is not None and where == "text" and ke <= s]
    if x.key == "cookie":
        return any(s - ke <= 2 for ke in ends)
    if len(p.text.encode()) > LONG_VALUE:
        return any(s - ke <= NEAR_START for ke in ends)
    return any(e - ke <= KEYWORD_DISTANCE for ke in ends)


def resolved_by_region(p: Plant, ident: str, data: bytes, s: int) -> bool:
    """Identifiers of one group share keywords and shapes: the planted one is told apart by a
    region word of its own in reach and none of the other's."""
    x, y = SCHEMES[p.scheme], SCHEMES[ident]
    if not x.group or x.group != y.group or not x.regions or not y.regions:
        return False
    near = regions_before(data, s)
    return p.scheme in near and ident not in near


def neighbour_problems(p: Plant, x: Scheme, r, data: bytes, s: int, where: str):
    """Kind (c) only. Its keyword must not name the neighbour's value too (an HICN after "Medicare
    number"). For licences and passports: a neighbour's value after a keyword of the group with
    no region word of the planted country in reach is the neighbour's own (the neighbour's
    keywords in its language are more than the lists here), so a region word of the planted
    country must be in reach and none of the neighbour's; and no identifier with a keyword in
    reach may report the value by its full table (older formats too), unless told apart by
    region."""
    probs = []
    src = ID_KEY.get(p.detail, "")
    if lower_ascii(p.keyword) in x.c_not_after.get(src, ()):
        probs.append(f"{where}: {p.keyword!r} names {p.detail} too")
    if x.group not in ("dl", "pp"):
        return probs
    if x.regions:
        near = regions_before(data, s)
        if p.scheme not in near:
            probs.append(f"{where}: no region word of {x.id} in reach")
        if src in SCHEMES and SCHEMES[src].group == x.group and src in near:
            probs.append(f"{where}: a region word of {p.detail} in reach")
    for ident in r:
        if ident.startswith(EX):
            continue
        if SCHEMES[ident].reports_any(p.value) and not resolved_by_region(p, ident, data, s):
            probs.append(f"{where}: {IDS[ident]} would report {p.value!r} (full format table)")
    return probs


def plant_problems(doc: Doc, s: int, e: int, p: Plant):
    probs = []
    data = bytes(doc.buf)
    where = f"{doc.path}@{s} {p.scheme} {p.role} {p.value!r}"
    if data[s:e].decode() != p.text:
        return [f"{where}: bytes differ"]
    x = SCHEMES[p.scheme]
    r = reach(doc, s, e, p)
    for ident in r:
        if ident.startswith(EX):
            rx = EX_REGEX.get(ident[len(EX):])
            if rx is None or matches_over(rx, data, s, e):
                probs.append(f"{where}: existing identifier {ident[len(EX):]}'s keyword in reach: {r[ident][0][1]!r}")
    if p.role == "b" and r:
        probs.append(f"{where}: keyword in reach of a value planted without one: "
                     f"{sorted({k for v in r.values() for _, k, _ in v})}")
    window = data[max(0, s - 1):e + 1].decode("utf-8", "ignore")
    if card_like(p.value) or iban_like(p.value) or phone_intl_like(window) or "@" in p.value:
        probs.append(f"{where}: looks like a card, IBAN, international phone or e-mail")
    inside = [k for ks, ke, k, _ in KW.find(data, s + 1, e, start_lo=s + 1) if ke <= e]
    if inside:
        probs.append(f"{where}: keyword inside the value: {inside}")
    hit = False
    for ident in r:
        if ident.startswith(EX) or ident not in REGEX:
            continue
        y = SCHEMES[ident]
        for ms, me, mv in matches_over(REGEX[ident], data, s, e):
            if p.role == "pos" and ident == p.scheme and (ms, me) == (s, e):
                hit = True
                continue
            if not y.reported(mv):
                continue
            if p.role == "d" and ident == p.scheme and (ms, me) == (s, e):
                continue
            if resolved_by_region(p, ident, data, s):
                continue
            probs.append(f"{where}: {y.id} would report {mv!r}")
    if p.role == "c":
        probs += neighbour_problems(p, x, r, data, s, where)
    if p.role == "pos":
        if x.core is None:
            hit = x.reported(p.value)
        if not hit:
            probs.append(f"{where}: its own shape does not match it exactly")
        if not x.no_keyword and not own_keyword_ok(doc, s, e, p, r):
            probs.append(f"{where}: no keyword of its own close enough (or in its field)")
        if not x.reported(p.value) or x.is_specimen(p.value):
            probs.append(f"{where}: not a valid value")
    return probs


def place(doc: Doc, build, tries: int = 40, json_line: bool = False) -> bool:
    """Appends what build() returns (text pieces and Plants) if all its values pass the checks;
    else tries again with a fresh draw, up to `tries` times."""
    for t in range(tries):
        parts = build(t)
        if parts is None:
            continue
        m = doc.mark()
        doc.add(parts)
        if json_line:
            doc.register_json_keys(m[0])
        if not doc.problems(m[1]):
            return True
        doc.rollback(m)
    return False


class Fakers:
    """One seeded Faker per locale (seeded from the seed and the locale's name, never the
    process's hash seed)."""

    def __init__(self, seed: int):
        self.seed = seed
        self.pool = {}

    def get(self, locale: str) -> Faker:
        if locale not in self.pool:
            f = Faker(locale)
            f.seed_instance(self.seed * 1000 + sum(ord(c) * (i + 1) for i, c in enumerate(locale)))
            self.pool[locale] = f
        return self.pool[locale]


# --- values -----------------------------------------------------------------------------------------

USED = set()      # every planted positive, once


def positive_value(x: Scheme, rng):
    """(written value, variant, region): valid, of its shape, no specimen, no placeholder, new."""
    for _ in range(300):
        try:
            w, var, region = x.make(rng)
        except Exception:
            continue
        if not w or not x.reported(w) or x.is_specimen(w) or specimen_digits(w) or w in USED or not clean_value(w):
            continue
        if x.core and not shape_ok(x.key, w):
            continue
        USED.add(w)
        return w, var, region
    raise AssertionError(f"{x.id}: no positive value")


def bad_value(x: Scheme, rng):
    """Kind (a): the shape of a value of this id, and what makes it one broken."""
    for _ in range(200):
        got = x.bad(rng)
        if not got or not got[0]:
            continue
        w, what = got
        if x.reported(w) or not clean_value(w) or specimen_digits(w):
            continue
        return w, what
    return None


def neighbour_value(x: Scheme, rng):
    """Kind (c): another identifier's valid value after this one's keyword, that neither this
    identifier nor one sharing its keywords would report."""
    sources = [(1.0, k) for k in x.neighbours] + [(w, mk) for w, mk in x.extra_c]
    if not sources:
        return None
    for _ in range(40):
        src = weighted(rng, sources)
        if isinstance(src, str):
            y = SCHEMES[src]
            try:
                w = positive_value(y, rng)[0]
            except AssertionError:
                continue
            USED.discard(w)
            detail = y.id
        else:
            w, detail = src(rng)
        if x.reports_any(w) or not clean_value(w):
            continue
        if x.multiline != ("\n" in w):
            continue
        return w, detail
    return None


def with_run(chars, rng, positions):
    if len(positions) < 7:
        return None
    i = rng.randrange(0, len(positions) - 6)
    start = rng.randint(0, 9)
    step = rng.choice((1, -1))
    if step == 1 and start > 3 or step == -1 and start < 6:
        return None
    out = list(chars)
    for k, pos in enumerate(positions[i:i + 7]):
        out[pos] = str((start + step * k) % 10)
    return out


def dummy_value(x: Scheme, rng):
    """A valid value whose digits are one digit repeated or hold a 7-digit run (what people type
    as a dummy), its check characters recomputed."""
    for _ in range(300):
        w = positive_value(x, rng)[0]
        USED.discard(w)
        digit_pos = [i for i, ch in enumerate(w) if ch.isdigit()]
        cps = x.check_pos(w) if x.check_pos else digit_pos[-1:]
        body = [i for i in digit_pos if i not in cps]
        if rng.random() < 0.3:
            d = rng.choice("0123456789")
            chars = [d if i in body else ch for i, ch in enumerate(w)]
        else:
            chars = with_run(w, rng, body)
        if not chars:
            continue
        base = "".join(chars)
        cands = [base]
        if cps:
            alpha = [UPPER if w[i].isalpha() else DIGITS for i in cps]
            cands = []
            for combo in (range(len(alpha[0])) if len(cps) == 1 else range(len(alpha[0]) * len(alpha[1]))):
                c = list(base)
                if len(cps) == 1:
                    c[cps[0]] = alpha[0][combo]
                else:
                    c[cps[0]], c[cps[1]] = alpha[0][combo // len(alpha[1])], alpha[1][combo % len(alpha[1])]
                cands.append("".join(c))
        for c in cands:
            if x.reported(c) and specimen_digits(c) and clean_value(c):
                return c, "same-digit or sequential placeholder"
    return None


def specimen_value(x: Scheme, rng):
    if x.d_maker and rng.random() < 0.4:
        return x.d_maker(rng)
    if x.specimens and (not x.dummies or rng.random() < 0.45):
        return rng.choice(x.specimens)
    if x.dummies:
        return dummy_value(x, rng)
    return None


# --- documents --------------------------------------------------------------------------------------

POSITIVES = {"tickets": 18, "chat": 14, "notes": 14, "forms": 36, "csv": 40, "json": 40}
LOOKALIKES = {"a": {"tickets": 4, "chat": 3, "notes": 2, "forms": 4, "csv": 3, "json": 2},
              "c": {"tickets": 4, "chat": 3, "notes": 2, "forms": 3, "csv": 3, "json": 3},
              "d": {"tickets": 2, "chat": 2, "notes": 1, "forms": 3, "csv": 2, "json": 2},
              "b": {"tickets": 3, "chat": 2, "notes": 2, "forms": 0, "csv": 6, "json": 5}}
NEUTRAL_COLUMNS = ("order_ref", "tracking", "reference")
NEUTRAL_KEYS = ("reference", "tracking", "order_ref", "orderRef", "trackingCode")
EVENTS = ("customer.updated", "profile.verified", "kyc.completed", "employee.onboarded", "account.opened",
          "record.synced", "applicant.reviewed")
SOURCES = ("crm", "hr-portal", "app", "partner-api", "back-office")
STATUSES = ("active", "pending", "verified", "closed", "review")
CONTAINERS = (("customer",), ("data", "customer"), ("payload", "holder"), ("profile",), ("record", "person", "documents"),
              ("kyc", "applicant"), ("employee", "documents"), ("data", "holder"))
HTTP_CONTAINERS = (("request", "headers"), ("http", "request", "headers"), ("capture", "headers"))
SET_CONTAINERS = (("response", "headers"), ("http", "response", "headers"))
CARRIERS = ("northwind", "swiftline", "parcelpoint", "cargoline", "bluebox")
CHAT_OPEN = ("Thanks for reaching out, how can I help today?", "Could you confirm your details, please?",
             "Let me look into that for you.", "Which record should I update?", "Sure, go ahead.")
CHAT_CLOSE = ("Thanks, I have updated the record.", "Noted, thank you.", "Done. Anything else?",
              "Got it, I will pass this on to the back office.")
MRZ_LEADS = {"en": ("The scanner returned these lines:", "Reader output:", "OCR result from the document:"),
             "de": ("Ergebnis des Lesegeräts:", "Ausgabe des Scanners:"),
             "fr": ("Résultat du lecteur :", "Sortie du scanner :")}
PATHS = ("/account/orders", "/checkout", "/api/profile", "/dashboard", "/settings/security", "/cart")
HOSTS = ("portal.example.com", "shop.example.net", "app.example.org", "intranet.example.com")
COOKIE_NOTES = ("Login loop reproduced, request captured:", "Session lost after the redirect, the browser sent:",
                "Proxy log excerpt:")
# Digits allowed outside labels: the HTTP version and status of a captured message, the GS1 keyword.
HTTP_OK = re.compile(rb"HTTP/1\.1(?: (?:200|302) (?:OK|Found))?|(?<![0-9A-Za-z])GS1(?![0-9A-Za-z])")


class Gen:
    """Everything planted for one identifier."""

    def __init__(self, x: Scheme, seed: int):
        self.x = x
        self.rng = random.Random(f"{seed}:{x.key}")
        has = {"a": x.bad is not None, "b": not x.no_keyword, "c": bool(x.neighbours or x.extra_c),
               "d": bool(x.specimens) or x.dummies}
        self.look = {k: dict(v) for k, v in LOOKALIKES.items()}
        for shape in POSITIVES:
            missing = sum(self.look[k][shape] for k in "abcd" if not has[k])
            for k in "abcd":
                if not has[k]:
                    self.look[k][shape] = 0
            takers = [k for k in "acbd" if has[k] and not (k == "b" and shape == "forms")]
            for i in range(missing):
                self.look[takers[i % len(takers)]][shape] += 1
        self.shortfall = Counter()

    # people and places ------------------------------------------------------------------------
    def locale(self, lang):
        return COUNTRY_LOCALE.get(self.x.cc) if lang == self.x.langs[0] and self.x.cc in COUNTRY_LOCALE else LOCALE[lang]

    def clean_word(self, make):
        for _ in range(50):
            t = make()
            if not re.search(r"[0-9@\"]", t) and not KW.in_text(t) and "\n" not in t and not REGION_RX.search(t.encode()):
                return t
        return "Alex Morgan"

    def name(self, lang):
        f = FAKE.get(self.locale(lang))
        return self.clean_word(lambda: f.first_name() + " " + f.last_name())

    def city(self, lang):
        f = FAKE.get(self.locale(lang))
        listed = getattr(f.provider("faker.providers.address"), "cities", None)
        make = (lambda: f.random.choice(sorted(listed))) if isinstance(listed, list) else f.city
        return self.clean_word(make)

    # keywords ---------------------------------------------------------------------------------
    def keyword(self, lang, region, force=False):
        x, rng = self.x, self.rng
        words = x.text_kw.get(lang) or x.text_kw.get("en") or next(iter(x.text_kw.values()))
        kw = rng.choice(words)
        if not (x.regions and region):
            return kw, ""
        shared = SHARED.get((x.key, lower_ascii(kw)))
        prob = max(x.region_text, 0.9) if shared else x.region_text * 0.5
        if not force and rng.random() >= prob:
            return kw, ""
        cell, en, local = x.regions[region]
        word = en if lang == "en" else local
        return (f"{word} {kw}" if lang == "en" else f"{kw} ({word})"), word

    def any_region(self):
        return self.rng.choice(sorted(self.x.regions)) if self.x.regions else ""

    # values -----------------------------------------------------------------------------------
    def plant(self, role, how, lang, fields=()):
        """A Plant of the given role (None when none can be made), its keyword chosen for text."""
        x, rng = self.x, self.rng
        region, detail, var = "", "", ""
        if role == "b" and x.b_maker and how in ("text", "form"):
            w, detail = x.b_maker(rng)
            header, w = w
            var = header
        elif role in ("pos", "b"):
            if x.key == "cookie" and how == "csv":
                for _ in range(50):
                    w, var, region = cookie_make(rng, set_cookie=False)
                    if w not in USED and cookie_ok(w):
                        USED.add(w)
                        break
            else:
                w, var, region = positive_value(x, rng)
        elif role == "a":
            got = bad_value(x, rng)
            if not got:
                return None, None
            w, detail = got
        elif role == "c":
            got = neighbour_value(x, rng)
            if not got:
                return None, None
            w, detail = got
        else:
            got = specimen_value(x, rng)
            if not got:
                return None, None
            w, detail = got
        if x.key == "cookie" and role in ("a", "c"):
            region = "set" if rng.random() < 0.3 else ""
        if x.key == "cookie" and role == "d":
            region = "set" if "Set-Cookie" in detail else ""
        if role not in ("pos", "b") and x.regions:
            region = self.any_region()
        kw, rword = "", ""
        if how in ("text", "form") and role != "b":
            kw, rword = self.keyword(lang, region if x.key != "cookie" else "",
                                     force=(role == "c" and x.group in ("dl", "pp")))
        if how in ("csv", "json"):
            kw = fields[-1]
        text = json.dumps(w, ensure_ascii=False)[1:-1] if how == "json" else w
        if role == "pos":
            ctx = {"text": f"free text ({lang}) after {kw!r}", "form": f"form line {kw!r} ({lang})",
                   "csv": f"CSV column {kw!r}", "json": f"JSON key {'.'.join(fields)!r}"}[how]
            if x.key == "mrz" and how == "text" and not kw:
                ctx = f"free text ({lang}), no keyword"
            kind = f"{x.short} {var}; {ctx}"
            ident = x.id
        else:
            ident = None
            kind = {"a": f"{x.short}: {x.bad_kind} after keyword",
                    "b": f"{x.short}: valid value without any keyword" if not x.b_maker or how not in ("text", "form")
                    else f"{x.short}: another HTTP header with parameters",
                    "c": f"{x.short}: another identifier's value after keyword",
                    "d": f"{x.short}: specimen or placeholder value after keyword"}[role]
        p = Plant(w, text, ident, kind, x.key, role, how, kw, tuple(fields), detail,
                  region if role == "pos" and x.key != "cookie" else "", rword)
        p.header = var if role == "b" and x.b_maker and how in ("text", "form") else (
            "Set-Cookie" if region == "set" else "Cookie")
        return p, kw

    def say(self, lang, role, how, chat=False):
        """Sentence parts putting a value after its keyword (role b: in a neutral sentence)."""
        L, x, rng = LANG[lang], self.x, self.rng
        p, kw = self.plant(role, how, lang)
        if p is None:
            return None, None
        if x.key == "mrz":
            lead = rng.choice(MRZ_LEADS.get(lang, MRZ_LEADS["en"])) if role == "pos" and rng.random() < 0.3 else f"{kw}:"
            if lead != f"{kw}:":
                p.kind = p.kind.replace(f"after {kw!r}", "no keyword")
                p.keyword = ""
            return [lead, "\n", p, "\n"], p
        if x.key == "cookie":
            response = p.header == "Set-Cookie" or (role == "b" and p.header not in ("Accept", "Accept-Language"))
            if chat:
                if response:
                    return ["The response came back with this header:\n", f"{p.header}: ", p], p
                return ["curl -s -H '", f"{p.header}: ", p, f"' https://{rng.choice(HOSTS)}{rng.choice(PATHS)}"], p
            if response:
                head, tail = ["HTTP/1.1 200 OK\n", "Content-Type: text/html\n"], "Cache-Control: no-store\n"
            else:
                head, tail = [f"GET {rng.choice(PATHS)} HTTP/1.1\n", f"Host: {rng.choice(HOSTS)}\n"], "Accept: text/html\n"
            return head + [f"{p.header}: ", p, "\n", tail], p
        tpl = rng.choice(L["neutral"] if role == "b" else L["say"])
        if tpl.endswith("{val}"):
            tpl += "."
        if role != "b" and tpl.startswith("{kw}") and kw[:1].islower() and kw[:1].isascii():
            kw = kw[0].upper() + kw[1:]
        parts = []
        for i, piece in enumerate(re.split(r"\{(kw|val)\}", tpl)):
            if i % 2 == 0:
                if piece:
                    parts.append(piece)
            else:
                parts.append(kw if piece == "kw" else p)
        return parts, p

    def filler(self, lang, n=1):
        return " ".join(self.rng.sample(LANG[lang]["filler"], n))

    def roles(self, shape):
        roles = ["pos"] * POSITIVES[shape]
        for k in "abcd":
            roles += [k] * self.look[k][shape]
        self.rng.shuffle(roles)
        if shape in ("csv", "json"):
            head = [r for r in roles[:3] if r == "b"]
            roles = [r for r in roles[:3] if r != "b"] + roles[3:] + head
        return roles

    def place_role(self, doc, role, build_for):
        tried = [role] + (["b"] if role in "acd" and doc.kind != "forms" and not self.x.no_keyword else [])
        for r in tried:
            def build(t, r=r):
                parts, p = build_for(r)
                return parts

            if place(doc, build, json_line=(doc.kind == "json")):
                return True
        self.shortfall[(doc.kind, role)] += 1
        return False

    def tickets(self, path, lang):
        doc, L, rng = Doc(path, "tickets"), LANG[lang], self.rng
        for role in self.roles("tickets"):
            def build_for(r):
                sentence, p = self.say(lang, r, "text")
                if sentence is None:
                    return None, None
                code = "T-" + rand_of(rng, "BCDFGHJKLMNPQRSTVWXZ", 6)
                name = self.name(lang)
                nl = "\n" if self.x.key in ("cookie", "mrz") else " "
                head = [f"=== Ticket {code} ===\n", f"Subject: {rng.choice(L['subject'])}\n", f"From: {name}\n", "\n",
                        rng.choice(L["greet"]), "\n", self.filler(lang, 2 if r == "b" else 1), nl]
                tail = [nl if nl == " " else "", self.filler(lang), "\n", rng.choice(L["close"]), "\n", name, "\n\n"]
                return head + sentence + tail, p
            self.place_role(doc, role, build_for)
        return doc

    def chat(self, path, lang):
        doc, L, rng = Doc(path, "chat"), LANG[lang], self.rng
        doc.add([f"# chat export, {L['agent']} / {L['customer']}\n"])
        for role in self.roles("chat"):
            def build_for(r):
                sentence, p = self.say(lang, r, "text", chat=True)
                if sentence is None:
                    return None, None
                pre = [f"[{L['agent']}] ", rng.choice(CHAT_OPEN), "\n"]
                if r == "b":
                    pre += [f"[{L['customer']}] ", self.filler(lang, 2), "\n"]
                lead = [f"[{L['customer']}] "] + (["\n"] if self.x.key == "mrz" else [])
                return pre + lead + sentence + ["\n", f"[{L['agent']}] ", rng.choice(CHAT_CLOSE), "\n"], p
            self.place_role(doc, role, build_for)
        return doc

    def notes(self, path, lang):
        doc, L, rng = Doc(path, "notes"), LANG[lang], self.rng
        doc.add([f"{L['note'][0]}\n\n"])
        for role in self.roles("notes"):
            def build_for(r):
                sentence, p = self.say(lang, r, "text")
                if sentence is None:
                    return None, None
                pre = [f"- {self.name(lang)}, {rng.choice(L['roles'])}: "]
                if r == "b":
                    pre += [self.filler(lang, 2), " "]
                if self.x.key == "cookie":
                    pre += [rng.choice(COOKIE_NOTES), "\n"]
                elif self.x.key == "mrz":
                    pre += [rng.choice(L["note"]), "\n"]
                else:
                    pre += [rng.choice(L["note"]), " "]
                return pre + sentence + ["\n"], p
            self.place_role(doc, role, build_for)
        return doc

    def forms(self, path, langs):
        doc, rng, x = Doc(path, "forms"), self.rng, self.x
        for role in self.roles("forms"):
            lang = langs[0] if rng.random() < 0.7 or len(langs) == 1 else rng.choice(langs[1:])

            def build_for(r, lang=lang):
                L = LANG[lang]
                if x.key == "cookie":
                    sentence, p = self.say("en", r, "form")
                    if sentence is None:
                        return None, None
                    title = "Captured response" if sentence[0].startswith("HTTP") else "Captured request"
                    return [f"{title}\n"] + sentence + ["\n"], p
                p, kw = self.plant(r, "form", lang)
                if p is None:
                    return None, None
                label = kw[0].upper() + kw[1:] if kw[:1].isascii() and kw[:1].islower() else kw
                title, nlab, clab, rlab = L["form"]
                sep = ":\n" if x.multiline else ": "
                return [f"{title}\n", f"{nlab}: {self.name(lang)}\n", f"{clab}: {self.city(lang)}\n",
                        f"{label}{sep}", p, "\n", f"{rlab}: {rng.choice(L['roles'])}\n", "\n"], p
            self.place_role(doc, role, build_for)
        return doc

    def csv(self, path, lang):
        doc, rng, x = Doc(path, "csv"), self.rng, self.x
        delim = ";" if lang not in ("en",) and rng.random() < 0.6 else ","
        eol = "\r\n" if rng.random() < 0.3 else "\n"
        keys = [k for k in x.keys if x.key != "cookie" or "set" not in k.lower()]
        col = rng.choice(keys)
        neutral = rng.choice(NEUTRAL_COLUMNS)
        rcol = rng.choice(x.region_keys) if x.regions else None
        header = ["full_name"] + ([rcol] if rcol else []) + [col, "city", "status", neutral]
        for i, h in enumerate(header):
            if i:
                doc.add([delim])
            doc.add([h])
            doc.register_key(len(doc.buf), h)
        doc.add([eol])

        def cell(t):
            return '"' + t.replace('"', '""') + '"' if any(ch in t for ch in (delim, '"', "\n", "\r")) else t

        for role in self.roles("csv"):
            def build_for(r):
                name, city = self.name(lang), self.city(lang)
                if r == "b":
                    p, _ = self.plant("b", "csv", lang, (neutral,))
                    cells = [cell(name)] + ([""] if rcol else []) + ["", cell(city), rng.choice(STATUSES), None]
                else:
                    p, _ = self.plant(r, "csv", lang, (col,))
                    if p is None:
                        return None, None
                    reg = x.regions[p.region or self.any_region()][0] if rcol else None
                    cells = [cell(name)] + ([reg] if rcol else []) + [None, cell(city), rng.choice(STATUSES), ""]
                parts = []
                for i, c in enumerate(cells):
                    if i:
                        parts.append(delim)
                    if c is None:
                        q = any(ch in p.text for ch in (delim, "\n", "\r"))
                        parts += (['"', p, '"'] if q else [p])
                    else:
                        parts.append(c)
                parts.append(eol)
                return parts, p
            self.place_role(doc, role, build_for)
        doc.csv_delim = delim
        return doc

    def json(self, path, lang):
        doc, rng, x = Doc(path, "json"), self.rng, self.x
        for role in self.roles("json"):
            def build_for(r):
                parts = []
                if r == "b":
                    spacer = {"event": "session.heartbeat", "client": "web-portal", "region": "eu-west",
                              "status": "ok", "note": "scheduled check, nothing to report"}
                    parts.append(json.dumps(spacer) + "\n")
                    key = rng.choice(NEUTRAL_KEYS)
                    p, _ = self.plant("b", "json", lang, ("shipment", key))
                    obj = {"event": "shipment.created", "shipment": {"carrier": rng.choice(CARRIERS), key: "\0"},
                           "status": "in_transit"}
                else:
                    if x.key == "cookie":
                        key = rng.choice(x.keys)
                        is_set = "set" in key.lower()
                        path_ = rng.choice(SET_CONTAINERS if is_set else HTTP_CONTAINERS)
                        p, _ = self.plant(r, "json", lang, path_ + (key,))
                        if p is None or (p.header == "Set-Cookie") != is_set:
                            return None, None
                        inner = {key: "\0"}
                    else:
                        key = rng.choice(x.keys)
                        path_ = rng.choice(CONTAINERS)
                        p, _ = self.plant(r, "json", lang, path_ + (key,))
                        if p is None:
                            return None, None
                        inner = {"name": self.name(lang)}
                        if x.regions:
                            inner[rng.choice(x.region_keys)] = x.regions[p.region or self.any_region()][0]
                        inner[key] = "\0"
                        inner["city"] = self.city(lang)
                    for k in reversed(path_):
                        inner = {k: inner}
                    obj = {"event": rng.choice(EVENTS) if x.key != "cookie" else "http.capture",
                           "source": rng.choice(SOURCES), **inner, "status": rng.choice(STATUSES)}
                text = json.dumps(obj, ensure_ascii=False)
                before, after = text.split('"\\u0000"')
                parts += [before + '"', p, '"' + after + "\n"]
                return parts, p
            self.place_role(doc, role, build_for)
        return doc

    def documents(self):
        x = self.x
        slug = x.id.lower().replace("_", "-")
        local = x.langs[0]
        second = next((lg for lg in x.langs[1:] if lg != "en"), local)
        return [self.tickets(f"text/{x.cc}/{slug}-tickets.txt", local),
                self.chat(f"text/{x.cc}/{slug}-chat.txt", "en"),
                self.notes(f"text/{x.cc}/{slug}-notes.txt", second),
                self.forms(f"forms/{x.cc}/{slug}-forms.txt", x.langs),
                self.csv(f"exports/{x.cc}/{slug}.csv", local),
                self.json(f"events/{x.cc}/{slug}.jsonl", local)]


# --- start-up checks -----------------------------------------------------------------------------

FIXED_TEXTS = (CHAT_OPEN + CHAT_CLOSE + ("Ticket", "Subject", "From", "chat export", "full_name", "city", "status")
               + NEUTRAL_COLUMNS + NEUTRAL_KEYS + EVENTS + SOURCES + STATUSES + CARRIERS
               + tuple(k for c in CONTAINERS + HTTP_CONTAINERS + SET_CONTAINERS for k in c)
               + ("session.heartbeat", "web-portal", "eu-west", "scheduled check, nothing to report", "shipment",
                  "carrier", "in_transit", "event", "source", "name", "note", "region", "client", "http.capture",
                  "Captured request", "Captured response", "Content-Type: text/html", "Accept: text/html", "Host", "GET",
                  "Cache-Control: no-store", "The response came back with this header:",
                  "curl -s -H") + PATHS + HOSTS + COOKIE_NOTES + tuple(t for v in MRZ_LEADS.values() for t in v))


def check_tables():
    """The generator's own tables: keywords written are the identifier's, keys hold one, texts
    hold none and no region word."""
    problems = []
    for x in SCHEMES.values():
        known = {lower_ascii(k) for k in x.keywords}
        for lang, words in x.text_kw.items():
            if lang not in LANG:
                problems.append(f"{x.id}: no language pack {lang}")
            for w in words:
                if lower_ascii(w) not in known and lower_ascii(w).rstrip(".:") not in known:
                    problems.append(f"{x.id}: keyword {w!r} is not in its list")
                if REGION_RX.search(w.encode()) and x.key not in ("dl.gb", "dl.ie"):
                    problems.append(f"{x.id}: keyword {w!r} holds a region word")
        for key in x.keys:
            if x.key not in {i for _, _, _, ids in split_hits(key) for i in ids}:
                problems.append(f"{x.id}: key {key!r} holds none of its keywords")
        for lang in x.langs:
            if lang not in LANG:
                problems.append(f"{x.id}: no language pack {lang}")
        for code, words in x.regions.items():
            for w in words:
                if KW.in_text(w):
                    problems.append(f"{x.id}: region word {w!r} holds a keyword")
    for lang, pk in LANG.items():
        texts = list(pk["greet"]) + list(pk["close"]) + list(pk["filler"]) + list(pk["subject"]) \
            + [t.replace("{val}", "") for t in pk["neutral"]] + list(pk["form"]) + list(pk["roles"]) \
            + [pk["agent"], pk["customer"]] + list(pk["note"]) \
            + [t.replace("{kw}", "").replace("{val}", "") for t in pk["say"]]
        for t in texts:
            hits = KW.in_text(t)
            if hits or re.search(r"[0-9@]", t) or REGION_RX.search(t.encode()):
                problems.append(f"language {lang}: {t!r} holds {[h[2] for h in hits] or 'a digit or region word'}")
        for t in pk["say"]:
            if t.index("{val}") - t.index("{kw}") - 4 > 30:
                problems.append(f"language {lang}: {t!r} puts the value far from the keyword")
    for t in FIXED_TEXTS:
        if KW.in_text(t) or split_hits(t) or REGION_RX.search(t.encode()):
            problems.append(f"fixed text {t!r} holds a keyword or region word")
    return problems


def final_checks(docs):
    problems = []
    for doc in docs:
        data = bytes(doc.buf)
        problems += doc.problems(0)
        masked = bytearray(data)
        for s, e, _ in doc.spans:
            masked[s:e] = b"#" * (e - s)
        masked = HTTP_OK.sub(b"#", bytes(masked))
        m = re.search(rb"[0-9]", masked)
        if m:
            problems.append(f"{doc.path}@{m.start()}: digit outside a label")
        if b"@" in data:
            problems.append(f"{doc.path}: '@' in the text")
        for (s1, e1, _), (s2, _, _) in zip(doc.spans, doc.spans[1:]):
            if s2 < e1:
                problems.append(f"{doc.path}@{s2}: overlapping labels")
        text = data.decode("utf-8")
        if doc.kind == "csv":
            rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=doc.csv_delim))
            width = {len(r) for r in rows}
            cells = {c for r in rows for c in r}
            if len(width) != 1:
                problems.append(f"{doc.path}: rows of different widths {width}")
            problems += [f"{doc.path}: {p.value!r} is not a cell" for _, _, p in doc.spans if p.value not in cells]
        if doc.kind == "json":
            values = set()
            for line in text.splitlines():
                try:
                    obj = json.loads(line)
                except ValueError as e:
                    problems.append(f"{doc.path}: {e}")
                    continue
                stack = [obj]
                while stack:
                    o = stack.pop()
                    if isinstance(o, dict):
                        stack += list(o.values())
                    elif isinstance(o, str):
                        values.add(o)
            problems += [f"{doc.path}: {p.value!r} is not a JSON value" for _, _, p in doc.spans
                         if p.value not in values]
    return problems


# --- the corpus -------------------------------------------------------------------------------------

def generate(seed: int):
    global FAKE, KW
    FAKE = Fakers(seed)
    KW = KeywordIndex()
    build_regexes()
    build_regions()
    for x in SCHEMES.values():
        KW_IDS[x.key] = {lower_ascii(k) for k in x.keywords} | single_token_keys(x)
    for x in SCHEMES.values():
        for k in KW_IDS[x.key]:
            SHARED[(x.key, k)] = {y.key for y in SCHEMES.values()
                                  if y.key != x.key and x.group and y.group == x.group and k in KW_IDS[y.key]}
    problems = check_tables()
    if problems:
        for p in problems:
            print("  " + p, file=sys.stderr)
        raise SystemExit(f"{len(problems)} problems in the generator's tables")
    docs, gens = [], {}
    for key in SCHEMES:
        g = Gen(SCHEMES[key], seed)
        gens[key] = g
        docs += g.documents()
    problems = final_checks(docs)
    labels, values = [], {}
    for doc in docs:
        for s, e, p in doc.spans:
            label = {"file": doc.path, "start": s, "end": e, "identifier": p.identifier, "kind": p.kind}
            if p.detail:
                label["detail"] = p.detail
            if p.region:
                label["region"] = p.region
            labels.append(label)
            values[(doc.path, s)] = p.text
    positives = Counter(lab["identifier"] for lab in labels if lab["identifier"])
    near, kinds = Counter(), defaultdict(Counter)
    for doc in docs:
        for _, _, p in doc.spans:
            kinds[p.scheme][p.role] += 1
            if p.identifier is None:
                near[p.scheme] += 1
    for key, x in SCHEMES.items():
        if positives[x.id] < MIN_POSITIVES:
            problems.append(f"{x.id}: {positives[x.id]} positives (at least {MIN_POSITIVES}); "
                            f"short: {dict(gens[key].shortfall)}")
        if near[key] < MIN_LOOKALIKES:
            problems.append(f"{x.id}: {near[key]} look-alikes (at least {MIN_LOOKALIKES}); "
                            f"short: {dict(gens[key].shortfall)}")
    files = {doc.path: bytes(doc.buf) for doc in docs}
    labels.sort(key=lambda lab: (lab["file"], lab["start"]))
    label_bytes = "".join(json.dumps(lab, ensure_ascii=False) + "\n" for lab in labels).encode()
    size = sum(len(d) for d in files.values()) + len(label_bytes)
    if size > MAX_SIZE:
        problems.append(f"corpus size {size} > {MAX_SIZE}")
    if problems:
        for p in problems[:300]:
            print("  " + p, file=sys.stderr)
        raise SystemExit(f"{len(problems)} problems in the generated corpus")
    return files, labels, label_bytes, values, positives, near, kinds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory (replaced)")
    ap.add_argument("--any-version", action="store_true",
                    help=f"run with other versions than Faker {FAKER_VERSION} and python-stdnum {STDNUM_VERSION} "
                         "(the output will differ)")
    args = ap.parse_args()
    if (faker.VERSION != FAKER_VERSION or stdnum.__version__ != STDNUM_VERSION) and not args.any_version:
        raise SystemExit(f"Faker {faker.VERSION} and python-stdnum {stdnum.__version__} are installed; this corpus "
                         f"is made with Faker {FAKER_VERSION} and python-stdnum {STDNUM_VERSION} "
                         f"(pip install faker=={FAKER_VERSION} python-stdnum=={STDNUM_VERSION}, or --any-version)")
    files, labels, label_bytes, values, positives, near, kinds = generate(args.seed)
    out = args.out
    if out.exists():
        if any(out.iterdir()) and not (out / "labels.jsonl").exists():
            raise SystemExit(f"{out} is not empty and has no labels.jsonl; refusing to replace it")
        readme = (out / "README.md").read_bytes() if (out / "README.md").exists() else None
        shutil.rmtree(out)
    else:
        readme = None
    for path, data in files.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    (out / "labels.jsonl").write_bytes(label_bytes)
    if readme is not None:
        (out / "README.md").write_bytes(readme)
    # Re-read what was written: every label's bytes decode to exactly the planted text.
    for label in labels:
        data = (out / label["file"]).read_bytes()
        assert data[label["start"]:label["end"]].decode("utf-8") == values[(label["file"], label["start"])], label
    size = sum(len(d) for d in files.values())
    print(f"{len(files)} files, {size:,} bytes (+ {len(label_bytes):,} bytes of labels), "
          f"{sum(positives.values())} positives, {sum(near.values())} look-alikes -> {out}")
    print(f"  {'identifier':46} {'pos':>4} {'a':>4} {'b':>4} {'c':>4} {'d':>4} {'look':>5}")
    for key, x in SCHEMES.items():
        k = kinds[key]
        print(f"  {x.id:46} {positives[x.id]:4} {k['a']:4} {k['b']:4} {k['c']:4} {k['d']:4} {near[key]:5}")


if __name__ == "__main__":
    main()
