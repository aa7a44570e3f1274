#!/usr/bin/env python3
"""Seeded generator of the labelled accuracy corpus for national and tax identifiers (issue #30):
generated/national/.

    python3 -m venv /tmp/nid && /tmp/nid/bin/pip install python-stdnum==2.2 faker==40.63.0
    /tmp/nid/bin/python corpus/gen_national.py                        # rewrites corpus/generated/national
    /tmp/nid/bin/python corpus/gen_national.py --seed 7 --out /tmp/n   # another, equally valid set

Default seed 20261205. The output is byte-identical for a given --seed on every PYTHONHASHSEED
(random.Random and Faker instances seeded from the seed; Faker lists built from sets are sorted
before drawing; nothing depends on the clock: birth dates end on LATEST_BIRTH). Faker's and
python-stdnum's output changes between versions, so the generator refuses other versions unless
given --any-version. It never calls trawl: values and their validity come from python-stdnum 2.2
(the oracle), Faker 40.63.0 (names, cities, companies, and values where its provider is right)
and the check algorithms below, written from their published rules.

Writes, for each of the 61 identifiers of the issue (SCHEMES, in the order of the research
brief's summary table), six files under a folder named for its country (eu/ for EU_VAT_NUMBER):

- text/<cc>/<id>-tickets.txt  support e-mails in the country's language (=== Ticket ... ===,
                              subject, greeting, the value in a sentence, closing);
- text/<cc>/<id>-chat.txt     a chat export in English (agent / customer lines);
- text/<cc>/<id>-notes.txt    HR notes, in the country's second language where it has one;
- forms/<cc>/<id>-forms.txt   filled-in forms, one record per value ("Codice fiscale: ..."),
                              70 % in the country's language, the rest in its others;
- exports/<cc>/<id>.csv       a CSV export, the keyword only in the column name (`,` or `;`,
                              LF or CRLF);
- events/<cc>/<id>.jsonl      JSON Lines events, the keyword only in the value's own key,
                              nested one to three objects deep, snake_case and camelCase keys;

and labels.jsonl, one object per planted value, sorted by file and offset:

    {"file": "exports/br/brazil-cpf-number.csv", "start": 113, "end": 122, "identifier": null,
     "kind": "CPF: another identifier's value after keyword", "detail": "BRAZIL_RG_NUMBER"}
    {"file": "exports/br/brazil-cpf-number.csv", "start": 152, "end": 166,
     "identifier": "BRAZIL_CPF_NUMBER", "kind": "CPF dotted; CSV column 'cpfNumero'"}

start/end are half-open UTF-8 byte offsets of exactly the value. A positive's kind is its written
variant and context; a look-alike's (identifier null) is "<short name>: <what>" with one of four
"what"s per identifier, and detail says more:

- (a) "<check> after keyword": the identifier's shape, after its keyword, with what makes it one
  broken: a wrong check digit or letter (another digit for the check), or, for schemes without a
  check digit, a broken structure: an ITIN group outside 50-65/70-88/90-92/94-99, an EIN prefix
  the IRS never assigned, a PAN whose 4th letter is no holder type, a NINO prefix never
  allocated, an impossible date (Danish CPR, Korean RRN, Mexican RFC: a wrong RFC or pre-2020
  RRN check digit is still a possible number, reported at low confidence, so it is no
  look-alike); the German ID card's MRZ and pre-2010 forms with a wrong ICAO digit; Steuer-IDs
  with a wrong check digit or with ten different digits (the repetition rule broken: still a
  valid Croatian OIB); EU VAT with one digit changed;
- (b) "valid value without any keyword": a valid value with no keyword of any identifier in the
  80 bytes before it, in a neutral sentence ("Tracking code ..."), column (order_ref, tracking,
  reference) or key;
- (c) "another identifier's value after keyword": a valid value of a neighbouring scheme (same
  country, same shape, or listed in EXTRA_NEIGHBOURS) after this identifier's keyword: a CNPJ
  after `cpf`, a NIE after `DNI`, a Steuer-ID after `Personalausweis`, ...;
- (d) "specimen or placeholder value after keyword": a valid value that is an example: the
  brief's "Not reported" values it marks valid and not "unverified" (Scheme.specimens:
  99999999R, RSSMRA80A01H501U, AB 12 34 56 C, T22000129, ...; and XAXX010101000 and
  XEXX010101000, Macie's RFC exclusions), or, for mostly-digit schemes, a value with a valid
  check whose digits (the last left out) are all one digit or hold 7 ascending or descending
  digits (the issue's `specimen_digits` rule).

Every identifier gets 162 positives (18 tickets, 14 chat, 14 notes, 36 forms, 40 CSV, 40 JSON)
and 66 look-alikes (18 of (a), 18 of (b), 18 of (c), 12 of (d) where the identifier has them;
the others' share goes to (b) and (c)).

Positives use each format's written variants (Scheme.variants): separators, dots, spaces, with
and without the optional ones; HKID check in parentheses; `+` for Swedes over 100; Corsican 2A/2B
and overseas NIRs; omocodic codici fiscali and the 11-digit codice fiscale of entities;
alphanumeric CNPJ (IN RFB 2.229/2024); RFC with & and Ñ; old (leading 0) and new Spanish NSS;
ITIN groups 50-65 (35 %); Korean RRNs born since 2020-10-05 whose last digit is not the old check
digit (22 %); Finnish century signs YXWVU/BCDEF; German ID numbers printed (9 characters), in
the MRZ (with the ICAO check) and pre-2010 (10 digits). Values that read as a placeholder
(specimen_digits) or equal any identifier's specimen are never positives; no positive repeats.

Oracles (a positive is valid per this, a look-alike of kind (a) invalid):
  python-stdnum 2.2, on the value without ` -./()`: ar.dni, ar.cuit (prefix 20/23/24/27 persons,
  30/33/34/50/51/55 organisations), cl.rut, co.nit (9-digit bodies starting 8/9 = organisation),
  fr.nir, fr.nif, in_.aadhaar, in_.pan, it.codicefiscale (and it.iva), mx.curp, mx.rfc (with
  validate_check_digits=True for positives), es.dni, es.nie, es.nif (person forms), es.cif,
  ca.sin, gb.utr, de.idnr, au.tfn, au.abn, br.cpf, br.cnpj, nl.bsn, be.nn, pl.pesel,
  se.personnummer, dk.cpr, fi.hetu, no.fodselsnummer, ch.ssn, at.vnr, ie.pps, pt.nif, pt.cc,
  hr.oib, ee.ik, ro.cnp, cz.rc, cn.ric (region valid in the birth year), jp.in_, kr.rrn,
  il.idnr, za.idnr, tr.tckimlik, nz.ird, us.ein, eu.vat.
  Written here from the published rule, where stdnum has no module or lags (each function
  cites its source): Brazil RG (SP/RJ check, rg_sp_check), Colombian cédula (6-10 digits),
  Canada UCI (8 or 10 digits), UK NINO (NIM39110 letter rules), UK electoral number, UK TRN,
  Spanish NSS (mod 97 with the old-number rule), US ITIN (IRS ranges incl. 50-65), German ID
  card (ICAO 9303 7-3-1 on the MRZ and pre-2010 forms), Singapore NRIC/FIN (incl. the M series),
  Hong Kong HKID, Taiwan id, Korean RRNs since 2020-10-05 (a real date), Portuguese civil id check
  digit (9th character of the Cartão de Cidadão; stdnum's pt.cc does not check it).

Faker providers used (each value is re-checked with the oracle): es_AR dni/cuil/cuit/
company_cuit, es_CL company_rut, es_CO nuip and both NIT providers, fr_FR ssn, it_IT ssn,
es_MX curp (state QO rejected, check recomputed), es_ES nif/nie/cif, en_CA ssn, en_US itin/ein,
en_IN pan, pt_BR cpf/cnpj/rg, nl_NL ssn, nl_BE ssn, pl_PL ssn, sv_SE ssn, fi_FI ssn, no_NO ssn,
fr_CH ssn, de_AT ssn, hr_HR ssn, et_EE ssn, ro_RO ssn, cs_CZ/sk_SK birth_number (bad dates
dropped), he_IL ssn, tr_TR ssn, zh_TW ssn. Not used, being wrong (brief §8): en_IN aadhaar_id
(10 % Verhoeff-valid), es_CL rut/person_rut (short bodies), es_ES nuss (leading-zero bodies),
en_GB ssn (ZZ...T on purpose), ko_KR ssn (impossible dates), zh_CN ssn (region codes), pt_PT and
the other vat_id providers, and every `ssn()` that falls back to US SSNs (de_DE, da_DK, ja_JP,
en_AU, en_NZ, ...).

How a scanner is expected to behave, and what the generator checks before writing (it refuses
to write on any problem; plant_problems() and final_checks()):
- keywords as trawl matches them: ASCII-case-insensitive whole words (a boundary is any byte
  that is not an ASCII letter or digit), column names and JSON keys also split into words;
  keyword lists are the brief's (Macie's and its additions; a single-token key counts as a
  keyword);
- every value is matched with the brief's regex of every identifier that has a keyword in the
  80 bytes before it (or in its column name / key path): only the planted identifier may
  report a positive, exactly at its bytes, with its own keyword ending at most 50 bytes before
  the value's end (text and forms) or in its own column name / key (CSV, JSON); no identifier
  may report a look-alike (a specimen of the identifier itself excepted); SPAIN_NIF_NUMBER is
  generic (a value DNI or NIE also reports is theirs);
- a generic English keyword (Scheme.generic: "social security number", "tax id", "id number",
  ...) stands before at most 12 % of an identifier's positives (limit 20 %), and only where no
  other identifier with that keyword has a regex that matches the value;
- no keyword of trawl's other PERSONAL and FINANCIAL identifiers (phone, birth date, expiry,
  security code: OTHER_KEYWORDS) in reach of any value, no value that reads as a card number
  (Luhn and a brand prefix), an IBAN, an international phone number or an e-mail address;
- every digit of every file lies inside a label; no '@'; CSV files parse to rows of one width
  with each value a whole cell; every JSON line parses with each value a whole string;
- counts: at least 150 positives and 50 look-alikes per identifier; under 6 MB in all.

Judgement calls and notes for the identifier files:
- Keywords written before values are all from the brief's lists (checked at start-up); the
  generator adds none. Keywords holding a word of trawl's phone keywords ("numéro", "numero",
  "contact", ...) are not used, so French "numéro ..." phrases are written in capitals
  ("NUMÉRO FISCAL", "NUMÉRO D'ASSURANCE SOCIALE": trawl folds ASCII case only).
- Column names / JSON keys: the brief's Keys, and others made of its keywords (nro_dni,
  cpf_cliente, curp_titular, dni_cliente, cartao_de_cidadao, aadhaar_number, ...); every key
  is checked to hold one of its identifier's keywords. Brief keys that hold none are not used:
  numSecu (FR NIR), cartao_cidadao and cc_numero (PT CC), resident_no (KR), identity_no (TW),
  electoralRollNo (GB, "electoral roll no." has a period), ust_id (EU VAT).
- The Argentine DNI regex (R allows "-" before a letter) matches the "12.345.678" of a Spanish
  "12.345.678-Z", and any dash-letter DNI, after "DNI": such Spanish DNIs are only planted where
  no Argentine keyword is in reach. An RFC starting with & or Ñ yields an organisation RFC on
  its last 12 characters (the left context allows & and UTF-8 bytes): not planted.
- German ID numbers keep a run of at least three digits (printed numbers are mostly digits; a
  scanner's digit-group candidates need some).
- South African ids (always Luhn-valid) are drawn for births in 1960-2007, and any value of any
  identifier whose digits read as a card number (Luhn and a brand prefix) is drawn again.
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
from dataclasses import dataclass
from pathlib import Path

try:
    import faker
    from faker import Faker
    import stdnum
    from stdnum import luhn, verhoeff
    from stdnum.iso7064 import mod_11_10
    from stdnum.ar import cuit as ar_cuit, dni as ar_dni
    from stdnum.at import vnr as at_vnr
    from stdnum.au import abn as au_abn, tfn as au_tfn
    from stdnum.be import nn as be_nn
    from stdnum.br import cnpj as br_cnpj, cpf as br_cpf
    from stdnum.ca import sin as ca_sin
    from stdnum.ch import ssn as ch_ssn
    from stdnum.cl import rut as cl_rut
    from stdnum.cn import ric as cn_ric
    from stdnum.co import nit as co_nit
    from stdnum.cz import rc as cz_rc
    from stdnum.de import idnr as de_idnr
    from stdnum.dk import cpr as dk_cpr
    from stdnum.ee import ik as ee_ik
    from stdnum.es import cif as es_cif, dni as es_dni, nie as es_nie, nif as es_nif
    from stdnum.eu import vat as eu_vat
    from stdnum.fi import hetu as fi_hetu
    from stdnum.fr import nif as fr_nif, nir as fr_nir
    from stdnum.gb import utr as gb_utr
    from stdnum.hr import oib as hr_oib
    from stdnum.ie import pps as ie_pps
    from stdnum.il import idnr as il_idnr
    from stdnum.in_ import aadhaar as in_aadhaar, pan as in_pan
    from stdnum.it import codicefiscale as it_cf, iva as it_iva
    from stdnum.jp import in_ as jp_in
    from stdnum.kr import rrn as kr_rrn
    from stdnum.mx import curp as mx_curp, rfc as mx_rfc
    from stdnum.nl import bsn as nl_bsn
    from stdnum.no import fodselsnummer as no_fnr
    from stdnum.nz import ird as nz_ird
    from stdnum.pl import pesel as pl_pesel
    from stdnum.pt import cc as pt_cc, nif as pt_nif
    from stdnum.ro import cnp as ro_cnp
    from stdnum.se import personnummer as se_pnr
    from stdnum.tr import tckimlik as tr_tck
    from stdnum.us import ein as us_ein
    from stdnum.za import idnr as za_idnr
except ImportError as e:   # pragma: no cover
    raise SystemExit(f"{e}: install the generator's dependencies first "
                     "(pip install python-stdnum==2.2 faker==40.63.0)")

HERE = Path(__file__).resolve().parent
DEFAULT_SEED = 20261205
DEFAULT_OUT = HERE / "generated" / "national"
FAKER_VERSION = "40.63.0"
STDNUM_VERSION = "2.2"
# Birth dates are drawn up to this day, so that no value depends on the day the corpus is
# scanned (trawl rejects birth dates after today).
LATEST_BIRTH = dt.date(2025, 11, 30)
KR_RANDOM_SINCE = dt.date(2020, 10, 5)   # Korean RRNs: no check digit for registrations since

MIN_POSITIVES = 150       # per identifier
MIN_LOOKALIKES = 50       # per identifier
MAX_SIZE = 6_000_000      # bytes, all files
KEYWORD_DISTANCE = 50     # trawl (Macie): keyword end to value end, bytes
REACH = 80                # look-alikes and other ids' values: keyword-free bytes before a value
GENERIC_SHARE = 0.20      # at most this share of an id's positives after a generic English keyword

# --- small helpers ----------------------------------------------------------------------------

DIGITS = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def digits_of(s: str) -> str:
    return re.sub(r"\D", "", s)


def squeeze(s: str) -> str:
    """Upper case without the separators people write (` -./()`)."""
    return re.sub(r"[ \-./()]", "", s).upper()


def rand_digits(rng: random.Random, n: int, first: str = DIGITS) -> str:
    return rng.choice(first) + "".join(rng.choice(DIGITS) for _ in range(n - 1))


def rand_date(rng: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def luhn_ok(d: str) -> bool:
    return d.isdigit() and len(d) > 1 and luhn.is_valid(d)


def specimen_digits(value: str) -> bool:
    """What people type as dummies (issue #30 spec, `specimen_digits`): the value's digits,
    its last left out, are all one digit, or hold a run of 7 ascending or descending digits,
    or 7 zeros. Fewer than 6 digits: never."""
    d = digits_of(value)
    if len(d) < 6:
        return False
    body = d[:-1]
    if len(set(body)) == 1:
        return True
    if "0000000" in body:
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


def ok(fn, value, **kw) -> bool:
    """stdnum's is_valid on the value without the separators people write (` -./()`, as a
    scanner compacts it: not every stdnum module strips dots or slashes), and False (not an
    exception) for values it cannot even parse."""
    try:
        return bool(fn(squeeze(value), **kw))
    except Exception:
        return False


# --- check algorithms stdnum does not have ----------------------------------------------------
# Each cites the published rule; the research brief (notes, not in the repo) tested them against
# independent implementations (Faker's providers where they exist).

def rg_sp_check(body: str) -> str:
    """Brazil RG, São Paulo form: body digits weighted 9, 8, 7, ... from the right, check c with
    sum + 100c = 0 (mod 11): c = 11 - sum mod 11, 10 -> X, 11 -> 0 (Secretaria de Segurança
    Pública de SP rule as published by J. L. Pastore Mello, Folha de S.Paulo; equals Faker's
    pt_BR.rg(), whose weights 2..9 from the left on 8 digits are the same)."""
    s = sum(int(c) * w for c, w in zip(reversed(body), range(9, 1, -1)))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def rg_ok(v: str) -> bool:
    c = squeeze(v)
    return re.fullmatch(r"[0-9]{7,8}[0-9X]", c) is not None and rg_sp_check(c[:-1]) == c[-1]


ICAO_WEIGHTS = (7, 3, 1)


def icao_check(s: str) -> str:
    """ICAO Doc 9303 part 3 §4.9: digits and letters (A=10 ... Z=35) weighted 7, 3, 1
    repeating, sum mod 10."""
    total = 0
    for i, ch in enumerate(s):
        worth = int(ch) if ch.isdigit() else ord(ch) - 55
        total += worth * ICAO_WEIGHTS[i % 3]
    return str(total % 10)


DE_ID_ALPHABET = "CFGHJKLMNPRTVWXYZ"   # §2 PAuswG: letters of the serial, no vowels, no B/D/Q/S


def de_id_ok(v: str) -> bool:
    """German ID card number: 9 characters of 0-9 and DE_ID_ALPHABET starting with a letter
    (printed, no check); the MRZ form adds the ICAO check digit; pre-2010 cards: 10 digits with
    the same check."""
    c = squeeze(v)
    alnum = "[" + DE_ID_ALPHABET + "0-9]"
    if re.fullmatch("[" + DE_ID_ALPHABET + "]" + alnum + "{8}", c):
        return True
    if re.fullmatch("[" + DE_ID_ALPHABET + "]" + alnum + "{8}[0-9]", c) or re.fullmatch(r"[0-9]{10}", c):
        return icao_check(c[:9]) == c[9]
    return False


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "OO", "CR", "FY", "MW", "NC", "PP", "PY", "PZ"}


def nino_ok(v: str) -> bool:
    """UK National Insurance number, HMRC National Insurance Manual NIM39110: two prefix
    letters (D F I Q U V never, O never second; BG GB KN NK NT TN ZZ not used; OO CR FY MW NC
    PP PY PZ administrative), six digits, suffix A-D."""
    c = squeeze(v)
    m = re.fullmatch(r"([A-Z])([A-Z])[0-9]{6}[A-D]", c)
    return bool(m) and m.group(1) not in NINO_BAD_FIRST and m.group(2) not in NINO_BAD_SECOND \
        and c[:2] not in NINO_BAD_PAIRS


def electoral_ok(v: str) -> bool:
    """UK elector number: polling district letters and the elector's number (Electoral
    Commission, "format of the revised register"); no check."""
    return re.fullmatch(r"[A-Z]{2,3}[- ]?[0-9]{1,4}(?:/[0-9]{1,2})?", v) is not None


def nss_ok(v: str) -> bool:
    """Spain's número de afiliación: control = (province * 10^8 + body) mod 97, or, for a body
    below 10 000 000 (an old 7-digit number written with a leading 0), (province * 10^7 + body)
    mod 97 (trucomania.org/357 with the Valencia correction; mvp-access.es sjvbnetfun05)."""
    d = re.sub(r"[ /\-.]", "", v)
    if not re.fullmatch(r"[0-9]{12}", d):
        return False
    prov, num, dc = int(d[:2]), int(d[2:10]), int(d[10:])
    base = prov * 10 ** 7 + num if num < 10 ** 7 else prov * 10 ** 8 + num
    return base % 97 == dc


ITIN_GROUPS = [g for g in range(50, 100) if 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or g >= 94]


def itin_ok(v: str) -> bool:
    """US ITIN: 9XX-GG-XXXX with GG in 50-65, 70-88, 90-92, 94-99 (IRS; 50-65 is missing from
    stdnum 2.2's us/itin.py, so this is the oracle)."""
    d = re.sub(r"[ \-]", "", v)
    return re.fullmatch(r"9[0-9]{8}", d) is not None and int(d[3:5]) in ITIN_GROUPS


def trn_ok(v: str) -> bool:
    """UK Temporary Reference Number, "11 a1 11 11" (NIM39110); no check."""
    return re.fullmatch(r"[0-9]{2}[A-Z][0-9]{5}", squeeze(v)) is not None


def uci_ok(v: str) -> bool:
    """Canada's UCI (IRCC): 8 digits 0000-0000 or 10 digits 00-0000-0000; no check."""
    return re.fullmatch(r"[0-9]{8}|[0-9]{10}", squeeze(v)) is not None


def co_cc_ok(v: str) -> bool:
    """Colombian cédula de ciudadanía: 6 to 10 digits; no check."""
    return re.fullmatch(r"[0-9]{6,10}", squeeze(v)) is not None


SG_TABLES = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK",
             "M": "XWUTRQPNJLK"}
SG_OFFSET = {"S": 0, "T": 4, "F": 0, "G": 4, "M": 3}


def sg_check(prefix: str, digits: str) -> str:
    """Singapore NRIC/FIN: digits x 2,7,6,5,4,3,2 plus an offset by prefix (S/F 0, T/G 4,
    M 3), letter from the prefix's table at sum mod 11 (ngiam.net/NRIC/NRIC_numbers.pdf; the M
    series from GovTech FormSG's validator)."""
    s = sum(int(x) * w for x, w in zip(digits, (2, 7, 6, 5, 4, 3, 2))) + SG_OFFSET[prefix]
    return SG_TABLES[prefix][s % 11]


def sg_ok(v: str) -> bool:
    m = re.fullmatch(r"([STFGM])([0-9]{7})([A-Z])", v)
    return bool(m) and sg_check(m.group(1), m.group(2)) == m.group(3)


def hk_check(prefix: str, digits: str) -> str:
    """Hong Kong identity card: letters A=10 ... Z=35, a single-letter prefix padded with a
    leading space worth 36; weights 9..2; check = 11 - sum mod 11, 10 -> A, 11 -> 0."""
    vals = ([36] if len(prefix) == 1 else []) + [ord(x) - 55 for x in prefix] + [int(x) for x in digits]
    s = sum(a * b for a, b in zip(vals, (9, 8, 7, 6, 5, 4, 3, 2)))
    e = (11 - s % 11) % 11
    return "A" if e == 10 else str(e)


def hk_ok(v: str) -> bool:
    m = re.fullmatch(r"([A-Z]{1,2})([0-9]{6})\(?([0-9A])\)?", v.replace(" ", ""))
    return bool(m) and hk_check(m.group(1), m.group(2)) == m.group(3)


TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def tw_ok(v: str) -> bool:
    """Taiwan national id (Ministry of the Interior; the rule Faker's zh_TW provider uses): the
    letter as two digits by the table, weights 1,9,8,7,6,5,4,3,2,1,1, sum = 0 (mod 10)."""
    if not re.fullmatch(r"[A-Z][1289][0-9]{8}", v):
        return False
    n = TW_LETTERS[v[0]]
    ds = [n // 10, n % 10] + [int(c) for c in v[1:]]
    return sum(a * b for a, b in zip(ds, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1))) % 10 == 0


def pt_civil_check(d8: str) -> str:
    """Check digit of the Portuguese civil identification number (the 9th character of the
    Cartão de Cidadão number, also printed on the old Bilhete de Identidade): weights 9..2,
    11 - sum mod 11, 10 and 11 -> 0. stdnum's pt/cc.py does not check it."""
    c = 11 - sum(int(x) * w for x, w in zip(d8, range(9, 1, -1))) % 11
    return "0" if c >= 10 else str(c)


KR_CENTURY = {"1": 1900, "2": 1900, "5": 1900, "6": 1900, "3": 2000, "4": 2000, "7": 2000,
              "8": 2000, "9": 1800, "0": 1800}


def kr_date(v: str):
    d = re.sub(r"-", "", v)
    if not re.fullmatch(r"[0-9]{13}", d):
        return None
    return valid_date(KR_CENTURY[d[6]] + int(d[:2]), int(d[2:4]), int(d[4:6]))


def kr_reported(v: str) -> bool:
    """What a scanner that follows the Korean rule since 5 Oct 2020 must report: a real birth
    date (century from the 7th digit) in the past, check digit or not (a mismatch before the
    change is still a possible number)."""
    born = kr_date(v)
    return born is not None and born <= LATEST_BIRTH


def kr_strict(v: str) -> bool:
    """A Korean RRN as issued: the check digit of stdnum's kr/rrn.py, or a birth date on or
    after 5 Oct 2020 (random digits; Ministry of the Interior and Safety)."""
    born = kr_date(v)
    if born is None or born > LATEST_BIRTH:
        return False
    return born >= KR_RANDOM_SINCE or ok(kr_rrn.is_valid, v)


def rfc_reported(v: str, org: bool) -> bool:
    """Mexican RFC: structure and date (stdnum's mx/rfc.py without its check-digit test, which
    ~1.5 % of RFCs in use fail: a scanner reports those too, at low confidence)."""
    c = mx_rfc.compact(v)
    if len(c) != (12 if org else 13):
        return False
    return ok(mx_rfc.is_valid, c) and re.fullmatch(r"[1-9A-V][1-9A-Z][0-9A]", c[-3:]) is not None


def rfc_strict(v: str, org: bool) -> bool:
    c = mx_rfc.compact(v)
    return len(c) == (12 if org else 13) and ok(mx_rfc.is_valid, c, validate_check_digits=True)


def cuit_ok(v: str, org: bool) -> bool:
    c = re.sub(r"[ \-.]", "", v)
    prefixes = ("30", "33", "34", "50", "51", "55") if org else ("20", "23", "24", "27")
    return c[:2] in prefixes and ok(ar_cuit.is_valid, c)


def nit_ok(v: str, org: bool) -> bool:
    c = re.sub(r"[ \-.,]", "", v)
    if not ok(co_nit.is_valid, c):
        return False
    body = c[:-1]
    org_shape = len(body) == 9 and body[0] in "89"
    return org_shape if org else (not org_shape and 6 <= len(body) <= 10)


def nif_person_ok(v: str) -> bool:
    """SPAIN_NIF_NUMBER: a person's NIF (DNI form, K/L/M, X/Y/Z), not a CIF."""
    c = squeeze(v)
    return c[:1] not in set("ABCDEFGHJNPQRSUVW") and ok(es_nif.is_valid, c)


def cn_ok(v: str) -> bool:
    return v[-1:] != "x" and ok(cn_ric.is_valid, v)


def cz_ok(v: str) -> bool:
    return ok(cz_rc.is_valid, v) and cz_rc_date_ok(v)


def cz_rc_date_ok(v: str) -> bool:
    try:
        return cz_rc.get_birth_date(v) <= LATEST_BIRTH
    except Exception:
        return False


def dk_ok(v: str) -> bool:
    return ok(dk_cpr.is_valid, v)


def pan_ok(v: str) -> bool:
    return re.fullmatch(r"[A-Z]{3}[ABCFGHLJPTK][A-Z](?!0000)[0-9]{4}[A-Z]", v) is not None and ok(in_pan.is_valid, v)


def ein_ok(v: str) -> bool:
    return ok(us_ein.is_valid, v)


