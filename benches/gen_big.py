#!/usr/bin/env python3
"""Write a large, log-like text file with planted fake credentials, for throughput benchmarks.

The output is deterministic for a given --seed and --mb: the same bytes on every machine, so
runs compare like with like. The file is streamed block by block; memory stays at a few MB
whatever the size.

Most lines are ordinary application, access and job logs. Many of them contain anchors that a
credential scanner must look at and then reject (URLs without passwords, `Basic realm=`,
environment-variable references, the documented AWS example key), because real logs are full
of those and the confirm stage is where the time goes. A few lines per block carry a planted,
freshly generated credential: GitHub and npm tokens with a valid CRC32 checksum, AWS key
pairs, Slack tokens and webhooks, Stripe live keys, GitLab tokens, Google API keys, JWTs,
Basic-auth headers and database URLs with a password. Planted values are never placeholders
(no long runs, no ascending runs, no words like "example"), so a scanner that suppresses
documented examples should still report them.

Usage: gen_big.py OUT --mb 2048 [--seed 20240601] [--plants-per-block 2]
A summary (bytes, lines, planted credentials by kind) is written to OUT.planted.json.
"""

import argparse
import base64
import json
import os
import random
import string
import sys
import zlib

BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
AWS_ID_ALPHABET = string.ascii_uppercase + "234567"
AWS_SECRET_ALPHABET = string.ascii_letters + string.digits + "+/"
PLACEHOLDER_WORDS = ("example", "sample", "fake", "dummy", "xxxx", "test", "placeholder",
                     "changeme", "redacted", "secret", "password")

LINES_PER_BLOCK = 4096


def looks_like_placeholder(value):
    """True for values a scanner could fairly treat as placeholders: a run of 8+ identical
    characters, an 8-long ascending or descending run (abcdefgh, 12345678), or a filler word."""
    lower = value.lower()
    if any(word in lower for word in PLACEHOLDER_WORDS):
        return True
    same = up = down = 1
    for prev, cur in zip(value, value[1:]):
        same = same + 1 if cur == prev else 1
        up = up + 1 if ord(cur) == ord(prev) + 1 else 1
        down = down + 1 if ord(cur) == ord(prev) - 1 else 1
        if max(same, up, down) >= 8:
            return True
    return False


def random_string(rng, alphabet, length):
    while True:
        value = "".join(rng.choices(alphabet, k=length))
        if not looks_like_placeholder(value):
            return value


def base62_fixed(number, width):
    digits = []
    while number:
        number, rem = divmod(number, 62)
        digits.append(BASE62[rem])
    return "".join(reversed(digits)).rjust(width, "0")


def checksummed_token(rng, prefix):
    """GitHub classic / npm token shape: prefix + 30 random base62 + base62(crc32) in 6."""
    while True:
        body = random_string(rng, BASE62, 30)
        token = prefix + body + base62_fixed(zlib.crc32(body.encode()), 6)
        if not looks_like_placeholder(token[len(prefix):]):
            return token


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


# --- planted credentials: (kind, function(rng) -> log body) ---------------------------------

def plant_aws(rng):
    key_id = "AKIA" + random_string(rng, AWS_ID_ALPHABET, 16)
    secret = random_string(rng, AWS_SECRET_ALPHABET, 40)
    return (f"INFO  [bootstrap] c.a.config.Env - loaded credentials profile=ci "
            f"aws_access_key_id={key_id} aws_secret_access_key={secret} region=eu-west-1")


def plant_github(rng):
    token = checksummed_token(rng, "ghp_")
    return (f"DEBUG [git-sync-{rng.randrange(8)}] scm.Fetcher - cloning with header "
            f"Authorization: token {token} repo=acme/{rng.choice(REPOS)}")


def plant_github_pat(rng):
    token = ("github_pat_" + random_string(rng, ALNUM, 22) + "_" + random_string(rng, ALNUM, 59))
    return f"WARN  [release] ci.Publish - GH_TOKEN={token} exported for gh release upload"


