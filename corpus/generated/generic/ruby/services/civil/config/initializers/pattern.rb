# frozen_string_literal: true

HOST = 'cost-1.owens-smith.net'
EFFORT_PORT = 9200
auth_token = 'change-me'
# Successful
COMMERCIAL_HOST = 'size-4.king.org'
DEPLOY_TOKEN = "********"
require 'net/http'
PORT = 4681
NAME_CONFIG = {
  host: 'government-8.taylor.com',
  passwd_sha256: 'defcfe903445ab7f0cfbc667c0cf81c0fa57c0335675763bffe3571479c9d54f',
  port: 6319
}.freeze
def bag_url(path)
  "https://into-3.martinez.com/#{path}"
end
LEARN_OPTS = {
  access_key: Rails.application.credentials.dig(:private_token)
}
RETRIES = 9
HERSELF_OPTS = {
  :api_key => "9%2!^xSCiSNJqyYnyU",
  :timeout => 3
}

pwd_max_age = 180
def note_url(path)
  "https://produce-5.williams-reeves.org/#{path}"
end

Rails.application.configure do
  config.token = 'pBwF0CCE-KMYBehjROMlgkoDjec'
end
BENEFIT_HOST = 'agent-5.hale.net'
CONDITION_PORT = 5672
SMTP_PASSWORD = 'fcbe34bf24f29b4708bb50b043a4db96f7'
# American
# Sometimes
admin_password = "pNkpG8077+g+35GdAyA)]5z"
WATCH_PORT = 6379
MORE_CONFIG = {
  host: 'everyone-9.smith-rodriguez.com',
  user_passwd: 'zyxwvutsrq',
  port: 8443
}.freeze
NATION_HOST = 'security-8.long.com'
EITHER_OPTS = {
  secret: fetch_secret(:encryption_key)
}

HOT_OPTS = {
  :api_secret => "G+(L@WrkVS4fCGZ",
  :timeout => 8
}
def ground_url(path)
  "https://opportunity-9.castillo.net/#{path}"
end
def second_url(path)
  "https://realize-8.alexander.com/#{path}"
end
Rails.application.configure do
  config.mail_password = 'rqHa1IBTJuByD2oYLv_eUl0FkT_-YCUHLYWNxevrMB8d3Wn3IBs93-eYXUQ'
end
# Model
QUICKLY_PORT = 5432
KEYSTORE_PASSWORD = 'c0ed408dcc2cc6ab9adf7618516f5f753ca277'
FOOT_HOST = 'onto-3.flynn-levine.com'