def ssn_us_ok(v: str) -> bool:
    """trawl's existing US SSN rule (issued ranges): no 000, 666 or 9xx area, no 00 group,
    no 0000 serial."""
    d = re.sub(r"[ \-]", "", v)
    return (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00"
            and d[5:] != "0000" and d not in ("078051120", "219099999", "123456789"))


def eu_vat_ok(v: str) -> bool:
    c = v.replace(" ", "").replace(".", "")
    if c[:2] not in EU_PREFIXES:
        return False
    return ok(eu_vat.is_valid, c)


EU_PREFIXES = ("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU",
               "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI")


# --- the identifiers --------------------------------------------------------------------------

@dataclass
class Variant:
    name: str
    weight: float
    fmt: object            # (compact, rng) -> written value, or None when it does not apply


@dataclass
class Scheme:
    id: str
    short: str                      # for kinds: "CPF", "NIR", ...
    cc: str                         # folder: br, fr, ...
    core: str                       # the brief's regex (capture group 1), bytes syntax
    keywords: tuple                 # the brief's keyword list (Macie's, then its additions)
    keys: tuple                     # CSV column names / JSON keys (the brief's, or holding a keyword)
    reported: object                # value -> would a scanner report it (check, or structure)
    body: object                    # rng -> body without its check (None: use make only)
    complete: object                # body -> compact valid value, or None
    variants: tuple
    langs: tuple                    # text languages, the country's first
    text_kw: dict                   # language -> keywords used in text and forms
    strict: object = None           # value -> valid as issued (default: reported)
    makers: tuple = ()              # extra (weight, rng -> compact) value sources (Faker)
    check_at: tuple = (-1, None)    # slice of the compact value holding the check
    check_chars: str = DIGITS
    bad_kind: str = "wrong check digit"
    bad: object = None              # (rng, compact) -> invalid compact of the same shape (custom)
    specimens: tuple = ()           # examples (the brief's "Not reported" values, valid)
    digit_specimens: bool = True    # specimen_digits applies (mostly digits)
    generic: tuple = ()             # generic English keywords usable for <= 20 % of positives
    neighbours: tuple = ()          # ids whose values are planted after this id's keywords
    org: bool = False
    value_kw: object = None         # compact -> {language: keywords} for values of another kind
    key_ok: object = None           # (key, compact or None for any value) -> the key fits the value

    def strict_ok(self, v: str) -> bool:
        return (self.strict or self.reported)(v)

    def is_example(self, v: str) -> bool:
        return squeeze(v) in {squeeze(s) for s in self.specimens} or \
            (self.digit_specimens and specimen_digits(v))


SCHEMES = {}


def scheme(**kw) -> Scheme:
    s = Scheme(**kw)
    assert s.id not in SCHEMES, s.id
    SCHEMES[s.id] = s
    return s


def kws(text: str) -> tuple:
    """A '|'-separated keyword list (as in the brief, one place to read them)."""
    return tuple(k.strip() for k in text.split("|") if k.strip())


# formatting helpers
def group(c: str, sizes, sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(c[i:i + n])
        i += n
    assert i == len(c), (c, sizes)
    return sep.join(out)


def dots_thousands(c: str) -> str:
    return f"{int(c):,}".replace(",", ".")


def plain(c, rng):
    return c


def brute_last(body: str, ok_fn, chars=DIGITS):
    for ch in chars:
        if ok_fn(body + ch):
            return body + ch
    return None


# 1 ARGENTINA_DNI_NUMBER ---------------------------------------------------------------------
def ar_dni_body(rng):
    r = rng.random()
    if r < 0.15:
        return str(rng.randint(1_000_000, 9_999_999))
    return str(rng.randint(10_000_000, 47_999_999))


scheme(id="ARGENTINA_DNI_NUMBER", short="AR DNI", cc="ar",
       core=r"[0-9]{1,2}\.[0-9]{3}\.[0-9]{3}|[0-9]{7,8}",
       keywords=kws("dni | dni# | d.n.i. | documento nacional de identidad | documento | nro de documento"
                    "| número de documento | numero de documento | n° dni | nro dni | nro. dni"
                    "| tipo y número de documento | documento de identidad"),
       keys=("dni", "nro_dni", "nroDni", "dni_titular"),
       reported=lambda v: re.fullmatch(r"[0-9]{7,8}", v.replace(".", "")) is not None,
       body=ar_dni_body, complete=lambda b: b,
       variants=(Variant("dotted", 0.6, lambda c, r: dots_thousands(c)), Variant("plain", 0.4, plain)),
       langs=("es", "en"),
       text_kw={"es": ("DNI", "D.N.I.", "N° DNI", "Nro. DNI", "nro DNI", "DNI#"),
                "en": ("DNI", "D.N.I.")},
       makers=((0.15, lambda r: FAKE.get("es_AR").dni()),),
       check_at=None, specimens=("99999999", "99.999.999"))


# 2 BRAZIL_RG_NUMBER -------------------------------------------------------------------------
def rg_body(rng):
    return str(rng.randint(1_000_000, 9_999_999)) if rng.random() < 0.15 else str(rng.randint(10_000_000, 59_999_999))


def rg_fmt(c, rng, dotted, dash):
    body, chk = c[:-1], c[-1]
    b = dots_thousands(body) if dotted else body
    return b + ("-" if dash else "") + chk


scheme(id="BRAZIL_RG_NUMBER", short="RG", cc="br",
       core=r"[0-9]{1,2}\.?[0-9]{3}\.?[0-9]{3}-?[0-9Xx]",
       keywords=kws("registro geral | rg | carteira de identidade | cédula de identidade | cedula de identidade"
                    "| identidade | nº do rg | número do rg | numero do rg | rg nº | documento de identidade | ssp"),
       keys=("rg", "numero_rg", "rgNumero"),
       reported=rg_ok, body=rg_body, complete=lambda b: b + rg_sp_check(b),
       variants=(Variant("dotted with dash", 0.5, lambda c, r: rg_fmt(c, r, True, True)),
                 Variant("dash", 0.25, lambda c, r: rg_fmt(c, r, False, True)),
                 Variant("plain", 0.25, plain)),
       langs=("pt", "en"),
       text_kw={"pt": ("RG", "registro geral", "carteira de identidade", "cédula de identidade",
                       "nº do RG", "número do RG", "RG nº", "identidade"),
                "en": ("RG", "registro geral")},
       makers=((0.25, lambda r: FAKE.get("pt_BR").rg()),),
       check_chars=DIGITS + "X")


# 3 CHILE_RUT_NUMBER -------------------------------------------------------------------------
def rut_body(rng):
    r = rng.random()
    if r < 0.2:
        return str(rng.randint(60_000_000, 99_999_999))       # companies
    if r < 0.3:
        return str(rng.randint(1_000_000, 9_999_999))
    return str(rng.randint(10_000_000, 27_999_999))


def rut_fmt(c, dotted, dash):
    body, chk = c[:-1], c[-1]
    return (dots_thousands(body) if dotted else body) + ("-" if dash else "") + chk


scheme(id="CHILE_RUT_NUMBER", short="RUT", cc="cl",
       core=r"[0-9]{1,2}\.[0-9]{3}\.[0-9]{3}-[0-9Kk]|[0-9]{7,8}-?[0-9Kk]",
       keywords=kws("identidad número | nacional identidad | national unique role | nationaluniqueroleID#"
                    "| número identificación | rol único nacional | rol único tributario | run | run# | r.u.n."
                    "| rut | rut# | r.u.t. | unique national number | unique national role | unique tax registry"
                    "| unique tax role | unique tributary number | unique tributary role | rol unico tributario"
                    "| rol unico nacional | cédula de identidad | cedula de identidad | c.i. | rut_empresa"),
       keys=("rut", "run", "rut_empresa", "rutEmpresa"),
       reported=lambda v: ok(cl_rut.is_valid, v), body=rut_body,
       complete=lambda b: b + cl_rut.calc_check_digit(b),
       variants=(Variant("dotted with dash", 0.5, lambda c, r: rut_fmt(c, True, True)),
                 Variant("dash", 0.3, lambda c, r: rut_fmt(c, False, True)),
                 Variant("plain", 0.2, plain)),
       langs=("es", "en"),
       text_kw={"es": ("RUT", "R.U.T.", "RUN", "R.U.N.", "rol único tributario", "rol unico tributario",
                       "rol único nacional", "cédula de identidad", "RUT#"),
                "en": ("RUT", "unique tax registry", "unique national number", "unique tributary number")},
       makers=((0.15, lambda r: cl_rut.compact(FAKE.get("es_CL").company_rut())),),
       check_chars=DIGITS + "K",
       specimens=("11.111.111-1", "22.222.222-2", "12.345.678-5"))


# 4 COLOMBIA_CITIZENSHIP_CARD_NUMBER -----------------------------------------------------------
def co_cc_body(rng):
    r = rng.random()
    if r < 0.45:
        return rng.choice(("10", "11")) + rand_digits(rng, 8)
    if r < 0.85:
        return str(rng.randint(10_000_000, 99_999_999))
    if r < 0.95:
        return str(rng.randint(1_000_000, 9_999_999))
    return str(rng.randint(100_000, 999_999))


scheme(id="COLOMBIA_CITIZENSHIP_CARD_NUMBER", short="cédula CO", cc="co",
       core=r"[0-9]{1,3}(?:\.[0-9]{3}){1,3}|[0-9]{6,10}",
       keywords=kws("cédula de ciudadanía | documento de identificación | cedula de ciudadania"
                    "| CÉDULA DE CIUDADANÍA | cédula | cedula | c.c. | cc no | número de cédula"
                    "| numero de cedula | documento de identidad | nuip | documento"),
       keys=("cedula", "numero_cedula", "nuip", "cedulaCiudadania"),
       reported=co_cc_ok, body=co_cc_body, complete=lambda b: b,
       variants=(Variant("dotted", 0.6, lambda c, r: dots_thousands(c)), Variant("plain", 0.4, plain)),
       langs=("es", "en"),
       text_kw={"es": ("cédula de ciudadanía", "cedula de ciudadania", "CÉDULA DE CIUDADANÍA", "cédula",
                       "cedula", "C.C.", "número de cédula", "NUIP", "documento de identificación"),
                "en": ("cédula de ciudadanía", "cedula", "NUIP")},
       makers=((0.2, lambda r: FAKE.get("es_CO").nuip()),),
       check_at=None)


# 5 FRANCE_NATIONAL_IDENTIFICATION_NUMBER ------------------------------------------------------
def nir_body(rng):
    sex = rng.choice("12")
    born = rand_date(rng, dt.date(1935, 1, 1), dt.date(2008, 12, 31))
    r = rng.random()
    if r < 0.08:
        place = rng.choice(("2A", "2B")) + f"{rng.randint(1, 366):03d}"
    elif r < 0.13:
        place = "97" + rng.choice("123456") + f"{rng.randint(1, 34):02d}"
    elif r < 0.2:
        place = "99" + f"{rng.randint(101, 499):03d}"
    else:
        dep = rng.choice([d for d in range(1, 96) if d != 20])
        place = f"{dep:02d}{rng.randint(1, 909):03d}"
    return f"{sex}{born.year % 100:02d}{born.month:02d}{place}{rng.randint(1, 999):03d}"


def nir_fmt(c, sep, slash=False):
    parts = [c[0], c[1:3], c[3:5], c[5:7], c[7:10], c[10:13]]
    head = sep.join(parts)
    return head + (" / " if slash else sep) + c[13:]


scheme(id="FRANCE_NATIONAL_IDENTIFICATION_NUMBER", short="NIR", cc="fr",
       core=r"[1-478][ .]?[0-9]{2}[ .]?(?:0[1-9]|1[0-2]|20|3[0-9]|4[0-2]|[5-9][0-9])[ .]?(?:[0-9]{2}|2[ABab])"
            r"[ .]?[0-9]{3}[ .]?[0-9]{3}[ .]?/?[ .]?[0-9]{2}",
       keywords=kws("assurance sociale | carte nationale d’identité | carte nationale d'identité | cni"
                    "| code sécurité sociale | French social security number | fssn# | insee | insurance number"
                    "| national id number | nationalid# | numéro d'assurance | sécurité sociale | sécurité sociale non."
                    "| sécurité sociale numéro | social | social security | social security number"
                    "| socialsecuritynumber | ss# | ssn | ssn# | securite sociale | SÉCURITÉ SOCIALE"
                    "| n° de sécurité sociale | numéro de sécu | numero secu | sécu | nir | n.i.r. | numéro insee"
                    "| carte vitale | immatriculation | num_secu | numero_securite_sociale"),
       keys=("nir", "insee", "numero_securite_sociale", "NIR", "nirAssure"),
       reported=lambda v: ok(fr_nir.is_valid, v), body=nir_body,
       complete=lambda b: b + fr_nir.calc_check_digits(b),
       variants=(Variant("spaced", 0.5, lambda c, r: nir_fmt(c, " ")),
                 Variant("compact", 0.25, plain),
                 Variant("dotted", 0.1, lambda c, r: nir_fmt(c, ".")),
                 Variant("spaced, key after a slash", 0.15, lambda c, r: nir_fmt(c, " ", True))),
       langs=("fr", "en"),
       text_kw={"fr": ("n° de sécurité sociale", "N° de sécurité sociale", "sécurité sociale", "securite sociale",
                       "SÉCURITÉ SOCIALE", "NIR", "N.I.R.", "INSEE", "carte Vitale", "immatriculation", "sécu",
                       "code sécurité sociale"),
                "en": ("French social security number", "NIR", "INSEE", "social security number")},
       makers=((0.3, lambda r: fr_nir.compact(FAKE.get("fr_FR").ssn())),),
       check_at=(-2, None), generic=("social security number",))


# 6 GERMANY_NATIONAL_IDENTIFICATION_NUMBER -----------------------------------------------------
def de_id_body(rng):
    """A 9-character card number: 4 characters of the authority code and 5 of the serial, from
    the card alphabet, first a letter. Numbers seen in print are mostly digits: at least one
    run of three digits."""
    while True:
        s = rng.choice(DE_ID_ALPHABET)
        for i in range(8):
            s += rng.choice(DIGITS) if rng.random() < 0.72 else rng.choice(DE_ID_ALPHABET)
        if re.search(r"[0-9]{3}", s):
            return s


def de_id_bad(rng):
    b = de_id_body(rng) if rng.random() < 0.75 else rand_digits(rng, 9, "123456789")
    return b + str((int(icao_check(b)) + rng.randint(1, 9)) % 10)


def de_id_make(rng):
    r = rng.random()
    if r < 0.08:           # pre-2010 card: 10 digits with the check
        b = rand_digits(rng, 9, "123456789")
        return b + icao_check(b)
    b = de_id_body(rng)
    return b + icao_check(b) if r < 0.3 else b


scheme(id="GERMANY_NATIONAL_IDENTIFICATION_NUMBER", short="Personalausweis", cc="de",
       core=r"[CFGHJ-NPRTV-Z][CFGHJ-NPRTV-Z0-9]{8}[0-9]?|[0-9]{10}",
       keywords=kws("ausweisnummer | id number | identification number | identity number | insurance number"
                    "| personal id | personalausweis | personalausweisnummer | ausweis-nr | ausweis nr | ausweisnr"
                    "| personalausweis-nr | dokumentennummer | seriennummer | idd | perso | personalausweis nummer"
                    "| id_card_number"),
       keys=("ausweisnummer", "personalausweisnummer", "dokumentennummer", "personalausweis_nummer"),
       reported=de_id_ok, body=None, complete=None,
       variants=(Variant("as printed", 1.0, plain),),
       langs=("de", "en"),
       text_kw={"de": ("Ausweisnummer", "Personalausweisnummer", "Personalausweis", "Ausweis-Nr", "Ausweis-Nr.",
                       "Ausweisnr", "Personalausweis-Nr", "Dokumentennummer", "Seriennummer", "Perso"),
                "en": ("Personalausweis", "Ausweisnummer", "Personalausweisnummer")},
       makers=((1.0, de_id_make),),
       bad_kind="wrong check digit (MRZ or pre-2010 form)",
       bad=lambda rng, c: de_id_bad(rng),
       specimens=("T22000129", "T220001293"), digit_specimens=False,
       generic=("id number", "identity number", "personal id"))


# 7 INDIA_AADHAAR_NUMBER -----------------------------------------------------------------------
def aadhaar_complete(b):
    v = b + verhoeff.calc_check_digit(b)
    return None if v == v[::-1] else v


scheme(id="INDIA_AADHAAR_NUMBER", short="Aadhaar", cc="in",
       core=r"[2-9][0-9]{3} [0-9]{4} [0-9]{4}|[2-9][0-9]{3}-[0-9]{4}-[0-9]{4}|[2-9][0-9]{11}",
       keywords=kws("aadhaar | aadhar | adhaar | uidai | aadhaar no | aadhaar number | आधार | आधार संख्या"
                    "| uid | uid no | enrolment no"),
       keys=("aadhaar", "aadhar_no", "aadhaarNumber", "aadhaar_number"),
       reported=lambda v: ok(in_aadhaar.is_valid, v),
       body=lambda rng: rand_digits(rng, 11, "23456789"), complete=aadhaar_complete,
       variants=(Variant("spaced 4-4-4", 0.55, lambda c, r: group(c, (4, 4, 4), " ")),
                 Variant("plain", 0.3, plain),
                 Variant("dashed 4-4-4", 0.15, lambda c, r: group(c, (4, 4, 4), "-"))),
       langs=("en", "hi"),
       text_kw={"en": ("Aadhaar", "Aadhaar No", "Aadhaar number", "Aadhar", "Adhaar", "UIDAI", "UID", "UID no"),
                "hi": ("आधार", "आधार संख्या")},
       specimens=("2341 2341 2346",))


# 8 ITALY_NATIONAL_IDENTIFICATION_NUMBER -------------------------------------------------------
CF_MONTHS = "ABCDEHLMPRST"
CF_OMOCODIA = "LMNPQRSTUV"
CF_CONSONANTS = "BCDFGHJKLMNPQRSTVZ"


def cf_body(rng):
    """Surname and name letters, YY, month letter, day (+40 for women), place (a cadastral code
    letter and 3 digits, or Z + a country), as in DM 23/12/1976."""
    letters = "".join(rng.choice(CF_CONSONANTS) if rng.random() < 0.7 else rng.choice("AEIOU") for _ in range(6))
    born = rand_date(rng, dt.date(1935, 1, 1), dt.date(2007, 12, 31))
    day = born.day + (40 if rng.random() < 0.5 else 0)
    place = ("Z" + str(rng.randint(100, 399))) if rng.random() < 0.1 else \
        rng.choice("ABCDEFGHILM") + f"{rng.randint(1, 999):03d}"
    return f"{letters}{born.year % 100:02d}{CF_MONTHS[born.month - 1]}{day:02d}{place}"


def cf_omocodic(c, rng):
    """Omocodia: the digits at positions 15, 14, 13, 11, 10, 8, 7 (1-based, right to left) are
    replaced by L M N P Q R S T U V in turn; the check letter is recomputed."""
    k = rng.randint(1, 3)
    chars = list(c[:15])
    for p in (14, 13, 12, 10, 9, 7, 6)[:k]:
        chars[p] = CF_OMOCODIA[int(chars[p])]
    body = "".join(chars)
    return body + it_cf.calc_check_digit(body)


def piva_make(rng):
    """The 11-digit codice fiscale of an entity (= its partita IVA): 7 digits, a province code
    001-100 (or 120, 121, 888, 999), Luhn check (stdnum it/iva.py)."""
    while True:
        body = rand_digits(rng, 7, "0123456789")
        if body != "0000000" and not body.startswith("00"):
            break
    prov = f"{rng.randint(1, 100):03d}" if rng.random() < 0.9 else rng.choice(("120", "121", "888", "999"))
    return luhn_complete(body + prov)


def luhn_complete(body):
    return body + luhn.calc_check_digit(body)


def cf_make(rng):
    r = rng.random()
    if r < 0.12:
        return piva_make(rng)
    base = FAKE.get("it_IT").ssn() if r < 0.4 else cf_body(rng) + "X"
    base = base[:15] + it_cf.calc_check_digit(base[:15])
    return cf_omocodic(base, rng) if rng.random() < 0.12 else base


def cf_bad(rng, c):
    if c.isdigit():
        return c[:-1] + str((int(c[-1]) + rng.randint(1, 9)) % 10)
    return c[:-1] + rng.choice([x for x in UPPER if x != c[-1]])


scheme(id="ITALY_NATIONAL_IDENTIFICATION_NUMBER", short="codice fiscale", cc="it",
       core=r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]|[0-9]{11}",
       keywords=kws("codice fiscal | dati anagrafici | ehic | health card | health insurance card | p. iva"
                    "| partita i.v.a. | personal data | tax code | tessera sanitaria | codice fiscale | CODICE FISCALE"
                    "| cod. fisc. | c.f. | cf | partita iva | p.iva | piva | codice fiscale/partita iva"
                    "| numero di identificazione fiscale | tessera sanitaria n"),
       keys=("codice_fiscale", "codiceFiscale", "cf", "partita_iva", "piva"),
       reported=lambda v: ok(it_cf.is_valid, v), body=None, complete=None,
       variants=(Variant("as printed", 1.0, plain),),
       langs=("it", "en"),
       text_kw={"it": ("codice fiscale", "Codice fiscale", "CODICE FISCALE", "cod. fisc.", "C.F.", "CF",
                       "tessera sanitaria", "dati anagrafici"),
                "en": ("tax code", "codice fiscale", "health card", "health insurance card")},
       makers=((1.0, cf_make),), bad=cf_bad, bad_kind="wrong check character",
       value_kw=lambda c: {"it": ("partita IVA", "P.IVA", "codice fiscale", "C.F."),
                           "en": ("partita IVA", "codice fiscale")} if c.isdigit() else None,
       key_ok=lambda k, c: k not in ("partita_iva", "piva") or bool(c and c.isdigit()),
       specimens=("RSSMRA80A01H501U",), digit_specimens=False)


# 9 MEXICO_CURP_NUMBER -------------------------------------------------------------------------
CURP_STATES = sorted(mx_curp._valid_states)
CONSONANTS = "BCDFGHJKLMNPQRSTVWXYZ"


def curp_body(rng):
    born = rand_date(rng, dt.date(1940, 1, 1), dt.date(2015, 12, 31))
    head = rng.choice(UPPER) + rng.choice("AEIOUX") + rng.choice(UPPER) + rng.choice(UPPER)
    homoclave = rng.choice(DIGITS) if born.year < 2000 else rng.choice(UPPER)
    return (f"{head}{born.year % 100:02d}{born.month:02d}{born.day:02d}{rng.choice('HM')}"
            f"{rng.choice(CURP_STATES)}{''.join(rng.choice(CONSONANTS) for _ in range(3))}{homoclave}")


def curp_faker(rng):
    v = FAKE.get("es_MX").curp()
    return v[:-1] + mx_curp.calc_check_digit(v) if v[11:13] != "QO" else None


scheme(id="MEXICO_CURP_NUMBER", short="CURP", cc="mx",
       core=r"[A-Z][AEIOUX][A-Z]{2}[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[HM](?:AS|BC|BS|CC|CL|CM|CS"
            r"|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}"
            r"[0-9A-Z][0-9]",
       keywords=kws("clave personal identidad | clave única | clave única de registro de población"
                    "| clavepersonalIdentidad | curp | registration code | registry code | personal identidad clave"
                    "| population code | clave unica de registro de poblacion | CLAVE ÚNICA DE REGISTRO DE POBLACIÓN"
                    "| clave unica | c.u.r.p. | tu curp"),
       keys=("curp", "curp_titular", "curpAlumno"),
       reported=lambda v: ok(mx_curp.is_valid, v), body=curp_body,
       complete=lambda b: b + mx_curp.calc_check_digit(b + "0"),
       variants=(Variant("as printed", 1.0, plain),),
       langs=("es", "en"),
       text_kw={"es": ("CURP", "C.U.R.P.", "clave única de registro de población",
                       "clave unica de registro de poblacion", "CLAVE ÚNICA DE REGISTRO DE POBLACIÓN",
                       "clave única", "tu CURP"),
                "en": ("CURP", "population code", "registry code")},
       makers=((0.3, curp_faker),), digit_specimens=False)


# 10 SPAIN_DNI_NUMBER ------------------------------------------------------------------------
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_fmt(c, dotted, sep):
    n, l = c[:8], c[8]
    return (f"{n[:2]}.{n[2:5]}.{n[5:]}" if dotted else n) + sep + l


scheme(id="SPAIN_DNI_NUMBER", short="DNI", cc="es",
       core=r"[0-9]{2}\.?[0-9]{3}\.?[0-9]{3}[ -]?[A-HJ-NP-TV-Za-hj-np-tv-z]",
       keywords=kws("dni | dni# | dninúmero# | documento nacional de identidad | identidad único | identidadúnico#"
                    "| insurance number | national identification number | national identity | nationalid#"
                    "| nationalidno# | número nacional identidad | personal identification number"
                    "| personal identity no | unique identity number | uniqueid# | d.n.i. | nº dni | número de dni"
                    "| numero de dni | numero dni | dni/nif | dnie"),
       keys=("dni", "numero_dni", "dniNumero", "dni_cliente"),
       reported=lambda v: ok(es_dni.is_valid, v),
       body=lambda rng: str(rng.randint(10_000_000, 79_999_999)),
       complete=lambda b: b + DNI_LETTERS[int(b) % 23],
       variants=(Variant("compact", 0.45, plain),
                 Variant("dash before the letter", 0.2, lambda c, r: dni_fmt(c, False, "-")),
                 Variant("dotted, dash before the letter", 0.15, lambda c, r: dni_fmt(c, True, "-")),
                 Variant("space before the letter", 0.1, lambda c, r: dni_fmt(c, False, " ")),
                 Variant("dotted", 0.1, lambda c, r: dni_fmt(c, True, ""))),
       langs=("es", "en"),
       text_kw={"es": ("DNI", "D.N.I.", "nº DNI", "número de DNI", "DNIe", "DNI#", "número nacional identidad"),
                "en": ("DNI", "national identification number", "unique identity number")},
       makers=((0.3, lambda r: es_nif.compact(FAKE.get("es_ES").nif())),),
       check_chars=DNI_LETTERS, bad_kind="wrong check letter",
       specimens=("99999999R", "00000000T", "12345678Z"),
       generic=("national identity", "personal identification number"))


# 11 CANADA_SOCIAL_INSURANCE_NUMBER ------------------------------------------------------------
scheme(id="CANADA_SOCIAL_INSURANCE_NUMBER", short="SIN", cc="ca",
       core=r"[1-79][0-9]{2}-[0-9]{3}-[0-9]{3}|[1-79][0-9]{2} [0-9]{3} [0-9]{3}|[1-79][0-9]{8}",
       keywords=kws("canadian id | numéro d'assurance sociale | sin | social insurance number"
                    "| numero d'assurance sociale | NUMÉRO D'ASSURANCE SOCIALE | nas | n.a.s. | sin# | sin no | s.i.n."
                    "| social insurance no | assurance sociale"),
       keys=("sin", "social_insurance_number", "nas", "socialInsuranceNumber"),
       reported=lambda v: ok(ca_sin.is_valid, v),
       body=lambda rng: rand_digits(rng, 8, "1234567" * 6 + "9"), complete=luhn_complete,
       variants=(Variant("dashed 3-3-3", 0.35, lambda c, r: group(c, (3, 3, 3), "-")),
                 Variant("spaced 3-3-3", 0.4, lambda c, r: group(c, (3, 3, 3), " ")),
                 Variant("plain", 0.25, plain)),
       langs=("en", "fr"),
       text_kw={"en": ("social insurance number", "Social Insurance Number", "social insurance no", "S.I.N.",
                       "SIN#", "SIN no", "canadian id"),
                "fr": ("NAS", "N.A.S.", "NUMÉRO D'ASSURANCE SOCIALE", "assurance sociale")},
       makers=((0.3, lambda r: ca_sin.compact(FAKE.get("en_CA").ssn())),),
       specimens=("123 456 782",))


