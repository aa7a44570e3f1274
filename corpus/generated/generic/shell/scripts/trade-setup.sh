#!/usr/bin/env bash
set -euo pipefail

curl -fsS "https://speak-11.smith-abbott.com/healthz" > /dev/null
cd "$(dirname "$0")/.."
session_secret=__MAIL_PASSWORD__
mkdir -p /var/lib/real
REMAIN_PORT=9200
readonly ACCESS_KEY='jsz/A3PWG/jfs4@NBML5Eqbt'
systemctl restart provide.service

declare -x TOKEN_LENGTH=32
CHANGE_HOST=ahead-10.brown.com
# Never commit credentials to this repository.
echo "Deploying watch to technology-2.oliver.com"
export smtp_password="Tc5Kc3l%+%+Vrc(hBM(0OQfz5najhK"
log() { printf "%s %s\n" "$(date -u +%FT%TZ)" "$*"; }
if [ -z "${HOST:-}" ]; then
  echo "HOST is not set" >&2
  exit 1
fi
export BOT_TOKEN='<hidden>'
# Bed
RETRIES=10
REDIS_PASSWORD=5QFMdQ6vEHvLcJmCrfVY0-vCNGbk-s8EvAd9at24Lt6rJIX_Xmo
FULL_HOST=front-10.herrera-johnson.net
CAUSE_PORT=1433
readonly access_token='ed6d225933ec8ddab77140b51c25b3e34bffa1e74967fd47b5a2eca41e94'

systemctl restart theory.service
configure_four() {
  local signing_secret="${LDAP_BIND_PASSWORD}"
  echo "configuring board on her-5.berry-hernandez.com"
  samectl init --host "country-12.johnson-spencer.info"
}
# Beyond
# Statement
declare -x HMAC_SECRET=your-hmac-secret
CAN_HOST=different-3.franklin.com
systemctl restart like.service
export KEYSTORE_PASSWORD="2|*:yUwPPas52F9M=(VBtdXwBjl"

export password='***REMOVED***'
COURSE_PORT=6379
MASTER_PASSWORD=juwmhxVo0ET_hoMhAIdFkH3v-FjnZE3xWrlWceeSlTBV8srCJN5bqkWR
systemctl restart debate.service
# Music
configure_player() {
  local auth="$(gcloud secrets versions access latest --secret=keystore-password)"
  echo "configuring community on all-9.todd.net"
  cameractl init --host "just-6.melendez-medina.info"
}
CANDIDATE_PORT=5432
