"""Cloud, hosting and database platforms: DigitalOcean, Linode, Scaleway, Hetzner Cloud,
Cloudflare, Fastly, Vercel, Netlify, Fly.io, Render, Heroku, Supabase, PlanetScale, Neon,
MongoDB Atlas and Databricks.

Formats are those of the family files identifiers/builtin/credentials/<provider>.toml (see
their headers for the provider sources). Values are made here from those formats.
"""

import json

from _lib import (
    ALNUM, HEX, LOWER_ALNUM, UPPER_ALNUM, URLSAFE, b64, b64url, crc32, NearMiss, shorter, Token,
)

NO_KEYWORD = "checksum"  # a name that is no provider's keyword


def _hex(rng, n):
    return rng.chars(HEX, n)


def _uuid(rng):
    return rng.uuid4()


def _flip_last(make, alphabet):
    def f(rng):
        v = make(rng)
        c = v[-1]
        other = [a for a in alphabet if a != c]
        return v[:-1] + rng.choice(other)

    return f


# DigitalOcean: dop_v1_ / doo_v1_ / dor_v1_ and 64 hex.
def _do(prefix):
    return lambda rng: prefix + _hex(rng, 64)


# Cloudflare scannable: prefix, 40 letters/digits, CRC-32 of those 40 as 8 lower-case hex.
def _cf(prefixes):
    def make(rng):
        body = rng.mixed(ALNUM, 40)
        return rng.choice(prefixes) + body + "%08x" % crc32(body)

    return make


def _cf_bad_checksum(prefixes):
    def make(rng):
        body = rng.mixed(ALNUM, 40)
        return rng.choice(prefixes) + body + "%08x" % (crc32(body) ^ 0x1)

    return make


def _cf_origin(rng):
    return "v1.0-" + _hex(rng, 24) + "-" + _hex(rng, 146)


def _vercel(rng):
    return rng.choice(["vcp_", "vci_", "vca_", "vcr_", "vck_"]) + rng.mixed(URLSAFE, 50) + rng.mixed(ALNUM, 6)


def _netlify(rng):
    return rng.choice(["nfp_", "nfc_", "nfo_", "nfu_", "nfb_"]) + rng.mixed(URLSAFE, 36)


# Fly.io: fm2_ + standard base64 of a MsgPack macaroon (a 4-element array, then a nonce bin).
def _fm2(rng):
    return "fm2_" + b64(bytes([0x94, 0x93, 0xC4]) + rng.bytes(rng.int(150, 420)))


def _fo1(rng):
    return "fo1_" + rng.mixed(URLSAFE, 43)


def _rnd(rng):
    return "rnd_" + rng.mixed(ALNUM, rng.choice([24, 27, 32]))


def _hrku(rng):
    return "HRKU-AA" + rng.mixed(URLSAFE, 58)


def _sbp(rng):
    return rng.choice(["sbp_", "sbp_", "sbp_oauth_"]) + _hex(rng, 40)


def _sb_secret(rng):
    return "sb_secret_" + rng.mixed(URLSAFE, 22) + "_" + rng.mixed(ALNUM, 8)


def _jwt(role):
    def make(rng):
        ref = rng.chars("abcdefghijklmnopqrstuvwxyz", 20)
        iat = rng.int(1650000000, 1760000000)
        head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        body = {"iss": "supabase", "ref": ref, "role": role, "iat": iat, "exp": iat + 315360000}
        payload = b64url(json.dumps(body, separators=(",", ":")).encode())
        return head + "." + payload + "." + b64url(rng.bytes(32))

    return make


def _pscale(prefix):
    return lambda rng: prefix + rng.mixed(ALNUM, 43)


def _napi(rng):
    return "napi_" + rng.mixed(LOWER_ALNUM, 60)


def _mdb_sk(rng):
    return "mdb_sa_sk_" + rng.mixed(URLSAFE, 40)


def _dapi(rng):
    return "dapi" + _hex(rng, 32) + rng.choice(["", "", "", "-2"])