# 12 CANADA_NATIONAL_IDENTIFICATION_NUMBER -----------------------------------------------------
scheme(id="CANADA_NATIONAL_IDENTIFICATION_NUMBER", short="UCI", cc="ca",
       core=r"[0-9]{4}-?[0-9]{4}|[0-9]{2}-?[0-9]{4}-?[0-9]{4}",
       keywords=kws("carte résident permanent | numéro carte résident permanent | numéro résident permanent"
                    "| permanent resident card | permanent resident card number | permanent resident no"
                    "| permanent resident no. | permanent resident number | pr no | pr no. | pr non | pr number"
                    "| résident permanent no. | résident permanent non | uci | client id | unique client identifier"
                    "| carte de résident permanent | pr card | pr card number | pr_number"),
       keys=("uci", "pr_number", "prCardNumber", "uci_number"),
       reported=uci_ok,
       body=lambda rng: rand_digits(rng, 8, "123456789") if rng.random() < 0.6 else rand_digits(rng, 10, "123456789"),
       complete=lambda b: b,
       variants=(Variant("dashed", 0.6, lambda c, r: group(c, (4, 4), "-") if len(c) == 8 else group(c, (2, 4, 4), "-")),
                 Variant("plain", 0.4, plain)),
       langs=("en", "fr"),
       text_kw={"en": ("UCI", "unique client identifier", "permanent resident card number", "PR card number",
                       "permanent resident number", "PR number", "PR no", "PR card"),
                "fr": ("carte de résident permanent", "carte résident permanent", "résident permanent no.", "UCI")},
       check_at=None)


# 13 UK_NATIONAL_INSURANCE_NUMBER --------------------------------------------------------------
def nino_make(rng):
    while True:
        a = rng.choice([x for x in UPPER if x not in NINO_BAD_FIRST])
        b = rng.choice([x for x in UPPER if x not in NINO_BAD_SECOND])
        if a + b not in NINO_BAD_PAIRS:
            return a + b + rand_digits(rng, 6) + rng.choice("ABCD")


def nino_bad(rng, c):
    return rng.choice(sorted(NINO_BAD_PAIRS - {"OO"})) + c[2:]


scheme(id="UK_NATIONAL_INSURANCE_NUMBER", short="NINO", cc="gb",
       core=r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z](?: ?[0-9]{2}){3} ?[A-D]"
            r"|[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z](?:-[0-9]{2}){3}-[A-D]",
       keywords=kws("insurance no. | insurance number | insurance# | national insurance number | nationalinsurance#"
                    "| nationalinsurancenumber | nin | nino | ni number | ni no | ni no. | nino no"
                    "| national insurance no | national insurance | n.i. number | yswiriant gwladol | ni_number"
                    "| national_insurance_number"),
       keys=("nino", "ni_number", "national_insurance_number", "niNumber"),
       reported=nino_ok, body=None, complete=None,
       variants=(Variant("spaced pairs", 0.45, lambda c, r: f"{c[:2]} {c[2:4]} {c[4:6]} {c[6:8]} {c[8]}"),
                 Variant("compact", 0.45, plain),
                 Variant("dashed pairs", 0.1, lambda c, r: f"{c[:2]}-{c[2:4]}-{c[4:6]}-{c[6:8]}-{c[8]}")),
       langs=("en",),
       text_kw={"en": ("National Insurance number", "national insurance number", "National Insurance No",
                       "NI number", "NI No", "NINO", "N.I. number", "national insurance", "insurance no.")},
       makers=((1.0, nino_make),), bad=nino_bad, bad_kind="prefix never allocated",
       specimens=("AB 12 34 56 C",), digit_specimens=False)


# 14 UK_ELECTORAL_ROLL_NUMBER ------------------------------------------------------------------
def electoral_make(rng):
    letters = "".join(rng.choice(UPPER) for _ in range(rng.choice((2, 2, 3))))
    n = rng.randint(1, 4999)
    num = str(n) if rng.random() < 0.7 else f"{n:04d}"
    return letters + rng.choice(("", "", "-", " ")) + num


scheme(id="UK_ELECTORAL_ROLL_NUMBER", short="elector number", cc="gb",
       core=r"[A-Z]{2,3}[- ]?[0-9]{1,4}(?:/[0-9]{1,2})?",
       keywords=kws("electoral # | electoral number | electoral roll # | electoral roll no. | electoral roll number"
                    "| electoralrollno | elector number | elector no | electoral register number | poll number"
                    "| polling number | register number | elector_number | electoral_roll_number"),
       keys=("elector_number", "electoral_roll_number", "electoralRollNumber", "electorNumber"),
       reported=electoral_ok, body=None, complete=None,
       variants=(Variant("as written", 1.0, plain),),
       langs=("en",),
       text_kw={"en": ("electoral roll number", "Electoral roll number", "electoral number", "elector number",
                       "elector no", "electoral roll no.", "electoral register number", "poll number",
                       "polling number")},
       makers=((1.0, electoral_make),), check_at=None, digit_specimens=False)


# 15 SPAIN_SOCIAL_SECURITY_NUMBER --------------------------------------------------------------
def nss_body(rng):
    prov = rng.randint(1, 52)
    body = rng.randint(10_000_000, 99_999_999) if rng.random() < 0.85 else rng.randint(1_000_000, 9_999_999)
    return f"{prov:02d}{body:08d}"


def nss_complete(b):
    prov, num = int(b[:2]), int(b[2:])
    base = prov * 10 ** 7 + num if num < 10 ** 7 else prov * 10 ** 8 + num
    return b + f"{base % 97:02d}"


scheme(id="SPAIN_SOCIAL_SECURITY_NUMBER", short="NSS", cc="es",
       core=r"[0-9]{2}[ /-]?[0-9]{8}[ /-]?[0-9]{2}",
       keywords=kws("número de la seguridad social | social security no. | social security number | socialsecurityno#"
                    "| ssn | ssn# | numero de la seguridad social | nº seguridad social | n.º ss | nuss | naf"
                    "| número de afiliación | numero de afiliacion | afiliación | seguridad social | num. ss"
                    "| num_seguridad_social"),
       keys=("nuss", "naf", "num_seguridad_social", "numeroSeguridadSocial"),
       reported=nss_ok, body=nss_body, complete=nss_complete,
       variants=(Variant("spaced 2-8-2", 0.3, lambda c, r: group(c, (2, 8, 2), " ")),
                 Variant("slashed 2-8-2", 0.25, lambda c, r: group(c, (2, 8, 2), "/")),
                 Variant("dashed 2-8-2", 0.15, lambda c, r: group(c, (2, 8, 2), "-")),
                 Variant("plain", 0.3, plain)),
       langs=("es", "en"),
       text_kw={"es": ("número de la seguridad social", "nº seguridad social", "NUSS", "NAF", "número de afiliación",
                       "afiliación", "seguridad social", "num. SS", "n.º SS"),
                "en": ("social security no.", "NUSS", "NAF")},
       check_at=(-2, None), generic=("social security number",))


# 16 USA_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER --------------------------------------------------
def itin_body(rng):
    g = rng.choice([g for g in ITIN_GROUPS if g <= 65]) if rng.random() < 0.35 else rng.choice(ITIN_GROUPS)
    return f"9{rng.randint(0, 99):02d}{g:02d}{rng.randint(1, 9999):04d}"


def itin_bad(rng, c):
    g = rng.choice([93, 66, 67, 68, 69, 89, 40, 45, 10, 17, 28, 37])
    return c[:3] + f"{g:02d}" + c[5:]


scheme(id="USA_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", short="ITIN", cc="us",
       core=r"9[0-9]{2}-(?:5[0-9]|6[0-5]|7[0-9]|8[0-8]|9[0-2]|9[4-9])-[0-9]{4}"
            r"|9[0-9]{2} (?:5[0-9]|6[0-5]|7[0-9]|8[0-8]|9[0-2]|9[4-9]) [0-9]{4}"
            r"|9[0-9]{2}(?:5[0-9]|6[0-5]|7[0-9]|8[0-8]|9[0-2]|9[4-9])[0-9]{4}",
       keywords=kws("i.t.i.n. | individual taxpayer identification number | itin | itin# | itin no | tax id"
                    "| taxpayer id | tin"),
       keys=("itin", "itin_number", "itinNumber"),
       reported=itin_ok, body=itin_body, complete=lambda b: b,
       variants=(Variant("dashed 3-2-4", 0.6, lambda c, r: group(c, (3, 2, 4), "-")),
                 Variant("spaced 3-2-4", 0.15, lambda c, r: group(c, (3, 2, 4), " ")),
                 Variant("plain", 0.25, plain)),
       langs=("en", "es"),
       text_kw={"en": ("ITIN", "I.T.I.N.", "individual taxpayer identification number", "ITIN#", "ITIN no",
                       "taxpayer ID"),
                "es": ("ITIN", "ITIN#")},
       makers=((0.25, lambda r: FAKE.get("en_US").itin().replace("-", "")),),
       check_at=None, bad=itin_bad, bad_kind="group outside the ITIN ranges",
       generic=("tax id",))


# 17 UK_TAX_IDENTIFICATION_NUMBER (UTR; TRN) ---------------------------------------------------
def utr_make(rng):
    if rng.random() < 0.1:                 # TRN: 11 a1 11 11
        return f"{rng.randint(10, 99)}{rng.choice(UPPER)}{rand_digits(rng, 5)}"
    body = rand_digits(rng, 9)
    return gb_utr.calc_check_digit(body) + body


def utr_reported(v):
    c = squeeze(v)
    return trn_ok(c) if not c.isdigit() else ok(gb_utr.is_valid, c)


def utr_fmt(c, rng, spaced):
    if not c.isdigit():
        return f"{c[:2]} {c[2:4]} {c[4:6]} {c[6:]}" if spaced else c
    return c[:5] + " " + c[5:] if spaced else c


def utr_bad(rng, c):
    body = c[1:] if c.isdigit() else rand_digits(rng, 9)
    good = gb_utr.calc_check_digit(body)
    return rng.choice([d for d in DIGITS if d != good]) + body


scheme(id="UK_TAX_IDENTIFICATION_NUMBER", short="UTR", cc="gb",
       core=r"K?[0-9]{5} ?[0-9]{5}K?|[0-9]{2} ?[A-Z][0-9] ?[0-9]{2} ?[0-9]{2}",
       keywords=kws("paye | tax id | tax id no. | tax id number | tax identification | tax identification#"
                    "| tax no. | tax number | tax reference | tax# | taxid# | temporary reference number | tin | trn"
                    "| unique tax reference | unique taxpayer reference | utr | utr no | utr number | self assessment"
                    "| sa utr | corporation tax reference | ct utr | sa_utr"),
       keys=("utr", "sa_utr", "utr_number", "utrNumber"),
       reported=utr_reported, body=None, complete=None,
       variants=(Variant("spaced", 0.45, lambda c, r: utr_fmt(c, r, True)), Variant("plain", 0.55, plain)),
       langs=("en",),
       text_kw={"en": ("UTR", "unique taxpayer reference", "Unique Taxpayer Reference", "unique tax reference",
                       "UTR no", "UTR number", "SA UTR", "CT UTR", "corporation tax reference", "tax reference")},
       value_kw=lambda c: None if c.isdigit() else {"en": ("TRN", "temporary reference number")},
       makers=((1.0, utr_make),), bad=utr_bad, bad_kind="wrong check digit (the first)",
       specimens=("1955839661",), generic=("tax id", "tax number"))


# 18 GERMANY_TAX_IDENTIFICATION_NUMBER ---------------------------------------------------------
def idnr_body(rng):
    """10 digits, first not 0, exactly one digit twice or three times, the others at most once
    (BZSt; stdnum de/idnr.py)."""
    times = rng.choice((2, 2, 2, 3))
    digits = rng.sample(DIGITS, 10 - times + 1)
    rep = digits[0]
    seq = digits + [rep] * (times - 1)
    rng.shuffle(seq)
    if seq[0] == "0":
        return None
    return "".join(seq)


def idnr_complete(b):
    return None if b is None else b + mod_11_10.calc_check_digit(b)


def idnr_bad(rng, c):
    """A wrong check digit or, 4 times in 10, a valid MOD 11,10 check over ten different digits
    (the repetition rule broken): no Steuer-ID (but a valid Croatian OIB)."""
    if rng.random() < 0.4:
        first = rng.choice("123456789")
        body = first + "".join(rng.sample([d for d in DIGITS if d != first], 9))
        return body + mod_11_10.calc_check_digit(body)
    good = mod_11_10.calc_check_digit(c[:10])
    return c[:10] + rng.choice([d for d in DIGITS if d != good])


scheme(id="GERMANY_TAX_IDENTIFICATION_NUMBER", short="Steuer-ID", cc="de",
       core=r"[1-9][0-9] ?[0-9]{3} ?[0-9]{3} ?[0-9]{3}",
       keywords=kws("identifikationsnummer | steuer id | steueridentifikationsnummer | steuernummer | tax id"
                    "| tax identification number | tax number | steuer-id | steuer-idnr | steuerid | idnr | id-nr"
                    "| steuerliche identifikationsnummer | persönliche identifikationsnummer"
                    "| identifikationsnummer (idnr) | tin | steuer_id"),
       keys=("steuer_id", "steuerId", "idnr", "steueridentifikationsnummer"),
       reported=lambda v: ok(de_idnr.is_valid, v), body=idnr_body, complete=idnr_complete,
       variants=(Variant("spaced 2-3-3-3", 0.55, lambda c, r: group(c, (2, 3, 3, 3), " ")),
                 Variant("plain", 0.45, plain)),
       langs=("de", "en"),
       text_kw={"de": ("Steuer-ID", "Steuer-IdNr", "Steueridentifikationsnummer", "steuerliche Identifikationsnummer",
                       "persönliche Identifikationsnummer", "Identifikationsnummer", "IdNr", "Id-Nr", "Steuer ID",
                       "SteuerID"),
                "en": ("Steuer-ID", "steuer id", "Steueridentifikationsnummer")},
       bad=idnr_bad, bad_kind="wrong check digit or repetition rule broken",
       specimens=("86095742719", "12345678995"), generic=("tax identification number", "tax id"))


# 19 FRANCE_TAX_IDENTIFICATION_NUMBER ----------------------------------------------------------
def spi_body(rng):
    return rng.choice("0123") + rand_digits(rng, 9) if rng.random() < 0.3 else rng.choice("123") + rand_digits(rng, 9)


scheme(id="FRANCE_TAX_IDENTIFICATION_NUMBER", short="numéro fiscal", cc="fr",
       core=r"[0-3][0-9] ?[0-9]{2} ?[0-9]{3} ?[0-9]{3} ?[0-9]{3}",
       keywords=kws("numéro d'identification fiscal | tax id | tax identification number | tax number | tin | tin#"
                    "| numéro fiscal | numero fiscal | numéro fiscal de référence | NUMÉRO FISCAL | spi | n° fiscal"
                    "| identifiant fiscal | numéro d'identification fiscale | nif | numero_fiscal"),
       keys=("numero_fiscal", "spi", "numeroFiscal", "identifiant_fiscal"),
       reported=lambda v: ok(fr_nif.is_valid, v), body=spi_body,
       complete=lambda b: b + fr_nif.calc_check_digits(b),
       variants=(Variant("spaced 2-2-3-3-3", 0.55, lambda c, r: group(c, (2, 2, 3, 3, 3), " ")),
                 Variant("plain", 0.45, plain)),
       langs=("fr", "en"),
       text_kw={"fr": ("NUMÉRO FISCAL", "n° fiscal", "N° fiscal", "identifiant fiscal", "SPI"),
                "en": ("SPI", "tax identification number")},
       check_at=(-3, None), specimens=("3023217600053",), generic=("tax identification number", "tax number"))


# 20-22 SPAIN_NIF_NUMBER, SPAIN_NIE_NUMBER, SPAIN_TAX_IDENTIFICATION_NUMBER (CIF) -----------------
SPAIN_TAX_ROW = ("cif | cif número | cifnúmero# | nie | nif | número de contribuyente | número de identidad de extranjero"
                 "| número de identificación fiscal | número de impuesto corporativo | personal tax number | tax id"
                 "| tax identification number | tax number | tin | tin#")


def nif_make(rng):
    if rng.random() < 0.65:
        b = rng.choice("KLM") + rand_digits(rng, 7)
        return b + DNI_LETTERS[int(b[1:]) % 23]
    b = str(rng.randint(10_000_000, 79_999_999))
    return b + DNI_LETTERS[int(b) % 23]


def nie_make(rng):
    p = rng.choice("XXYYZ")
    b = rand_digits(rng, 7)
    return p + b + DNI_LETTERS[int("XYZ".index(p).__str__() + b) % 23]


def letter_num_fmt(c, sep, with_prefix_sep):
    head, num, tail = (c[0], c[1:8], c[8]) if not c[0].isdigit() else ("", c[:8], c[8])
    return head + (sep if head and with_prefix_sep else "") + num + sep + tail


scheme(id="SPAIN_NIF_NUMBER", short="NIF", cc="es",
       core=r"(?:[0-9]{8}|[KLMXYZklmxyz][ -]?[0-9]{7})[ -]?[A-HJ-NP-TV-Za-hj-np-tv-z]",
       keywords=kws(SPAIN_TAX_ROW + "| n.i.f. | numero de identificacion fiscal | NÚMERO DE IDENTIFICACIÓN FISCAL"
                    "| nif/dni | dni/nif | numero_nif"),
       keys=("nif", "numero_nif", "nifNumero", "nif_titular"),
       reported=nif_person_ok, body=None, complete=None,
       variants=(Variant("compact", 0.55, plain),
                 Variant("dashed", 0.25, lambda c, r: letter_num_fmt(c, "-", True)),
                 Variant("spaced", 0.2, lambda c, r: letter_num_fmt(c, " ", True))),
       langs=("es", "en"),
       text_kw={"es": ("NIF", "N.I.F.", "número de identificación fiscal", "NÚMERO DE IDENTIFICACIÓN FISCAL",
                       "número de contribuyente"),
                "en": ("NIF", "personal tax number")},
       makers=((1.0, nif_make),), check_chars=DNI_LETTERS, bad_kind="wrong check letter",
       specimens=("M1234567L", "99999999R", "00000000T", "12345678Z"))

scheme(id="SPAIN_NIE_NUMBER", short="NIE", cc="es",
       core=r"[XYZxyz][ -]?[0-9]{7}[ -]?[A-HJ-NP-TV-Za-hj-np-tv-z]",
       keywords=kws(SPAIN_TAX_ROW + "| n.i.e. | número de extranjero | numero de identidad de extranjero"
                    "| tarjeta de residencia | tie | nie/tie"),
       keys=("nie", "numero_nie", "nieNumero", "nie_tie"),
       reported=lambda v: ok(es_nie.is_valid, v), body=None, complete=None,
       variants=(Variant("compact", 0.5, plain),
                 Variant("dashed", 0.25, lambda c, r: letter_num_fmt(c, "-", True)),
                 Variant("spaced", 0.1, lambda c, r: letter_num_fmt(c, " ", True)),
                 Variant("dash before the letter", 0.15, lambda c, r: c[:8] + "-" + c[8])),
       langs=("es", "en"),
       text_kw={"es": ("NIE", "N.I.E.", "número de identidad de extranjero", "número de extranjero",
                       "tarjeta de residencia", "TIE", "NIE/TIE"),
                "en": ("NIE", "N.I.E.")},
       makers=((0.6, nie_make), (0.4, lambda r: FAKE.get("es_ES").nie())),
       check_chars=DNI_LETTERS, bad_kind="wrong check letter",
       specimens=("X1234567L", "X0000000T", "Y0000000Z", "Z0000000M"))


def cif_make(rng):
    letter = rng.choice("ABBBBCDEFGHJNPQRSUVW")
    body = f"{rng.randint(1, 99):02d}{rng.randint(0, 99999):05d}"
    d = luhn.calc_check_digit(body)
    if letter in "NPQRSW":
        chk = "JABCDEFGHI"[int(d)]
    elif letter in "ABEH":
        chk = d
    else:
        chk = rng.choice((d, "JABCDEFGHI"[int(d)]))
    return letter + body + chk


def cif_bad(rng, c):
    good = es_cif.calc_check_digits(c[1:8])
    return c[:8] + rng.choice([x for x in (DIGITS if c[-1].isdigit() else "ABCDEFGHIJ") if x not in good])


scheme(id="SPAIN_TAX_IDENTIFICATION_NUMBER", short="CIF", cc="es",
       core=r"[ABCDEFGHJNPQRSUVWabcdefghjnpqrsuvw][ -]?[0-9]{7}[ -]?[0-9A-Ja-j]",
       keywords=kws(SPAIN_TAX_ROW + "| c.i.f. | código de identificación fiscal | codigo de identificacion fiscal"
                    "| nif de la empresa | nif empresa | cif/nif | nif_empresa | cif_empresa"),
       keys=("cif", "nif_empresa", "cif_empresa", "cifEmpresa"),
       reported=lambda v: ok(es_cif.is_valid, v), body=None, complete=None,
       variants=(Variant("compact", 0.55, plain),
                 Variant("dash after the letter", 0.3, lambda c, r: c[0] + "-" + c[1:]),
                 Variant("space after the letter", 0.15, lambda c, r: c[0] + " " + c[1:])),
       langs=("es", "en"),
       text_kw={"es": ("CIF", "C.I.F.", "código de identificación fiscal", "codigo de identificacion fiscal",
                       "NIF de la empresa", "NIF empresa", "CIF/NIF"),
                "en": ("CIF", "C.I.F.")},
       makers=((0.7, cif_make), (0.3, lambda r: FAKE.get("es_ES").cif())), bad=cif_bad,
       bad_kind="wrong check character", specimens=("A58818501", "B12345674", "A00000000"), org=True)


# 23 AUSTRALIA_TAX_FILE_NUMBER -----------------------------------------------------------------
def tfn_complete(b):
    return brute_last(b, lambda v: au_tfn.checksum(v) == 0)


scheme(id="AUSTRALIA_TAX_FILE_NUMBER", short="TFN", cc="au",
       core=r"[0-9]{3} ?[0-9]{3} ?[0-9]{3}",
       keywords=kws("tax file number | tfn | tfn# | tfn no | tax file no | tax file number (tfn) | tax_file_number"),
       keys=("tfn", "tax_file_number", "taxFileNumber"),
       reported=lambda v: ok(au_tfn.is_valid, v),
       body=lambda rng: rand_digits(rng, 8, "123456789"), complete=tfn_complete,
       variants=(Variant("spaced 3-3-3", 0.6, lambda c, r: group(c, (3, 3, 3), " ")), Variant("plain", 0.4, plain)),
       langs=("en",),
       text_kw={"en": ("TFN", "tax file number", "Tax File Number", "TFN#", "TFN no", "tax file no",
                       "tax file number (TFN)")},
       specimens=("123 456 782", "876 543 210"))


# 24 INDIA_PERMANENT_ACCOUNT_NUMBER ------------------------------------------------------------
def pan_make(rng):
    t = rng.choice("PPPPPPPCCHFATBLJG")
    return ("".join(rng.choice(UPPER) for _ in range(3)) + t + rng.choice(UPPER)
            + f"{rng.randint(1, 9999):04d}" + rng.choice(UPPER))


def pan_bad(rng, c):
    return c[:3] + rng.choice("DEIMNOQRSUVWXYZ") + c[4:]


scheme(id="INDIA_PERMANENT_ACCOUNT_NUMBER", short="PAN", cc="in",
       core=r"[A-Z]{3}[ABCFGHLJPTK][A-Z](?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])[A-Z]",
       keywords=kws("e-pan | pan card | pan number | permanent account number | pan | pan no | pan no. | pan#"
                    "| income tax pan | स्थायी खाता संख्या | pan_number"),
       keys=("pan", "pan_number", "panNo", "pan_no"),
       reported=pan_ok, body=None, complete=None, variants=(Variant("as printed", 1.0, plain),),
       langs=("en", "hi"),
       text_kw={"en": ("PAN", "PAN No", "PAN number", "PAN card", "e-PAN", "permanent account number",
                       "income tax PAN", "PAN#"),
                "hi": ("स्थायी खाता संख्या", "PAN")},
       makers=((0.6, pan_make), (0.4, lambda r: FAKE.get("en_IN").pan())), check_at=None, bad=pan_bad,
       bad_kind="fourth letter no holder type", specimens=("AAAPZ1234C", "ABCPE1234F"), digit_specimens=False)


# 25 BRAZIL_CPF_NUMBER -------------------------------------------------------------------------
def cpf_fmt(c, style):
    if style == "dotted":
        return f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}"
    return f"{c[:9]}-{c[9:]}"


scheme(id="BRAZIL_CPF_NUMBER", short="CPF", cc="br",
       core=r"[0-9]{3}\.?[0-9]{3}\.?[0-9]{3}-?[0-9]{2}",
       keywords=kws("cadastro de pessoa física | cadastro de pessoa fisica | cadastro de pessoas físicas"
                    "| cadastro de pessoas fisicas | cpf | c.p.f. | cpf nº | cpf/mf | nº do cpf | número do cpf"
                    "| numero do cpf | CADASTRO DE PESSOAS FÍSICAS"),
       keys=("cpf", "numero_cpf", "cpfNumero", "cpf_cliente"),
       reported=lambda v: ok(br_cpf.is_valid, v),
       body=lambda rng: rand_digits(rng, 9), complete=lambda b: b + br_cpf._calc_check_digits(b),
       variants=(Variant("dotted", 0.55, lambda c, r: cpf_fmt(c, "dotted")), Variant("plain", 0.25, plain),
                 Variant("dash only", 0.2, lambda c, r: cpf_fmt(c, "dash"))),
       langs=("pt", "en"),
       text_kw={"pt": ("CPF", "C.P.F.", "CPF nº", "CPF/MF", "nº do CPF", "número do CPF",
                       "cadastro de pessoas físicas", "CADASTRO DE PESSOAS FÍSICAS", "cadastro de pessoa física"),
                "en": ("CPF", "cadastro de pessoa fisica")},
       makers=((0.35, lambda r: br_cpf.compact(FAKE.get("pt_BR").cpf())),),
       check_at=(-2, None), specimens=("111.444.777-35", "123.456.789-09", "111.111.111-11"))


# 26 BRAZIL_CNPJ_NUMBER ------------------------------------------------------------------------
def cnpj_make(rng):
    r = rng.random()
    if r < 0.22:           # alphanumeric (IN RFB 2.229/2024)
        alnum = DIGITS + UPPER
        root = "".join(rng.choice(alnum) if rng.random() < 0.45 else rng.choice(DIGITS) for _ in range(8))
        if root.isdigit():
            root = root[:2] + rng.choice(UPPER) + root[3:]
        branch = "".join(rng.choice(alnum) if rng.random() < 0.3 else rng.choice(DIGITS) for _ in range(4))
        body = root + branch
    elif r < 0.5:
        return br_cnpj.compact(FAKE.get("pt_BR").cnpj())
    else:
        body = rand_digits(rng, 8, "123456789") + ("0001" if rng.random() < 0.75 else f"{rng.randint(2, 60):04d}")
    return body + br_cnpj.calc_check_digits(body)


def cnpj_fmt(c, style):
    if style == "dotted":
        return f"{c[:2]}.{c[2:5]}.{c[5:8]}/{c[8:12]}-{c[12:]}"
    return f"{c[:8]}/{c[8:12]}-{c[12:]}"


