"""Hyperscalers: AWS (session tokens, Bedrock API keys), Azure, Google OAuth and Firebase,
Alibaba Cloud, IBM Cloud and Oracle Cloud (OCI).

Every value is made here from the format its family file describes (see the `# Sources:`
headers of identifiers/builtin/credentials/{aws,azure,google_oauth,alibaba_cloud,ibm_cloud,
oracle_cloud}.toml), never by calling trawl.
"""

import base64
import zlib

from _lib import ALNUM, DIGITS, HEX, LOWER_ALNUM, URLSAFE, b64, NearMiss, Rng, shorter, Token

# --- helpers -------------------------------------------------------------------------------

B32_LOWER = "abcdefghijklmnopqrstuvwxyz234567"
AAD_ALPHABET = ALNUM + ".-_~"  # Entra client secrets: URL-unreserved characters
MASK32 = 0xFFFFFFFF


def _rotl(x: int, n: int) -> int:
    return ((x << n) | (x >> (32 - n))) & MASK32


def marvin32(data: bytes, seed: int) -> int:
    """Marvin32 (the hash .NET and Microsoft's identifiable keys use), as a signed 32-bit int
    turned unsigned: p0/p1 from the 64-bit seed, 4-byte little-endian words, 0x80 padding."""
    p0, p1 = seed & MASK32, (seed >> 32) & MASK32

    def block(p0, p1):
        p1 ^= p0
        p0 = _rotl(p0, 20)
        p0 = (p0 + p1) & MASK32
        p1 = _rotl(p1, 9)
        p1 ^= p0
        p0 = _rotl(p0, 27)
        p0 = (p0 + p1) & MASK32
        p1 = _rotl(p1, 19)
        return p0, p1

    padded = data + b"\x80"
    padded += b"\0" * (-len(padded) % 4)
    for i in range(0, len(padded), 4):
        p0 = (p0 + int.from_bytes(padded[i : i + 4], "little")) & MASK32
        p0, p1 = block(p0, p1)
    p0, p1 = block(p0, p1)
    return (p0 ^ p1) & MASK32


# Microsoft security-utilities IdentifiableSecrets.VersionTwoChecksumSeed: the bytes of
# "Default0" read as a big-endian 64-bit number.
CASK_SEED = int.from_bytes(b"Default0", "big")
ADO_USER_PAT_SEED = 0xE0B9692D  # IdentifiableMetadata.AdoUserPatChecksumSeed


def ado_pat_legacy(rng: Rng, corrupt: bool = False) -> str:
    """Azure DevOps 52-character PAT: 32 bytes in lower-case base32; a CRC-32 of 28 of them,
    XOR a seed, is spread over bytes 2, 7, 8 and 22 (security-utilities SEC101/102)."""
    token = rng.bytes(28)
    crc = (zlib.crc32(token) ^ ADO_USER_PAT_SEED) & MASK32
    if corrupt:
        crc ^= 0x00010000
    c = crc.to_bytes(4, "little")  # c[0] -> [22], c[1] -> [8], c[2] -> [7], c[3] -> [2]
    raw = token[0:2] + bytes([c[3]]) + token[2:6] + bytes([c[2], c[1]]) + token[6:19] + bytes([c[0]]) + token[19:28]
    return base64.b32encode(raw).decode().rstrip("=").lower()


def ado_pat(rng: Rng) -> str:
    """Azure DevOps 84-character PAT (Microsoft's common annotated security key): 52 random
    base62, JQQJ99, a year letter (A = 2024) and a month letter A-L, 16 reserved characters,
    AZDO, and the first 4 base64 characters of a Marvin32 checksum of the 60 bytes before."""
    while True:
        head = (
            rng.chars(ALNUM, 52)
            + "JQQJ99"
            + rng.choice("ABC")
            + rng.choice("ABCDEFGHIJKL")
            + rng.chars(ALNUM, 16)
            + "AZDO"
        )
        body = base64.b64decode(head)  # 80 characters, 60 bytes
        check = marvin32(body, CASK_SEED).to_bytes(4, "little")
        tail = b64(check)[:4]
        if all(ch in ALNUM for ch in tail):
            return head + tail


def storage_key(rng: Rng) -> str:
    """An Azure storage account (or Cosmos DB) key: 64 random bytes in base64."""
    return b64(rng.bytes(64))


