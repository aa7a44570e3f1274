"""Group saas_one: Zendesk, Intercom, HubSpot, Salesforce, Okta, Auth0, Notion, Airtable, Linear,
Figma, Dropbox, Asana. Values are made from the formats cited in each family file's header
(identifiers/builtin/credentials/<provider>.toml), never by calling trawl."""

import base64
import json
import string

from _lib import (
    ALNUM, DIGITS, HEX, HEX_UPPER, LOWER_ALNUM, URLSAFE, b64url, NearMiss, Rng, Token, uuid,
)

UPPER = string.ascii_uppercase


# Zendesk: 40 letters and digits, keyword-gated or in email/token: Basic credentials.
def zendesk(rng: Rng) -> str:
    return rng.mixed(ALNUM, 40)


# Intercom: base64 of "tok:<uuid with underscores>:1:0" (44 bytes, 60 characters).
def intercom(rng: Rng) -> str:
    return base64.b64encode(f"tok:{rng.uuid4().replace('-', '_')}:1:0".encode()).decode()


def hubspot_pat(rng: Rng) -> str:
    return f"pat-{rng.choice(['na1', 'eu1'])}-{rng.uuid4()}"


def sf_token(rng: Rng) -> str:
    org = "00D" + rng.chars(DIGITS, 2) + rng.mixed(ALNUM, 10)
    return f"{org}!A{rng.chars(UPPER, 2)}AQ" + rng.mixed(ALNUM + "._", rng.int(80, 110))


def sf_secret64(rng: Rng) -> str:
    return rng.chars(HEX_UPPER, 64)


def sf_secret19(rng: Rng) -> str:
    return rng.chars("123456789", 1) + rng.chars(DIGITS, 18)


def okta(rng: Rng) -> str:
    return "00" + rng.mixed(URLSAFE, 40)


def auth0_secret(rng: Rng) -> str:
    return rng.mixed(URLSAFE, 64)


def auth0_jwt(rng: Rng) -> str:
    tenant = rng.chars(string.ascii_lowercase, 8)
    enc = lambda d: b64url(json.dumps(d, separators=(",", ":")).encode())
    head = enc({"alg": "RS256", "typ": "JWT", "kid": rng.mixed(URLSAFE, 22)})
    iat = rng.int(1_700_000_000, 1_800_000_000)
    body = enc({"iss": f"https://{tenant}.us.auth0.com/", "sub": rng.mixed(ALNUM, 32) + "@clients",
                "aud": f"https://{tenant}.us.auth0.com/api/v2/", "iat": iat, "exp": iat + 86400,
                "scope": "read:users update:users", "gty": "client-credentials"})
    return f"{head}.{body}.{b64url(rng.bytes(256))}"


def ntn(rng: Rng) -> str:
    return "ntn_" + rng.chars(DIGITS, 11) + rng.mixed(ALNUM, 35)


def notion_secret(rng: Rng) -> str:
    return "secret_" + rng.mixed(ALNUM, 43)


def airtable_pat(rng: Rng) -> str:
    return "pat" + rng.mixed(ALNUM, 14) + "." + rng.chars(HEX, 64)


def airtable_key(rng: Rng) -> str:
    return "key" + rng.mixed(ALNUM, 14)


def lin_api(rng: Rng) -> str:
    return "lin_api_" + rng.mixed(ALNUM, 40)


def lin_oauth(rng: Rng) -> str:
    return "lin_oauth_" + rng.mixed(HEX, 64)


def figd(rng: Rng) -> str:
    return "figd_" + rng.mixed(URLSAFE, 40)


def dbx_sl(rng: Rng) -> str:
    return "sl." + rng.mixed(URLSAFE, rng.int(130, 150))


def dbx_ll(rng: Rng) -> str:
    return rng.mixed(LOWER_ALNUM, 11) + "A" * 10 + rng.mixed(URLSAFE, 43)


def dbx_secret(rng: Rng) -> str:
    return rng.mixed(LOWER_ALNUM, 15)


def asana0(rng: Rng) -> str:
    return "0/" + rng.chars(HEX, 32)


def asana1(rng: Rng) -> str:
    return "1/12" + rng.chars(DIGITS, 14) + ":" + rng.chars(HEX, 32)


