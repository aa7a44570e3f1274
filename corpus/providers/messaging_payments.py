"""Messaging and payments providers: Discord, Telegram, Microsoft Teams, Twilio, SendGrid,
Mailgun, Mailchimp, Postmark, Shopify, Square, PayPal/Braintree, Adyen, Plaid and Stripe webhook
secrets. Formats from the sources named in each family file's header
(identifiers/builtin/credentials/<provider>.toml)."""

import base64

from _lib import (
    ALNUM, DIGITS, HEX, LOWER, LOWER_ALNUM, URLSAFE, b64url, last_changed, NearMiss, Rng, Token,
    uuid,
)

BASE64_CHARS = ALNUM + "+/"
# Adyen's third part: printable characters seen in published keys, without quotes, backslash
# and template characters ({ } < > $) that a placeholder check would take for a template.
ADYEN_SUFFIX = ALNUM + "!#%()*+;=?@[]^_~-"


# Discord -------------------------------------------------------------------------------


def discord_bot_token(rng: Rng, long_hmac=None) -> str:
    user_id = str(rng.int(10**16, 2 * 10**18))  # a 17-19 digit snowflake
    first = base64.b64encode(user_id.encode()).decode().rstrip("=")
    timestamp = b64url(rng.bytes(4))[:6]
    long_hmac = rng.choice([True, False]) if long_hmac is None else long_hmac
    return f"{first}.{timestamp}.{rng.mixed(URLSAFE, 38 if long_hmac else 27)}"


def discord_webhook(rng: Rng) -> str:
    host = rng.choice(["discord.com", "discordapp.com", "canary.discord.com", "ptb.discord.com"])
    version = rng.choice(["", "v10/", "v9/"])
    return f"https://{host}/api/{version}webhooks/{rng.int(10**17, 2 * 10**18)}/{rng.mixed(URLSAFE, 68)}"


# Telegram ------------------------------------------------------------------------------


def telegram_token(rng: Rng) -> str:
    return f"{rng.int(10**8, 8 * 10**9)}:AA{rng.mixed(URLSAFE, 33)}"


# Microsoft Teams -----------------------------------------------------------------------


def teams_webhook(rng: Rng) -> str:
    ids = f"{uuid(rng)}@{uuid(rng)}/IncomingWebhook/{rng.chars(HEX, 32)}/{uuid(rng)}"
    kind = rng.int(0, 2)
    if kind == 0:
        return f"https://outlook.office.com/webhook/{ids}"
    org = rng.chars(LOWER, rng.int(4, 12))
    url = f"https://{org}.webhook.office.com/webhookb2/{ids}"
    return url + (f"/V2{rng.mixed(URLSAFE, 44)}" if kind == 2 else "")


def teams_workflow(rng: Rng) -> str:
    sig = b64url(rng.bytes(32))
    flow = rng.chars(HEX, 32)
    if rng.choice([True, False]):
        region = rng.choice(["westeurope", "eastus", "westus", "northeurope", "uksouth"])
        return (f"https://prod-{rng.int(0, 99):02d}.{region}.logic.azure.com:443/workflows/{flow}"
                f"/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={sig}")
    env = "default" + rng.chars(HEX, 30) + "." + rng.chars(HEX, 2)
    return (f"https://{env}.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/{flow}"
            f"/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={sig}")


# Twilio --------------------------------------------------------------------------------


def twilio_secret(rng: Rng) -> str:
    return rng.mixed(ALNUM, 32)


def twilio_token(rng: Rng) -> str:
    return rng.mixed(HEX, 32)


def sid(rng: Rng, prefix: str) -> str:
    return prefix + rng.chars(HEX, 32)


# Others --------------------------------------------------------------------------------


def sendgrid(rng: Rng) -> str:
    return f"SG.{b64url(rng.bytes(16))}.{b64url(rng.bytes(32))}"


def mailgun(rng: Rng) -> str:
    if rng.choice([True, False]):
        return "key-" + rng.mixed(LOWER_ALNUM, 32)
    return mailgun_new(rng)


