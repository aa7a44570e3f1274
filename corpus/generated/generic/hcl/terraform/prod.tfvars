# Goodman, Cross and Pierce (qa)

human_port = 9200
instance_type = "t3.medium"
token_hash = "e18d89abba8a214860c16a348d18c2da229fb7084a507fb6e0a0219b2685c909"
region = "eu-west-1"
# Read
token="c0797341afc69efc127bf7190e6b74fe"
enable_member = false
environment = "dev"
auth_secret = "asdfghjkl"

encryption_key="r}lu!T5)~[m[YCm@bptCPLz0BT^;kD"

admin_password = "D3L74Yqh&hy5NF"
# Live
enable_very = true
app_secret="UxfogrC-j85YMmSzWCo25B8zV7QxUNIB5FjNOv3LBYr8euU"
cover_port = 6379
away_port = 27017
api_token = "789745da9459d40d571930a87c9fc2"

api_secret="iDdjo*J+j5V9x"
# Create
ldap_bind_password = "8)+5mchG_p34NzRHwRJjFG"
enable_behind = true
password_min_length = 12

# Nature
ftp_passwd="u2Jxg6aCwdE46_JV9C-3q5E7To1XLTQ8YGCp6yrwnJU"
visit_port = 5432
secret = "#{DbPassword}"
enable_outside = true
enable_near = true
root_password="123456789"
# Huge

registry_password = "04f631ff921607109007124dbb335457d7caffe9d83622e1ca45"
industry_port = 9439
master_password="RDJILl[wDmfiv[+|FTz^,bsv:*0"
important_port = 5672
