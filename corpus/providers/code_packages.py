"""Code hosting, package registries, CI and secret managers: GitHub OAuth client secrets,
Bitbucket, Atlassian, PyPI, RubyGems, NuGet, Docker Hub, JFrog, HCP Terraform, Vault, Pulumi,
Doppler, 1Password, Buildkite, CircleCI, Codecov, SonarQube/SonarCloud, Snyk.

Formats and their sources are in each family file's header
(identifiers/builtin/credentials/<provider>.toml)."""

import base64
import json

from _lib import (
    ALNUM, BASE58, BASE64, DIGITS, HEX, LOWER, LOWER_ALNUM, URLSAFE, always, b64, b64url, crc32,
    NearMiss, Rng, shorter, Token, uuid,
)

BASE32_LOWER = "abcdefghijklmnopqrstuvwxyz234567"


def _crc_hex(data: str) -> str:
    return "%08X" % crc32(data)


# --- GitHub OAuth app client secret (keyword-gated, 40 hex) ---------------------------------
def github_client_secret(r: Rng) -> str:
    return r.chars(HEX, 40)


# --- Atlassian / Bitbucket: prefix + body + '=' + CRC-32 (upper hex) of everything before ----
def _atl(prefix: str):
    def make(r: Rng) -> str:
        body = prefix + r.mixed(URLSAFE, 171) + "="
        return body + _crc_hex(body)
    return make


atlassian_api_token = _atl("ATATT3xFfGF0")
bitbucket_access_token = _atl("ATCTT3xFfGN0")


def _atl_bad_crc(make):
    def bad(r: Rng) -> str:
        v = make(r)
        last = "0" if v[-1] != "0" else "1"
        return v[:-1] + last
    return bad


def bitbucket_app_password(r: Rng) -> str:
    return "ATBB" + r.mixed(ALNUM, 32)


# --- PyPI: pypi- + base64url of a PyMacaroons v2 macaroon located at pypi.org ---------------
def _varint(n: int) -> bytes:
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def _macaroon(r: Rng, location: bytes) -> bytes:
    ident = r.uuid4().encode()
    caveat = json.dumps({"version": 1, "permissions": {"projects": [r.chars(LOWER, r.int(4, 12))]}}).encode()
    return (b"\x02\x01" + _varint(len(location)) + location + b"\x02" + _varint(len(ident)) + ident
            + b"\x00\x02" + _varint(len(caveat)) + caveat + b"\x00\x00\x06\x20" + r.bytes(32))


def pypi_token(r: Rng) -> str:
    return "pypi-" + b64url(_macaroon(r, b"pypi.org"))


def testpypi_token(r: Rng) -> str:
    return "pypi-" + b64url(_macaroon(r, b"test.pypi.org"))


# --- RubyGems: rubygems_ + SecureRandom.hex(24) -----------------------------------------------
def rubygems_key(r: Rng) -> str:
    return "rubygems_" + r.chars(HEX, 48)


# --- NuGet ApiKeyV4: base32("v4" + 10 non-zero bytes)[:20] + base32(16 bytes)[:26], lower ----
def nuget_key(r: Rng) -> str:
    idb = b"v4" + bytes(r.int(1, 255) for _ in range(10))
    id_part = base64.b32encode(idb).decode().rstrip("=").lower()
    pw = base64.b32encode(r.bytes(16)).decode().rstrip("=").lower()
    return id_part + pw


# --- Docker Hub -----------------------------------------------------------------------------
def docker_pat(r: Rng) -> str:
    return "dckr_pat_" + r.mixed(URLSAFE, 27)


def docker_oat(r: Rng) -> str:
    return "dckr_oat_" + r.mixed(URLSAFE, 32)


# --- JFrog ----------------------------------------------------------------------------------
def jfrog_reference_token(r: Rng) -> str:
    return "cmVmdGtuOjAxOj" + r.mixed(ALNUM, 50)


def jfrog_api_key(r: Rng) -> str:
    return "AKCp" + r.chars(DIGITS, 1) + r.mixed(ALNUM, 68)


# --- HCP Terraform / Terraform Cloud ------------------------------------------------------------
def terraform_token(r: Rng) -> str:
    return r.mixed(ALNUM, 14) + ".atlasv1." + r.mixed(ALNUM, 67)


