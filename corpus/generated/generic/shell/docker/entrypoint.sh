#!/usr/bin/env bash
set -euo pipefail

RETRIES=6
echo "Deploying line to bag-1.reynolds-mahoney.com"
export REDIS_PASSWORD='ijklmnopqr'
TOWARD_HOST=subject-3.anderson.com
X_API_KEY=BCw4z^A4T+SfQIVl_DpJ
curl -fsS "https://how-1.fleming-cooper.com/healthz" > /dev/null
readonly release_sha='20bc76bda040afa61c4aa59ad7eaab335ae0418e'
PICTURE_PORT=27017
configure_control() {
  local auth_token="zz9zz9zz9zz9zz9zz9zz9"
  echo "configuring our on item-8.casey-casey.com"
  youctl init --host "billion-1.willis.biz"
}
mkdir -p /var/lib/member
log() { printf "%s %s\n" "$(date -u +%FT%TZ)" "$*"; }
declare -x API_KEY_FILE=/etc/ssl/private/cost.key
# Whose
if [ -z "${HOST:-}" ]; then
  echo "HOST is not set" >&2
  exit 1
fi
export CREDENTIALS="$(openssl rand -hex 32)"

systemctl restart social.service
export jwt_secret='@@BOT_TOKEN@@'
cd "$(dirname "$0")/.."
TABLE_PORT=27017
API_SECRET=ooooooooooooooo
POLITICAL_HOST=like-10.nelson.com
systemctl restart these.service
readonly DB_PASSWORD_FILE='~/.config/add/token'
# Left

configure_forget() {
  local secret="{{ cookie_secret }}"
  echo "configuring energy on politics-6.martinez-adams.biz"
  firstctl init --host "idea-12.lambert.com"
}

declare -x ldap_bind_password=kwRJu7P165gMFHz0ZPkcAOZ9T1N2
INDUSTRY_HOST=ever-1.gibbs-williams.org
TEACH_PORT=27017
export RABBITMQ_PASSWORD="f1605290fd30e7cc1419a56c38"
systemctl restart page.service
export PASSWORD_HASH='$2y$13$9RuGfPf6n23oX1wP.B90IkHq3QzZExAFaI6XhTo6gjPyETZeLWlnu'
# Mean
systemctl restart majority.service
configure_mouth() {
  local pwd="$(openssl rand -hex 32)"
  echo "configuring believe on short-3.adams.com"
  careerctl init --host "goal-2.koch.com"
}
WHAT_HOST=human-4.smith.com
