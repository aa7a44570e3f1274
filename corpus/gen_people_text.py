#!/usr/bin/env python3
"""Seeded generator of the labelled accuracy corpus of text written by people, generated/people_text/.

    python3 corpus/gen_people_text.py                             # rewrites corpus/generated/people_text
    python3 corpus/gen_people_text.py --seed 7 --out /tmp/people   # another, equally valid set

Default seed: 20260216. Output is byte-identical for a given --seed (Faker is seeded with
Faker.seed(seed), everything else comes from random.Random(seed); nothing depends on the
clock). Needs Faker and phonenumbers (libphonenumber's metadata decides what a valid,
possible or invalid phone number is); card numbers are made with Luhn implemented here.

Writes text that people type, in English (US, GB), German, French, Spanish, Italian,
Portuguese (BR) and Dutch:

- tickets/*.txt     support e-mails: Date/From/To/Subject headers, greeting, paragraphs of
                    the writer's own sentences with numbers in them, closing;
- chat/*.txt        chat transcripts, every line starting with an ISO timestamp such as
                    [2026-02-16T11:08:46.640709]; some lines end with a phone keyword and a
                    number so that the next line's timestamp follows the number directly;
- signatures/*.txt  e-mail threads whose messages end in signatures (name, title, company,
                    address, phone lines, e-mail address, website, disclaimer);
- forms/*.txt       web-form submissions as plain text (Name: / Phone: / Comments: ...);

and labels.jsonl, one JSON object per planted value, sorted by file and offset:

    {"file": "chat/chat-0001.txt", "start": 120, "end": 134, "identifier": "PHONE_NUMBER",
     "kind": "NANP number with separators, no keyword: US dashes; English (US) chat",
     "region": "US"}

start/end are half-open UTF-8 byte offsets of exactly the value; identifier is null for a
look-alike that no identifier may report; "region" is only on phone numbers written in
national form. The kind is "<category>: <details>; <document type>".

PHONE_NUMBER positives, by category:
  1. NANP numbers (US, CA) with separators (646-787-2210, (312) 886-4071, 720.948.3316,
     (312)886-4071, 1-646-787-2210) in running text (and in O:/M:/D: signature lines) with
     no phone keyword, card word or word labelling them as something else (reference,
     order, id, case, code, ...) within 80 characters before;
  2. international numbers of 23 regions (+44 20 7946 0958, +442079460958, 0044 20 ...,
     +49-30-..., +44 (0)20 7946 0958 for regions whose national prefix is 0), with or
     without a keyword;
  3. numbers with an extension (x4587, x 4587, ext. 12, Ext 305, #123, ...): the label
     covers the number and the extension;
  4. national-form numbers (US, CA, GB, DE, FR, ES, IT, BR, NL) at most 25 characters after
     a phone keyword of the file's language (Tel.: 030/12345678, portable : 06 12 34 56 78);
  5. numbers of a possible length that are not valid (a wrong range), after a keyword,
     national or international form.
CREDIT_CARD_NUMBER positives: 6. Luhn-valid numbers of Visa, Mastercard, Amex, Discover,
JCB and Diners (random digits after the brand prefix, never a published test number),
plain or grouped, after a card word of the file's language or with none; 7. Luhn-valid
15- and 16-digit numbers outside those ranges (1800..., 2131..., 3500-3527...) always with
a card word at most 40 characters before them.
EMAIL_ADDRESS positives: every e-mail address written.

Look-alikes (identifier null), each at least 60 characters after any phone or card keyword
(80 for those of 10 or more digits: customer ids, 3-3-4 numbers, 15/16-digit numbers, ...): order / invoice / ticket / tracking numbers; ten-digit
customer ids that are valid NANP numbers; timestamps (including every chat line's), times,
dates, prices, amounts, percentages, version numbers, IP addresses, postcodes; Luhn-failing
16-digit numbers; Luhn-valid numbers outside the issuer ranges without a card word;
NANP-shaped 3-3-4 numbers labelled as a reference, order, case, ... The one exception to the
distance rule is the chat timestamp that follows a line ending in phone keyword + number:
that is the case being tested (the timestamp must not be taken into the number).

Where a keyword must be there (kinds 4, 5, 7, the chat case) it is a whole word of the lists
below, case-insensitive, accents as listed ("Tél." does not count as "tel"; "_" separates
words). Where one must not be there (kind 1, look-alikes) the test is wider: on accent-folded
lower-case text, any word starting with a short keyword (tel, cc, pan, ...) or containing a
longer one (telefon in Kundentelefon, karte in Landkarte, phone in smartphone) counts. The
document writers keep those distances by putting filler sentences in front of a value when
the text before it is too close to a keyword.

Files: tickets/ticket-NNNN.txt, chat/chat-NNNN.txt, signatures/thread-NNNN.txt and
forms/form-NNNN.txt, about 200 of 1-5 KB. The templates and fillers are this file's own;
names, companies, streets, cities and postcodes come from Faker's locales (en_US, en_GB,
de_DE, fr_FR, es_ES, it_IT, pt_BR, nl_NL).

Before writing anything the generator checks its own output and refuses to write on failure:
the language data keeps its promises (fillers clean, keyword templates with whole-word
keywords, keyword-free templates without any); every label's bytes decode to the planted
value; labels do not overlap or touch other digits; every run of 7 or more digits (single
separators " -./()" allowed inside) overlaps a label; every Luhn-valid run of 13-19 digits
lies in a card label or an outside-range look-alike; every e-mail address is labelled (and
none is at example.*); every chat line starts with a timestamp; kind 1 has no phone keyword,
card word or label word within 80 characters before; kinds 4 and 5 have a phone keyword
within 25, kind 7 a card word within 40; look-alikes keep their distance from keywords, the
chat exception is really right after keyword + number, 3-3-4 look-alikes have a label word
right before; phone numbers are valid (or possible and invalid, for kind 5) by libphonenumber
and parse back with their extension and region; card numbers pass Luhn and are in (or, kind
7, out of) the issuer ranges; no phone number or non-card look-alike is card-like; no phone
or card number has 6 repeated, ascending or descending digits in a row; every file is 1-6 KB;
each category meets its minimum count.
"""

import argparse
import dataclasses
import datetime as dt
import json
import random
import re
import shutil
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import phonenumbers as pn
from faker import Faker
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

HERE = Path(__file__).resolve().parent
DEFAULT_SEED = 20260216
DEFAULT_OUT = HERE / "generated" / "people_text"
FILE_SIZE = (1024, 6144)           # bytes, per file

# --- identifiers and categories ---------------------------------------------------------------

PHONE = "PHONE_NUMBER"
CC = "CREDIT_CARD_NUMBER"
EMAIL = "EMAIL_ADDRESS"
CEP = "BRAZIL_CEP_CODE"

P_NANP = "NANP number with separators, no keyword"
P_INTL = "international number"
P_EXT = "number with extension"
P_NAT = "national number after keyword"
P_BAD = "possible but invalid number after keyword"
C_BRAND = "card of a known brand"
C_OTHER = "Luhn-valid number outside issuer ranges, after card word"
E_MAIL = "e-mail address"
P_CEP = "Brazilian postcode"

N_ORDER = "order/invoice/ticket/tracking number"
N_CUSTID = "ten-digit customer id (valid NANP number, no separators)"
N_TS = "timestamp"
N_TIME = "time"
N_DATE = "date"
N_PRICE = "price"
N_AMOUNT = "amount"
N_PERCENT = "percentage"
N_VERSION = "version number"
N_IP = "IP address"
N_POSTCODE = "postcode"
N_LUHNFAIL = "Luhn-failing 16-digit number, no card word"
N_OTHERVALID = "Luhn-valid number outside issuer ranges, no card word"
N_REF334 = "NANP-shaped 3-3-4 number labelled as a reference"

TS_AFTER_PHONE = "chat line start, right after a line ending in phone keyword + number"

MINIMUMS = {
    (PHONE, P_NANP): 150, (PHONE, P_INTL): 150, (PHONE, P_EXT): 150, (PHONE, P_NAT): 150,
    (PHONE, P_BAD): 150, (CC, C_BRAND): 150, (CC, C_OTHER): 150, (EMAIL, E_MAIL): 100,
    **{(None, c): 100 for c in (N_ORDER, N_CUSTID, N_TS, N_TIME, N_DATE, N_PRICE, N_AMOUNT,
                                N_PERCENT, N_VERSION, N_IP, N_POSTCODE, N_LUHNFAIL, N_OTHERVALID,
                                N_REF334)},
}
MIN_TS_AFTER_PHONE = 40
CATEGORY_ORDER = list(MINIMUMS)

# --- keywords ---------------------------------------------------------------------------------

PHONE_KEYWORDS = ("phone", "telephone", "tel", "mobile", "cell", "cellphone", "fax", "call",
                  "contact", "whatsapp", "sms", "telefon", "handy", "mobil", "rufnummer",
                  "téléphone", "portable", "numéro", "teléfono", "móvil", "movil", "celular",
                  "cellulare", "telefono", "telefone", "contato", "contacto", "telefoon",
                  "mobiel", "gsm")
CARD_KEYWORDS = ("card", "credit card", "debit card", "cc", "pan", "visa", "mastercard", "amex",
                 "discover", "maestro", "jcb", "kreditkarte", "karte", "carte", "tarjeta",
                 "carta", "cartão", "cartao", "creditcard", "pinpas")
# Words that say a number is something other than a phone number (English and the
# corpus languages); with the card keywords, none may be near a kind-1 number.
LABEL_WORDS = (
    "reference", "ref", "order", "invoice", "tracking", "account", "licence", "license", "id",
    "case", "ticket", "policy", "claim", "member", "serial", "confirmation", "booking", "code",
    "customer", "client", "contract", "shipment", "parcel", "receipt", "statement",
    "referenz", "bestell", "rechnung", "sendung", "kunde", "konto", "vertrag", "vorgang",
    "aktenzeichen", "mitglied", "buchung", "auftrag", "quittung",
    "référence", "commande", "facture", "dossier", "compte", "contrat", "colis", "réservation",
    "identifiant", "relevé",
    "referencia", "pedido", "factura", "expediente", "cuenta", "cliente", "contrato", "envío",
    "reserva", "póliza", "localizador", "recibo", "extracto",
    "riferimento", "ordine", "fattura", "pratica", "conto", "contratto", "spedizione",
    "prenotazione", "polizza", "codice", "ricevuta",
    "referência", "fatura", "protocolo", "conta", "encomenda", "apólice", "código", "chamado",
    "extrato",
    "referentie", "bestelling", "bestelnummer", "factuur", "rekening", "klant", "pakket",
    "boeking", "kenmerk", "polis", "afschrift", "bestelnr",
)


