#!/usr/bin/env python3
"""Seeded generator of the labelled personal-data accuracy corpus, generated/personal/.

    python3 corpus/gen_personal.py                          # rewrites corpus/generated/personal
    python3 corpus/gen_personal.py --seed 7 --out /tmp/pii   # another, equally valid set

Default seed: 20260101. Output is byte-identical for a given --seed (Faker is seeded with
Faker.seed(seed), everything else comes from random.Random(seed); nothing depends on the
clock: ages and expiry years are relative to the fixed reference date 2026-01-01).

Writes realistic files in five shapes:

- tickets/*.txt   support e-mails in English, German, French, Spanish, Italian, Portuguese
                  where customers write card numbers, expiry dates, CVVs, phone numbers,
                  birth dates, e-mail addresses, IBANs and SSNs into sentences;
- logs/*.log      application and access logs (timestamps, levels, request ids, IPs,
                  versions, millisecond timestamps) with leaked values in messages;
- exports/*.csv, exports/*.tsv  CRM, payment, payroll and POS exports with a header row
                  (CRLF files, a ';'-delimited European file, quoted cells, multi-line notes);
- events/*.jsonl  JSON Lines events, nested 3-6 levels, snake_case and camelCase keys;
- api/*.json      pretty-printed API responses with nested customer arrays;

and labels.jsonl, one JSON object per planted value, sorted by file and offset:

    {"file": "tickets/ticket-0001.txt", "start": 201, "end": 221,
     "identifier": "PHONE_NUMBER", "kind": "...", "region": "DE"}

start/end are half-open UTF-8 byte offsets of exactly the value; identifier is null for a near
miss (a look-alike that no identifier may report); "region" is only on phone numbers written
in national form (the scanner must be told the region to parse them).

Positives: CREDIT_CARD_NUMBER, CREDIT_CARD_EXPIRATION, CREDIT_CARD_SECURITY_CODE,
CREDIT_CARD_MAGNETIC_STRIPE, PHONE_NUMBER, DATE_OF_BIRTH, EMAIL_ADDRESS, IBAN,
USA_SOCIAL_SECURITY_NUMBER. Values that only count next to a keyword (expiry dates, CVVs,
birth dates, SSNs, national-form phone numbers) appear either right after one of their
keywords or under a column / JSON field named for them, never bare.

Near misses: Luhn-failing 16-digit numbers, published test cards (PUBLISHED_TEST_CARDS),
order / invoice / tracking ids, millisecond timestamps, dates without birth context,
versions, IPv4 addresses, UUIDs, SSN-shaped part numbers, national phone shapes without a
phone keyword, card numbers inside longer digit runs, 3-digit numbers without a CVV keyword.
They are kept at least 60 characters away from any keyword that could make them count.

Before writing anything the generator checks its own output: every label's bytes decode to
the planted value; every digit run of 4 or more lies inside a label; keyword-dependent
positives have their keyword close before them; no near miss sits within 60 characters after
a keyword of a context it could be mistaken for; CSV and JSON files parse.
"""

import argparse
import bisect
import csv
import datetime as dt
import io
import json
import random
import re
import shutil
import sys
import unicodedata
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import phonenumbers as pn
from faker import Faker
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

HERE = Path(__file__).resolve().parent
DEFAULT_SEED = 20260101
DEFAULT_OUT = HERE / "generated" / "personal"
REFERENCE_DATE = dt.date(2026, 1, 1)   # "today" for ages and expiry years

MIN_POSITIVES = 550      # per identifier
MIN_NEAR_MISSES = 320    # per main look-alike kind
SIZE_RANGE = (1_500_000, 4_000_000)

# --- identifiers and near-miss kinds ----------------------------------------------------------

CC = "CREDIT_CARD_NUMBER"
EXP = "CREDIT_CARD_EXPIRATION"
CVV = "CREDIT_CARD_SECURITY_CODE"
STRIPE = "CREDIT_CARD_MAGNETIC_STRIPE"
PHONE = "PHONE_NUMBER"
DOB = "DATE_OF_BIRTH"
EMAIL = "EMAIL_ADDRESS"
IBAN = "IBAN"
SSN = "USA_SOCIAL_SECURITY_NUMBER"
ALL_IDS = (CC, EXP, CVV, STRIPE, PHONE, DOB, EMAIL, IBAN, SSN)

NM_LUHN = "luhn-failing 16-digit number"
NM_TEST = "published test card"
NM_ORDER = "order id"
NM_MS = "millisecond timestamp"
NM_DATE = "date without birth context"
NM_VERSION = "version"
NM_IP = "ip address"
NM_UUID = "uuid"
NM_SSN_SHAPE = "ssn-shaped number without keyword"
NM_PHONE_SHAPE = "phone-shaped number in national form without keyword"
NM_LONG_RUN = "digits in a longer run"
NM_CVV_LIKE = "cvv-like 3 digits without keyword"
MAIN_NEAR_MISSES = (NM_LUHN, NM_TEST, NM_ORDER, NM_MS, NM_DATE, NM_VERSION, NM_IP, NM_UUID)
EXTRA_NEAR_MISSES = (NM_SSN_SHAPE, NM_PHONE_SHAPE, NM_LONG_RUN, NM_CVV_LIKE)

# Card numbers published for testing by payment providers; Luhn-valid (checked) but never
# issued, so they must not be reported. Sources: Stripe "Testing" (docs.stripe.com/testing);
# Braintree "Testing" (developer.paypal.com/braintree/docs/reference/general/testing); Adyen
# "Test card numbers" and the POS test cards (docs.adyen.com/development-resources/test-cards,
# docs.adyen.com/point-of-sale/testing-pos-payments); PayPal "Card testing"
# (developer.paypal.com/tools/sandbox/card-testing) and Payflow "Test Transactions"
# (developer.paypal.com/api/nvp-soap/payflow/integration-guide/test-transactions).
PUBLISHED_TEST_CARDS = (
    # Stripe
    "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
    "5200828282828210", "5105105105105100", "378282246310005", "371449635398431",
    "6011111111111117", "6011000990139424", "6011981111111113", "3056930009020004",
    "36227206271667", "6555900000604105", "3566002020360505", "6200000000000005",
    "6200000000000047", "6205500000000000004", "4012888888881881", "4000002500001001",
    "4000003560000008", "4000000760000002", "4000001240000000", "4000000000000077",
    "4000000000000093", "4000000000000002",
    # Braintree
    "4111111111111111", "4005519200000004", "4009348888881881", "4012000033330026",
    "4012000077777777", "4217651111111119", "4500600000000061", "2223000048400011",
    "6304000000000000", "3530111333300000", "36259600000004",
    # Adyen (online test cards; POS test-card applications)
    "4111111145551142", "4988438843884305", "5555444433331111", "5500000000000004",
    "2222400070000005", "370000000000002", "6011601160116611", "3569990010095841",
    "4917610000000000", "4988080000000000", "5431111111111111", "5413330089099999",
    "5100060000000002", "5520330000000001", "4151500000000008", "5413330089020037",
    # PayPal (REST sandbox and Payflow)
    "376680816376961", "5063516945005047", "4772129056533503", "4915805038587737",
    "378734493671000", "30569309025904", "38520000023237", "2221000000000009",
    "2223016768739313", "4222222222222", "5610591081018250", "4999991111111113",
    "4999992222222229", "5199999999999991", "5299999999999990",
)

# --- keywords ---------------------------------------------------------------------------------
# Context classes: a keyword of the class makes a nearby value of that shape count. Used to
# write the positives and, by the self-check, to keep near misses away from them. Patterns
# match at the start of a word (camelCase field names are listed whole).

KEYWORD_PATTERNS = {
    "PHONE": r"phone|tel\b\.?|telephone|telefon\w*|tel[eé]fono|t[eé]l[eé]phone|mobil\w*|m[oó]vil"
             r"|cell\w*|celular|fax|contact\w*|call\w*|handy|portable",
    "BIRTH": r"dob\b|d\.o\.b|dateofbirth|date[ _]of[ _]birth|birth\w*|born|bday|b-day|geburt\w*"
             r"|geboren|naissance|n(?:é|ée) le\b|nacimiento|nacid[oa]|nascita|nat[oa] il\b"
             r"|nascimento|nascid[oa]",
    "EXP": r"exp\w*|cardexp\w*|valid thru|valid through|validade|valable|good thru|ablauf\w*"
           r"|gültig|vencimiento|caducidad|scaden\w*",
    "CVV": r"cvv\w*|cvc\w*|cid\b|csc\b|security[ _]?code|card verification|cardcvv|prüfnummer"
           r"|kartenprüf\w*|cryptogramme|c[oó]digo de seguridad|codice di sicurezza"
           r"|c[oó]digo de seguran[cç]a",
    "SSN": r"ssn\w*|social[ _]?security|soc\.? ?sec\b",
    "CARD": r"card\w*|credit\w*|visa|mastercard|amex|american express|cc\b|kredit\w*|karte\w*"
            r"|carte|tarjeta|carta\b|cart[aã]o|maestro|discover|diners|jcb|unionpay|dankort",
}
KEYWORD_RE = {c: re.compile(r"(?<![^\W\d_])(?:" + p + ")", re.IGNORECASE)
              for c, p in KEYWORD_PATTERNS.items()}

# How far after the end of its keyword a value may start and still count (characters).
KEYWORD_RANGE = {"PHONE": 30, "BIRTH": 40, "EXP": 40, "CVV": 30, "SSN": 30, "CARD": 60}
NEAR_MISS_DISTANCE = 60
# Positives that may sit within a keyword's range without being mistaken for its value.
ALLOWED_AFTER = {
    "PHONE": {PHONE, EMAIL},
    "BIRTH": {DOB, EMAIL, PHONE, IBAN, CC, SSN, CVV, STRIPE},
    "EXP": {EXP, CVV, EMAIL},
    "CVV": {CVV, EMAIL},
    "SSN": {SSN, EMAIL},
    "CARD": set(ALL_IDS),
}
# Near misses that may sit right after a keyword: that is their point.
NEAR_MISS_ALLOWED_AFTER = {"CARD": {NM_TEST, NM_LUHN}}
# Unlabelled text after a keyword must not contain anything of the keyword's value shape.
SHAPE_AFTER = {
    "PHONE": re.compile(r"\d[\d ().-]{4,}\d"),
    "BIRTH": re.compile(r"\d{1,4}[./ -]\d{1,2}[./ -]\d{2,4}|\d{4}"),
    "EXP": re.compile(r"\d{1,2} ?[/-] ?\d{2,4}"),
    "CVV": re.compile(r"(?<!\d)\d{3,4}(?!\d)"),
    "SSN": re.compile(r"\d{3}[ -]?\d{2}[ -]?\d{4}"),
    "CARD": re.compile(r"\d(?:[ .-]?\d){11,}"),
}
# Words filler text must not contain (besides keywords and digits): placeholder markers.
FILLER_BANNED = re.compile(r"example|sample|test|dummy|fake|placeholder|xxxx|secret|password"
                           r"|iban|e-?mail|version|order", re.IGNORECASE)


def has_keyword(text: str) -> bool:
    return any(r.search(text) for r in KEYWORD_RE.values())


def clean(text: str) -> bool:
    """Text usable as filler, a name or an e-mail: no keyword, no digit, no placeholder word."""
    return not has_keyword(text) and not FILLER_BANNED.search(text) and not re.search(r"\d", text)


def looks_like_placeholder(value: str) -> bool:
    """corpus/README.md "Rules for planted values": 8+ identical, ascending or descending
    characters in a row, or a filler word, make a value a placeholder."""
    if re.search(r"example|sample|test|dummy|fake|xxxx|placeholder|changeme|redacted|secret"
                 r"|password|your", value, re.IGNORECASE):
        return True
    same = up = down = 1
    for a, b in zip(value, value[1:]):
        same = same + 1 if a == b else 1
        up = up + 1 if ord(b) == ord(a) + 1 else 1
        down = down + 1 if ord(b) == ord(a) - 1 else 1
        if max(same, up, down) >= 8:
            return True
    return False


# --- checksums --------------------------------------------------------------------------------

def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    """body + the check digit that makes it Luhn-valid."""
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


def card_like(text: str, grouped_only: bool = False) -> bool:
    """Whether text holds a run of 13-19 digits (single spaces, dots or dashes between them
    allowed) that passes Luhn: a scanner may fairly report it as a card number. With
    grouped_only, separated digits count only in a card grouping (4-4-4-4, 4-6-5, ...)."""
    for run in re.findall(r"\d(?:[ .-]?\d)*", text):
        groups = re.split(r"[ .-]", run)
        digits = "".join(groups)
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            if not grouped_only or len(groups) == 1 or tuple(map(len, groups)) == CARD_GROUPS.get(len(digits)):
                return True
    return False