scheme(id="BRAZIL_CNPJ_NUMBER", short="CNPJ", cc="br",
       core=r"[0-9A-Z]{2}\.?[0-9A-Z]{3}\.?[0-9A-Z]{3}/?[0-9A-Z]{4}-?[0-9]{2}",
       keywords=kws("cadastro nacional da pessoa jurídica | cadastro nacional da pessoa juridica | cnpj | c.n.p.j."
                    "| cnpj/mf | cnpj nº | nº do cnpj | CADASTRO NACIONAL DA PESSOA JURÍDICA | inscrição cnpj"
                    "| numero_cnpj"),
       keys=("cnpj", "numero_cnpj", "cnpjEmpresa", "cnpj_fornecedor"),
       reported=lambda v: ok(br_cnpj.is_valid, v), body=None, complete=None,
       variants=(Variant("dotted", 0.6, lambda c, r: cnpj_fmt(c, "dotted")), Variant("plain", 0.25, plain),
                 Variant("slash and dash", 0.15, lambda c, r: cnpj_fmt(c, "slash"))),
       langs=("pt", "en"),
       text_kw={"pt": ("CNPJ", "C.N.P.J.", "CNPJ/MF", "CNPJ nº", "nº do CNPJ", "cadastro nacional da pessoa jurídica",
                       "CADASTRO NACIONAL DA PESSOA JURÍDICA", "inscrição CNPJ"),
                "en": ("CNPJ", "cadastro nacional da pessoa juridica")},
       makers=((1.0, cnpj_make),), check_at=(-2, None), specimens=("11.222.333/0001-81",), org=True)


# 27-28 MEXICO_INDIVIDUAL_RFC_NUMBER, MEXICO_ORGANIZATION_RFC_NUMBER -----------------------------
RFC_HOMO1 = "123456789ABCDEFGHIJKLMNOPQRSTUV"
RFC_HOMO2 = "123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def rfc_make(rng, org):
    for _ in range(100):
        n = 3 if org else 4
        letters = "".join(rng.choice(UPPER) for _ in range(n))
        r = rng.random()
        if r < 0.06:
            i = rng.randrange(1 if not org else 0, n)
            letters = letters[:i] + "&" + letters[i + 1:]
        elif r < 0.12:
            i = rng.randrange(n)
            letters = letters[:i] + "Ñ" + letters[i + 1:]
        if org:
            d = rand_date(rng, dt.date(1975, 1, 1), dt.date(2024, 12, 31))
        else:
            d = rand_date(rng, dt.date(1940, 1, 1), dt.date(2006, 12, 31))
        body = f"{letters}{d:%y%m%d}{rng.choice(RFC_HOMO1)}{rng.choice(RFC_HOMO2)}"
        v = body + mx_rfc.calc_check_digit(body)
        if rfc_strict(v, org):
            return v
    raise AssertionError("no RFC")


def rfc_bad(rng, c):
    """An impossible date (month 13-19 or day 30-31 of February): not an RFC whatever its
    check digit (a wrong check digit alone is still reported, at low confidence)."""
    n = 3 if len(c) == 12 else 4
    yy = c[n:n + 2]
    if rng.random() < 0.5:
        date = yy + f"{rng.randint(13, 19)}" + c[n + 4:n + 6]
    else:
        date = yy + "02" + rng.choice(("30", "31"))
    body = c[:n] + date + c[n + 6:-1]
    return body + mx_rfc.calc_check_digit(body)


def rfc_fmt(c, sep):
    n = 3 if len(c) == 12 else 4
    return c[:n] + sep + c[n:n + 6] + sep + c[n + 6:]


RFC_KW = kws("código del registro federal de contribuyentes | identificación de impuestos | identificacion de impuestos"
             "| impuesto al valor agregado | iva | iva# | i.v.a. | registro federal de contribuyentes | rfc | rfc#"
             "| r.f.c. | codigo del registro federal de contribuyentes | REGISTRO FEDERAL DE CONTRIBUYENTES"
             "| rfc con homoclave | clave rfc | cédula fiscal | rfc_emisor | rfc_receptor")
RFC_TEXT = {"es": ("RFC", "R.F.C.", "RFC#", "registro federal de contribuyentes", "REGISTRO FEDERAL DE CONTRIBUYENTES",
                   "RFC con homoclave", "clave RFC", "cédula fiscal", "código del registro federal de contribuyentes"),
            "en": ("RFC", "R.F.C.")}
RFC_CORE_P = r"(?:[A-Z&]|\xC3\x91){4}[ -]?[0-9]{6}[ -]?[0-9A-Z]{3}"
RFC_CORE_O = r"(?:[A-Z&]|\xC3\x91){3}[ -]?[0-9]{6}[ -]?[0-9A-Z]{3}"
for _org, _id, _short, _core in ((False, "MEXICO_INDIVIDUAL_RFC_NUMBER", "RFC persona física", RFC_CORE_P),
                                 (True, "MEXICO_ORGANIZATION_RFC_NUMBER", "RFC persona moral", RFC_CORE_O)):
    scheme(id=_id, short=_short, cc="mx", core=_core, keywords=RFC_KW,
           keys=("rfc", "rfc_emisor", "rfc_receptor", "rfcEmisor", "rfcReceptor"),
           reported=(lambda o: lambda v: rfc_reported(v, o))(_org),
           strict=(lambda o: lambda v: rfc_strict(v, o))(_org), body=None, complete=None,
           variants=(Variant("compact", 0.6, plain), Variant("spaced", 0.2, lambda c, r: rfc_fmt(c, " ")),
                     Variant("dashed", 0.2, lambda c, r: rfc_fmt(c, "-"))),
           langs=("es", "en"), text_kw=RFC_TEXT,
           makers=((1.0, (lambda o: lambda r: rfc_make(r, o))(_org)),),
           bad=rfc_bad, bad_kind="impossible date", digit_specimens=False, org=_org,
           specimens=() if _org else ("XAXX010101000", "XEXX010101000"))


# 29-30 ARGENTINA_*_TAX_IDENTIFICATION_NUMBER (CUIL / CUIT) --------------------------------------
def cuit_make(rng, org):
    for _ in range(100):
        if org:
            pre = rng.choice(("30", "30", "30", "33", "34"))
            body = str(rng.randint(50_000_000, 72_999_999))
        else:
            pre = rng.choice(("20", "20", "27", "27", "23", "24"))
            body = str(rng.randint(10_000_000, 47_999_999))
        s = sum(int(a) * w for a, w in zip(pre + body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
        if 11 - s % 11 == 10:      # never issued: AFIP changes the prefix
            continue
        v = pre + body + ar_cuit.calc_check_digit(pre + body)
        if cuit_ok(v, org):
            return v
    raise AssertionError("no CUIT")


def cuit_faker(rng, org):
    f = FAKE.get("es_AR")
    v = re.sub(r"\D", "", f.company_cuit() if org else rng.choice((f.cuil, f.cuit))())
    return v if cuit_ok(v, org) else None


CUIT_KW = kws("argentina taxpayer id | clave única de identificación tributaria | cuil | c.u.i.l | cuit | c.u.i.t"
              "| número de identificación fiscal | número de contribuyente | unified labor identification code"
              "| clave unica de identificacion tributaria | código único de identificación laboral | c.u.i.l."
              "| c.u.i.t. | cuit/cuil | nº de cuit")
for _org, _id, _short, _core in ((False, "ARGENTINA_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", "CUIL/CUIT",
                                  r"(?:2[0347])-?[0-9]{8}-?[0-9]"),
                                 (True, "ARGENTINA_ORGANIZATION_TAX_IDENTIFICATION_NUMBER", "CUIT empresa",
                                  r"(?:3[034]|5[015])-?[0-9]{8}-?[0-9]")):
    scheme(id=_id, short=_short, cc="ar", core=_core, keywords=CUIT_KW,
           keys=("cuit", "cuil") if not _org else ("cuit", "cuit_empresa", "cuitEmpresa"),
           reported=(lambda o: lambda v: cuit_ok(v, o))(_org), body=None, complete=None,
           variants=(Variant("dashed 2-8-1", 0.65, lambda c, r: group(c, (2, 8, 1), "-")), Variant("plain", 0.35, plain)),
           langs=("es", "en"),
           text_kw={"es": ("CUIT", "C.U.I.T.", "CUIT/CUIL", "nº de CUIT", "clave única de identificación tributaria")
                    + (() if _org else ("CUIL", "C.U.I.L.", "código único de identificación laboral")),
                    "en": ("CUIT", "argentina taxpayer id") + (() if _org else ("CUIL",))},
           makers=((0.7, (lambda o: lambda r: cuit_make(r, o))(_org)),
                   (0.3, (lambda o: lambda r: cuit_faker(r, o))(_org))),
           org=_org, specimens=() if _org else ("20-12345678-6", "20-00000000-1", "27-00000000-6"))


# 31-32 COLOMBIA_*_NIT_NUMBER ------------------------------------------------------------------
def nit_make(rng, org):
    if org:
        body = rng.choice("89") + rand_digits(rng, 8)
    else:
        while True:
            body = co_cc_body(rng)
            if not (len(body) == 9 and body[0] in "89"):
                break
    return body + co_nit.calc_check_digit(body)


def nit_fmt(c, dotted, dash=True):
    body, dv = c[:-1], c[-1]
    return (dots_thousands(body) if dotted else body) + ("-" if dash else "") + dv


NIT_KW = kws("nit | nit. | nit# | n.i.t. | número de identificación tributaria | numero de identificacion tributaria"
             "| nit no | rut | dv | dígito de verificación | nit_empresa")
scheme(id="COLOMBIA_INDIVIDUAL_NIT_NUMBER", short="NIT persona natural", cc="co",
       core=r"[0-9]{1,3}(?:\.?[0-9]{3}){1,3}-[0-9]", keywords=NIT_KW, keys=("nit", "nit_persona", "nitPersona"),
       reported=lambda v: nit_ok(v, False), body=None, complete=None,
       variants=(Variant("dotted with dash", 0.45, lambda c, r: nit_fmt(c, True)),
                 Variant("dash", 0.55, lambda c, r: nit_fmt(c, False))),
       langs=("es", "en"),
       text_kw={"es": ("NIT", "N.I.T.", "NIT No", "NIT#", "número de identificación tributaria"),
                "en": ("NIT", "N.I.T.")},
       makers=((0.7, lambda r: nit_make(r, False)),
               (0.3, lambda r: re.sub(r"\D", "", FAKE.get("es_CO").natural_person_nit_with_check_digit()))))
scheme(id="COLOMBIA_ORGANIZATION_NIT_NUMBER", short="NIT empresa", cc="co",
       core=r"[89][0-9]{2}\.?[0-9]{3}\.?[0-9]{3}-?[0-9]", keywords=NIT_KW, keys=("nit", "nit_empresa", "nitEmpresa"),
       reported=lambda v: nit_ok(v, True), body=None, complete=None,
       variants=(Variant("dotted with dash", 0.5, lambda c, r: nit_fmt(c, True)),
                 Variant("dash", 0.35, lambda c, r: nit_fmt(c, False)), Variant("plain", 0.15, plain)),
       langs=("es", "en"),
       text_kw={"es": ("NIT", "N.I.T.", "NIT No", "NIT#", "número de identificación tributaria"),
                "en": ("NIT", "N.I.T.")},
       makers=((0.7, lambda r: nit_make(r, True)),
               (0.3, lambda r: re.sub(r"\D", "", FAKE.get("es_CO").legal_person_nit_with_check_digit()))),
       org=True)


# 33 NETHERLANDS_CITIZEN_SERVICE_NUMBER --------------------------------------------------------
scheme(id="NETHERLANDS_CITIZEN_SERVICE_NUMBER", short="BSN", cc="nl",
       core=r"[0-9]{4}\.?[0-9]{2}\.?[0-9]{3}|[0-9]{3} [0-9]{3} [0-9]{3}",
       keywords=kws("bsn | burgerservicenummer | burger service nummer | bsn-nummer | bsn nummer | sofinummer"
                    "| sofi-nummer | persoonsnummer | citizen service number"),
       keys=("bsn", "burgerservicenummer", "bsn_nummer", "bsnNummer"),
       reported=lambda v: ok(nl_bsn.is_valid, v),
       body=lambda rng: rand_digits(rng, 8, "123456"), complete=lambda b: brute_last(b, lambda v: nl_bsn.checksum(v) == 0),
       variants=(Variant("dotted 4-2-3", 0.25, lambda c, r: group(c, (4, 2, 3), ".")),
                 Variant("spaced 3-3-3", 0.25, lambda c, r: group(c, (3, 3, 3), " ")),
                 Variant("plain", 0.5, plain)),
       langs=("nl", "en"),
       text_kw={"nl": ("BSN", "burgerservicenummer", "Burgerservicenummer", "BSN-nummer", "BSN nummer",
                       "burger service nummer", "sofinummer", "persoonsnummer"),
                "en": ("BSN", "citizen service number", "burgerservicenummer")},
       makers=((0.3, lambda r: nl_bsn.compact(FAKE.get("nl_NL").ssn())),),
       specimens=("123456782",))


# 34 BELGIUM_NATIONAL_REGISTER_NUMBER ----------------------------------------------------------
def be_nn_make(rng):
    born = rand_date(rng, dt.date(1935, 1, 1), dt.date(2012, 12, 31))
    body = f"{born:%y%m%d}{rng.randint(1, 997):03d}"
    n = int(("2" if born.year >= 2000 else "") + body)
    return body + f"{97 - n % 97:02d}"


scheme(id="BELGIUM_NATIONAL_REGISTER_NUMBER", short="rijksregisternummer", cc="be",
       core=r"[0-9]{2}\.?[0-9]{2}\.?[0-9]{2}[- ]?[0-9]{3}\.?[0-9]{2}",
       keywords=kws("rijksregisternummer | rijksregister | numéro de registre national | numero de registre national"
                    "| registre national | nationalregisternummer | identificatienummer van het rijksregister | insz"
                    "| niss | inss | national number | national register number | rrn | nn | national_number"),
       keys=("rijksregisternummer", "insz", "niss", "national_number", "inszNummer"),
       reported=lambda v: ok(be_nn.is_valid, v), body=None, complete=None,
       variants=(Variant("official 85.07.30-033.28", 0.5, lambda c, r: f"{c[:2]}.{c[2:4]}.{c[4:6]}-{c[6:9]}.{c[9:]}"),
                 Variant("plain", 0.3, plain),
                 Variant("date, dash, serial", 0.2, lambda c, r: f"{c[:6]}-{c[6:]}")),
       langs=("nl", "fr", "en"),
       text_kw={"nl": ("rijksregisternummer", "Rijksregisternummer", "rijksregister", "INSZ",
                       "identificatienummer van het rijksregister", "nationalregisternummer"),
                "fr": ("registre national", "NISS", "INSS"),
                "en": ("national register number", "national number", "INSZ")},
       makers=((0.7, be_nn_make), (0.3, lambda r: be_nn.compact(FAKE.get("nl_BE").ssn()))),
       check_at=(-2, None), specimens=("85.07.30-033.28",))


# 35 POLAND_PESEL_NUMBER -----------------------------------------------------------------------
def pesel_make(rng):
    born = rand_date(rng, dt.date(1935, 1, 1), dt.date(2015, 12, 31))
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{rand_digits(rng, 4)}"
    return body + pl_pesel.calc_check_digit(body)


scheme(id="POLAND_PESEL_NUMBER", short="PESEL", cc="pl", core=r"[0-9]{11}",
       keywords=kws("pesel | nr pesel | numer pesel | nr. pesel | numer ewidencyjny | pesel nr"),
       keys=("pesel", "nr_pesel", "peselNumer"),
       reported=lambda v: ok(pl_pesel.is_valid, v), body=None, complete=None,
       variants=(Variant("plain", 1.0, plain),), langs=("pl", "en"),
       text_kw={"pl": ("PESEL", "nr PESEL", "numer PESEL", "nr. PESEL", "numer ewidencyjny", "PESEL nr"),
                "en": ("PESEL", "PESEL nr")},
       makers=((0.7, pesel_make), (0.3, lambda r: FAKE.get("pl_PL").ssn())), specimens=("44051401359",))


# 36 SWEDEN_PERSONAL_IDENTITY_NUMBER -----------------------------------------------------------
def se_make(rng):
    """YYYYMMDDNNNC, Luhn over the last 10 digits (Skatteverket)."""
    old = rng.random() < 0.1
    born = rand_date(rng, dt.date(1905, 1, 1), dt.date(1924, 12, 31)) if old else \
        rand_date(rng, dt.date(1935, 1, 1), dt.date(2012, 12, 31))
    body = f"{born:%y%m%d}{rand_digits(rng, 3)}"
    return f"{born.year // 100}" + luhn_complete(body)


def se_fmt(c, style):
    old = int(c[:4]) <= 1924
    if style == "short":
        return c[2:8] + ("+" if old else "-") + c[8:]
    if style == "long":
        return c[:8] + "-" + c[8:]
    if style == "short plain":
        return None if old else c[2:]
    return c


scheme(id="SWEDEN_PERSONAL_IDENTITY_NUMBER", short="personnummer", cc="se",
       core=r"(?:19|20)?[0-9]{6}[-+]?[0-9]{4}",
       keywords=kws("personnummer | personnr | pers.nr | pnr | samordningsnummer | personal identity number"
                    "| swedish personal number | födelsenummer"),
       keys=("personnummer", "pnr", "personnr"),
       reported=lambda v: ok(se_pnr.is_valid, v), body=None, complete=None,
       variants=(Variant("YYMMDD-NNNC (+ from 100 years)", 0.5, lambda c, r: se_fmt(c, "short")),
                 Variant("YYYYMMDD-NNNC", 0.2, lambda c, r: se_fmt(c, "long")),
                 Variant("YYYYMMDDNNNC", 0.15, lambda c, r: se_fmt(c, "plain")),
                 Variant("YYMMDDNNNC", 0.15, lambda c, r: se_fmt(c, "short plain"))),
       langs=("sv", "en"),
       text_kw={"sv": ("personnummer", "Personnummer", "personnr", "pers.nr", "PNR", "födelsenummer",
                       "samordningsnummer"),
                "en": ("personal identity number", "swedish personal number", "personnummer")},
       makers=((0.75, se_make), (0.25, lambda r: se_from_faker(r))),
       specimens=("811228-9874", "121212-1212"))


def se_from_faker(rng):
    v = se_pnr.compact(FAKE.get("sv_SE").ssn())
    try:
        born = se_pnr.get_birth_date(v)
    except Exception:
        return None
    if born.year < 1935:
        return None
    return f"{born.year // 100}" + v.replace("-", "").replace("+", "")[-10:]


# 37 DENMARK_CPR_NUMBER ------------------------------------------------------------------------
def cpr_make(rng):
    for _ in range(200):
        born = rand_date(rng, dt.date(1935, 1, 1), dt.date(2012, 12, 31))
        v = f"{born:%d%m%y}{rand_digits(rng, 4)}"
        try:
            if dk_cpr.get_birth_date(v) == born:
                return v
        except Exception:
            pass
    raise AssertionError("no CPR")


def cpr_bad(rng, c):
    dm = rng.choice(("3002", "3102", "3104", "3106", "3109", "3111", "2902"))
    yy = c[4:6] if dm != "2902" else rng.choice(("65", "71", "83", "97", "01"))
    return dm + yy + c[6:]


scheme(id="DENMARK_CPR_NUMBER", short="CPR", cc="dk",
       core=r"(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])[0-9]{2}-?[0-9]{4}",
       keywords=kws("cpr | cpr-nr | cpr nr | cpr-nummer | cpr nummer | personnummer | personnr | cpr number"
                    "| det centrale personregister | cpr_nr"),
       keys=("cpr", "cpr_nr", "cprNummer", "cpr_nummer"),
       reported=dk_ok, body=None, complete=None,
       variants=(Variant("DDMMYY-SSSS", 0.65, lambda c, r: c[:6] + "-" + c[6:]), Variant("plain", 0.35, plain)),
       langs=("da", "en"),
       text_kw={"da": ("CPR", "CPR-nr", "CPR-nr.", "CPR nr", "CPR-nummer", "cpr-nummer", "CPR nummer"),
                "en": ("CPR number", "CPR")},
       makers=((1.0, cpr_make),), check_at=None, bad=cpr_bad, bad_kind="impossible date",
       specimens=("111111-1118",))


# 38 FINLAND_PERSONAL_IDENTITY_CODE ------------------------------------------------------------
HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu_make(rng):
    born = rand_date(rng, dt.date(1935, 1, 1), dt.date(2012, 12, 31))
    if born.year >= 2000:
        sign = "A" if rng.random() < 0.85 else rng.choice("BCDEF")
    else:
        sign = "-" if rng.random() < 0.85 else rng.choice("YXWVU")
    n = rng.randint(2, 899)
    body = f"{born:%d%m%y}{n:03d}"
    return f"{born:%d%m%y}{sign}{n:03d}{HETU_CHECK[int(body) % 31]}"


scheme(id="FINLAND_PERSONAL_IDENTITY_CODE", short="henkilötunnus", cc="fi",
       core=r"(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])[0-9]{2}[-+A-FU-Y][0-9]{3}[0-9A-FHJ-NPR-Y]",
       keywords=kws("henkilötunnus | henkilotunnus | HENKILÖTUNNUS | hetu | henkilötunnus (hetu) | personbeteckning"
                    "| personal identity code | sotu | sosiaaliturvatunnus"),
       keys=("hetu", "henkilotunnus"),
       # As written: the century sign (`-`, `+`, `A`…) is part of the code, not a separator.
       reported=lambda v: bool(fi_hetu.is_valid(v.strip())), body=None, complete=None,
       variants=(Variant("as written", 1.0, plain),), langs=("fi", "en"),
       text_kw={"fi": ("henkilötunnus", "Henkilötunnus", "henkilotunnus", "HENKILÖTUNNUS", "HETU",
                       "sosiaaliturvatunnus", "sotu", "personbeteckning"),
                "en": ("personal identity code", "HETU", "henkilötunnus")},
       makers=((0.7, hetu_make), (0.3, lambda r: FAKE.get("fi_FI").ssn())),
       check_chars=HETU_CHECK, bad_kind="wrong check character", specimens=("131052-308T",))


# 39 NORWAY_NATIONAL_IDENTITY_NUMBER -----------------------------------------------------------
def fnr_make(rng):
    for _ in range(200):
        born = rand_date(rng, dt.date(1935, 1, 1), dt.date(2012, 12, 31))
        day = born.day + (40 if rng.random() < 0.1 else 0)          # D-number
        if born.year >= 2000:
            ind = rng.randint(500, 999)
        else:
            ind = rng.randint(0, 499)
        body = f"{day:02d}{born:%m%y}{ind:03d}"
        for k in range(100):
            v = body + f"{k:02d}"
            if ok(no_fnr.is_valid, v):
                return v
    raise AssertionError("no fnr")


scheme(id="NORWAY_NATIONAL_IDENTITY_NUMBER", short="fødselsnummer", cc="no", core=r"[0-9]{6}[ -]?[0-9]{5}",
       keywords=kws("fødselsnummer | fodselsnummer | FØDSELSNUMMER | fødselsnr | fnr | f.nr. | personnummer"
                    "| d-nummer | national identity number"),
       keys=("fnr", "fodselsnummer", "fødselsnummer", "fodselsnr"),
       reported=lambda v: ok(no_fnr.is_valid, v), body=None, complete=None,
       variants=(Variant("plain", 0.5, plain), Variant("spaced 6-5", 0.3, lambda c, r: c[:6] + " " + c[6:]),
                 Variant("dashed 6-5", 0.2, lambda c, r: c[:6] + "-" + c[6:])),
       langs=("no", "en"),
       text_kw={"no": ("fødselsnummer", "Fødselsnummer", "fodselsnummer", "FØDSELSNUMMER", "fødselsnr", "fnr",
                       "f.nr.", "d-nummer"),
                "en": ("fødselsnummer", "fnr")},
       makers=((0.6, fnr_make), (0.4, lambda r: FAKE.get("no_NO").ssn())),
       check_at=(-2, None), specimens=("15108695088",), generic=("national identity number",))


# 40 SWITZERLAND_SOCIAL_SECURITY_NUMBER --------------------------------------------------------
scheme(id="SWITZERLAND_SOCIAL_SECURITY_NUMBER", short="AHV", cc="ch",
       core=r"756\.?[0-9]{4}\.?[0-9]{4}\.?[0-9]{2}",
       keywords=kws("ahv | ahv-nr | ahv nr | ahv-nummer | avs | no avs | numéro avs | numero avs | avs-nr"
                    "| sozialversicherungsnummer | svn | numero di assicurato | n. avs | assicurazione vecchiaia"
                    "| ahv_nr"),
       keys=("ahv", "ahv_nr", "avs", "ahvNummer"),
       reported=lambda v: ok(ch_ssn.is_valid, v),
       body=lambda rng: "756" + rand_digits(rng, 9),
       complete=lambda b: b + str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(b)) % 10) % 10),
       variants=(Variant("dotted 3-4-4-2", 0.65, lambda c, r: group(c, (3, 4, 4, 2), ".")),
                 Variant("plain", 0.35, plain)),
       langs=("de", "fr", "it", "en"),
       text_kw={"de": ("AHV", "AHV-Nr", "AHV-Nr.", "AHV Nr", "AHV-Nummer", "Sozialversicherungsnummer"),
                "fr": ("AVS", "No AVS", "n. AVS", "AVS-Nr"),
                "it": ("AVS", "assicurazione vecchiaia"),
                "en": ("AHV", "AVS")},
       makers=((0.3, lambda r: ch_ssn.compact(FAKE.get("fr_CH").ssn())),),
       specimens=("756.9217.0769.85",))


# 41 AUSTRIA_SOCIAL_INSURANCE_NUMBER -----------------------------------------------------------
def svnr_make(rng):
    for _ in range(100):
        born = rand_date(rng, dt.date(1935, 1, 1), dt.date(2012, 12, 31))
        head = rand_digits(rng, 3, "123456789")
        v = head + "0" + f"{born:%d%m%y}"
        c = at_vnr.calc_check_digit(v)
        if c != "10":
            return head + c + f"{born:%d%m%y}"
    raise AssertionError("no SVNR")


scheme(id="AUSTRIA_SOCIAL_INSURANCE_NUMBER", short="SVNR", cc="at", core=r"[1-9][0-9]{3} ?[0-9]{6}",
       keywords=kws("sozialversicherungsnummer | versicherungsnummer | svnr | sv-nr | sv nr | svn | vsnr"
                    "| e-card nummer | sozialversicherungs-nr"),
       keys=("svnr", "versicherungsnummer", "sv_nr", "svnrNummer"),
       reported=lambda v: ok(at_vnr.is_valid, v), body=None, complete=None,
       variants=(Variant("spaced 4-6", 0.6, lambda c, r: c[:4] + " " + c[4:]), Variant("plain", 0.4, plain)),
       langs=("de", "en"),
       text_kw={"de": ("Sozialversicherungsnummer", "Versicherungsnummer", "SVNR", "SV-Nr", "SV-Nr.", "SV Nr", "VSNR",
                       "e-card Nummer"),
                "en": ("SVNR", "Versicherungsnummer")},
       makers=((0.7, svnr_make), (0.3, lambda r: at_vnr.compact(FAKE.get("de_AT").ssn()))),
       check_at=(3, 4), specimens=("1237 010180",))


# 42 IRELAND_PPS_NUMBER ------------------------------------------------------------------------
def pps_make(rng):
    b = rand_digits(rng, 7, "123456789")
    second = rng.choice(("", "", "A", "A", "B", "W")) if rng.random() < 0.6 else ""
    for ch in "WABCDEFGHIJKLMNOPQRSTUV":
        v = b + ch + second
        if ok(ie_pps.is_valid, v):
            return v
    return None


def pps_bad(rng, c):
    m = re.fullmatch(r"([0-9]{7})([A-W])([ABHWTX]?)", c)
    for _ in range(50):
        ch = rng.choice("ABCDEFGHIJKLMNOPQRSTUVW")
        v = m.group(1) + ch + m.group(3)
        if not ok(ie_pps.is_valid, v):
            return v
    return None


