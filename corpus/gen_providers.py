#!/usr/bin/env python3
"""Seeded generator of the labelled provider-token accuracy corpus, generated/providers/.

    python3 corpus/gen_providers.py                 # rewrites corpus/generated/providers
    python3 corpus/gen_providers.py --seed 7 --out /tmp/providers

The credential identifiers beyond the original sixteen (one family file per provider under
identifiers/builtin/credentials/) are measured here. Each module of corpus/providers/ declares,
per identifier, how to make a valid value from the provider's documented format, the names it
is assigned to, and near misses (see corpus/providers/_lib.py). This script renders every
value in the places credentials leak: .env and shell files, YAML, JSON, TOML, Python,
JavaScript and Go code, and log lines; quoted and unquoted; and whole files of their own for
formats that are files (.netrc, .pgpass).

labels.jsonl has one line per planted value, as in generated/credentials/:

    {"file": "ai/app.env", "start": 120, "end": 160, "identifier": "OPENAI_API_KEY", "kind": "..."}

`identifier` is null for a near miss, which no identifier may report.

Values are made by the modules' own Python from each format's definition (prefix, length,
alphabet, CRC-32, bech32, Base58Check), never by calling trawl. Output is byte-identical for a
given --seed.
"""

import argparse
import importlib
import json
import random
import shutil
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "providers"))
from _lib import Rng  # noqa: E402

DEFAULT_SEED = 20261205
DEFAULT_OUT = HERE / "generated" / "providers"
# Planted values per Token (an identifier with two Tokens gets twice as many).
POSITIVES_PER_TOKEN = 24
# Renderings of each near miss.
RENDERINGS_PER_NEAR_MISS = 3

# (file, header, template, quote): `template` places NAME and VALUE on one line; `quote` is
# the quote character around the value, which a wrapped value must not contain.
STYLES = [
    ("app.env", "# application settings\n", "{name}={value}", ""),
    ("quoted.env", "# docker compose env_file\n", '{name}="{value}"', '"'),
    ("deploy.sh", "#!/usr/bin/env bash\nset -euo pipefail\n", "export {name}='{value}'", "'"),
    ("values.yaml", "config:\n", "  {name}: {value}", ""),
    ("secrets.yaml", "env:\n", '  {name}: "{value}"', '"'),
    ("settings.json", "{\n", '  "{name}": "{value}",', '"'),
    ("settings.toml", "[service]\n", '{name} = "{value}"', '"'),
    ("config.py", "import os\n\n", '{name} = "{value}"', '"'),
    ("environ.py", "import os\n\n", 'os.environ.setdefault("{name}", "{value}")', '"'),
    ("client.js", "'use strict';\n\n", "const {name} = '{value}';", "'"),
    ("main.go", "package main\n\nfunc config() {\n", '\t{name} := "{value}"', '"'),
    ("app.log", "", "2026-11-0{d}T10:{m:02d}:00Z DEBUG loaded settings {name}={value} attempt=1", ""),
]
FOOTERS = {"settings.json": '  "end": true\n}\n', "main.go": "}\n"}
# A harmless line between planted lines, per style, so that no two values share a line.
FILLERS = {
    "app.env": "LOG_LEVEL=info",
    "quoted.env": 'TZ="UTC"',
    "deploy.sh": "echo 'configuring'",
    "values.yaml": "  replicas: 3",
    "secrets.yaml": '  region: "eu-west-1"',
    "settings.json": '  "retries": 3,',
    "settings.toml": "timeout = 30",
    "config.py": "DEBUG = False",
    "environ.py": "TIMEOUT = 30",
    "client.js": "const retries = 3;",
    "main.go": "\tretries := 3",
    "app.log": "2026-11-01T10:00:00Z INFO healthy",
}


def identifier_name(name: str, style_file: str) -> str:
    """Names in code must be identifiers; others keep their spelling."""
    if style_file in ("config.py", "client.js", "main.go"):
        return name.replace("-", "_").replace(".", "_")
    return name


class Writer:
    """Lines of one file, with labels at byte offsets."""

    def __init__(self, path: str, header: str):
        self.path = path
        self.text = header
        self.labels = []

    def plant(self, line: str, value_at: int, value: str, identifier, kind: str) -> None:
        start = len(self.text.encode()) + len(line[:value_at].encode())
        end = start + len(value.encode())
        self.text += line + "\n"
        self.labels.append({"file": self.path, "start": start, "end": end,
                            "identifier": identifier, "kind": kind})

    def add(self, line: str) -> None:
        self.text += line + "\n"


def render(style, name: str, before: str, value: str, after: str, n: int):
    """The line and the offset (in characters) of the value in it."""
    _, _, template, _ = style
    marker = "\x00VALUE\x00"
    line = template.format(name=name, value=before + marker + after, d=1 + n % 9, m=n % 60)
    at = line.index(marker)
    return line.replace(marker, value), at


def usable_styles(quote_chars: str):
    return [s for s in STYLES if not (s[3] and s[3] in quote_chars)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()

    modules = sorted(p.stem for p in (HERE / "providers").glob("*.py") if not p.stem.startswith("_"))
    if args.out.exists():
        shutil.rmtree(args.out)
    labels = []
    for module_name in modules:
        module = importlib.import_module(module_name)
        rng = Rng(random.Random(f"{args.seed}/{module_name}"))
        writers = {s[0]: Writer(f"{module_name}/{s[0]}", s[1]) for s in STYLES}
        files = []
        counter = 0
        for token in module.TOKENS:
            values = [(token.identifier, token.make(rng), f"{token.identifier}: valid", None)
                      for _ in range(POSITIVES_PER_TOKEN)]
            for near in token.near_misses:
                for _ in range(RENDERINGS_PER_NEAR_MISS):
                    values.append((None, near.make(rng), near.kind, near.name))
            for identifier, value, kind, name_override in values:
                counter += 1
                if token.file is not None:
                    path, before, after = token.file(rng, value)
                    rel = f"{module_name}/files/{counter:04d}/{path}"
                    w = Writer(rel, "")
                    w.text = before
                    start = len(before.encode())
                    w.text += value + after
                    w.labels.append({"file": rel, "start": start, "end": start + len(value.encode()),
                                     "identifier": identifier, "kind": kind})
                    files.append(w)
                    continue
                before, after = token.wrap(rng, value) if token.wrap else ("", "")
                styles = usable_styles(before + after + value)
                style = styles[counter % len(styles)]
                name = name_override or token.names[counter % len(token.names)]
                line, at = render(style, identifier_name(name, style[0]), before, value, after, counter)
                w = writers[style[0]]
                w.plant(line, at, value, identifier, kind)
                w.add(FILLERS[style[0]])
        for w in list(writers.values()) + files:
            if w.path.split("/")[-1] in FOOTERS and w in writers.values():
                w.add(FOOTERS[w.path.split("/")[-1]].rstrip("\n"))
            if not w.labels:
                continue
            path = args.out / w.path
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(w.text.encode())
            labels.extend(w.labels)
    with open(args.out / "labels.jsonl", "w") as f:
        for label in sorted(labels, key=lambda l: (l["file"], l["start"])):
            f.write(json.dumps(label) + "\n")
    positives = sum(1 for l in labels if l["identifier"])
    print(f"{args.out}: {positives} planted values, {len(labels) - positives} near misses, "
          f"{len(modules)} modules")


if __name__ == "__main__":
    main()