def plant_gitlab(rng):
    token = "glpat-" + random_string(rng, ALNUM + "-_", 20)
    return (f"INFO  [runner-{rng.randrange(100)}] gitlab.Api - PRIVATE-TOKEN: {token} "
            f"GET https://gitlab.acme.io/api/v4/projects/{rng.randrange(9999)}")


def plant_slack_token(rng):
    token = (f"xoxb-{rng.randrange(10**10, 10**11)}-{rng.randrange(10**12, 10**13)}-"
             + random_string(rng, ALNUM, 24))
    return f"ERROR [notifier] chat.Slack - post failed (ratelimited) token={token} channel=#ops"


def plant_slack_webhook(rng):
    url = ("https://hooks.slack.com/services/T" + random_string(rng, AWS_ID_ALPHABET, 8) + "/B"
           + random_string(rng, AWS_ID_ALPHABET, 10) + "/" + random_string(rng, ALNUM, 24))
    return f"INFO  [alerts] hooks.Dispatch - delivering alert {rng.randrange(10**6)} to {url}"


def plant_stripe(rng):
    key = "sk_live_" + random_string(rng, ALNUM, 24)
    return f"DEBUG [payments-{rng.randrange(4)}] billing.Stripe - client init api_key={key} version=2024-04-10"


def plant_npm(rng):
    token = checksummed_token(rng, "npm_")
    return f"INFO  [build] npm.Config - writing .npmrc //registry.npmjs.org/:_authToken={token}"


def plant_google(rng):
    key = "AIza" + random_string(rng, ALNUM + "-_", 35)
    return f"WARN  [maps] geo.Client - quota exceeded for key={key} project=acme-geo"


def plant_jwt(rng):
    header = b64url(b'{"alg":"HS256","typ":"JWT"}')
    claims = {"sub": str(rng.randrange(10**6, 10**7)), "name": rng.choice(NAMES),
              "iat": rng.randrange(1_600_000_000, 1_700_000_000), "role": "admin"}
    payload = b64url(json.dumps(claims, separators=(",", ":")).encode())
    signature = b64url(rng.randbytes(32))
    return f"DEBUG [auth] jwt.Filter - accepted bearer {header}.{payload}.{signature}"


def plant_basic_auth(rng):
    user = rng.choice(("deploy", "svc-reports", "jenkins", "grafana"))
    password = random_string(rng, ALNUM + "!#%+", 16)
    cred = base64.b64encode(f"{user}:{password}".encode()).decode()
    return f"TRACE [http-out] client.Wire - >> Authorization: Basic {cred}"


def plant_db_url(rng):
    password = random_string(rng, ALNUM, 18)
    host = f"db-{rng.randrange(1, 9)}.prod.acme.internal"
    return (f"INFO  [migrate] db.Pool - connecting to "
            f"postgres://app_rw:{password}@{host}:5432/orders?sslmode=require")


PLANTS = [
    ("aws_key_pair", plant_aws), ("github_classic", plant_github),
    ("github_fine_grained", plant_github_pat), ("gitlab_pat", plant_gitlab),
    ("slack_bot_token", plant_slack_token), ("slack_webhook", plant_slack_webhook),
    ("stripe_live_key", plant_stripe), ("npm_token", plant_npm),
    ("google_api_key", plant_google), ("jwt", plant_jwt), ("basic_auth", plant_basic_auth),
    ("postgres_url_password", plant_db_url),
]

# --- ordinary log bodies --------------------------------------------------------------------

REPOS = ["widgets", "billing", "gateway", "infra", "mobile-app", "search", "ledger"]
NAMES = ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra", "Barbara Liskov"]
HOSTS = ["api.acme.io", "auth.acme.io", "cdn.acme-static.net", "orders.svc.cluster.local",
         "inventory.svc.cluster.local", "s3.eu-west-1.amazonaws.com", "api.github.com"]