scheme(id="IRELAND_PPS_NUMBER", short="PPSN", cc="ie", core=r"[0-9]{7}[A-W][ABHWTX]?",
       keywords=kws("pps | ppsn | pps no | pps number | personal public service number"
                    "| uimhir phearsanta seirbhíse poiblí | rsi no | rsi number | revenue and social insurance | pps_no"),
       keys=("ppsn", "pps_no", "ppsNumber", "pps_number"),
       reported=lambda v: ok(ie_pps.is_valid, v), body=None, complete=None,
       variants=(Variant("compact", 1.0, plain),), langs=("en",),
       text_kw={"en": ("PPSN", "PPS No", "PPS number", "PPS", "personal public service number", "RSI No",
                       "RSI number", "uimhir phearsanta seirbhíse poiblí")},
       makers=((1.0, pps_make),), bad=pps_bad, bad_kind="wrong check letter",
       specimens=("1234567T", "1234567FA", "6433435F"))


# 43 PORTUGAL_TAX_IDENTIFICATION_NUMBER --------------------------------------------------------
scheme(id="PORTUGAL_TAX_IDENTIFICATION_NUMBER", short="NIF PT", cc="pt", core=r"[1-9][0-9]{2} ?[0-9]{3} ?[0-9]{3}",
       keywords=kws("nif | n.i.f. | número de contribuinte | numero de contribuinte | contribuinte | nº contribuinte"
                    "| número de identificação fiscal | nipc | nif/nipc"),
       keys=("nif", "nipc", "contribuinte", "nif_cliente"),
       reported=lambda v: ok(pt_nif.is_valid, v),
       body=lambda rng: rand_digits(rng, 8, "1122223569"), complete=lambda b: b + pt_nif.calc_check_digit(b),
       variants=(Variant("spaced 3-3-3", 0.4, lambda c, r: group(c, (3, 3, 3), " ")), Variant("plain", 0.6, plain)),
       langs=("pt", "en"),
       text_kw={"pt": ("NIF", "N.I.F.", "número de contribuinte", "contribuinte", "nº contribuinte",
                       "número de identificação fiscal", "NIPC", "NIF/NIPC"),
                "en": ("NIF", "número de contribuinte")},
       specimens=("123456789", "999999990", "501964843"))


# 44 PORTUGAL_CITIZEN_CARD_NUMBER --------------------------------------------------------------
def ptcc_make(rng):
    civil = f"{rng.randint(1_000_000, 39_999_999):08d}"
    version = rng.choice(("ZZ", "ZZ", "ZY", "ZX", "ZW", "ZV", "Z0", "Z1", "ZZ"))
    body = civil + pt_civil_check(civil) + version
    return body + pt_cc.calc_check_digit(body)


def ptcc_fmt(c, style):
    if style == "spaced":
        return f"{c[:8]} {c[8]} {c[9:11]}{c[11]}"
    return f"{c[:9]} {c[9:]}"


scheme(id="PORTUGAL_CITIZEN_CARD_NUMBER", short="Cartão de Cidadão", cc="pt",
       core=r"[0-9]{8} ?[0-9] ?[A-Z0-9]{2} ?[0-9]",
       keywords=kws("cartão de cidadão | cartao de cidadao | CARTÃO DE CIDADÃO | cc nº | número do cartão de cidadão"
                    "| documento de identificação civil | bi | bilhete de identidade | nic | cartao_cidadao"
                    "| cc_numero"),
       keys=("cartao_de_cidadao", "cartaoDeCidadao", "nic"),
       reported=lambda v: ok(pt_cc.is_valid, v), body=None, complete=None,
       variants=(Variant("spaced 8 1 2+1", 0.5, lambda c, r: ptcc_fmt(c, "spaced")), Variant("compact", 0.3, plain),
                 Variant("9 then version", 0.2, lambda c, r: ptcc_fmt(c, "9"))),
       langs=("pt", "en"),
       text_kw={"pt": ("cartão de cidadão", "Cartão de Cidadão", "cartao de cidadao", "CARTÃO DE CIDADÃO", "CC nº",
                       "número do cartão de cidadão", "NIC"),
                "en": ("Cartão de Cidadão", "cartao de cidadao")},
       makers=((1.0, ptcc_make),), specimens=("00000000 0 ZZ4",))


# 45 CROATIA_PERSONAL_IDENTIFICATION_NUMBER ----------------------------------------------------
scheme(id="CROATIA_PERSONAL_IDENTIFICATION_NUMBER", short="OIB", cc="hr", core=r"[0-9]{11}",
       keywords=kws("oib | osobni identifikacijski broj | OSOBNI IDENTIFIKACIJSKI BROJ"
                    "| osobni identifikacijski broj (oib) | personal identification number"),
       keys=("oib", "oib_broj", "oibBroj"),
       reported=lambda v: ok(hr_oib.is_valid, v),
       body=lambda rng: rand_digits(rng, 10, "123456789"), complete=lambda b: b + mod_11_10.calc_check_digit(b),
       variants=(Variant("plain", 1.0, plain),), langs=("hr", "en"),
       text_kw={"hr": ("OIB", "osobni identifikacijski broj", "Osobni identifikacijski broj",
                       "OSOBNI IDENTIFIKACIJSKI BROJ", "osobni identifikacijski broj (OIB)"),
                "en": ("OIB",)},
       makers=((0.3, lambda r: FAKE.get("hr_HR").ssn()),),
       specimens=("12345678903",), generic=("personal identification number",))


# 46 ESTONIA_PERSONAL_IDENTIFICATION_CODE ------------------------------------------------------
def ik_make(rng):
    born = rand_date(rng, dt.date(1935, 1, 1), dt.date(2012, 12, 31))
    g = (3 if born.year < 2000 else 5) + rng.randint(0, 1)
    body = f"{g}{born:%y%m%d}{rng.randint(0, 999):03d}"
    return body + ee_ik.calc_check_digit(body)


scheme(id="ESTONIA_PERSONAL_IDENTIFICATION_CODE", short="isikukood", cc="ee", core=r"[1-6][0-9]{10}",
       keywords=kws("isikukood | ISIKUKOOD | isikukoodi | ik | personal identification code | personal code"),
       keys=("isikukood", "isikukoodi"),
       reported=lambda v: ok(ee_ik.is_valid, v), body=None, complete=None,
       variants=(Variant("plain", 1.0, plain),), langs=("et", "en"),
       text_kw={"et": ("isikukood", "Isikukood", "ISIKUKOOD", "isikukoodi", "IK"),
                "en": ("personal identification code", "personal code", "isikukood")},
       makers=((0.7, ik_make), (0.3, lambda r: FAKE.get("et_EE").ssn())), specimens=("38001085718",))


# 47 ROMANIA_PERSONAL_NUMERIC_CODE -------------------------------------------------------------
RO_COUNTIES = [f"{c:02d}" for c in range(1, 47)] + ["51", "52"]


def past_cnp(value):
    """A CNP as Faker's ro_RO provider makes it, redrawn while its birth date (century from the
    first digit) is after the reference date: a person not born yet is no person."""
    for _ in range(100):
        if ro_cnp.get_birth_date(value) <= LATEST_BIRTH:
            return value
        value = FAKE.get("ro_RO").ssn()
    raise SystemExit("ro_RO ssn(): no CNP with a past birth date in 100 draws")


def cnp_make(rng):
    born = rand_date(rng, dt.date(1935, 1, 1), dt.date(2012, 12, 31))
    s = (1 if born.year < 2000 else 5) + rng.randint(0, 1)
    body = f"{s}{born:%y%m%d}{rng.choice(RO_COUNTIES)}{rng.randint(1, 999):03d}"
    return body + ro_cnp.calc_check_digit(body)


scheme(id="ROMANIA_PERSONAL_NUMERIC_CODE", short="CNP", cc="ro",
       core=r"[1-9][0-9]{6}(?:0[1-9]|[1-4][0-9]|5[12]|70|8[0-3])[0-9]{4}",
       keywords=kws("cnp | cod numeric personal | codul numeric personal | COD NUMERIC PERSONAL | c.n.p."
                    "| personal numeric code"),
       keys=("cnp", "cod_numeric_personal", "codNumericPersonal"),
       reported=lambda v: ok(ro_cnp.is_valid, v), body=None, complete=None,
       variants=(Variant("plain", 1.0, plain),), langs=("ro", "en"),
       text_kw={"ro": ("CNP", "C.N.P.", "cod numeric personal", "codul numeric personal", "COD NUMERIC PERSONAL"),
                "en": ("personal numeric code", "CNP")},
       makers=((0.7, cnp_make), (0.3, lambda r: past_cnp(FAKE.get("ro_RO").ssn()))),
       specimens=("1630615123457", "1800101221144"))


# 48 CZECHIA_SLOVAKIA_BIRTH_NUMBER -------------------------------------------------------------
def rc_make(rng):
    if rng.random() < 0.05:        # before 1954: 9 digits, no check
        born = rand_date(rng, dt.date(1925, 1, 1), dt.date(1953, 12, 31))
        mm = born.month + (50 if rng.random() < 0.5 else 0)
        return f"{born.year % 100:02d}{mm:02d}{born.day:02d}{rng.randint(0, 999):03d}"
    for _ in range(100):
        born = rand_date(rng, dt.date(1954, 1, 1), dt.date(2012, 12, 31))
        mm = born.month + (50 if rng.random() < 0.5 else 0)
        if born.year >= 2004 and rng.random() < 0.15:
            mm += 20
        body = f"{born.year % 100:02d}{mm:02d}{born.day:02d}{rng.randint(0, 999):03d}"
        c = int(body) % 11
        if c == 10:
            if born.year >= 1985:
                continue
            c = 0
        v = body + str(c)
        if cz_ok(v):
            return v
    return None


scheme(id="CZECHIA_SLOVAKIA_BIRTH_NUMBER", short="rodné číslo", cc="cz",
       core=r"[0-9]{2}(?:[0156][0-9]|[27][0-9])[0-9]{2}/?[0-9]{3,4}",
       keywords=kws("rodné číslo | rodne cislo | RODNÉ ČÍSLO | rč | r.č. | birth number | rodné č. | personal number"
                    "| rodne_cislo | rc"),
       keys=("rodne_cislo", "rc", "rodneCislo"),
       reported=cz_ok, body=None, complete=None,
       variants=(Variant("with slash", 0.7, lambda c, r: c[:6] + "/" + c[6:]), Variant("plain", 0.3, plain)),
       langs=("cs", "en"),
       text_kw={"cs": ("rodné číslo", "Rodné číslo", "rodne cislo", "RODNÉ ČÍSLO", "rč", "r.č.", "rodné č."),
                "en": ("birth number", "rodné číslo", "personal number")},
       makers=((0.75, rc_make), (0.25, lambda r: cz_rc.compact(FAKE.get(r.choice(("cs_CZ", "sk_SK"))).birth_number()))),
       specimens=("710319/2745", "780123/3540"))


# 49 CHINA_RESIDENT_IDENTITY_CARD_NUMBER -------------------------------------------------------
def load_cn_regions():
    """(code, first year, last year) of the county codes in stdnum's cn/loc.dat (the oracle
    checks the region was assigned in the birth year)."""
    path = Path(cn_ric.__file__).with_name("loc.dat")
    out, province = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if not line.startswith(" "):
            province = line.split()[0]
            continue
        code, rest = line.split(maxsplit=1)
        m = re.search(r'county="(?:\[(\d*)-(\d*)\])?', rest)
        lo = int(m.group(1)) if m and m.group(1) else 1900
        hi = int(m.group(2)) if m and m.group(2) else 2100
        if code.endswith("00"):
            continue
        out.append((province + code, lo, hi))
    return out


CN_REGIONS = load_cn_regions()


def cn_make(rng):
    for _ in range(100):
        code, lo, hi = rng.choice(CN_REGIONS)
        born = rand_date(rng, dt.date(max(1940, lo), 1, 1), dt.date(min(2012, hi), 12, 31)) \
            if max(1940, lo) <= min(2012, hi) else None
        if born is None:
            continue
        body = f"{code}{born:%Y%m%d}{rng.randint(1, 999):03d}"
        v = body + cn_ric.calc_check_digit(body + "0")
        if cn_ok(v):
            return v
    return None


scheme(id="CHINA_RESIDENT_IDENTITY_CARD_NUMBER", short="身份证号码", cc="cn",
       core=r"(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3])[0-9]{4}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])"
            r"(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]",
       keywords=kws("身份证 | 身份证号 | 身份证号码 | 居民身份证 | 公民身份号码 | 证件号码 | sfz | shenfenzheng"
                    "| resident identity card | chinese id | id card no | sfzh | id_card | idcard"),
       keys=("sfzh", "idcard", "shenfenzheng", "身份证号码"),
       reported=cn_ok, body=None, complete=None,
       variants=(Variant("as printed", 1.0, plain),), langs=("zh", "en"),
       text_kw={"zh": ("身份证号码", "身份证号", "身份证", "居民身份证", "公民身份号码", "证件号码"),
                "en": ("resident identity card", "chinese id", "shenfenzheng")},
       makers=((1.0, cn_make),), check_chars=DIGITS + "X",
       specimens=("11010519491231002X", "360426199101010071"))


# 50 JAPAN_MY_NUMBER ---------------------------------------------------------------------------
scheme(id="JAPAN_MY_NUMBER", short="マイナンバー", cc="jp", core=r"[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}",
       keywords=kws("マイナンバー | 個人番号 | マイナンバーカード | 個人番号カード | my number | mynumber"
                    "| individual number | kojin bango | my_number | kojin_bango"),
       keys=("my_number", "mynumber", "kojin_bango", "myNumber"),
       reported=lambda v: ok(jp_in.is_valid, v),
       body=lambda rng: rand_digits(rng, 11, "123456789"), complete=lambda b: b + jp_in.calc_check_digit(b),
       variants=(Variant("spaced 4-4-4", 0.45, lambda c, r: group(c, (4, 4, 4), " ")), Variant("plain", 0.4, plain),
                 Variant("dashed 4-4-4", 0.15, lambda c, r: group(c, (4, 4, 4), "-"))),
       langs=("ja", "en"),
       text_kw={"ja": ("マイナンバー", "個人番号", "マイナンバーカード", "個人番号カード"),
                "en": ("My Number", "my number", "individual number", "kojin bango")},
       specimens=("123456789018", "6214 9832 0257"))


# 51 SOUTH_KOREA_RESIDENT_REGISTRATION_NUMBER --------------------------------------------------
def rrn_make(rng):
    if rng.random() < 0.22:
        # registered since 5 Oct 2020: the six digits after the sex digit are random, so the
        # last digit is no check digit (kept mismatching on purpose)
        born = rand_date(rng, KR_RANDOM_SINCE, LATEST_BIRTH)
        body = f"{born:%y%m%d}{rng.choice('34')}{rand_digits(rng, 5)}"
        good = kr_rrn.calc_check_digit(body)
        return body + rng.choice([d for d in DIGITS if d != good])
    for _ in range(50):
        born = rand_date(rng, dt.date(1940, 1, 1), dt.date(2019, 12, 31))
        g = (1 if born.year < 2000 else 3) + rng.randint(0, 1)
        body = f"{born:%y%m%d}{g}{rng.randint(0, 96):02d}{rand_digits(rng, 3)}"
        v = body + kr_rrn.calc_check_digit(body)
        if ok(kr_rrn.is_valid, v):
            return v
    return None


def rrn_bad(rng, c):
    dm = rng.choice(("0230", "0231", "0431", "0631", "0931", "1131"))
    body = c[:2] + dm + c[6:12]
    return body + kr_rrn.calc_check_digit(body)


scheme(id="SOUTH_KOREA_RESIDENT_REGISTRATION_NUMBER", short="주민등록번호", cc="kr",
       core=r"[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])-?[0-9]{7}",
       keywords=kws("주민등록번호 | 주민번호 | 주민등록 번호 | 외국인등록번호 | resident registration number | rrn | jumin"
                    "| korean id | jumin_no | resident_no"),
       keys=("jumin_no", "rrn", "juminNo", "주민등록번호"),
       reported=kr_reported, strict=kr_strict, body=None, complete=None,
       variants=(Variant("YYMMDD-GNNNNNC", 0.7, lambda c, r: c[:6] + "-" + c[6:]), Variant("plain", 0.3, plain)),
       langs=("ko", "en"),
       text_kw={"ko": ("주민등록번호", "주민번호", "주민등록 번호"),
                "en": ("resident registration number", "jumin", "korean id")},
       makers=((1.0, rrn_make),), check_at=None, bad=rrn_bad, bad_kind="impossible date",
       specimens=("971013-9019902",))


# 52 SINGAPORE_NRIC_FIN_NUMBER -----------------------------------------------------------------
def sg_make(rng):
    p = rng.choice("SSSSTTTFGM")
    d = rand_digits(rng, 7)
    return p + d + sg_check(p, d)


scheme(id="SINGAPORE_NRIC_FIN_NUMBER", short="NRIC/FIN", cc="sg", core=r"[STFGM][0-9]{7}[A-Z]",
       keywords=kws("nric | nric no | fin | fin no | uin | uinfin | identity card number | ic no | ic number"
                    "| singapore ic | 身份证"),
       keys=("nric", "uinfin", "nric_no", "nricNo"),
       reported=sg_ok, body=None, complete=None, variants=(Variant("as printed", 1.0, plain),),
       langs=("en", "zh"),
       text_kw={"en": ("NRIC", "NRIC No", "FIN", "FIN No", "UIN", "UINFIN", "IC No", "IC number", "Singapore IC",
                       "identity card number"),
                "zh": ("身份证", "NRIC")},
       makers=((1.0, sg_make),), check_chars=UPPER, bad_kind="wrong check letter",
       specimens=("S1234567D", "S0000001I"))


# 53 HONG_KONG_IDENTITY_CARD_NUMBER ------------------------------------------------------------
def hk_make(rng):
    p = rng.choice(UPPER) if rng.random() < 0.85 else rng.choice("WXZ") + rng.choice(UPPER)
    d = rand_digits(rng, 6)
    return p + d + hk_check(p, d)


def hk_fmt(c, style):
    if style == "parens":
        return f"{c[:-1]}({c[-1]})"
    if style == "space":
        return f"{c[:-1]} {c[-1]}"
    return c


scheme(id="HONG_KONG_IDENTITY_CARD_NUMBER", short="HKID", cc="hk",
       core=r"[A-Z]{1,2}[0-9]{6}(?:\([0-9A]\)|[ ]?[0-9A])",
       keywords=kws("hkid | hkic | hong kong identity card | identity card no | 香港身份證 | 身份證號碼 | 身份證 | id card no"),
       keys=("hkid", "hkic", "hkid_no", "hkidNumber"),
       reported=hk_ok, body=None, complete=None,
       variants=(Variant("check in parentheses", 0.55, lambda c, r: hk_fmt(c, "parens")),
                 Variant("compact", 0.25, plain), Variant("space before the check", 0.2, lambda c, r: hk_fmt(c, "space"))),
       langs=("zt", "en"),
       text_kw={"zt": ("香港身份證", "身份證號碼", "身份證"),
                "en": ("HKID", "HKIC", "Hong Kong identity card", "identity card no")},
       makers=((1.0, hk_make),), check_chars=DIGITS + "A", specimens=("A123456(3)", "C668668(9)"))


# 54 TAIWAN_NATIONAL_IDENTIFICATION_NUMBER -----------------------------------------------------
def tw_make(rng):
    head = rng.choice(UPPER) + (rng.choice("12") if rng.random() < 0.9 else rng.choice("89")) + rand_digits(rng, 7)
    return brute_last(head, tw_ok)


scheme(id="TAIWAN_NATIONAL_IDENTIFICATION_NUMBER", short="身分證字號", cc="tw", core=r"[A-Z][1289][0-9]{8}",
       keywords=kws("身分證字號 | 身分證號碼 | 身份證字號 | 統一證號 | 國民身分證 | national id | taiwan id | id no"
                    "| id_no | identity_no | sfz"),
       keys=("id_no", "taiwan_id", "idNo", "身分證字號"),
       reported=tw_ok, body=None, complete=None, variants=(Variant("as printed", 1.0, plain),),
       langs=("zt", "en"),
       text_kw={"zt": ("身分證字號", "身分證號碼", "身份證字號", "統一證號", "國民身分證"),
                "en": ("Taiwan ID", "national ID", "ID no")},
       makers=((0.6, tw_make), (0.4, lambda r: FAKE.get("zh_TW").ssn())), specimens=("A123456789",))


# 55 ISRAEL_IDENTITY_NUMBER --------------------------------------------------------------------
scheme(id="ISRAEL_IDENTITY_NUMBER", short="מספר זהות", cc="il", core=r"[0-9]{8}-?[0-9]",
       keywords=kws('מספר זהות | ת.ז. | ת"ז | תעודת זהות | teudat zehut | israeli id | id number | mispar zehut'
                    "| teudat_zehut | tz | israeli_id"),
       keys=("teudat_zehut", "tz", "israeli_id", "teudatZehut"),
       reported=lambda v: ok(il_idnr.is_valid, v),
       body=lambda rng: rand_digits(rng, 8, "0123"), complete=luhn_complete,
       variants=(Variant("plain", 0.6, plain), Variant("dash before the check", 0.4, lambda c, r: c[:8] + "-" + c[8])),
       langs=("he", "en"),
       text_kw={"he": ("מספר זהות", "ת.ז.", 'ת"ז', "תעודת זהות"),
                "en": ("teudat zehut", "israeli id", "mispar zehut")},
       makers=((0.3, lambda r: il_idnr.compact(FAKE.get("he_IL").ssn())),),
       specimens=("000000018", "123456782"), generic=("id number",))


# 56 SOUTH_AFRICA_IDENTITY_NUMBER --------------------------------------------------------------
def za_make(rng):
    born = rand_date(rng, dt.date(1960, 1, 1), dt.date(2007, 12, 31))
    body = f"{born:%y%m%d}{rng.randint(0, 9999):04d}{rng.choice('0001')}8"
    return luhn_complete(body)


scheme(id="SOUTH_AFRICA_IDENTITY_NUMBER", short="SA ID", cc="za", core=r"[0-9]{6} ?[0-9]{4} ?[012][89][0-9]",
       keywords=kws("id number | identity number | sa id | rsa id | south african id | identiteitsnommer | id-nommer"
                    "| i.d. no | id_number | sa_id | identity_number"),
       keys=("sa_id", "rsa_id", "sa_id_number", "saIdNumber"),
       reported=lambda v: ok(za_idnr.is_valid, v), body=None, complete=None,
       variants=(Variant("spaced 6-4-3", 0.45, lambda c, r: group(c, (6, 4, 3), " ")), Variant("plain", 0.55, plain)),
       langs=("en", "af"),
       text_kw={"en": ("SA ID", "RSA ID", "south african id", "South African ID", "i.d. no"),
                "af": ("identiteitsnommer", "ID-nommer")},
       makers=((1.0, za_make),), specimens=("7503305044089", "8001015009087"),
       generic=("id number", "identity number"))


# 57 TURKEY_IDENTIFICATION_NUMBER --------------------------------------------------------------
scheme(id="TURKEY_IDENTIFICATION_NUMBER", short="TC Kimlik No", cc="tr", core=r"[1-9][0-9]{10}",
       keywords=kws("tc kimlik | t.c. kimlik no | tc kimlik no | tckn | kimlik numarası | KİMLİK NUMARASI | kimlik no"
                    "| tc no | turkish id | t.c. | tc_kimlik_no"),
       keys=("tckn", "tc_kimlik_no", "tcKimlikNo"),
       reported=lambda v: ok(tr_tck.is_valid, v),
       body=lambda rng: rand_digits(rng, 9, "123456789"), complete=lambda b: b + tr_tck.calc_check_digits(b),
       variants=(Variant("plain", 1.0, plain),), langs=("tr", "en"),
       text_kw={"tr": ("TC Kimlik No", "T.C. Kimlik No", "TC kimlik", "TCKN", "kimlik numarası", "KİMLİK NUMARASI",
                       "kimlik no", "TC no"),
                "en": ("turkish id", "TCKN", "TC Kimlik No")},
       makers=((0.3, lambda r: FAKE.get("tr_TR").ssn()),), check_at=(-2, None), specimens=("11111111110",))


# 58 NEW_ZEALAND_IRD_NUMBER --------------------------------------------------------------------
def ird_make(rng):
    for _ in range(100):
        n = rng.randint(1_000_000, 14_999_999)
        b = str(n)
        try:
            c = nz_ird.calc_check_digit(b)
        except Exception:
            continue
        v = b + c
        if c != "10" and ok(nz_ird.is_valid, v):
            return v
    return None


def ird_fmt(c, rng, dashed):
    if not dashed:
        return c
    return group(c, (2, 3, 3), "-") if len(c) == 8 else group(c, (3, 3, 3), "-")


scheme(id="NEW_ZEALAND_IRD_NUMBER", short="IRD", cc="nz", core=r"(?:1[0-4][0-9]|0?[1-9][0-9])-?[0-9]{3}-?[0-9]{3}",
       keywords=kws("ird | ird number | ird no | irdn | inland revenue number | tax file number | gst number"),
       keys=("ird", "ird_number", "irdNumber"),
       reported=lambda v: ok(nz_ird.is_valid, v), body=None, complete=None,
       variants=(Variant("dashed", 0.55, lambda c, r: ird_fmt(c, r, True)), Variant("plain", 0.45, plain)),
       langs=("en",),
       text_kw={"en": ("IRD", "IRD number", "IRD no", "IRDN", "inland revenue number", "GST number")},
       makers=((1.0, ird_make),), specimens=("49-091-850", "35-901-981", "49-098-576"))


# 59 AUSTRALIA_BUSINESS_NUMBER -----------------------------------------------------------------
def abn_make(rng):
    b = rand_digits(rng, 9, "123456789")
    return au_abn.calc_check_digits(b) + b


scheme(id="AUSTRALIA_BUSINESS_NUMBER", short="ABN", cc="au", core=r"[0-9]{2} ?[0-9]{3} ?[0-9]{3} ?[0-9]{3}",
       keywords=kws("abn | australian business number | abn no | abn:"),
       keys=("abn", "abn_number", "abnNumber"),
       reported=lambda v: ok(au_abn.is_valid, v), body=None, complete=None,
       variants=(Variant("spaced 2-3-3-3", 0.65, lambda c, r: group(c, (2, 3, 3, 3), " ")), Variant("plain", 0.35, plain)),
       langs=("en",),
       text_kw={"en": ("ABN", "Australian Business Number", "ABN no")},
       makers=((1.0, abn_make),), check_at=(0, 2), specimens=("51 824 753 556", "83 914 571 673"), org=True)


# 60 USA_EMPLOYER_IDENTIFICATION_NUMBER --------------------------------------------------------
EIN_PREFIXES = [p for p in (f"{i:02d}" for i in range(100)) if ein_ok(p + "1234560")]
EIN_BAD_PREFIXES = [p for p in (f"{i:02d}" for i in range(100)) if p not in EIN_PREFIXES]


def ein_make(rng):
    return rng.choice(EIN_PREFIXES) + f"{rng.randint(1, 9_999_999):07d}"