def mailgun_new(rng: Rng) -> str:
    return f"{rng.mixed(HEX, 32)}-{rng.chars(HEX, 8)}-{rng.chars(HEX, 8)}"


def mailchimp(rng: Rng) -> str:
    return f"{rng.mixed(HEX, 32)}-us{rng.int(1, 21)}"


def shopify(rng: Rng, prefixes=("shpat_", "shpca_", "shppa_")) -> str:
    return rng.choice(prefixes) + rng.mixed(HEX, 32)


def square_access(rng: Rng) -> str:
    if rng.int(0, 3):
        return "EAAA" + rng.mixed(URLSAFE, 60)
    return "sq0atp-" + rng.mixed(URLSAFE, 22)


def square_secret(rng: Rng) -> str:
    return "sq0csp-" + rng.mixed(URLSAFE, 43)


def braintree(rng: Rng, env: str = "production") -> str:
    return f"access_token${env}${rng.mixed(LOWER_ALNUM, 16)}${rng.mixed(HEX, 32)}"


def paypal(rng: Rng) -> str:
    return "A21AA" + rng.mixed(URLSAFE, 92)


def adyen(rng: Rng) -> str:
    first = "AQE" + rng.mixed(BASE64_CHARS, 91) + "=="
    second = base64.b64encode(rng.bytes(32)).decode()
    return f"{first}-{second}-{rng.mixed(ADYEN_SUFFIX, 16)}"


def plaid_secret(rng: Rng) -> str:
    return rng.mixed(HEX, 30)


def plaid_token(rng: Rng, kind=None, env=None) -> str:
    kind = kind or rng.choice(["access", "access", "processor"])
    env = env or rng.choice(["production", "production", "development"])
    return f"{kind}-{env}-{uuid(rng)}"


def whsec(rng: Rng) -> str:
    if rng.choice([True, False]):
        return "whsec_" + rng.mixed(ALNUM, 32)
    return "whsec_" + rng.mixed(HEX, 64)


