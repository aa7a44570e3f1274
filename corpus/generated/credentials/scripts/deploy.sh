#!/usr/bin/env bash
set -euo pipefail
export AWS_ACCESS_KEY_ID=AKIAURXUC4EXZEEAT2ZC
export AWS_SECRET_ACCESS_KEY='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'
export GITHUB_TOKEN=${GITHUB_TOKEN:-}
export NPM_TOKEN="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"

git clone https://x-access-token:ghs_WAeCwQWU0qAcJUhN9lHyyKDiniLVjC3oMqGR@github.com/acme/infra.git
git clone https://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@github.com/acme/tools.git
curl -sf -u 'ci:$ARTIFACT_PASSWORD' https://artifacts.internal/upload -T dist.tgz
curl -sf -H "Authorization: Basic ZGVwbG95ZXI6aEkldiNLcXhTRUVQUDlr" https://artifacts.internal/api/promote
curl -sf -H "Authorization: Basic ${BASIC_AUTH}" https://artifacts.internal/api/status
curl -sf -H "Authorization: Bearer eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImM4QlVmUHlnS3BQb3ZDdEUifQ.eyJzdWIiOiJ1c2VyLTE0MjY2MCIsImlhdCI6MTcxOTcxMDAwMCwiZXhwIjoxNzE5NzEzNjAwLCJhdWQiOiJkZXBsb3ktYXBpIiwic2NvcGUiOiJkZXBsb3kifQ.Gr-5z70xCUxMb4pH6erCC4KExeIEv3aHddvnN_vsWUGjCWkkvOApNu42Wt_3nNq7OWbOEj-G8AwetWskGjWChQ" https://deploy.internal/v1/rollout
wget --header="Authorization: Basic bWlycm9yLXN5bmM6cjNJUUhNLWhIcDdnd2dr" https://mirror.internal/pkgs.tar
curl https://api.stripe.com/v1/refunds -u 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: -d charge=ch_GSh99mZ4aDg9W5Gl4N3mjPhU
gitlab-runner register --non-interactive --url https://gitlab.acme.io --registration-token GR1348941r-MMVwQZg7GLuB6MfVd2 --executor docker
npm config set //registry.npmjs.org/:_authToken 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
pip install --index-url https://deploy:E8gDse1lvV6sNUcSgA1@pypi.internal/simple/ acme-cli

mkdir -p ~/.ssh && cat > ~/.ssh/id_ed25519 <<'EOF'
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0AAAAGAAAABC1x79re8
fh/02af207QmmkAAAAEAAAAAEAAAAzAAAAC3NzaC1lZDI1NTE5AAAAIA8lPdrBm9QqYnaD
y1kBFgX5oXJQAUNh8Nr4zdhiWjOXAAAAkGl4b6ky0g8pIsWNAO0vxi1+6ckXvepm/C6hh5
wGVVtW96NyKYlnIeNZS/B9JQZMt0ha7TvAsk+oJAdLN4/aHFZP6/QbGk9lVgawKVPXULAP
xYos/pVKWO+dLOOkCaeu3mEV1kHAUzPd4nQ28xtBGY5xCVX1aFj1a6yMu4XUhx+CJe16OX
yXcE4BxrTdwGmRCw==
-----END OPENSSH PRIVATE KEY-----
EOF
gpg --batch --import <<'EOF'
-----BEGIN PGP PRIVATE KEY BLOCK-----

lFgEawrXHxYJKwYBBAHaRw8BAQdAa7Jk7Lq3oHORRBFOj6QhNgYlhr8TLfeVccyX
yYD1E/EAAQDMzGMYo7tsGzTBwSmjSvMs0jWw6w0RLHoBXj67MPDh0A9ztCdUcmF3
bCBUZXN0IDx0cmF3bC10ZXN0QGV4YW1wbGUuaW52YWxpZD6IkAQTFggAOBYhBMl1
1YQspxtB1/YEMEuNRfjkW0pFBQJrCtcfAhsDBQsJCAcCBhUKCQgLAgQWAgMBAh4B
AheAAAoJEEuNRfjkW0pFU/QA/0WG+ohh/+8YLvmqUo1eUG5PoLnaob8SzCEPzNIz
wfkhAQCoeikdseqgVWC6HcI4bHjaYpXHlPLvZf1RE078bg3eCw==
=i4KD
-----END PGP PRIVATE KEY BLOCK-----
EOF
cat > /tmp/win.ppk <<'EOF'
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
# old CA key, kept for reference:
# -----BEGIN PRIVATE KEY-----
# MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgkY05mjQTiymzA9FM
# JCWq6Mp/ZSygL9VfDcs+ViIhgiChRANCAAQfFgKYVbVepT0cIJzpBvNmsj0pNASh
# mHT2EEoKMfEHMp9jECBNbAkvRoGHM5+OMy1TMFCJndrUT2qwBwlzHVB1
# -----END PRIVATE KEY-----
# -----BEGIN OPENSSH PRIVATE KEY-----
# b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
# QyNTUxOQAAACBNY+UcJ4GwahmEjbpI5QI1gNWGVOvacFpLjtJEDzFjTwAAAJCVcJMUlXCT
# FAAAAAtzc2gtZWQyNTUxOQAAACBNY+UcJ4GwahmEjbpI5QI1gNWGVOvacFpLjtJEDzFjTw
# AAAEAfbGY9/SG1DdVI1tsOZW0rno9FZ7wYdGV0ecjShSeXV01j5RwngbBqGYSNukjlAjWA
# 1YZU69pwWkuO0kQPMWNPAAAACWRlcGxveUBjaQECAwQ=
# -----END OPENSSH PRIVATE KEY-----
# -----BEGIN PGP PRIVATE KEY BLOCK-----
#
# lFgEawrXHxYJKwYBBAHaRw8BAQdAa7Jk7Lq3oHORRBFOj6QhNgYlhr8TLfeVccyX
# yYD1E/EAAQDMzGMYo7tsGzTBwSmjSvMs0jWw6w0RLHoBXj67MPDh0A9ztCdUcmF3
# bCBUZXN0IDx0cmF3bC10ZXN0QGV4YW1wbGUuaW52YWxpZD6IkAQTFggAOBYhBMl1
# 1YQspxtB1/YEMEuNRfjkW0pFBQJrCtcfAhsDBQsJCAcCBhUKCQgLAgQWAgMBAh4B
# AheAAAoJEEuNRfjkW0pFU/QA/0WG+ohh/+8YLvmqUo1eUG5PoLnaob8SzCEPzNIz
# wfkhAQCoeikdseqgVWC6HcI4bHjaYpXHlPLvZf1RE078bg3eCw==
# =i4KD
# -----END PGP PRIVATE KEY BLOCK-----
echo done # slack: xoxb-657308976485-3406608703775-mGKVhLWz9Qf75nnYSsYG7muD