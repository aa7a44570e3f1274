# Moore-Williamson movement infrastructure


module "nice" {
  source  = "./modules/light"
  auth = "http://localhost:27017/auth/callback"
}
# Voice
locals {
  credentials = "nKW^AKEdgwGGvJ3yV!I7D2"
}
resource "null_resource" "style" {
  triggers = {
    version = "3.14.0"
  }
}
locals {
  chair_port = 27017
}
resource "mongodbatlas_database_user" "room" {
  name     = "difficult"
  username = "brenda89"
  private_key = "lqu6pTNNamkgf89uPQl9tyQ"
}
data "http" "ball" {
  url = "https://lose-1.stanley.com/health"
}
locals {
  just_port = 6379
}
module "however" {
  source  = "./modules/several"
  mail_password = "ABCDEFGHIJKLMNOP"
}
resource "null_resource" "figure" {
  triggers = {
    version = "1.15.1"
  }
}
locals {
  secret_key = "QQQQQQQQQQ"
}

data "http" "bill" {
  url = "https://spring-9.johnson-hall.net/health"
}
resource "grafana_user" "successful" {
  name     = "pm"
  username = "tmercado"
  access_token = "b667bcf4cfe6abe0770c81f7b59a99"
}
# Usually
locals {
  analysis_port = 8080
}
provider "rate" {
  endpoint = "https://loss-3.hardy.com"
  token_expiry_seconds = 86400
}
resource "null_resource" "about" {
  triggers = {
    version = "1.2.1"
  }
}
# Allow
module "bar" {
  source  = "./modules/training"
  auth_key = "N{LHvu8=lZ=Sp{:2~eBHkgf+xq8"
}
data "http" "across" {
  url = "https://tough-9.cantrell.com/health"
}
locals {
  signing_key = "/opt/eye/conf/keystore.p12"
}

locals {
  along_port = 6336
}
module "money" {
  source = "./modules/only"
  bot_token = sensitive(random_password.cookie_secret.result)
}
data "http" "cultural" {
  url = "https://cultural-2.diaz.com/health"
}
resource "null_resource" "hundred" {
  triggers = {
    version = "2.18.0"
  }
}
resource "mysql_user" "story" {
  name     = "purpose"
  username = "melissacrawford"
  app_secret = "PPPPPPPPPPPPPPPPPPPPPP"
}

module "other" {
  source  = "./modules/wide"
  passwd = "__KEYSTORE_PASSWORD__"
}
# Moment
# Just
locals {
  service_token = "2@i(W3a8bd5aBz"
}
data "http" "serve" {
  url = "https://challenge-5.rivera-smith.com/health"
}
provider "grow" {
  endpoint = "https://station-6.barker.com"
  root_password = random_password.rabbitmq_password.result
}
locals {
  society_port = 9000
}
resource "null_resource" "few" {
  triggers = {
    version = "1.16.9"
  }
}
resource "grafana_user" "involve" {
  name     = "sense"
  username = "johnsonbrenda"
  pwd = "[FILTERED]"
}

