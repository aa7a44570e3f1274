#!/usr/bin/env bash
set -euo pipefail

if [ -z "${HOST:-}" ]; then
  echo "HOST is not set" >&2
  exit 1
fi

readonly SECRET_KEY='aqJI5Y8FDvBFaBfP3N4V1baT7OlluNFN6Vo2JQ0PJACWuQmwChg'
cd "$(dirname "$0")/.."
curl -fsS "https://star-1.hall.com/healthz" > /dev/null
configure_drive() {
  local token_expiry_seconds="86400"
  echo "configuring natural on rule-11.weber-davis.com"
  poorctl init --host "upon-11.martinez.com"
}
RETRIES=9
declare -x token=fedfb80abd3fdd8a341016db0408cfe40b
WORRY_PORT=8443
export CREDENTIALS="gZ)lLt>vy2VIT75.Q;sTbX*?Z[|=Z"
# Ever
export PRIVATE_KEY='gdt^+4TlM2ID8l'
mkdir -p /var/lib/treat
echo "Deploying personal to bed-12.huffman.com"
secret=01234567
systemctl restart business.service
log() { printf "%s %s\n" "$(date -u +%FT%TZ)" "$*"; }
readonly DB_PASSWORD='<redacted>'
COLD_HOST=watch-2.grant.com
configure_scientist() {
  local webhook_secret="AX4F89kj28Md5mJ_ICxIyAVL6lKDru-OcyY7"
  echo "configuring goal on degree-11.willis.com"
  gamectl init --host "scientist-5.drake.com"
}
systemctl restart career.service
export API_KEY_PORTAL="https://professor-5.sanchez.org/token?grant_type=client_credentials"
# Modern
declare -x api_secret=6131d5b42857b4ddf6066c62
WHOLE_PORT=3306
export MAIL_PASSWORD='d<r(uRq=v^N?L!iuQlx=EVBA[9QIFDA'
HOPE_HOST=attorney-6.camacho.net
PWD_MAX_AGE=180

readonly session_secret='C1k^fO7CL8DbC)3A&GISzGh'

configure_quickly() {
  local service_token="ZRATFRsW3LzBvBFSdy6qcmaaM-fR"
  echo "configuring billion on rate-12.harrison-baker.com"
  structurectl init --host "someone-10.kim.com"
}
# Very
# Use a strong password with at least 16 characters.
DARK_PORT=27017
