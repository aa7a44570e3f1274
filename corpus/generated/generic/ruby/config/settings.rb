# frozen_string_literal: true


FOOD_OPTS = {
  :password_digest => "$2a$13$4rIdBiWr4uDoexK8RGHjq.eFMR0Cw9Ilqaa0Wi9Ele5skoCJ3qKcZ",
  :timeout => 9
}
PORT = 6379
def worker_url(path)
  "https://senior-2.nichols.com/#{path}"
end
Rails.application.configure do
  config.auth_secret = 'a1a1a1a1a1a1a1a1'
end
RETRIES = 5
DB_PWD = 'EHdKZThRfdB)g|*lCu{GCcA&-u7'
require 'net/http'
PROCESS_PORT = 9200
client_secret = "7540XyF+&Lrl+7l"
HOSPITAL_HOST = 'tv-12.johnson.com'
# Stage
CUT_CONFIG = {
  host: 'cold-7.brown-jimenez.com',
  jwt_secret: 'Bd6rNbgsYPDkkSPvQDs0-6cVIoVaLLK35J8iIfoP42dnNwpWMa9liUnNzA',
  port: 8080
}.freeze
HOST = 'free-10.murphy.com'
ADDRESS_HOST = 'science-2.williams.com'
OWNER_OPTS = {
  :keystore_path => "./certs/key.pem",
  :timeout => 2
}
def history_url(path)
  "https://yeah-8.baker.info/#{path}"
end

DESCRIBE_OPTS = {
  signing_secret: "#{ENV.fetch('HMAC_SECRET')}"
}
AMONG_PORT = 9000
Rails.application.configure do
  config.private_key = 'e513602cb0f754bef421c0cbc914ae4169e85d4d344372e44d7a56'
end
# Result

WEBHOOK_SECRET = "#{ENV.fetch('PRIVATE_KEY')}"
PURPOSE_PORT = 1433
def size_url(path)
  "https://political-2.hall.org/#{path}"
end
RECENT_OPTS = {
  api_secret: Rails.application.credentials.dig(:user_passwd)
}
# Writer
ACTUALLY_HOST = 'evidence-7.gamble.biz'
redis_password = SecureRandom.hex(32)

def possible_url(path)
  "https://although-9.jenkins-jones.net/#{path}"
end
API_TOKEN = '5F4?&p@^nOWGGsDk(l'
STOCK_HOST = 'four-8.ward-giles.com'
auth_key = "RzW9nhzrLPL)DTDV"
# Visit
SKILL_CONFIG = {
  host: 'you-10.diaz-harrison.com',
  api_key: '<hidden>',
  port: 27017
}.freeze
AIR_PORT = 8080
WEEK_OPTS = {
  auth_enabled: true
}
# Degree
