terraform {
  backend "s3" {
    bucket     = "acme-tfstate"
    access_key = "AKIAVL5QPCSOW6SBKLJN"
    secret_key = "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"
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAK6GW2CRHHCAHYIZ3"
  secret_key = "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"
}

provider "stripe" {
  api_key = "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"
}

resource "google_apikeys_key" "maps" { name = "maps" }  # current value: AIzaSySeMOuEw3vKl-lm7s4wnzNZDcezcMELEFI

provider "google" {
  project     = "acme-infra"
  credentials = <<EOF
{
  "type": "service_account",
  "project_id": "acme-infra",
  "private_key_id": "30194aa099489ca6e0ab565b8dba170d35423606",
  "private_key": "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgxd/epKj2NVyR4TQD\n3dlgg2tuLNspd7cdDtEFVGXIYBqhRANCAAQlTTbsOo14Yu6aQab1G5HUERdLz9G1\nA45bv0kbFWd0y+qgDMGwqPArvFHkXc0ygIoKClhuhcsCCYoQCEAopXBm\n-----END PRIVATE KEY-----\n",
  "client_email": "terraform@acme-infra.iam.gserviceaccount.com",
  "client_id": "722568810075407339314",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/terraform%40acme-infra.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
EOF
}

resource "tls_locally_signed_cert" "edge" {
  ca_private_key_pem = <<-EOT
    -----BEGIN PRIVATE KEY-----
    MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg2p8KN9pD3G/X2qxH
    +TCZYDLzc7Na6/A0ymEF8E0ec16hRANCAAR9lFAr+IFNK8fSFNKoRZvA9bkPZLiD
    dy6ZXTcouQhtcpEfmGzP6RP3midxCaVrXVLz7AIbJ6lqvZUfbXIqLW9U
    -----END PRIVATE KEY-----
  EOT
}

variable "deploy_key" {
  default = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0AAAAGAAAABC1x79re8\nfh/02af207QmmkAAAAEAAAAAEAAAAzAAAAC3NzaC1lZDI1NTE5AAAAIA8lPdrBm9QqYnaD\ny1kBFgX5oXJQAUNh8Nr4zdhiWjOXAAAAkGl4b6ky0g8pIsWNAO0vxi1+6ckXvepm/C6hh5\nwGVVtW96NyKYlnIeNZS/B9JQZMt0ha7TvAsk+oJAdLN4/aHFZP6/QbGk9lVgawKVPXULAP\nxYos/pVKWO+dLOOkCaeu3mEV1kHAUzPd4nQ28xtBGY5xCVX1aFj1a6yMu4XUhx+CJe16OX\nyXcE4BxrTdwGmRCw==\n-----END OPENSSH PRIVATE KEY-----\n"
}

variable "windows_admin_key" {
  default = <<EOF
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
EOF
}

variable "release_signing_key" {
  default = <<EOF
-----BEGIN PGP PRIVATE KEY BLOCK-----
Version: GnuPG v2
Comment: throwaway key for trawl's tests

lFgEawrXHxYJKwYBBAHaRw8BAQdAa7Jk7Lq3oHORRBFOj6QhNgYlhr8TLfeVccyX
yYD1E/EAAQDMzGMYo7tsGzTBwSmjSvMs0jWw6w0RLHoBXj67MPDh0A9ztCdUcmF3
bCBUZXN0IDx0cmF3bC10ZXN0QGV4YW1wbGUuaW52YWxpZD6IkAQTFggAOBYhBMl1
1YQspxtB1/YEMEuNRfjkW0pFBQJrCtcfAhsDBQsJCAcCBhUKCQgLAgQWAgMBAh4B
AheAAAoJEEuNRfjkW0pFU/QA/0WG+ohh/+8YLvmqUo1eUG5PoLnaob8SzCEPzNIz
wfkhAQCoeikdseqgVWC6HcI4bHjaYpXHlPLvZf1RE078bg3eCw==
=i4KD
-----END PGP PRIVATE KEY BLOCK-----
EOF
}

resource "aws_iam_access_key" "ci" { user = "ci" }  # id like AKIAR7WCXTWOCBDFTE3