scheme(id="USA_EMPLOYER_IDENTIFICATION_NUMBER", short="EIN", cc="us",
       core=r"(?:0[1-6]|1[0-6]|2[0-7]|3[0-9]|4[0-8]|5[0-9]|6[0-8]|7[1-7]|8[0-8]|9[0-58-9])-?[0-9]{7}",
       keywords=kws("ein | ein# | fein | employer identification number | employer id | federal tax id"
                    "| federal tax identification number | federal employer identification number | tax id | tin"
                    "| employer_id"),
       keys=("ein", "fein", "employer_id", "employerId"),
       reported=ein_ok, body=None, complete=None,
       variants=(Variant("dashed 2-7", 0.7, lambda c, r: c[:2] + "-" + c[2:]), Variant("plain", 0.3, plain)),
       langs=("en",),
       text_kw={"en": ("EIN", "EIN#", "FEIN", "employer identification number", "Employer Identification Number",
                       "employer ID", "federal tax ID", "federal tax identification number",
                       "federal employer identification number")},
       makers=((0.7, ein_make), (0.3, lambda r: FAKE.get("en_US").ein().replace("-", ""))),
       check_at=None, bad=lambda rng, c: rng.choice(EIN_BAD_PREFIXES) + c[2:], bad_kind="prefix never assigned",
       specimens=("12-3456789",), org=True)


# 61 EU_VAT_NUMBER -----------------------------------------------------------------------------
def vat_brute(prefix, head, n_fill, rng, extra=""):
    fills = [f"{i:0{n_fill}d}" for i in range(10 ** n_fill)]
    rng.shuffle(fills)
    for f in fills:
        v = prefix + head + f + extra
        if eu_vat_ok(v):
            return v
    return None


def vat_letter(prefix, head, rng, letters=UPPER):
    ls = list(letters)
    rng.shuffle(ls)
    for ch in ls:
        if eu_vat_ok(prefix + head + ch):
            return prefix + head + ch
    return None


VAT_COUNTRIES = {
    # prefix: (maker, keywords used with it, besides the English ones)
    "AT": (lambda r: vat_brute("ATU", rand_digits(r, 7, "123456789"), 1, r), ("UID", "UID-Nummer", "USt-IdNr.")),
    "BE": (lambda r: vat_brute("BE0", rand_digits(r, 7, "2345678"), 2, r), ("BTW", "btw-nummer", "TVA", "n° TVA")),
    "BG": (lambda r: vat_brute("BG", rand_digits(r, 8, "12"), 1, r), ()),
    "CY": (lambda r: vat_letter("CY", rand_digits(r, 8, "013459"), r), ()),
    "CZ": (lambda r: vat_brute("CZ", rand_digits(r, 7, "12345678"), 1, r), ()),
    "DE": (lambda r: vat_brute("DE", rand_digits(r, 8, "123456789"), 1, r),
           ("USt-IdNr.", "USt-ID", "UStID", "Umsatzsteuer-Identifikationsnummer")),
    "DK": (lambda r: vat_brute("DK", rand_digits(r, 7, "123456789"), 1, r), ("CVR", "momsnr", "moms")),
    "EE": (lambda r: vat_brute("EE", "10" + rand_digits(r, 6), 1, r), ("KMKR",)),
    "EL": (lambda r: vat_brute("EL", rand_digits(r, 8, "0123456789"), 1, r), ()),
    "ES": (lambda r: "ES" + cif_make(r), ("NIF-IVA", "número de IVA")),
    "FI": (lambda r: vat_brute("FI", rand_digits(r, 7, "0123456789"), 1, r), ("ALV", "ALV-numero")),
    "FR": (lambda r: vat_fr(r), ("TVA", "n° TVA", "TVA intracommunautaire")),
    "HR": (lambda r: "HR" + (lambda b: b + mod_11_10.calc_check_digit(b))(rand_digits(r, 10, "123456789")), ()),
    "HU": (lambda r: vat_brute("HU", rand_digits(r, 7, "123456789"), 1, r), ("közösségi adószám",)),
    "IE": (lambda r: vat_letter("IE", rand_digits(r, 7, "123456789"), r, "ABCDEFGHIJKLMNOPQRSTUVW"), ()),
    "IT": (lambda r: "IT" + piva_make(r), ("P.IVA", "partita IVA")),
    "LT": (lambda r: vat_brute("LT", rand_digits(r, 7, "123456789") + "1", 1, r), ("PVM kodas", "PVM")),
    "LU": (lambda r: vat_brute("LU", rand_digits(r, 6, "123456789"), 2, r), ("TVA", "n° TVA")),
    "LV": (lambda r: vat_brute("LV", rand_digits(r, 10, "456789"), 1, r), ("PVN",)),
    "MT": (lambda r: vat_brute("MT", rand_digits(r, 6, "123456789"), 2, r), ()),
    "NL": (lambda r: "NL" + SCHEMES["NETHERLANDS_CITIZEN_SERVICE_NUMBER"].complete(rand_digits(r, 8, "123456"))
           + f"B{r.randint(1, 19):02d}", ("BTW", "btw-nummer", "BTW-id")),
    "PL": (lambda r: vat_brute("PL", rand_digits(r, 9, "123456789"), 1, r), ("NIP",)),
    "PT": (lambda r: "PT" + (lambda b: b + pt_nif.calc_check_digit(b))(rand_digits(r, 8, "5")), ()),
    "RO": (lambda r: vat_brute("RO", rand_digits(r, 7, "123456789"), 1, r), ("CUI", "CIF")),
    "SE": (lambda r: vat_se(r), ("momsregistreringsnummer", "moms")),
    "SI": (lambda r: vat_brute("SI", rand_digits(r, 7, "123456789"), 1, r), ("DDV", "ID za DDV")),
    "SK": (lambda r: vat_brute("SK", r.choice("1234") + r.choice("0123456789") + r.choice("234789")
                               + rand_digits(r, 6), 1, r), ("DPH",)),
    "XI": (lambda r: vat_brute("XI", rand_digits(r, 8, "123456789"), 1, r), ("VAT reg no",)),
}
VAT_EN = ("VAT number", "VAT No", "VAT ID", "VAT reg no", "VAT registration number", "VATIN", "VAT")


def vat_fr(rng):
    siren = luhn_complete(rand_digits(rng, 8, "123456789"))
    return vat_brute("FR", "", 2, rng, extra=siren)


def vat_se(rng):
    head = "5" + rng.choice(DIGITS) + rng.choice("23456789") + rand_digits(rng, 6)
    return vat_brute("SE", head, 1, rng, extra="01")


def vat_make(rng):
    cc = rng.choice(sorted(VAT_COUNTRIES))
    return VAT_COUNTRIES[cc][0](rng)


def vat_fmt(c, style):
    if style == "space" and c[:2] in ("BE", "DE", "DK"):
        return c[:2] + " " + c[2:]
    if style == "space" and c[:2] == "FR":
        return c[:4] + " " + c[4:]
    return c


def vat_bad(rng, c):
    """One digit of the number changed so that its country's check fails."""
    end = len(c) - (2 if c[:2] == "SE" else 3 if c[:2] == "NL" else 0)
    positions = [i for i in range(2, end) if c[i].isdigit()]
    for _ in range(50):
        i = rng.choice(positions)
        v = c[:i] + rng.choice([d for d in DIGITS if d != c[i]]) + c[i + 1:]
        if not eu_vat_ok(v):
            return v
    return None


scheme(id="EU_VAT_NUMBER", short="VAT", cc="eu",
       core=r"ATU[0-9]{8}|BE ?[01]?[0-9]{9}|BG[0-9]{9,10}|CY[0-9]{8}[A-Z]|CZ[0-9]{8,10}|DE ?[0-9]{9}|DK ?[0-9]{8}"
            r"|EE[0-9]{9}|EL[0-9]{9}|ES[0-9A-Z][0-9]{7}[0-9A-Z]|FI[0-9]{8}|FR[0-9A-HJ-NP-Z]{2} ?[0-9]{9}|HR[0-9]{11}"
            r"|HU[0-9]{8}|IE[0-9][0-9A-Z+*][0-9]{5}[A-W][A-IW]?|IT[0-9]{11}|LT(?:[0-9]{9}|[0-9]{12})|LU[0-9]{8}"
            r"|LV[0-9]{11}|MT[0-9]{8}|NL[0-9]{9}B[0-9]{2}|PL[0-9]{10}|PT[0-9]{9}|RO[1-9][0-9]{1,9}|SE[0-9]{10}01"
            r"|SI[0-9]{8}|SK[0-9]{10}|XI(?:[0-9]{9}|[0-9]{12}|GD[0-9]{3}|HA[0-9]{3})",
       keywords=kws("vat | vat no | vat number | vat id | vat reg no | vat registration number | vatin | tax id"
                    "| ust-idnr | ust-id | ustid | ust.-id.-nr. | umsatzsteuer-identifikationsnummer | uid | uid-nummer"
                    "| tva | n° tva | numéro de tva | tva intracommunautaire | btw | btw-nummer | btw-id | btw nummer"
                    "| iva | partita iva | p.iva | nif-iva | número de iva | moms | momsnr | momsregistreringsnummer"
                    "| alv | alv-numero | dph | ič dph | dič | ddv | id za ddv | pvm | pvm kodas | pvn | áfa"
                    "| közösségi adószám | φπα | αφμ | cvr | kmkr | nip | cui | cif | vat_number | vat_id"),
       keys=("vat", "vat_number", "vatNumber", "vat_id", "tva", "btw"),
       reported=eu_vat_ok, body=None, complete=None,
       variants=(Variant("compact", 0.85, plain), Variant("space after the prefix", 0.15, lambda c, r: vat_fmt(c, "space"))),
       langs=("en",),
       text_kw={"en": VAT_EN},
       value_kw=lambda c: {"en": VAT_EN + VAT_COUNTRIES[c[:2]][1]} if c[:2] in VAT_COUNTRIES else None,
       makers=((1.0, vat_make),), bad=vat_bad, bad_kind="one digit changed, check fails", digit_specimens=False, org=True)


# Not planted here, but in reach of the same keywords: trawl's existing US SSN (a 9-digit
# value after "ssn" or "social security number" must not be one).
FOREIGN = {
    "USA_SOCIAL_SECURITY_NUMBER": (
        r"[0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{3} [0-9]{2} [0-9]{4}|[0-9]{9}",
        kws("ssn | ssn# | ss# | social security | social security number | social security no | soc sec"
            "| soc sec no | social sec"),
        ssn_us_ok),
}

# Keywords of trawl's other PERSONAL and FINANCIAL identifiers that turn nearby digits into
# their values (phone numbers in national form, birth dates, expiry dates, security codes):
# none may stand within REACH bytes before a planted value. (Copied from
# identifiers/builtin/personal/{phone_numbers,birth_dates}.toml and financial/payment_cards.toml.)
OTHER_KEYWORDS = kws(
    "phone | phones | phone number | phone numbers | telephone | telephones | mobiles | mobile phone | tel | mobile"
    "| mobile number | cell | cellphone | cell phone | fax | contact | call | call me | reach me | whatsapp | sms"
    "| telefon | telefonisch | telefonnummer | handy | handynummer | mobil | mobilnummer | rufnummer | téléphone"
    "| numéro | teléfono | telefono | móvil | movil | celular | cellulare | numero di telefono | telefone"
    "| contato | contacto"
    "| dob | d.o.b | d.o.b. | date of birth | birth date | birthdate | birthday | born | born on | bday | b-day"
    "| geburtsdatum | geburtstag | geboren | geboren am | date de naissance | naissance | né le | née le | né | née"
    "| fecha de nacimiento | nacimiento | nacido | nacida | nacido el | data di nascita | nascita | nato il"
    "| nata il | nato | nata | data de nascimento | nascimento | nascido | nascida | nascido em"
    "| exp | exp date | expiry | expiry date | expires | expiration | expiration date | valid thru | valid through"
    "| good thru | valid until | mm/yy | ablaufdatum | gültig bis | gueltig bis | date d'expiration"
    "| date d’expiration | expire | fecha de vencimiento | vencimiento | caducidad | scadenza | validade"
    "| data de validade"
    "| cvv | cvv2 | cvc | cvc2 | csc | cvn | security code | card verification | card verification code"
    "| card verification value | verification code | card code | prüfnummer | pruefnummer | kartenprüfnummer"
    "| cryptogramme | code de sécurité | código de seguridad | codigo de seguridad | codice di sicurezza"
    "| código de segurança | codigo de seguranca")


# --- keywords as trawl matches them -----------------------------------------------------------
# ASCII-case-insensitive, whole words: the bytes before and after are not ASCII letters or
# digits. Column names and JSON keys are also read split into words (`numeroCpf` -> `numero cpf`).