def iban_numeric(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return iban_numeric(s[4:] + s[:4]) % 97 == 1


def iban_from_bban(country: str, bban: str) -> str:
    check = 98 - iban_numeric(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


# --- value tables -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Brand:
    name: str
    prefixes: tuple      # "4" or a range "2221-2720"
    lengths: tuple       # the first is the usual one
    faker: tuple = ()    # (length, Faker card type) where Faker has the brand
    cvv_len: int = 3
    word: str = ""       # what customers call it in a sentence
    code: str = ""       # what an API calls it


BRANDS = (
    Brand("Visa", ("4",), (16, 13, 19), ((16, "visa16"), (13, "visa13"), (19, "visa19")), word="Visa", code="visa"),
    Brand("Mastercard", ("51-55", "2221-2720"), (16,), ((16, "mastercard"),), word="Mastercard", code="mastercard"),
    Brand("American Express", ("34", "37"), (15,), ((15, "amex"),), 4, word="Amex", code="amex"),
    Brand("Discover", ("6011", "644-649", "65"), (16, 19), ((16, "discover"),), word="Discover card", code="discover"),
    Brand("JCB", ("3528-3589",), (16, 17, 18, 19), ((16, "jcb16"),), word="JCB card", code="jcb"),
    Brand("Diners Club", ("300-305", "36", "38", "39"), (14, 16, 19), ((14, "diners"),), word="Diners card", code="diners"),
    Brand("UnionPay", ("62",), (16, 17, 18, 19), word="UnionPay card", code="unionpay"),
    Brand("Maestro", ("50", "56-58", "6304", "6759", "6761-6763"), (16, 13, 19), word="Maestro card", code="maestro"),
    Brand("Dankort", ("5019",), (16,), word="Dankort", code="dankort"),
    Brand("Visa Electron", ("4026", "417500", "4508", "4844", "4913", "4917"), (16,), word="Visa Electron", code="electron"),
)
CARD_GROUPS = {16: (4, 4, 4, 4), 15: (4, 6, 5), 14: (4, 6, 4), 19: (4, 4, 4, 4, 3)}
CARD_SEPARATORS = (("", "plain"), (" ", "spaced"), ("-", "dashed"), (".", "dotted"))

INTL_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN", "AU", "JP", "MX", "CA",
                "CH", "SE", "PL", "ZA", "AT", "BE", "IE", "PT", "DK", "NO")
NATIONAL_REGIONS = ("US", "GB", "DE", "FR", "IN", "BR")   # the regions the scanner is given
NANP = ("US", "CA")

EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
DE_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember")
FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")
ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre")
DATE_FORMATS = {
    "iso": lambda d: f"{d:%Y-%m-%d}",
    "dmy-slash": lambda d: f"{d:%d/%m/%Y}",
    "mdy-slash": lambda d: f"{d:%m/%d/%Y}",
    "dmy-dot": lambda d: f"{d:%d.%m.%Y}",
    "dmy-dash": lambda d: f"{d:%d-%m-%Y}",
    "ymd-slash": lambda d: f"{d:%Y/%m/%d}",
    "us-long": lambda d: f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
    "uk-long": lambda d: f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
    "us-short": lambda d: f"{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
    "de-long": lambda d: f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}",
    "fr-long": lambda d: f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}",
    "es-long": lambda d: f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}",
}
LANG_DATE_FORMATS = {
    "en": ("iso", "mdy-slash", "us-long", "uk-long", "us-short", "dmy-slash", "ymd-slash"),
    "de": ("dmy-dot", "de-long", "iso"),
    "fr": ("dmy-slash", "fr-long"),
    "es": ("dmy-slash", "es-long", "dmy-dash"),
    "it": ("dmy-slash", "dmy-dash"),
    "pt": ("dmy-slash", "dmy-dash"),
}
EXP_FORMATS = {
    "MM/YY": lambda m, y: f"{m:02d}/{y % 100:02d}",
    "MM/YYYY": lambda m, y: f"{m:02d}/{y}",
    "MM-YY": lambda m, y: f"{m:02d}-{y % 100:02d}",
    "MM-YYYY": lambda m, y: f"{m:02d}-{y}",
    "MM / YY": lambda m, y: f"{m:02d} / {y % 100:02d}",
}

# Faker locales with an IBAN provider, and the country they must produce.
FAKER_IBAN_LOCALES = (
    ("de_DE", "DE"), ("de_AT", "AT"), ("de_CH", "CH"), ("fr_FR", "FR"), ("es_ES", "ES"),
    ("it_IT", "IT"), ("nl_NL", "NL"), ("nl_BE", "BE"), ("pt_PT", "PT"), ("pt_BR", "BR"),
    ("pl_PL", "PL"), ("en_GB", "GB"), ("en_IE", "IE"), ("fi_FI", "FI"), ("no_NO", "NO"),
    ("da_DK", "DK"), ("cs_CZ", "CZ"), ("sk_SK", "SK"), ("ro_RO", "RO"), ("tr_TR", "TR"),
    ("el_GR", "GR"), ("az_AZ", "AZ"), ("uk_UA", "UA"),
)
# Countries Faker lacks: BBAN layout as in the IBAN registry (n digits, a letters, c alnum).
HAND_IBAN_BBAN = {
    "LU": "3n13c", "SE": "20n", "HU": "24n", "HR": "17n", "SI": "15n", "LT": "16n",
    "LV": "4a13c", "EE": "16n", "BG": "4a6n8c", "IS": "22n", "SA": "2n18c", "AE": "19n",
    "IL": "19n", "MT": "4a5n18c", "CY": "8n16c", "LI": "5n12c",
}

LANGS = ("en", "de", "fr", "es", "it", "pt")
LANG_LOCALE = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "pt": "pt_BR"}
EMAIL_LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL")
# Faker has no Portuguese lorem; pt_BR filler is drawn from these words.
PT_WORDS = (
    "casa tempo dia ano vida mundo pessoa forma parte lugar trabalho semana noite cidade "
    "problema gente momento caso ponto governo empresa grupo hora lado coisa viagem janela "
    "porta rua carro livro escola amigo família mesa jardim cozinha praia rio montanha "
    "sempre ainda agora depois antes muito pouco bem mal novo velho grande pequeno bonito "
    "claro rápido lento feliz simples difícil fácil comprar vender abrir fechar esperar "
    "chegar sair voltar pensar saber querer poder ver ouvir falar escrever ler andar"
).split()

SERVICE_CODES = ("101", "120", "121", "201", "206", "221", "226", "501", "601")
HTTP_STATUSES = ("200", "201", "202", "204", "301", "302", "304", "400", "401", "403", "404",
                 "409", "422", "429", "500", "502", "503", "504")


# --- planted values ---------------------------------------------------------------------------

@dataclass
class Plant:
    value: str
    identifier: object          # str, or None for a near miss
    kind: str
    how: str = "free"           # "keyword": counts because of a keyword before it;
    region: object = None       # "field": because of its column / JSON field; "free"