def fold(text: str) -> str:
    """Lower-case, accents removed, one character for one character (offsets are kept)."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFKD", ch)[:1] or ch
        out.append(base.lower() if len(base.lower()) == 1 else ch)
    return "".join(out)


def _folded(words):
    return sorted({fold(w) for w in words}, key=len, reverse=True)


def _liberal(words) -> re.Pattern:
    """Long keywords anywhere in a word, short ones at the start of a word."""
    alts = [(re.escape(w) if len(w) >= 5 else r"(?<![a-z])" + re.escape(w)) for w in _folded(words)]
    return re.compile("|".join(alts))


def lower1(text: str) -> str:
    """Lower-case, one character for one character (offsets are kept); accents stay."""
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _strict(words) -> re.Pattern:
    """Whole words exactly as listed (accents included: "Tél." is not "tel"), on lower1() text;
    "_" separates words."""
    alts = sorted({lower1(w) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(w) for w in alts) + r")(?![^\W_])")


PHONE_LIBERAL = _liberal(PHONE_KEYWORDS + ("numero",))
CARD_LIBERAL = _liberal(CARD_KEYWORDS)
PHONE_STRICT = _strict(PHONE_KEYWORDS)
CARD_STRICT = _strict(CARD_KEYWORDS)
LABEL_LIBERAL = re.compile(
    "|".join((r"(?<![a-z])" + re.escape(w) + (r"(?![a-z])" if len(w) <= 3 else ""))
             for w in _folded(LABEL_WORDS)))

KIND1_KEYWORD_DISTANCE = 80      # no phone keyword / label word this close before a kind-1 number
NATIONAL_KEYWORD_RANGE = 25      # kinds 4 and 5: keyword end to number start, at most
CARD_WORD_RANGE = 40             # kind 7 (and "after card word" of kind 6)
LOOKALIKE_DISTANCE = 60
LONG_LOOKALIKE_DISTANCE = 80     # 15/16-digit look-alikes and customer ids


def keyword_free(text: str) -> bool:
    f = fold(text)
    return not (PHONE_LIBERAL.search(f) or CARD_LIBERAL.search(f))


def clean(text: str) -> bool:
    """Usable as filler, a name, a company or a street: no keyword, no label word, no digit,
    no '@', no placeholder word."""
    f = fold(text)
    return (keyword_free(text) and not LABEL_LIBERAL.search(f) and not re.search(r"[\d@]", text)
            and not re.search(r"example|sample|test|dummy|fake|placeholder|lorem", f))


# --- checksums and value rules ----------------------------------------------------------------

def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


def card_like(text: str) -> bool:
    """A run of 13-19 digits (single ' .-' between them allowed) that passes Luhn."""
    for run in re.findall(r"\d(?:[ .-]?\d)*", text):
        digits = re.sub(r"\D", "", run)
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            return True
    return False


def placeholder_digits(digits: str) -> bool:
    """6 repeated, ascending or descending digits in a row, or a number made of one short
    pattern repeated (4242..., 5555..., 1212...)."""
    same = up = down = 1
    for a, b in zip(digits, digits[1:]):
        same = same + 1 if a == b else 1
        up = up + 1 if int(b) == int(a) + 1 else 1
        down = down + 1 if int(b) == int(a) - 1 else 1
        if max(same, up, down) >= 6:
            return True
    return any(len(digits) >= 2 * p and digits == (digits[:p] * len(digits))[:len(digits)] for p in range(1, 5))


# Card numbers published for testing (Stripe, Braintree, Adyen, PayPal docs): never planted.
PUBLISHED_TEST_CARDS = frozenset((
    "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
    "5200828282828210", "5105105105105100", "378282246310005", "371449635398431",
    "6011111111111117", "6011000990139424", "3056930009020004", "36227206271667",
    "3566002020360505", "4111111111111111", "4012888888881881", "5454545454545454",
    "4000000000000002", "30569309025904", "38520000023237", "6011601160116611",
    "3530111333300000", "3566111111111113", "370000000000002", "5500000000000004",
    "2222400070000005", "378734493671000", "376680816376961",
))


def ups_check_digit(body: str) -> str:
    """Check digit of a UPS 1Z tracking number over the 15 characters after '1Z'."""
    total = 0
    for i, ch in enumerate(body):
        n = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        total += n * (2 if i % 2 else 1)
    return str((10 - total % 10) % 10)


def s10_check_digit(serial: str) -> str:
    """UPU S10 check digit over the 8-digit serial (weights 8 6 4 2 3 5 9 7)."""
    total = sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7)))
    check = 11 - total % 11
    return {10: "0", 11: "5"}.get(check, str(check))


# --- phone and card tables --------------------------------------------------------------------

NANP = ("US", "CA")
NANP_STYLES = ("dashes", "parens", "dots", "parens-nospace", "one-dash")
INTL_REGIONS = ("GB", "DE", "FR", "ES", "IT", "NL", "BR", "CH", "AT", "BE", "IE", "PT", "SE",
                "PL", "AU", "JP", "MX", "IN", "DK", "ZA", "NZ", "US", "CA")
INTL_STYLES = ("intl", "intl", "e164", "double-zero", "trunk", "trunk", "dashes")
NO_TRUNK_STYLE = ("BR", "US", "CA", "MX", "IN")      # people do not write +55 (0)11 ...
# How people in each region write a national number (applied to the groups of
# libphonenumber's national format; a variant that does not parse back is not used).
NATIONAL_STYLES = {
    "GB": ("std", "std", "compact", "paren-area"),
    "DE": ("std", "slash", "dash", "compact", "paren-area"),
    "FR": ("std", "std", "dots", "compact"),
    "ES": ("std", "three", "compact"),
    "IT": ("std", "compact", "area-rest"),
    "BR": ("std", "std", "br-space", "br-nospace"),
    "NL": ("std", "dash", "compact"),
}
EXT_STYLES = (" x{}", " x {}", " ext. {}", " Ext {}", " #{}", " ext {}", " Ext. {}", " x.{}")
# National-form regions by file language (en_US files use CA for about one number in five).
LANG_REGIONS = {"en_US": ("US", "US", "US", "US", "CA"), "en_GB": ("GB",), "de": ("DE",),
                "fr": ("FR",), "es": ("ES",), "it": ("IT",), "pt": ("BR",), "nl": ("NL",)}


@dataclass(frozen=True)
class Brand:
    name: str
    word: str          # what people call it in a sentence (a card keyword)
    prefixes: tuple    # "4" or a range "51-55"
    length: int


BRANDS = (
    Brand("Visa", "Visa", ("4",), 16),
    Brand("Mastercard", "Mastercard", ("51-55", "2221-2720"), 16),
    Brand("American Express", "Amex", ("34", "37"), 15),
    Brand("Discover", "Discover card", ("6011", "65"), 16),
    Brand("JCB", "JCB card", ("3528-3589",), 16),
    Brand("Diners Club", "Diners Club card", ("36", "38"), 14),
)
KNOWN_RANGES = tuple(p for b in BRANDS for p in b.prefixes) + ("300-305", "39", "644-649", "62", "50",
                                                                   "56-58", "6304", "6759", "6761-6763")
CARD_GROUPS = {16: (4, 4, 4, 4), 15: (4, 6, 5), 14: (4, 6, 4)}
OTHER_RANGES = (("1800", 15), ("2131", 15), ("3500-3527", 16))


def in_ranges(digits: str, specs) -> bool:
    for spec in specs:
        lo, _, hi = spec.partition("-")
        if int(lo) <= int(digits[:len(lo)]) <= int(hi or lo):
            return True
    return False


# --- planted values ---------------------------------------------------------------------------

@dataclass
class Plant:
    value: str
    identifier: object      # str, or None for a look-alike
    cat: str                # category, counted against MINIMUMS
    detail: str
    region: object = None
    style: str = ""         # phone / card formatting style (for the self-check)
    ext: str = ""           # extension digits (kind 3)
    ctx: str = ""           # document type, set when the document is rendered

    @property
    def kind(self) -> str:
        return f"{self.cat}: {self.detail}; {self.ctx}"


def neg(value: str, cat: str, detail: str) -> Plant:
    return Plant(value, None, cat, detail)


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class Values:
    """Every planted value and every piece of filler: one seeded random generator plus seeded
    Faker instances. cycle() spreads choices (regions, styles, brands) evenly."""

    def __init__(self, seed: int):
        Faker.seed(seed)
        self.rng = random.Random(seed)
        self.fakers = {}
        self.decks = {}
        self.seen = set()
        self.count = Counter()     # planted values per category, for the scheduler

    def fk(self, locale: str) -> Faker:
        if locale not in self.fakers:
            self.fakers[locale] = Faker(locale)
        return self.fakers[locale]

    def cycle(self, key: str, items):
        deck = self.decks.get(key)
        if not deck:
            deck = list(items)
            self.rng.shuffle(deck)
            self.decks[key] = deck
        return deck.pop()

    def pick(self, items):
        return self.rng.choice(items)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def fresh(self, make, ok=lambda _: True, tries=20000):
        for _ in range(tries):
            value = make()
            if value not in self.seen and ok(value):
                self.seen.add(value)
                return value
        raise RuntimeError("could not draw a fresh value")

    # --- Faker text ---------------------------------------------------------------------------

    def _clean_draw(self, make, ok=clean):
        for _ in range(2000):
            value = make()
            if ok(value):
                return value
        raise RuntimeError("no clean value")

    def name(self, locale: str):
        fk = self.fk(locale)
        return self._clean_draw(lambda: (fk.first_name(), fk.last_name()),
                                lambda p: clean(" ".join(p)) and all(ascii_fold(x).strip() for x in p))

    def company(self, locale: str) -> str:
        return self._clean_draw(self.fk(locale).company)

    def city(self, locale: str) -> str:
        fk = self.fk(locale)
        # it_IT builds its city list from a set (order varies with PYTHONHASHSEED): sort it.
        listed = getattr(fk.provider("faker.providers.address"), "cities", None)
        make = (lambda: self.rng.choice(sorted(listed))) if isinstance(listed, list) else fk.city
        return self._clean_draw(make)

    def street(self, locale: str) -> str:
        return self._clean_draw(self.fk(locale).street_name)

    def building(self, locale: str) -> str:
        return str(self.rng.randint(1, 240) if self.chance(0.7) else self.rng.randint(241, 4999))

    # --- phones -------------------------------------------------------------------------------

    def valid_number(self, region: str, ptype=None) -> pn.PhoneNumber:
        """A random valid number of region (mobile or fixed line), fresh, no placeholder digits,
        no Luhn-valid card-like run in any way it may be written."""
        ptype = ptype or self.cycle(f"ptype-{region}", (PNT.MOBILE, PNT.FIXED_LINE))
        cc = pn.country_code_for_region(region)
        md = pn.PhoneMetadata.metadata_for_region(region)
        desc = md.mobile if ptype == PNT.MOBILE else md.fixed_line
        example = pn.national_significant_number(pn.example_number_for_type(region, ptype))
        # lengths people meet: libphonenumber allows 5-digit German numbers, nobody writes them
        lengths = [n for n in desc.possible_length if len(example) <= n <= len(example) + 1] or [len(example)]

        def make():
            if region in NANP:
                return f"{self.rng.randint(2, 9)}{self.digits(2)}{self.rng.randint(2, 9)}{self.digits(6)}"
            n = self.rng.choice(lengths)
            keep = self.rng.randint(1, 2)
            return (example[:keep] + self.digits(n - keep))[:n]

        def ok(nsn):
            num = pn.parse(f"+{cc}{nsn}")
            if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
                return False
            if region in NANP and (nsn[3:6] == "555" or nsn[:3] in ("800", "888", "877", "866", "855", "844", "833")):
                return False
            if region not in NANP and pn.number_type(num) not in (ptype, PNT.FIXED_LINE_OR_MOBILE):
                return False
            # a subscriber part of at least 5 digits after the area code ("(038336) 99" is valid
            # for libphonenumber, but nobody has a two-digit number)
            groups = re.findall(r"\d+", pn.format_number(num, PNF.NATIONAL))
            if len(groups) > 1 and len("".join(groups[1:])) < 5:
                return False
            forms = (nsn, f"{cc}{nsn}", f"00{cc}{nsn}", f"0{nsn}", pn.format_number(num, PNF.NATIONAL),
                     pn.format_number(num, PNF.INTERNATIONAL))
            return not any(placeholder_digits(re.sub(r"\D", "", f)) or card_like(f) for f in forms)

        return pn.parse(f"+{cc}{self.fresh(make, ok)}")

    def nanp_national(self, num: pn.PhoneNumber, style: str) -> str:
        d = pn.national_significant_number(num)
        a, b, c = d[:3], d[3:6], d[6:]
        return {"dashes": f"{a}-{b}-{c}", "parens": f"({a}) {b}-{c}", "dots": f"{a}.{b}.{c}",
                "parens-nospace": f"({a}){b}-{c}", "one-dash": f"1-{a}-{b}-{c}",
                "spaces": f"{a} {b} {c}"}[style]

    def national_variants(self, num: pn.PhoneNumber, region: str) -> dict:
        """style -> how a person in region writes num in national form (only variants that
        parse back to num with the region)."""
        if region in NANP:
            variants = {s: self.nanp_national(num, s) for s in NANP_STYLES}
        else:
            std = pn.format_number(num, PNF.NATIONAL)
            groups = re.findall(r"\d+", std)
            digits = "".join(groups)
            variants = {
                "std": std, "compact": digits,
                "slash": groups[0] + "/" + "".join(groups[1:]),
                "dash": groups[0] + "-" + "".join(groups[1:]),
                "paren-area": f"({groups[0]}) " + " ".join(groups[1:]),
                "dots": ".".join(groups),
                "three": " ".join(digits[i:i + 3] for i in range(0, len(digits), 3)),
                "area-rest": groups[0] + " " + "".join(groups[1:]),
                "br-space": groups[0] + " " + "-".join(groups[1:]),
                "br-nospace": f"({groups[0]})" + "-".join(groups[1:]),
            }
            variants = {s: variants[s] for s in dict.fromkeys(NATIONAL_STYLES[region])}
        good = {}
        for style, text in variants.items():
            back = pn.parse(text, region)
            if back.national_number == num.national_number and back.country_code == num.country_code:
                good[style] = text
        assert "std" in good or region in NANP, (region, variants)
        return good

    def intl_variant(self, num: pn.PhoneNumber, region: str, style: str):
        """(text, style) of num in an international style people use."""
        intl = pn.format_number(num, PNF.INTERNATIONAL)
        if region == "JP" and self.chance(0.5):
            intl = intl.replace("-", " ")
        cc = str(num.country_code)
        if style == "trunk" and (region in NO_TRUNK_STYLE
                                 or pn.PhoneMetadata.metadata_for_region(region).national_prefix != "0"):
            style = "intl"
        if style == "double-zero" and region in NANP:
            style = "dashes"
        if style == "e164":
            text = pn.format_number(num, PNF.E164)
        elif style == "double-zero":
            text = "00" + intl[1:]
        elif style == "trunk":
            text = f"+{cc} (0)" + intl[len(cc) + 2:]
        elif style == "dashes":
            text = "+" + cc + "-" + re.sub(r"[ ]", "-", intl[len(cc) + 2:])
        else:
            text = intl
        back = pn.parse("+" + text[2:] if text.startswith("00") else text)
        if back.national_number != num.national_number or not pn.is_valid_number(back):
            return intl, "intl"
        return text, style

    def nanp_free(self) -> Plant:
        """Kind 1."""
        region = self.cycle("nanp-region", ("US", "US", "US", "CA"))
        style = self.cycle("nanp-style", NANP_STYLES)
        num = self.valid_number(region, PNT.FIXED_LINE)
        value = self.nanp_national(num, style)
        return Plant(value, PHONE, P_NANP, f"{region} {style}", region=region, style=style)

    def intl(self, region: str = None, style: str = None) -> Plant:
        """Kind 2."""
        region = region or self.cycle("intl-region", INTL_REGIONS)
        style = style or self.cycle("intl-style", INTL_STYLES)
        value, style = self.intl_variant(self.valid_number(region), region, style)
        return Plant(value, PHONE, P_INTL, f"{region} {style}", style=style)

    def national(self, region: str) -> Plant:
        """Kind 4 (keyword needed)."""
        num = self.valid_number(region)
        variants = self.national_variants(num, region)
        styles = NANP_STYLES if region in NANP else NATIONAL_STYLES[region]
        style = self.cycle(f"nat-style-{region}", styles)
        if style not in variants:
            style = "std" if "std" in variants else sorted(variants)[0]
        return Plant(variants[style], PHONE, P_NAT, f"{region} {style}", region=region, style=style)

    def with_ext(self, region: str, national: bool) -> Plant:
        """Kind 3: national (NANP anywhere, other regions after a keyword) or international."""
        num = self.valid_number(region, PNT.FIXED_LINE if region in NANP else None)
        if national:
            variants = self.national_variants(num, region)
            style = self.rng.choice(sorted(variants))
            base = variants[style]
        else:
            base, style = self.intl_variant(num, region, self.cycle("ext-intl-style", ("intl", "intl", "dashes", "trunk")))
        ext = str(self.rng.choice((self.rng.randint(2, 99), self.rng.randint(100, 999), self.rng.randint(1000, 9999))))
        ext_style = self.cycle("ext-style", EXT_STYLES)
        value = base + ext_style.format(ext)
        form = f"national {style}" if national else f"international {style}"
        return Plant(value, PHONE, P_EXT, f"{region} {form}, extension '{ext_style.strip().format('N')}'",
                     region=region if national else None, style=style, ext=ext)

    def invalid(self, region: str, national: bool) -> Plant:
        """Kind 5: a valid number with one of its first digits changed so that it is still of
        a possible length but no longer in a valid range; written like the valid one was."""
        for _ in range(5000):
            num = self.valid_number(region)
            nsn = pn.national_significant_number(num)
            pos = self.rng.randrange(0, min(4, len(nsn) - 1))
            new = nsn[:pos] + self.rng.choice([d for d in "0123456789" if d != nsn[pos]]) + nsn[pos + 1:]
            cand = pn.parse(f"+{num.country_code}{new}")
            if new[0] == "0" and nsn[0] != "0":      # "+31 0 14..." is a different mistake
                continue
            if not pn.is_possible_number(cand) or pn.is_valid_number(cand) or placeholder_digits(new):
                continue
            if national:
                variants = self.national_variants(num, region)
                style = self.rng.choice(sorted(variants))
                shown = variants[style]
            else:
                shown, style = self.intl_variant(num, region, self.rng.choice(("intl", "intl", "double-zero", "e164")))
            old_digits = re.sub(r"\D", "", shown)
            new_digits = old_digits[:len(old_digits) - len(nsn)] + new
            it = iter(new_digits)
            value = re.sub(r"\d", lambda m: next(it), shown)
            try:
                back = pn.parse("+" + value[2:] if value.startswith("00") else value, region if national else None)
            except pn.NumberParseException:
                continue
            if (back.national_number != int(new) or not pn.is_possible_number(back) or pn.is_valid_number(back)
                    or value in self.seen or card_like(value) or placeholder_digits(new_digits)):
                continue
            self.seen.add(value)
            form = f"national {style}" if national else f"international {style}"
            return Plant(value, PHONE, P_BAD, f"{region} {form}", region=region if national else None, style=style)
        raise RuntimeError(f"no invalid number for {region}")

    # --- cards --------------------------------------------------------------------------------

    def _prefix(self, spec: str) -> str:
        lo, _, hi = spec.partition("-")
        return str(self.rng.randint(int(lo), int(hi))) if hi else lo

    def group(self, digits: str, sep: str) -> str:
        if not sep:
            return digits
        out, i = [], 0
        for n in CARD_GROUPS[len(digits)]:
            out.append(digits[i:i + n])
            i += n
        return sep.join(out)

    def _card_digits(self, prefixes, length) -> str:
        def make():
            body = self._prefix(self.rng.choice(prefixes))
            return luhn_complete(body + self.digits(length - 1 - len(body)))
        return self.fresh(make, lambda d: d not in PUBLISHED_TEST_CARDS and not placeholder_digits(d))

    def brand_card(self) -> tuple:
        """Kind 6: (Plant, Brand)."""
        brand = self.cycle("brand", BRANDS)
        digits = self._card_digits(brand.prefixes, brand.length)
        sep_name, sep = self.cycle("card-sep", (("plain", ""), ("spaced", " "), ("spaced", " "), ("dashed", "-")))
        value = self.group(digits, sep)
        return Plant(value, CC, C_BRAND, f"{brand.name} {brand.length} digits {sep_name}"), brand

    def other_range_digits(self) -> tuple:
        spec, length = self.cycle("other-range", OTHER_RANGES)
        digits = self._card_digits((spec,), length)
        assert not in_ranges(digits, KNOWN_RANGES)
        sep_name, sep = self.cycle("other-sep", (("plain", ""), ("plain", ""), ("spaced", " "), ("dashed", "-")))
        return self.group(digits, sep), f"{spec.split('-')[0]}... {length} digits {sep_name}"

    def other_card(self) -> Plant:
        """Kind 7 (card word needed)."""
        value, detail = self.other_range_digits()
        return Plant(value, CC, C_OTHER, detail)

    # --- e-mail -------------------------------------------------------------------------------

    def email(self, locale: str, person: tuple = None, company_domain: str = None) -> Plant:
        fk = self.fk(locale)
        style = self.cycle("email-style", ("first.last", "first.last", "initial-last", "firstlast-digits", "first"))

        def make():
            first, last = (re.sub(r"[^a-z]", "", ascii_fold(p).lower()) for p in (person or self.name(locale)))
            domain = company_domain or (fk.free_email_domain() if self.chance(0.6) else fk.domain_name())
            local = {"first.last": f"{first}.{last}", "initial-last": f"{first[:1]}{last}",
                     "firstlast-digits": f"{first}{last[:1]}{self.rng.randint(1, 99)}", "first": first}[style]
            return f"{local}@{domain}"

        def ok(e):
            return (re.fullmatch(r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}", e)
                    and clean(re.sub(r"[\d@._-]", " ", e)) and not re.search(r"example\.|\.test$|\.invalid$", e))

        for _ in range(50):
            try:
                value = self.fresh(make, ok, tries=50)
                return Plant(value, EMAIL, E_MAIL, f"{locale} {style}")
            except RuntimeError:
                person = None
        raise RuntimeError("no e-mail address")

    def company_domain(self, locale: str, company: str) -> str:
        word = re.sub(r"[^a-z]", "", ascii_fold(company.split()[0].split("-")[0]).lower())
        tld = {"en_US": ".com", "en_GB": ".co.uk", "de_DE": ".de", "fr_FR": ".fr", "es_ES": ".es",
               "it_IT": ".it", "pt_BR": ".com.br", "nl_NL": ".nl"}[locale]
        if len(word) < 3 or not clean(word):
            return self.fk(locale).domain_name()
        return word + self.rng.choice(("", "-group", "-partners", "")) + tld

    # --- look-alikes --------------------------------------------------------------------------

    def order(self, sub: str) -> Plant:
        year = self.rng.randint(2023, 2026)

        def make():
            shape = self.rng.choice({
                "order": ("hash-dash", "ord", "amazon", "hash"),
                "invoice": ("inv", "re", "fslash", "plain-year"),
                "tracking": ("ups", "s10", "ups"),
                "ticket": ("num", "hashnum", "tck"),
            }[sub])
            if shape == "hash-dash":
                return f"#{self.rng.randint(1000, 9999)}-{self.digits(4)}", shape
            if shape == "ord":
                return f"ORD-{year}-{self.digits(7)}", shape
            if shape == "amazon":
                return f"{self.rng.randint(111, 114)}-{self.digits(7)}-{self.digits(7)}", shape
            if shape == "hash":
                return f"#{self.rng.randint(1, 9)}{self.digits(7)}", shape
            if shape == "inv":
                return f"INV-{year}-{self.digits(6)}", shape
            if shape == "re":
                return f"RE-{year}-{self.digits(5)}", shape
            if shape == "fslash":
                return f"F{year}/{self.digits(5)}", shape
            if shape == "plain-year":
                return f"{year}-{self.digits(6)}", shape
            if shape == "ups":
                # 1Z + shipper (6 characters) + service (2 digits) + package (7 digits) + check digit
                shipper = self.digits(3) + "".join(self.rng.choice("ABCDEFGHJKLMNPRTVWXY") for _ in range(2)) \
                    + self.rng.choice("0123456789ABCDEFGHJKLMNPRTVWXY")
                body = shipper + self.rng.choice(("01", "02", "03", "12", "13")) + self.digits(7)
                return f"1Z{body}{ups_check_digit(body)}", shape
            if shape == "s10":
                serial = self.digits(8)
                return (f"{self.rng.choice(('LX', 'RR', 'CP', 'EE', 'LY'))}{serial}{s10_check_digit(serial)}"
                        f"{self.rng.choice(('DE', 'FR', 'NL', 'IT', 'ES', 'BR', 'GB', 'US'))}"), shape
            if shape == "num":
                return str(self.rng.randint(10000, 99999)), shape
            if shape == "hashnum":
                return f"#{self.rng.randint(100000, 999999)}", shape
            return f"TCK-{self.rng.randint(100000, 999999)}", shape

        holder = {}

        def make_value():
            value, shape = make()
            holder["shape"] = shape
            return value

        value = self.fresh(make_value, lambda o: not card_like(o) and not placeholder_digits(re.sub(r"\D", "", o)))
        return neg(value, N_ORDER, f"{sub} ({holder['shape']})")

    def custid(self) -> Plant:
        region = self.cycle("custid-region", ("US", "US", "CA"))
        num = self.valid_number(region, PNT.FIXED_LINE)
        return neg(pn.national_significant_number(num), N_CUSTID, f"valid {region} number as 10 plain digits")

    def when(self, lo=dt.datetime(2025, 3, 1), hi=dt.datetime(2026, 2, 28)) -> dt.datetime:
        span = int((hi - lo).total_seconds())
        return lo + dt.timedelta(seconds=self.rng.randint(0, span), microseconds=self.rng.randint(0, 999999))

    def timestamp(self, lang: str, t: dt.datetime = None) -> Plant:
        t = t or self.when()
        style = self.cycle("ts-style-" + lang, ("iso-us", "iso-space", "iso-z", "local", "iso-us"))
        local = {"en_US": "%m/%d/%Y %H:%M", "de": "%d.%m.%Y %H:%M", "nl": "%d-%m-%Y %H:%M"}.get(lang, "%d/%m/%Y %H:%M")
        value = {"iso-us": f"{t:%Y-%m-%dT%H:%M:%S.%f}", "iso-space": f"{t:%Y-%m-%d %H:%M:%S}",
                 "iso-z": f"{t:%Y-%m-%dT%H:%M:%S}Z", "local": t.strftime(local)}[style]
        return neg(value, N_TS, style)

    def time(self, lang: str) -> Plant:
        t = self.when()
        style = self.cycle("time-style-" + lang, ("hms", "hm", "hm", "local"))
        if style == "local":
            value = {"en_US": f"{t.hour % 12 or 12}:{t:%M} {'am' if t.hour < 12 else 'pm'}", "fr": f"{t:%H}h{t:%M}",
                     "de": f"{t:%H.%M}"}.get(lang, f"{t:%H:%M}")
        else:
            value = f"{t:%H:%M:%S}" if style == "hms" else f"{t:%H:%M}"
        return neg(value, N_TIME, style)

    def date(self, lang: str) -> Plant:
        d = self.when().date()
        fmt = self.cycle("date-" + lang, DATE_STYLES[lang])
        return neg(render_date(d, fmt, lang), N_DATE, fmt)

    def price(self, lang: str) -> Plant:
        amount = self.rng.choice((self.rng.randint(5, 99) + self.rng.choice((0, 0.5, 0.9, 0.99, 0.95)),
                                  self.rng.randint(100, 999) + self.rng.choice((0, 0.5, 0.99)),
                                  self.rng.randint(1000, 4999) + self.rng.choice((0, 0.9, 0.99))))
        whole, cents = int(amount), round((amount - int(amount)) * 100)
        value = PRICE_FORMATS[lang](self.rng, whole, cents)
        return neg(value, N_PRICE, lang)

    def amount(self, lang: str) -> Plant:
        number, unit = self.rng.choice(AMOUNTS[lang])
        return neg(number(self.rng) + unit, N_AMOUNT, unit.strip())

    def percent(self, lang: str) -> Plant:
        whole = self.rng.randint(1, 60)
        frac = self.rng.choice(("", "", "5", "25", "75"))
        dec = "." if lang in ("en_US", "en_GB") else ","
        number = f"{whole}{dec}{frac}" if frac else str(whole)
        return neg(number + self.rng.choice(("%", " %", "%")), N_PERCENT, "decimal" if frac else "whole")

    def version(self) -> Plant:
        shape = self.cycle("version-shape", ("v-semver", "semver", "windows", "rc", "v-two"))

        def make():
            a, b, c = self.rng.randint(1, 24), self.rng.randint(0, 40), self.rng.randint(0, 60)
            return {"v-semver": f"v{a}.{b}.{c}", "semver": f"{a}.{b}.{c}",
                    "windows": f"10.0.{self.rng.randint(19041, 22631)}.{self.rng.randint(1000, 4000)}",
                    "rc": f"{a}.{b}.{c}-rc{self.rng.randint(1, 5)}", "v-two": f"v{a}.{b}"}[shape]
        return neg(self.fresh(make), N_VERSION, shape)

    def ip(self) -> Plant:
        def make():
            first = self.rng.choice((10, 172, 192, 31, 46, 62, 78, 84, 91, 109, 141, 185, 212))
            if first == 172:
                rest = (self.rng.randint(16, 31), self.rng.randint(0, 255), self.rng.randint(1, 254))
            elif first == 192:
                rest = (168, self.rng.randint(0, 255), self.rng.randint(1, 254))
            else:
                rest = (self.rng.randint(0, 255), self.rng.randint(0, 255), self.rng.randint(1, 254))
            value = ".".join(str(x) for x in (first,) + rest)
            if self.chance(0.15):
                value += ":" + str(self.rng.choice((443, 8080, 8443, 3389)))
            return value
        return neg(self.fresh(make, lambda i: not card_like(i)), N_IP, "IPv4")

    def postcode(self, locale: str) -> Plant:
        fk = self.fk(locale)
        if locale == "en_US":
            plus4 = self.chance(0.5)
            value = fk.zipcode_plus4() if plus4 else fk.zipcode()
            detail = "US ZIP+4" if plus4 else "US ZIP"
        else:
            value = fk.postcode()
            if locale == "nl_NL" and re.fullmatch(r"\d{4}[A-Z]{2}", value):
                value = value[:4] + " " + value[4:]
            detail = f"{locale[-2:]} postcode"
        if locale == "pt_BR":
            # Every sentence and signature writes a Brazilian postcode after "CEP": Macie's
            # BRAZIL_CEP_CODE, sensitive in its own right, not a look-alike.
            return Plant(value, CEP, P_CEP, "Brazilian CEP after 'CEP'")
        return neg(value, N_POSTCODE, detail)

    def luhn_fail(self) -> Plant:
        def make():
            body = self.rng.choice(("4", "5" + str(self.rng.randint(1, 5)), "6011", "65", "35" + str(self.rng.randint(28, 89))))
            good = luhn_complete(body + self.digits(15 - len(body)))
            return good[:-1] + str((int(good[-1]) + self.rng.randint(1, 9)) % 10)
        digits = self.fresh(make, lambda d: not luhn_ok(d) and not placeholder_digits(d))
        sep_name, sep = self.cycle("luhnfail-sep", (("plain", ""), ("spaced", " "), ("dashed", "-")))
        return neg(self.group(digits, sep), N_LUHNFAIL, f"16 digits {sep_name}")

    def other_valid(self) -> Plant:
        value, detail = self.other_range_digits()
        return neg(value, N_OTHERVALID, detail)

    def ref334(self) -> Plant:
        num = self.valid_number(self.cycle("ref-region", ("US", "US", "CA")), PNT.FIXED_LINE)
        d = pn.national_significant_number(num)
        sep = self.cycle("ref-sep", ("-", "-", "-", "."))
        return neg(f"{d[:3]}{sep}{d[3:6]}{sep}{d[6:]}", N_REF334, f"valid NANP digits, '{sep}' separated")


# --- dates, prices, amounts by language -------------------------------------------------------

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"),
}
WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
}
DATE_STYLES = {
    "en_US": ("mdy-slash", "iso", "en-long-us", "en-short-us"),
    "en_GB": ("dmy-slash", "en-long-gb", "iso"),
    "de": ("dmy-dot", "dmy-dot", "long"),
    "fr": ("dmy-slash", "long"),
    "es": ("dmy-slash", "dmy-dash", "long-de"),
    "it": ("dmy-slash", "long"),
    "pt": ("dmy-slash", "long-de"),
    "nl": ("dmy-dash", "long"),
}


def lang_base(lang: str) -> str:
    return lang[:2]


def render_date(d: dt.date, fmt: str, lang: str) -> str:
    month = MONTHS[lang_base(lang)][d.month - 1]
    return {
        "iso": f"{d:%Y-%m-%d}", "mdy-slash": f"{d:%m/%d/%Y}", "dmy-slash": f"{d:%d/%m/%Y}",
        "dmy-dot": f"{d:%d.%m.%Y}", "dmy-dash": f"{d:%d-%m-%Y}",
        "en-long-us": f"{month} {d.day}, {d.year}", "en-short-us": f"{month[:3]} {d.day}, {d.year}",
        "en-long-gb": f"{d.day} {month} {d.year}",
        "long": f"{d.day}. {month} {d.year}" if lang == "de" else f"{d.day} {month} {d.year}",
        "long-de": f"{d.day} de {month} de {d.year}",
    }[fmt]


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


PRICE_FORMATS = {
    "en_US": lambda r, w, c: r.choice((f"${_thousands(w, ',')}.{c:02d}", f"USD {_thousands(w, ',')}.{c:02d}")),
    "en_GB": lambda r, w, c: f"£{_thousands(w, ',')}.{c:02d}",
    "de": lambda r, w, c: r.choice((f"{_thousands(w, '.')},{c:02d} €", f"{_thousands(w, '.')},{c:02d} EUR")),
    "fr": lambda r, w, c: f"{_thousands(w, ' ')},{c:02d} €",
    "es": lambda r, w, c: f"{_thousands(w, '.')},{c:02d} €",
    "it": lambda r, w, c: f"€ {_thousands(w, '.')},{c:02d}",
    "pt": lambda r, w, c: f"R$ {_thousands(w, '.')},{c:02d}",
    "nl": lambda r, w, c: f"€ {_thousands(w, '.')},{c:02d}",
}


def _n(lo, hi, sep=""):
    return lambda r: _thousands(r.randint(lo, hi), sep) if sep else str(r.randint(lo, hi))


def _dec(lo, hi, mark):
    return lambda r: f"{r.randint(lo, hi)}{mark}{r.randint(1, 9)}"


AMOUNTS = {
    "en_US": ((_n(1200, 48000, ","), " points"), (_n(1100, 9800, ","), " miles"), (_dec(1, 64, "."), " GB"),
              (_n(2, 90), " lbs"), (_n(1100, 8000, ","), " kWh")),
    "en_GB": ((_n(1200, 48000, ","), " points"), (_n(1100, 9800, ","), " miles"), (_dec(1, 64, "."), " GB"),
              (_n(2, 90), " kg"), (_n(1100, 8000, ","), " kWh")),
    "de": ((_n(1200, 48000, "."), " Punkte"), (_n(1100, 9800, "."), " km"), (_dec(1, 64, ","), " GB"),
           (_n(2, 90), " kg"), (_n(1100, 8000, "."), " kWh")),
    "fr": ((_n(1200, 48000, " "), " points"), (_n(1100, 9800, " "), " km"), (_dec(1, 64, ","), " Go"),
           (_n(2, 90), " kg"), (_n(1100, 8000, " "), " kWh")),
    "es": ((_n(1200, 48000, "."), " puntos"), (_n(1100, 9800, "."), " km"), (_dec(1, 64, ","), " GB"),
           (_n(2, 90), " kg"), (_n(1100, 8000, "."), " kWh")),
    "it": ((_n(1200, 48000, "."), " punti"), (_n(1100, 9800, "."), " km"), (_dec(1, 64, ","), " GB"),
           (_n(2, 90), " kg"), (_n(1100, 8000, "."), " kWh")),
    "pt": ((_n(1200, 48000, "."), " pontos"), (_n(1100, 9800, "."), " km"), (_dec(1, 64, ","), " GB"),
           (_n(2, 90), " kg"), (_n(1100, 8000, "."), " kWh")),
    "nl": ((_n(1200, 48000, "."), " punten"), (_n(1100, 9800, "."), " km"), (_dec(1, 64, ","), " GB"),
           (_n(2, 90), " kg"), (_n(1100, 8000, "."), " kWh")),
}


# --- language data ----------------------------------------------------------------------------
#
# Templates: {v} is the planted value; {kw} a phone keyword as a noun, {KW} one as a field label
# (both whole words of PHONE_KEYWORDS); {cw} a card word (brand or generic, whole words of
# CARD_KEYWORDS); {first} a first name; {nacity} a US or Canadian city (of the number's region).
# Phone-keyword templates keep {v} at most 25 characters after the keyword; card-word ones at
# most 40. Fillers, greetings, titles, ... are "clean" (no keyword, label word or digit).

LANGS = ("en_US", "en_GB", "de", "fr", "es", "it", "pt", "nl")
LOCALE = {"en_US": "en_US", "en_GB": "en_GB", "de": "de_DE", "fr": "fr_FR", "es": "es_ES",
          "it": "it_IT", "pt": "pt_BR", "nl": "nl_NL"}
LANG_NAME = {"en_US": "English (US)", "en_GB": "English (GB)", "de": "German", "fr": "French",
             "es": "Spanish", "it": "Italian", "pt": "Portuguese (BR)", "nl": "Dutch"}
DOC_LANGS = ("en_US", "en_US", "en_US", "en_GB", "en_GB", "de", "de", "fr", "es", "it", "pt", "nl")
NA_CITIES = {"US": ("Chicago", "Denver", "Seattle", "Boston", "Atlanta", "Austin", "Portland", "Phoenix",
                    "Nashville", "Minneapolis"),
             "CA": ("Toronto", "Vancouver", "Montreal", "Calgary", "Ottawa", "Halifax", "Winnipeg")}

LOOK_CATS = (N_ORDER, N_CUSTID, N_TS, N_TIME, N_DATE, N_PRICE, N_AMOUNT, N_PERCENT, N_VERSION, N_IP,
             N_POSTCODE, N_LUHNFAIL, N_OTHERVALID, N_REF334)
PHONE_CATS = (P_NANP, P_INTL, P_EXT, P_NAT, P_BAD)
CARD_CATS = (C_BRAND, C_OTHER)
SENTENCE_CATS = PHONE_CATS + CARD_CATS + LOOK_CATS
# What the scheduler aims at (above the minimums, so that no category is short by chance).
TARGET = {c: (185 if c in PHONE_CATS + CARD_CATS else 125) for c in SENTENCE_CATS}

EN = dict(
    greet=("Hi,", "Hello,", "Hi there,", "Dear support team,", "Good morning,", "Hello team,"),
    close=("Thanks,", "Best regards,", "Cheers,", "Kind regards,", "Many thanks,", "Thank you,"),
    subjects=("Problem with my delivery", "Charged twice", "Still waiting for a refund", "App keeps logging me out",
              "Question about my subscription", "Wrong item received", "Please update my details",
              "Trouble signing in", "Refund not received", "Delivery arrived damaged"),
    fillers=("I hope you can help me with this.", "It has been going on for a while now.",
             "I already tried restarting the app and logging out.", "Nothing changed after the last update.",
             "Your colleague was very friendly but could not solve it.",
             "Please let me know what else you need from me.", "I would appreciate a quick answer.",
             "Honestly I am a bit frustrated at this point.", "The website keeps showing the same message.",
             "We have been using your service for years.", "My partner ran into the same problem last week.",
             "I am not sure whether this is the right team.", "Sorry for the long message.",
             "The delivery was supposed to arrive much earlier.", "Thanks in advance for looking into it.",
             "Nobody replied to my previous message.", "I have attached screenshots where I could.",
             "I would rather sort this out by email."),
    chat=("ok", "one sec", "thanks!", "let me check", "sure", "no worries", "that's odd", "still loading...",
          "yes, that's right", "hang on", "great, thank you", "any update?", "hmm, nothing happened"),
    chat_hello="Hi, thanks for waiting. How can I help you today?",
    chat_start="Chat started", chat_end="Chat ended", system="System",
    phone_kw=("The best way to reach me is my {kw}: {v}", "You can get me on my {kw}, {v}, most days until six.",
              "{KW}: {v}", "If anything comes up, my {kw} number is {v}",
              "Please use my {kw} {v} rather than the old one.", "For the delivery driver: {kw} {v}",
              "I'm travelling next week, so {kw} only: {v}", "My {kw} changed, it's now {v}", "Updated {kw}: {v}",
              "Text or ring my {kw} on {v} whenever suits you."),
    phone_free=("I'm abroad until the end of the month, so reach me on {v} instead.", "{first}'s desk: {v}",
                "If I'm not around, {first} is on {v}.", "Our front desk picks up at {v} during office hours.",
                "Ring {v} and ask for me.", "I'm reachable at {v} most afternoons."),
    nanp=("Our {nacity} office answers at {v}.", "The {nacity} branch gave me {v} to follow up.",
          "I tried {v} twice yesterday and nobody picked up.", "Best number for me is {v}, after three is ideal.",
          "Feel free to text {v} if that's quicker.", "If it's urgent, ring {v} and ask for {first}."),
    card_kw=("Please charge my {cw} {v} for the renewal.", "The {cw} on file is {v}, it expires next year.",
             "I paid with my {cw}, {v}, but the payment still shows as pending.",
             "My new {cw} is {v}, the old one was cancelled.", "Could you refund it to my {cw} {v} instead?",
             "Use the {cw} {v} for this one, please."),
    card_free=("I typed in {v} and the page just reloaded.", "The long number on the front is {v}.",
               "Somebody used {v} without my permission."),
    brands={"Visa": "Visa", "Mastercard": "Mastercard", "American Express": "Amex", "Discover": "Discover card",
            "JCB": "JCB card", "Diners Club": "Diners Club card"},
    cards=("credit card", "debit card", "card"),
    look={
        N_ORDER: {"order": ("My order {v} still hasn't shipped.", "Order {v} arrived damaged."),
                  "invoice": ("Invoice {v} was charged twice.", "I never received invoice {v}."),
                  "tracking": ("The tracking number {v} shows no movement since Tuesday.",
                               "Tracking says {v} was delivered, but nothing arrived."),
                  "ticket": ("This is a follow-up to ticket {v}.", "Your colleague closed ticket {v} without a reply.")},
        N_CUSTID: ("My customer ID is {v}.", "Customer ID {v}, in case you need it.", "The account ID in the app is {v}."),
        N_TS: ("The error log says {v}.", "The last sync was at {v}.", "Your system shows the change at {v}."),
        N_TIME: ("I'm free after {v} tomorrow.", "It happened again at {v}.", "The shop had already closed at {v}."),
        N_DATE: ("I placed it on {v}.", "The subscription renews on {v}.", "Delivery was promised for {v}."),
        N_PRICE: ("I was charged {v} instead of the advertised price.", "The total came to {v}."),
        N_AMOUNT: ("The app says I have {v} left.", "Last month I used {v}."),
        N_PERCENT: ("The promo promised {v} off.", "The battery drops to {v} within an hour."),
        N_VERSION: ("I'm on app version {v}.", "It broke after the update to {v}."),
        N_IP: ("My IP address is {v}, if that helps.", "The login came from {v}, which wasn't me."),
        N_POSTCODE: ("The delivery postcode is {v}.", "We moved, the new postcode is {v}."),
        N_LUHNFAIL: ("The transaction reference on my bank statement is {v}.", "The receipt shows reference {v}."),
        N_OTHERVALID: ("The gift voucher code is {v}.", "My loyalty membership number is {v}."),
        N_REF334: ("Your reference {v} is on the letter.", "Order no. {v} was split into two parcels.",
                   "Case {v} is still open."),
    },
    titles=("Operations Manager", "Sales Director", "Office Manager", "Senior Consultant", "Head of Purchasing",
            "Project Lead", "Marketing Coordinator", "Logistics Coordinator", "Finance Director"),
    disclaimer=("This message may include confidential information and is intended only for the named recipient.",
                "If you received it by mistake, please notify the sender and delete it."),
    hdr=("From", "Sent", "To", "Subject"), hsep=": ", orig="-----Original Message-----",
    form=dict(title="New enquiry from the website", submitted="Submitted", ip="IP address", name="Name",
              company="Company", address="Address", email="Email", phone="Phone", mobile="Mobile",
              card="Card number", comments="Comments"),
    support=("support", "help", "service", "care", "hello"),
)

TEXT = {
    "en_US": dict(EN, kw=("cell", "phone", "cell phone", "mobile", "work phone", "office phone"),
                  KW=("Phone", "Cell", "Tel.", "Mobile", "Tel", "Fax"),
                  sig_labels=("Phone: ", "Cell: ", "Tel: ", "Mobile: ", "Fax: ", "Direct phone: "),
                  form=dict(EN["form"], mobile="Cell"),
                  look=dict(EN["look"], **{N_POSTCODE: ("The delivery ZIP code is {v}.",
                                                        "We moved, the new ZIP code is {v}.")})),
    "en_GB": dict(EN, kw=("mobile", "phone", "mobile phone", "work phone", "office phone", "landline phone"),
                  KW=("Tel", "Mobile", "Phone", "Tel.", "Fax"),
                  sig_labels=("Tel: ", "Mobile: ", "Phone: ", "Fax: ", "Tel. ")),
    "de": dict(
        greet=("Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Hallo zusammen,", "Liebes Serviceteam,"),
        close=("Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "Danke und Gruß", "Freundliche Grüße"),
        subjects=("Problem mit meiner Lieferung", "Doppelt abgebucht", "Warte noch auf die Erstattung",
                  "App meldet mich ständig ab", "Frage zu meinem Abo", "Falscher Artikel geliefert",
                  "Änderung meiner Daten", "Anmeldung klappt nicht"),
        fillers=("Ich hoffe, Sie können mir weiterhelfen.", "Das Problem besteht schon seit einiger Zeit.",
                 "Ich habe die App bereits neu gestartet und mich abgemeldet.",
                 "Nach dem letzten Update hat sich nichts geändert.",
                 "Ihr Kollege war sehr freundlich, konnte es aber nicht lösen.",
                 "Bitte geben Sie mir Bescheid, was Sie noch brauchen.",
                 "Über eine schnelle Antwort würde ich mich freuen.",
                 "Ehrlich gesagt bin ich inzwischen etwas genervt.",
                 "Auf der Webseite erscheint immer wieder dieselbe Meldung.",
                 "Wir nutzen Ihren Service schon seit Jahren.", "Meine Frau hatte letzte Woche dasselbe Problem.",
                 "Ich weiß nicht, ob ich hier richtig bin.", "Entschuldigen Sie die lange Nachricht.",
                 "Die Lieferung hätte eigentlich viel früher kommen sollen.",
                 "Vielen Dank im Voraus fürs Nachsehen.", "Auf meine letzte Nachricht hat niemand geantwortet.",
                 "Screenshots habe ich angehängt, soweit es ging."),
        chat=("ok", "Moment bitte", "danke!", "ich schaue nach", "klar", "kein Problem", "seltsam",
              "lädt immer noch...", "ja, genau", "super, danke", "gibt es etwas Neues?", "hm, nichts passiert"),
        chat_hello="Hallo, danke fürs Warten. Wie kann ich helfen?",
        chat_start="Chat gestartet", chat_end="Chat beendet", system="System",
        kw=("Handy", "Telefon"), KW=("Tel.", "Telefon", "Handy", "Mobil", "Rufnummer", "Fax"),
        phone_kw=("Am besten erreichen Sie mich über mein {kw}: {v}", "{KW}: {v}",
                  "Bitte rufen Sie mich zurück, Tel. {v}", "Meine neue Rufnummer: {v}",
                  "Tagsüber bin ich mobil unter {v} zu erreichen.", "Für den Fahrer: Handy {v}",
                  "Falls etwas ist, {kw} {v}", "Ich bin nächste Woche unterwegs, also bitte nur {kw}: {v}",
                  "Mein {kw} hat sich geändert: {v}", "Erreichbar bin ich unter Telefon {v} oder per Mail."),
        phone_free=("Ich bin bis Monatsende im Ausland, erreichbar unter {v}.", "{first} sitzt am Empfang, unter {v}.",
                    "Notfalls einfach {v} wählen und nach mir fragen."),
        nanp=("Unser Büro in {nacity} erreichen Sie unter {v}.", "Die Kollegen in {nacity} haben mir {v} gegeben.",
              "Ich habe gestern zweimal bei {v} angerufen, aber niemand hat abgenommen.",
              "{first} aus dem Büro in {nacity}: {v}"),
        card_kw=("Bitte buchen Sie den Betrag von meiner {cw} {v} ab.",
                 "Die hinterlegte {cw} ist {v}, sie läuft nächstes Jahr ab.",
                 "Ich habe mit meiner {cw} {v} bezahlt, aber die Zahlung hängt.", "Meine neue {cw}: {v}",
                 "Erstatten Sie es bitte auf meine {cw} {v}."),
        card_free=("Ich habe {v} eingegeben und die Seite lädt einfach neu.",
                   "Jemand hat {v} ohne meine Erlaubnis benutzt."),
        brands={"Visa": "Visa-Karte", "Mastercard": "Mastercard", "American Express": "Amex-Karte",
                "Discover": "Discover-Karte", "JCB": "JCB-Karte", "Diners Club": "Diners-Club-Karte"},
        cards=("Kreditkarte", "Karte"),
        look={
            N_ORDER: {"order": ("Meine Bestellung {v} ist noch nicht verschickt.", "Bestellung {v} kam beschädigt an."),
                      "invoice": ("Rechnung {v} wurde doppelt abgebucht.", "Die Rechnung {v} habe ich nie bekommen."),
                      "tracking": ("Die Sendungsnummer {v} zeigt seit Dienstag keinen Fortschritt.",
                                   "Laut Sendungsverfolgung wurde {v} zugestellt, angekommen ist aber nichts."),
                      "ticket": ("Das bezieht sich auf Ticket {v}.",
                                 "Ihr Kollege hat Ticket {v} ohne Antwort geschlossen.")},
            N_CUSTID: ("Meine Kundennummer ist {v}.", "Kunden-ID {v}, falls Sie sie brauchen."),
            N_TS: ("Im Fehlerprotokoll steht {v}.", "Die letzte Synchronisierung war am {v}."),
            N_TIME: ("Ich bin morgen ab {v} frei.", "Es ist um {v} wieder passiert."),
            N_DATE: ("Bestellt habe ich am {v}.", "Das Abo verlängert sich am {v}."),
            N_PRICE: ("Mir wurden {v} statt des beworbenen Preises berechnet.", "Insgesamt waren es {v}."),
            N_AMOUNT: ("Laut App habe ich noch {v}.", "Letzten Monat habe ich {v} verbraucht."),
            N_PERCENT: ("Versprochen waren {v} Rabatt.", "Der Akku fällt innerhalb einer Stunde auf {v}."),
            N_VERSION: ("Ich nutze die App-Version {v}.", "Seit dem Update auf {v} geht es nicht mehr."),
            N_IP: ("Meine IP-Adresse ist {v}.", "Die Anmeldung kam von {v}, das war nicht ich."),
            N_POSTCODE: ("Die Postleitzahl der Lieferadresse ist {v}.", "Wir sind umgezogen, neue PLZ: {v}."),
            N_LUHNFAIL: ("Die Transaktionsreferenz auf meinem Kontoauszug lautet {v}.",
                         "Auf dem Beleg steht die Referenz {v}."),
            N_OTHERVALID: ("Der Gutscheincode lautet {v}.", "Meine Mitgliedsnummer im Bonusprogramm ist {v}."),
            N_REF334: ("Ihr Aktenzeichen {v} steht auf dem Brief.", "Bestellnr. {v} wurde auf zwei Pakete aufgeteilt.",
                       "Vorgang {v} ist immer noch offen."),
        },
        titles=("Leiterin Einkauf", "Vertriebsleiter", "Projektleiterin", "Teamleiter Logistik",
                "Assistentin der Geschäftsführung", "Sachbearbeiter Buchhaltung"),
        disclaimer=("Diese Nachricht kann vertrauliche Informationen enthalten und ist nur für den genannten "
                    "Empfänger bestimmt.",
                    "Falls Sie sie irrtümlich erhalten haben, informieren Sie bitte den Absender und löschen Sie sie."),
        sig_labels=("Tel.: ", "Telefon: ", "Mobil: ", "Handy: ", "Fax: "),
        hdr=("Von", "Gesendet", "An", "Betreff"), hsep=": ", orig="-----Ursprüngliche Nachricht-----",
        form=dict(title="Neue Anfrage über das Webformular", submitted="Gesendet am", ip="IP-Adresse", name="Name",
                  company="Firma", address="Adresse", email="E-Mail", phone="Telefon", mobile="Handy",
                  card="Kreditkarte", comments="Nachricht"),
        support=("service", "support", "hilfe"),
    ),
    "fr": dict(
        greet=("Bonjour,", "Bonjour à tous,", "Madame, Monsieur,", "Bonsoir,"),
        close=("Cordialement,", "Bien à vous,", "Merci d'avance,", "Bonne journée,"),
        subjects=("Problème de livraison", "Prélevé deux fois", "Toujours pas de remboursement",
                  "L'application me déconnecte", "Question sur mon abonnement", "Mauvais article reçu",
                  "Mise à jour de mes coordonnées"),
        fillers=("J'espère que vous pourrez m'aider.", "Le problème dure depuis un moment.",
                 "J'ai déjà redémarré l'application et je me suis déconnecté.",
                 "Rien n'a changé depuis la dernière mise à jour.",
                 "Votre collègue était très aimable mais n'a pas pu régler le souci.",
                 "Dites-moi ce dont vous avez encore besoin.", "Une réponse rapide serait appréciée.",
                 "Honnêtement, je commence à perdre patience.", "Le site affiche toujours le même message.",
                 "Nous utilisons votre service depuis des années.",
                 "Mon conjoint a eu le même souci la semaine dernière.",
                 "Je ne sais pas si je m'adresse au bon service.", "Désolé pour ce long message.",
                 "La livraison devait arriver bien plus tôt.", "Merci d'avance de regarder cela.",
                 "Personne n'a répondu à mon précédent message.",
                 "J'ai joint des captures d'écran quand c'était possible."),
        chat=("ok", "un instant", "merci !", "je regarde", "d'accord", "pas de souci", "bizarre",
              "ça charge encore...", "oui, c'est ça", "super, merci", "du nouveau ?", "hum, rien ne se passe"),
        chat_hello="Bonjour, merci de votre patience. Comment puis-je vous aider ?",
        chat_start="Discussion ouverte", chat_end="Discussion terminée", system="Système",
        kw=("portable", "téléphone", "mobile"), KW=("Téléphone", "Portable", "Mobile", "Fax"),
        phone_kw=("Le plus simple est de me joindre sur mon {kw} : {v}", "{KW} : {v}",
                  "Mon nouveau {kw} : {v}", "Rappelez-moi sur mon {kw} au {v} en fin de journée.",
                  "Pour le livreur : {kw} {v}", "Je suis en déplacement, donc uniquement le {kw} : {v}",
                  "Mon numéro : {v}", "Vous pouvez aussi essayer mon {kw}, le {v}, après dix-huit heures."),
        phone_free=("Je suis à l'étranger jusqu'à la fin du mois, joignable au {v}.", "{first} est à l'accueil, au {v}.",
                    "En cas d'urgence, composez le {v} et demandez-moi."),
        nanp=("Notre bureau de {nacity} répond au {v}.", "Les collègues de {nacity} m'ont donné le {v}.",
              "J'ai essayé le {v} deux fois hier, personne n'a décroché."),
        card_kw=("Merci de débiter ma {cw} {v} pour le renouvellement.",
                 "La {cw} enregistrée est la {v}, elle expire l'an prochain.",
                 "J'ai payé avec ma {cw} {v} mais le paiement est en attente.", "Ma nouvelle {cw} : {v}",
                 "Pouvez-vous rembourser sur ma {cw} {v} ?"),
        card_free=("J'ai saisi {v} et la page s'est rechargée.", "Quelqu'un a utilisé {v} sans mon accord."),
        brands={"Visa": "carte Visa", "Mastercard": "carte Mastercard", "American Express": "carte Amex",
                "Discover": "carte Discover", "JCB": "carte JCB", "Diners Club": "carte Diners Club"},
        cards=("carte bancaire", "carte de crédit", "carte"),
        look={
            N_ORDER: {"order": ("Ma commande {v} n'est toujours pas expédiée.", "La commande {v} est arrivée abîmée."),
                      "invoice": ("La facture {v} a été prélevée deux fois.", "Je n'ai jamais reçu la facture {v}."),
                      "tracking": ("Le suivi du colis {v} ne bouge plus depuis mardi.",
                                   "Le suivi indique que {v} est livré, mais rien n'est arrivé."),
                      "ticket": ("Je reviens vers vous au sujet du ticket {v}.",
                                 "Votre collègue a clôturé le ticket {v} sans réponse.")},
            N_CUSTID: ("Mon identifiant client est {v}.", "Identifiant {v}, si besoin."),
            N_TS: ("Le journal d'erreurs indique {v}.", "La dernière synchronisation date du {v}."),
            N_TIME: ("Je suis disponible demain après {v}.", "C'est arrivé de nouveau à {v}."),
            N_DATE: ("J'ai passé la commande le {v}.", "L'abonnement se renouvelle le {v}."),
            N_PRICE: ("On m'a facturé {v} au lieu du prix annoncé.", "Le total s'élève à {v}."),
            N_AMOUNT: ("L'application indique qu'il me reste {v}.", "Le mois dernier j'ai consommé {v}."),
            N_PERCENT: ("On m'avait promis {v} de remise.", "La batterie tombe à {v} en une heure."),
            N_VERSION: ("J'utilise la version {v} de l'application.", "Depuis la mise à jour {v}, plus rien ne marche."),
            N_IP: ("Mon adresse IP est {v}.", "La connexion venait de {v}, ce n'était pas moi."),
            N_POSTCODE: ("Le code postal de livraison est {v}.", "Nous avons déménagé, nouveau code postal : {v}."),
            N_LUHNFAIL: ("La référence de l'opération sur mon relevé est {v}.",
                         "Le reçu porte la référence {v}."),
            N_OTHERVALID: ("Le code du bon d'achat est {v}.", "Mon identifiant de fidélité est {v}."),
            N_REF334: ("Votre référence {v} figure sur le courrier.", "La commande n° {v} a été livrée en deux colis.",
                       "Le dossier {v} est toujours ouvert."),
        },
        titles=("Responsable des achats", "Directrice commerciale", "Chef de projet", "Assistante de direction",
                "Responsable logistique"),
        disclaimer=("Ce message peut contenir des informations confidentielles et est destiné uniquement à son "
                    "destinataire.",
                    "Si vous l'avez reçu par erreur, merci de prévenir l'expéditeur et de le supprimer."),
        sig_labels=("Tél. portable : ", "Portable : ", "Mobile : ", "Fax : ", "Téléphone : "),
        hdr=("De", "Envoyé", "À", "Objet"), hsep=" : ", orig="-----Message d'origine-----",
        form=dict(title="Nouvelle demande via le formulaire du site", submitted="Envoyé le", ip="Adresse IP",
                  name="Nom", company="Société", address="Adresse", email="E-mail", phone="Téléphone",
                  mobile="Portable", card="Carte bancaire", comments="Message"),
        support=("support", "service", "assistance"),
    ),
    "es": dict(
        greet=("Hola,", "Buenos días,", "Estimado equipo:", "Buenas tardes,"),
        close=("Saludos,", "Un saludo,", "Gracias,", "Atentamente,"),
        subjects=("Problema con mi entrega", "Cobro duplicado", "Sigo esperando el reembolso",
                  "La aplicación me desconecta", "Duda sobre mi suscripción", "Artículo equivocado",
                  "Actualizar mis datos"),
        fillers=("Espero que podáis ayudarme.", "El problema viene de hace tiempo.",
                 "Ya reinicié la aplicación y cerré sesión.", "Nada cambió tras la última actualización.",
                 "Vuestro compañero fue muy amable pero no pudo resolverlo.",
                 "Decidme qué más necesitáis de mi parte.", "Agradecería una respuesta rápida.",
                 "Sinceramente, ya estoy algo harto.", "La web sigue mostrando el mismo mensaje.",
                 "Llevamos años usando vuestro servicio.", "Mi pareja tuvo el mismo problema la semana pasada.",
                 "No sé si este es el equipo adecuado.", "Perdón por el mensaje tan largo.",
                 "La entrega tenía que haber llegado mucho antes.", "Gracias de antemano por revisarlo.",
                 "Nadie respondió a mi mensaje anterior.", "He adjuntado capturas donde he podido."),
        chat=("vale", "un momento", "¡gracias!", "lo reviso", "claro", "sin problema", "qué raro",
              "sigue cargando...", "sí, eso es", "genial, gracias", "¿alguna novedad?", "mmm, no pasa nada"),
        chat_hello="Hola, gracias por esperar. ¿En qué puedo ayudarte?",
        chat_start="Chat iniciado", chat_end="Chat finalizado", system="Sistema",
        kw=("móvil", "teléfono"), KW=("Tel.", "Teléfono", "Móvil", "Fax"),
        phone_kw=("Lo más fácil es llamarme al {kw}: {v}", "{KW}: {v}", "Mi {kw} nuevo es el {v}",
                  "Podéis localizarme en el {kw} {v} por las tardes.", "Para el repartidor: {kw} {v}",
                  "Estoy de viaje, así que solo {kw}: {v}", "Teléfono de contacto: {v}",
                  "Si no contesto, probad en el {kw} {v} después de las seis."),
        phone_free=("Estoy fuera hasta final de mes, me podéis localizar en el {v}.", "{first} está en recepción, en el {v}.",
                    "Si es urgente, marcad el {v} y preguntad por mí."),
        nanp=("Nuestra oficina de {nacity} atiende en el {v}.", "Los compañeros de {nacity} me dieron el {v}.",
              "Ayer probé dos veces el {v} y nadie contestó."),
        card_kw=("Por favor, cargadlo a mi {cw} {v}.", "La {cw} registrada es la {v}, caduca el año que viene.",
                 "Pagué con mi {cw} {v} pero el pago sigue pendiente.", "Mi nueva {cw}: {v}",
                 "¿Podéis devolverlo a mi {cw} {v}?"),
        card_free=("Introduje {v} y la página se recargó sin más.", "Alguien usó {v} sin mi permiso."),
        brands={"Visa": "tarjeta Visa", "Mastercard": "tarjeta Mastercard", "American Express": "tarjeta Amex",
                "Discover": "tarjeta Discover", "JCB": "tarjeta JCB", "Diners Club": "tarjeta Diners Club"},
        cards=("tarjeta", "tarjeta de crédito", "tarjeta de débito"),
        look={
            N_ORDER: {"order": ("Mi pedido {v} todavía no ha salido.", "El pedido {v} llegó dañado."),
                      "invoice": ("La factura {v} se cobró dos veces.", "Nunca recibí la factura {v}."),
                      "tracking": ("El seguimiento del envío {v} no se mueve desde el martes.",
                                   "Según el seguimiento, {v} está entregado, pero no ha llegado nada."),
                      "ticket": ("Escribo por la incidencia {v}.",
                                 "Vuestro compañero cerró la incidencia {v} sin responder.")},
            N_CUSTID: ("Mi ID de cliente es {v}.", "ID de cliente {v}, por si lo necesitáis."),
            N_TS: ("El registro de errores muestra {v}.", "La última sincronización fue el {v}."),
            N_TIME: ("Mañana estoy libre a partir de las {v}.", "Volvió a pasar a las {v}."),
            N_DATE: ("Hice el pedido el {v}.", "La suscripción se renueva el {v}."),
            N_PRICE: ("Me cobraron {v} en lugar del precio anunciado.", "El total fue de {v}."),
            N_AMOUNT: ("La aplicación dice que me quedan {v}.", "El mes pasado gasté {v}."),
            N_PERCENT: ("Me prometieron un {v} de descuento.", "La batería baja al {v} en una hora."),
            N_VERSION: ("Uso la versión {v} de la aplicación.", "Desde la actualización a {v} ya no funciona."),
            N_IP: ("Mi dirección IP es {v}.", "El acceso vino de {v} y no fui yo."),
            N_POSTCODE: ("El código postal de entrega es el {v}.", "Nos hemos mudado, nuevo código postal: {v}."),
            N_LUHNFAIL: ("La referencia de la operación en mi extracto es {v}.", "El recibo muestra la referencia {v}."),
            N_OTHERVALID: ("El código del vale regalo es {v}.", "Mi código de socio es {v}."),
            N_REF334: ("Vuestra referencia {v} aparece en el correo.", "El pedido n.º {v} llegó en dos paquetes.",
                       "El expediente {v} sigue abierto."),
        },
        titles=("Responsable de compras", "Director comercial", "Jefa de proyecto", "Coordinador de logística",
                "Asistente de dirección"),
        disclaimer=("Este mensaje puede contener información confidencial y está dirigido únicamente a su destinatario.",
                    "Si lo ha recibido por error, avise al remitente y bórrelo."),
        sig_labels=("Tel.: ", "Teléfono: ", "Móvil: ", "Fax: "),
        hdr=("De", "Enviado el", "Para", "Asunto"), hsep=": ", orig="-----Mensaje original-----",
        form=dict(title="Nueva solicitud desde el formulario web", submitted="Enviado", ip="Dirección IP",
                  name="Nombre", company="Empresa", address="Dirección", email="Correo electrónico",
                  phone="Teléfono", mobile="Móvil", card="Tarjeta", comments="Comentarios"),
        support=("soporte", "ayuda", "atencion"),
    ),
    "it": dict(
        greet=("Buongiorno,", "Salve,", "Gentile assistenza,", "Ciao,"),
        close=("Cordiali saluti,", "Grazie,", "Saluti,", "Buona giornata,"),
        subjects=("Problema con la consegna", "Addebito doppio", "Aspetto ancora il rimborso",
                  "L'app mi disconnette", "Domanda sull'abbonamento", "Articolo sbagliato",
                  "Aggiornamento dei miei dati"),
        fillers=("Spero che possiate aiutarmi.", "Il problema va avanti da un po'.",
                 "Ho già riavviato l'app e fatto il logout.", "Non è cambiato nulla dopo l'ultimo aggiornamento.",
                 "Il vostro collega è stato gentile ma non ha risolto.", "Fatemi sapere cos'altro vi serve.",
                 "Apprezzerei una risposta veloce.", "Sinceramente comincio a essere un po' stufo.",
                 "Il sito continua a mostrare lo stesso messaggio.", "Usiamo il vostro servizio da anni.",
                 "Mia moglie ha avuto lo stesso problema la settimana scorsa.",
                 "Non so se questo è l'ufficio giusto.", "Scusate il messaggio lungo.",
                 "La consegna doveva arrivare molto prima.", "Grazie in anticipo per l'attenzione.",
                 "Nessuno ha risposto al mio messaggio precedente.", "Ho allegato qualche schermata dove possibile."),
        chat=("ok", "un attimo", "grazie!", "controllo", "certo", "nessun problema", "strano",
              "sta ancora caricando...", "sì, esatto", "perfetto, grazie", "novità?", "mah, non succede niente"),
        chat_hello="Ciao, grazie per l'attesa. Come posso aiutarti?",
        chat_start="Chat avviata", chat_end="Chat terminata", system="Sistema",
        kw=("cellulare", "telefono"), KW=("Tel.", "Telefono", "Cell.", "Cellulare", "Fax"),
        phone_kw=("Il modo più semplice è chiamarmi al {kw}: {v}", "{KW}: {v}", "Il mio {kw} è cambiato, ora è il {v}",
                  "Potete trovarmi al {kw} {v} nel pomeriggio.", "Per il corriere: {kw} {v}",
                  "Sono in viaggio, quindi solo {kw}: {v}", "Recapito: cell. {v}",
                  "Se non rispondo, provate al {kw} {v} dopo le sei."),
        phone_free=("Sono all'estero fino a fine mese, mi trovate al {v}.", "{first} è alla reception, al {v}.",
                    "Se è urgente, componete il {v} e chiedete di me."),
        nanp=("Il nostro ufficio di {nacity} risponde al {v}.", "I colleghi di {nacity} mi hanno dato il {v}.",
              "Ieri ho provato due volte il {v} ma non ha risposto nessuno."),
        card_kw=("Addebitate pure sulla mia {cw} {v}.", "La {cw} registrata è la {v}, scade l'anno prossimo.",
                 "Ho pagato con la mia {cw} {v} ma il pagamento risulta in sospeso.", "La mia nuova {cw}: {v}",
                 "Potete rimborsare sulla {cw} {v}?"),
        card_free=("Ho inserito {v} e la pagina si è ricaricata.", "Qualcuno ha usato {v} senza il mio permesso."),
        brands={"Visa": "carta Visa", "Mastercard": "carta Mastercard", "American Express": "carta Amex",
                "Discover": "carta Discover", "JCB": "carta JCB", "Diners Club": "carta Diners Club"},
        cards=("carta di credito", "carta", "carta di debito"),
        look={
            N_ORDER: {"order": ("Il mio ordine {v} non è ancora partito.", "L'ordine {v} è arrivato danneggiato."),
                      "invoice": ("La fattura {v} è stata addebitata due volte.", "Non ho mai ricevuto la fattura {v}."),
                      "tracking": ("Il tracciamento della spedizione {v} è fermo da martedì.",
                                   "Secondo il tracking {v} è stato consegnato, ma non è arrivato niente."),
                      "ticket": ("Vi scrivo per il ticket {v}.", "Il vostro collega ha chiuso il ticket {v} senza risposta.")},
            N_CUSTID: ("Il mio codice cliente è {v}.", "ID cliente {v}, se vi serve."),
            N_TS: ("Nel registro degli errori compare {v}.", "L'ultima sincronizzazione risale a {v}."),
            N_TIME: ("Domani sono libero dopo le {v}.", "È successo di nuovo alle {v}."),
            N_DATE: ("Ho fatto l'ordine il {v}.", "L'abbonamento si rinnova il {v}."),
            N_PRICE: ("Mi hanno addebitato {v} invece del prezzo indicato.", "Il totale è stato di {v}."),
            N_AMOUNT: ("L'app dice che mi restano {v}.", "Il mese scorso ho consumato {v}."),
            N_PERCENT: ("Mi avevano promesso uno sconto del {v}.", "La batteria scende al {v} in un'ora."),
            N_VERSION: ("Uso la versione {v} dell'app.", "Dall'aggiornamento alla {v} non funziona più."),
            N_IP: ("Il mio indirizzo IP è {v}.", "L'accesso è arrivato da {v}, non ero io."),
            N_POSTCODE: ("Il CAP di consegna è {v}.", "Ci siamo trasferiti, nuovo CAP: {v}."),
            N_LUHNFAIL: ("Il riferimento dell'operazione sull'estratto conto è {v}.",
                         "Sulla ricevuta c'è il riferimento {v}."),
            N_OTHERVALID: ("Il codice del buono regalo è {v}.", "Il mio codice fedeltà è {v}."),
            N_REF334: ("Il vostro riferimento {v} è indicato nella lettera.", "L'ordine n. {v} è arrivato in due pacchi.",
                       "La pratica {v} è ancora aperta."),
        },
        titles=("Responsabile acquisti", "Direttore commerciale", "Project manager", "Responsabile logistica",
                "Assistente di direzione"),
        disclaimer=("Questo messaggio può contenere informazioni riservate ed è destinato esclusivamente al "
                    "destinatario indicato.",
                    "Se lo avete ricevuto per errore, avvisate il mittente e cancellatelo."),
        sig_labels=("Tel. ", "Cell. ", "Cellulare: ", "Telefono: ", "Fax "),
        hdr=("Da", "Inviato", "A", "Oggetto"), hsep=": ", orig="-----Messaggio originale-----",
        form=dict(title="Nuova richiesta dal modulo del sito", submitted="Inviato il", ip="Indirizzo IP", name="Nome",
                  company="Azienda", address="Indirizzo", email="E-mail", phone="Telefono", mobile="Cellulare",
                  card="Carta di credito", comments="Messaggio"),
        support=("assistenza", "supporto"),
    ),
    "pt": dict(
        greet=("Olá,", "Bom dia,", "Boa tarde,", "Prezados,"),
        close=("Atenciosamente,", "Abraços,", "Obrigado,", "Att.,"),
        subjects=("Problema com a entrega", "Cobrança em dobro", "Ainda aguardo o reembolso",
                  "O app fica me desconectando", "Dúvida sobre a assinatura", "Recebi o item errado",
                  "Atualizar meus dados"),
        fillers=("Espero que vocês possam me ajudar.", "O problema já vem de algum tempo.",
                 "Já reiniciei o app e saí da sessão.", "Nada mudou depois da última atualização.",
                 "O atendente foi muito simpático, mas não resolveu.",
                 "Me avisem se precisarem de mais alguma coisa.", "Agradeço uma resposta rápida.",
                 "Sinceramente, já estou ficando cansado.", "O site continua mostrando a mesma mensagem.",
                 "Usamos o serviço de vocês há anos.", "Minha esposa teve o mesmo problema semana passada.",
                 "Não sei se este é o setor certo.", "Desculpem a mensagem longa.",
                 "A entrega deveria ter chegado bem antes.", "Obrigado desde já pela atenção.",
                 "Ninguém respondeu minha mensagem anterior.", "Anexei algumas capturas quando deu."),
        chat=("ok", "só um instante", "valeu!", "vou verificar", "claro", "sem problema", "estranho",
              "ainda carregando...", "sim, isso mesmo", "ótimo, obrigado", "alguma novidade?", "hmm, nada aconteceu"),
        chat_hello="Olá, obrigado por aguardar. Como posso ajudar?",
        chat_start="Chat iniciado", chat_end="Chat encerrado", system="Sistema",
        kw=("celular", "telefone", "WhatsApp"), KW=("Tel.", "Telefone", "Celular", "WhatsApp", "Fax"),
        phone_kw=("O jeito mais fácil de falar comigo é pelo {kw}: {v}", "{KW}: {v}", "Meu {kw} mudou, agora é {v}",
                  "Podem me chamar no {kw} {v} à tarde.", "Para o entregador: {kw} {v}",
                  "Estou viajando, então só pelo {kw}: {v}", "Contato: {v}",
                  "Se eu não atender, tentem o {kw} {v} depois das seis."),
        phone_free=("Estou fora do país até o fim do mês, me achem no {v}.", "{first} fica na recepção, no {v}.",
                    "Se for urgente, liguem para {v} e perguntem por mim."),
        nanp=("Nosso escritório de {nacity} atende no {v}.", "Os colegas de {nacity} me passaram o {v}.",
              "Ontem tentei duas vezes o {v} e ninguém atendeu."),
        card_kw=("Podem cobrar no meu {cw} {v}.", "O {cw} cadastrado é {v}, vence no ano que vem.",
                 "Paguei com meu {cw} {v} mas o pagamento continua pendente.", "Meu novo {cw}: {v}",
                 "Podem estornar no {cw} {v}?"),
        card_free=("Digitei {v} e a página simplesmente recarregou.", "Alguém usou {v} sem minha autorização."),
        brands={"Visa": "cartão Visa", "Mastercard": "cartão Mastercard", "American Express": "cartão Amex",
                "Discover": "cartão Discover", "JCB": "cartão JCB", "Diners Club": "cartão Diners Club"},
        cards=("cartão de crédito", "cartão", "cartão de débito"),
        look={
            N_ORDER: {"order": ("Meu pedido {v} ainda não foi enviado.", "O pedido {v} chegou danificado."),
                      "invoice": ("A fatura {v} foi cobrada duas vezes.", "Nunca recebi a fatura {v}."),
                      "tracking": ("O rastreamento da encomenda {v} está parado desde terça.",
                                   "O rastreio diz que {v} foi entregue, mas não chegou nada."),
                      "ticket": ("Escrevo sobre o chamado {v}.", "Seu colega fechou o chamado {v} sem resposta.")},
            N_CUSTID: ("Meu código de cliente é {v}.", "ID de cliente {v}, caso precisem."),
            N_TS: ("O log de erros mostra {v}.", "A última sincronização foi em {v}."),
            N_TIME: ("Amanhã estou livre depois das {v}.", "Aconteceu de novo às {v}."),
            N_DATE: ("Fiz o pedido em {v}.", "A assinatura renova em {v}."),
            N_PRICE: ("Fui cobrado {v} em vez do preço anunciado.", "O total deu {v}."),
            N_AMOUNT: ("O app diz que ainda tenho {v}.", "No mês passado gastei {v}."),
            N_PERCENT: ("Prometeram {v} de desconto.", "A bateria cai para {v} em uma hora."),
            N_VERSION: ("Estou na versão {v} do app.", "Depois da atualização para {v} parou de funcionar."),
            N_IP: ("Meu endereço IP é {v}.", "O acesso veio de {v}, não fui eu."),
            N_POSTCODE: ("O CEP de entrega é {v}.", "Mudamos, o novo CEP é {v}."),
            N_LUHNFAIL: ("A referência da transação no meu extrato é {v}.", "O comprovante mostra a referência {v}."),
            N_OTHERVALID: ("O código do vale-presente é {v}.", "Meu código de fidelidade é {v}."),
            N_REF334: ("A referência {v} aparece na correspondência.", "O pedido nº {v} veio em duas caixas.",
                       "O protocolo {v} continua aberto."),
        },
        titles=("Gerente de compras", "Diretora comercial", "Coordenador de projetos", "Analista de logística",
                "Assistente administrativa"),
        disclaimer=("Esta mensagem pode conter informações confidenciais e é destinada apenas ao destinatário indicado.",
                    "Se recebeu por engano, avise o remetente e apague-a."),
        sig_labels=("Tel.: ", "Celular: ", "WhatsApp: ", "Telefone: ", "Fax: "),
        hdr=("De", "Enviada em", "Para", "Assunto"), hsep=": ", orig="-----Mensagem original-----",
        form=dict(title="Nova solicitação pelo formulário do site", submitted="Enviado em", ip="Endereço IP",
                  name="Nome", company="Empresa", address="Endereço", email="E-mail", phone="Telefone",
                  mobile="Celular", card="Cartão de crédito", comments="Mensagem"),
        support=("suporte", "atendimento", "sac"),
    ),
    "nl": dict(
        greet=("Hallo,", "Beste servicedesk,", "Goedemiddag,", "Hoi,"),
        close=("Met vriendelijke groet,", "Groeten,", "Alvast bedankt,", "Groet,"),
        subjects=("Probleem met mijn levering", "Dubbel afgeschreven", "Nog steeds geen terugbetaling",
                  "App logt me steeds uit", "Vraag over mijn abonnement", "Verkeerd artikel ontvangen",
                  "Gegevens wijzigen"),
        fillers=("Ik hoop dat jullie me kunnen helpen.", "Het probleem speelt al een tijdje.",
                 "Ik heb de app al opnieuw opgestart en ben uitgelogd.", "Na de laatste update is er niets veranderd.",
                 "Jullie collega was erg vriendelijk maar kon het niet oplossen.",
                 "Laat maar weten wat jullie nog van me nodig hebben.", "Een snel antwoord zou ik waarderen.",
                 "Eerlijk gezegd begin ik er een beetje genoeg van te krijgen.",
                 "De website laat steeds dezelfde melding zien.", "We gebruiken jullie dienst al jaren.",
                 "Mijn vriendin had vorige week hetzelfde probleem.",
                 "Ik weet niet of ik hier aan het juiste adres ben.", "Sorry voor het lange bericht.",
                 "De levering had veel eerder moeten komen.", "Alvast bedankt voor het uitzoeken.",
                 "Niemand heeft op mijn vorige bericht gereageerd.", "Ik heb waar mogelijk screenshots bijgevoegd."),
        chat=("ok", "momentje", "dank je!", "ik kijk even", "prima", "geen probleem", "vreemd",
              "laadt nog steeds...", "ja, klopt", "top, bedankt", "nog nieuws?", "hm, er gebeurt niets"),
        chat_hello="Hallo, bedankt voor het wachten. Waarmee kan ik helpen?",
        chat_start="Chat gestart", chat_end="Chat beëindigd", system="Systeem",
        kw=("mobiel", "telefoon", "gsm"), KW=("Tel.", "Telefoon", "Mobiel", "Fax", "GSM"),
        phone_kw=("Het makkelijkst ben ik bereikbaar op mijn {kw}: {v}", "{KW}: {v}", "Mijn {kw} is gewijzigd, nu {v}",
                  "Bel me gerust op mijn {kw}, {v}, na drie uur.", "Voor de bezorger: {kw} {v}",
                  "Ik ben op reis, dus alleen {kw}: {v}", "Tel. {v}", "Als ik niet opneem, probeer dan {kw} {v} na zessen."),
        phone_free=("Ik zit tot eind van de maand in het buitenland, bereikbaar op {v}.", "{first} zit bij de receptie, op {v}.",
                    "Als het dringend is, bel {v} en vraag naar mij."),
        nanp=("Ons kantoor in {nacity} is bereikbaar op {v}.", "De collega's in {nacity} gaven me {v}.",
              "Ik heb gisteren twee keer {v} geprobeerd, maar niemand nam op."),
        card_kw=("Schrijf het bedrag maar af van mijn {cw} {v}.", "De opgeslagen {cw} is {v}, die verloopt volgend jaar.",
                 "Ik heb betaald met mijn {cw} {v}, maar de betaling blijft hangen.", "Mijn nieuwe {cw}: {v}",
                 "Kunnen jullie het terugstorten op {cw} {v}?"),
        card_free=("Ik vulde {v} in en de pagina laadde gewoon opnieuw.", "Iemand heeft {v} gebruikt zonder mijn toestemming."),
        brands={"Visa": "Visa", "Mastercard": "Mastercard", "American Express": "Amex-creditcard",
                "Discover": "Discover-creditcard", "JCB": "JCB-creditcard", "Diners Club": "Diners Club-creditcard"},
        cards=("creditcard",),
        look={
            N_ORDER: {"order": ("Mijn bestelling {v} is nog steeds niet verzonden.", "Bestelling {v} kwam beschadigd aan."),
                      "invoice": ("Factuur {v} is twee keer afgeschreven.", "Ik heb factuur {v} nooit ontvangen."),
                      "tracking": ("De track-and-trace {v} staat sinds dinsdag stil.",
                                   "Volgens de track-and-trace is {v} bezorgd, maar er is niets aangekomen."),
                      "ticket": ("Dit gaat over ticket {v}.", "Jullie collega heeft ticket {v} zonder antwoord gesloten.")},
            N_CUSTID: ("Mijn klantnummer is {v}.", "Klant-ID {v}, voor het geval jullie het nodig hebben."),
            N_TS: ("In het foutenlogboek staat {v}.", "De laatste synchronisatie was op {v}."),
            N_TIME: ("Morgen ben ik vrij na {v}.", "Het gebeurde weer om {v}."),
            N_DATE: ("Ik heb op {v} besteld.", "Het abonnement wordt verlengd op {v}."),
            N_PRICE: ("Er is {v} afgeschreven in plaats van de geadverteerde prijs.", "Het totaal kwam op {v}."),
            N_AMOUNT: ("Volgens de app heb ik nog {v}.", "Vorige maand heb ik {v} verbruikt."),
            N_PERCENT: ("Er was {v} korting beloofd.", "De batterij zakt binnen een uur naar {v}."),
            N_VERSION: ("Ik gebruik versie {v} van de app.", "Sinds de update naar {v} werkt het niet meer."),
            N_IP: ("Mijn IP-adres is {v}.", "De login kwam van {v}, dat was ik niet."),
            N_POSTCODE: ("De postcode van het afleveradres is {v}.", "We zijn verhuisd, nieuwe postcode: {v}."),
            N_LUHNFAIL: ("De transactiereferentie op mijn afschrift is {v}.", "Op de bon staat referentie {v}."),
            N_OTHERVALID: ("De code van de cadeaubon is {v}.", "Mijn spaarkaartcode is {v}."),
            N_REF334: ("Uw kenmerk {v} staat op de brief.", "Bestelnr. {v} is in twee pakketten geleverd.",
                       "Dossier {v} staat nog open."),
        },
        titles=("Inkoopmanager", "Commercieel directeur", "Projectleider", "Teamleider logistiek", "Officemanager"),
        disclaimer=("Dit bericht kan vertrouwelijke informatie bevatten en is alleen bestemd voor de geadresseerde.",
                    "Hebt u het per vergissing ontvangen, laat het de afzender weten en verwijder het."),
        sig_labels=("Tel.: ", "Telefoon: ", "Mobiel: ", "Fax: ", "GSM: "),
        hdr=("Van", "Verzonden", "Aan", "Onderwerp"), hsep=": ", orig="-----Oorspronkelijk bericht-----",
        form=dict(title="Nieuwe aanvraag via het webformulier", submitted="Verzonden", ip="IP-adres", name="Naam",
                  company="Bedrijf", address="Adres", email="E-mail", phone="Telefoon", mobile="Mobiel",
                  card="Creditcard", comments="Opmerkingen"),
        support=("service", "support", "helpdesk"),
    ),
}


def check_static() -> list:
    """The language data keeps its promises (run before anything is generated)."""
    problems = []

    def static(t):
        return fold(re.sub(r"\{\w+\}", " ", t))

    for lang in LANGS:
        L = TEXT[lang]
        for key in ("fillers", "chat", "greet", "close", "subjects", "titles", "disclaimer"):
            problems += [f"{lang} {key} not clean: {s!r}" for s in L[key] if not clean(s)]
        for key in ("chat_hello", "chat_start", "chat_end"):
            if not clean(L[key]):
                problems.append(f"{lang} {key} not clean: {L[key]!r}")
        for t in L["nanp"] + L["phone_free"]:
            if PHONE_LIBERAL.search(static(t)) or CARD_LIBERAL.search(static(t)) or LABEL_LIBERAL.search(static(t)):
                problems.append(f"{lang} keyword-free phone template has a keyword: {t!r}")
        for t in L["card_free"]:
            if CARD_LIBERAL.search(static(t)):
                problems.append(f"{lang} card-free template has a card word: {t!r}")
        for t in L["phone_kw"]:
            if "{kw}" not in t and "{KW}" not in t and not PHONE_STRICT.search(lower1(t)):
                problems.append(f"{lang} phone template without keyword: {t!r}")
        for word in L["kw"] + L["KW"] + tuple(L["sig_labels"]) + (L["form"]["phone"], L["form"]["mobile"]):
            if not PHONE_STRICT.search(lower1(word)):
                problems.append(f"{lang} phone keyword not a whole keyword: {word!r}")
        for word in tuple(L["brands"].values()) + L["cards"] + (L["form"]["card"],):
            if not CARD_STRICT.search(lower1(word)):
                problems.append(f"{lang} card word not a whole keyword: {word!r}")
        for cat, tpls in L["look"].items():
            for t in (tpl for group in (tpls.values() if isinstance(tpls, dict) else (tpls,)) for tpl in group):
                if PHONE_LIBERAL.search(static(t)) or CARD_LIBERAL.search(static(t)):
                    problems.append(f"{lang} look-alike template has a keyword: {t!r}")
    return problems


# --- documents --------------------------------------------------------------------------------

def part_text(p) -> str:
    return p.value if isinstance(p, Plant) else p


def flatten(parts) -> list:
    out = []
    for part in parts:
        out.extend(flatten(part) if isinstance(part, (list, tuple)) else [part])
    return out


def fill(template: str, slots: dict) -> list:
    """Splits "text {slot} text" into text pieces and the slot values (str or Plant)."""
    parts = []
    for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
        if i % 2:
            parts.append(slots[piece])
        elif piece:
            parts.append(piece)
    return parts


def n_digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def forbidden(p: Plant):
    """(patterns, distance): what must not occur within distance characters before p."""
    if p.identifier is None and p.detail != TS_AFTER_PHONE:
        far = n_digits(p.value) >= 10
        return (PHONE_LIBERAL, CARD_LIBERAL), LONG_LOOKALIKE_DISTANCE if far else LOOKALIKE_DISTANCE
    if p.cat == P_NANP:
        return (PHONE_LIBERAL, CARD_LIBERAL, LABEL_LIBERAL), KIND1_KEYWORD_DISTANCE
    if p.cat == C_BRAND and "no card word" in p.detail:
        return (CARD_LIBERAL,), CARD_WORD_RANGE
    return None


class Doc:
    """A file as text pieces and Plants. add() checks each new Plant against the text before
    it and, where a keyword is too close, first writes filler sentences (never inside the
    piece being added: a template that breaks its own rule is an error)."""

    def __init__(self, v, path: str, lang: str, ctx: str):
        self.v, self.path, self.lang, self.ctx = v, path, lang, ctx
        self.parts, self.text, self.folded = [], "", ""

    def size(self) -> int:
        return len(self.text.encode("utf-8"))

    def _append(self, parts):
        for p in parts:
            self.parts.append(p)
            t = part_text(p)
            self.text += t
            self.folded += fold(t)
            if isinstance(p, Plant):
                p.ctx = self.ctx
                self.v.count[p.cat] += 1

    def _violation(self, parts):
        """End of the latest keyword that is too close before one of the new Plants, or None."""
        new = "".join(part_text(p) for p in parts)
        lo = max(0, len(self.text) - LONG_LOOKALIKE_DISTANCE - 40)
        while lo > 0 and self.folded[lo - 1].isalnum():
            lo -= 1
        window = self.folded[lo:] + fold(new)
        worst, pos = None, len(self.text) - lo
        for p in parts:
            if isinstance(p, Plant):
                rule = forbidden(p)
                if rule:
                    for pat in rule[0]:
                        for m in pat.finditer(window, 0, pos):
                            if m.end() > pos - rule[1]:
                                worst = max(worst or 0, m.end() + lo)
            pos += len(part_text(p))
        return worst

    def add(self, *parts):
        parts = [p for p in flatten(parts) if p != ""]
        for _ in range(8):
            bad = self._violation(parts)
            if bad is None:
                self._append(parts)
                return self
            if bad > len(self.text):
                raise AssertionError(f"{self.path}: keyword inside the piece {''.join(map(part_text, parts))!r}")
            lead = "" if not self.text or self.text[-1].isspace() else (". " if self.text[-1].isalnum() else " ")
            first = part_text(parts[0]) if parts else " "
            trail = "" if first[:1].isspace() else " "
            self._append([lead + self.v.cycle("filler-" + self.lang, TEXT[self.lang]["fillers"]) + trail])
        raise AssertionError(f"{self.path}: padding did not help before {parts!r}")

    def sep(self) -> str:
        return "" if not self.text or self.text[-1].isspace() else " "

    def render(self):
        """(bytes, labels, char spans (start, end, plant))."""
        out, labels, spans, chars = bytearray(), [], [], 0
        for part in self.parts:
            text = part_text(part)
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
        assert out.decode("utf-8") == self.text
        return bytes(out), labels, spans


def choose(v: Values, cats):
    """A category, favouring those furthest below their target."""
    weights = [max(TARGET[c] - v.count[c], 0) + 4 for c in cats]
    return v.rng.choices(cats, weights)[0]


def make_phone(v: Values, lang: str, cat: str, keyword: bool) -> Plant:
    """A phone Plant of category cat for a file in lang; keyword says whether a phone keyword
    will stand right before it (national numbers outside NANP need one)."""
    if cat == P_NANP:
        return v.nanp_free()
    if cat == P_INTL:
        return v.intl()
    if cat == P_NAT:
        return v.national(v.cycle("nat-region-" + lang, LANG_REGIONS[lang]))
    if cat == P_BAD:
        if v.chance(0.6):
            region = v.cycle("bad-nat-region-" + lang, LANG_REGIONS[lang])
            # Brazilians write (11) 9xxxx-xxxx, without the national prefix 0: the wrong
            # number goes in international form
            return v.invalid(region, region != "BR")
        return v.invalid(v.cycle("bad-intl-region", INTL_REGIONS), False)
    assert cat == P_EXT
    mode = v.cycle(f"ext-mode-{keyword}", ("nanp", "intl", "local", "local") if keyword else ("nanp", "intl"))
    if mode == "local" and lang != "en_US":
        return v.with_ext(LANG_REGIONS[lang][0], True)
    if mode == "intl":
        return v.with_ext(v.cycle("ext-intl-region", INTL_REGIONS), False)
    return v.with_ext(v.cycle("ext-nanp-region", ("US", "US", "CA")), True)


def make_look(v: Values, lang: str, cat: str):
    """(Plant, template key) of a look-alike."""
    if cat == N_ORDER:
        sub = v.cycle("order-sub", ("order", "invoice", "tracking", "ticket"))
        return v.order(sub), sub
    return {
        N_CUSTID: v.custid, N_TS: lambda: v.timestamp(lang), N_TIME: lambda: v.time(lang),
        N_DATE: lambda: v.date(lang), N_PRICE: lambda: v.price(lang), N_AMOUNT: lambda: v.amount(lang),
        N_PERCENT: lambda: v.percent(lang), N_VERSION: v.version, N_IP: v.ip,
        N_POSTCODE: lambda: v.postcode(LOCALE[lang]), N_LUHNFAIL: v.luhn_fail, N_OTHERVALID: v.other_valid,
        N_REF334: v.ref334,
    }[cat](), None


def slots_for(v: Values, lang: str, template: str, plant: Plant, **extra) -> list:
    L = TEXT[lang]
    slots = {"v": plant}
    if "{kw}" in template:
        slots["kw"] = v.pick(L["kw"])
    if "{KW}" in template:
        slots["KW"] = v.pick(L["KW"])
    if "{first}" in template:
        slots["first"] = v.name(LOCALE[lang])[0]
    if "{nacity}" in template:
        slots["nacity"] = v.pick(NA_CITIES[plant.region if plant.region in NA_CITIES else "US"])
    slots.update(extra)
    return fill(template, slots)


def block(v: Values, lang: str, cat: str, chat: bool = False) -> list:
    """One sentence (or chat message) with one planted value of category cat."""
    L = TEXT[lang]

    def sentence(key, templates, plant, **extra):
        template = v.cycle(f"tpl-{lang}-{key}", templates)      # every template before any repeats
        if not chat and template.endswith("{v}"):
            template += "."
        return slots_for(v, lang, template, plant, **extra)

    if cat in PHONE_CATS:
        keyword = cat in (P_NAT, P_BAD) or (cat in (P_INTL, P_EXT) and v.chance(0.5))
        plant = make_phone(v, lang, cat, keyword)
        if cat == P_NANP:
            return sentence("nanp", L["nanp"] + L["phone_free"], plant)
        if not keyword:
            return sentence("phone-free", L["phone_free"], plant)
        if chat and v.chance(0.75):      # the line ends with keyword + number
            return sentence("phone-kw-end", tuple(t for t in L["phone_kw"] if t.endswith("{v}")), plant)
        return sentence("phone-kw", L["phone_kw"], plant)
    if cat == C_BRAND:
        plant, brand = v.brand_card()
        if v.chance(0.7):
            word = L["brands"][brand.name] if v.chance(0.6) else v.pick(L["cards"])
            plant.detail += ", after card word"
            return sentence("card-kw", L["card_kw"], plant, cw=word)
        plant.detail += ", no card word"
        return sentence("card-free", L["card_free"], plant)
    if cat == C_OTHER:
        return sentence("card-kw", L["card_kw"], v.other_card(), cw=v.pick(L["cards"]))
    plant, sub = make_look(v, lang, cat)
    return sentence(f"{cat}-{sub}", L["look"][cat][sub] if sub else L["look"][cat], plant)


def copy(p: Plant) -> Plant:
    return dataclasses.replace(p)


def rfc2822(v: Values, t: dt.datetime) -> Plant:
    tz = v.pick(("+0000", "+0100", "+0200", "-0500", "-0800", "-0400"))
    value = (f"{WEEKDAYS['en'][t.weekday()][:3]}, {t.day} {MONTHS['en'][t.month - 1][:3]} {t.year} "
             f"{t:%H:%M:%S} {tz}")
    return neg(value, N_TS, "RFC 2822 e-mail date")


def support_address(v: Values, lang: str, domain: str) -> Plant:
    return Plant(f"{v.pick(TEXT[lang]['support'])}@{domain}", EMAIL, E_MAIL, f"{LOCALE[lang]} role address")


def address(v: Values, lang: str) -> list:
    loc = LOCALE[lang]
    street, b, city, pc = v.street(loc), v.building(loc), v.city(loc), v.postcode(loc)
    if loc == "en_US":
        state = v._clean_draw(v.fk(loc).state_abbr)
        return [f"{b} {street}, {city}, {state} ", pc]
    if loc == "en_GB":
        return [f"{b} {street}, {city} ", pc]
    if loc == "fr_FR":
        return [f"{b} {street}, ", pc, f" {city}"]
    if loc == "pt_BR":
        return [f"{street}, {b} – {city}, CEP ", pc]
    return [f"{street} {b}, ", pc, f" {city}"]


@dataclass
class Person:
    first: str
    last: str
    title: str
    company: str
    domain: str
    email: Plant

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def person(v: Values, lang: str) -> Person:
    loc = LOCALE[lang]
    first, last = v.name(loc)
    company = v.company(loc)
    domain = v.company_domain(loc, company)
    return Person(first, last, v.pick(TEXT[lang]["titles"]), company, domain, v.email(loc, (first, last), domain))


def ticket(v: Values, n: int) -> Doc:
    lang = v.cycle("ticket-lang", DOC_LANGS)
    L, loc = TEXT[lang], LOCALE[lang]
    doc = Doc(v, f"tickets/ticket-{n:04d}.txt", lang, f"{LANG_NAME[lang]} support ticket")
    first, last = v.name(loc)
    company = v.company(loc)
    doc.add("From: ", f"{first} {last} <", v.email(loc, (first, last)), ">\n")
    doc.add("To: ", f"{company} <", support_address(v, lang, v.company_domain(loc, company)), ">\n")
    doc.add("Date: ", rfc2822(v, v.when()), "\n")
    doc.add("Subject: ", v.cycle("subject-" + lang, L["subjects"]), "\n\n")
    doc.add(v.pick(L["greet"]), "\n\n")
    target, in_paragraph = v.rng.randint(1200, 4700), 0
    while doc.size() < target:
        if in_paragraph >= 2 and v.chance(0.35):
            doc.add("\n\n")
            in_paragraph = 0
        if v.chance(0.5):
            doc.add(doc.sep(), v.cycle("filler-" + lang, L["fillers"]))
        doc.add(doc.sep(), block(v, lang, choose(v, SENTENCE_CATS)))
        in_paragraph += 1
    doc.add("\n\n", v.pick(L["close"]), "\n", f"{first} {last}\n")
    return doc


def line_ends_in_keyword_phone(doc: Doc) -> bool:
    """The last line ends with a phone number that has a phone keyword at most 25 characters
    before it."""
    last = doc.parts[-1] if doc.parts else None
    if not (isinstance(last, Plant) and last.identifier == PHONE):
        return False
    end = len(doc.text) - len(last.value)
    before = lower1(doc.text[doc.text.rfind("\n", 0, end) + 1:end])
    return any(len(before) - m.end() <= NATIONAL_KEYWORD_RANGE for m in PHONE_STRICT.finditer(before))


def chat(v: Values, n: int) -> Doc:
    lang = v.cycle("chat-lang", DOC_LANGS)
    L, loc = TEXT[lang], LOCALE[lang]
    doc = Doc(v, f"chat/chat-{n:04d}.txt", lang, f"{LANG_NAME[lang]} chat")
    agent = v.name(loc)[0]
    customer = " ".join(v.name(loc)) if v.chance(0.5) else v.name(loc)[0]
    t = v.when()

    def line(speaker, *message):
        nonlocal t
        t += dt.timedelta(seconds=v.rng.randint(3, 170), microseconds=v.rng.randint(0, 999999))
        detail = TS_AFTER_PHONE if line_ends_in_keyword_phone(doc) else "chat line start"
        doc.add("\n" if doc.text else "", "[", neg(f"{t:%Y-%m-%dT%H:%M:%S.%f}", N_TS, detail), "] ", speaker, ": ")
        doc.add(*message)

    line(L["system"], L["chat_start"])
    line(agent, L["chat_hello"])
    target = v.rng.randint(1200, 4700)
    while doc.size() < target:
        speaker = customer if v.chance(0.6) else agent
        if v.chance(0.2):
            line(speaker, v.pick(L["chat"]))
        else:
            line(speaker, block(v, lang, choose(v, SENTENCE_CATS), chat=True))
    line(L["system"], L["chat_end"])
    doc.add("\n")
    return doc


def signature(v: Values, lang: str, who: Person) -> list:
    L = TEXT[lang]
    parts = [who.full, "\n"]
    parts += [f"{who.title} | {who.company}\n"] if v.chance(0.5) else [who.title, "\n", who.company, "\n"]
    parts += address(v, lang) + ["\n"]
    if lang == "en_US" and v.chance(0.3):
        # O: / M: / D: lines: NANP numbers with no phone keyword before them
        letters = v.rng.sample(("O: ", "M: ", "D: "), v.rng.randint(1, 2))
        joiner = v.pick((" | ", "\n"))
        for i, letter in enumerate(letters):
            parts += [joiner if i else "", letter, v.nanp_free()]
        parts.append("\n")
    else:
        for label in v.rng.sample(L["sig_labels"], v.rng.randint(1, 3)):
            parts += [label, make_phone(v, lang, choose(v, (P_NAT, P_INTL, P_EXT, P_BAD)), True), "\n"]
    parts += [copy(who.email), "\n", f"www.{who.domain}\n"]
    if v.chance(0.6):
        parts += [" ".join(L["disclaimer"][:v.rng.randint(1, 2)]), "\n"]
    return parts


def thread(v: Values, n: int) -> Doc:
    lang = v.cycle("sig-lang", DOC_LANGS)
    L = TEXT[lang]
    doc = Doc(v, f"signatures/thread-{n:04d}.txt", lang, f"{LANG_NAME[lang]} e-mail signature")
    a, b = person(v, lang), person(v, lang)
    subject = v.cycle("subject-" + lang, L["subjects"])
    t = v.when()
    target = v.rng.randint(1400, 4500)
    i = 0
    while i < 2 or doc.size() < target:
        sender, recipient = (a, b) if i % 2 == 0 else (b, a)
        hdr, s = L["hdr"], L["hsep"]
        if i:
            doc.add("\n", L["orig"], "\n")
        doc.add(hdr[0], s, f"{sender.full} <", copy(sender.email), ">\n")
        doc.add(hdr[1], s, v.timestamp(lang, t), "\n")
        doc.add(hdr[2], s, f"{recipient.full} <", copy(recipient.email), ">\n")
        doc.add(hdr[3], s, subject if doc.size() > target - 900 else "RE: " + subject, "\n\n")
        doc.add(v.pick(L["greet"]), "\n\n")
        for _ in range(v.rng.randint(1, 3)):
            if v.chance(0.5):
                doc.add(doc.sep(), v.cycle("filler-" + lang, L["fillers"]))
            doc.add(doc.sep(), block(v, lang, choose(v, SENTENCE_CATS)))
        doc.add("\n\n", v.pick(L["close"]), "\n", signature(v, lang, sender))
        t -= dt.timedelta(hours=v.rng.randint(1, 70), minutes=v.rng.randint(0, 59), seconds=v.rng.randint(0, 59))
        i += 1
    return doc


def forms(v: Values, n: int) -> Doc:
    lang = v.cycle("form-lang", DOC_LANGS)
    L, loc = TEXT[lang], LOCALE[lang]
    F, s = L["form"], L["hsep"]
    doc = Doc(v, f"forms/form-{n:04d}.txt", lang, f"{LANG_NAME[lang]} web form")
    target = v.rng.randint(1600, 4700)
    while not doc.text or doc.size() < target - 450:
        if doc.text:
            doc.add("\n", "-" * 40, "\n\n")
        first, last = v.name(loc)
        doc.add(F["title"], "\n")
        doc.add(F["submitted"], s, v.timestamp(lang), "\n")
        doc.add(F["ip"], s, v.ip(), "\n")
        doc.add(F["name"], s, f"{first} {last}\n")
        company = v.company(loc) if v.chance(0.5) else None
        if company:
            doc.add(F["company"], s, company, "\n")
        doc.add(F["address"], s, address(v, lang), "\n")
        domain = v.company_domain(loc, company) if company and v.chance(0.5) else None
        doc.add(F["email"], s, v.email(loc, (first, last), domain), "\n")
        doc.add(F["phone"], s, make_phone(v, lang, choose(v, (P_NAT, P_INTL, P_EXT, P_BAD)), True), "\n")
        if v.chance(0.4):
            doc.add(F["mobile"], s, make_phone(v, lang, choose(v, (P_NAT, P_INTL, P_BAD)), True), "\n")
        if v.chance(0.3):
            if choose(v, CARD_CATS) == C_BRAND:
                plant = v.brand_card()[0]
                plant.detail += ", after card word"
            else:
                plant = v.other_card()
            doc.add(F["card"], s, plant, "\n")
        doc.add(F["comments"], s)
        for _ in range(v.rng.randint(1, 5)):
            if v.chance(0.4):
                doc.add(doc.sep(), v.cycle("filler-" + lang, L["fillers"]))
            doc.add(doc.sep(), block(v, lang, choose(v, SENTENCE_CATS)))
        doc.add("\n")
    return doc


N_FILES = {"tickets": 60, "chat": 55, "signatures": 45, "forms": 45}
MAKERS = {"tickets": ticket, "chat": chat, "signatures": thread, "forms": forms}


# --- self-checks ------------------------------------------------------------------------------

DIGIT_RUN = re.compile(r"\d(?:[ \-./()]?\d)*")
CARD_RUN = re.compile(r"\d(?:[ .-]?\d)*")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
CHAT_LINE = re.compile(r"\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\] [^\n]*")


def spans_of(pattern, folded):
    return [(m.start(), m.end()) for m in pattern.finditer(folded)]


def check_file(path: str, data: bytes, labels: list, spans: list) -> list:
    problems = []
    text = data.decode("utf-8")
    folded = fold(text)
    if not FILE_SIZE[0] <= len(data) <= FILE_SIZE[1]:
        problems.append(f"{path}: {len(data)} bytes, outside {FILE_SIZE}")
    if path.startswith("chat/"):
        problems += [f"{path}: line without timestamp: {ln!r}" for ln in text.split("\n")[:-1] if not CHAT_LINE.fullmatch(ln)]
    for lab, (cs, ce, p) in zip(labels, spans):
        if data[lab["start"]:lab["end"]].decode("utf-8") != p.value or text[cs:ce] != p.value:
            problems.append(f"{path}@{lab['start']}: label bytes are not the value {p.value!r}")
        if (cs and text[cs - 1].isdigit()) or (ce < len(text) and text[ce].isdigit()):
            problems.append(f"{path}@{lab['start']}: {p.value!r} touches other digits")
    ordered = sorted((cs, ce) for cs, ce, _ in spans)
    problems += [f"{path}@{b[0]}: labels overlap" for a, b in zip(ordered, ordered[1:]) if b[0] < a[1]]

    def covered(s, e, accept=lambda p: True):
        return any(cs < e and s < ce and accept(p) for cs, ce, p in spans)

    for m in DIGIT_RUN.finditer(text):
        if n_digits(m.group()) >= 7 and not covered(m.start(), m.end()):
            problems.append(f"{path}@{m.start()}: unlabelled digit run {m.group()!r}")
    for m in CARD_RUN.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits) and not any(
                cs <= m.start() and m.end() <= ce and (p.identifier == CC or p.cat == N_OTHERVALID)
                for cs, ce, p in spans):
            problems.append(f"{path}@{m.start()}: Luhn-valid run {m.group()!r} outside a card label")
    for m in EMAIL_RE.finditer(text):
        if not any(cs == m.start() and ce == m.end() and p.identifier == EMAIL for cs, ce, p in spans):
            problems.append(f"{path}@{m.start()}: unlabelled e-mail address {m.group()!r}")
        if re.search(r"@(?:[\w-]+\.)*example\.|\.(?:test|invalid|localhost)$", m.group()):
            problems.append(f"{path}@{m.start()}: placeholder e-mail domain {m.group()!r}")

    phone_kw, card_kw, label_kw = (spans_of(r, folded) for r in (PHONE_LIBERAL, CARD_LIBERAL, LABEL_LIBERAL))
    lowered = lower1(text)
    phone_strict, card_strict = spans_of(PHONE_STRICT, lowered), spans_of(CARD_STRICT, lowered)

    def near(found, start, distance):
        return [folded[s:e] for s, e in found if e > start - distance and s < start]

    for cs, ce, p in spans:
        where = f"{path}@{cs} {p.value!r}"
        if p.cat == P_NANP:
            hits = near(phone_kw + card_kw + label_kw, cs, KIND1_KEYWORD_DISTANCE)
            if hits:
                problems.append(f"{where}: kind 1 with {hits} within {KIND1_KEYWORD_DISTANCE} before")
        if p.cat in (P_NAT, P_BAD) and not any(e <= cs and cs - e <= NATIONAL_KEYWORD_RANGE for s, e in phone_strict):
            problems.append(f"{where}: no phone keyword within {NATIONAL_KEYWORD_RANGE} before")
        if (p.cat == C_OTHER or "after card word" in p.detail) and not any(
                e <= cs and s >= cs - CARD_WORD_RANGE for s, e in card_strict):
            problems.append(f"{where}: no card word within {CARD_WORD_RANGE} before")
        if "no card word" in p.detail and near(card_kw, cs, CARD_WORD_RANGE):
            problems.append(f"{where}: card word within {CARD_WORD_RANGE} before")
        if p.cat == N_REF334 and not any(e <= cs and cs - e <= 8 for s, e in label_kw):
            problems.append(f"{where}: 3-3-4 look-alike without a label word right before")
        if p.identifier is None:
            if p.detail == TS_AFTER_PHONE:
                prev = [q for s, e, q in spans if e == cs - 2 and q.identifier == PHONE]
                line = lowered[lowered.rfind("\n", 0, cs - 2) + 1:cs - 2]
                if text[cs - 2:cs] != "\n[" or not prev or not any(
                        len(line) - len(prev[0].value) - e <= NATIONAL_KEYWORD_RANGE for s, e in spans_of(PHONE_STRICT, line)):
                    problems.append(f"{where}: not right after a line ending in phone keyword + number")
            else:
                distance = forbidden(p)[1]
                hits = near(phone_kw + card_kw, cs, distance)
                if hits:
                    problems.append(f"{where}: look-alike with {hits} within {distance} before")
    return problems


def phone_back(p: Plant):
    value = p.value
    if value.startswith("00"):
        value = "+" + value[2:]
    return pn.parse(value, p.region)


def check_values(spans: list) -> list:
    problems = []
    for _, _, p in spans:
        where = f"{p.ctx}: {p.value!r} ({p.cat})"
        digits = re.sub(r"\D", "", p.value)
        if p.identifier == PHONE:
            try:
                num = phone_back(p)
            except pn.NumberParseException as e:
                problems.append(f"{where}: does not parse ({e})")
                continue
            valid, possible = pn.is_valid_number(num), pn.is_possible_number(num)
            if p.cat == P_BAD:
                if valid or not possible:
                    problems.append(f"{where}: should be possible and invalid")
            elif not valid:
                problems.append(f"{where}: not valid")
            elif p.region and pn.region_code_for_number(num) != p.region:
                problems.append(f"{where}: region {pn.region_code_for_number(num)} != {p.region}")
            if (num.extension or "") != p.ext:
                problems.append(f"{where}: extension {num.extension!r} != {p.ext!r}")
            if p.cat == P_NANP and not re.fullmatch(r"(1-)?(\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}", p.value):
                problems.append(f"{where}: not a NANP number with separators")
            number_digits = digits[:len(digits) - len(p.ext)]
            if placeholder_digits(number_digits) or card_like(p.value):
                problems.append(f"{where}: placeholder digits or card-like")
            if p.region and (p.value.startswith("+") or p.value.startswith("00")):
                problems.append(f"{where}: region on an international number")
        elif p.identifier == CC:
            if not luhn_ok(digits) or digits in PUBLISHED_TEST_CARDS or placeholder_digits(digits):
                problems.append(f"{where}: Luhn, test number or placeholder")
            if p.cat == C_BRAND and not any(in_ranges(digits, b.prefixes) and len(digits) == b.length for b in BRANDS):
                problems.append(f"{where}: not in a brand's range")
            if p.cat == C_OTHER and (in_ranges(digits, KNOWN_RANGES) or len(digits) not in (15, 16)):
                problems.append(f"{where}: in a known range")
        elif p.identifier == EMAIL:
            if not EMAIL_RE.fullmatch(p.value) or re.search(r"example\.", p.value):
                problems.append(f"{where}: not a real-looking address")
        else:
            if p.cat == N_LUHNFAIL and (len(digits) != 16 or luhn_ok(digits)):
                problems.append(f"{where}: should be 16 digits failing Luhn")
            elif p.cat == N_OTHERVALID and (not luhn_ok(digits) or in_ranges(digits, KNOWN_RANGES)):
                problems.append(f"{where}: should pass Luhn outside the issuer ranges")
            elif p.cat not in (N_LUHNFAIL, N_OTHERVALID) and card_like(p.value):
                problems.append(f"{where}: look-alike is card-like")
            if p.cat in (N_CUSTID, N_REF334) and not (len(digits) == 10 and pn.is_valid_number(pn.parse(digits, "US"))):
                problems.append(f"{where}: not a valid NANP number")
            if p.cat == N_CUSTID and not p.value.isdigit():
                problems.append(f"{where}: customer id with separators")
    return problems


# --- main -------------------------------------------------------------------------------------

def generate(seed: int):
    """{relative path: bytes}, the labels (sorted), the counts; exits on any problem."""
    problems = check_static()
    assert all(luhn_ok(c) for c in PUBLISHED_TEST_CARDS)
    if problems:
        for p in problems:
            print("  " + p, file=sys.stderr)
        raise SystemExit(f"{len(problems)} problems in the language data")
    v = Values(seed)
    docs = []
    for i in range(max(N_FILES.values())):
        for kind, n in N_FILES.items():
            if i < n:
                docs.append(MAKERS[kind](v, i + 1))
    files, labels, all_spans = {}, [], []
    for doc in docs:
        assert doc.path not in files, doc.path
        data, doc_labels, spans = doc.render()
        problems += check_file(doc.path, data, doc_labels, spans)
        files[doc.path] = data
        labels += doc_labels
        all_spans += spans
    problems += check_values(all_spans)
    counts = Counter((p.identifier, p.cat) for _, _, p in all_spans)
    after_phone = sum(1 for _, _, p in all_spans if p.detail == TS_AFTER_PHONE)
    problems += [f"too few {ident or 'look-alike'} / {cat}: {counts[(ident, cat)]} < {n}"
                 for (ident, cat), n in MINIMUMS.items() if counts[(ident, cat)] < n]
    if after_phone < MIN_TS_AFTER_PHONE:
        problems.append(f"too few chat timestamps right after keyword + number: {after_phone}")
    if problems:
        for p in problems[:200]:
            print("  " + p, file=sys.stderr)
        raise SystemExit(f"{len(problems)} problems in the generated corpus; nothing written")
    labels.sort(key=lambda lab: (lab["file"], lab["start"]))
    return files, labels, counts, after_phone


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory (replaced)")
    args = ap.parse_args()
    files, labels, counts, after_phone = generate(args.seed)
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
    # Re-read what was written: every label's bytes are a value of its kind.
    written = {path: (out / path).read_bytes() for path in files}
    for label in labels:
        assert written[label["file"]][label["start"]:label["end"]] == files[label["file"]][label["start"]:label["end"]]
    size = sum(len(d) for d in files.values())
    by_dir = Counter(path.split("/")[0] for path in files)
    print(f"{len(files)} files ({', '.join(f'{d} {n}' for d, n in sorted(by_dir.items()))}), {size:,} bytes, "
          f"{len(labels)} labels -> {out}")
    print(f"  {'identifier':20} {'kind':60} {'count':>6} {'min':>5}")
    for ident, cat in CATEGORY_ORDER:
        print(f"  {ident or '(look-alike)':20} {cat:60} {counts[(ident, cat)]:6} {MINIMUMS[(ident, cat)]:5}")
    print(f"  {'(look-alike)':20} {'  of which ' + TS_AFTER_PHONE:60} {after_phone:6} {MIN_TS_AFTER_PHONE:5}")
    regions = Counter(lab["region"] for lab in labels if lab.get("region"))
    print("  national-form phones by region: " + ", ".join(f"{r} {n}" for r, n in sorted(regions.items())))
    sizes = sorted(len(d) for d in files.values())
    print(f"  file sizes: min {sizes[0]}, median {sizes[len(sizes) // 2]}, max {sizes[-1]} bytes")


if __name__ == "__main__":
    main()
