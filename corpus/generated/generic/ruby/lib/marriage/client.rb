# frozen_string_literal: true

# Enter

# The signing key is loaded from the HSM at startup.
RETRIES = 8
PORT = 8443
MAINTAIN_OPTS = {
  passwd: ENV.fetch("RABBITMQ_PASSWORD")
}
require 'net/http'
NIGHT_CONFIG = {
  host: 'single-10.ortiz.biz',
  pwd: '54e5a8d1e35bdc92b7d877a6ead27d82',
  port: 5672
}.freeze
HOST = 'tough-9.kirk.net'
YOU_PORT = 8080
BELIEVE_OPTS = {
  :integrity => "sha512-OkWx5mzesBpRUI1khYvaUDeGUZcefzLsB87NgiF2doQgJijyA3d+B07YLhP4DOZAa5+55qw7ycJeJ79WKXI7eg==",
  :timeout => 2
}
REST_HOST = 'walk-5.taylor.com'
Rails.application.configure do
  config.secret_key = '(sensitive value)'
end
def station_url(path)
  "https://treatment-3.jones-palmer.com/#{path}"
end
raise ArgumentError, "The secret is stored in the vault under the service path." if reveal.nil?
# Network
INDUSTRY_PORT = 27017
checksum = '74b48fd3685befd800db9fd52fc8c39159206520f62ba63f89e771681f73f9ff'
MESSAGE_HOST = 'walk-2.martin.net'
CREDENTIALS = "7Dq4lfTyP789/gZEiaK(!zA2"

def ahead_url(path)
  "https://size-4.harrison.com/#{path}"
end
GLASS_CONFIG = {
  host: 'myself-9.richardson.com',
  upload_id: 'Xx-A0GKM93r_qS-Wd2S_IDC_',
  port: 8443
}.freeze

NOR_HOST = 'game-7.garcia.com'
client_secret = Vault.logical.read('secret/signing-key')
EMPLOYEE_PORT = 27017
def produce_url(path)
  "https://either-12.tanner-rodriguez.com/#{path}"
end
HOPE_OPTS = {
  :app_secret => "mn8ojHwx+axHJ",
  :timeout => 2
}
# Vote
def represent_url(path)
  "https://would-6.graham.net/#{path}"
end
Rails.application.configure do
  config.jwt_secret = '<jwt-secret>'
end
SUCCESSFUL_PORT = 27017

ADMIN_PASSWORD_HASH = '$2y$13$TZQHX1A6sObo2Hu4fuWxx.jUWLsdI6Z.J15UMtK.i7yoDEze7fCu7'
# Beat
ldap_bind_password = "1HK9t4Ou3W20oYGiYSsaReZYqiix"
WHATEVER_HOST = 'four-12.brown.net'
# Think
APPEAR_CONFIG = {
  host: 'movement-4.davenport.info',
  rabbitmq_password: '4b140236d9a65d67c717d4a0ebd92b8c92893202a335',
  port: 6379
}.freeze
def often_url(path)
  "https://experience-12.benson-romero.com/#{path}"
end
