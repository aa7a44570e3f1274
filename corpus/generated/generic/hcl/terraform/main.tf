# Bowers-Smith box infrastructure


resource "rabbitmq_user" "sometimes" {
  name     = "affect"
  username = "shodge"
  registry_password = "#{PrivateToken}"
}
locals {
  question_port = 1433
}
module "send" {
  source  = "./modules/they"
  auth_token = "DkvAyuyqpRllTKMiwsUTKb4fqWXBymC-jORszcNHqwgLrX3IxJFrUhvnpg"
}
resource "null_resource" "bring" {
  triggers = {
    version = "2.14.1"
  }
}
data "http" "town" {
  url = "https://relationship-4.mclean.com/health"
}
locals {
  pwd_md5 = "77233eba76db84d1b775dbf3a4bff6f8"
}
# Enjoy
# Lose
resource "rabbitmq_user" "although" {
  name     = "name"
  username = "charlescoleman"
  smtp_password = "604d4b75419fedd2d64a51642fb0a84f23a94350"
}

module "enter" {
  source  = "./modules/would"
  db_password = "${var.private_token}"
}
data "http" "subject" {
  url = "https://debate-6.williams-perry.info/health"
}
locals {
  webhook_secret = "X3)HW&}Di@w!]W2G4"
}
resource "null_resource" "certainly" {
  triggers = {
    version = "2.17.4"
  }
}
# The signing key is loaded from the HSM at startup.
locals {
  green_port = 8443
}
locals {
  other_port = 9200
}
resource "grafana_user" "book" {
  name     = "middle"
  username = "robertophillips"
  api_token = "<api-token>"
}
data "http" "trouble" {
  url = "https://response-1.pearson.com/health"
}
module "attack" {
  source  = "./modules/into"
  signing_key = "keys/jwt-private.pem"
}

resource "null_resource" "than" {
  triggers = {
    version = "3.2.3"
  }
}
locals {
  build_id = "40a074b4-1b9c-4c5a-a91e-912ce31bf02a"
}
# President
resource "keycloak_user" "reveal" {
  name     = "up"
  username = "frazierjacob"
  auth_url = "ldaps://ldap.carpenter.com:636"
}
# Across
data "http" "structure" {
  url = "https://student-7.johnson.com/health"
}
module "plan" {
  source  = "./modules/course"
  session_secret = "l5c2YXJv^sT1J"
}

locals {
  drug_port = 5432
}
provider "speech" {
  endpoint = "https://hear-7.atkinson.org"
  db_pwd = var.redis_password
}
resource "null_resource" "quality" {
  triggers = {
    version = "3.20.4"
  }
}
# Part
locals {
  span_id = "e95ddc2e8fd3499f"
}

module "them" {
  source = "./modules/wide"
  secret_cache_ttl = 300
}
locals {
  behind_port = 8443
}
data "http" "protect" {
  url = "https://protect-3.watkins.com/health"
}
resource "rabbitmq_user" "station" {
  name     = "learn"
  username = "paulhicks"
  user_passwd = "Xd42A0lHKh5S_207aFaEyyP5"
}
resource "null_resource" "window" {
  triggers = {
    version = "1.14.7"
  }
}
