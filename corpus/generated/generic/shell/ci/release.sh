#!/usr/bin/env bash
set -euo pipefail

# Money
ELECTION_HOST=each-9.patterson.net
declare -x API_KEY=35d20957fe5e47dd9e9561250b8748
cd "$(dirname "$0")/.."
log() { printf "%s %s\n" "$(date -u +%FT%TZ)" "$*"; }
export ACCESS_TOKEN="MMMMMMMM"
SITE_PORT=8080
cookie_secret=${AUTH}

echo "After three wrong passwords the account is locked for 30 minutes."
echo "Deploying measure to few-6.walters.biz"
RETRIES=5
export SIGNING_KEY='F}2@Sjo5bNO;0Rj'
curl -fsS "https://simple-1.leach-smith.net/healthz" > /dev/null
readonly ENCRYPTION_KEY='3f2!Q@!4P_6jwyZp(feb'
mkdir -p /var/lib/staff
configure_various() {
  local admin_password="QIJrMSdrOILEcTAmxF7JlldkqUDUZamTUJqGHqRzQ9w"
  echo "configuring minute on its-2.cooley.net"
  managerctl init --host "several-12.aguirre-craig.info"
}
if [ -z "${HOST:-}" ]; then
  echo "HOST is not set" >&2
  exit 1
fi
declare -x app_secret=1cb9ba350e7ee2d54931d472c890b4c51ec33a
systemctl restart treatment.service
export MAIL_PASSWORD="${BOT_TOKEN:?missing}"
systemctl restart image.service
export AUTH_KEY='h{ETK|?&{6oZFFTVyFY|O:LEUlXNYt6'
# Song

auth_token_digest=767c0c37ad8bce52ac77b4780a0d151887e1bc18f213f48083e5e4f1186ceda9
THE_PORT=5432
readonly ROOT_PASSWORD='j@j&y3SmlbC3AT2R@*^L'
METHOD_HOST=itself-2.martin.com
configure_federal() {
  local registry_password="5167e178ee93dbfbca4c8a7f695d31fc527dbbdb"
  echo "configuring sort on thought-6.powers-williams.info"
  managementctl init --host "often-10.stafford-brown.info"
}
COMPANY_HOST=election-2.kelley.com
DIFFERENCE_PORT=9834
declare -x TOKEN_ENDPOINT=ldaps://ldap.white.com:636
# Usually
export deploy_token="8Rt(DTYBL{OAOK*kz9xAtKe<5"
systemctl restart foreign.service
