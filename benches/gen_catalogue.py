#!/usr/bin/env python3
"""A trawl.toml with N synthetic anchored identifiers (default 500), shaped like provider
token rules (a distinct literal prefix, a fixed-length body, some with keywords), for the
start-up benchmark (benches/startup.sh). Seeded: the same file every run.

    python3 benches/gen_catalogue.py OUT.toml [--count 500] [--seed 20261204]
"""
import argparse
import random
import string

parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("--count", type=int, default=500)
parser.add_argument("--seed", type=int, default=20261204)
args = parser.parse_args()
rng = random.Random(args.seed)
alphabets = ["[A-Za-z0-9]", "[a-f0-9]", "[A-Z2-7]", "[A-Za-z0-9_-]"]
seen = set()
with open(args.out, "w") as out:
    for i in range(args.count):
        while True:
            prefix = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 5)))
            prefix += rng.choice(["_", "-", "."])
            if prefix not in seen:
                seen.add(prefix)
                break
        body = rng.choice(alphabets)
        length = rng.choice([20, 24, 32, 36, 40, 48, 64])
        out.write("[[identifier]]\n")
        out.write(f'id = "SYNTHETIC_{i:04d}"\n')
        out.write(f'name = "Synthetic provider {i} token"\n')
        out.write('category = "CREDENTIALS"\nseverity = "HIGH"\n')
        out.write(f"regex = '\\b{prefix.replace('.', '[.]')}({body}{{{length}}})\\b'\n")
        out.write(f'anchors = ["{prefix}"]\n')
        if rng.random() < 0.3:
            out.write(f'keywords = ["{rng.choice(["token", "secret", "api key"])}"]\n')
            out.write("keyword_required = false\n")
        out.write("\n")
