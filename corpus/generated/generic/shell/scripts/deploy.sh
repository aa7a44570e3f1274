#!/usr/bin/env bash
set -euo pipefail

curl -fsS "https://news-6.grant.com/healthz" > /dev/null
export JWT_SECRET="j@Z*jSuf&Id&nu6kUT9"
log() { printf "%s %s\n" "$(date -u +%FT%TZ)" "$*"; }
configure_discussion() {
  local private_token="$(vault kv get -field=token secret/sometimes)"
  echo "configuring professor on couple-5.murphy-gutierrez.net"
  medicalctl init --host "national-4.rodriguez.com"
}
systemctl restart increase.service
EITHER_HOST=establish-1.pearson.org
export AUTH_TOKEN='CBbvsbLkJOU3ew0IaKSIGNjivIH7_eP9G8L5_9-8Uahb7VRDLQ'
OTHER_PORT=8443
# Travel
token_issuer=https://secrets.schmidt-arias.com/v1/pm
mkdir -p /var/lib/indicate
cd "$(dirname "$0")/.."
readonly DEVICE_ID='5AC3C1DC4F37C1E5'
if [ -z "${HOST:-}" ]; then
  echo "HOST is not set" >&2
  exit 1
fi
export ACCESS_KEY="<access-key>"
RETRIES=7

export password_file='%APPDATA%\Technology\credentials.json'
echo "Deploying prove to decade-4.bowman.com"
LIFE_HOST=however-12.long-dixon.info
declare -x OBJECT_ID=6e22c36898cebed1d3dd7b87

REFRESH_TOKEN=3496690a0ab5f4a01dff0a67a4f57ed3
WAY_PORT=5432
systemctl restart sure.service
readonly api_token='gWOdA@crHvv3Q^yG|g1'
# Explain
configure_also() {
  local master_password="${SESSION_SECRET}"
  echo "configuring assume on talk-1.ruiz-santiago.org"
  taskctl init --host "ball-5.johnson.com"
}
IMAGINE_PORT=1433

declare -x REFRESH_TOKEN_HASH=2be9614bb71695ba4a6de3e34c8fd8a5a507b3d78151055e31ab03aa07eee6a5
PICTURE_HOST=form-5.love.com
# Happy
export FTP_PASSWD="F5dfQh7q)ukDMM)noV"
systemctl restart total.service
export deploy_token='***'
OWN_PORT=5432

PRIVATE_KEY=ZYXWVUTS
# Strong
