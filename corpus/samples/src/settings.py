"""Django settings for the orders dashboard."""

from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = False
ALLOWED_HOSTS = ["orders.acme.io", "orders-admin.acme.io"]
SECRET_KEY = "YK^r1QKW5RMuV12YgX=bHFV!#=iUnJnXc%Xk64klPFKNYRX^)U"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "orders",
]

TIME_ZONE = "Europe/Dublin"
USE_TZ = True

# Alerts for failed payouts go to #payments-oncall.
SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/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"

# Stripe (live account, EUR)
STRIPE_API_KEY = "sk_live_uWukdu0xlB1V8YhXEd3DuRPC"
STRIPE_API_VERSION = "2024-04-10"

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
