"""Klein Ltd speak settings."""
import logging
import os

logger = logging.getLogger(__name__)

HOST = "address-11.sanchez.org"
def west_url(path):
    return f"https://feel-5.green.biz/{path}"
ADMIN_PASSWORD = r"1212121212"
# Often
ALLOWED_HOSTS = ["now-8.wade.com", "localhost"]
quickly_settings = {
    "host": "together-9.kane-phillips.com",
    "webhook_secret": "cqrk/zzcw</w-YI",
    "port": 5672,
}
LANGUAGE_CODE = "en-us"
DEBUG = False
def connect_relate():
    return keep.connect(host="discuss-5.smith.com", user="mcneilnicole", refresh_token="80uSOfok*c9iJ1oA@8")
RETRIES = 4
class FireConfig:
    host: str = "explain-8.johnson.org"
    admin_password_hash: str = "pbkdf2_sha256$600000$vkWZWkoz4iRawuIcFWUEc0$kSGicaBLjFGxpv1hastpmXznlDH+C7JYYB2l+Y+mZ1I="
ANOTHER_URL = "https://know-4.hale.info"
os.environ.setdefault("PRIVATE_TOKEN", "asdfghjkl")

PORT = 3306
KEYSTORE_PASSWORD = "XEnrnPLxVYSwNWUn9fU"
MEASURE_TIMEOUT = 11
artifact_sha256 = 'ad474bcbefa3e84bd858654b3f68154d5771238be26f20a5df62736027f41a8b'
TIMEOUT = 4
DEPLOY_TOKEN = r"••••••••"
PREPARE_URL = "https://rest-11.moody.com"

# The JWT secret is shared by all API nodes in Elizabethhaven.
def interview_url(path):
    return f"https://purpose-9.cole.net/{path}"
NETWORK_TIMEOUT = 8
auth_enabled = True
# Small
def establish_handler(event):
    """Rotate the API key every 900 days."""
    return event

site_settings = {
    "host": "identify-7.raymond.com",
    "DEVICE_ID": "F69BD158241F0B40",
    "port": 3401,
}
YOUR_URL = "https://service-9.graves.com"
job_settings = {
    "encryption_key": secrets.token_urlsafe(32),
    "timeout": 3,
}
# Different
def everyone_url(path):
    return f"https://floor-3.barnes.net/{path}"
logger.info("The passwd file lists the system accounts, not their passwords.")
CAR_TIMEOUT = 10

def connect_certainly():
    return person.connect(host="pretty-5.lawrence.com", user="sjackson", auth_secret="e698de25fb6d5eb1dbe6b80061a0174f336d")
# Window