def asana2(rng: Rng) -> str:
    return f"2/12{rng.chars(DIGITS, 14)}/12{rng.chars(DIGITS, 14)}:{rng.chars(HEX, 32)}"


def short(make):
    return lambda rng: make(rng)[:-1]


def upper(make):
    return lambda rng: make(rng).upper()


TOKENS = [
    Token("ZENDESK_API_TOKEN", zendesk, ["ZENDESK_API_TOKEN", "zendesk_token", "zendeskApiToken"], [
        NearMiss("zendesk: 1 character short", short(zendesk)),
        NearMiss("zendesk: without keyword", zendesk, name="checksum"),
        NearMiss("zendesk: documentation token", lambda r: "6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv"),
        NearMiss("zendesk: letters only", lambda r: r.chars(string.ascii_letters, 40)),
    ]),
    Token("ZENDESK_API_TOKEN", zendesk, ["ZENDESK_CREDENTIALS", "zendesk_auth", "zdCredentials"], [
        NearMiss("zendesk: 1 character short in email/token", short(zendesk)),
    ], wrap=lambda rng, v: (f"{rng.chars(string.ascii_lowercase, 6)}@acme.io/token:", "")),
    Token("INTERCOM_ACCESS_TOKEN", intercom, ["INTERCOM_ACCESS_TOKEN", "intercom_token", "intercomAccessToken"], [
        NearMiss("intercom: 2 characters short", lambda r: intercom(r)[:-2]),
        NearMiss("intercom: placeholder", lambda r: "<your-intercom-access-token>"),
        NearMiss("intercom: base64 of other text", lambda r: base64.b64encode(("tak:" + r.uuid4()).encode()).decode()),
    ]),
    Token("INTERCOM_ACCESS_TOKEN", intercom, ["Authorization", "authorization", "auth_header"], [
        NearMiss("intercom: bearer, 2 characters short", lambda r: intercom(r)[:-2]),
    ], wrap=lambda rng, v: ("Bearer ", "")),
    Token("HUBSPOT_PRIVATE_APP_TOKEN", hubspot_pat, ["HUBSPOT_ACCESS_TOKEN", "hubspot_private_app_token", "hubspotToken"], [
        NearMiss("hubspot: 1 character short", short(hubspot_pat)),
        NearMiss("hubspot: placeholder", lambda r: "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"),
        NearMiss("hubspot: region without digit", lambda r: "pat-na-" + r.uuid4()),
    ]),
    Token("HUBSPOT_API_KEY", uuid, ["HUBSPOT_API_KEY", "hubspot_api_key", "hubspotApiKey", "hapikey"], [
        NearMiss("hubspot api key: without keyword", uuid, name="checksum"),
        NearMiss("hubspot api key: client id", uuid, name="HUBSPOT_CLIENT_ID"),
        NearMiss("hubspot api key: 1 character short", short(uuid)),
        NearMiss("hubspot api key: placeholder", lambda r: "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"),
    ]),
    Token("SALESFORCE_ACCESS_TOKEN", sf_token, ["SF_ACCESS_TOKEN", "salesforce_session_id", "sfAccessToken"], [
        NearMiss("salesforce: org id alone", lambda r: "00D" + r.chars(DIGITS, 2) + r.mixed(ALNUM, 10)),
        NearMiss("salesforce: session part too short", lambda r: sf_token(r)[:40]),
        NearMiss("salesforce: documentation token", lambda r: "00Dx0000000BV7z!AR8AQAxo9UfVkh8AlV0Gomt9Czx9LjHnSSpwBMmbRcgKFmxOtvxjTrKW19ye6PE3Ds1eQz3z8jr3W7_VbWmEu4Q8TVGSTHxs"),
        NearMiss("salesforce: 14-character org id", lambda r: "00D" + r.mixed(ALNUM, 11) + "!" + r.mixed(ALNUM, 90)),
    ]),
    Token("SALESFORCE_CONSUMER_SECRET", sf_secret64, ["SALESFORCE_CONSUMER_SECRET", "sfdc_client_secret", "consumerSecret"], [
        NearMiss("salesforce secret: without keyword", sf_secret64, name="checksum"),
        NearMiss("salesforce secret: lower-case hex", lambda r: r.chars(HEX, 64)),
        NearMiss("salesforce secret: 1 character short", short(sf_secret64)),
        NearMiss("salesforce secret: consumer key name", sf_secret64, name="SALESFORCE_CONSUMER_KEY"),
    ]),
    Token("SALESFORCE_CONSUMER_SECRET", sf_secret19, ["SF_CONSUMER_SECRET", "consumer_secret", "salesforceClientSecret"], [
        NearMiss("salesforce secret: 20 digits", lambda r: sf_secret19(r) + "7"),
        NearMiss("salesforce secret: digits without keyword", sf_secret19, name="checksum"),
        NearMiss("salesforce secret: 18 digits", short(sf_secret19)),
    ]),
    Token("OKTA_API_TOKEN", okta, ["OKTA_API_TOKEN", "okta_token", "oktaApiToken"], [
        NearMiss("okta: 1 character short", short(okta)),
        NearMiss("okta: without keyword", okta, name="checksum"),
        NearMiss("okta: client id", lambda r: "0oa" + r.mixed(ALNUM, 17), name="OKTA_CLIENT_ID"),
        NearMiss("okta: elided documentation token", lambda r: "00QCjAl4MlV-WPXM...0HmjFx-vbGua"),
    ]),
    Token("OKTA_API_TOKEN", okta, ["Authorization", "authorization", "okta_auth_header"], [
        NearMiss("okta: SSWS, 1 character short", short(okta)),
    ], wrap=lambda rng, v: ("SSWS ", "")),
    Token("AUTH0_CLIENT_SECRET", auth0_secret, ["AUTH0_CLIENT_SECRET", "auth0_client_secret", "auth0ClientSecret"], [
        NearMiss("auth0: without keyword", auth0_secret, name="checksum"),
        NearMiss("auth0: cookie secret name", auth0_secret, name="AUTH0_SECRET"),
        NearMiss("auth0: 1 character short", short(auth0_secret)),
        NearMiss("auth0: client id", lambda r: r.mixed(ALNUM, 32), name="AUTH0_CLIENT_ID"),
    ]),
    Token("AUTH0_MANAGEMENT_API_TOKEN", auth0_jwt, ["AUTH0_MANAGEMENT_API_TOKEN", "auth0_token", "auth0ApiToken"], [
        NearMiss("auth0 jwt: two segments", lambda r: auth0_jwt(r).rsplit(".", 1)[0]),
        NearMiss("auth0 jwt: placeholder", lambda r: "<management-api-token>"),
        NearMiss("auth0 jwt: payload not JSON", lambda r: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b64url(b"not json at all!") + "." + b64url(r.bytes(32))),
    ]),
    Token("NOTION_INTEGRATION_TOKEN", ntn, ["NOTION_TOKEN", "notion_api_key", "notionToken"], [
        NearMiss("notion: 1 character short", short(ntn)),
        NearMiss("notion: 10 digits", lambda r: "ntn_" + r.chars(DIGITS, 10) + r.mixed(ALNUM, 36)),
        NearMiss("notion: placeholder", lambda r: "ntn_your_internal_integration_token_here"),
    ]),
    Token("NOTION_LEGACY_INTEGRATION_TOKEN", notion_secret, ["NOTION_API_KEY", "notion_secret", "notionSecret"], [
        NearMiss("notion legacy: 1 character short", short(notion_secret)),
        NearMiss("notion legacy: 1 character long", lambda r: notion_secret(r) + "Q"),
        NearMiss("notion legacy: placeholder", lambda r: "secret_" + "x" * 43),
    ]),
    Token("AIRTABLE_PERSONAL_ACCESS_TOKEN", airtable_pat, ["AIRTABLE_API_KEY", "airtable_token", "airtablePat"], [
        NearMiss("airtable: 1 character short", short(airtable_pat)),
        NearMiss("airtable: upper-case hex", lambda r: "pat" + r.mixed(ALNUM, 14) + "." + r.chars(HEX_UPPER, 64)),
        NearMiss("airtable: 13-character id", lambda r: "pat" + r.mixed(ALNUM, 13) + "." + r.chars(HEX, 64)),
    ]),
    Token("AIRTABLE_API_KEY", airtable_key, ["AIRTABLE_API_KEY", "airtable_key", "airtableApiKey"], [
        NearMiss("airtable key: without keyword", airtable_key, name="checksum"),
        NearMiss("airtable key: base id", lambda r: "app" + r.mixed(ALNUM, 14), name="AIRTABLE_BASE_ID"),
        NearMiss("airtable key: 1 character short", short(airtable_key)),
    ]),
    Token("LINEAR_API_KEY", lin_api, ["LINEAR_API_KEY", "linear_token", "linearApiKey"], [
        NearMiss("linear: 1 character short", short(lin_api)),
        NearMiss("linear: placeholder", lambda r: "lin_api_" + "x" * 40),
        NearMiss("linear: elided", lambda r: "lin_api_..."),
    ]),
    Token("LINEAR_OAUTH_TOKEN", lin_oauth, ["LINEAR_ACCESS_TOKEN", "linear_oauth_token", "linearOauthToken"], [
        NearMiss("linear oauth: test stub", lambda r: "lin_oauth_abc"),
        NearMiss("linear oauth: 31 characters", lambda r: lin_oauth(r)[:41]),
        NearMiss("linear oauth: placeholder", lambda r: "lin_oauth_" + "x" * 64),
    ]),
    Token("FIGMA_PERSONAL_ACCESS_TOKEN", figd, ["FIGMA_TOKEN", "figma_access_token", "figmaPersonalAccessToken"], [
        NearMiss("figma: too short", lambda r: figd(r)[:37]),
        NearMiss("figma: too long", lambda r: figd(r) + r.mixed(ALNUM, 6)),
        NearMiss("figma: placeholder", lambda r: "figd_" + "x" * 40),
    ]),
    Token("DROPBOX_SHORT_LIVED_ACCESS_TOKEN", dbx_sl, ["DROPBOX_ACCESS_TOKEN", "dropbox_token", "dropboxAccessToken"], [
        NearMiss("dropbox: too short", lambda r: dbx_sl(r)[:100]),
        NearMiss("dropbox: placeholder", lambda r: "sl." + "x" * 138),
        NearMiss("dropbox: sl.u. format (not covered)", lambda r: "sl.u.AF" + r.mixed(ALNUM, 30)),
    ]),
    Token("DROPBOX_LONG_LIVED_ACCESS_TOKEN", dbx_ll, ["DROPBOX_ACCESS_TOKEN", "dropbox_oauth_token", "dropboxToken"], [
        NearMiss("dropbox long-lived: without keyword", dbx_ll, name="checksum"),
        NearMiss("dropbox long-lived: nine A's", lambda r: r.mixed(LOWER_ALNUM, 11) + "A" * 9 + r.mixed(URLSAFE, 44)),
        NearMiss("dropbox long-lived: 1 character short", short(dbx_ll)),
    ]),
    Token("DROPBOX_APP_SECRET", dbx_secret, ["DROPBOX_APP_SECRET", "dropbox_secret", "dropboxAppSecret"], [
        NearMiss("dropbox secret: app key name", dbx_secret, name="DROPBOX_APP_KEY"),
        NearMiss("dropbox secret: without keyword", dbx_secret, name="checksum"),
        NearMiss("dropbox secret: 1 character short", short(dbx_secret)),
    ]),
    Token("ASANA_PERSONAL_ACCESS_TOKEN", asana2, ["ASANA_ACCESS_TOKEN", "asana_pat", "asanaToken"], [
        NearMiss("asana: without keyword", asana2, name="checksum"),
        NearMiss("asana: 1 character short", short(asana2)),
        NearMiss("asana: workspace id", lambda r: "12" + r.chars(DIGITS, 14), name="ASANA_WORKSPACE_ID"),
    ]),
    Token("ASANA_PERSONAL_ACCESS_TOKEN", asana1, ["ASANA_TOKEN", "asana_personal_access_token", "asanaPat"], [
        NearMiss("asana v1: without keyword", asana1, name="checksum"),
        NearMiss("asana v1: upper-case hex", upper(asana1)),
        NearMiss("asana v1: 1 character short", short(asana1)),
    ]),
    Token("ASANA_PERSONAL_ACCESS_TOKEN", asana0, ["ASANA_API_KEY", "asana_token", "asanaAccessToken"], [
        NearMiss("asana legacy: without keyword", asana0, name="checksum"),
        NearMiss("asana legacy: 1 character short", short(asana0)),
        NearMiss("asana legacy: upper-case hex", upper(asana0)),
    ]),
]