def neg(value: str, kind: str, region=None) -> Plant:
    return Plant(value, None, kind, region=region)


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class Values:
    """Every planted value and every piece of filler, from one seeded random generator plus
    seeded Faker instances. Cyclers spread choices (brands, regions, formats) evenly."""

    def __init__(self, seed: int):
        Faker.seed(seed)
        self.rng = random.Random(seed)
        self.fakers = {}
        self.seen = set()
        self.decks = {}

    def fk(self, locale: str) -> Faker:
        if locale not in self.fakers:
            self.fakers[locale] = Faker(locale)
        return self.fakers[locale]

    def lang_fk(self, lang: str) -> Faker:
        return self.fk(LANG_LOCALE[lang])

    def cycle(self, key: str, items):
        """The next of `items` from a shuffled deck: even spread, random order."""
        deck = self.decks.get(key)
        if not deck:
            deck = list(items)
            self.rng.shuffle(deck)
            self.decks[key] = deck
        return deck.pop()

    def fresh(self, make, ok=lambda _: True, tries=20000):
        """A value from make() that is new, not a placeholder and passes ok()."""
        for _ in range(tries):
            value = make()
            if value not in self.seen and not looks_like_placeholder(value) and ok(value):
                self.seen.add(value)
                return value
        raise RuntimeError("could not draw a fresh value")

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # --- text ---------------------------------------------------------------------------------

    def sentence(self, lang: str, min_len: int = 60) -> str:
        """A filler sentence with no digits, keywords or placeholder words."""
        fk = self.lang_fk(lang)
        words = PT_WORDS if lang == "pt" else None
        for _ in range(1000):
            text = fk.sentence(nb_words=self.rng.randint(9, 16), ext_word_list=words)
            if len(text) >= min_len and clean(text):
                return text
        raise RuntimeError("no clean filler sentence")

    def name(self, locale: str):
        fk = self.fk(locale)
        for _ in range(1000):
            first, last = fk.first_name(), fk.last_name()
            if clean(first + " " + last):
                return first, last
        raise RuntimeError("no clean name")

    def city(self, locale: str) -> str:
        fk = self.fk(locale)
        # Some locales (it_IT) build their city list from a set, whose order changes with
        # PYTHONHASHSEED: draw from a sorted copy of such a list instead.
        listed = getattr(fk.provider("faker.providers.address"), "cities", None)
        make = (lambda: self.rng.choice(sorted(listed))) if isinstance(listed, list) else fk.city
        for _ in range(1000):
            city = make()
            if clean(city):
                return city
        raise RuntimeError("no clean city")

    def company(self, locale: str) -> str:
        fk = self.fk(locale)
        for _ in range(1000):
            company = fk.company()
            if clean(company):
                return company
        raise RuntimeError("no clean company")

    def letters(self, n: int, alphabet: str = "abcdefghijkmnpqrstuvwxyz") -> str:
        """Random letters that spell no keyword or placeholder word."""
        while True:
            word = "".join(self.rng.choice(alphabet) for _ in range(n))
            if clean(word):
                return word

    def ref(self, prefix: str = "cus_") -> str:
        """A record id with no digit run of 3 or more (so it needs no label)."""
        def make():
            chars = []
            for _ in range(14):
                chars.append(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"))
            return prefix + "".join(chars)
        return self.fresh(make, lambda r: not re.search(r"\d{3}", r) and clean(re.sub(r"\d", "", r)))

    # --- cards --------------------------------------------------------------------------------

    def _prefix(self, spec: str) -> str:
        if "-" in spec:
            lo, hi = spec.split("-")
            return str(self.rng.randint(int(lo), int(hi)))
        return spec

    @staticmethod
    def brand_has(brand: Brand, digits: str) -> bool:
        if len(digits) not in brand.lengths:
            return False
        for spec in brand.prefixes:
            if "-" in spec:
                lo, hi = spec.split("-")
                if int(lo) <= int(digits[:len(lo)]) <= int(hi):
                    return True
            elif digits.startswith(spec):
                return True
        return False

    def card_digits(self, brand: Brand, length: int) -> str:
        faker_type = dict(brand.faker).get(length)
        use_faker = faker_type is not None and self.chance(0.6)

        def make():
            if use_faker:
                return self.fk("en_US").credit_card_number(card_type=faker_type)
            body = self._prefix(self.rng.choice(brand.prefixes))
            return luhn_complete(body + self.digits(length - 1 - len(body)))

        return self.fresh(make, lambda d: (self.brand_has(brand, d) and luhn_ok(d)
                                           and d not in PUBLISHED_TEST_CARDS))

    def group(self, digits: str, sep: str) -> str:
        if not sep:
            return digits
        out, i = [], 0
        for n in CARD_GROUPS[len(digits)]:
            out.append(digits[i:i + n])
            i += n
        return sep.join(out)

    def card(self, where: str, brand: Brand = None, length: int = None, sep=None):
        """A card-number Plant and its brand (for the CVV length)."""
        brand = brand or self.cycle("brand", BRANDS)
        if length is None:
            length = brand.lengths[0] if self.chance(0.7) else self.rng.choice(brand.lengths)
        digits = self.card_digits(brand, length)
        if sep is None:
            sep, sep_name = self.cycle("card-sep", CARD_SEPARATORS) if length in CARD_GROUPS else ("", "plain")
        else:
            sep_name = dict(CARD_SEPARATORS)[sep]
        if length not in CARD_GROUPS:
            sep, sep_name = "", "plain"
        value = self.group(digits, sep)
        return Plant(value, CC, f"{brand.name} {length} digits, {sep_name}; {where}"), brand

    def exp(self, where: str, how: str, fmt: str = None) -> Plant:
        fmt = fmt or self.cycle("exp-format", EXP_FORMATS)
        month = self.rng.randint(1, 12)
        year = REFERENCE_DATE.year + self.rng.randint(-1, 7)
        return Plant(EXP_FORMATS[fmt](month, year), EXP, f"expiry {fmt}; {where}", how)

    def cvv(self, brand: Brand, where: str, how: str) -> Plant:
        n = brand.cvv_len
        value = str(self.rng.randint(10 ** (n - 1) // 10, 10 ** n - 1)).zfill(n)
        label = "4-digit Amex CID" if n == 4 else "3-digit CVV"
        return Plant(value, CVV, f"{label}; {where}", how)

    def track(self, where: str, which: int = None) -> Plant:
        which = which or self.cycle("track", (1, 2))
        brand = self.cycle("track-brand", BRANDS[:5])
        pan = self.card_digits(brand, brand.lengths[0])
        yymm = f"{(REFERENCE_DATE.year + self.rng.randint(0, 6)) % 100:02d}{self.rng.randint(1, 12):02d}"
        svc = self.rng.choice(SERVICE_CODES)
        if which == 1:
            while True:
                first, last = self.name(self.cycle("track-locale", EMAIL_LOCALES))
                first, last = ascii_fold(first).upper(), ascii_fold(last).upper()
                name = f"{last}/{first}"
                if re.fullmatch(r"[A-Z]+(?: [A-Z]+)?/[A-Z]+(?: [A-Z]+)?", name) and len(name) <= 26:
                    break
            disc = self.digits(self.rng.randint(6, 20))
            value = f"%B{pan}^{name}^{yymm}{svc}{disc}?"
        else:
            disc = self.digits(self.rng.randint(5, 30 - len(pan)))
            value = f";{pan}={yymm}{svc}{disc}?"
        self.seen.add(value)   # the PAN is fresh, so the track is
        return Plant(value, STRIPE, f"track {which}, {brand.name} PAN; {where}")

    # --- phones -------------------------------------------------------------------------------

    def phone_number(self, region: str) -> pn.PhoneNumber:
        ptype = self.cycle(f"ptype-{region}", (PNT.MOBILE, PNT.FIXED_LINE))
        nsn = pn.national_significant_number(pn.example_number_for_type(region, ptype))
        cc = pn.country_code_for_region(region)

        def make():
            keep = self.rng.randint(1, min(3, len(nsn) - 5))
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(cand):
            num = pn.parse(f"+{cc}{cand}")
            if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
                return False
            if region in NANP and cand[3:6] == "555":
                return False
            return not any(card_like(f) for f in (cand, f"{cc}{cand}", f"00{cc}{cand}"))

        return pn.parse(f"+{cc}{self.fresh(make, ok)}")

    def phone(self, where: str, style: str, region: str = None, how: str = "free") -> Plant:
        """style: e164 | intl | intl00 | national (national only for NATIONAL_REGIONS and only
        after a keyword or under a phone field: how must say so)."""
        if style == "national":
            assert how in ("keyword", "field"), where
            region = region or self.cycle("nat-region", NATIONAL_REGIONS)
            assert region in NATIONAL_REGIONS
        else:
            region = region or self.cycle("intl-region", INTL_REGIONS)
        if style == "intl00" and region in NANP:
            style = "intl"
        num = self.phone_number(region)
        if style == "e164":
            value = pn.format_number(num, PNF.E164)
        elif style == "national":
            value = pn.format_number(num, PNF.NATIONAL)
        else:
            value = pn.format_number(num, PNF.INTERNATIONAL)
            if style == "intl00":
                value = "00" + value[1:]
        plant = Plant(value, PHONE, f"{region} {style} phone; {where}", how)
        if style == "national":
            plant.region = region
        return plant

    def phone_any(self, where: str, how: str, styles=("national", "intl", "e164", "intl00"),
                  regions=None) -> Plant:
        style = self.cycle("phone-style-" + "/".join(styles), styles)
        region = self.rng.choice(regions) if regions else None
        if style == "national" and region and region not in NATIONAL_REGIONS:
            style = "intl"
        return self.phone(where, style, region, how)

    # --- dates, e-mail, IBAN, SSN -------------------------------------------------------------

    def birth_date(self) -> dt.date:
        lo, hi = dt.date(1930, 1, 1).toordinal(), dt.date(2008, 12, 31).toordinal()
        return dt.date.fromordinal(self.rng.randint(lo, hi))

    def dob(self, where: str, how: str, formats=tuple(DATE_FORMATS)) -> Plant:
        fmt = self.cycle("dob-" + "/".join(formats), formats)
        d = self.birth_date()
        return Plant(DATE_FORMATS[fmt](d), DOB, f"birth date {fmt}; {where}", how)

    def other_date(self, formats=tuple(DATE_FORMATS)) -> Plant:
        fmt = self.cycle("date-" + "/".join(formats), formats)
        lo, hi = dt.date(2015, 1, 1).toordinal(), dt.date(2025, 12, 31).toordinal()
        return neg(DATE_FORMATS[fmt](dt.date.fromordinal(self.rng.randint(lo, hi))), NM_DATE)

    def email(self, where: str, locale: str = None, person: tuple = None) -> Plant:
        """An address of a random person, or of `person` (first, last) when given."""
        locale = locale or self.cycle("email-locale", EMAIL_LOCALES)
        fk = self.fk(locale)
        style = self.cycle("email-style", ("user", "first.last", "plus-tag", "subdomain", "digits", "company"))
        if person and style == "user":
            style = "digits"

        def make():
            first, last = (re.sub(r"[^a-z]", "", ascii_fold(p).lower()) for p in (person or self.name(locale)))
            domain = fk.free_email_domain() if style != "company" else fk.domain_name()
            if style == "user":
                local = ascii_fold(fk.user_name()).lower()
            elif style == "first.last":
                local = f"{first}.{last}"
            elif style == "plus-tag":
                local = f"{first}.{last}+{self.rng.choice(('news', 'shop', 'billing', 'travel', 'promo', 'receipts'))}"
            elif style == "subdomain":
                local = f"{first[:1]}{last}"
                domain = f"{self.rng.choice(('mail', 'eu', 'post', 'office', 'members'))}.{fk.domain_name()}"
            elif style == "digits":
                local = f"{first}{last[:1]}{self.rng.randint(1, 99)}"
            else:
                local = f"{first}.{last}"
            return f"{local}@{domain}"

        def ok(e):
            local = e.split("@")[0]
            return (re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\+[a-z]+)?@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}", e)
                    and not has_keyword(local) and not has_keyword(e.replace(".", " ").replace("@", " "))
                    and not FILLER_BANNED.search(e) and "example" not in e)

        for _ in range(50):   # a name that folds to nothing usable falls back to a random one
            try:
                return Plant(self.fresh(make, ok, tries=50), EMAIL, f"{locale} e-mail ({style}); {where}")
            except RuntimeError:
                person = None
        raise RuntimeError("no e-mail address")

    def iban(self, where: str, spaced: bool = None) -> Plant:
        source = self.cycle("iban-country", tuple(FAKER_IBAN_LOCALES) + tuple(HAND_IBAN_BBAN))
        if isinstance(source, tuple):
            locale, country = source

            def make():
                return self.fk(locale).iban()
            origin = "Faker"
        else:
            country = source

            def make():
                bban = ""
                for n, kind in re.findall(r"(\d+)([nac])", HAND_IBAN_BBAN[country]):
                    for _ in range(int(n)):
                        if kind == "n" or (kind == "c" and self.chance(0.7)):
                            bban += self.rng.choice("0123456789")
                        else:
                            bban += self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                return iban_from_bban(country, bban)
            origin = "hand-built"
        value = self.fresh(make, lambda i: i.startswith(country) and iban_ok(i) and not has_keyword(i))
        if spaced is None:
            spaced = self.chance(0.5)
        if spaced:
            value = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
        return Plant(value, IBAN, f"{country} IBAN ({origin}), {'grouped' if spaced else 'plain'}; {where}")

    def ssn_digits(self) -> str:
        def make():
            area = self.rng.randint(1, 899)
            while area == 666:
                area = self.rng.randint(1, 899)
            return f"{area:03d}{self.rng.randint(1, 99):02d}{self.rng.randint(1, 9999):04d}"
        return self.fresh(make, lambda s: s not in ("078051120", "219099999", "123456789"))

    def ssn(self, where: str, how: str, style: str = None) -> Plant:
        style = style or self.cycle("ssn-style", ("dashed", "dashed", "spaced", "plain"))
        d = self.ssn_digits()
        value = {"dashed": f"{d[:3]}-{d[3:5]}-{d[5:]}", "spaced": f"{d[:3]} {d[3:5]} {d[5:]}", "plain": d}[style]
        return Plant(value, SSN, f"SSN {style}; {where}", how)

    # --- near misses --------------------------------------------------------------------------

    def luhn_fail(self) -> Plant:
        def make():
            body = self.rng.choice(("4", "5" + str(self.rng.randint(1, 5)), "6011", "65", "35" + str(self.rng.randint(28, 89))))
            good = luhn_complete(body + self.digits(15 - len(body)))
            return good[:-1] + str((int(good[-1]) + self.rng.randint(1, 9)) % 10)
        digits = self.fresh(make, lambda d: not luhn_ok(d))
        sep = self.cycle("luhn-sep", ("", " ", "-", " "))
        return neg(self.group(digits, sep), NM_LUHN)

    def test_card(self) -> Plant:
        digits = self.cycle("test-card", PUBLISHED_TEST_CARDS)
        sep = self.cycle("test-sep", ("", " ", "-")) if len(digits) in CARD_GROUPS else ""
        return neg(self.group(digits, sep), NM_TEST)

    def order_id(self) -> Plant:
        shape = self.cycle("order-shape", ("ord", "hash", "amazon", "inv", "ups", "po", "so"))

        def make():
            year = self.rng.randint(2019, 2025)
            if shape == "ord":
                return f"ORD-{year}-{self.digits(7)}"
            if shape == "hash":
                return f"#{self.rng.randint(1, 9)}{self.digits(8)}"
            if shape == "amazon":
                return f"{self.rng.randint(111, 114)}-{self.digits(7)}-{self.digits(7)}"
            if shape == "inv":
                return f"INV/{year}/{self.digits(6)}"
            if shape == "ups":
                return f"1Z{self.letters(3, 'ABCDEFGHJKRVWXY')}{self.digits(3)}{self.letters(2, 'ABCDEFGHJKRVWXY')}{self.digits(8)}"
            if shape == "po":
                return f"PO-{self.digits(5)}-{self.letters(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"
            return f"SO{self.rng.randint(1, 9)}{self.digits(7)}"
        return neg(self.fresh(make, lambda o: not card_like(o)), NM_ORDER)

    def ms_timestamp(self, at: dt.datetime = None) -> Plant:
        if at is not None:
            base = int(at.replace(tzinfo=dt.timezone.utc).timestamp() * 1000)
            make = lambda: str(base + self.rng.randint(-500, 500))  # noqa: E731
        else:
            make = lambda: str(self.rng.randint(1_000_000_000_000, 1_799_999_999_999))  # noqa: E731
        return neg(self.fresh(make, lambda t: not card_like(t)), NM_MS)

    def version(self) -> Plant:
        shape = self.cycle("version-shape", ("semver", "v-semver", "windows", "rc", "two", "beta"))

        def make():
            a, b, c = self.rng.randint(0, 24), self.rng.randint(0, 40), self.rng.randint(0, 60)
            if shape == "semver":
                return f"{a}.{b}.{c}"
            if shape == "v-semver":
                return f"v{a}.{b}.{c}"
            if shape == "windows":
                return f"{self.rng.choice((6, 10))}.0.{self.rng.randint(10240, 22631)}.{self.rng.randint(1000, 4000)}"
            if shape == "rc":
                return f"{a}.{b}.{c}-rc{self.rng.randint(1, 5)}"
            if shape == "two":
                return f"{self.rng.randint(90, 131)}.0.{self.rng.randint(4000, 6999)}.{self.rng.randint(10, 199)}"
            return f"{a}.{b}.{c}-beta.{self.rng.randint(1, 9)}"
        return neg(self.fresh(make), NM_VERSION)

    def ip(self, port: bool = None) -> Plant:
        def make():
            first = self.rng.choice((10, 172, 192, 31, 46, 62, 78, 84, 91, 109, 141, 185, 212))
            if first == 172:
                rest = (self.rng.randint(16, 31), self.rng.randint(0, 255), self.rng.randint(1, 254))
            elif first == 192:
                rest = (168, self.rng.randint(0, 255), self.rng.randint(1, 254))
            else:
                rest = (self.rng.randint(0, 255), self.rng.randint(0, 255), self.rng.randint(1, 254))
            value = ".".join(str(x) for x in (first,) + rest)
            if port if port is not None else self.chance(0.3):
                value += ":" + str(self.rng.choice((443, 8080, 8443, 5432, 3306, 6379, self.rng.randint(1025, 65000))))
            return value
        return neg(self.fresh(make), NM_IP)

    def uuid(self) -> Plant:
        return neg(self.fresh(lambda: str(uuid.UUID(int=self.rng.getrandbits(128), version=4)),
                              lambda u: not has_keyword(u) and not card_like(u, grouped_only=True)), NM_UUID)

    def ssn_shape(self) -> Plant:
        d = self.ssn_digits()
        return neg(f"{d[:3]}-{d[3:5]}-{d[5:]}", NM_SSN_SHAPE)

    def phone_shape(self) -> Plant:
        region = self.cycle("shape-region", NATIONAL_REGIONS)
        value = pn.format_number(self.phone_number(region), PNF.NATIONAL)
        return neg(value, NM_PHONE_SHAPE, region)

    def long_run(self) -> Plant:
        brand = self.cycle("long-run-brand", BRANDS[:5])
        card = self.card_digits(brand, brand.lengths[0])
        head = self.rng.randint(2, 24 - len(card) - 2)
        return neg(self.fresh(lambda: self.digits(head) + card + self.digits(24 - head - len(card))), NM_LONG_RUN)

    def cvv_like(self, status: bool = False) -> Plant:
        if status:
            return neg(self.rng.choice(HTTP_STATUSES), NM_CVV_LIKE)
        return neg(str(self.rng.randint(100, 999)), NM_CVV_LIKE)


# --- documents --------------------------------------------------------------------------------

class Doc:
    """A file as a list of text pieces and Plants; render() gives its bytes and labels."""

    def __init__(self, path: str):
        self.path = path
        self.parts = []

    def w(self, *parts):
        for part in parts:
            if isinstance(part, (list, tuple)):
                self.parts.extend(part)
            else:
                self.parts.append(part)
        return self

    def l(self, *parts):
        return self.w(*parts, "\n")

    def text(self) -> str:
        return "".join(p.value if isinstance(p, Plant) else p for p in self.parts)

    def render(self):
        """(bytes, labels, char spans): labels carry UTF-8 byte offsets; the spans
        (char start, char end, plant) are for the self-check."""
        out, labels, spans, chars = bytearray(), [], [], 0
        for part in self.parts:
            text = part.value if isinstance(part, Plant) else part
            data = text.encode("utf-8")
            if isinstance(part, Plant):
                label = {"file": self.path, "start": len(out), "end": len(out) + len(data),
                         "identifier": part.identifier, "kind": part.kind}
                if part.region:
                    label["region"] = part.region
                labels.append(label)
                spans.append((chars, chars + len(text), part))
            out += data
            chars += len(text)
        return bytes(out), labels, spans


def fill(template: str, slots: dict) -> list:
    """Splits "text {slot} text" into text pieces and the slot values (str or Plant)."""
    parts = []
    for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
        if i % 2:
            parts.append(slots[piece])
        elif piece:
            parts.append(piece)
    return parts


def csv_doc(path: str, header, rows, delimiter=",", crlf=False, quote_all=False) -> Doc:
    """A CSV/TSV file from cells that are text, Plants or lists of both. Quoting follows the
    csv module (checked: the text equals csv.writer's and csv.reader gives the cells back)."""
    term = "\r\n" if crlf else "\n"
    doc = Doc(path)
    expected = io.StringIO(newline="")
    writer = csv.writer(expected, delimiter=delimiter, lineterminator=term,
                        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    plain_rows = []
    for row in [header] + rows:
        plain = []
        for i, cell in enumerate(row):
            parts = cell if isinstance(cell, list) else [cell]
            text = "".join(p.value if isinstance(p, Plant) else p for p in parts)
            plain.append(text)
            quote = quote_all or any(ch in text for ch in (delimiter, '"', "\r", "\n"))
            if i:
                doc.w(delimiter)
            if quote:
                doc.w('"')
            for p in parts:
                if isinstance(p, Plant):
                    assert '"' not in p.value, p.value
                    doc.w(p)
                else:
                    doc.w(p.replace('"', '""'))
            if quote:
                doc.w('"')
        doc.w(term)
        writer.writerow(plain)
        plain_rows.append(plain)
    assert doc.text() == expected.getvalue(), path
    parsed = list(csv.reader(io.StringIO(doc.text(), newline=""), delimiter=delimiter))
    assert parsed == plain_rows, path
    return doc


@dataclass
class JText:
    """A JSON string made of text and Plants (free text with values inside)."""
    parts: list


@dataclass
class JNum:
    """A Plant written as a bare JSON number."""
    plant: Plant


def json_parts(obj, **dumps_args) -> list:
    """json.dumps(obj) as text pieces and Plants: Plants are dumped as sentinel strings
    (NUL-delimited, which JSON must escape, so they cannot clash with text) and put back."""
    plants = []

    def sub(o):
        if isinstance(o, Plant):
            plants.append(o)
            return f"\0{len(plants) - 1}\0"
        if isinstance(o, JNum):
            plants.append(o.plant)
            return f"\0N{len(plants) - 1}\0"
        if isinstance(o, JText):
            return "".join(sub(p) if isinstance(p, Plant) else p for p in o.parts)
        if isinstance(o, dict):
            return {k: sub(x) for k, x in o.items()}
        if isinstance(o, list):
            return [sub(x) for x in o]
        return o

    def plain(o):
        if isinstance(o, Plant):
            return o.value
        if isinstance(o, JNum):
            return int(o.plant.value)
        if isinstance(o, JText):
            return "".join(plain(p) for p in o.parts)
        if isinstance(o, dict):
            return {k: plain(x) for k, x in o.items()}
        if isinstance(o, list):
            return [plain(x) for x in o]
        return o

    text = json.dumps(sub(obj), ensure_ascii=False, **dumps_args)
    parts, pos = [], 0
    for m in re.finditer(r'"\\u0000N(\d+)\\u0000"|\\u0000(\d+)\\u0000', text):
        parts.append(text[pos:m.start()])
        plant = plants[int(m.group(1) or m.group(2))]
        if m.group(1):
            assert plant.value.isdigit(), plant.value
        else:
            assert json.dumps(plant.value, ensure_ascii=False)[1:-1] == plant.value, plant.value
        parts.append(plant)
        pos = m.end()
    parts.append(text[pos:])
    rendered = "".join(p.value if isinstance(p, Plant) else p for p in parts)
    assert json.loads(rendered) == plain(obj)
    return [p for p in parts if p != ""]


def flatten(parts) -> list:
    out = []
    for part in parts:
        out.extend(flatten(part) if isinstance(part, (list, tuple)) else [part])
    return out


def pad_after_keywords(parts: list, tail_tokens, v: Values, sep=" ", min_gap=NEAR_MISS_DISTANCE + 4) -> list:
    """Appends benign tokens until the last keyword in the line ends min_gap characters
    before the line does, so nothing on the next line sits in a keyword's range; and one
    token after a value that would otherwise end the line."""
    text = "".join(p.value if isinstance(p, Plant) else p for p in parts)
    ends = [m.end() for r in KEYWORD_RE.values() for m in r.finditer(text)]
    parts = list(parts)
    tokens = v.rng.sample(tail_tokens, len(tail_tokens))
    if isinstance(parts[-1], Plant) or parts[-1] == '"':   # a value ending the line would touch the next
        token = sep + tokens.pop()
        parts.append(token)
        text += token
    if not ends:
        return parts
    while len(text) - max(ends) < min_gap:
        token = sep + tokens.pop()
        parts.append(token)
        text += token
    return parts


# --- tickets ----------------------------------------------------------------------------------

LANG_NAME = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese"}
# National-form phones in tickets: the regions customers writing in that language live in.
LANG_NATIONAL_REGIONS = {"en": ("US", "GB", "IN"), "de": ("DE",), "fr": ("FR",), "pt": ("BR",)}

SUBJECTS = {
    "en": ("Question about my account", "Refund request", "Problem with my last payment",
           "Wrong amount charged", "Please update my details", "Delivery problem", "Double charge"),
    "de": ("Frage zu meinem Konto", "Rückerstattung", "Problem mit meiner Zahlung", "Bitte Daten aktualisieren"),
    "fr": ("Question sur mon compte", "Demande de remboursement", "Problème de paiement"),
    "es": ("Pregunta sobre mi cuenta", "Solicitud de reembolso", "Problema con el pago"),
    "it": ("Domanda sul mio account", "Richiesta di rimborso", "Problema con il pagamento"),
    "pt": ("Dúvida sobre minha conta", "Pedido de reembolso", "Problema com o pagamento"),
}
GREETINGS = {
    "en": ("Hello support team,", "Hi there,", "Dear customer service,", "Good morning,"),
    "de": ("Hallo zusammen,", "Sehr geehrte Damen und Herren,", "Guten Tag,"),
    "fr": ("Bonjour,", "Madame, Monsieur,"),
    "es": ("Hola,", "Estimado equipo de soporte,"),
    "it": ("Buongiorno,", "Gentile assistenza,"),
    "pt": ("Olá,", "Prezada equipe de suporte,"),
}
CLOSINGS = {
    "en": ("Thanks,", "Best regards,", "Kind regards,", "Cheers,"),
    "de": ("Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße"),
    "fr": ("Cordialement,", "Merci d'avance,"),
    "es": ("Saludos,", "Gracias,"),
    "it": ("Cordiali saluti,", "Grazie,"),
    "pt": ("Obrigado,", "Atenciosamente,"),
}

# Ticket sentences by language and block. Slots: {card} {brand} {exp} {cvv} {phone} {dob}
# {email} {iban} {ssn} {track} {name}; {x} is the near miss of an nm_ block. Positive blocks
# carry their keyword where the value needs one; near-miss blocks carry none (nm_luhn_kw and
# nm_test deliberately name the card: a keyword cannot make them count).
TICKET_TEMPLATES = {
    "en": {
        "card_full": ("My credit card is {card}, expires {exp}, CVV {cvv}.",
                      "Card number: {card} / exp date {exp} / security code {cvv}",
                      "I paid with my {brand} {card} (valid thru {exp}, CVC {cvv}).",
                      "cc {card} exp {exp} cvv2 {cvv}"),
        "card_exp": ("Please charge {card} instead, expiry {exp}.",
                     "The card {card} with expiration date {exp} keeps getting declined.",
                     "{brand} {card}, good thru {exp}."),
        "card_kw": ("My card number is {card}.", "Please refund the charge to my credit card {card}.",
                    "I used the card {card} for this purchase."),
        "card_bare": ("The charge on {card} from last week was not authorised by me.",
                      "Somebody used {card} in a shop I have never visited.",
                      "Please remove {card} from my account."),
        "exp_cvv": ("The expiry date on the front is {exp} and the CVV on the back is {cvv}.",
                    "Expires {exp}, security code {cvv}."),
        "phone_nat": ("You can call me at {phone}.", "My mobile number is {phone}.", "Phone: {phone}",
                      "Please update my telephone number to {phone}, thanks.",
                      "Best to reach me on my cell, {phone}."),
        "phone_kw": ("My phone number is {phone}.", "Call me on {phone} if anything is unclear.",
                     "Fax: {phone}", "Contact: {phone}"),
        "phone_bare": ("Reach me on {phone} after six.", "WhatsApp works too: {phone}",
                       "Or just text {phone} and I will answer."),
        "dob": ("My date of birth is {dob}.", "I was born on {dob}, if you need it to confirm my identity.",
                "DOB: {dob}", "Birthday {dob}, and the account holder is me."),
        "email": ("Please send the receipt to {email}.", "My new e-mail address is {email}.",
                  "Reply to {email} instead of this address."),
        "iban": ("Please refund the amount to my IBAN {iban}.", "IBAN: {iban}",
                 "Transfer it to {iban}, account holder {name}."),
        "ssn": ("My SSN is {ssn}.", "Social Security Number: {ssn}",
                "For the tax form, my social security no. is {ssn}.", "soc sec {ssn}"),
        "track": ("The terminal printed this raw swipe data: {track}",
                  "Our till log shows {track} for the sale."),
        "nm_order": ("My order {x} still has not arrived.", "Regarding {x}: nothing has arrived so far.",
                     "The parcel {x} is stuck in the depot."),
        "nm_date": ("The meeting on {x} was moved.", "Your invoice dated {x} shows the wrong address.",
                    "My appointment on {x} was cancelled.", "The parcel was shipped on {x}."),
        "nm_version": ("The app shows {x} in the about screen.", "I updated to {x} this morning."),
        "nm_ip": ("The error appears whenever I connect from {x}.", "My router has the address {x}."),
        "nm_uuid": ("The screen showed the reference {x}.", "Request id {x} appeared in the error."),
        "nm_luhn": ("I typed {x} into the form and it was rejected as invalid.",),
        "nm_luhn_kw": ("I think I mistyped my card number as {x}.",),
        "nm_test": ("Your developer docs suggest the test card {x} for the sandbox.",
                    "In staging we always use {x} with any future date."),
        "nm_ssn_shape": ("The spare part {x} is out of stock again.", "Please reorder item {x} for the workshop."),
        "nm_cvv_like": ("The parcel is waiting in locker {x} at the station.",
                        "Our office moved to room {x} on the third floor."),
        "nm_phone_shape": ("The delivery note carries the shipment reference {x}.",),
        "nm_long_run": ("The bank transfer reference was {x}.",),
        "nm_ms": ("The error page printed the value {x} at the bottom.",),
    },
    "de": {
        "card_full": ("Meine Kreditkarte: {card}, gültig bis {exp}, Prüfnummer {cvv}.",
                      "Kreditkarte {card}, Ablaufdatum {exp}, CVC {cvv}."),
        "card_kw": ("Bitte buchen Sie von meiner Kreditkarte {card} ab.", "Die Kartennummer lautet {card}."),
        "card_bare": ("Die Abbuchung über {card} habe ich nicht veranlasst.",),
        "phone_nat": ("Sie erreichen mich telefonisch unter {phone}.", "Meine Handynummer: {phone}",
                      "Telefon: {phone}", "Mobil: {phone}"),
        "phone_bare": ("Erreichbar bin ich unter {phone}.",),
        "dob": ("Mein Geburtsdatum ist der {dob}.", "Ich bin geboren am {dob}.", "Geburtsdatum: {dob}"),
        "email": ("Bitte schicken Sie die Rechnung an {email}.",),
        "iban": ("Bitte überweisen Sie den Betrag auf meine IBAN {iban}.", "IBAN: {iban}"),
        "nm_order": ("Meine Bestellung {x} ist noch nicht angekommen.",),
        "nm_date": ("Der Termin am {x} wurde verschoben.", "Die Rechnung vom {x} ist falsch."),
        "nm_version": ("Die App zeigt {x} an.",),
        "nm_ip": ("Der Fehler tritt auf, wenn ich mich von {x} verbinde.",),
        "nm_uuid": ("Auf dem Bildschirm stand die Referenz {x}.",),
    },
    "fr": {
        "card_full": ("Ma carte bancaire : {card}, date d'expiration {exp}, cryptogramme {cvv}.",),
        "card_kw": ("Le numéro de ma carte bancaire est {card}.",),
        "card_bare": ("Le prélèvement sur {card} n'a pas été autorisé par moi.",),
        "phone_nat": ("Vous pouvez me joindre sur mon portable au {phone}.", "Téléphone : {phone}",
                      "Mon numéro de téléphone est le {phone}."),
        "phone_bare": ("Je suis joignable au {phone}.",),
        "dob": ("Ma date de naissance : {dob}.", "Je suis née le {dob}.", "Je suis né le {dob}."),
        "email": ("Merci d'envoyer la facture à {email}.",),
        "iban": ("Merci de rembourser sur mon IBAN {iban}.",),
        "nm_order": ("Ma commande {x} n'est toujours pas arrivée.",),
        "nm_date": ("Le rendez-vous du {x} a été annulé.",),
        "nm_version": ("L'application affiche {x}.",),
        "nm_ip": ("L'erreur apparaît quand je me connecte depuis {x}.",),
        "nm_uuid": ("L'écran affichait la référence {x}.",),
    },
    "es": {
        "card_full": ("Mi tarjeta {card}, fecha de vencimiento {exp}, código de seguridad {cvv}.",),
        "card_kw": ("El número de mi tarjeta es {card}.",),
        "card_bare": ("Alguien usó {card} en una tienda que no conozco.",),
        "phone_kw": ("Mi teléfono es {phone}.", "Móvil: {phone}"),
        "phone_bare": ("Estoy disponible en el {phone}.",),
        "dob": ("Mi fecha de nacimiento es {dob}.", "Fecha de nacimiento: {dob}"),
        "email": ("Por favor envíen la factura a {email}.",),
        "iban": ("Por favor devuelvan el importe a mi IBAN {iban}.",),
        "nm_order": ("Mi pedido {x} todavía no ha llegado.",),
        "nm_date": ("La cita del {x} fue cancelada.",),
        "nm_version": ("La aplicación muestra {x}.",),
        "nm_ip": ("El error aparece cuando me conecto desde {x}.",),
        "nm_uuid": ("En la pantalla apareció la referencia {x}.",),
    },
    "it": {
        "card_full": ("La mia carta di credito {card}, scadenza {exp}, codice di sicurezza {cvv}.",),
        "card_kw": ("Il numero della carta di credito è {card}.",),
        "card_bare": ("Qualcuno ha usato {card} in un negozio che non conosco.",),
        "phone_kw": ("Il mio cellulare è {phone}.", "Telefono: {phone}"),
        "phone_bare": ("Sono raggiungibile al {phone}.",),
        "dob": ("La mia data di nascita è {dob}.", "Sono nato il {dob}."),
        "email": ("Vi prego di inviare la fattura a {email}.",),
        "iban": ("Vi prego di rimborsare sul mio IBAN {iban}.",),
        "nm_order": ("Il mio ordine {x} non è ancora arrivato.",),
        "nm_date": ("L'appuntamento del {x} è stato annullato.",),
        "nm_version": ("L'app mostra {x}.",),
        "nm_ip": ("L'errore compare quando mi collego da {x}.",),
        "nm_uuid": ("Sullo schermo è comparso il riferimento {x}.",),
    },
    "pt": {
        "card_full": ("Meu cartão {card}, validade {exp}, código de segurança {cvv}.",),
        "card_kw": ("O número do meu cartão é {card}.",),
        "card_bare": ("Alguém usou {card} numa loja que não conheço.",),
        "phone_nat": ("Meu celular é {phone}.", "Telefone: {phone}"),
        "phone_bare": ("Estou disponível no {phone}.",),
        "dob": ("Minha data de nascimento é {dob}.", "Sou nascida em {dob}.", "Nascido em {dob}."),
        "email": ("Por favor enviem a nota fiscal para {email}.",),
        "iban": ("Por favor devolvam o valor para o IBAN {iban}.",),
        "nm_order": ("Meu pedido {x} ainda não chegou.",),
        "nm_date": ("A consulta do dia {x} foi cancelada.",),
        "nm_version": ("O aplicativo mostra {x}.",),
        "nm_ip": ("O erro aparece quando me conecto de {x}.",),
        "nm_uuid": ("Na tela apareceu a referência {x}.",),
    },
}
# How often each block appears in a ticket deck (blocks a language lacks are skipped).
TICKET_BLOCK_WEIGHTS = {
    "card_full": 3, "card_exp": 2, "card_kw": 1, "card_bare": 1, "exp_cvv": 2, "phone_nat": 3,
    "phone_kw": 2, "phone_bare": 1, "dob": 4, "email": 1, "iban": 3, "ssn": 6, "track": 1,
    "nm_order": 2, "nm_date": 2, "nm_version": 1, "nm_ip": 1, "nm_uuid": 1, "nm_luhn": 1,
    "nm_luhn_kw": 1, "nm_test": 2, "nm_ssn_shape": 1, "nm_cvv_like": 1, "nm_phone_shape": 1,
    "nm_long_run": 1, "nm_ms": 1,
}
NEAR_MISS_MAKERS = {
    "nm_order": Values.order_id, "nm_date": None, "nm_version": Values.version, "nm_ip": Values.ip,
    "nm_uuid": Values.uuid, "nm_luhn": Values.luhn_fail, "nm_luhn_kw": Values.luhn_fail,
    "nm_test": Values.test_card, "nm_ssn_shape": Values.ssn_shape, "nm_cvv_like": Values.cvv_like,
    "nm_phone_shape": Values.phone_shape, "nm_long_run": Values.long_run, "nm_ms": Values.ms_timestamp,
}


def ticket_block(v: Values, lang: str, block: str, holder: str) -> list:
    template = v.cycle(f"tpl-{lang}-{block}", TICKET_TEMPLATES[lang][block])
    where = f"{LANG_NAME[lang]} ticket"
    slots = {"name": holder}
    if block.startswith("nm_"):
        make = NEAR_MISS_MAKERS[block]
        slots["x"] = v.other_date(LANG_DATE_FORMATS[lang]) if make is None else make(v)
        return fill(template, slots)
    brand = None
    if "{card}" in template:
        slots["card"], brand = v.card(where)
        slots["brand"] = brand.word
    brand = brand or v.cycle("brand", BRANDS)
    if "{exp}" in template:
        slots["exp"] = v.exp(where, "keyword")
    if "{cvv}" in template:
        slots["cvv"] = v.cvv(brand, where, "keyword")
    if "{phone}" in template:
        if block == "phone_nat":
            region = v.rng.choice(LANG_NATIONAL_REGIONS[lang])
            slots["phone"] = v.phone(where, "national", region, "keyword")
        else:
            style = v.cycle("ticket-phone-style", ("intl", "e164", "intl00", "intl"))
            slots["phone"] = v.phone(where, style)
    if "{dob}" in template:
        slots["dob"] = v.dob(where, "keyword", LANG_DATE_FORMATS[lang])
    if "{email}" in template:
        slots["email"] = v.email(where)
    if "{iban}" in template:
        slots["iban"] = v.iban(where)
    if "{ssn}" in template:
        slots["ssn"] = v.ssn(where, "keyword")
    if "{track}" in template:
        slots["track"] = v.track(where)
    return fill(template, slots)


def ticket(v: Values, number: int) -> Doc:
    lang = v.cycle("ticket-lang", ("en",) * 6 + ("de", "fr", "es", "it", "pt"))
    locale = LANG_LOCALE[lang]
    first, last = v.name(locale)
    doc = Doc(f"tickets/ticket-{number:04d}.txt")
    doc.l("Subject: ", v.cycle(f"subject-{lang}", SUBJECTS[lang]))
    doc.l("From: ", f"{first} {last} <", v.email(f"{LANG_NAME[lang]} ticket From header", locale, (first, last)), ">")
    if v.chance(0.5):
        doc.l("Date: ", v.other_date(LANG_DATE_FORMATS[lang]))
    if v.chance(0.3):
        doc.l("X-Ticket-Ref: ", v.uuid())
    doc.l()
    doc.l(v.cycle(f"greeting-{lang}", GREETINGS[lang]))
    doc.l()
    available = [b for b, n in TICKET_BLOCK_WEIGHTS.items() for _ in range(n) if b in TICKET_TEMPLATES[lang]]
    used = set()
    for _ in range(v.rng.randint(3, 7)):
        block = v.cycle(f"blocks-{lang}", available)
        for _ in range(5):   # one birth date, one IBAN, ... per customer, as far as the deck allows
            if block not in used:
                break
            block = v.cycle(f"blocks-{lang}", available)
        used.add(block)
        doc.l(v.sentence(lang), " ", ticket_block(v, lang, block, f"{first} {last}"))
        doc.l()
    doc.l(v.sentence(lang))
    doc.l()
    doc.l(v.cycle(f"closing-{lang}", CLOSINGS[lang]))
    doc.l(f"{first} {last}")
    return doc


# --- logs -------------------------------------------------------------------------------------

LOG_TAIL = ("source=web", "outcome=ok", "region=eu-central", "node=worker-b", "queue=default",
            "retry=false", "actor=sync-job", "channel=api", "tenant=acme-eu", "shard=blue", "mode=async")
THREADS = ("exec-a", "exec-b", "exec-c", "main", "worker-d", "worker-e", "scheduler", "io-f")
APPS = ("okhttp", "checkout-ios", "checkout-android", "partner-sdk", "crm-desktop", "pos-agent")


class LogFile:
    """One log file: a clock that moves forward, a line style, the service's messages."""

    def __init__(self, v: Values, path: str, style: str, start: dt.datetime, messages):
        self.v, self.doc, self.style, self.t, self.messages = v, Doc(path), style, start, messages
        self.where = f"{style} log line"

    def timestamp(self) -> Plant:
        t, ms = self.t, self.t.microsecond // 1000
        if self.style == "log4j":
            return neg(f"{t:%Y-%m-%d %H:%M:%S},{ms:03d}", NM_DATE)
        if self.style == "clf":
            return neg(f"{t:%d}/{EN_MONTHS[t.month - 1][:3]}/{t:%Y:%H:%M:%S} +0000", NM_DATE)
        return neg(f"{t:%Y-%m-%dT%H:%M:%S}.{ms:03d}Z", NM_DATE)

    def line(self):
        v = self.v
        self.t += dt.timedelta(milliseconds=v.rng.randint(40, 240_000))
        weights = [w for w, _ in self.messages]
        make = v.rng.choices([m for _, m in self.messages], weights)[0]
        level = v.rng.choice(("INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR"))
        msg = make(v, self)
        if self.style == "clf":
            parts = msg   # access lines carry their own timestamp
        elif self.style == "logfmt":
            parts = ["time=", self.timestamp(), f" level={level.lower()} "] + msg
        elif self.style == "log4j":
            parts = [self.timestamp(), f" {level:5} {self.logger} [{v.rng.choice(THREADS)}] "] + msg
        else:
            parts = [self.timestamp(), f" {level:5} [{v.rng.choice(THREADS)}] {self.logger} - "] + msg
        self.doc.l(pad_after_keywords(flatten(parts), LOG_TAIL, v))

    def build(self, lines: int, logger: str) -> Doc:
        self.logger = logger
        for _ in range(lines):
            self.line()
        return self.doc


def kv(key: str, plant: Plant) -> list:
    """key=value, the value in double quotes when it holds a space (as logfmt writes it)."""
    return [f"{key}=", '"', plant, '"'] if " " in plant.value else [f"{key}=", plant]


def log_phone(v: Values, lf: LogFile, key: str = "phone") -> list:
    return kv(key, v.phone_any(lf.where + f" after {key}=", "keyword", ("e164", "intl", "national", "intl00")))


# Message makers: (v, log file) -> parts. Keyword-dependent values follow their key.
def m_request(v, lf):
    return ["request_id=", v.uuid(), f" method={v.rng.choice(('GET', 'POST', 'PUT'))} path=/v2/",
            v.rng.choice(("orders", "customers", "carts", "sessions")), " status=", v.cvv_like(status=True),
            " client_ip=", v.ip(), " ua=", v.rng.choice(APPS), "/", v.version()]


def m_profile_phone(v, lf):
    return ["user profile updated user=", v.ref("usr_"), " ", log_phone(v, lf)]


def m_profile_email(v, lf):
    return ["user profile updated user=", v.ref("usr_"), " email=", v.email(lf.where)]


def m_upstream(v, lf):
    return ["upstream ", v.ip(port=True), " answered slowly, retrying once"]


def m_deploy(v, lf):
    return ["service started version=", v.version(), " build=", v.uuid()]


def m_charge(v, lf):
    card, _ = v.card(lf.where + " after card=")
    return ["charge authorized order=", v.order_id(), " amount=", f"{v.rng.randint(5, 899)}.{v.digits(2)}",
            " EUR ", kv("card", card), " ", kv("exp", v.exp(lf.where + " after exp=", "keyword"))]


def m_payload(v, lf):
    card, brand = v.card(lf.where + ", JSON payload in a message")
    return ['payload dump {"card":{"number":"', card, '","exp":"', v.exp(lf.where + ", JSON payload", "keyword"),
            '","cvv":"', v.cvv(brand, lf.where + ", JSON payload", "keyword"), '"}}']


def m_declined(v, lf):
    return ["charge declined reason=invalid_number card=", v.luhn_fail()]


def m_sandbox(v, lf):
    return ["sandbox charge card=", v.test_card(), " result=approved"]


def m_sepa(v, lf):
    return ["sepa debit scheduled collection_date=", v.other_date(("iso", "dmy-dot")), " ", kv("iban", v.iban(lf.where))]


def m_settlement(v, lf):
    return ["settlement matched bank_ref=", v.long_run()]


def m_order_paid(v, lf):
    return ["order ", v.order_id(), " paid at ", v.ms_timestamp(lf.t)]


def m_receipt(v, lf):
    return ["receipt sent to ", v.email(lf.where)]


def m_refund_batch(v, lf):
    return ["refund queued lane=", v.cvv_like()]


def m_contact(v, lf):
    return ['msg="contact updated" customer=', v.ref(), " ", log_phone(v, lf), " email=", v.email(lf.where)]


def m_profile_dob(v, lf):
    return ['msg="profile synced" customer=', v.ref(), " ", kv("dob", v.dob(lf.where + " after dob=", "keyword"))]


def m_fax(v, lf):
    return ['msg="fax number imported" ', kv("fax", v.phone(lf.where + " after fax=", "national", how="keyword"))]


def m_part(v, lf):
    return ['msg="inventory adjusted" part=', v.ssn_shape(), " warehouse=north"]


def m_lookup(v, lf):
    return ['msg="duplicate check" ', kv("ref", v.phone_shape()), " result=none"]


def m_batch(v, lf):
    return ['msg="batch finished" ts_ms=', v.ms_timestamp(lf.t), " status=done"]


def m_meeting(v, lf):
    return ['msg="meeting scheduled" at=', v.other_date(("iso", "dmy-slash", "mdy-slash", "us-long"))]


def m_swipe(v, lf):
    which = v.cycle("log-track", (1, 2))
    return [f"swipe accepted terminal=T-{v.letters(4).upper()} track{which}=", v.track(lf.where + f" after track{which}=", which)]


def m_raw_read(v, lf):
    return ["raw read ", v.track(lf.where + ", raw read", 1), " ", v.track(lf.where + ", raw read", 2)]


def m_firmware(v, lf):
    return [f"terminal T-{v.letters(4).upper()} firmware=", v.version(), " ip=", v.ip()]


def m_pos_sale(v, lf):
    card, _ = v.card(lf.where + " after card=")
    return ["sale completed ts=", v.ms_timestamp(lf.t), " ", kv("card", card)]


def m_access(v, lf):
    method, path = v.rng.choice((("GET", "/api/v1/customers?email="), ("GET", "/account/lookup?user="),
                                 ("POST", "/checkout/confirm"), ("GET", "/orders/"), ("GET", "/static/app.js")))
    parts = [v.ip(port=False), " - - [", lf.timestamp(), f'] "{method} {path}']
    if path.endswith("="):
        parts.append(v.email(lf.where + ", query string"))
    elif path.endswith("/"):
        parts.append(v.ref(""))
    parts += [' HTTP/1.1" ', v.cvv_like(status=True), f" {v.rng.randint(90, 999)} \"-\" \"",
              v.rng.choice(APPS), "/", v.version(), '"']
    return parts


def m_login(v, lf):
    return ["login ok user=", v.email(lf.where), " ip=", v.ip(), " session=", v.uuid()]


def m_otp(v, lf):
    return ["one-time code sent via sms ", log_phone(v, lf, "mobile")]


def m_reset(v, lf):
    return ["reset link issued user=", v.email(lf.where), " client=", v.rng.choice(APPS), "/", v.version()]


def m_lockout(v, lf):
    return ["account locked user=", v.ref("usr_"), " ip=", v.ip(), " until=", v.other_date(("iso",))]


def m_identity(v, lf):
    return ['msg="identity check" applicant=', v.ref("app_"), " dob=", v.dob(lf.where + " after dob=", "keyword", ("iso", "mdy-slash")),
            " ", kv("ssn", v.ssn(lf.where + " after ssn=", "keyword"))]


def m_ssn_verified(v, lf):
    return ['msg="ssn verified" ', kv("ssn", v.ssn(lf.where + " after ssn=", "keyword")), " outcome=match"]


def m_payout(v, lf):
    return ['msg="payout account stored" ', kv("iban", v.iban(lf.where))]


def m_reviewed(v, lf):
    return ['msg="document reviewed" reviewed_at=', v.other_date(("iso", "dmy-dot", "mdy-slash")), " reviewer=", v.ref("rev_")]


def m_case(v, lf):
    return ['msg="case opened" case=', v.uuid()]


# (path, style, lines, logger, [(weight, message maker)])
LOG_FILES = (
    ("logs/api-gateway.log", "iso", 600, "gateway.Http",
     ((8, m_request), (2, m_profile_phone), (2, m_profile_email), (2, m_upstream), (1, m_deploy))),
    ("logs/payments.log", "log4j", 560, "c.acme.pay.Charges",
     ((3, m_charge), (2, m_payload), (4, m_declined), (4, m_sandbox), (2, m_sepa), (1, m_settlement),
      (2, m_order_paid), (1, m_receipt), (1, m_refund_batch))),
    ("logs/crm-sync.log", "logfmt", 520, "crm.sync",
     ((3, m_contact), (3, m_profile_dob), (1, m_fax), (1, m_part), (2, m_lookup), (1, m_batch), (1, m_meeting))),
    ("logs/pos-terminals.log", "iso", 560, "pos.Reader",
     ((5, m_swipe), (2, m_raw_read), (1, m_firmware), (2, m_pos_sale), (1, m_batch))),
    ("logs/access.log", "clf", 520, "", ((1, m_access),)),
    ("logs/auth.log", "log4j", 480, "auth.Login",
     ((4, m_login), (2, m_otp), (2, m_reset), (1, m_lockout))),
    ("logs/kyc-worker.log", "logfmt", 560, "kyc.worker",
     ((3, m_identity), (2, m_ssn_verified), (2, m_payout), (1, m_reviewed), (1, m_case), (1, m_part))),
)


def logs(v: Values):
    docs = []
    for i, (path, style, lines, logger, messages) in enumerate(LOG_FILES):
        start = dt.datetime(2024, 3, 4, 6, 0, 0) + dt.timedelta(days=9 * i, seconds=v.rng.randint(0, 3600))
        docs.append(LogFile(v, path, style, start, messages).build(lines, logger))
    return docs


# --- exports ----------------------------------------------------------------------------------

@dataclass
class Export:
    path: str
    rows: int
    columns: tuple                       # (header, cell kind)
    locales: tuple = ("en_US",)
    delimiter: str = ","
    crlf: bool = False
    quote_all: bool = False
    dob_formats: tuple = ("iso",)
    date_formats: tuple = ("iso",)       # near-miss dates (created_at, hire_date, ...)
    phone_styles: tuple = ("national", "intl", "e164", "intl00")
    phone_regions: tuple = ()            # () = all, spread evenly
    decimal_comma: bool = False


STATUSES = ("active", "pending", "closed", "paused", "vip")
CURRENCIES = ("EUR", "USD", "GBP", "CHF", "BRL")
CHANNELS = ("web", "app", "agent", "store", "partner")
DEPARTMENTS = ("Finance", "Logistics", "Support", "Sales", "Engineering", "Legal")
REVIEW_DECISIONS = ("approved", "rejected", "escalated")


def notes_cell(v: Values, spec: Export, locale_lang: str):
    """Free-text notes: empty, one sentence, a sentence with a comma, two lines, or a sentence
    with an e-mail address or an international phone number in it (no keyword needed)."""
    where = "in a notes cell"
    shape = v.cycle("notes-" + spec.path, ("empty", "one", "comma", "multiline", "email", "phone"))
    s = v.sentence(locale_lang, 30)
    if shape == "empty":
        return ""
    if shape == "one":
        return s
    if shape == "comma":
        return s.rstrip(".") + ", " + v.sentence(locale_lang, 20)
    if shape == "multiline":
        return s + "\n" + v.sentence(locale_lang, 20)
    if shape == "email":
        return [s + " Second address ", v.email(where)]
    return [s + " Reachable on ", v.phone(where, v.rng.choice(("intl", "e164"))), " in the evening."]


def export_cell(v: Values, kind: str, header: str, spec: Export, row: dict):
    where = f"column '{header}'"
    if kind == "ref":
        return v.ref(row["ref_prefix"])
    if kind in ("first", "last"):
        return row[kind]
    if kind == "name":
        return f"{row['first']} {row['last']}"
    if kind == "email":
        return v.email(where, row["locale"], (row["first"], row["last"]))
    if kind == "phone":
        style = v.cycle("export-phone-" + spec.path, spec.phone_styles)
        region = v.cycle("export-region-" + spec.path, spec.phone_regions) if spec.phone_regions else None
        if style == "national" and region not in NATIONAL_REGIONS + (None,):
            style = "intl"
        return v.phone(where, style, region, "field")
    if kind == "dob":
        return v.dob(where, "field", spec.dob_formats)
    if kind == "card":
        plant, row["brand"] = v.card(where)
        return plant
    if kind == "exp":
        return v.exp(where, "field")
    if kind == "cvv":
        return v.cvv(row.get("brand") or v.cycle("brand", BRANDS), where, "field")
    if kind == "iban":
        return v.iban(where)
    if kind == "ssn":
        return v.ssn(where, "field")
    if kind == "track1":
        return v.track(where, 1) if v.chance(0.8) else ""
    if kind == "track2":
        return v.track(where, 2)
    if kind == "city":
        return v.city(row["locale"])
    if kind == "company":
        return v.company(row["locale"])
    if kind == "date":
        return v.other_date(spec.date_formats)
    if kind == "datetime":
        d = v.other_date(("iso",))
        d.value += f" {v.rng.randint(0, 23):02d}:{v.rng.randint(0, 59):02d}:{v.rng.randint(0, 59):02d}"
        return d
    if kind == "order":
        return v.order_id()
    if kind == "ip":
        return v.ip(port=False)
    if kind == "version":
        return v.version()
    if kind == "uuid":
        return v.uuid()
    if kind == "ms":
        return v.ms_timestamp()
    if kind == "attempt_card":   # a declined (Luhn-failing) or sandbox (published test) number
        row["attempt"] = v.cycle("attempt", ("declined", "sandbox"))
        return v.luhn_fail() if row["attempt"] == "declined" else v.test_card()
    if kind == "attempt_env":
        return "live" if row["attempt"] == "declined" else "sandbox"
    if kind == "attempt_reason":
        return "invalid_number" if row["attempt"] == "declined" else "approved"
    if kind == "notes":
        return notes_cell(v, spec, row["lang"])
    if kind == "amount":
        amount = f"{v.rng.randint(3, 899)}.{v.digits(2)}"
        return amount.replace(".", ",") if spec.decimal_comma else amount
    choices = {"status": STATUSES, "currency": CURRENCIES, "channel": CHANNELS, "department": DEPARTMENTS,
               "decision": REVIEW_DECISIONS, "terminal": tuple(f"T-{c}" for c in ("KX", "LM", "QP", "RW", "ZB"))}
    return v.rng.choice(choices[kind])


LOCALE_LANG = {"en_US": "en", "en_GB": "en", "en_IN": "en", "de_DE": "de", "de_AT": "de", "de_CH": "de",
               "fr_FR": "fr", "es_ES": "es", "it_IT": "it", "pt_BR": "pt", "nl_NL": "en"}

# Columns are ordered so that look-alike columns never touch a positive one and the header's
# keyword names are far from the first row's look-alikes.
EXPORTS = (
    Export("exports/crm_customers.csv", 200,
           (("customer_id", "ref"), ("first_name", "first"), ("last_name", "last"), ("email", "email"),
            ("mobile", "phone"), ("date_of_birth", "dob"), ("city", "city"), ("created_at", "datetime"),
            ("last_order_id", "order"), ("last_login_ip", "ip"), ("app_version", "version"),
            ("notes", "notes"), ("status", "status")),
           locales=("en_US", "en_GB", "de_DE", "fr_FR", "pt_BR", "en_IN"),
           dob_formats=("iso", "dmy-slash", "mdy-slash", "dmy-dot", "us-long", "ymd-slash"),
           phone_regions=NATIONAL_REGIONS + ("ES", "IT", "NL", "AU", "JP", "MX")),
    Export("exports/payments.csv", 120,
           (("customer_email", "email"), ("card_number", "card"), ("exp", "exp"), ("cvv", "cvv"),
            ("amount", "amount"), ("currency", "currency"), ("status", "status"), ("created_at", "datetime"),
            ("order_id", "order"), ("payment_id", "uuid"), ("client_ip", "ip"), ("channel", "channel")),
           locales=("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT")),
    Export("exports/kunden_eu.csv", 60,
           (("Kundennummer", "ref"), ("Vorname", "first"), ("Nachname", "last"), ("E-Mail", "email"),
            ("Telefon", "phone"), ("Geburtsdatum", "dob"), ("IBAN", "iban"), ("Ort", "city"),
            ("Betrag", "amount"), ("Erstellt am", "date"), ("Bestellnummer", "order"), ("Status", "status")),
           locales=("de_DE", "de_AT", "de_CH"), delimiter=";", crlf=True, decimal_comma=True,
           dob_formats=("dmy-dot", "de-long", "iso"), date_formats=("dmy-dot", "iso"),
           phone_styles=("intl", "intl00", "e164"), phone_regions=("DE", "DE", "AT", "CH")),
    Export("exports/payroll_us.tsv", 80,
           (("employee_id", "ref"), ("first_name", "first"), ("last_name", "last"),
            ("ssn", "ssn"), ("birthdate", "dob"), ("phone", "phone"), ("email", "email"),
            ("department", "department"), ("hire_date", "date"), ("workstation_ip", "ip"), ("status", "status")),
           delimiter="\t", dob_formats=("mdy-slash", "us-long", "iso", "us-short"),
           date_formats=("mdy-slash", "iso"), phone_styles=("national", "national", "e164"), phone_regions=("US",)),
    Export("exports/orders.tsv", 80,
           (("channel", "channel"), ("status", "status"), ("customer_email", "email"), ("contact_phone", "phone"),
            ("cc_number", "card"), ("cc_exp", "exp"), ("card_cvv", "cvv"), ("ship_city", "city"),
            ("order_id", "order"), ("order_date", "date"), ("tracking_number", "order"),
            ("client_version", "version"), ("ip", "ip"), ("currency", "currency")),
           locales=("en_US", "en_GB", "fr_FR", "de_DE"), delimiter="\t", crlf=True,
           date_formats=("iso", "dmy-slash", "mdy-slash", "us-long")),
    Export("exports/pos_transactions.csv", 110,
           (("terminal", "terminal"), ("txn_id", "uuid"), ("ts", "ms"), ("terminal_ip", "ip"),
            ("status", "status"), ("track2", "track2"), ("track1", "track1"), ("amount", "amount"),
            ("currency", "currency")),
           quote_all=True),
    Export("exports/payment_attempts.csv", 280,
           (("channel", "channel"), ("card_number", "attempt_card"), ("environment", "attempt_env"),
            ("reason", "attempt_reason"), ("status", "status"), ("amount", "amount"), ("currency", "currency"),
            ("attempt_id", "uuid"), ("created_at", "datetime")),
           crlf=True),
    Export("exports/subscribers.csv", 60,
           (("email", "email"), ("phone_number", "phone"), ("birth_date", "dob"), ("iban", "iban"),
            ("company", "company"), ("city", "city"), ("signup_date", "date"), ("referrer_ip", "ip"),
            ("notes", "notes"), ("plan", "status")),
           locales=("en_GB", "fr_FR", "it_IT", "es_ES", "nl_NL"), crlf=True,
           dob_formats=("dmy-slash", "uk-long", "fr-long", "es-long", "dmy-dash"),
           date_formats=("dmy-slash", "iso", "uk-long"), phone_regions=("GB", "FR", "IT", "ES", "NL")),
    Export("exports/kyc_review.csv", 50,
           (("case_ref", "ref"), ("applicant", "name"), ("dateOfBirth", "dob"), ("tel", "phone"),
            ("fax", "phone"), ("social_security_number", "ssn"), ("card_number", "card"),
            ("expiration_date", "exp"), ("security_code", "cvv"), ("decision", "decision"),
            ("reviewed_at", "date"), ("reviewer_ip", "ip"), ("queue", "status")),
           dob_formats=("iso", "mdy-slash", "us-long"), date_formats=("iso", "mdy-slash"),
           phone_styles=("national", "e164"), phone_regions=("US", "GB", "DE")),
)


def exports(v: Values):
    docs = []
    for spec in EXPORTS:
        header = [h for h, _ in spec.columns]
        rows = []
        for _ in range(spec.rows):
            locale = v.cycle("export-locale-" + spec.path, spec.locales)
            first, last = v.name(locale)
            row = {"locale": locale, "lang": LOCALE_LANG[locale], "first": first, "last": last,
                   "ref_prefix": {"Kundennummer": "K-", "employee_id": "E-", "case_ref": "KYC-"}.get(header[0], "cus_")}
            rows.append([export_cell(v, kind, h, spec, row) for h, kind in spec.columns])
        docs.append(csv_doc(spec.path, header, rows, spec.delimiter, spec.crlf, spec.quote_all))
    return docs


# --- events and API documents -----------------------------------------------------------------

# Field names by value, snake_case; camelCase files convert them (date_of_birth -> dateOfBirth).
FIELD_NAMES = {
    "dob": ("dob", "date_of_birth", "birth_date", "birthdate"),
    "phone": ("phone", "phone_number", "mobile", "tel", "telephone", "fax", "contact_phone", "cell"),
    "exp": ("exp", "expiry", "card_expiry", "expiration_date", "cc_exp"),
    "cvv": ("cvv", "cvc", "security_code", "card_cvv"),
    "ssn": ("ssn", "social_security_number"),
    "card": ("number", "card_number", "pan"),
    "email": ("email", "email_address"),
}
META_TAIL = {"channel": "web", "locale": "de-DE", "schema": "events-v3", "producer": "event-relay"}


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(w.capitalize() for w in rest)


class Fields:
    """Key names for one file (snake_case or camelCase) and the values under them."""

    def __init__(self, v: Values, file_kind: str, camel_case: bool):
        self.v, self.file_kind, self.camel = v, file_kind, camel_case

    def k(self, name: str) -> str:
        return camel(name) if self.camel else name

    def name_for(self, what: str) -> str:
        return self.k(self.v.cycle(f"field-{what}", FIELD_NAMES[what]))

    def where(self, key: str) -> str:
        return f"{self.file_kind}, field '{key}'"

    def dob(self, formats=("iso", "iso", "dmy-slash", "mdy-slash", "dmy-dot", "us-long", "ymd-slash", "uk-long")):
        key = self.name_for("dob")
        return key, self.v.dob(self.where(key), "field", formats)

    def phone(self, key=None, styles=("national", "e164", "intl", "intl00")):
        key = key or self.name_for("phone")
        return key, self.v.phone_any(self.where(key), "field", styles)

    def email(self, person=None):
        key = self.name_for("email")
        return key, self.v.email(self.where(key), person=person)

    def ssn(self):
        key = self.name_for("ssn")
        return key, self.v.ssn(self.where(key), "field")

    def card(self) -> dict:
        """A card object: holder, number, expiry and CVV in that order."""
        v = self.v
        first, last = v.name(v.cycle("card-holder-locale", EMAIL_LOCALES))
        num_key = self.name_for("card")
        number, brand = v.card(self.where(num_key))
        exp_key, cvv_key = self.name_for("exp"), self.name_for("cvv")
        return {self.k("holder"): f"{first} {last}", self.k("brand"): brand.code, num_key: number,
                exp_key: v.exp(self.where(exp_key), "field"), cvv_key: v.cvv(brand, self.where(cvv_key), "field")}


def event_head(v: Values, f: Fields, kind: str, t: dt.datetime) -> dict:
    """Look-alike fields first, far from the keyword fields further down."""
    head = {f.k("event_id"): v.uuid(), "type": kind, "ts": JNum(v.ms_timestamp(t)),
            f.k("created_at"): v.other_date(("iso",)) if v.chance(0.5) else
            neg(f"{t:%Y-%m-%dT%H:%M:%S}.{v.rng.randint(0, 999):03d}Z", NM_DATE),
            "source": {"ip": v.ip(), "app": {"name": v.rng.choice(APPS), "version": v.version()}}}
    return head


def customer_data(v: Values, f: Fields, deep: bool) -> dict:
    locale = v.cycle("customer-locale", EMAIL_LOCALES)
    first, last = v.name(locale)
    dob_key, dob = f.dob()
    profile = {f.k("first_name"): first, f.k("last_name"): last, dob_key: dob}
    if v.chance(0.4):
        ssn_key, ssn = f.ssn()
        profile[ssn_key] = ssn
    contact = {}
    if v.chance(0.4):
        contact[f.k("phones")] = [f.phone("phones")[1] for _ in range(v.rng.randint(2, 3))]
    else:
        phone_key, phone = f.phone()
        contact[phone_key] = phone
    email_key, email = f.email((first, last))
    contact[email_key] = email   # after the phone: nothing but an address in the phone key's range
    customer = {"id": v.ref(), "profile": profile, "contact": contact}
    if v.chance(0.5):
        customer["billing"] = {"iban": v.iban(f.where("billing.iban")), f.k("mandate_status"): "active"}
    if deep:   # one more level: data.account.customer.contact.phones[]
        return {"account": {"tier": v.rng.choice(("basic", "plus", "gold")), "customer": customer}}
    return {"customer": customer}


def payment_data(v: Values, f: Fields) -> dict:
    return {"order": {"id": v.order_id()},
            "payment": {"amount": round(v.rng.uniform(3, 899), 2), "currency": v.rng.choice(CURRENCIES),
                        "method": {"type": "card", "card": f.card()}}}


def declined_data(v: Values, f: Fields) -> dict:
    return {"order": {"id": v.order_id()},
            "payment": {"livemode": True, "method": {"type": "card", "card": {f.name_for("card"): v.luhn_fail()}},
                        "error": {"code": "invalid_number", f.k("decline_reason"): "incorrect_number"}}}


def sandbox_data(v: Values, f: Fields) -> dict:
    return {"order": {"id": v.order_id()},
            "payment": {"livemode": False, "method": {"type": "card", "card": {f.name_for("card"): v.test_card()}},
                        "outcome": {"type": "authorized", f.k("risk_level"): "normal"}}}


def pos_data(v: Values, f: Fields) -> dict:
    swipe = {}
    which = v.cycle("event-track", ("1", "2", "both"))
    if which in ("1", "both"):
        swipe["track1"] = v.track(f.where("swipe.track1"), 1)
    if which in ("2", "both"):
        swipe["track2"] = v.track(f.where("swipe.track2"), 2)
    return {"terminal": {"id": f"T-{v.letters(4).upper()}", "ip": v.ip(), "firmware": v.version()},
            "reader": {f.k("entry_mode"): "magstripe", "swipe": swipe}}


def payout_data(v: Values, f: Fields) -> dict:
    return {"payout": {f.k("scheduled_for"): v.other_date(("iso", "dmy-dot")), "amount": round(v.rng.uniform(20, 899), 2),
                       "destination": {"iban": v.iban(f.where("payout.destination.iban")), f.k("bank_ref"): v.long_run()}}}


def order_data(v: Values, f: Fields) -> dict:
    email_key, email = f.email()
    phone_key, phone = f.phone()
    return {"order": {"id": v.order_id(), f.k("ship_date"): v.other_date(("iso", "dmy-slash", "mdy-slash")),
                      "tracking": v.order_id()},
            "recipient": {"contact": {email_key: email, phone_key: phone}}}


EVENT_KINDS = {
    "customer.updated": lambda v, f: customer_data(v, f, v.chance(0.5)),
    "payment.authorized": payment_data,
    "payment.declined": declined_data,
    "payment.sandbox": sandbox_data,
    "pos.swipe": pos_data,
    "payout.created": payout_data,
    "order.created": order_data,
}
# (path, camelCase keys, events, [event kinds])
EVENT_FILES = (
    ("events/customer-events.jsonl", False, 170, ("customer.updated",)),
    ("events/payment-events.jsonl", True, 170, ("payment.authorized",)),
    ("events/checkout-attempts.jsonl", False, 240, ("payment.declined", "payment.sandbox", "payment.authorized")),
    ("events/pos-events.jsonl", False, 150, ("pos.swipe",)),
    ("events/kyc-events.jsonl", True, 130, ("customer.updated", "payout.created")),
    ("events/order-events.jsonl", False, 150, ("order.created", "payment.authorized")),
    ("events/mixed-stream.jsonl", True, 170, tuple(EVENT_KINDS)),
)


def events(v: Values):
    docs = []
    for i, (path, camel_case, n, kinds) in enumerate(EVENT_FILES):
        f = Fields(v, "JSON Lines event", camel_case)
        t = dt.datetime(2024, 5, 2, 7, 0, 0) + dt.timedelta(days=5 * i)
        doc = Doc(path)
        for _ in range(n):
            t += dt.timedelta(milliseconds=v.rng.randint(200, 600_000))
            kind = v.cycle("event-kind-" + path, kinds)
            event = event_head(v, f, kind, t)
            event["data"] = EVENT_KINDS[kind](v, f)
            event["meta"] = dict(META_TAIL)
            doc.l(json_parts(event))
        docs.append(doc)
    return docs


def api_customer(v: Values, f: Fields) -> dict:
    locale = v.cycle("api-locale", EMAIL_LOCALES)
    first, last = v.name(locale)
    created = v.ms_timestamp()
    dob_key, dob = f.dob()
    phone_key, phone = f.phone()
    email_key, email = f.email((first, last))
    customer = {"id": v.ref(), "object": "customer", "created": JNum(created),
                f.k("updated_at"): v.other_date(("iso",)), "name": f"{first} {last}",
                "address": {"city": v.city(locale), "country": locale[-2:]},
                dob_key: dob, phone_key: phone, email_key: email}
    if v.chance(0.6):
        customer["sources"] = {"object": "list", "data": [{"object": "card", "card": f.card()}]}
    meta = {}
    if v.chance(0.5):
        meta["iban"] = v.iban(f.where("metadata.iban"))
    if v.chance(0.4):
        key, ssn = f.ssn()
        meta[key] = ssn
    meta["segment"] = v.rng.choice(("retail", "business", "partner"))
    customer["metadata"] = meta
    if v.chance(0.5):   # free text with a value inside a JSON string
        value = v.email(f.where("notes")) if v.chance(0.5) else v.phone(f.where("notes"), "intl")
        customer["notes"] = JText([v.sentence("en", 30), " Second contact ", value, " for invoices."])
    customer["livemode"] = True
    return customer


# (path, camelCase keys, customers)
API_FILES = (
    ("api/customers-page-1.json", False, 30),
    ("api/customers-page-2.json", False, 30),
    ("api/crm-contacts.json", True, 30),
    ("api/kyc-applicants.json", True, 25),
)


def api_docs(v: Values):
    docs = []
    for path, camel_case, n in API_FILES:
        f = Fields(v, "API document", camel_case)
        body = {"object": "list", "url": "/v1/customers", f.k("has_more"): True,
                f.k("request_id"): v.uuid(), "data": [api_customer(v, f) for _ in range(n)]}
        doc = Doc(path)
        doc.l(json_parts(body, indent=2))
        docs.append(doc)
    return docs


# --- self-check -------------------------------------------------------------------------------

NEEDS_KEYWORD = {EXP: "EXP", CVV: "CVV", DOB: "BIRTH", SSN: "SSN"}   # and national phones: PHONE
MAY_BE_CARD_LIKE = {NM_TEST, NM_LUHN, NM_LONG_RUN}


def check_file(path: str, data: bytes, labels: list, spans: list) -> list:
    """Problems with one rendered file (empty when it is fine)."""
    problems = []
    text = data.decode("utf-8")

    def where(pos):
        line = text.count("\n", 0, pos) + 1
        return f"{path}:{line}"

    for label, (cs, ce, plant) in zip(labels, spans):
        assert data[label["start"]:label["end"]].decode("utf-8") == plant.value == text[cs:ce]
    for (_, e1, a), (s2, _, b) in zip(spans, spans[1:]):
        if s2 < e1:
            problems.append(f"{where(s2)}: overlapping labels {a.value!r} {b.value!r}")
    masked = list(text)
    for cs, ce, _ in spans:
        masked[cs:ce] = "#" * (ce - cs)
    masked = "".join(masked)
    for m in re.finditer(r"\d{4,}|[\w.+-]+@[\w-]+\.\w+", masked):
        problems.append(f"{where(m.start())}: unlabelled value {m.group()!r}")

    starts = [cs for cs, _, _ in spans]

    def inside_label(pos):
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and spans[i][0] <= pos < spans[i][1]

    keyword_ends = {c: [] for c in KEYWORD_RE}
    for cls, rx in KEYWORD_RE.items():
        for m in rx.finditer(text):
            if inside_label(m.start()):
                continue
            keyword_ends[cls].append(m.end())
            i = bisect.bisect_left(starts, m.end())
            while i < len(spans) and spans[i][0] <= m.end() + NEAR_MISS_DISTANCE:
                cs, _, plant = spans[i]
                if plant.identifier is None:
                    if plant.kind not in NEAR_MISS_ALLOWED_AFTER.get(cls, ()):
                        problems.append(f"{where(cs)}: near miss {plant.kind} {plant.value!r} "
                                        f"{cs - m.end()} chars after {m.group()!r}")
                elif cs - m.end() <= KEYWORD_RANGE[cls] and plant.identifier not in ALLOWED_AFTER[cls]:
                    problems.append(f"{where(cs)}: {plant.identifier} {plant.value!r} in the range of {m.group()!r}")
                i += 1
            shape = SHAPE_AFTER[cls].search(masked, m.end(), m.end() + KEYWORD_RANGE[cls] + 10)
            if shape:
                problems.append(f"{where(m.start())}: unlabelled {shape.group()!r} after {m.group()!r}")

    last_positive_end, positives = -10, [(cs, ce) for cs, ce, p in spans if p.identifier]
    pos_starts = [cs for cs, _ in positives]
    for cs, ce, plant in spans:
        if plant.identifier is None:
            i = bisect.bisect_left(pos_starts, cs)
            before = positives[i - 1][1] if i else last_positive_end
            after = positives[i][0] if i < len(positives) else len(text) + 10
            if cs - before < 3 or after - ce < 3:
                problems.append(f"{where(cs)}: near miss {plant.value!r} touches a positive")
            if card_like(plant.value, grouped_only=True) and plant.kind not in MAY_BE_CARD_LIKE:
                problems.append(f"{where(cs)}: near miss {plant.value!r} is Luhn-valid card-like")
            if plant.kind == NM_LUHN and luhn_ok(re.sub(r"\D", "", plant.value)):
                problems.append(f"{where(cs)}: {plant.value!r} passes Luhn")
            if plant.kind == NM_TEST and re.sub(r"\D", "", plant.value) not in PUBLISHED_TEST_CARDS:
                problems.append(f"{where(cs)}: {plant.value!r} is not a listed test card")
            continue
        if looks_like_placeholder(plant.value):
            problems.append(f"{where(cs)}: positive {plant.value!r} looks like a placeholder")
        if plant.identifier == PHONE and card_like(plant.value):
            problems.append(f"{where(cs)}: phone {plant.value!r} is Luhn-valid card-like")
        needs = NEEDS_KEYWORD.get(plant.identifier) or ("PHONE" if plant.region else None)
        if needs and plant.how == "free":
            problems.append(f"{where(cs)}: {plant.identifier} {plant.value!r} without keyword or field")
        if needs and plant.how == "keyword":
            ends = keyword_ends[needs]
            i = bisect.bisect_right(ends, cs) - 1
            if i < 0 or cs - ends[i] > KEYWORD_RANGE[needs]:
                problems.append(f"{where(cs)}: {plant.identifier} {plant.value!r} lacks its keyword")
    return problems


def check_values(labels: list, spans: list) -> list:
    """Value rules over the whole corpus."""
    problems = []
    for label, (_, _, plant) in zip(labels, spans):
        digits = re.sub(r"\D", "", plant.value)
        ident = plant.identifier
        if ident == CC:
            ok = luhn_ok(digits) and 13 <= len(digits) <= 19 and digits not in PUBLISHED_TEST_CARDS
        elif ident == STRIPE:
            pan = re.match(r"[%;]B?(\d+)", plant.value).group(1)
            ok = luhn_ok(pan) and plant.value[-1] == "?"
        elif ident == IBAN:
            ok = iban_ok(plant.value)
        elif ident == SSN:
            area, group, serial = digits[:3], digits[3:5], digits[5:]
            ok = (len(digits) == 9 and area not in ("000", "666") and area < "900" and group != "00"
                  and serial != "0000" and digits not in ("078051120", "219099999", "123456789"))
        elif ident == PHONE:
            value = "+" + plant.value[2:] if plant.value.startswith("00") else plant.value
            num = pn.parse(value, plant.region)
            ok = (pn.is_valid_number(num) and re.fullmatch(r"[+(\d].*\d", plant.value) is not None
                  and (not plant.region or pn.region_code_for_number(num) == plant.region))
        else:
            ok = True
        if not ok:
            problems.append(f"{label['file']}: invalid {ident} {plant.value!r}")
    return problems


# --- the corpus -------------------------------------------------------------------------------

N_TICKETS = 420


def generate(seed: int):
    """{relative path: bytes}, the labels (sorted) and the counts; raises on any problem."""
    assert all(luhn_ok(c) for c in PUBLISHED_TEST_CARDS)
    v = Values(seed)
    docs = [ticket(v, i + 1) for i in range(N_TICKETS)] + logs(v) + exports(v) + events(v) + api_docs(v)
    files, labels, all_spans, problems = {}, [], [], []
    for doc in docs:
        assert doc.path not in files, doc.path
        data, doc_labels, spans = doc.render()
        problems += check_file(doc.path, data, doc_labels, spans)
        files[doc.path] = data
        labels += doc_labels
        all_spans += spans
    problems += check_values(labels, all_spans)
    if problems:
        for p in problems[:200]:
            print("  " + p, file=sys.stderr)
        raise SystemExit(f"{len(problems)} problems in the generated corpus")
    values = {(lab["file"], lab["start"]): plant.value for lab, (_, _, plant) in zip(labels, all_spans)}
    labels.sort(key=lambda lab: (lab["file"], lab["start"]))
    positives = Counter(lab["identifier"] for lab in labels if lab["identifier"])
    near = Counter(lab["kind"] for lab in labels if lab["identifier"] is None)
    short = {i: positives[i] for i in ALL_IDS if positives[i] < MIN_POSITIVES}
    short.update({k: near[k] for k in MAIN_NEAR_MISSES if near[k] < MIN_NEAR_MISSES})
    if short:
        raise SystemExit(f"too few labels: {short}")
    size = sum(len(d) for d in files.values())
    if not SIZE_RANGE[0] <= size <= SIZE_RANGE[1]:
        raise SystemExit(f"corpus size {size} outside {SIZE_RANGE}")
    return files, labels, values, positives, near


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory (replaced)")
    args = ap.parse_args()
    files, labels, values, positives, near = generate(args.seed)
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
    written = {path: (out / path).read_bytes() for path in files}
    for label in labels:
        data = written[label["file"]]
        value = data[label["start"]:label["end"]].decode("utf-8")
        assert value == values[(label["file"], label["start"])], label
    size = sum(len(d) for d in files.values())
    print(f"{len(files)} files, {size:,} bytes, {sum(positives.values())} positives, "
          f"{sum(near.values())} near misses -> {out}")
    for ident in ALL_IDS:
        print(f"  {ident:30} {positives[ident]}")
    regions = Counter(lab["region"] for lab in labels if lab.get("region") and lab["identifier"])
    print("  national-form phones by region: " + ", ".join(f"{r} {n}" for r, n in sorted(regions.items())))
    for kind in MAIN_NEAR_MISSES + EXTRA_NEAR_MISSES:
        print(f"  near miss: {kind:55} {near[kind]}")


if __name__ == "__main__":
    main()
