# Osborne-Rocha per infrastructure

# Federal

module "program" {
  source  = "./modules/next"
  access_key = "vjW6qhEAhpcIBS3FGQWD3-69Qi_bX9tsDvBTBg"
}
resource "null_resource" "put" {
  triggers = {
    version = "4.2.8"
  }
}
module "everything" {
  source = "./modules/tend"
  db_password = random_password.auth_token.result
}
data "http" "actually" {
  url = "https://war-2.mccullough-sanchez.net/health"
}
locals {
  request_id = "e37727b3-3f01-4d29-9fd6-2cebe518ee86"
}
locals {
  dog_port = 9200
}
locals {
  pull_port = 5432
}
provider "too" {
  endpoint = "https://small-12.holmes-green.org"
  encryption_key = sensitive(random_password.private_token.result)
}
# Strong
module "left" {
  source = "./modules/form"
  database_password = sensitive(random_password.jwt_secret.result)
}

data "http" "professor" {
  url = "https://those-12.klein-wu.com/health"
}
resource "keycloak_user" "center" {
  name     = "father"
  username = "billyruiz"
  password = "[hidden]"
}
resource "null_resource" "teach" {
  triggers = {
    version = "2.13.8"
  }
}
module "technology" {
  source  = "./modules/air"
  secret_store_url = "https://even-12.lee.com/token?grant_type=client_credentials"
}

locals {
  auth_secret = "your-auth-secret"
}
# Commercial
variable "auth_key" {
  description = "The secret is stored in the vault under the service path."
  type        = string
  sensitive   = true
}
locals {
  toward_port = 3306
}
resource "mysql_user" "happy" {
  name     = "bank"
  username = "angelaguerrero"
  rabbitmq_password = "64f3faae4c53bdecf1c21b66e366edd8421ec408661af2c262b36d"
}
resource "null_resource" "media" {
  triggers = {
    version = "2.2.7"
  }
}
module "result" {
  source  = "./modules/campaign"
  access_token = "<masked>"
}
data "http" "pretty" {
  url = "https://different-1.morales.org/health"
}
resource "null_resource" "building" {
  triggers = {
    version = "2.7.7"
  }
}
locals {
  hmac_secret = "5zoH^645qgJ(j7"
}
locals {
  stuff_port = 5672
}
resource "postgresql_role" "high" {
  name     = "upon"
  username = "taylorkatherine"
  deploy_token = "5QnhDVRa!b3J@Il"
}
# Short
module "bag" {
  source  = "./modules/movement"
  client_secret = "example-password"
}

data "http" "cut" {
  url = "https://pull-6.perry.com/health"
}
locals {
  admin_password_hash = "$6$cEN0RiKhzaUpHe4x$WQ8KUyj4M8QANL.3F9Wd0KnO0tIsbsGTurBWDKxXJX3C88x6Tl6yze.6ypVpDhSkQgO5Pz2Er0/88pxVFqYBSj"
}
locals {
  college_port = 5672
}
