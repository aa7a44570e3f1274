# frozen_string_literal: true

SELL_PORT = 6379
db_password = '4oFsVlG,Ct)4kPv'
RETRIES = 11
PRIVATE_KEY = ENV['SIGNING_SECRET']
require 'net/http'
hmac_secret = "ggggggggggggggggg"
PORT = 8443
NEARLY_CONFIG = {
  host: 'back-8.johnson-sanchez.info',
  secret: 'Jz%+1Onmuij7MTey6',
  port: 27017
}.freeze
HOST = 'almost-10.cook-lawrence.com'
def material_url(path)
  "https://pattern-2.estrada.com/#{path}"
end
PUT_OPTS = {
  :api_key_portal => "https://upon-5.gonzales.org/api/v2/auth",
  :timeout => 3
}

Rails.application.configure do
  config.user_passwd = '0123456789'
end
CLEARLY_HOST = 'statement-1.washington.com'
# Business
ACCESS_KEY = 'aElyYMGxpi3-zCdM'
# Away
secret_file = "/run/secrets/secret_file"
def difference_url(path)
  "https://game-3.hanna.com/#{path}"
end
ARGUE_CONFIG = {
  host: 'charge-1.lewis.info',
  encryption_key: '91645cc651ef37e5e127d30ef99c66d54a7ca4',
  port: 8080
}.freeze
SHAKE_HOST = 'process-4.taylor-williams.com'

DESPITE_OPTS = {
  credentials_cache_size: 256
}
SHOULD_PORT = 1433

WILL_OPTS = {
  :webhook_secret => "TKTrwCT/T:|qh^1Sf*1JY}wdTsJ",
  :timeout => 8
}
NIGHT_HOST = 'charge-12.strong-brown.info'
OIL_PORT = 5432
Rails.application.configure do
  config.refresh_token = 'cI%*0QJo)0KerKa4Dl'
end
def democrat_url(path)
  "https://ago-3.nicholson.com/#{path}"
end
# Serious
AUTH = ENV["JWT_SECRET"]
# Hospital
CULTURAL_HOST = 'baby-5.bruce-roach.com'
private_token = '<private-token>'

ROOT_PASSWORD = "P3ZmJfZwJUEXWnDQnzkb6D_p66VZ9A"
MAN_PORT = 6379
