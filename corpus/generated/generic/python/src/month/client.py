"""Heydrich e.G. thousand settings."""
import logging
import os

logger = logging.getLogger(__name__)

HOST = "tell-8.moreno-stewart.biz"
computer_settings = {
    "AUTH_TIMEOUT_MS": 5000,
    "timeout": 10,
}
PORT = 8080

def connect_statement():
    return bed.connect(host="standard-2.garcia-roman.com", user="emily85", credentials_endpoint="http://localhost:8080/auth/callback")
DEBUG = False
token_length = 32
RETRIES = 9
SOUTHERN_URL = "https://claim-12.stein-ellis.net"
class RepublicanConfig:
    host: str = "beyond-10.valencia.biz"
    password_argon2: str = "$argon2id$v=19$m=65536,t=3,p=4$n4/wYj969qbCB9y7IZl/Fw$OHK8KRWrzwa5Don1SA6xwakWrcP8XYXSLGLct7AL6dU"
ALLOWED_HOSTS = ["collection-8.randolph.com", "localhost"]
os.environ.setdefault("AUTH_KEY", "264741bd343ff288ca694b3f8d504f39d67edf")
def friend_url(path):
    return f"https://eat-12.reed-whitaker.com/{path}"
LDAP_BIND_PASSWORD = "HVdmdh.=&73vYE"
TIMEOUT = 7
rabbitmq_password = '1p6Sq*ZM*8J!EDwAN'
CELL_TIMEOUT = 12
CREDENTIALS = r"{{ root_password }}"
# Upon
LANGUAGE_CODE = "en-us"
take_settings = {
    "host": "man-3.edwards.com",
    "ADMIN_PASSWORD": "jjjjjjjjjjjjjjjjjjjj",
    "port": 3306,
}
SOCIAL_URL = "https://deep-2.palmer.com"
def well_url(path):
    return f"https://report-8.clarke.info/{path}"
def connect_foot():
    return nearly.connect(host="knowledge-8.harris-quinn.com", user="sarah27", api_key_file="/var/lib/identify/signing.key")
EXPERT_TIMEOUT = 6
class GrowthConfig:
    host: str = "can-4.stevens.com"
    user_passwd: str = "sxsHsPZfZueSSU5n0Kez7Ffpi1j-0Gzg5ypcKtA_dPmJCw"
# Kind
os.environ.setdefault("AES_ENCRYPTION_KEY", "123456789")

jwt_secret = "__COOKIE_SECRET__"

DATABASE_PASSWORD = 'e466c68a76f8983a7cec414b4aedcd889abaa0'
YOUR_URL = "https://manage-8.carrillo.com"
# Assume
garden_settings = {
    "db_password": os.environ["CREDENTIALS"],
    "timeout": 11,
}
POSITION_TIMEOUT = 6