TOKENS = [
    Token(
        identifier="DISCORD_BOT_TOKEN",
        make=discord_bot_token,
        names=["DISCORD_TOKEN", "DISCORD_BOT_TOKEN", "discord_token", "discordBotToken"],
        near_misses=[
            NearMiss("discord: valid token under a non-Discord name", discord_bot_token, name="checksum"),
            NearMiss("discord: HMAC part 10 characters short", lambda r: discord_bot_token(r, False)[:-10]),
            NearMiss("discord: timestamp part 5 characters", lambda r: ".".join(p if i != 1 else p[:5] for i, p in enumerate(discord_bot_token(r).split(".")))),
            NearMiss("discord: placeholder", lambda r: "your_discord_bot_token_here"),
        ],
    ),
    Token(
        identifier="DISCORD_WEBHOOK_URL",
        make=discord_webhook,
        names=["DISCORD_WEBHOOK_URL", "discord_webhook", "webhookUrl", "ALERTS_WEBHOOK"],
        near_misses=[
            NearMiss("discord: webhook token truncated to 30 characters", lambda r: discord_webhook(r)[:-38]),
            NearMiss("discord: placeholder webhook", lambda r: "https://discord.com/api/webhooks/123456789/abcdefghi"),
            NearMiss("discord: template webhook", lambda r: "https://discord.com/api/webhooks/<webhook_id>/<webhook_token>"),
        ],
    ),
    Token(
        identifier="TELEGRAM_BOT_TOKEN",
        make=telegram_token,
        names=["TELEGRAM_BOT_TOKEN", "telegram_token", "BOT_TOKEN", "tgBotToken"],
        near_misses=[
            NearMiss("telegram: documentation token", lambda r: "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"),
            NearMiss("telegram: secret 2 characters short", lambda r: telegram_token(r)[:-2]),
            NearMiss("telegram: non-BotFather secret under a non-keyword name",
                     lambda r: f"{r.int(10**8, 8 * 10**9)}:ZZ{r.mixed(URLSAFE, 33)}", name="checksum"),
        ],
    ),
    Token(
        identifier="MICROSOFT_TEAMS_WEBHOOK_URL",
        make=teams_webhook,
        names=["TEAMS_WEBHOOK_URL", "teams_webhook", "msTeamsWebhook", "NOTIFY_TEAMS_URL"],
        near_misses=[
            NearMiss("teams: owner id missing", lambda r: teams_webhook(r).split("/IncomingWebhook/")[0] + "/IncomingWebhook/" + r.chars(HEX, 32)),
            NearMiss("teams: placeholder", lambda r: "https://xxxx.webhook.office.com/webhookb2/..."),
            NearMiss("teams: template", lambda r: "https://outlook.office.com/webhook/{group_id}@{tenant_id}/IncomingWebhook/{webhook_id}/{owner_id}"),
        ],
    ),
    Token(
        identifier="MICROSOFT_TEAMS_WORKFLOW_URL",
        make=teams_workflow,
        names=["TEAMS_WORKFLOW_URL", "teams_flow_url", "powerAutomateUrl", "TEAMS_WEBHOOK"],
        near_misses=[
            NearMiss("teams workflow: no signature", lambda r: teams_workflow(r).split("&sig=")[0]),
            NearMiss("teams workflow: signature truncated", lambda r: teams_workflow(r)[:-20]),
            NearMiss("teams workflow: template", lambda r: "https://prod-XX.region.logic.azure.com:443/workflows/{workflow-id}/triggers/manual/paths/invoke?api-version=2016-10-01&sig={signature}"),
        ],
    ),
    Token(
        identifier="TWILIO_API_KEY_SECRET",
        make=twilio_secret,
        names=["TWILIO_API_SECRET", "twilio_api_key_secret", "twilioApiSecret", "TWILIO_SECRET"],
        near_misses=[
            NearMiss("twilio: API key secret under a non-keyword name", twilio_secret, name="checksum"),
            NearMiss("twilio: API key secret 2 characters short", lambda r: twilio_secret(r)[:30]),
            NearMiss("twilio: key sid alone (an id)", lambda r: sid(r, "SK"), name="TWILIO_API_KEY"),
        ],
    ),
    Token(
        # The secret next to its key sid, as HTTP Basic credentials (curl -u SK…:secret).
        identifier="TWILIO_API_KEY_SECRET",
        make=twilio_secret,
        names=["TWILIO_CREDENTIALS", "twilio_basic_auth", "SMS_GATEWAY_AUTH"],
        near_misses=[
            NearMiss("twilio: key sid followed by a 31-character value", lambda r: twilio_secret(r)[:31]),
        ],
        wrap=lambda r, v: (sid(r, "SK") + ":", ""),
    ),
    Token(
        identifier="TWILIO_AUTH_TOKEN",
        make=twilio_token,
        names=["TWILIO_AUTH_TOKEN", "twilio_auth_token", "twilioAuthToken", "TWILIO_AUTHTOKEN"],
        near_misses=[
            NearMiss("twilio: auth token under a non-keyword name", twilio_token, name="checksum"),
            NearMiss("twilio: auth token 2 characters short", lambda r: twilio_token(r)[:30]),
            NearMiss("twilio: account sid alone (an id)", lambda r: sid(r, "AC"), name="TWILIO_ACCOUNT_SID"),
        ],
    ),
    Token(
        # The auth token next to its account sid (curl -u AC…:token).
        identifier="TWILIO_AUTH_TOKEN",
        make=twilio_token,
        names=["TWILIO_CREDENTIALS", "twilio_basic_auth", "SMS_GATEWAY_AUTH"],
        near_misses=[
            NearMiss("twilio: account sid followed by a 31-hex value", lambda r: twilio_token(r)[:31]),
        ],
        wrap=lambda r, v: (sid(r, "AC") + ":", ""),
    ),
    Token(
        identifier="SENDGRID_API_KEY",
        make=sendgrid,
        names=["SENDGRID_API_KEY", "sendgrid_api_key", "sendgridKey", "EMAIL_API_KEY"],
        near_misses=[
            NearMiss("sendgrid: secret 2 characters short", lambda r: sendgrid(r)[:-2]),
            NearMiss("sendgrid: key id alone", lambda r: b64url(r.bytes(16)), name="SENDGRID_API_KEY_ID"),
            NearMiss("sendgrid: placeholder", lambda r: "SG." + "x" * 22 + "." + "x" * 43),
        ],
    ),
    Token(
        identifier="MAILGUN_API_KEY",
        make=mailgun,
        names=["MAILGUN_API_KEY", "mailgun_api_key", "mailgunSecret", "MAILGUN_PRIVATE_KEY"],
        near_misses=[
            NearMiss("mailgun: documentation key", lambda r: "key-3ax6xnjp29jd6fds4gc373sgvjxteol0"),
            NearMiss("mailgun: newer key form under a non-keyword name", mailgun_new, name="checksum"),
            NearMiss("mailgun: public validation key", lambda r: "pubkey-" + r.mixed(LOWER_ALNUM, 32)),
            NearMiss("mailgun: key- and 30 characters", lambda r: "key-" + r.mixed(LOWER_ALNUM, 30)),
        ],
    ),
    Token(
        identifier="MAILCHIMP_API_KEY",
        make=mailchimp,
        names=["MAILCHIMP_API_KEY", "mailchimp_key", "mcApiKey", "NEWSLETTER_API_KEY"],
        near_misses=[
            NearMiss("mailchimp: 31 hex characters", lambda r: f"{r.mixed(HEX, 31)}-us{r.int(1, 21)}"),
            NearMiss("mailchimp: no data-centre suffix", lambda r: r.mixed(HEX, 32)),
            NearMiss("mailchimp: placeholder", lambda r: "0" * 32 + "-us10"),
        ],
    ),
    Token(
        identifier="POSTMARK_API_TOKEN",
        make=uuid,
        names=["POSTMARK_SERVER_TOKEN", "postmark_api_token", "postmarkAccountToken", "POSTMARK_API_KEY"],
        near_misses=[
            NearMiss("postmark: UUID under a non-keyword name", uuid, name="checksum"),
            NearMiss("postmark: documented test token", lambda r: "POSTMARK_API_TEST"),
            NearMiss("postmark: one character short", lambda r: uuid(r)[:-1]),
        ],
    ),
    Token(
        identifier="SHOPIFY_ACCESS_TOKEN",
        make=shopify,
        names=["SHOPIFY_ACCESS_TOKEN", "shopify_admin_token", "shopifyToken", "SHOP_API_TOKEN"],
        near_misses=[
            NearMiss("shopify: 31 hex characters", lambda r: shopify(r)[:-1]),
            NearMiss("shopify: unknown prefix", lambda r: "shpxy_" + r.mixed(HEX, 32)),
            NearMiss("shopify: placeholder", lambda r: "shpat_" + "x" * 32),
        ],
    ),
    Token(
        identifier="SHOPIFY_APP_SECRET",
        make=lambda r: shopify(r, ("shpss_",)),
        names=["SHOPIFY_API_SECRET", "shopify_client_secret", "shopifyAppSecret"],
        near_misses=[
            NearMiss("shopify: app secret 31 characters", lambda r: shopify(r, ("shpss_",))[:-1]),
            NearMiss("shopify: API key (client id)", lambda r: r.mixed(HEX, 32), name="SHOPIFY_API_KEY"),
            NearMiss("shopify: upper-case hex", lambda r: "shpss_" + r.mixed(HEX, 32).upper()),
        ],
    ),
    Token(
        identifier="SQUARE_ACCESS_TOKEN",
        make=square_access,
        names=["SQUARE_ACCESS_TOKEN", "square_access_token", "squareToken", "SQUARE_TOKEN"],
        near_misses=[
            NearMiss("square: EAAA token 2 characters short", lambda r: "EAAA" + r.mixed(URLSAFE, 58)),
            NearMiss("square: legacy sandbox token", lambda r: "sq0atb-" + r.mixed(URLSAFE, 22)),
            NearMiss("square: application id", lambda r: "sq0idp-" + r.mixed(URLSAFE, 22), name="SQUARE_APPLICATION_ID"),
        ],
    ),
    Token(
        identifier="SQUARE_OAUTH_SECRET",
        make=square_secret,
        names=["SQUARE_APPLICATION_SECRET", "square_client_secret", "squareAppSecret"],
        near_misses=[
            NearMiss("square: sandbox application secret", lambda r: "sandbox-sq0csb-" + r.mixed(URLSAFE, 43)),
            NearMiss("square: secret 3 characters short", lambda r: square_secret(r)[:-3]),
            NearMiss("square: placeholder", lambda r: "sq0csp-KERA_PROD_SECRET"),
        ],
    ),
    Token(
        identifier="BRAINTREE_ACCESS_TOKEN",
        make=braintree,
        names=["BRAINTREE_ACCESS_TOKEN", "braintree_access_token", "paypalAccessToken"],
        near_misses=[
            NearMiss("braintree: sandbox token", lambda r: braintree(r, "sandbox")),
            NearMiss("braintree: token 30 characters", lambda r: braintree(r)[:-2]),
            NearMiss("braintree: SDK test token", lambda r: "access_token$development$integration_merchant_id$fb27c79dd"),
        ],
    ),
    Token(
        identifier="PAYPAL_ACCESS_TOKEN",
        make=paypal,
        names=["PAYPAL_ACCESS_TOKEN", "paypal_bearer_token", "paypalToken"],
        near_misses=[
            NearMiss("paypal: documentation token", lambda r: "A21AAFEpH4PsADK7qSS7pSRsgzfENtu-Q1ysgEDVDESseMHBYXVJYE8ovjj68elIDy8nF26AwPhfXTIeWAZHSLIsQkSYz9ifg"),
            NearMiss("paypal: truncated token", lambda r: paypal(r)[:60]),
            NearMiss("paypal: placeholder", lambda r: "A21AA" + "x" * 22),
        ],
    ),
    Token(
        identifier="ADYEN_API_KEY",
        make=adyen,
        names=["ADYEN_API_KEY", "adyen_api_key", "adyenXApiKey"],
        near_misses=[
            NearMiss("adyen: library mock key", lambda r: "AQEyhmfxK....LAG84XwzP5pSpVd"),
            NearMiss("adyen: first part only", lambda r: adyen(r).split("-")[0]),
            NearMiss("adyen: public client key", lambda r: "test_" + r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32), name="ADYEN_CLIENT_KEY"),
        ],
    ),
    Token(
        identifier="PLAID_SECRET",
        make=plaid_secret,
        names=["PLAID_SECRET", "plaid_secret", "plaidSecret", "PLAID_PRODUCTION_SECRET"],
        near_misses=[
            NearMiss("plaid: secret under a non-keyword name", plaid_secret, name="checksum"),
            NearMiss("plaid: sandbox secret", plaid_secret, name="PLAID_SANDBOX_SECRET"),
            NearMiss("plaid: 28 characters", lambda r: plaid_secret(r)[:28]),
        ],
    ),
    Token(
        identifier="PLAID_ACCESS_TOKEN",
        make=plaid_token,
        names=["PLAID_ACCESS_TOKEN", "plaid_access_token", "processorToken"],
        near_misses=[
            NearMiss("plaid: sandbox access token", lambda r: plaid_token(r, "access", "sandbox")),
            NearMiss("plaid: public token", lambda r: plaid_token(r, "public", "production")),
            NearMiss("plaid: link token", lambda r: plaid_token(r, "link", "production")),
        ],
    ),
    Token(
        identifier="STRIPE_WEBHOOK_SECRET",
        make=whsec,
        names=["STRIPE_WEBHOOK_SECRET", "stripe_endpoint_secret", "webhookSigningSecret"],
        near_misses=[
            NearMiss("stripe: webhook secret placeholder", lambda r: "whsec_..."),
            NearMiss("stripe: webhook secret 24 characters", lambda r: "whsec_" + r.mixed(ALNUM, 24)),
            NearMiss("stripe: test-mode secret key", lambda r: "sk_test_" + r.mixed(ALNUM, 24)),
        ],
    ),
]
