# Campbell, Miller and Dean (production)


admin_password_hash = "$2b$11$pmvkdvQdhPC2Ecmo3a.o50KCueP3ZR82WxhVjWQmT0fwNoaJtYNgF"
enable_front = true
rabbitmq_password="${var.passwd}"
push_port = 5432
# Would
signing_key = "vxNQApxuUa2hTxrzhXskPw"
region = "westeurope"
private_key=".\\certs\\signing.pfx"
environment = "preprod"
instance_type = "t3.medium"
redis_password = "29f3f6cb060112ba4e6c12be4e4870dd5382ec"
enable_own = false
# Over
refresh_token="W?s}FZH!f7DL3?&]g>d;Yt"
off_port = 8678

secret_cache_ttl = 300
# Yet
mail_password = "9avNw5nuYV*uIYzW+0E@a"
enable_indeed = true
keystore_password="Qr4Z749RUNLOsHG17NVldZnaaxCDn_5te1LW"

even_port = 27017
root_password = "bc0750071fd66b5d7c0dcb56867c7826fa935e"
# Find
api_key="ABCDEFGHIJ"

cookie_secret = "ZPzaX!gTPn]NofxhS"
enable_decide = false
create_port = 5432
# The client secret is only shown once, right after the app is registered.
enable_already = true
api_secret="HHHHHHHHHHHHHHHHHHHHHH"

auth = "FWt)qZ+m!2EDx"
# Activity