# --- HashiCorp Vault --------------------------------------------------------------------------
def vault_service(r: Rng) -> str:
    if r.int(0, 1):
        return "hvs." + r.mixed(ALNUM, 24)
    return "hvs.CAESI" + r.mixed(URLSAFE, 86)


def vault_batch(r: Rng) -> str:
    return "hvb.AAAAAQ" + r.mixed(URLSAFE, 130)


def vault_recovery(r: Rng) -> str:
    return "hvr." + r.mixed(ALNUM, 24)


def vault_legacy(r: Rng) -> str:
    return "s." + r.mixed(ALNUM, 24)


# --- Pulumi (keyword-gated) -------------------------------------------------------------------
def pulumi_token(r: Rng) -> str:
    return "pul-" + r.chars(HEX, 40)


# --- Doppler ------------------------------------------------------------------------------------
def _dp(kind: str):
    def make(r: Rng) -> str:
        return "dp." + kind + "." + r.mixed(ALNUM, r.int(40, 44))
    return make


def doppler_service(r: Rng) -> str:
    env = r.choice(["dev", "stg", "prd", "ci", "backend_prd"])
    return "dp.st." + env + "." + r.mixed(ALNUM, r.int(40, 44))


# --- 1Password service account: ops_ + base64 of a JSON object with signInAddress -----------
def onepassword_token(r: Rng) -> str:
    obj = {
        "signInAddress": r.choice(["my.1password.com", "my.1password.eu", "my.1password.ca"]),
        "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
                     "salt": b64url(r.bytes(16))},
        "email": r.chars(LOWER_ALNUM, 13) + "@1passwordserviceaccounts.com",
        "srpX": r.chars(HEX, 64),
        "muk": {"alg": "A256GCM", "ext": False, "k": b64url(r.bytes(32)), "key_ops": ["decrypt", "encrypt"],
                "kty": "oct", "kid": "mp"},
        "secretKey": "A3-" + r.chars("ABCDEFGHJKLMNPQRSTVWXYZ23456789", 6) + "-" + r.chars("ABCDEFGHJKLMNPQRSTVWXYZ23456789", 11),
        "deviceUuid": r.chars(LOWER_ALNUM, 26),
    }
    return "ops_" + b64(json.dumps(obj, separators=(",", ":")).encode())


# --- Buildkite ------------------------------------------------------------------------------
def bk_api(r: Rng) -> str:
    return "bkua_" + r.chars(HEX, 40)


def bk_agent(r: Rng) -> str:
    return r.choice(["bkct_", "bkar_"]) + r.mixed(ALNUM, 68)


def bk_packages(r: Rng) -> str:
    return "bkpt_" + r.mixed(ALNUM, 80)


# --- CircleCI: CCIPAT_/CCIPRJ_ + base58(UUID) + _ + 40 hex ------------------------------------
def _b58(n: int) -> str:
    out = ""
    while n:
        n, k = divmod(n, 58)
        out = BASE58[k] + out
    return out


def _cci(prefix: str):
    def make(r: Rng) -> str:
        u = int(r.uuid4().replace("-", ""), 16)
        return prefix + _b58(u) + "_" + r.chars(HEX, 40)
    return make


# --- Codecov / Snyk legacy (keyword-gated UUIDs) ---------------------------------------------
# --- SonarQube / SonarCloud ---------------------------------------------------------------------
def sonarqube_token(r: Rng) -> str:
    return r.choice(["squ_", "sqp_", "sqa_"]) + r.chars(HEX, 40)


def sonarcloud_token(r: Rng) -> str:
    return r.chars(HEX, 40)


# --- Snyk PAT: snyk_uat.<8 hex>.<base64url JSON>.<base64url signature> ------------------------
def snyk_pat(r: Rng) -> str:
    claims = {"e": 1700000000 + r.int(0, 90000000), "h": r.choice(["snyk.io", "api.eu.snyk.io", "api.snyk.io"]),
              "j": b64url(r.bytes(16)), "s": b64url(r.bytes(16)), "tid": b64url(r.bytes(16))}
    payload = b64url(json.dumps(claims, separators=(",", ":")).encode())
    return "snyk_uat." + r.chars(HEX, 8) + "." + payload + "." + b64url(r.bytes(64))


