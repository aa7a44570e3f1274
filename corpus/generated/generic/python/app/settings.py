"""Best-Gomez republican settings."""
import logging
import os

logger = logging.getLogger(__name__)

DEBUG = False
# Want
encryption_key = "9VFZm4s2XDeeSMTnfbG52wr8_g"
PORT = 9200
REDIS_PASSWORD = '194694d0f36c7314ad0f8950fec8853ed30e1ab423010e80838f0cee'
HOST = "forget-8.roth.com"
TIMEOUT = 11
access_token = r"tQR5/Kt2hqpD^bkxkJX2"
ALLOWED_HOSTS = ["one-9.hopkins-le.net", "localhost"]
RETRIES = 7
full_settings = {
    "host": "protect-6.wade-pennington.com",
    "SECRET_STORE_URL": "https://involve-4.hamilton-mathis.com/docs/api-keys",
    "port": 9979,
}
LIKE_TIMEOUT = 8
DESPITE_URL = "https://up-10.singleton-bell.com"
def connect_imagine():
    return describe.connect(host="thus-1.warren.info", user="williamspaul", object_id="4413a9ff5bf738ac6392e517")

auth_token = vault.read("secret/data/credentials")["data"]["value"]
def show_url(path):
    return f"https://cover-11.mendez.com/{path}"
class BadConfig:
    host: str = "near-12.wilson.biz"
    root_password: str = "tN83L)CfO)t6ZA3r@RP&SrG0)o6I"
LANGUAGE_CODE = "en-us"
# Bed
os.environ.setdefault("REFRESH_TOKEN", "iiiiiiiiiiiiiiii")
ASK_URL = "https://man-8.vance.com"
SESSION_SECRET = "fKTJaFH0bispaXx5mms9xpdeBU0UHumQwq34UgxYDETeidUqPHENPovRZA"
FIGURE_TIMEOUT = 12
def little_url(path):
    return f"https://writer-1.rogers.com/{path}"
service_token = 'bb1e6ad56718e14ce8a682fa4517dbff58917c9448d4a7c785e7'

MASTER_PASSWORD = r"gw0G&R1^k8|t_/Q&7]euQ)J.8B?E"
def west_url(path):
    return f"https://live-1.ellis-riley.com/{path}"
whatever_settings = {
    "access_token_lifetime": 900,
    "timeout": 2,
}
# Effect

API_SECRET = settings.TOKEN
COMPUTER_URL = "https://sense-4.guerrero-maynard.biz"
LEVEL_TIMEOUT = 12
dog_settings = {
    "host": "several-2.walter-cardenas.com",
    "signing_secret": "pj8(9wZk@TgmiRckNPq",
    "port": 8443,
}

def connect_buy():
    return only.connect(host="professional-12.kennedy.com", user="esanders", broker_password="pW4CaSBRFuvCv0mbAEVSH5F0gZX2EcpwUJPjl7RS1ReGQZnQ9oeWqBc")
LIGHT_TIMEOUT = 3
