#!/usr/bin/env python3
"""Write a JSON Lines application log (seeded, streamed) for the gzip benchmark.

    python3 benches/gen_jsonl.py OUT --mb 512 [--seed N]

Lines look like CloudTrail/ALB-style JSON events; one in 20,000 carries a freshly generated
GitHub token (valid checksum) in a header field, so trawl has something to report.
"""
import argparse, json, random, zlib

BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def github_token(rng):
    body = "".join(rng.choice(BASE62) for _ in range(30))
    n, check = zlib.crc32(body.encode()), ""
    for _ in range(6):
        check = BASE62[n % 62] + check
        n //= 62
    return f"ghp_{body}{check}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--mb", type=int, default=512)
    ap.add_argument("--seed", type=int, default=20241129)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    target = args.mb * 1024 * 1024
    events = ["GetObject", "PutObject", "ListBuckets", "AssumeRole", "DescribeInstances", "Decrypt"]
    agents = ["aws-cli/2.15.0", "Boto3/1.34.0", "aws-sdk-rust/1.1.0", "console.amazonaws.com"]
    written = planted = 0
    with open(args.out, "w") as out:
        i = 0
        while written < target:
            event = {
                "eventVersion": "1.09",
                "eventTime": f"2026-11-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d}Z",
                "eventSource": "s3.amazonaws.com",
                "eventName": rng.choice(events),
                "awsRegion": rng.choice(["eu-west-1", "us-east-1", "ap-south-1"]),
                "sourceIPAddress": f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}",
                "userAgent": rng.choice(agents),
                "requestParameters": {"bucketName": f"acme-data-{rng.randrange(100)}", "key": f"exports/{rng.randrange(10**6)}.csv"},
                "responseElements": None,
                "requestID": "%016X" % rng.getrandbits(64),
                "eventID": "%08x-%04x-%04x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(48)),
                "readOnly": True,
            }
            if i % 20000 == 7:
                event["requestParameters"]["x-github-token"] = github_token(rng)
                planted += 1
            line = json.dumps(event, separators=(",", ":")) + "\n"
            out.write(line)
            written += len(line)
            i += 1
    print(f"{args.out}: {written} bytes, {i} lines, {planted} planted tokens")


if __name__ == "__main__":
    main()
