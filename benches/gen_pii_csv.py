#!/usr/bin/env python3
"""A PII-dense CSV for the throughput benchmark: every row ~100 bytes holding a name, a card
number, a phone number, a birth date and an email address (seeded; same seed, same bytes).

usage: gen_pii_csv.py OUT.csv SIZE_MB
"""
import random
import sys

FIRST = ["Anna", "Ben", "Chloe", "David", "Emma", "Felix", "Grace", "Hugo", "Ines", "Jonas",
         "Karla", "Liam", "Mia", "Noah", "Olga", "Paul", "Rosa", "Sam", "Tina", "Yusuf"]
LAST = ["Meyer", "Smith", "Dubois", "Garcia", "Rossi", "Silva", "Novak", "Jensen", "Kowalski",
        "Brown", "Weber", "Martin", "Lopez", "Bianchi", "Costa", "Berg", "Fischer", "Moreau"]
DOMAINS = ["mail.com", "posteo.de", "gmx.net", "yahoo.fr", "outlook.com", "proton.me"]


def luhn_complete(prefix: str) -> str:
    digits = [int(c) for c in prefix]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return prefix + str((10 - total % 10) % 10)


def main() -> None:
    out, size = sys.argv[1], int(sys.argv[2]) << 20
    rng = random.Random(20261129)
    written = 0
    with open(out, "w", newline="") as f:
        header = "name,card_number,phone,dob,email\n"
        f.write(header)
        written += len(header)
        while written < size:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            card = luhn_complete(rng.choice(["4", "51", "52", "53", "54", "55"])
                                 + "".join(rng.choice("0123456789") for _ in range(13))[:14])
            card = card[:16] if len(card) > 16 else card
            card = luhn_complete(card[:15])
            phone = f"+1 {rng.randint(201, 989)} {rng.randint(200, 999)} {rng.randint(1000, 9999)}"
            dob = f"{rng.randint(1940, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            email = f"{first.lower()}.{last.lower()}{rng.randint(1, 999)}@{rng.choice(DOMAINS)}"
            row = f"{first} {last},{card},{phone},{dob},{email}\n"
            f.write(row)
            written += len(row)


if __name__ == "__main__":
    main()