# --- near-miss helpers ------------------------------------------------------------------------
TOKENS = [
    Token("GITHUB_OAUTH_CLIENT_SECRET", github_client_secret,
          ["GITHUB_CLIENT_SECRET", "GITHUB_OAUTH_CLIENT_SECRET", "github_client_secret", "githubClientSecret", "GITHUB_SECRET"],
          [NearMiss("github client secret: under a non-keyword name", github_client_secret, name="checksum"),
           NearMiss("github client secret: 39 characters", shorter(github_client_secret)),
           NearMiss("github client secret: upper-case hex", lambda r: r.chars("0123456789ABCDEF", 40)),
           NearMiss("github client secret: placeholder", always("your-github-client-secret"))]),
    Token("BITBUCKET_APP_PASSWORD", bitbucket_app_password,
          ["BITBUCKET_APP_PASSWORD", "bitbucket_password", "BB_APP_PASSWORD", "password"],
          [NearMiss("bitbucket app password: 31 characters", shorter(bitbucket_app_password)),
           NearMiss("bitbucket app password: placeholder", always("ATBBXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")),
           NearMiss("bitbucket app password: lower-case prefix", lambda r: "atbb" + r.mixed(ALNUM, 32))]),
    Token("BITBUCKET_ACCESS_TOKEN", bitbucket_access_token,
          ["BITBUCKET_ACCESS_TOKEN", "BITBUCKET_TOKEN", "bitbucketRepoToken", "BB_WORKSPACE_TOKEN"],
          [NearMiss("bitbucket access token: CRC32 does not match", _atl_bad_crc(bitbucket_access_token)),
           NearMiss("bitbucket access token: checksum cut short", shorter(bitbucket_access_token, 2)),
           NearMiss("bitbucket access token: placeholder", always("ATCTT3xFfGN0" + "x" * 20))]),
    Token("ATLASSIAN_API_TOKEN", atlassian_api_token,
          ["ATLASSIAN_API_TOKEN", "JIRA_API_TOKEN", "CONFLUENCE_API_TOKEN", "jira_token"],
          [NearMiss("atlassian: CRC32 does not match", _atl_bad_crc(atlassian_api_token)),
           NearMiss("atlassian: checksum cut short", shorter(atlassian_api_token, 1)),
           NearMiss("atlassian: placeholder", always("ATATT3xFfGF0...")),
           NearMiss("atlassian: legacy 24-character token without keyword", lambda r: r.mixed(ALNUM, 24), name="checksum")]),
    Token("PYPI_API_TOKEN", pypi_token,
          ["PYPI_API_TOKEN", "TWINE_PASSWORD", "pypi_token", "UV_PUBLISH_TOKEN"],
          [NearMiss("pypi: body too short", lambda r: "pypi-AgEIcHlwaS5vcmc" + r.mixed(URLSAFE, 40)),
           NearMiss("pypi: placeholder", always("pypi-AgEIcHlwaS5vcmc...")),
           NearMiss("pypi: other location", lambda r: "pypi-" + b64url(_macaroon(r, b"example.org")))]),
    Token("PYPI_API_TOKEN", testpypi_token, ["TEST_PYPI_API_TOKEN", "testpypi_token", "TWINE_PASSWORD"], []),
    Token("RUBYGEMS_API_KEY", rubygems_key,
          ["GEM_HOST_API_KEY", "RUBYGEMS_API_KEY", ":rubygems_api_key", "rubygems_token"],
          [NearMiss("rubygems: 47 hex characters", shorter(rubygems_key)),
           NearMiss("rubygems: upper-case hex", lambda r: "rubygems_" + r.chars("0123456789ABCDEF", 48)),
           NearMiss("rubygems: placeholder", always("rubygems_" + "0" * 48))]),
    Token("NUGET_API_KEY", nuget_key,
          ["NUGET_API_KEY", "NuGetApiKey", "nuget_key", "NUGET_TOKEN"],
          [NearMiss("nuget: 45 characters", shorter(nuget_key)),
           NearMiss("nuget: '1' is not base32", lambda r: nuget_key(r)[:10] + "1" + nuget_key(r)[11:]),
           NearMiss("nuget: impossible last character", lambda r: nuget_key(r)[:-1] + "b"),
           NearMiss("nuget: placeholder", always("oy2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))]),
    Token("DOCKER_HUB_PERSONAL_ACCESS_TOKEN", docker_pat,
          ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD", "DOCKER_HUB_PAT", "registry_password"],
          [NearMiss("docker pat: 20-character body", lambda r: "dckr_pat_" + r.mixed(URLSAFE, 20)),
           NearMiss("docker pat: documentation value", always("dckr_pat_124509ugsdjga93")),
           NearMiss("docker pat: unknown kind", lambda r: "dckr_xyz_" + r.mixed(URLSAFE, 27))]),
    Token("DOCKER_HUB_ORGANIZATION_ACCESS_TOKEN", docker_oat,
          ["DOCKERHUB_ORG_TOKEN", "DOCKER_OAT", "DOCKER_API_TOKEN_CLOUD"],
          [NearMiss("docker oat: 20-character body", lambda r: "dckr_oat_" + r.mixed(URLSAFE, 20)),
           NearMiss("docker oat: placeholder", always("dckr_oat_..."))]),
    Token("JFROG_REFERENCE_TOKEN", jfrog_reference_token,
          ["JFROG_ACCESS_TOKEN", "ARTIFACTORY_TOKEN", "JF_ACCESS_TOKEN", "artifactory_password"],
          [NearMiss("jfrog reference token: 63 characters", shorter(jfrog_reference_token)),
           NearMiss("jfrog reference token: 65 characters", lambda r: jfrog_reference_token(r) + "a"),
           NearMiss("jfrog reference token: placeholder", always("cmVmdGtuOjAxOj" + "X" * 50))]),
    Token("JFROG_API_KEY", jfrog_api_key,
          ["ARTIFACTORY_API_KEY", "JFROG_API_KEY", "artifactoryApiKey"],
          [NearMiss("jfrog api key: under a non-keyword name", jfrog_api_key, name="checksum"),
           NearMiss("jfrog api key: 72 characters", shorter(jfrog_api_key)),
           NearMiss("jfrog api key: placeholder", always("AKCp" + "x" * 69))]),
    Token("TERRAFORM_CLOUD_API_TOKEN", terraform_token,
          ["TFE_TOKEN", "TF_TOKEN_app_terraform_io", "TF_API_TOKEN", "token"],
          [NearMiss("terraform: 13-character id", lambda r: r.mixed(ALNUM, 13) + ".atlasv1." + r.mixed(ALNUM, 67)),
           NearMiss("terraform: atlasv2", lambda r: r.mixed(ALNUM, 14) + ".atlasv2." + r.mixed(ALNUM, 67)),
           NearMiss("terraform: secret too short", lambda r: r.mixed(ALNUM, 14) + ".atlasv1." + r.mixed(ALNUM, 20))]),
    Token("VAULT_SERVICE_TOKEN", vault_service,
          ["VAULT_TOKEN", "vault_token", "X-Vault-Token", "BAO_TOKEN"],
          [NearMiss("vault service: 20-character body", lambda r: "hvs." + r.mixed(ALNUM, 20)),
           NearMiss("vault service: placeholder", always("hvs.XXXXXXXXXXXXXXXXXXXXXXXX")),
           NearMiss("vault service: unknown type letter", lambda r: "hvx." + r.mixed(ALNUM, 24))]),
    Token("VAULT_BATCH_TOKEN", vault_batch,
          ["VAULT_TOKEN", "vault_batch_token", "X-Vault-Token"],
          [NearMiss("vault batch: 20-character body", lambda r: "hvb." + r.mixed(URLSAFE, 20))]),
    Token("VAULT_RECOVERY_TOKEN", vault_recovery,
          ["VAULT_RECOVERY_TOKEN", "recovery_token", "VAULT_TOKEN"],
          [NearMiss("vault recovery: 20-character body", lambda r: "hvr." + r.mixed(ALNUM, 20))]),
    Token("VAULT_LEGACY_TOKEN", vault_legacy,
          ["VAULT_TOKEN", "vault_token", "VaultToken"],
          [NearMiss("vault legacy: under a non-keyword name", vault_legacy, name="checksum"),
           NearMiss("vault legacy: 23-character body", shorter(vault_legacy)),
           NearMiss("vault legacy: placeholder", always("s.xxxxxxxxxxxxxxxxxxxxxxxx"))]),
    Token("PULUMI_ACCESS_TOKEN", pulumi_token,
          ["PULUMI_ACCESS_TOKEN", "pulumi_token", "pulumiAccessToken"],
          [NearMiss("pulumi: under a non-keyword name", pulumi_token, name="checksum"),
           NearMiss("pulumi: 39 hex characters", shorter(pulumi_token)),
           NearMiss("pulumi: upper-case hex", lambda r: "pul-" + r.chars("0123456789ABCDEF", 40))]),
    Token("DOPPLER_PERSONAL_TOKEN", _dp("pt"), ["DOPPLER_TOKEN", "doppler_token", "DopplerToken"],
          [NearMiss("doppler personal: documentation value", always("dp.pt.bAqhcVzrhy5cRHkOlNTc0Ve6w5NUDCpcutm8vGE9myi")),
           NearMiss("doppler personal: 39 characters", lambda r: "dp.pt." + r.mixed(ALNUM, 39)),
           NearMiss("doppler personal: 45 characters", lambda r: "dp.pt." + r.mixed(ALNUM, 45))]),
    Token("DOPPLER_PERSONAL_TOKEN", _dp("ct"), ["DOPPLER_TOKEN", "doppler_cli_token"], []),
    Token("DOPPLER_SERVICE_TOKEN", doppler_service, ["DOPPLER_TOKEN", "DOPPLER_SERVICE_TOKEN", "dopplerToken"],
          [NearMiss("doppler service: 39 characters", lambda r: "dp.st.prd." + r.mixed(ALNUM, 39)),
           NearMiss("doppler service: unknown kind", lambda r: "dp.zz." + r.mixed(ALNUM, 42)),
           NearMiss("doppler service: placeholder", always("dp.st.dev.XXXX"))]),
    Token("DOPPLER_SERVICE_ACCOUNT_TOKEN", _dp("sa"), ["DOPPLER_TOKEN", "DOPPLER_SERVICE_ACCOUNT_TOKEN"],
          [NearMiss("doppler service account: 39 characters", lambda r: "dp.sa." + r.mixed(ALNUM, 39))]),
    Token("DOPPLER_SERVICE_ACCOUNT_TOKEN", _dp("said"), ["DOPPLER_TOKEN", "doppler_identity_token"], []),
    Token("DOPPLER_SCIM_TOKEN", _dp("scim"), ["DOPPLER_SCIM_TOKEN", "scim_token", "scimBearerToken"],
          [NearMiss("doppler scim: 39 characters", lambda r: "dp.scim." + r.mixed(ALNUM, 39))]),
    Token("DOPPLER_AUDIT_TOKEN", _dp("audit"), ["DOPPLER_AUDIT_TOKEN", "audit_token", "dopplerAuditToken"],
          [NearMiss("doppler audit: 39 characters", lambda r: "dp.audit." + r.mixed(ALNUM, 39))]),
    Token("ONEPASSWORD_SERVICE_ACCOUNT_TOKEN", onepassword_token,
          ["OP_SERVICE_ACCOUNT_TOKEN", "onepassword_token", "opServiceAccountToken"],
          [NearMiss("1password: placeholder", always("ops_eyJ...")),
           NearMiss("1password: not JSON inside", lambda r: "ops_eyJ" + r.mixed(ALNUM, 300)),
           NearMiss("1password: JSON without signInAddress",
                    lambda r: "ops_" + b64(json.dumps({"email": "a@b.c", "pad": r.chars(HEX, 250)}).encode()))]),
    Token("BUILDKITE_API_TOKEN", bk_api, ["BUILDKITE_API_TOKEN", "BUILDKITE_TOKEN", "bk_token"],
          [NearMiss("buildkite api: 30-character body", lambda r: "bkua_" + r.chars(HEX, 30)),
           NearMiss("buildkite api: placeholder", always("bkua_" + "*" * 40)),
           NearMiss("buildkite api: unknown prefix", lambda r: "bkzz_" + r.chars(HEX, 40))]),
    Token("BUILDKITE_AGENT_TOKEN", bk_agent, ["BUILDKITE_AGENT_TOKEN", "agent_token", "buildkiteAgentToken"],
          [NearMiss("buildkite agent: 30-character body", lambda r: "bkct_" + r.mixed(ALNUM, 30))]),
    Token("BUILDKITE_PACKAGES_TOKEN", bk_packages, ["BUILDKITE_PACKAGES_TOKEN", "registry_token", "npmAuthToken"],
          [NearMiss("buildkite packages: 30-character body", lambda r: "bkpt_" + r.mixed(ALNUM, 30))]),
    Token("CIRCLECI_PERSONAL_API_TOKEN", _cci("CCIPAT_"), ["CIRCLECI_TOKEN", "CIRCLE_TOKEN", "circleci_api_token"],
          [NearMiss("circleci personal: hex part 39 characters", shorter(_cci("CCIPAT_"))),
           NearMiss("circleci personal: '0' is not base58", lambda r: "CCIPAT_0" + _cci("CCIPAT_")(r)[8:]),
           NearMiss("circleci personal: unknown kind", lambda r: "CCIXYZ_" + _cci("CCIPAT_")(r)[7:])]),
    Token("CIRCLECI_PROJECT_API_TOKEN", _cci("CCIPRJ_"), ["CIRCLECI_PROJECT_TOKEN", "CIRCLE_TOKEN", "circleProjectToken"],
          [NearMiss("circleci project: hex part 39 characters", shorter(_cci("CCIPRJ_")))]),
    Token("CODECOV_TOKEN", uuid, ["CODECOV_TOKEN", "codecov_token", "codecovToken"],
          [NearMiss("codecov: UUID under a non-keyword name", uuid, name="checksum"),
           NearMiss("codecov: all-zero UUID", always("00000000-0000-0000-0000-000000000000")),
           NearMiss("codecov: UUID without dashes", lambda r: r.uuid4().replace("-", ""))]),
    Token("SONARQUBE_TOKEN", sonarqube_token, ["SONAR_TOKEN", "sonar.token", "sonar.login", "SONARQUBE_TOKEN"],
          [NearMiss("sonarqube: 39 hex characters", shorter(sonarqube_token)),
           NearMiss("sonarqube: unknown type", lambda r: "sqx_" + r.chars(HEX, 40)),
           NearMiss("sonarqube: upper-case hex", lambda r: "squ_" + r.chars("0123456789ABCDEF", 40))]),
    Token("SONARCLOUD_TOKEN", sonarcloud_token, ["SONAR_TOKEN", "sonar.login", "SONARCLOUD_TOKEN", "sonarToken"],
          [NearMiss("sonarcloud: 40 hex under a non-keyword name", sonarcloud_token, name="checksum"),
           NearMiss("sonarcloud: 39 hex characters", shorter(sonarcloud_token)),
           NearMiss("sonarcloud: placeholder", always("<sonar-token>"))]),
    Token("SNYK_PERSONAL_ACCESS_TOKEN", snyk_pat, ["SNYK_TOKEN", "snyk_token", "snykToken"],
          [NearMiss("snyk pat: payload is not JSON", lambda r: "snyk_uat." + r.chars(HEX, 8) + "." + r.mixed(ALNUM, 60) + "." + b64url(r.bytes(64))),
           NearMiss("snyk pat: id of 7 hex", lambda r: "snyk_uat." + r.chars(HEX, 7) + snyk_pat(r)[17:]),
           NearMiss("snyk pat: documentation shape", always("snyk_uat.12345678.abcdefg-hijklmnop.qrstuvwxyz-123456"))]),
    Token("SNYK_API_TOKEN", uuid, ["SNYK_TOKEN", "snyk_token", "SNYK_API_TOKEN"],
          [NearMiss("snyk: UUID under a non-keyword name", uuid, name="checksum"),
           NearMiss("snyk: all-zero UUID", always("00000000-0000-0000-0000-000000000000")),
           NearMiss("snyk: 35-character UUID", lambda r: r.uuid4()[:-1])]),
    Token("GITLAB_SESSION_COOKIE", lambda r: r.chars(HEX, 32),
          ["GITLAB_COOKIE", "gitlab_session_cookie", "Cookie"],
          [NearMiss("gitlab session: 31 characters", lambda r: r.chars(HEX, 31)),
           NearMiss("gitlab session: upper-case hex", lambda r: r.chars(HEX, 32).upper()),
           NearMiss("gitlab session: a variable", always("${GITLAB_SESSION}"))],
          wrap=lambda r, v: ("_gitlab_session=", "; path=/")),
]