TOKENS = [
    # DigitalOcean
    Token(
        "DIGITALOCEAN_PERSONAL_ACCESS_TOKEN",
        _do("dop_v1_"),
        ["DIGITALOCEAN_TOKEN", "DIGITALOCEAN_ACCESS_TOKEN", "do_token", "doApiToken"],
        [
            NearMiss("digitalocean: 1 character short", shorter(_do("dop_v1_"))),
            NearMiss("digitalocean: upper-case hex", lambda rng: "dop_v1_" + _hex(rng, 64).upper()),
            NearMiss("digitalocean: unknown version", lambda rng: "dop_v2_" + _hex(rng, 64)),
            NearMiss("digitalocean: placeholder", lambda rng: "dop_v1_" + "x" * 64),
        ],
    ),
    Token(
        "DIGITALOCEAN_OAUTH_TOKEN",
        _do("doo_v1_"),
        ["access_token", "DO_OAUTH_TOKEN", "digitaloceanAccessToken"],
        [
            NearMiss("digitalocean oauth: 1 character short", shorter(_do("doo_v1_"))),
            NearMiss("digitalocean oauth: g is not hex", lambda rng: "doo_v1_" + _hex(rng, 63) + "g"),
            NearMiss("digitalocean oauth: dashes", lambda rng: "doo-v1-" + _hex(rng, 64)),
        ],
    ),
    Token(
        "DIGITALOCEAN_REFRESH_TOKEN",
        _do("dor_v1_"),
        ["refresh_token", "DO_REFRESH_TOKEN", "digitaloceanRefreshToken"],
        [
            NearMiss("digitalocean refresh: 1 character short", shorter(_do("dor_v1_"))),
            NearMiss("digitalocean refresh: 1 character long", lambda rng: "dor_v1_" + _hex(rng, 65)),
            NearMiss("digitalocean refresh: prefix only", lambda rng: "dor_v1_"),
        ],
    ),
    # Linode (keyword in the regex)
    Token(
        "LINODE_PERSONAL_ACCESS_TOKEN",
        lambda rng: _hex(rng, 64),
        ["LINODE_TOKEN", "LINODE_CLI_TOKEN", "linode_api_token", "linodeToken"],
        [
            NearMiss("linode: valid value without keyword", lambda rng: _hex(rng, 64), name=NO_KEYWORD),
            NearMiss("linode: 1 character short", lambda rng: _hex(rng, 63)),
            NearMiss("linode: placeholder", lambda rng: "x" * 64),
            NearMiss("linode: 65 hex characters", lambda rng: _hex(rng, 65)),
        ],
    ),
    # Scaleway (keyword in the regex)
    Token(
        "SCALEWAY_SECRET_KEY",
        _uuid,
        ["SCW_SECRET_KEY", "scw_secret_key", "scwSecretKey", "scaleway_secret_key"],
        [
            NearMiss("scaleway: valid value without keyword", _uuid, name=NO_KEYWORD),
            NearMiss("scaleway: project id name", _uuid, name="SCW_DEFAULT_PROJECT_ID"),
            NearMiss("scaleway: placeholder", lambda rng: "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"),
            NearMiss("scaleway: 1 character short", shorter(_uuid)),
        ],
    ),
    # Hetzner Cloud (keyword in the regex)
    Token(
        "HETZNER_CLOUD_API_TOKEN",
        lambda rng: rng.mixed(ALNUM, 64),
        ["HCLOUD_TOKEN", "hcloud_token", "hetzner_api_token", "hetznerCloudToken"],
        [
            NearMiss("hetzner: valid value without keyword", lambda rng: rng.mixed(ALNUM, 64), name=NO_KEYWORD),
            NearMiss("hetzner: 1 character short", lambda rng: rng.mixed(ALNUM, 63)),
            NearMiss("hetzner: documentation token", lambda rng: "LRK9DAWQ1ZAEFSrCNEEzLCUwhYX1U3g7wMg4dTlkkDC96fyDuyJ39nVbVjCKSDfj"),
            NearMiss("hetzner: letters only", lambda rng: rng.chars("abcdefghijklmnopqrstuvwxyz", 64)),
        ],
    ),
    # Cloudflare
    Token(
        "CLOUDFLARE_API_TOKEN",
        _cf(["cfut_", "cfat_"]),
        ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN", "cloudflare_token", "cloudflareApiToken"],
        [
            NearMiss("cloudflare: wrong checksum", _cf_bad_checksum(["cfut_", "cfat_"])),
            NearMiss("cloudflare: 1 character short", shorter(_cf(["cfut_"]))),
            NearMiss("cloudflare: upper-case checksum", lambda rng: _cf(["cfut_"])(rng)[:-8] + "ABCDEF12"),
            NearMiss("cloudflare: placeholder", lambda rng: "cfut_" + "x" * 48),
        ],
    ),
    Token(
        "CLOUDFLARE_GLOBAL_API_KEY",
        _cf(["cfk_"]),
        ["CLOUDFLARE_API_KEY", "CF_API_KEY", "dns_cloudflare_api_key", "cloudflareGlobalApiKey"],
        [
            NearMiss("cloudflare global key: wrong checksum", _cf_bad_checksum(["cfk_"])),
            NearMiss("cloudflare global key: unknown prefix", lambda rng: "cfx_" + _cf(["cfk_"])(rng)[4:]),
            NearMiss("cloudflare global key: 1 character short", shorter(_cf(["cfk_"]))),
        ],
    ),
    Token(
        "CLOUDFLARE_LEGACY_API_CREDENTIALS",
        lambda rng: rng.choice([_hex(rng, 37), rng.mixed(URLSAFE, 40)]),
        ["CLOUDFLARE_API_KEY", "CF_API_KEY", "cloudflare_api_token", "cloudflareApiKey"],
        [
            NearMiss("cloudflare legacy: valid value without keyword", lambda rng: _hex(rng, 37), name=NO_KEYWORD),
            NearMiss("cloudflare legacy: 36 hex characters", lambda rng: _hex(rng, 36)),
            NearMiss("cloudflare legacy: documentation key", lambda rng: "1234567893feefc5f0q5000bfo0c38d90bbeb"),
            NearMiss("cloudflare legacy: 41 characters", lambda rng: rng.mixed(URLSAFE, 41)),
        ],
    ),
    Token(
        "CLOUDFLARE_ORIGIN_CA_KEY",
        _cf_origin,
        ["CF_API_USER_SERVICE_KEY", "origin_ca_key", "cloudflareOriginCaKey"],
        [
            NearMiss("cloudflare origin ca: second part too short", lambda rng: "v1.0-" + _hex(rng, 24) + "-" + _hex(rng, 40)),
            NearMiss("cloudflare origin ca: version string", lambda rng: "v1.0-" + _hex(rng, 24)),
            NearMiss("cloudflare origin ca: wrong version", lambda rng: "v2.0-" + _cf_origin(rng)[5:]),
        ],
    ),
    # Fastly (keyword in the regex)
    Token(
        "FASTLY_API_TOKEN",
        lambda rng: rng.mixed(URLSAFE, 32),
        ["FASTLY_API_TOKEN", "fastly_api_key", "fastlyToken", "FASTLY_KEY"],
        [
            NearMiss("fastly: valid value without keyword", lambda rng: rng.mixed(URLSAFE, 32), name=NO_KEYWORD),
            NearMiss("fastly: 33 characters", lambda rng: rng.mixed(URLSAFE, 33)),
            NearMiss("fastly: service id", lambda rng: rng.mixed(ALNUM, 22), name="FASTLY_SERVICE_ID"),
            NearMiss("fastly: letters only", lambda rng: rng.chars("abcdefghijklmnopqrstuvwxyz", 32)),
        ],
    ),
    # Vercel
    Token(
        "VERCEL_TOKEN",
        _vercel,
        ["VERCEL_TOKEN", "vercel_token", "vercelApiKey", "AI_GATEWAY_API_KEY"],
        [
            NearMiss("vercel: 1 character short", shorter(_vercel)),
            NearMiss("vercel: unknown prefix", lambda rng: "vcx_" + _vercel(rng)[4:]),
            NearMiss("vercel: placeholder", lambda rng: "vcp_xxx"),
            NearMiss("vercel: ends with a dash", lambda rng: _vercel(rng)[:-1] + "-"),
        ],
    ),
    # Netlify
    Token(
        "NETLIFY_ACCESS_TOKEN",
        _netlify,
        ["NETLIFY_AUTH_TOKEN", "netlify_token", "netlifyAccessToken"],
        [
            NearMiss("netlify: 1 character short", shorter(_netlify)),
            NearMiss("netlify: 41 characters", lambda rng: _netlify(rng) + "a"),
            NearMiss("netlify: unknown prefix", lambda rng: "nfx_" + _netlify(rng)[4:]),
        ],
    ),
    # Fly.io
    Token(
        "FLYIO_MACAROON_TOKEN",
        _fm2,
        ["FLY_API_TOKEN", "fly_token", "FLY_ACCESS_TOKEN"],
        [
            NearMiss("flyio: far too short", lambda rng: "fm2_lJPE"),
            NearMiss("flyio: unknown label", lambda rng: "fm3_" + _fm2(rng)[4:]),
            NearMiss("flyio: placeholder", lambda rng: "fm2_" + "x" * 80),
        ],
    ),
    Token(
        "FLYIO_OAUTH_TOKEN",
        _fo1,
        ["FLY_API_TOKEN", "fly_access_token", "FLY_ACCESS_TOKEN"],
        [
            NearMiss("flyio oauth: valid value without keyword", _fo1, name=NO_KEYWORD),
            NearMiss("flyio oauth: 1 character short", shorter(_fo1)),
            NearMiss("flyio oauth: placeholder", lambda rng: "fo1_" + "x" * 43),
        ],
    ),
    # Render
    Token(
        "RENDER_API_KEY",
        _rnd,
        ["RENDER_API_KEY", "render_token", "render_api_key"],
        [
            NearMiss("render: valid value without keyword", _rnd, name=NO_KEYWORD),
            NearMiss("render: too short", lambda rng: "rnd_" + rng.mixed(ALNUM, 12)),
            NearMiss("render: letters only", lambda rng: "rnd_" + rng.chars("abcdefghijklmnopqrstuvwxyz", 32)),
        ],
    ),
    # Heroku
    Token(
        "HEROKU_API_KEY",
        _hrku,
        ["HEROKU_API_KEY", "heroku_token", "HEROKU_OAUTH_TOKEN"],
        [
            NearMiss("heroku: valid value without keyword", _hrku, name=NO_KEYWORD),
            NearMiss("heroku: 1 character short", shorter(_hrku)),
            NearMiss("heroku: truncated", lambda rng: "HRKU-AA" + rng.mixed(ALNUM, 5) + "...."),
        ],
    ),
    Token(
        "HEROKU_LEGACY_API_KEY",
        _uuid,
        ["HEROKU_API_KEY", "heroku_api_key", "herokuApiKey", "HEROKU_OAUTH_TOKEN"],
        [
            NearMiss("heroku legacy: valid value without keyword", _uuid, name=NO_KEYWORD),
            NearMiss("heroku legacy: app id", _uuid, name="HEROKU_APP_ID"),
            NearMiss("heroku legacy: 1 character short", shorter(_uuid)),
            NearMiss("heroku legacy: all-zero", lambda rng: "00000000-0000-0000-0000-000000000000"),
        ],
    ),
    # Supabase
    Token(
        "SUPABASE_ACCESS_TOKEN",
        _sbp,
        ["SUPABASE_ACCESS_TOKEN", "supabase_token", "supabaseAccessToken"],
        [
            NearMiss("supabase: 1 character short", shorter(_sbp)),
            NearMiss("supabase: upper-case hex", lambda rng: "sbp_" + _hex(rng, 40).upper()),
            NearMiss("supabase: placeholder", lambda rng: "sbp_" + "x" * 40),
        ],
    ),
    Token(
        "SUPABASE_SECRET_KEY",
        _sb_secret,
        ["SUPABASE_SECRET_KEY", "SUPABASE_SERVICE_ROLE_KEY", "supabaseKey"],
        [
            NearMiss("supabase secret: CLI default key", lambda rng: "sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz"),
            NearMiss("supabase secret: publishable key", lambda rng: "sb_publishable_" + rng.mixed(URLSAFE, 22) + "_" + rng.mixed(ALNUM, 8)),
            NearMiss("supabase secret: first part short", lambda rng: "sb_secret_" + rng.mixed(URLSAFE, 21) + "_" + rng.mixed(ALNUM, 8)),
            NearMiss("supabase secret: placeholder", lambda rng: "sb_secret_your_key_here"),
        ],
    ),
    Token(
        "SUPABASE_SERVICE_ROLE_KEY",
        _jwt("service_role"),
        ["SUPABASE_SERVICE_ROLE_KEY", "supabase_service_key", "supabaseServiceRoleKey"],
        [
            NearMiss("supabase service_role: truncated", lambda rng: _jwt("service_role")(rng).rsplit(".", 1)[0]),
            NearMiss("supabase service_role: placeholder", lambda rng: "your-service-role-key"),
            NearMiss("supabase service_role: elided", lambda rng: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9..."),
        ],
    ),
    # PlanetScale
    Token(
        "PLANETSCALE_SERVICE_TOKEN",
        _pscale("pscale_tkn_"),
        ["PLANETSCALE_SERVICE_TOKEN", "pscale_token", "planetscaleServiceToken"],
        [
            NearMiss("planetscale token: too short", lambda rng: "pscale_tkn_" + rng.mixed(ALNUM, 20)),
            NearMiss("planetscale token: letters only", lambda rng: "pscale_tkn_" + rng.chars("abcdefghijklmnopqrstuvwxyz", 43)),
            NearMiss("planetscale token: token id", lambda rng: rng.chars(LOWER_ALNUM, 20), name="PLANETSCALE_SERVICE_TOKEN_ID"),
        ],
    ),
    Token(
        "PLANETSCALE_PASSWORD",
        _pscale("pscale_pw_"),
        ["DATABASE_PASSWORD", "PLANETSCALE_DB_PASSWORD", "password"],
        [
            NearMiss("planetscale password: too short", lambda rng: "pscale_pw_" + rng.mixed(ALNUM, 20)),
            NearMiss("planetscale password: longer prefix", lambda rng: "pscale_pwd_" + rng.mixed(ALNUM, 43)),
            NearMiss("planetscale password: masked", lambda rng: "pscale_pw_***"),
        ],
    ),
    Token(
        "PLANETSCALE_OAUTH_TOKEN",
        _pscale("pscale_oauth_"),
        ["PLANETSCALE_OAUTH_TOKEN", "access_token", "planetscaleOauthToken"],
        [
            NearMiss("planetscale oauth: too short", lambda rng: "pscale_oauth_" + rng.mixed(ALNUM, 20)),
            NearMiss("planetscale oauth: no underscore", lambda rng: "pscale_oauth" + rng.mixed(ALNUM, 43)),
            NearMiss("planetscale oauth: placeholder", lambda rng: "pscale_oauth_<token>"),
        ],
    ),
    # Neon
    Token(
        "NEON_API_KEY",
        _napi,
        ["NEON_API_KEY", "neon_api_key", "NEON_TOKEN"],
        [
            NearMiss("neon: valid value without keyword", _napi, name=NO_KEYWORD),
            NearMiss("neon: upper case", lambda rng: "napi_" + rng.mixed(UPPER_ALNUM, 60)),
            NearMiss("neon: placeholder", lambda rng: "napi_your_neon_api_key"),
        ],
    ),
    # MongoDB Atlas
    Token(
        "MONGODB_ATLAS_SERVICE_ACCOUNT_SECRET",
        _mdb_sk,
        ["MONGODB_ATLAS_CLIENT_SECRET", "atlas_client_secret", "atlasClientSecret"],
        [
            NearMiss("mongodb atlas secret: client id", lambda rng: "mdb_sa_id_" + _hex(rng, 24)),
            NearMiss("mongodb atlas secret: 41 characters", lambda rng: _mdb_sk(rng) + "a"),
            NearMiss("mongodb atlas secret: letters only", lambda rng: "mdb_sa_sk_" + rng.chars("abcdefghijklmnopqrstuvwxyz", 40)),
        ],
    ),
    Token(
        "MONGODB_ATLAS_PRIVATE_KEY",
        _uuid,
        ["MONGODB_ATLAS_PRIVATE_API_KEY", "atlas_private_key", "atlasPrivateKey", "MONGODB_ATLAS_PRIVATE_KEY"],
        [
            NearMiss("mongodb atlas private key: valid value without keyword", _uuid, name=NO_KEYWORD),
            NearMiss("mongodb atlas private key: project id name", _uuid, name="MONGODB_ATLAS_PROJECT_ID"),
            NearMiss("mongodb atlas private key: public key", lambda rng: rng.chars("abcdefghijklmnopqrstuvwxyz", 8), name="MONGODB_ATLAS_PUBLIC_API_KEY"),
        ],
    ),
    # Databricks
    Token(
        "DATABRICKS_TOKEN",
        _dapi,
        ["DATABRICKS_TOKEN", "databricks_token", "access_token", "databricksToken"],
        [
            NearMiss("databricks: 1 character short", lambda rng: "dapi" + _hex(rng, 31)),
            NearMiss("databricks: upper-case hex", lambda rng: "dapi" + _hex(rng, 32).upper()),
            NearMiss("databricks: placeholder", lambda rng: "dapi" + "X" * 32),
        ],
    ),
]