def sas_sig(rng: Rng) -> str:
    """A SAS signature: HMAC-SHA256 (32 bytes) in base64, URL-encoded as in a query."""
    return b64(rng.bytes(32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def sas_query(rng: Rng, sig: str) -> str:
    return f"sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2026-0{rng.int(1, 9)}-1{rng.int(0, 9)}T18:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig={sig}"


def entra_secret(rng: Rng, legacy: bool = False) -> str:
    if legacy:
        return rng.chars(AAD_ALPHABET, 3) + "7Q~" + rng.chars(AAD_ALPHABET, 31)
    # NOTE: the last 3 characters of an 8Q~ secret are a Marvin32 checksum in an alphabet
    # that Microsoft does not publish; trawl does not check them, so they are random here.
    return rng.chars(ALNUM, 3) + "8Q~" + rng.mixed(AAD_ALPHABET, 34)


def session_token(rng: Rng) -> str:
    """An STS session token: base64 of a binary blob. Current tokens begin with the base64 of
    '!\\n\\torigin_ec' (IQoJb3JpZ2luX2Vj); their size is not fixed (AWS: under 4096 bytes)."""
    return "IQoJb3JpZ2luX2Vj" + b64(rng.bytes(rng.int(300, 700)))


def bedrock_long_term(rng: Rng) -> str:
    alias = rng.chars(LOWER_ALNUM, 4)
    account = rng.chars(DIGITS, 12)
    secret = b64(rng.bytes(44))
    return "ABSK" + b64(f"BedrockAPIKey-{alias}-at-{account}:{secret}".encode())


def bedrock_short_term(rng: Rng) -> str:
    region = rng.choice(["us-east-1", "us-west-2", "eu-central-1", "ap-northeast-1"])
    key_id = "ASIA" + rng.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    url = (
        "bedrock.amazonaws.com/?Action=CallWithBearerToken"
        "&X-Amz-Algorithm=AWS4-HMAC-SHA256"
        f"&X-Amz-Credential={key_id}%2F20250712%2F{region}%2Fbedrock%2Faws4_request"
        "&X-Amz-Date=20250712T101500Z&X-Amz-Expires=43200"
        f"&X-Amz-Security-Token={session_token(rng).replace('+', '%2B').replace('/', '%2F').replace('=', '%3D')}"
        f"&X-Amz-SignedHeaders=host&X-Amz-Signature={rng.chars(HEX, 64)}&Version=1"
    )
    return "bedrock-api-key-" + b64(url.encode())


def gocspx(rng: Rng) -> str:
    return "GOCSPX-" + rng.mixed(URLSAFE, 28)


def ya29(rng: Rng) -> str:
    return "ya29.a0" + rng.mixed(URLSAFE, rng.int(150, 220))


def refresh_1(rng: Rng) -> str:
    return "1//0" + rng.choice("3459degi") + rng.mixed(URLSAFE, 98)


def fcm_server_key(rng: Rng) -> str:
    return "AAAA" + rng.mixed(URLSAFE, 7) + ":APA91b" + rng.mixed(URLSAFE, 134)


def alibaba_secret(rng: Rng) -> str:
    return rng.mixed(ALNUM, 30)


def ibm_key(rng: Rng) -> str:
    return rng.mixed(URLSAFE, 44)


def oci_pem(rng: Rng) -> str:
    # A PEM block whose body is one DER SEQUENCE of random bytes (what pem_key checks); not a
    # usable RSA key.
    n = rng.int(600, 1200)
    body = b64(b"\x30\x82" + n.to_bytes(2, "big") + rng.bytes(n))
    lines = "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN PRIVATE KEY-----\n{lines}\n-----END PRIVATE KEY-----"


def _oci_file(rng: Rng, value: str):
    # The label line Oracle recommends follows the PEM block; trawl reports the block.
    return ("home/.oci/oci_api_key.pem", "", "\nOCI_API_KEY\n")


# --- tokens --------------------------------------------------------------------------------

TOKENS = [
    # AWS
    Token(
        "AWS_SESSION_TOKEN",
        session_token,
        ["aws_session_token", "AWS_SESSION_TOKEN", "awsSessionToken", "AWS_SECURITY_TOKEN"],
        [
            NearMiss("aws session token: under a non-AWS name", session_token, name="checksum"),
            NearMiss("aws session token: too short", lambda r: "IQoJb3JpZ2luX2Vj" + b64(r.bytes(40))),
            NearMiss("aws session token: placeholder", lambda r: "<your-session-token>"),
            NearMiss("aws session token: shell variable", lambda r: "${AWS_SESSION_TOKEN}"),
        ],
    ),
    Token(
        "AWS_BEDROCK_API_KEY",
        bedrock_long_term,
        ["AWS_BEARER_TOKEN_BEDROCK", "bedrock_api_key", "BEDROCK_API_KEY"],
        [
            NearMiss("bedrock: ABSK prefix, not base64 of BedrockAPIKey-", lambda r: "ABSK" + b64(r.bytes(90))),
            NearMiss("bedrock: body too short", lambda r: "ABSKQmVkcm9ja0FQSUtleS" + r.chars(ALNUM, 12)),
            NearMiss("bedrock: placeholder", lambda r: "ABSK-your-bedrock-api-key"),
        ],
    ),
    Token(
        "AWS_BEDROCK_SHORT_TERM_API_KEY",
        bedrock_short_term,
        ["AWS_BEARER_TOKEN_BEDROCK", "bedrockToken", "BEDROCK_SHORT_TERM_KEY"],
        [
            NearMiss("bedrock short-term: prefix only", lambda r: "bedrock-api-key-"),
            NearMiss("bedrock short-term: not a presigned bedrock URL", lambda r: "bedrock-api-key-" + b64(r.bytes(300))),
            NearMiss("bedrock short-term: placeholder", lambda r: "bedrock-api-key-XXXXXXXXXXXXXXXX"),
        ],
    ),
    # Azure
    Token(
        "AZURE_STORAGE_ACCOUNT_KEY",
        storage_key,
        ["AZURE_STORAGE_KEY", "AZURE_STORAGE_ACCOUNT_KEY", "azure_storage_access_key", "storageAccountKey"],
        [
            NearMiss("azure storage key: under a non-Azure name", storage_key, name="checksum"),
            NearMiss("azure storage key: 63 bytes", lambda r: b64(r.bytes(63))),
            NearMiss("azure storage key: Azurite's published development key", lambda r: "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="),
        ],
    ),
    Token(
        "AZURE_STORAGE_CONNECTION_STRING",
        storage_key,
        ["AZURE_STORAGE_CONNECTION_STRING", "AzureWebJobsStorage", "storage_connection_string"],
        [
            NearMiss("azure storage connection string: key one character short", lambda r: storage_key(r)[:-3] + "=="),
            NearMiss("azure storage connection string: placeholder key", lambda r: "<account-key>"),
            NearMiss("azure storage connection string: Azurite's published development key", lambda r: "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="),
        ],
        wrap=lambda r, v: (
            f"DefaultEndpointsProtocol=https;AccountName=st{r.chars(LOWER_ALNUM, 10)};AccountKey=",
            ";EndpointSuffix=core.windows.net",
        ),
    ),
    Token(
        "AZURE_SAS_TOKEN",
        sas_sig,
        ["AZURE_STORAGE_SAS_URL", "sasUrl", "blob_sas_url"],
        [
            NearMiss("azure sas: signature one character short", lambda r: sas_sig(r)[:-4] + "%3D"),
            NearMiss("azure sas: placeholder signature", lambda r: "<signature>"),
            NearMiss("azure sas: redacted signature", lambda r: "REDACTED"),
        ],
        wrap=lambda r, v: (f"https://st{r.chars(LOWER_ALNUM, 10)}.blob.core.windows.net/backups?" + sas_query(r, ""), ""),
    ),
    Token(
        "AZURE_ENTRA_CLIENT_SECRET",
        entra_secret,
        ["AZURE_CLIENT_SECRET", "ClientSecret", "client_secret", "ARM_CLIENT_SECRET"],
        [
            NearMiss("entra secret: 8Q~ one character short", shorter(entra_secret)),
            NearMiss("entra secret: 9Q~ is no signature", lambda r: entra_secret(r).replace("8Q~", "9Q~", 1)),
            NearMiss("entra secret: placeholder", lambda r: "your-client-secret"),
        ],
    ),
    Token(
        "AZURE_ENTRA_CLIENT_SECRET",
        lambda r: entra_secret(r, legacy=True),
        ["AZURE_CLIENT_SECRET", "aad_client_secret", "clientSecret"],
        [
            NearMiss("entra secret: 7Q~ one character long", lambda r: entra_secret(r, legacy=True) + "x"),
        ],
    ),
    Token(
        "AZURE_DEVOPS_PAT",
        ado_pat,
        ["AZURE_DEVOPS_EXT_PAT", "AZURE_DEVOPS_PAT", "ado_pat", "SYSTEM_PAT"],
        [
            NearMiss("azure devops pat: 83 characters", shorter(ado_pat)),
            NearMiss("azure devops pat: another provider's signature", lambda r: ado_pat(r)[:76] + "AZEG" + ado_pat(r)[80:]),
            NearMiss("azure devops pat: no JQQJ9 signature", lambda r: ado_pat(r)[:52] + "ABCDE9" + ado_pat(r)[58:]),
        ],
    ),
    Token(
        "AZURE_DEVOPS_PAT_LEGACY",
        ado_pat_legacy,
        ["AZURE_DEVOPS_EXT_PAT", "AZURE_DEVOPS_PAT", "azure_devops_token", "ADO_PAT"],
        [
            NearMiss("azure devops legacy pat: under a non-DevOps name", ado_pat_legacy, name="checksum"),
            NearMiss("azure devops legacy pat: 51 characters", shorter(ado_pat_legacy)),
            NearMiss("azure devops legacy pat: upper case", lambda r: ado_pat_legacy(r).upper()),
        ],
    ),
    Token(
        "AZURE_COSMOS_DB_KEY",
        storage_key,
        ["COSMOS_KEY", "AZURE_COSMOS_KEY", "cosmosDbKey", "COSMOSDB_PRIMARY_KEY"],
        [
            NearMiss("cosmos key: under a non-Cosmos name", storage_key, name="checksum"),
            NearMiss("cosmos key: the emulator's published key", lambda r: "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="),
            NearMiss("cosmos key: 32 bytes", lambda r: b64(r.bytes(32))),
        ],
    ),
    Token(
        "AZURE_COSMOS_DB_KEY",
        storage_key,
        ["COSMOS_CONNECTION_STRING", "CosmosDbConnectionString", "cosmos_connection"],
        [
            NearMiss("cosmos connection string: emulator key", lambda r: "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="),
        ],
        wrap=lambda r, v: (f"AccountEndpoint=https://cosmos-{r.chars(LOWER_ALNUM, 8)}.documents.azure.com:443/;AccountKey=", ";"),
    ),
    # Google
    Token(
        "GOOGLE_OAUTH_CLIENT_SECRET",
        gocspx,
        ["GOOGLE_CLIENT_SECRET", "client_secret", "googleClientSecret"],
        [
            NearMiss("google client secret: 27 characters", shorter(gocspx)),
            NearMiss("google client secret: placeholder", lambda r: "GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
            NearMiss("google client secret: '.' in it", lambda r: gocspx(r)[:20] + "." + gocspx(r)[21:]),
        ],
    ),
    Token(
        "GOOGLE_OAUTH_ACCESS_TOKEN",
        ya29,
        ["access_token", "GOOGLE_ACCESS_TOKEN", "accessToken"],
        [
            NearMiss("google access token: too short", lambda r: "ya29." + r.chars(URLSAFE, 20)),
            NearMiss("google access token: placeholder", lambda r: "ya29.<token>"),
            NearMiss("google access token: ellipsis", lambda r: "ya29...."),
        ],
    ),
    Token(
        "GOOGLE_OAUTH_REFRESH_TOKEN",
        refresh_1,
        ["refresh_token", "GOOGLE_REFRESH_TOKEN", "refreshToken"],
        [
            NearMiss("google refresh token: under a non-refresh name", refresh_1, name="checksum"),
            NearMiss("google refresh token: too short", lambda r: "1//0" + r.chars(URLSAFE, 20)),
            NearMiss("google refresh token: placeholder", lambda r: "1//your-refresh-token"),
        ],
    ),
    Token(
        "FIREBASE_CLOUD_MESSAGING_SERVER_KEY",
        fcm_server_key,
        ["FCM_SERVER_KEY", "firebase_server_key", "fcmServerKey"],
        [
            NearMiss("fcm server key: a device registration token", lambda r: r.chars(URLSAFE, 22) + ":APA91b" + r.chars(URLSAFE, 134)),
            NearMiss("fcm server key: 133 characters after APA91b", shorter(fcm_server_key)),
            NearMiss("fcm server key: placeholder", lambda r: "AAAAxxxxxxx:APA91bXXXX"),
        ],
    ),
    # Alibaba Cloud
    Token(
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
        alibaba_secret,
        ["ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALICLOUD_SECRET_KEY", "access_key_secret", "accessKeySecret"],
        [
            NearMiss("alibaba secret: under a non-Alibaba name", alibaba_secret, name="checksum"),
            NearMiss("alibaba secret: 29 characters", shorter(alibaba_secret)),
            NearMiss("alibaba secret: the id, not the secret", lambda r: "LTAI5t" + r.chars(ALNUM, 18)),
        ],
    ),
    # IBM Cloud
    Token(
        "IBM_CLOUD_API_KEY",
        ibm_key,
        ["IBMCLOUD_API_KEY", "IC_API_KEY", "ibmcloud_api_key", "IBM_CLOUD_API_KEY"],
        [
            NearMiss("ibm api key: under a non-IBM name", ibm_key, name="checksum"),
            NearMiss("ibm api key: 43 characters", shorter(ibm_key)),
            NearMiss("ibm api key: placeholder", lambda r: "<your-ibm-cloud-api-key>"),
        ],
    ),
]

# Oracle Cloud: a whole PEM file with the OCI_API_KEY label line Oracle recommends.
TOKENS.append(
    Token(
        "OCI_API_SIGNING_KEY",
        oci_pem,
        ["key_file"],
        [
            NearMiss("oci: the label alone", lambda r: "OCI_API_KEY"),
            NearMiss("oci: a public key with the label", lambda r: oci_pem(r).replace("PRIVATE", "PUBLIC")),
            NearMiss("oci: placeholder key body", lambda r: "-----BEGIN PRIVATE KEY-----\n<your private key>\n-----END PRIVATE KEY-----"),
        ],
        file=_oci_file,
    )
)