ALNUM = frozenset(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
OTHER = "_OTHER_IDENTIFIERS"    # pseudo-id of OTHER_KEYWORDS


def split_key(key: str) -> str:
    """A column name or JSON key as words: camelCase and snake_case split, lower case."""
    k = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", key)
    k = "".join(ch if ch.isalnum() else " " for ch in k)
    return " ".join(k.lower().split())


def single_token_keys(s: Scheme):
    return {k.lower() for k in s.keys if split_key(k) == k.lower()}


class KeywordIndex:
    def __init__(self):
        self.ids_of = defaultdict(set)                  # keyword bytes (ASCII-lowered) -> ids
        for s in SCHEMES.values():
            for k in set(s.keywords) | single_token_keys(s):
                self.ids_of[k.encode().lower()].add(s.id)
        for fid, (_, words, _) in FOREIGN.items():
            for k in words:
                self.ids_of[k.encode().lower()].add(fid)
        for k in OTHER_KEYWORDS:
            self.ids_of[k.encode().lower()].add(OTHER)
        self.by_head = defaultdict(list)
        for k, ids in self.ids_of.items():
            self.by_head[k[:2]].append((k, frozenset(ids)))
        self.longest = max(len(k) for k in self.ids_of)

    def find(self, data: bytes, lo: int, hi: int, start_lo: int = 0):
        """(start, end, keyword, ids) of whole-word keywords in data ending in [lo, hi] and
        starting at or after start_lo."""
        out = []
        a = max(start_lo, lo - self.longest, 0)
        hay = data[a:hi + 1].lower() if hi + 1 <= len(data) else data[a:].lower()
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


KW = None        # built in main() (after the schemes are complete)


# --- regexes ----------------------------------------------------------------------------------

LEFT = rb"(?<![0-9A-Za-z_./\-])"
RIGHT = rb"(?=$|[^0-9A-Za-z_/\-]|[.\-](?:$|[^0-9]))"
REGEX = {}


def build_regexes():
    for s in SCHEMES.values():
        REGEX[s.id] = re.compile(LEFT + b"(" + s.core.encode() + b")" + RIGHT)
    for fid, (core, _, _) in FOREIGN.items():
        REGEX[fid] = re.compile(LEFT + b"(" + core.encode() + b")" + RIGHT)


def reported_by(ident: str, value: str) -> bool:
    if ident in SCHEMES:
        return SCHEMES[ident].reported(value)
    return FOREIGN[ident][2](value)


def shape_ok(ident: str, value: str) -> bool:
    """The value alone, in plain context, matches the id's regex exactly."""
    data = b" " + value.encode() + b" "
    m = REGEX[ident].match(data, 1)
    return bool(m) and m.span(1) == (1, len(data) - 1)


def matches_over(ident: str, data: bytes, s: int, e: int):
    """Every match of the id's regex whose value overlaps data[s:e]: (start, end, value)."""
    rx, out, seen = REGEX[ident], [], set()
    for pos in range(max(0, s - 40), e):
        m = rx.match(data, pos)
        if m and m.start(1) < e and s < m.end(1) and m.span(1) not in seen:
            seen.add(m.span(1))
            out.append((m.start(1), m.end(1), m.group(1).decode("utf-8", "replace")))
    return out


# --- other identifiers' shapes ----------------------------------------------------------------

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
    """A run of 12-19 digits (single spaces, dots or dashes between them allowed) that passes
    Luhn and starts like a card brand: trawl's card rule reports it without a keyword."""
    for m in re.finditer(r"\d(?:[ .\-]?\d)*", text):
        d = digits_of(m.group())
        for i in range(len(d)):
            for j in range(i + 12, min(len(d), i + 19) + 1):
                if luhn_ok(d[i:j]) and card_brand_prefix(d[i:j]):
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


# --- languages --------------------------------------------------------------------------------
# Per language: sentences that put a keyword right before a value ({kw} {val}), neutral filler
# (no digits, no keyword of any identifier: checked at start-up), greetings, subjects, neutral
# sentences for a value without any keyword ({val}), form labels, job titles, chat roles.

LANG = {
    "en": dict(
        say=("My {kw} is {val}.", "Here is my {kw}: {val}", "{kw}: {val}", "Please update the {kw} to {val} in your records.",
             "The {kw} on my file should read {val}, not the old one.", "I have attached a scan; the {kw} is {val}."),
        greet=("Hello,", "Hi team,", "Good morning,"), close=("Kind regards,", "Thanks in advance,", "Best wishes,"),
        filler=("I am writing about the application I sent last week.", "Could you please check the details below?",
                "Nothing else has changed since my previous message.",
                "Let me know if anything else is needed on your side.",
                "The form kept showing an error when I tried to save it.",
                "I would appreciate a quick confirmation once it is done.",
                "Our office moved recently, so some of your records may be out of date."),
        subject=("Update to my personal details", "Question about my registration", "Correction needed on my file"),
        neutral=("Our order reference is {val}.", "Tracking code {val} shows the parcel in transit.",
                 "Please quote reference {val} in any reply."),
        form=("Personal details", "Name", "City", "Position"),
        roles=("accountant", "nurse", "warehouse clerk", "engineer", "teacher", "sales assistant"),
        agent="Agent", customer="Customer", note=("HR note:", "Onboarding:", "File update:")),
    "es": dict(
        say=("Mi {kw} es {val}.", "Les envío mi {kw}: {val}", "{kw}: {val}", "Por favor, actualicen el {kw} a {val}.",
             "El {kw} correcto es {val}, gracias."),
        greet=("Hola,", "Buenos días,", "Estimados señores:"), close=("Saludos cordiales,", "Muchas gracias,", "Un saludo,"),
        filler=("Les escribo por el trámite que inicié la semana pasada.", "¿Podrían revisar los datos que indico abajo?",
                "No ha cambiado nada más desde mi último mensaje.",
                "Quedo atento a cualquier otra información que necesiten.",
                "El formulario daba un error al intentar guardarlo.", "Agradecería una confirmación cuando esté hecho."),
        subject=("Actualización de mis datos", "Consulta sobre mi alta", "Corrección en mi expediente"),
        neutral=("Referencia del pedido: {val}.", "Código de seguimiento {val}, todavía en tránsito.",
                 "Por favor indiquen la referencia {val} en su respuesta."),
        form=("Ficha de datos", "Nombre", "Ciudad", "Cargo"),
        roles=("contable", "enfermera", "ingeniero", "profesora", "administrativo", "dependienta"),
        agent="Agente", customer="Cliente", note=("Nota de RR. HH.:", "Alta de empleado:", "Actualización del expediente:")),
    "pt": dict(
        say=("Meu {kw} é {val}.", "Segue o meu {kw}: {val}", "{kw}: {val}", "Por favor, atualizem o {kw} para {val}.",
             "O {kw} correto é {val}, obrigado."),
        greet=("Olá,", "Bom dia,", "Prezados,"), close=("Atenciosamente,", "Obrigado,", "Abraços,"),
        filler=("Escrevo sobre o pedido que iniciei na semana passada.", "Poderiam conferir os dados abaixo?",
                "Nada mais mudou desde a minha última mensagem.",
                "Fico no aguardo se precisarem de mais alguma informação.", "O formulário dava erro ao tentar salvar.",
                "Agradeço a confirmação assim que possível."),
        subject=("Atualização dos meus dados", "Dúvida sobre o meu pedido", "Correção no meu registro"),
        neutral=("O código do pedido é {val}.", "Código de rastreio {val}, ainda em trânsito.",
                 "Favor citar a referência {val} na resposta."),
        form=("Ficha de dados", "Nome", "Cidade", "Cargo"),
        roles=("contadora", "enfermeiro", "engenheira", "professor", "vendedor", "auxiliar administrativo"),
        agent="Atendente", customer="Cliente", note=("Nota do RH:", "Admissão:", "Atualização da ficha:")),
    "fr": dict(
        say=("Mon {kw} est {val}.", "Voici mon {kw} : {val}", "{kw} : {val}", "Merci de corriger le {kw} en {val}.",
             "Le bon {kw} est {val}, merci."),
        greet=("Bonjour,", "Madame, Monsieur,", "Bonjour à toute l'équipe,"),
        close=("Cordialement,", "Bien à vous,", "Merci d'avance,"),
        filler=("Je vous écris au sujet de mon dossier ouvert la semaine dernière.",
                "Pourriez-vous vérifier les informations ci-dessous ?",
                "Rien d'autre n'a changé depuis mon dernier message.",
                "Je reste à votre disposition pour toute pièce manquante.",
                "Le formulaire affichait une erreur à l'enregistrement.",
                "Une confirmation me rassurerait une fois la mise à jour faite."),
        subject=("Mise à jour de mon dossier", "Question sur mon inscription", "Correction à apporter"),
        neutral=("La référence de commande est {val}.", "Suivi du colis : {val}.",
                 "Merci de rappeler la référence {val} dans votre réponse."),
        form=("Fiche individuelle", "Nom", "Ville", "Poste"),
        roles=("comptable", "infirmière", "ingénieur", "professeure", "vendeur", "magasinier"),
        agent="Conseiller", customer="Client", note=("Note RH :", "Embauche :", "Mise à jour du dossier :")),
    "de": dict(
        say=("Meine {kw} lautet {val}.", "Anbei meine {kw}: {val}", "{kw}: {val}", "Bitte ändern Sie die {kw} auf {val}.",
             "Die richtige {kw} ist {val}, danke."),
        greet=("Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,"),
        close=("Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße"),
        filler=("Ich schreibe wegen meines Antrags von letzter Woche.", "Könnten Sie die folgenden Angaben prüfen?",
                "Sonst hat sich seit meiner letzten Nachricht nichts geändert.",
                "Melden Sie sich gern, falls noch etwas fehlt.",
                "Das Formular zeigte beim Speichern eine Fehlermeldung.",
                "Über eine kurze Bestätigung würde ich mich freuen."),
        subject=("Änderung meiner Daten", "Frage zu meiner Anmeldung", "Korrektur in meiner Akte"),
        neutral=("Die Bestellreferenz lautet {val}.", "Sendungsverfolgung: {val}",
                 "Bitte geben Sie die Referenz {val} in Ihrer Antwort an."),
        form=("Personalbogen", "Name", "Ort", "Position"),
        roles=("Buchhalterin", "Pfleger", "Ingenieurin", "Lehrer", "Verkäuferin", "Lagerist"),
        agent="Support", customer="Kunde", note=("Personalnotiz:", "Einstellung:", "Aktenvermerk:")),
    "it": dict(
        say=("Il mio {kw} è {val}.", "Vi invio il mio {kw}: {val}", "{kw}: {val}", "Per favore aggiornate il {kw} in {val}.",
             "Il {kw} corretto è {val}, grazie."),
        greet=("Buongiorno,", "Salve,", "Gentili signori,"), close=("Cordiali saluti,", "Grazie mille,", "Distinti saluti,"),
        filler=("Vi scrivo per la pratica aperta la settimana scorsa.", "Potreste verificare i dati qui sotto?",
                "Non è cambiato altro dal mio ultimo messaggio.",
                "Resto a disposizione per eventuali documenti mancanti.", "Il modulo dava un errore al salvataggio.",
                "Gradirei una conferma a lavoro concluso."),
        subject=("Aggiornamento dei miei dati", "Domanda sulla mia iscrizione", "Correzione della pratica"),
        neutral=("Il riferimento dell'ordine è {val}.", "Codice di tracciamento {val}.",
                 "Indicate il riferimento {val} nella risposta."),
        form=("Scheda anagrafica", "Nome", "Città", "Ruolo"),
        roles=("contabile", "infermiera", "ingegnere", "insegnante", "commessa", "magazziniere"),
        agent="Operatore", customer="Cliente", note=("Nota HR:", "Assunzione:", "Aggiornamento pratica:")),
    "nl": dict(
        say=("Mijn {kw} is {val}.", "Hierbij mijn {kw}: {val}", "{kw}: {val}", "Graag het {kw} wijzigen in {val}.",
             "Het juiste {kw} is {val}, bedankt."),
        greet=("Hallo,", "Goedemorgen,", "Beste collega's,"), close=("Met vriendelijke groet,", "Alvast bedankt,", "Groeten,"),
        filler=("Wij schrijven over de aanvraag van vorige week.", "Kunt u de gegevens hieronder controleren?",
                "Verder is er niets veranderd sinds het vorige bericht.",
                "Laat het gerust weten als er nog iets ontbreekt.",
                "Het formulier gaf een foutmelding bij het opslaan.", "Een korte bevestiging zou fijn zijn."),
        subject=("Wijziging van mijn gegevens", "Vraag over mijn aanmelding", "Correctie in mijn dossier"),
        neutral=("De bestelreferentie is {val}.", "Track-and-trace code {val}.", "Vermeld referentie {val} in uw antwoord."),
        form=("Personeelsformulier", "Naam", "Plaats", "Functie"),
        roles=("boekhouder", "verpleegkundige", "ingenieur", "docent", "verkoper", "magazijnmedewerker"),
        agent="Medewerker", customer="Klant", note=("HR-notitie:", "Indiensttreding:", "Dossierwijziging:")),
    "pl": dict(
        say=("Mój {kw} to {val}.", "Przesyłam {kw}: {val}", "{kw}: {val}", "Proszę zmienić {kw} na {val}.",
             "Poprawny {kw} to {val}, dziękuję."),
        greet=("Dzień dobry,", "Witam,", "Szanowni Państwo,"), close=("Pozdrawiam,", "Z poważaniem,", "Dziękuję,"),
        filler=("Piszę w sprawie wniosku z zeszłego tygodnia.", "Czy mogą Państwo sprawdzić poniższe dane?",
                "Od ostatniej wiadomości wszystko jest bez zmian.", "Proszę dać znać, jeśli czegoś brakuje.",
                "Formularz pokazywał błąd przy zapisie.", "Będę wdzięczna za krótkie potwierdzenie."),
        subject=("Zmiana moich danych", "Pytanie o rejestrację", "Korekta w aktach"),
        neutral=("Numer zamówienia: {val}.", "Kod przesyłki {val}.", "Proszę podać referencję {val} w odpowiedzi."),
        form=("Karta pracownika", "Imię i nazwisko", "Miasto", "Stanowisko"),
        roles=("księgowa", "pielęgniarz", "inżynier", "nauczycielka", "sprzedawca", "magazynier"),
        agent="Konsultant", customer="Klient", note=("Notatka kadrowa:", "Zatrudnienie:", "Aktualizacja akt:")),
    "sv": dict(
        say=("Mitt {kw} är {val}.", "Här är mitt {kw}: {val}", "{kw}: {val}", "Vänligen ändra {kw} till {val}.",
             "Rätt {kw} är {val}, tack."),
        greet=("Hej,", "God morgon,", "Hej allihop,"), close=("Med vänliga hälsningar,", "Tack på förhand,", "Hälsningar,"),
        filler=("Jag skriver angående ansökan från förra veckan.", "Kan ni kontrollera uppgifterna nedan?",
                "Inget annat har ändrats sedan mitt förra meddelande.", "Hör av er om något saknas.",
                "Formuläret visade ett fel när jag sparade.", "Jag uppskattar en kort bekräftelse."),
        subject=("Ändring av mina uppgifter", "Fråga om min registrering", "Rättelse i min akt"),
        neutral=("Ordernumret är {val}.", "Spårningskod {val}.", "Ange referens {val} i ert svar."),
        form=("Personalblankett", "Namn", "Ort", "Befattning"),
        roles=("ekonom", "sjuksköterska", "ingenjör", "lärare", "säljare", "lagerarbetare"),
        agent="Handläggare", customer="Kund", note=("HR-anteckning:", "Anställning:", "Ärendeuppdatering:")),
    "da": dict(
        say=("Mit {kw} er {val}.", "Her er mit {kw}: {val}", "{kw}: {val}", "Ret venligst {kw} til {val}.",
             "Det rigtige {kw} er {val}, tak."),
        greet=("Hej,", "Godmorgen,", "Kære alle,"), close=("Med venlig hilsen,", "På forhånd tak,", "Hilsen,"),
        filler=("Jeg skriver angående ansøgningen fra sidste uge.", "Kan I kontrollere oplysningerne nedenfor?",
                "Intet andet er ændret siden min sidste besked.", "Giv besked, hvis der mangler noget.",
                "Formularen viste en fejl, da jeg gemte.", "Jeg vil sætte pris på en kort bekræftelse."),
        subject=("Ændring af mine oplysninger", "Spørgsmål om min tilmelding", "Rettelse i min sag"),
        neutral=("Ordrereferencen er {val}.", "Sporingskode {val}.", "Angiv reference {val} i jeres svar."),
        form=("Personaleskema", "Navn", "By", "Stilling"),
        roles=("bogholder", "sygeplejerske", "ingeniør", "lærer", "sælger", "lagermedarbejder"),
        agent="Sagsbehandler", customer="Kunde", note=("HR-note:", "Ansættelse:", "Sagsopdatering:")),
    "fi": dict(
        say=("{kw} on {val}.", "Tässä {kw}: {val}", "{kw}: {val}", "Korjatkaa {kw} muotoon {val}.",
             "Oikea {kw} on {val}, kiitos."),
        greet=("Hei,", "Hyvää huomenta,", "Hei kaikki,"), close=("Ystävällisin terveisin,", "Kiitos etukäteen,", "Terveisin,"),
        filler=("Kirjoitan viime viikon hakemuksesta.", "Voisitteko tarkistaa alla olevat tiedot?",
                "Muuta ei ole muuttunut edellisen viestini jälkeen.", "Ilmoittakaa, jos jotain puuttuu.",
                "Lomake näytti virheen tallennettaessa.", "Lyhyt vahvistus olisi mukava."),
        subject=("Tietojeni muutos", "Kysymys rekisteröinnistä", "Korjaus asiakirjaan"),
        neutral=("Tilausviite on {val}.", "Seurantakoodi {val}.", "Mainitkaa viite {val} vastauksessa."),
        form=("Henkilötietolomake", "Nimi", "Kaupunki", "Tehtävä"),
        roles=("kirjanpitäjä", "sairaanhoitaja", "insinööri", "opettaja", "myyjä", "varastotyöntekijä"),
        agent="Asiakaspalvelu", customer="Asiakas", note=("HR-merkintä:", "Työsuhteen alku:", "Asiakirjan päivitys:")),
    "no": dict(
        say=("Mitt {kw} er {val}.", "Her er mitt {kw}: {val}", "{kw}: {val}", "Vennligst endre {kw} til {val}.",
             "Riktig {kw} er {val}, takk."),
        greet=("Hei,", "God morgen,", "Hei alle sammen,"), close=("Med vennlig hilsen,", "Takk på forhånd,", "Hilsen,"),
        filler=("Jeg skriver angående søknaden fra forrige uke.", "Kan dere kontrollere opplysningene nedenfor?",
                "Ingenting annet er endret siden forrige melding.", "Gi beskjed hvis noe mangler.",
                "Skjemaet viste en feil da jeg lagret.", "En kort bekreftelse settes pris på."),
        subject=("Endring av mine opplysninger", "Spørsmål om registreringen", "Retting i saken min"),
        neutral=("Ordrereferansen er {val}.", "Sporingskode {val}.", "Oppgi referanse {val} i svaret."),
        form=("Personalskjema", "Navn", "Sted", "Stilling"),
        roles=("regnskapsfører", "sykepleier", "ingeniør", "lærer", "selger", "lagermedarbeider"),
        agent="Saksbehandler", customer="Kunde", note=("HR-notat:", "Ansettelse:", "Saksoppdatering:")),
    "hr": dict(
        say=("Moj {kw} je {val}.", "Šaljem {kw}: {val}", "{kw}: {val}", "Molim ispravite {kw} u {val}.",
             "Točan {kw} je {val}, hvala."),
        greet=("Pozdrav,", "Dobar dan,", "Poštovani,"), close=("Lijep pozdrav,", "Hvala unaprijed,", "Srdačno,"),
        filler=("Pišem u vezi sa zahtjevom od prošlog tjedna.", "Možete li provjeriti podatke u nastavku?",
                "Ništa se drugo nije promijenilo od moje zadnje poruke.", "Javite ako nešto nedostaje.",
                "Obrazac je javljao grešku pri spremanju.", "Bio bih zahvalan na kratkoj potvrdi."),
        subject=("Izmjena mojih podataka", "Pitanje o prijavi", "Ispravak u spisu"),
        neutral=("Referenca narudžbe je {val}.", "Kod za praćenje {val}.", "Navedite referencu {val} u odgovoru."),
        form=("Kadrovski list", "Ime i prezime", "Grad", "Radno mjesto"),
        roles=("računovođa", "medicinska sestra", "inženjer", "učiteljica", "prodavač", "skladištar"),
        agent="Agent", customer="Korisnik", note=("Bilješka kadrovske službe:", "Zapošljavanje:", "Ažuriranje spisa:")),
    "et": dict(
        say=("Minu {kw} on {val}.", "Saadan {kw}: {val}", "{kw}: {val}", "Palun muutke {kw} väärtuseks {val}.",
             "Õige {kw} on {val}, aitäh."),
        greet=("Tere,", "Tere hommikust,", "Lugupeetud klienditeenindus,"),
        close=("Lugupidamisega,", "Tänan ette,", "Parimate soovidega,"),
        filler=("Kirjutan eelmise nädala taotluse kohta.", "Kas saaksite allolevad andmed üle vaadata?",
                "Muud pole pärast eelmist kirja muutunud.", "Andke teada, kui midagi puudub.",
                "Vorm näitas salvestamisel viga.", "Oleksin tänulik lühikese kinnituse eest."),
        subject=("Minu andmete muutmine", "Küsimus registreerimise kohta", "Parandus toimikus"),
        neutral=("Tellimuse viide on {val}.", "Jälgimiskood {val}.", "Palun lisage vastusesse viide {val}."),
        form=("Isikuandmete leht", "Nimi", "Linn", "Ametikoht"),
        roles=("raamatupidaja", "õde", "insener", "õpetaja", "müüja", "laotööline"),
        agent="Klienditugi", customer="Klient", note=("Personalimärge:", "Tööle võtmine:", "Toimiku uuendus:")),
    "ro": dict(
        say=("{kw} meu este {val}.", "Vă trimit {kw}: {val}", "{kw}: {val}", "Vă rog să corectați {kw} în {val}.",
             "{kw} corect este {val}, mulțumesc."),
        greet=("Bună ziua,", "Salut,", "Stimată doamnă, stimate domn,"),
        close=("Cu stimă,", "Mulțumesc anticipat,", "Toate cele bune,"),
        filler=("Vă scriu în legătură cu cererea de săptămâna trecută.", "Puteți verifica datele de mai jos?",
                "Nimic altceva nu s-a schimbat de la ultimul mesaj.", "Anunțați-mă dacă mai lipsește ceva.",
                "Formularul afișa o eroare la salvare.", "Aș aprecia o scurtă confirmare."),
        subject=("Actualizarea datelor mele", "Întrebare despre înregistrare", "Corectură în dosar"),
        neutral=("Referința comenzii este {val}.", "Cod de urmărire {val}.", "Menționați referința {val} în răspuns."),
        form=("Fișă personală", "Nume", "Oraș", "Funcție"),
        roles=("contabilă", "asistent medical", "inginer", "profesoară", "vânzător", "magaziner"),
        agent="Operator", customer="Client", note=("Notă HR:", "Angajare:", "Actualizare dosar:")),
    "cs": dict(
        say=("Moje {kw} je {val}.", "Posílám {kw}: {val}", "{kw}: {val}", "Prosím opravte {kw} na {val}.",
             "Správné {kw} je {val}, děkuji."),
        greet=("Dobrý den,", "Ahoj,", "Vážení,"), close=("S pozdravem,", "Předem děkuji,", "Hezký den,"),
        filler=("Píšu kvůli žádosti z minulého týdne.", "Mohli byste zkontrolovat údaje níže?",
                "Od poslední zprávy je vše beze změny.", "Dejte vědět, pokud něco chybí.",
                "Formulář při ukládání hlásil chybu.", "Ocením krátké potvrzení."),
        subject=("Změna mých údajů", "Dotaz k registraci", "Oprava ve spisu"),
        neutral=("Reference objednávky je {val}.", "Sledovací kód {val}.", "Uveďte prosím referenci {val} v odpovědi."),
        form=("Osobní dotazník", "Jméno", "Město", "Pozice"),
        roles=("účetní", "zdravotní sestra", "inženýr", "učitelka", "prodavač", "skladník"),
        agent="Podpora", customer="Zákazník", note=("Personální poznámka:", "Nástup:", "Aktualizace spisu:")),
    "zh": dict(
        say=("我的{kw}是{val}，请核实。", "{kw}：{val}", "请把{kw}更新为{val}。", "附上{kw} {val}，谢谢。"),
        greet=("您好，", "你好，", "各位好，"), close=("谢谢！", "此致敬礼", "祝好"),
        filler=("我上周提交了申请，想确认一下进度。", "麻烦帮忙核对以下信息。", "除此之外没有其他变化。",
                "如果还缺少材料请告诉我。", "保存表单时系统提示出错。", "办理完成后请回复确认。"),
        subject=("个人信息更新", "关于注册的问题", "档案更正"),
        neutral=("订单参考号：{val}。", "物流单号 {val}。", "回复时请注明参考编号 {val}。"),
        form=("个人信息登记表", "姓名", "城市", "职位"),
        roles=("会计", "护士", "工程师", "教师", "销售", "仓库管理员"),
        agent="客服", customer="客户", note=("人事备注：", "入职：", "档案更新：")),
    "zt": dict(
        say=("我的{kw}是{val}，請核對。", "{kw}：{val}", "請將{kw}更新為{val}。", "附上{kw} {val}，謝謝。"),
        greet=("您好，", "你好，", "各位好，"), close=("謝謝！", "敬祝 安好", "祝好"),
        filler=("我上週提交了申請，想確認進度。", "麻煩幫忙核對以下資料。", "除此之外沒有其他變更。",
                "如果還缺少文件請告訴我。", "儲存表單時系統顯示錯誤。", "辦理完成後請回覆確認。"),
        subject=("個人資料更新", "關於登記的問題", "檔案更正"),
        neutral=("訂單參考編號：{val}。", "物流追蹤碼 {val}。", "回覆時請註明參考編號 {val}。"),
        form=("個人資料表", "姓名", "城市", "職位"),
        roles=("會計", "護理師", "工程師", "教師", "業務", "倉管"),
        agent="客服", customer="客戶", note=("人事備註：", "到職：", "檔案更新：")),
    "ja": dict(
        say=("{kw}は{val}です。", "{kw}：{val}", "{kw}を{val}に更新してください。", "私の{kw}は{val}です。よろしくお願いします。"),
        greet=("お世話になっております。", "こんにちは。", "ご担当者様"),
        close=("よろしくお願いいたします。", "ありがとうございます。", "以上です。"),
        filler=("先週提出した申請についてご連絡します。", "以下の内容をご確認いただけますか。", "前回の連絡から変更はありません。",
                "不足している書類があればお知らせください。", "フォームの保存時にエラーが表示されました。",
                "手続きが完了しましたらご連絡ください。"),
        subject=("登録情報の変更", "登録についての質問", "書類の訂正"),
        neutral=("注文参照番号は{val}です。", "追跡コード {val}", "返信の際は参照番号{val}をご記載ください。"),
        form=("従業員情報", "氏名", "市区町村", "役職"),
        roles=("経理", "看護師", "エンジニア", "教員", "営業", "倉庫担当"),
        agent="担当者", customer="お客様", note=("人事メモ：", "入社手続き：", "記録更新：")),
    "ko": dict(
        say=("제 {kw}는 {val}입니다.", "{kw}: {val}", "{kw}를 {val}(으)로 수정해 주세요.", "{kw} {val} 확인 부탁드립니다."),
        greet=("안녕하세요,", "담당자님께,", "수고 많으십니다."), close=("감사합니다.", "잘 부탁드립니다.", "좋은 하루 되세요."),
        filler=("지난주에 제출한 신청서 관련해서 연락드립니다.", "아래 정보를 확인해 주시겠어요?", "지난 연락 이후 바뀐 내용은 없습니다.",
                "부족한 서류가 있으면 알려 주세요.", "양식을 저장할 때 오류가 났습니다.", "처리되면 확인 부탁드립니다."),
        subject=("개인정보 변경", "등록 관련 문의", "서류 정정"),
        neutral=("주문 참조번호는 {val}입니다.", "배송 추적 코드 {val}", "회신 시 참조번호 {val}를 적어 주세요."),
        form=("인사 기록 카드", "이름", "도시", "직위"),
        roles=("회계 담당", "간호사", "엔지니어", "교사", "영업", "물류 담당"),
        agent="상담원", customer="고객", note=("인사 메모:", "입사 처리:", "기록 갱신:")),
    "he": dict(
        say=("{kw} שלי: {val}", "{kw}: {val}", "נא לעדכן את {kw}: {val}", "{kw} הנכון הוא {val}, תודה."),
        greet=("שלום,", "בוקר טוב,", "לכבוד הצוות,"), close=("תודה רבה,", "בברכה,", "יום טוב,"),
        filler=("אני כותב בנוגע לבקשה מהשבוע שעבר.", "תוכלו לבדוק את הפרטים שלמטה?", "לא השתנה דבר מאז ההודעה הקודמת.",
                "עדכנו אותי אם חסר משהו.", "הטופס הציג שגיאה בזמן השמירה.", "אשמח לאישור קצר."),
        subject=("עדכון פרטים אישיים", "שאלה לגבי הרישום", "תיקון בתיק"),
        neutral=("אסמכתת הזמנה: {val}", "קוד מעקב {val}", "נא לציין אסמכתא {val} בתשובה."),
        form=("טופס פרטים אישיים", "שם", "עיר", "תפקיד"),
        roles=("רואת חשבון", "אח", "מהנדסת", "מורה", "איש מכירות", "מחסנאי"),
        agent="נציג", customer="לקוח", note=("הערת משאבי אנוש:", "קליטה:", "עדכון תיק:")),
    "tr": dict(
        say=("{kw} {val}.", "{kw}: {val}", "Lütfen {kw} bilgisini {val} olarak güncelleyin.", "Doğru {kw} {val}, teşekkürler."),
        greet=("Merhaba,", "İyi günler,", "Sayın yetkili,"), close=("Saygılarımla,", "Şimdiden teşekkürler,", "İyi çalışmalar,"),
        filler=("Geçen hafta yaptığım başvuru hakkında yazıyorum.", "Aşağıdaki bilgileri kontrol edebilir misiniz?",
                "Son mesajımdan bu yana başka bir şey değişmedi.", "Eksik bir şey varsa lütfen bildirin.",
                "Form kaydederken hata verdi.", "Kısa bir onay için şimdiden teşekkürler."),
        subject=("Bilgilerimin güncellenmesi", "Kayıt hakkında soru", "Dosyada düzeltme"),
        neutral=("Sipariş referansı {val}.", "Kargo takip kodu {val}.", "Lütfen yanıtınızda {val} referansını belirtin."),
        form=("Personel bilgi formu", "Ad Soyad", "Şehir", "Görev"),
        roles=("muhasebeci", "hemşire", "mühendis", "öğretmen", "satış temsilcisi", "depo görevlisi"),
        agent="Temsilci", customer="Müşteri", note=("İK notu:", "İşe giriş:", "Dosya güncellemesi:")),
    "hi": dict(
        say=("मेरा {kw} नंबर {val} है।", "{kw}: {val}", "कृपया {kw} {val} अपडेट करें।"),
        greet=("नमस्ते,", "प्रिय टीम,", "नमस्कार,"), close=("धन्यवाद,", "सादर,", "शुभकामनाओं सहित,"),
        filler=("मैं पिछले सप्ताह के आवेदन के बारे में लिख रहा हूँ।", "कृपया नीचे दी गई जानकारी जाँच लें।",
                "पिछले संदेश के बाद कुछ नहीं बदला है।", "अगर कुछ कमी हो तो बताइए।"),
        subject=("विवरण में सुधार", "पंजीकरण के बारे में प्रश्न", "रिकॉर्ड अपडेट"),
        neutral=("ऑर्डर संदर्भ {val} है।", "ट्रैकिंग कोड {val}", "कृपया उत्तर में संदर्भ {val} लिखें।"),
        form=("कर्मचारी विवरण", "नाम", "शहर", "पद"),
        roles=("लेखाकार", "नर्स", "इंजीनियर", "शिक्षिका", "विक्रेता", "भंडार सहायक"),
        agent="सहायक", customer="ग्राहक", note=("एचआर टिप्पणी:", "नियुक्ति:", "रिकॉर्ड अपडेट:")),
    "af": dict(
        say=("My {kw} is {val}.", "Hier is my {kw}: {val}", "{kw}: {val}", "Verander asseblief die {kw} na {val}."),
        greet=("Hallo,", "Goeie môre,", "Beste span,"), close=("Vriendelike groete,", "Baie dankie,", "Groete,"),
        filler=("Ek skryf oor die aansoek van verlede week.", "Kan julle asseblief die besonderhede hieronder nagaan?",
                "Alles is nog soos in my vorige boodskap.", "Laat weet as iets ontbreek.",
                "Die vorm het 'n fout gewys toe ek dit gestoor het.", "'n Kort bevestiging sal waardeer word."),
        subject=("Opdatering van my besonderhede", "Vraag oor my registrasie", "Regstelling in my lêer"),
        neutral=("Die bestelverwysing is {val}.", "Opsporingskode {val}.", "Noem asseblief verwysing {val} in u antwoord."),
        form=("Personeelvorm", "Naam", "Stad", "Pos"),
        roles=("rekenmeester", "verpleegster", "ingenieur", "onderwyser", "verkoper", "pakhuiswerker"),
        agent="Agent", customer="Kliënt", note=("MH-nota:", "Aanstelling:", "Lêeropdatering:")),
}

# Faker locale for names and cities, by the identifier's folder
COUNTRY_LOCALE = {"ar": "es_AR", "br": "pt_BR", "cl": "es_CL", "co": "es_CO", "fr": "fr_FR", "de": "de_DE",
                  "in": "en_IN", "it": "it_IT", "mx": "es_MX", "es": "es_ES", "ca": "en_CA", "gb": "en_GB",
                  "us": "en_US", "au": "en_AU", "nl": "nl_NL", "be": "nl_BE", "pl": "pl_PL", "se": "sv_SE",
                  "dk": "da_DK", "fi": "fi_FI", "no": "no_NO", "ch": "de_CH", "at": "de_AT", "ie": "en_IE",
                  "pt": "pt_PT", "hr": "hr_HR", "ee": "et_EE", "ro": "ro_RO", "cz": "cs_CZ", "cn": "zh_CN",
                  "jp": "ja_JP", "kr": "ko_KR", "sg": "en_GB", "hk": "zh_TW", "tw": "zh_TW", "il": "he_IL",
                  "za": "en_GB", "tr": "tr_TR", "nz": "en_NZ", "eu": "en_GB"}
LANG_LOCALE = {"fr": {"ca": "fr_CA", "be": "fr_BE", "ch": "fr_CH"}, "it": {"ch": "it_CH"}, "hi": {"in": "hi_IN"},
               "en": {"hk": "en_GB", "cn": "en_GB"}}


class Fakers:
    """One seeded Faker per locale (seeded with seed and the locale's index, never the
    process's hash seed)."""

    def __init__(self, seed: int):
        self.seed = seed
        self.pool = {}

    def get(self, locale: str) -> Faker:
        if locale not in self.pool:
            f = Faker(locale)
            f.seed_instance(self.seed * 1000 + sorted(COUNTRY_LOCALE.values()).index(locale)
                            if locale in COUNTRY_LOCALE.values() else self.seed * 1000 + 500 + len(self.pool))
            self.pool[locale] = f
        return self.pool[locale]


FAKE = None      # set in generate()


# --- planted values and documents ------------------------------------------------------------

@dataclass
class Plant:
    value: str
    identifier: object        # the id for a positive, None for a look-alike
    kind: str
    scheme: str               # whose value (positive) or whose look-alike
    role: str                 # "pos", or look-alike kind "a" (check fails), "b" (no keyword),
    #                           "c" (another scheme's value), "d" (specimen / placeholder)
    how: str                  # "text", "form", "csv", "json"
    keyword: str = ""         # the keyword written before it, or its column / key
    fields: tuple = ()        # CSV column name or JSON key path
    generic: bool = False
    detail: str = ""


def split_hits(key: str):
    """Keywords in a column name or key, read as words."""
    data = split_key(key).encode()
    return KW.find(data, 0, len(data))


class Doc:
    def __init__(self, path: str, kind: str):
        self.path, self.kind = path, kind
        self.buf = bytearray()
        self.spans = []           # (start, end, plant)
        self.keyocc = []          # (end, keyword, ids) of keywords in column names and JSON keys

    def mark(self):
        return len(self.buf), len(self.spans), len(self.keyocc)

    def rollback(self, m):
        del self.buf[m[0]:]
        del self.spans[m[1]:]
        del self.keyocc[m[2]:]

    def add(self, parts):
        for p in parts:
            if isinstance(p, Plant):
                data = p.value.encode()
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
    """{id: [(keyword end or None, keyword, where)]} of the keywords in reach of a value:
    whole words ending in the REACH bytes before it, keywords of column names and JSON keys
    ending there, and its own column / key path (any distance)."""
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
    if p.how in ("csv", "json"):
        return any(where == "field " + p.fields[-1] for _, _, where in r.get(p.scheme, ()))
    return any(ke is not None and where == "text" and ke <= s and e - ke <= KEYWORD_DISTANCE
               for ke, _, where in r.get(p.scheme, ()))


def plant_problems(doc: Doc, s: int, e: int, p: Plant):
    """What a scanner following the brief would do with this value, against what the label
    says (see the module docstring)."""
    probs = []
    data = bytes(doc.buf)
    where = f"{doc.path}@{s} {p.scheme} {p.role} {p.value!r}"
    if data[s:e].decode() != p.value:
        return [f"{where}: bytes differ"]
    r = reach(doc, s, e, p)
    if OTHER in r:
        probs.append(f"{where}: another identifier's keyword in reach: {r[OTHER][0][1]!r}")
    if p.role == "b":
        if r:
            probs.append(f"{where}: keyword in reach of a value planted without one: "
                         f"{sorted({k for v in r.values() for _, k, _ in v})}")
    window = data[max(0, s - 1):e + 1].decode("utf-8", "ignore")
    if card_like(p.value) or iban_like(p.value) or phone_intl_like(window) or "@" in p.value:
        probs.append(f"{where}: looks like a card, IBAN, international phone or e-mail")
    inside = [k for ks, ke, k, _ in KW.find(data, s + 1, e, start_lo=s) if ke <= e]
    if inside:
        probs.append(f"{where}: keyword inside the value: {inside}")
    hit = False
    for ident in r:
        if ident == OTHER:
            continue
        for ms, me, mv in matches_over(ident, data, s, e):
            if p.role == "pos" and ident == p.scheme and (ms, me) == (s, e):
                hit = True
                continue
            if not reported_by(ident, mv):
                continue
            if p.role == "d" and ident == p.scheme and (ms, me) == (s, e) and SCHEMES[ident].is_example(mv):
                continue
            if ident == "SPAIN_NIF_NUMBER" and generic_resolved(data, ms, me, r, mv):
                continue
            probs.append(f"{where}: {ident} would report {mv!r}")
    if p.role == "pos":
        x = SCHEMES[p.scheme]
        if not hit:
            probs.append(f"{where}: its own regex does not match it exactly")
        if not own_keyword_ok(doc, s, e, p, r):
            probs.append(f"{where}: no keyword of its own within {KEYWORD_DISTANCE} bytes (or in its field)")
        if not (x.strict_ok(p.value) and x.reported(p.value)) or x.is_example(p.value):
            probs.append(f"{where}: not a valid value")
        if p.generic:
            for ident, words in KW_IDS.items():
                if ident != p.scheme and p.keyword.lower() in words and matches_over(ident, data, s, e):
                    probs.append(f"{where}: generic keyword {p.keyword!r} is also {ident}'s, whose shape matches")
    return probs


def generic_resolved(data, ms, me, r, value) -> bool:
    """SPAIN_NIF_NUMBER is generic: a value DNI or NIE also reports (its keyword in reach) is
    theirs."""
    for specific in ("SPAIN_DNI_NUMBER", "SPAIN_NIE_NUMBER"):
        if specific in r and any((a, b) == (ms, me) and reported_by(specific, v)
                                 for a, b, v in matches_over(specific, data, ms, me)):
            return True
    return False


KW_IDS = {}      # id -> keyword list (lower case), built in main


def place(doc: Doc, build, tries: int = 40, json_line: bool = False) -> bool:
    """Appends what build() returns (text pieces and Plants) if all its values pass the
    checks; else tries again with a fresh draw, up to `tries` times."""
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


# --- values -----------------------------------------------------------------------------------

ALL_SPECIMENS = set()
USED = set()      # every planted positive, once


def weighted(rng, items):
    """items: (weight, x) pairs."""
    total = sum(w for w, _ in items)
    r = rng.random() * total
    for w, x in items:
        r -= w
        if r < 0:
            return x
    return items[-1][1]


def draw_compact(x: Scheme, rng):
    sources = list(x.makers)
    if x.body is not None:
        rest = 1.0 - sum(w for w, _ in sources)
        if rest > 0:
            sources.append((rest, lambda r: x.complete(x.body(r))))
    for _ in range(50):
        try:
            c = weighted(rng, sources)(rng)
        except Exception:
            c = None
        if c:
            return c
    raise AssertionError(f"{x.id}: no value")


def fmt_value(x: Scheme, c: str, rng):
    for _ in range(20):
        v = weighted(rng, [(vr.weight, vr) for vr in x.variants])
        w = v.fmt(c, rng)
        if w is not None:
            return w, v.name
    return c, "compact"


def clean_value(w: str) -> bool:
    return not (card_like(w) or iban_like(w) or phone_intl_like(" " + w) or "@" in w
                or any(ord(ch) < 32 for ch in w))


def positive_value(x: Scheme, rng):
    """(written value, variant): valid per the oracle, reported, of the id's regex shape, no
    specimen, no placeholder, not planted before."""
    for _ in range(300):
        c = draw_compact(x, rng)
        if not x.strict_ok(c) or specimen_digits(c) or squeeze(c) in ALL_SPECIMENS:
            continue
        w, var = fmt_value(x, c, rng)
        if squeeze(w) in USED or not (x.strict_ok(w) and x.reported(w)) or x.is_example(w):
            continue
        if not shape_ok(x.id, w) or not clean_value(w):
            continue
        USED.add(squeeze(w))
        return w, var
    raise AssertionError(f"{x.id}: no positive value")


def bad_value(x: Scheme, rng):
    """Kind (a): the shape of a value of this id, and what makes it one fails."""
    for _ in range(200):
        c = draw_compact(x, rng)
        if x.bad is not None:
            b = x.bad(rng, c)
        elif x.check_at is not None:
            a, z = x.check_at
            z = len(c) if z is None else z
            a = a % len(c)
            new = "".join(rng.choice(x.check_chars) for _ in range(z - a))
            b = c[:a] + new + c[z:]
        else:
            return None
        if not b:
            continue
        w, var = fmt_value(x, b, rng)
        if x.reported(w) or x.strict_ok(w) or not clean_value(w) or specimen_digits(w):
            continue
        return w, var
    return None


def with_run(body: str, rng, positions):
    """body with 7 ascending or descending digits written over some of its digit positions."""
    if len(positions) < 7:
        return None
    i = rng.randrange(0, len(positions) - 6)
    start = rng.randint(0, 9)
    step = rng.choice((1, -1))
    run = [str((start + step * k) % 10) for k in range(7)]
    if step == 1 and start > 3 or step == -1 and start < 6:
        return None
    chars = list(body)
    for k, pos in enumerate(positions[i:i + 7]):
        chars[pos] = run[k]
    return "".join(chars)


def specimen_value(x: Scheme, rng):
    """Kind (d): a published specimen of this id, or a same-digit / sequential value with a
    valid check (what people type as a dummy)."""
    seq_possible = x.digit_specimens and x.body is not None and x.complete is not None
    if x.specimens and (not seq_possible or rng.random() < 0.45):
        w = rng.choice(x.specimens)
        return (w, "published specimen") if x.is_example(w) else None
    if not seq_possible:
        return None
    for _ in range(400):
        b = x.body(rng)
        if not b:
            continue
        positions = [i for i, ch in enumerate(b) if ch.isdigit()]
        if rng.random() < 0.15:
            d = rng.choice("123456789")
            b2 = "".join(d if i in positions else ch for i, ch in enumerate(b))
        else:
            b2 = with_run(b, rng, positions)
        if not b2:
            continue
        try:
            c = x.complete(b2)
        except Exception:
            c = None
        if not c or not (x.strict_ok(c) and x.reported(c)) or not specimen_digits(c):
            continue
        w, _ = fmt_value(x, c, rng)
        if x.reported(w) and x.is_example(w) and clean_value(w):
            return w, "same-digit or sequential placeholder"
    return None


def neighbour_value(x: Scheme, rng):
    """Kind (c): another id's valid value (a neighbouring scheme's), after this id's keyword."""
    if not x.neighbours:
        return None
    close = [n for n in x.neighbours if SCHEMES[n].cc == x.cc or n in EXTRA_NEIGHBOURS.get(x.id, ())]
    y = SCHEMES[rng.choice(close if close and rng.random() < 0.5 else x.neighbours)]
    # Schemes that share this id's keywords would rightly report a value valid for them (Spain's
    # NIF, NIE and CIF share Macie's keyword row; a mainland resident id under the traditional
    # 身份證 is one), so such a value is no look-alike.
    sharing = [z for z in SCHEMES.values()
               if z.id != x.id and (KW_IDS[z.id] & KW_IDS[x.id] or z.id in SHARED_KEYWORDS.get(x.id, ()))]
    for _ in range(20):
        w, var = positive_value(y, rng)
        if not x.reported(w) and not any(z.reported(w) for z in sharing):
            return w, y.id
    return None


# Keywords trawl's lists share beyond the brief's: the traditional 身份證 is also a keyword of
# the mainland resident id.
SHARED_KEYWORDS = {"HONG_KONG_IDENTITY_CARD_NUMBER": ("CHINA_RESIDENT_IDENTITY_CARD_NUMBER",)}


# Neighbours the shapes do not find: schemes of nearby countries or the same region.
EXTRA_NEIGHBOURS = {
    "DENMARK_CPR_NUMBER": ("SWEDEN_PERSONAL_IDENTITY_NUMBER", "NORWAY_NATIONAL_IDENTITY_NUMBER",
                           "FINLAND_PERSONAL_IDENTITY_CODE", "GERMANY_TAX_IDENTIFICATION_NUMBER"),
    "FRANCE_NATIONAL_IDENTIFICATION_NUMBER": ("BELGIUM_NATIONAL_REGISTER_NUMBER", "SPAIN_SOCIAL_SECURITY_NUMBER",
                                              "SWITZERLAND_SOCIAL_SECURITY_NUMBER", "ROMANIA_PERSONAL_NUMERIC_CODE"),
    "SWITZERLAND_SOCIAL_SECURITY_NUMBER": ("AUSTRIA_SOCIAL_INSURANCE_NUMBER", "GERMANY_TAX_IDENTIFICATION_NUMBER",
                                           "GERMANY_NATIONAL_IDENTIFICATION_NUMBER", "FRANCE_TAX_IDENTIFICATION_NUMBER"),
    "AUSTRIA_SOCIAL_INSURANCE_NUMBER": ("SWITZERLAND_SOCIAL_SECURITY_NUMBER", "GERMANY_TAX_IDENTIFICATION_NUMBER",
                                        "GERMANY_NATIONAL_IDENTIFICATION_NUMBER"),
    "IRELAND_PPS_NUMBER": ("UK_NATIONAL_INSURANCE_NUMBER", "UK_TAX_IDENTIFICATION_NUMBER", "SPAIN_NIE_NUMBER"),
    "CHINA_RESIDENT_IDENTITY_CARD_NUMBER": ("HONG_KONG_IDENTITY_CARD_NUMBER", "TAIWAN_NATIONAL_IDENTIFICATION_NUMBER",
                                            "MEXICO_CURP_NUMBER", "SOUTH_KOREA_RESIDENT_REGISTRATION_NUMBER"),
    "SINGAPORE_NRIC_FIN_NUMBER": ("HONG_KONG_IDENTITY_CARD_NUMBER", "TAIWAN_NATIONAL_IDENTIFICATION_NUMBER",
                                  "UK_NATIONAL_INSURANCE_NUMBER", "CHINA_RESIDENT_IDENTITY_CARD_NUMBER"),
    "TAIWAN_NATIONAL_IDENTIFICATION_NUMBER": ("CHINA_RESIDENT_IDENTITY_CARD_NUMBER", "HONG_KONG_IDENTITY_CARD_NUMBER",
                                              "SINGAPORE_NRIC_FIN_NUMBER"),
    "HONG_KONG_IDENTITY_CARD_NUMBER": ("TAIWAN_NATIONAL_IDENTIFICATION_NUMBER", "SINGAPORE_NRIC_FIN_NUMBER",
                                       "CHINA_RESIDENT_IDENTITY_CARD_NUMBER"),
    "SOUTH_AFRICA_IDENTITY_NUMBER": ("ROMANIA_PERSONAL_NUMERIC_CODE", "ISRAEL_IDENTITY_NUMBER",
                                     "SWITZERLAND_SOCIAL_SECURITY_NUMBER", "AUSTRALIA_TAX_FILE_NUMBER"),
    "EU_VAT_NUMBER": ("PORTUGAL_TAX_IDENTIFICATION_NUMBER", "CROATIA_PERSONAL_IDENTIFICATION_NUMBER",
                      "SPAIN_TAX_IDENTIFICATION_NUMBER", "NETHERLANDS_CITIZEN_SERVICE_NUMBER",
                      "GERMANY_TAX_IDENTIFICATION_NUMBER", "UK_TAX_IDENTIFICATION_NUMBER", "BRAZIL_CNPJ_NUMBER"),
}


def compute_neighbours():
    """Per id: the ids of its country, and those whose values its regex matches (the values
    a scanner could mistake for it)."""
    rng = random.Random(7)
    samples = {i: [positive_value(s, rng)[0] for _ in range(12)] for i, s in SCHEMES.items()}
    USED.clear()
    for x in SCHEMES.values():
        near = []
        for y in SCHEMES.values():
            if y.id == x.id:
                continue
            same_shape = sum(shape_ok(x.id, v) for v in samples[y.id]) >= 3
            if same_shape or y.cc == x.cc or y.id in EXTRA_NEIGHBOURS.get(x.id, ()):
                near.append(y.id)
        x.neighbours = tuple(near)


# --- documents --------------------------------------------------------------------------------

NO_SPACE = {"zh", "zt", "ja"}
POSITIVES = {"tickets": 18, "chat": 14, "notes": 14, "forms": 36, "csv": 40, "json": 40}
LOOKALIKES = {"a": {"tickets": 4, "chat": 3, "notes": 2, "forms": 4, "csv": 3, "json": 2},
              "c": {"tickets": 4, "chat": 3, "notes": 2, "forms": 3, "csv": 3, "json": 3},
              "d": {"tickets": 2, "chat": 2, "notes": 1, "forms": 3, "csv": 2, "json": 2},
              "b": {"tickets": 3, "chat": 2, "notes": 2, "forms": 0, "csv": 6, "json": 5}}
GENERIC_BUDGET = 0.12     # target share of positives after a generic keyword (limit: GENERIC_SHARE)
NEUTRAL_COLUMNS = ("order_ref", "tracking", "reference")
NEUTRAL_KEYS = ("reference", "tracking", "order_ref", "orderRef", "trackingCode")
EVENTS = ("customer.updated", "profile.verified", "kyc.completed", "employee.onboarded", "account.opened",
          "record.synced", "applicant.reviewed")
SOURCES = ("crm", "hr-portal", "app", "partner-api", "back-office")
STATUSES = ("active", "pending", "verified", "closed", "review")
CONTAINERS = (("customer",), ("data", "customer"), ("payload", "holder"), ("profile",), ("record", "person", "ids"),
              ("kyc", "applicant"), ("employee", "documents"), ("cliente",), ("data", "titular"))
CARRIERS = ("northwind", "swiftline", "parcelpoint", "cargoline", "bluebox")
CHAT_OPEN = ("Thanks for reaching out, how can I help today?", "Could you confirm your details, please?",
             "Let me look into that for you.", "Which record should I update?", "Sure, go ahead.")
CHAT_CLOSE = ("Thanks, I have updated the record.", "Noted, thank you.", "Done. Anything else?",
              "Got it, I will pass this on to the back office.")


class Gen:
    """Everything planted for one identifier."""

    def __init__(self, x: Scheme, seed: int):
        self.x = x
        self.rng = random.Random(f"{seed}:{x.id}")
        self.generic_left = int(GENERIC_BUDGET * sum(POSITIVES.values()))
        has_a = x.bad is not None or x.check_at is not None
        has_d = bool(x.specimens) or (x.digit_specimens and x.body is not None and x.complete is not None)
        self.look = {k: dict(v) for k, v in LOOKALIKES.items()}
        for shape in POSITIVES:
            if not has_a:
                self.look["c"][shape] += self.look["a"][shape] // 2 + self.look["a"][shape] % 2
                self.look["b"][shape] += self.look["a"][shape] // 2
                self.look["a"][shape] = 0
            if not has_d:
                self.look["b"][shape] += self.look["d"][shape]
                self.look["d"][shape] = 0
            if shape == "forms":     # no neutral line in a form: after the keyword instead
                self.look["c"][shape] += self.look["b"][shape]
                self.look["b"][shape] = 0
        self.shortfall = Counter()

    # people and places ---------------------------------------------------------------------
    def locale(self, lang):
        return LANG_LOCALE.get(lang, {}).get(self.x.cc) or COUNTRY_LOCALE[self.x.cc]

    def clean_word(self, make):
        for _ in range(50):
            t = make()
            if not re.search(r"[0-9@]", t) and not KW.in_text(t) and "\n" not in t and '"' not in t:
                return t
        return "Alex Morgan"

    def name(self, lang):
        f = FAKE.get(self.locale(lang))
        if self.x.org and self.rng.random() < 0.6:
            return self.clean_word(f.company)
        return self.clean_word(lambda: f.first_name() + (" " if lang not in NO_SPACE else "") + f.last_name()
                               if lang not in ("zh", "zt", "ja", "ko") else f.last_name() + f.first_name())

    def city(self, lang):
        f = FAKE.get(self.locale(lang))
        # Some locales (it_IT) build their city list from a set, whose order changes with
        # PYTHONHASHSEED: draw from a sorted copy of such a list instead (as gen_personal.py).
        listed = getattr(f.provider("faker.providers.address"), "cities", None)
        make = (lambda: f.random.choice(sorted(listed))) if isinstance(listed, list) else f.city
        return self.clean_word(make)

    # values --------------------------------------------------------------------------------
    def keyword(self, lang, c, allow_generic):
        x = self.x
        if allow_generic and x.generic and self.generic_left > 0 and self.rng.random() < 0.3:
            return self.rng.choice(x.generic), True
        sets = (x.value_kw(c) if x.value_kw else None) or x.text_kw
        words = sets.get(lang) or sets.get("en") or next(iter(sets.values()))
        return self.rng.choice(words), False

    def plant(self, role, how, lang, fields=()):
        """A Plant of the given role (None when none can be made), its keyword chosen for text."""
        x, rng = self.x, self.rng
        if role == "pos" or role == "b":
            w, var = positive_value(x, rng)
            detail = ""
        elif role == "a":
            got = bad_value(x, rng)
            if not got:
                return None, None
            w, var = got
            detail = var
        elif role == "c":
            got = neighbour_value(x, rng)
            if not got:
                return None, None
            w, detail = got
            var = ""
        else:
            got = specimen_value(x, rng)
            if not got:
                return None, None
            w, detail = got
            var = ""
        kw, generic = ("", False)
        if how in ("text", "form") and role != "b":
            kw, generic = self.keyword(lang, squeeze(w), role == "pos" and lang == "en")
        if how in ("csv", "json"):
            kw = fields[-1]
        if role == "pos":
            ctx = {"text": f"free text ({lang}) after {kw!r}", "form": f"form line {kw!r} ({lang})",
                   "csv": f"CSV column {kw!r}", "json": f"JSON key {'.'.join(fields)!r}"}[how]
            kind = f"{x.short} {var}; {ctx}"
            ident = x.id
        else:
            ident = None
            kind = {"a": f"{x.short}: {x.bad_kind} after keyword",
                    "b": f"{x.short}: valid value without any keyword (neutral text, column or key)",
                    "c": f"{x.short}: another identifier's value after keyword",
                    "d": f"{x.short}: specimen or placeholder value after keyword"}[role]
        return Plant(w, ident, kind, x.id, role, how, kw, tuple(fields), generic, detail), kw

    def say(self, lang, role, how):
        """Sentence parts putting a value after a keyword (or, for role b, in a neutral
        sentence)."""
        L = LANG[lang]
        p, kw = self.plant(role, how, lang)
        if p is None:
            return None, None
        tpl = self.rng.choice(L["neutral"] if role == "b" else L["say"])
        if tpl.endswith("{val}") and lang not in NO_SPACE:
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
        L = LANG[lang]
        sep = "" if lang in NO_SPACE else " "
        return sep.join(self.rng.sample(L["filler"], n))

    def commit(self, p):
        if p is not None and p.generic:
            self.generic_left -= 1

    # the documents ------------------------------------------------------------------------
    def roles(self, shape):
        roles = ["pos"] * POSITIVES[shape]
        for k in "abcd":
            roles += [k] * self.look[k][shape]
        self.rng.shuffle(roles)
        if shape in ("csv", "json"):
            # a value without keyword cannot stand within reach of the header's column names
            head = [r for r in roles[:3] if r == "b"]
            roles = [r for r in roles[:3] if r != "b"] + roles[3:] + head
        return roles

    def place_role(self, doc, role, build_for):
        """Places one value of `role` with build_for(role) -> (parts, plant); a look-alike that
        cannot be made falls back to a neutral one (role b), if the shape has room for it."""
        tried = [role] + (["b"] if role in "acd" and doc.kind != "forms" else [])
        for r in tried:
            made = {}

            def build(t, r=r):
                parts, p = build_for(r)
                made["p"] = p
                return parts

            if place(doc, build, json_line=(doc.kind == "json")):
                self.commit(made.get("p"))
                return True
        self.shortfall[(doc.kind, role)] += 1
        return False

    def tickets(self, path, lang):
        doc, L, rng = Doc(path, "tickets"), LANG[lang], self.rng
        sep = "" if lang in NO_SPACE else " "
        for role in self.roles("tickets"):
            def build_for(r):
                sentence, p = self.say(lang, r, "text")
                if sentence is None:
                    return None, None
                code = "".join(rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(2)) + "-" + \
                    "".join(rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(4))
                name = self.name(lang)
                head = [f"=== Ticket {code} ===\n", f"Subject: {rng.choice(L['subject'])}\n", f"From: {name}\n", "\n",
                        rng.choice(L["greet"]), "\n", self.filler(lang, 2 if r == "b" else 1), sep]
                tail = [sep, self.filler(lang), "\n", rng.choice(L["close"]), "\n", name, "\n\n"]
                return head + sentence + tail, p
            self.place_role(doc, role, build_for)
        return doc

    def chat(self, path, lang):
        doc, L, rng = Doc(path, "chat"), LANG[lang], self.rng
        doc.add([f"# chat export, {L['agent']} / {L['customer']}\n"])
        for role in self.roles("chat"):
            def build_for(r):
                sentence, p = self.say(lang, r, "text")
                if sentence is None:
                    return None, None
                pre = [f"[{L['agent']}] ", rng.choice(CHAT_OPEN), "\n"]
                if r == "b":
                    pre += [f"[{L['customer']}] ", self.filler(lang, 2), "\n"]
                return pre + [f"[{L['customer']}] "] + sentence + ["\n", f"[{L['agent']}] ", rng.choice(CHAT_CLOSE), "\n"], p
            self.place_role(doc, role, build_for)
        return doc

    def notes(self, path, lang):
        doc, L, rng = Doc(path, "notes"), LANG[lang], self.rng
        sep = "" if lang in NO_SPACE else " "
        doc.add([f"{L['note'][0]}\n\n"])
        for role in self.roles("notes"):
            def build_for(r):
                sentence, p = self.say(lang, r, "text")
                if sentence is None:
                    return None, None
                pre = [f"- {self.name(lang)}, {rng.choice(L['roles'])}: "]
                if r == "b":
                    pre += [self.filler(lang, 2), sep]
                return pre + [rng.choice(L["note"]), sep] + sentence + ["\n"], p
            self.place_role(doc, role, build_for)
        return doc

    def forms(self, path, langs):
        doc, rng = Doc(path, "forms"), self.rng
        for role in self.roles("forms"):
            lang = langs[0] if rng.random() < 0.7 or len(langs) == 1 else rng.choice(langs[1:])

            def build_for(r, lang=lang):
                L = LANG[lang]
                colon = "：" if lang in NO_SPACE else ": "
                p, kw = self.plant(r, "form", lang)
                if p is None:
                    return None, None
                label = kw[0].upper() + kw[1:] if kw[:1].isascii() and kw[:1].islower() else kw
                title, nlab, clab, rlab = L["form"]
                return [f"{title}\n", f"{nlab}{colon}{self.name(lang)}\n", f"{clab}{colon}{self.city(lang)}\n",
                        f"{label}{colon}", p, "\n", f"{rlab}{colon}{rng.choice(L['roles'])}\n", "\n"], p
            self.place_role(doc, role, build_for)
        return doc

    def csv(self, path, lang):
        doc, rng, x = Doc(path, "csv"), self.rng, self.x
        delim = ";" if lang in ("de", "fr", "it", "es", "pt", "nl", "pl", "da", "fi", "cs", "ro", "hr", "et") \
            and rng.random() < 0.6 else ","
        eol = "\r\n" if rng.random() < 0.3 else "\n"
        col = rng.choice([k for k in x.keys if not x.key_ok or x.key_ok(k, None)])
        neutral = rng.choice(NEUTRAL_COLUMNS)
        header = ["company" if x.org else "full_name", col, "city", "status", neutral]
        rows_expected = [header]
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
                    cells = [cell(name), "", cell(city), rng.choice(STATUSES), p]
                else:
                    p, _ = self.plant(r, "csv", lang, (col,))
                    if p is None:
                        return None, None
                    cells = [cell(name), p, cell(city), rng.choice(STATUSES), ""]
                parts = []
                for i, c in enumerate(cells):
                    if i:
                        parts.append(delim)
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
                    key = rng.choice(x.keys)
                    path_ = rng.choice(CONTAINERS)
                    p, _ = self.plant(r, "json", lang, path_ + (key,))
                    if p is None:
                        return None, None
                    if x.key_ok and not x.key_ok(key, squeeze(p.value)):
                        return None, None
                    inner = {"name": self.name(lang), key: "\0", "city": self.city(lang)}
                    for k in reversed(path_):
                        inner = {k: inner}
                    obj = {"event": rng.choice(EVENTS), "source": rng.choice(SOURCES), **inner,
                           "status": rng.choice(STATUSES)}
                text = json.dumps(obj, ensure_ascii=False)
                before, after = text.split('"\\u0000"')
                assert json.dumps(p.value, ensure_ascii=False) == '"' + p.value + '"'
                parts += [before + '"', p, '"' + after + "\n"]
                return parts, p
            self.place_role(doc, role, build_for)
        return doc

    def documents(self):
        x = self.x
        slug = x.id.lower().replace("_", "-")
        local = x.langs[0]
        second = x.langs[1] if len(x.langs) > 1 and x.langs[1] != "en" else local
        base = x.cc
        return [self.tickets(f"text/{base}/{slug}-tickets.txt", local),
                self.chat(f"text/{base}/{slug}-chat.txt", "en"),
                self.notes(f"text/{base}/{slug}-notes.txt", second),
                self.forms(f"forms/{base}/{slug}-forms.txt", x.langs),
                self.csv(f"exports/{base}/{slug}.csv", local),
                self.json(f"events/{base}/{slug}.jsonl", local)]


# --- start-up checks --------------------------------------------------------------------------

def lower_ascii(s: str) -> str:
    return s.encode().lower().decode()


def check_tables():
    """The generator's own tables against the brief's lists: keywords written are the id's,
    keys hold one, filler holds none, specimens are valid examples."""
    problems = []
    for x in SCHEMES.values():
        known = {lower_ascii(k) for k in x.keywords}
        sets = [x.text_kw]
        if x.value_kw:
            sets += [x.value_kw(squeeze(draw_compact(x, random.Random(i)))) or {} for i in range(30)]
        for kwset in sets:
            for lang, words in kwset.items():
                if lang not in LANG:
                    problems.append(f"{x.id}: no language pack {lang}")
                for w in words:
                    if lower_ascii(w) not in known and lower_ascii(w).rstrip(".") not in known:
                        problems.append(f"{x.id}: keyword {w!r} is not in the brief's list")
        for g in x.generic:
            if lower_ascii(g) not in known:
                problems.append(f"{x.id}: generic keyword {g!r} is not in the brief's list")
        for key in x.keys:
            if x.id not in {i for _, _, _, ids in split_hits(key) for i in ids}:
                problems.append(f"{x.id}: key {key!r} holds none of its keywords")
        for sp in x.specimens:
            if not x.is_example(sp):
                problems.append(f"{x.id}: specimen {sp!r} is not a valid value")
        for lang in x.langs:
            if lang not in LANG:
                problems.append(f"{x.id}: no language pack {lang}")
    for lang, pack in LANG.items():
        texts = list(pack["greet"]) + list(pack["close"]) + list(pack["filler"]) + list(pack["subject"]) \
            + [t.replace("{val}", "") for t in pack["neutral"]] + list(pack["form"]) + list(pack["roles"]) \
            + [pack["agent"], pack["customer"]] + list(pack["note"]) \
            + [t.replace("{kw}", "").replace("{val}", "") for t in pack["say"]]
        for t in texts:
            hits = KW.in_text(t)
            if hits or re.search(r"[0-9@]", t):
                problems.append(f"language {lang}: {t!r} holds {[h[2] for h in hits] or 'a digit'}")
        for t in pack["say"]:
            if t.index("{val}") - t.index("{kw}") - 4 > 30:
                problems.append(f"language {lang}: {t!r} puts the value far from the keyword")
    for t in CHAT_OPEN + CHAT_CLOSE + ("Ticket", "Subject", "From", "chat export", "full_name", "company", "city", "status") + NEUTRAL_COLUMNS \
            + NEUTRAL_KEYS + EVENTS + SOURCES + STATUSES + CARRIERS + tuple(k for c in CONTAINERS for k in c) \
            + ("session.heartbeat", "web-portal", "eu-west", "scheduled check, nothing to report", "shipment",
               "carrier", "in_transit", "event", "source", "name", "note", "region", "client"):
        if KW.in_text(t) or split_hits(t):
            problems.append(f"fixed text {t!r} holds a keyword")
    return problems


# --- the corpus -------------------------------------------------------------------------------

def final_checks(docs):
    problems = []
    for doc in docs:
        data = bytes(doc.buf)
        problems += doc.problems(0)
        masked = bytearray(data)
        for s, e, _ in doc.spans:
            masked[s:e] = b"#" * (e - s)
        for m in re.finditer(rb"[0-9]", bytes(masked)):
            problems.append(f"{doc.path}@{m.start()}: digit outside a label")
            break
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


def generate(seed: int):
    global FAKE, KW
    FAKE = Fakers(seed)
    KW = KeywordIndex()
    build_regexes()
    for x in SCHEMES.values():
        KW_IDS[x.id] = {lower_ascii(k) for k in x.keywords} | single_token_keys(x)
        ALL_SPECIMENS.update(squeeze(s) for s in x.specimens)
    problems = check_tables()
    if problems:
        for p in problems:
            print("  " + p, file=sys.stderr)
        raise SystemExit(f"{len(problems)} problems in the generator's tables")
    compute_neighbours()
    FAKE = Fakers(seed)          # the neighbour samples must not shift the corpus's draws
    docs, gens = [], {}
    for ident in SCHEMES:
        g = Gen(SCHEMES[ident], seed)
        gens[ident] = g
        docs += g.documents()
    problems = final_checks(docs)
    labels, values = [], {}
    for doc in docs:
        for s, e, p in doc.spans:
            label = {"file": doc.path, "start": s, "end": e, "identifier": p.identifier, "kind": p.kind}
            if p.detail:
                label["detail"] = p.detail
            labels.append(label)
            values[(doc.path, s)] = p.value
    positives = Counter(lab["identifier"] for lab in labels if lab["identifier"])
    near = Counter()
    generic = Counter()
    for doc in docs:
        for _, _, p in doc.spans:
            if p.identifier is None:
                near[p.scheme] += 1
            elif p.generic:
                generic[p.scheme] += 1
    for ident in SCHEMES:
        if positives[ident] < MIN_POSITIVES:
            problems.append(f"{ident}: {positives[ident]} positives (at least {MIN_POSITIVES}); "
                            f"short: {dict(gens[ident].shortfall)}")
        if near[ident] < MIN_LOOKALIKES:
            problems.append(f"{ident}: {near[ident]} look-alikes (at least {MIN_LOOKALIKES}); "
                            f"short: {dict(gens[ident].shortfall)}")
        if generic[ident] > GENERIC_SHARE * positives[ident]:
            problems.append(f"{ident}: {generic[ident]} positives after a generic keyword")
    files = {doc.path: bytes(doc.buf) for doc in docs}
    size = sum(len(d) for d in files.values())
    if size > MAX_SIZE:
        problems.append(f"corpus size {size} > {MAX_SIZE}")
    if problems:
        for p in problems[:300]:
            print("  " + p, file=sys.stderr)
        raise SystemExit(f"{len(problems)} problems in the generated corpus")
    labels.sort(key=lambda lab: (lab["file"], lab["start"]))
    return files, labels, values, positives, near, generic, docs


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
    files, labels, values, positives, near, generic, docs = generate(args.seed)
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
    # Re-read what was written: every label's bytes decode to exactly the planted value.
    for label in labels:
        data = (out / label["file"]).read_bytes()
        assert data[label["start"]:label["end"]].decode("utf-8") == values[(label["file"], label["start"])], label
    size = sum(len(d) for d in files.values())
    print(f"{len(files)} files, {size:,} bytes, {sum(positives.values())} positives, "
          f"{sum(near.values())} look-alikes -> {out}")
    kinds = defaultdict(Counter)
    for doc in docs:
        for _, _, p in doc.spans:
            kinds[p.scheme][p.role] += 1
    print(f"  {'identifier':48} {'pos':>4} {'gen':>4} {'a':>4} {'b':>4} {'c':>4} {'d':>4} {'look':>5}")
    for ident in SCHEMES:
        k = kinds[ident]
        print(f"  {ident:48} {positives[ident]:4} {generic[ident]:4} {k['a']:4} {k['b']:4} {k['c']:4} {k['d']:4} "
              f"{near[ident]:5}")


if __name__ == "__main__":
    main()