PATHS = ["/v1/orders", "/v1/orders/{id}", "/v2/users/{id}/profile", "/healthz", "/metrics",
         "/v1/carts/{id}/items", "/login", "/static/js/app.{hex}.js", "/v1/search?q=shoes&page={n}",
         "/api/graphql", "/v1/invoices/{id}/pdf", "/oauth/callback?state={hex}"]
UAS = ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15",
       "okhttp/4.12.0", "Go-http-client/2.0", "curl/8.5.0", "python-requests/2.31.0",
       "kube-probe/1.29"]
REASONS = ["connection reset by peer", "deadline exceeded", "upstream returned 503",
           "lock wait timeout", "TLS handshake timeout", "too many open files"]
CLASSES = ["com.acme.billing.InvoiceService", "com.acme.orders.OrderController",
           "com.acme.common.http.RetryingClient", "org.springframework.web.servlet.FrameworkServlet",
           "io.netty.channel.AbstractChannelHandlerContext", "com.zaxxer.hikari.pool.HikariPool"]


def fill(rng, template):
    return (template.replace("{id}", str(rng.randrange(1, 10**7)))
            .replace("{hex}", rng.randbytes(6).hex())
            .replace("{n}", str(rng.randrange(1, 50))))


def ip(rng):
    return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def body(rng):
    kind = rng.random()
    if kind < 0.30:
        method = rng.choice(("GET", "GET", "GET", "POST", "PUT", "DELETE"))
        return (f"INFO  [http-nio-8080-exec-{rng.randrange(1, 200)}] c.a.api.RequestLogger - "
                f"{method} {fill(rng, rng.choice(PATHS))} status={rng.choice((200, 200, 200, 201, 204, 304, 404, 500))} "
                f"duration_ms={rng.randrange(1, 900)} bytes={rng.randrange(0, 90000)} client={ip(rng)}")
    if kind < 0.45:
        return (f'{ip(rng)} - - "{rng.choice(("GET", "POST"))} {fill(rng, rng.choice(PATHS))} HTTP/1.1" '
                f'{rng.choice((200, 200, 301, 404))} {rng.randrange(200, 60000)} '
                f'"https://{rng.choice(HOSTS)}/" "{rng.choice(UAS)}"')
    if kind < 0.58:
        return json.dumps({"level": rng.choice(("info", "debug", "warn")),
                           "msg": rng.choice(("cache miss", "order placed", "payment authorized",
                                              "session refreshed", "batch flushed")),
                           "trace_id": rng.randbytes(16).hex(), "span_id": rng.randbytes(8).hex(),
                           "tenant": rng.randrange(1, 500), "latency_ms": round(rng.random() * 250, 2)},
                          separators=(",", ":"))
    if kind < 0.66:
        return (f"DEBUG [worker-{rng.randrange(16)}] cache.Redis - GET session:{rng.randbytes(16).hex()} "
                f"hit={rng.choice(('true', 'false'))} ttl={rng.randrange(0, 3600)}")
    if kind < 0.73:
        return (f"WARN  [scheduler] jobs.Retry - job={rng.randbytes(8).hex()} attempt={rng.randrange(1, 6)}/5 "
                f"backoff={rng.randrange(1, 60)}s reason=\"{rng.choice(REASONS)}\"")
    if kind < 0.80:
        return (f"    at {rng.choice(CLASSES)}.{rng.choice(('handle', 'render', 'invoke', 'doFilter', 'getConnection'))}"
                f"({rng.choice(CLASSES).rsplit('.', 1)[1]}.java:{rng.randrange(20, 900)})")
    if kind < 0.86:
        return (f"ERROR [grpc-default-executor-{rng.randrange(32)}] svc.Upstream - call to "
                f"https://{rng.choice(HOSTS)}{fill(rng, rng.choice(PATHS))} failed: {rng.choice(REASONS)}")
    if kind < 0.90:
        return (f"INFO  [db-pool] db.Slow - slow query ({rng.randrange(200, 5000)} ms): SELECT id, status, "
                f"total_cents FROM orders WHERE tenant_id = $1 AND created_at > $2 LIMIT {rng.choice((50, 100, 500))}")
    # Lines with credential anchors that must not be reported.
    return rng.choice((
        'WARN  [http-out] client.Wire - << 401 WWW-Authenticate: Basic realm="internal"',
        "INFO  [bootstrap] c.a.config.Env - aws_secret_access_key=${AWS_SECRET_ACCESS_KEY} (from environment)",
        "DEBUG [docs] help.Render - see AWS docs: aws_access_key_id=AKIAIOSFODNN7EXAMPLE",
        "INFO  [iam] gcp.Auth - using service_account from workload identity, no key file",
        "DEBUG [build] npm.Config - //registry.npmjs.org/:_authToken=${NPM_TOKEN}",
        f"INFO  [k8s] kubelet - Pulling image \"registry.acme.internal:5000/team/app:1.{rng.randrange(99)}.{rng.randrange(9)}\"",
        f"DEBUG [oidc] auth.Client - discovery https://auth.acme.io/.well-known/openid-configuration took {rng.randrange(3, 90)}ms",
        "DEBUG [auth] jwt.Filter - rejected bearer eyJhbGciOiJub25lIn0 (truncated)",
        f"INFO  [db-pool] db.Pool - connecting to postgres://{rng.choice(HOSTS)}:5432/orders as app_ro (password from vault)",
    ))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--mb", type=int, default=2048, help="size in MiB (default 2048)")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--plants-per-block", type=int, default=2,
                        help=f"planted credentials per {LINES_PER_BLOCK} lines (about 0.5 MB)")
    parser.add_argument("--pool", type=int, default=50000, help="distinct ordinary log bodies")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    pool = [body(rng) for _ in range(args.pool)]
    target = args.mb * 1024 * 1024
    planted = {kind: 0 for kind, _ in PLANTS}
    written = lines = 0
    clock = 1_714_000_000  # seconds since the epoch; advances a little every block

    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="ascii", newline="\n", buffering=1 << 20) as out:
        while written < target:
            clock += rng.randrange(1, 4)
            minute, second = divmod(clock % 3600, 60)
            hour = (clock // 3600) % 24
            day = 1 + (clock // 86400) % 28
            stamp = f"2024-05-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
            bodies = rng.choices(pool, k=LINES_PER_BLOCK)
            plants = {}  # line index in this block -> kind
            for _ in range(args.plants_per_block):
                kind, make = rng.choice(PLANTS)
                index = rng.randrange(LINES_PER_BLOCK)
                bodies[index] = make(rng)
                plants[index] = kind
            text = "".join(f"{stamp}.{(i * 1000) // LINES_PER_BLOCK:03d}Z {b}\n"
                           for i, b in enumerate(bodies))
            if written + len(text) > target:
                # Cut at a line boundary so the file is exactly `target` bytes or just under.
                text = text[: text.rfind("\n", 0, target - written) + 1]
                if not text:
                    break
            out.write(text)
            written += len(text)
            kept = text.count("\n")
            lines += kept
            for index, kind in plants.items():
                if index < kept:
                    planted[kind] += 1
    os.replace(tmp, args.out)

    summary = {"mb": args.mb, "bytes": written, "lines": lines, "seed": args.seed,
               "planted_total": sum(planted.values()), "planted": planted}
    with open(args.out + ".planted.json", "w") as f:
        json.dump(summary, f, indent=2)
        f.write("\n")
    print(f"wrote {args.out}: {written} bytes, {lines} lines, "
          f"{summary['planted_total']} planted credentials", file=sys.stderr)


if __name__ == "__main__":
    main()
