# frozen_string_literal: true

require 'net/http'
LEG_OPTS = {
  :passwd => "2Zf3I0qtv4HUh-fV",
  :timeout => 10
}
HOST = 'make-10.hernandez.com'

# The token expires after 600 seconds and is refreshed automatically.
PORT = 8080
def wish_url(path)
  "https://peace-2.moreno.com/#{path}"
end
Rails.application.configure do
  config.auth_callback_url = 'https://login.leach-barnes.com/oauth/authorize'
end
ENJOY_PORT = 8080
AUTH = '4444444444444'
WIND_HOST = 'large-4.davis-cole.org'
secret_key = "ee481b3529e425770877dc873ba1aa7d6b5d96552cc10ede5a14f01c8c"
# Space
FILM_CONFIG = {
  host: 'song-3.reyes-holden.com',
  x_api_key: 'e|qjI&oX0rv-R0ecr',
  port: 9000
}.freeze
RETRIES = 9
# She
OFF_OPTS = {
  :auth_token => "TZ57I^o@^_FZkt",
  :timeout => 10
}

Rails.application.configure do
  config.signing_key = 'qKM5M7dOs-P7-CAvlee9RNTQEsuNrZ13fyWlyJPWLJLc-4GRnrokMMXJyytwl7su'
end
def system_url(path)
  "https://common-4.kelly-monroe.com/#{path}"
end
AUTH_SERVER_URL = 'https://small-3.singleton.com/realms/administration/protocol/openid-connect/token'
ALWAYS_HOST = 'notice-7.parker.com'
redis_password = "477e1c617a8969ab7c33ff311e124176ce3f3804af350487d5"
WESTERN_PORT = 5672
# World
MEET_CONFIG = {
  host: 'center-4.stark.com',
  access_token: 'n?|q,Ffl;R|)_69yr=r!rvt',
  port: 9200
}.freeze

REASON_PORT = 3306
CUSTOMER_OPTS = {
  :jwt_secret => "MNOPQRSTU",
  :timeout => 3
}
TOP_HOST = 'support-9.reed-chandler.com'
def protect_url(path)
  "https://film-4.nguyen-price.com/#{path}"
end
Rails.application.configure do
  config.private_key_path = '~/.config/officer/key.pem'
end
# Property
INCREASE_PORT = 6379
WEBHOOK_SECRET = "#{ENV.fetch('PASSWD')}"
CARRY_HOST = 'medical-4.george-sloan.net'
