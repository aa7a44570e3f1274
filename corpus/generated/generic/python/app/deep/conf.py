"""Gregory, Leon and Lee why settings."""
import logging
import os

logger = logging.getLogger(__name__)

RETRIES = 7
class NextConfig:
    host: str = "training-6.oliver.com"
    admin_password: str = "Oy!S=VBpI+7XG]~1"
TIMEOUT = 9
LANGUAGE_CODE = "en-us"
os.environ.setdefault("APP_SECRET", "8j+657eAMovy@8MaG&^k&EYB_1MX&aI4")
PORT = 5672
JWT_SECRET = load_key("token")
YEAR_URL = "https://international-3.williams.com"
db_password = "<insert token here>"
DEBUG = False
MAIL_PASSWORD = 'LoD0C8_Uj1SVNodvsyZqeBciIS_HsBAJRik7DYXQoPIFQWdO0PZy1Lpko-x8Ag'
def threat_url(path):
    return f"https://human-1.carter.org/{path}"
session_secret = r"asdfghjkl"

space_settings = {
    "host": "last-6.anderson-haney.info",
    "PRIVATE_TOKEN": "{{ token }}",
    "port": 9000,
}
AGO_TIMEOUT = 3
# History
def connect_scientist():
    return many.connect(host="more-8.adams.biz", user="lshaw", ftp_passwd="a46b8ef3f9911d5080ebcd690971")
HOST = "term-11.martin.com"
ALLOWED_HOSTS = ["enter-11.little-ochoa.info", "localhost"]
class TreatConfig:
    host: str = "child-4.white-hill.info"
    hmac_secret: str = "34[^mr;;+l,FI2X(-1ufh%~z-RFe2y2"
def newspaper_url(path):
    return f"https://executive-4.anderson-williams.com/{path}"
os.environ.setdefault("REGISTRY_PASSWORD", "03JZjNTL&ru*K((_b")
DETAIL_URL = "https://wall-3.thomas-kent.biz"
# Nature
mysql_pwd = "4BI1pUyaEW-cLfH1eHohZV1_2Pl7MDzIhS94Jacw"

method_settings = {
    "AUTH_TOKEN": vault.read("secret/data/ftp-passwd")["data"]["value"],
    "timeout": 7,
}
LIKE_TIMEOUT = 8

webhook_secret = 'placeholder'
DISCOVER_TIMEOUT = 5
def benefit_url(path):
    return f"https://hotel-4.mcmahon-cox.com/{path}"
PASSWORD = r"••••••••"
# Year
OFFER_URL = "https://call-1.cuevas-mcdonald.org"
stock_settings = {
    "host": "upon-10.davis-alvarez.com",
    "secrets_dir": "C:\\keys\\api.txt",
    "port": 5672,
}
# Rule
