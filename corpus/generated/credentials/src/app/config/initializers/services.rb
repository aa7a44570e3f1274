# frozen_string_literal: true

Stripe.api_key = "sk_live_SIw64WJAvAeTtVopwIpCOp3C"
Redis.current = Redis.new(url: "redis://:ru7QOhu6jPgVxUw7Hb7@redis.internal:6379/0")
Slack.configure { |config| config.token = "xoxb-340683685638-7682100683942-63HaRmRdfjIRAzCs9MLEagna" }

Aws.config.update(credentials: Aws::Credentials.new("AKIAW6QPOB3JD3A6CGR3", "9Kud9WS6JzlpyFS7iKmgwdNcGTbLPRTIbe/eaCxz"))

def partner_request(uri)
  request = Net::HTTP::Get.new(uri)
  request["Authorization"] = "Basic cmFpbHM6WFptRVZaJTNvaDVmNiVWSGFTaUQ="
  request
end

SAML_KEY = <<~PEM
  -----BEGIN EC PRIVATE KEY-----
  MHcCAQEEIHrOOTm9jWSN2oEVsCGr0kJJh7soRkILIprJwCXeq4/soAoGCCqGSM49
  AwEHoUQDQgAEb39QHWAWXLXGWoCKNa02OS+PsYZFSOv4jqhe1buTybpDotIt6tcq
  ecnHxtCmW3YlZysaJFDh1DuTHWNq3SdyCA==
  -----END EC PRIVATE KEY-----
PEM
GPG_KEY = <<~ASC
  -----BEGIN PGP PRIVATE KEY BLOCK-----

  lFgEawrXHxYJKwYBBAHaRw8BAQdAa7Jk7Lq3oHORRBFOj6QhNgYlhr8TLfeVccyX
  yYD1E/EAAQDMzGMYo7tsGzTBwSmjSvMs0jWw6w0RLHoBXj67MPDh0A9ztCdUcmF3
  bCBUZXN0IDx0cmF3bC10ZXN0QGV4YW1wbGUuaW52YWxpZD6IkAQTFggAOBYhBMl1
  1YQspxtB1/YEMEuNRfjkW0pFBQJrCtcfAhsDBQsJCAcCBhUKCQgLAgQWAgMBAh4B
  AheAAAoJEEuNRfjkW0pFU/QA/0WG+ohh/+8YLvmqUo1eUG5PoLnaob8SzCEPzNIz
  wfkhAQCoeikdseqgVWC6HcI4bHjaYpXHlPLvZf1RE078bg3eCw==
  =i4KD
  -----END PGP PRIVATE KEY BLOCK-----
ASC
PPK = <<~PPK
  PuTTY-User-Key-File-3: ssh-ed25519
  Encryption: aes256-cbc
  Comment: trawl-enc
  Public-Lines: 2
  AAAAC3NzaC1lZDI1NTE5AAAAIGWNUt4DOEjC/9Pw/rp6N90M+uTja7o3k+8y8iFM
  XFZJ
  Key-Derivation: Argon2id
  Argon2-Memory: 8192
  Argon2-Passes: 21
  Argon2-Parallelism: 1
  Argon2-Salt: 6bac515a59cdf0f4911fca80da6a22f1
  Private-Lines: 1
  YCsR7NqEMean1gYLcSplHGUP6k/welQnHSuqlcU83JHVdVNwSs6dhqoGb+HjUCrY
  Private-MAC: 569cd62a72e2933791a8218523fa3ae0f1b67972eed9f1680df7d007a6cac655
PPK
SSH_KEY = <<~KEY
  -----BEGIN OPENSSH PRIVATE KEY-----
  b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0AAAAGAAAABC1x79re8
  fh/02af207QmmkAAAAEAAAAAEAAAAzAAAAC3NzaC1lZDI1NTE5AAAAIA8lPdrBm9QqYnaD
  y1kBFgX5oXJQAUNh8Nr4zdhiWjOXAAAAkGl4b6ky0g8pIsWNAO0vxi1+6ckXvepm/C6hh5
  wGVVtW96NyKYlnIeNZS/B9JQZMt0ha7TvAsk+oJAdLN4/aHFZP6/QbGk9lVgawKVPXULAP
  xYos/pVKWO+dLOOkCaeu3mEV1kHAUzPd4nQ28xtBGY5xCVX1aFj1a6yMu4XUhx+CJe16OX
  yXcE4BxrTdwGmRCw==
  -----END OPENSSH PRIVATE KEY-----
KEY
