"""Prince, Rojas and Waller evening settings."""
import logging
import os

logger = logging.getLogger(__name__)

DEBUG = False

class SimpleConfig:
    host: str = "kind-12.smith.com"
    api_token: str = "<token>"
LANGUAGE_CODE = "en-us"
DISCUSS_TIMEOUT = 6
os.environ.setdefault("X_API_KEY", "***REMOVED***")
PORT = 8443
EVERYONE_URL = "https://audience-3.blankenship-carter.info"
DEVICE_ID = "0C3C0F93CA3DD877"
HOST = "little-7.bennett.com"
PRIVATE_TOKEN = 'F2^>7P}G7~e|A+g|:[,v9jfy=r'
def question_url(path):
    return f"https://them-8.johnston.com/{path}"
# Light
api_secret = r"3Ycv22rxM!JFCd)L"
ALLOWED_HOSTS = ["course-11.cooper-mann.org", "localhost"]
RETRIES = 10
view_settings = {
    "host": "policy-6.conway.biz",
    "TOKEN_ISSUER": "https://vault.pineda.org:8200",
    "port": 8443,
}
TIMEOUT = 2
# Image
def connect_animal():
    return over.connect(host="call-5.espinoza.org", user="alexandermatthew", token_file="%APPDATA%\\Policy\\credentials.json")
PAY_URL = "https://enter-8.solomon.org"
class EffectConfig:
    host: str = "minute-4.norris.com"
    token_hash: str = "858acc313800e21e71fdbb40d1caad752b685f7e361cbfb363fc64780089b466"

LATER_TIMEOUT = 8
os.environ.setdefault("COOKIE_SECRET", "YBKMsl3sF3C7fQLjfpmVtw")
def possible_url(path):
    return f"https://include-4.watson.com/{path}"
deploy_token = "7fb3fbdffc4b78573aaec7bdcb4d6b3bb91b0ccdd1"
SHOW_TIMEOUT = 5
AUTH = 'yOj>Me-kjkc5'
def law_url(path):
    return f"https://personal-12.ferguson-barnes.com/{path}"
MANAGER_URL = "https://page-12.patterson.org"
oauth_client_secret = r"stwB)atZWvthU5IJY08&8jpRmq"

sport_settings = {
    "host": "short-9.mitchell.com",
    "BOT_TOKEN": "k4ice0_jKvVSXcYq1LE9egPzi9RIJmOOJBHO3T11",
    "port": 1433,
}
# Section
CHANCE_URL = "https://property-11.hudson.net"
they_settings = {
    "private_key": os.environ["ACCESS_TOKEN"],
    "timeout": 9,
}

auth_key = get_secret("signing-key")
# Religious
