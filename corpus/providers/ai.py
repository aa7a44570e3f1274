"""AI and ML platform credentials: OpenAI, Anthropic, Hugging Face, Cohere, Replicate, Groq,
Mistral, Perplexity, xAI, OpenRouter, LangSmith, ElevenLabs, DeepSeek, Deepgram, AssemblyAI.

Formats and their sources are in each provider's family file under
identifiers/builtin/credentials/ (openai.toml, anthropic.toml, hugging_face.toml, ...).
"""

from _lib import (
    ALNUM, HEX, LOWER, LOWER_ALNUM, UPPER, URLSAFE, always, NearMiss, Rng, shorter, Token,
)

LETTERS = LOWER + UPPER
OPENAI_MARKER = "T3BlbkFJ"  # base64 of "OpenAI", in every OpenAI key


# OpenAI


def openai_legacy(rng: Rng) -> str:
    return "sk-" + rng.mixed(ALNUM, 20) + OPENAI_MARKER + rng.mixed(ALNUM, 20)


def _openai_long(prefix: str, part: int):
    def make(rng: Rng) -> str:
        return prefix + rng.mixed(URLSAFE, part) + OPENAI_MARKER + rng.mixed(URLSAFE, part)

    return make


openai_project = _openai_long("sk-proj-", 74)
openai_service_account = _openai_long("sk-svcacct-", 74)
openai_admin = _openai_long("sk-admin-", 58)


def _marker_altered(make):
    return lambda rng: make(rng).replace(OPENAI_MARKER, "X3BlbkFJ")


def _openai_one_short_before_marker(rng: Rng) -> str:
    return "sk-" + rng.mixed(ALNUM, 19) + OPENAI_MARKER + rng.mixed(ALNUM, 20)


# Anthropic


def anthropic_api(rng: Rng) -> str:
    return "sk-ant-api03-" + rng.mixed(URLSAFE, 93) + "AA"


def anthropic_admin(rng: Rng) -> str:
    return "sk-ant-admin01-" + rng.mixed(URLSAFE, 93) + "AA"


def _anthropic_bad_suffix(make):
    return lambda rng: make(rng)[:-2] + "AB"


# Others with a prefix


def hf_token(rng: Rng) -> str:
    return "hf_" + rng.mixed(LETTERS, 34)


def hf_org_token(rng: Rng) -> str:
    return "api_org_" + rng.mixed(LETTERS, 34)


def replicate(rng: Rng) -> str:
    return "r8_" + rng.mixed(ALNUM, 37)


def groq(rng: Rng) -> str:
    return "gsk_" + rng.mixed(ALNUM, 52)


def perplexity(rng: Rng) -> str:
    return "pplx-" + rng.mixed(ALNUM, 48)


def xai(rng: Rng) -> str:
    return "xai-" + rng.mixed(ALNUM, 80)


def openrouter(rng: Rng) -> str:
    return "sk-or-v1-" + rng.mixed(HEX, 64)


def _langsmith(kind: str):
    def make(rng: Rng) -> str:
        return f"lsv2_{kind}_" + rng.uuid4().replace("-", "") + "_" + rng.mixed(HEX, 10)

    return make


langsmith_pat = _langsmith("pt")
langsmith_service = _langsmith("sk")


def elevenlabs(rng: Rng) -> str:
    return "sk_" + rng.mixed(HEX, 48)


# Keyword-gated (no prefix of their own)


def cohere(rng: Rng) -> str:
    return rng.mixed(ALNUM, 40)


def mistral(rng: Rng) -> str:
    return rng.mixed(ALNUM, 32)


def deepseek(rng: Rng) -> str:
    return "sk-" + rng.mixed(HEX, 32)


def deepgram(rng: Rng) -> str:
    return rng.mixed(HEX, 40)


def assemblyai(rng: Rng) -> str:
    return rng.mixed(HEX, 32)


def _add_one(alphabet: str, make):
    return lambda rng: make(rng) + rng.choice(alphabet)


TOKENS = [
    # OpenAI
    Token(
        "OPENAI_API_KEY",
        openai_project,
        ["OPENAI_API_KEY", "openai_api_key", "openaiApiKey", "OPENAI_KEY"],
        [
            NearMiss("openai: marker altered", _marker_altered(openai_project)),
            NearMiss("openai: placeholder", always("sk-proj-" + "x" * 48)),
            NearMiss("openai: project key without the marker", lambda rng: "sk-proj-" + rng.mixed(URLSAFE, 156)),
        ],
    ),
    Token(
        "OPENAI_API_KEY",
        openai_legacy,
        ["OPENAI_API_KEY", "openai.api_key", "apiKey"],
        [
            NearMiss("openai: 19 characters before the marker", _openai_one_short_before_marker),
            NearMiss("openai: marker altered", _marker_altered(openai_legacy)),
            NearMiss("openai: sk- and 48 characters, no marker", lambda rng: "sk-" + rng.mixed(ALNUM, 48)),
        ],
    ),
    Token(
        "OPENAI_SERVICE_ACCOUNT_KEY",
        openai_service_account,
        ["OPENAI_API_KEY", "openai_service_account_key", "openaiServiceKey"],
        [
            NearMiss("openai svcacct: marker altered", _marker_altered(openai_service_account)),
            NearMiss("openai svcacct: placeholder", always("sk-svcacct-" + "x" * 56)),
            NearMiss("openai svcacct: too short", lambda rng: "sk-svcacct-" + rng.mixed(ALNUM, 12) + OPENAI_MARKER),
        ],
    ),
    Token(
        "OPENAI_ADMIN_KEY",
        openai_admin,
        ["OPENAI_ADMIN_KEY", "openai_admin_key", "adminKey"],
        [
            NearMiss("openai admin: marker altered", _marker_altered(openai_admin)),
            NearMiss("openai admin: documentation value", always("sk-admin-1234abcd")),
            NearMiss("openai admin: placeholder", always("sk-admin-" + "x" * 60)),
        ],
    ),
    # Anthropic
    Token(
        "ANTHROPIC_API_KEY",
        anthropic_api,
        ["ANTHROPIC_API_KEY", "anthropic_api_key", "anthropicApiKey", "CLAUDE_API_KEY"],
        [
            NearMiss("anthropic: does not end in AA", _anthropic_bad_suffix(anthropic_api)),
            NearMiss("anthropic: 1 character short", lambda rng: "sk-ant-api03-" + rng.mixed(URLSAFE, 92) + "AA"),
            NearMiss("anthropic: documentation value", always("sk-ant-12345678901234567890123456789012")),
        ],
    ),
    Token(
        "ANTHROPIC_ADMIN_KEY",
        anthropic_admin,
        ["ANTHROPIC_ADMIN_KEY", "anthropic_admin_api_key", "anthropicAdminKey"],
        [
            NearMiss("anthropic admin: does not end in AA", _anthropic_bad_suffix(anthropic_admin)),
            NearMiss("anthropic admin: 1 character short", lambda rng: "sk-ant-admin01-" + rng.mixed(URLSAFE, 92) + "AA"),
            NearMiss("anthropic admin: documentation placeholder", always("sk-ant-admin-***")),
        ],
    ),
    # Hugging Face
    Token(
        "HUGGING_FACE_ACCESS_TOKEN",
        hf_token,
        ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "hf_token", "use_auth_token"],
        [
            NearMiss("hugging face: 1 character short", shorter(hf_token)),
            NearMiss("hugging face: 1 character long", _add_one(LETTERS, hf_token)),
            NearMiss("hugging face: placeholder", always("hf_" + "x" * 34)),
            NearMiss("hugging face: digit in the token", lambda rng: "hf_" + rng.mixed(LETTERS, 20) + "7" + rng.mixed(LETTERS, 13)),
        ],
    ),
    Token(
        "HUGGING_FACE_ORGANIZATION_TOKEN",
        hf_org_token,
        ["HUGGINGFACEHUB_API_TOKEN", "hf_org_token", "orgToken"],
        [
            NearMiss("hugging face org: 1 character short", shorter(hf_org_token)),
            NearMiss("hugging face org: documentation placeholder", always("api_org_" + "X" * 34)),
            NearMiss("hugging face org: code identifier", always("api_org_controller")),
        ],
    ),
    # Replicate, Groq, Perplexity, xAI, OpenRouter, LangSmith, ElevenLabs
    Token(
        "REPLICATE_API_TOKEN",
        replicate,
        ["REPLICATE_API_TOKEN", "replicate_api_token", "replicateToken"],
        [
            NearMiss("replicate: 1 character short", shorter(replicate)),
            NearMiss("replicate: 1 character long", _add_one(ALNUM, replicate)),
            NearMiss("replicate: documentation placeholder", always("r8_xxxxxxxxxxxx")),
        ],
    ),
    Token(
        "GROQ_API_KEY",
        groq,
        ["GROQ_API_KEY", "groq_api_key", "groqApiKey"],
        [
            NearMiss("groq: 1 character short", shorter(groq)),
            NearMiss("groq: 1 character long", _add_one(ALNUM, groq)),
            NearMiss("groq: placeholder", always("gsk_your_key_here")),
        ],
    ),
    Token(
        "PERPLEXITY_API_KEY",
        perplexity,
        ["PERPLEXITY_API_KEY", "perplexity_api_key", "pplxApiKey"],
        [
            NearMiss("perplexity: 1 character short", shorter(perplexity)),
            NearMiss("perplexity: 1 character long", _add_one(ALNUM, perplexity)),
            NearMiss("perplexity: placeholder", always("pplx-" + "x" * 48)),
        ],
    ),
    Token(
        "XAI_API_KEY",
        xai,
        ["XAI_API_KEY", "xai_api_key", "grokApiKey"],
        [
            NearMiss("xai: 1 character short", shorter(xai)),
            NearMiss("xai: 1 character long", _add_one(ALNUM, xai)),
            NearMiss("xai: placeholder", always("xai-your-key-here")),
        ],
    ),
    Token(
        "OPENROUTER_API_KEY",
        openrouter,
        ["OPENROUTER_API_KEY", "openrouter_api_key", "openRouterKey"],
        [
            NearMiss("openrouter: 1 character short", shorter(openrouter)),
            NearMiss("openrouter: upper-case hex", lambda rng: openrouter(rng).upper().replace("SK-OR-V1-", "sk-or-v1-")),
            NearMiss("openrouter: placeholder", always("sk-or-v1-your-key-here")),
        ],
    ),
    Token(
        "LANGSMITH_API_KEY",
        langsmith_pat,
        ["LANGSMITH_API_KEY", "LANGCHAIN_API_KEY", "langsmith_api_key"],
        [
            NearMiss("langsmith: last part 1 character short", shorter(langsmith_pat)),
            NearMiss("langsmith: unknown key type", lambda rng: langsmith_pat(rng).replace("lsv2_pt_", "lsv2_xx_")),
            NearMiss("langsmith: test fixture", always("lsv2_pt_test")),
        ],
    ),
    Token(
        "LANGSMITH_API_KEY",
        langsmith_service,
        ["LANGSMITH_API_KEY", "langsmith_service_key", "langsmithApiKey"],
        [
            NearMiss("langsmith: legacy ls__ key", lambda rng: "ls__" + rng.mixed(HEX, 32)),
            NearMiss("langsmith: upper-case hex", lambda rng: langsmith_service(rng).upper().replace("LSV2_SK_", "lsv2_sk_")),
            NearMiss("langsmith: placeholder", always("lsv2_sk_...")),
        ],
    ),
    Token(
        "ELEVENLABS_API_KEY",
        elevenlabs,
        ["ELEVENLABS_API_KEY", "xi_api_key", "elevenLabsApiKey"],
        [
            NearMiss("elevenlabs: 1 character short", shorter(elevenlabs)),
            NearMiss("elevenlabs: 1 character long", _add_one(HEX, elevenlabs)),
            NearMiss("elevenlabs: upper-case hex", lambda rng: "sk_" + rng.mixed(HEX, 48).upper()),
        ],
    ),
    # Keyword-gated: the names contain the provider's name.
    Token(
        "COHERE_API_KEY",
        cohere,
        ["COHERE_API_KEY", "CO_API_KEY", "cohere_api_key", "cohereApiKey"],
        [
            NearMiss("cohere: valid value without a Cohere name", cohere, name="checksum"),
            NearMiss("cohere: 1 character short", shorter(cohere)),
            NearMiss("cohere: placeholder", always("x" * 40)),
            NearMiss("mistral-shaped value under a Cohere name", mistral),
        ],
    ),
    Token(
        "MISTRAL_API_KEY",
        mistral,
        ["MISTRAL_API_KEY", "mistral_api_key", "mistralApiKey"],
        [
            NearMiss("mistral: valid value without a Mistral name", mistral, name="checksum"),
            NearMiss("mistral: 1 character short", shorter(mistral)),
            NearMiss("mistral: 1 character long", _add_one(ALNUM, mistral)),
            NearMiss("mistral: placeholder", always("your-key-here")),
        ],
    ),
    Token(
        "DEEPSEEK_API_KEY",
        deepseek,
        ["DEEPSEEK_API_KEY", "deepseek_api_key", "deepseekApiKey"],
        [
            NearMiss("deepseek: valid value without a DeepSeek name", deepseek, name="checksum"),
            NearMiss("deepseek: 1 character short", shorter(deepseek)),
            NearMiss("deepseek: 1 character long", _add_one(HEX, deepseek)),
            NearMiss("deepseek: placeholder", always("sk-your-deepseek-api-key")),
        ],
    ),
    Token(
        "DEEPGRAM_API_KEY",
        deepgram,
        ["DEEPGRAM_API_KEY", "deepgram_api_key", "deepgramApiKey"],
        [
            NearMiss("deepgram: valid value without a Deepgram name", deepgram, name="checksum"),
            NearMiss("deepgram: 1 character short", shorter(deepgram)),
            NearMiss("deepgram: 1 character long", _add_one(HEX, deepgram)),
            NearMiss("deepgram: placeholder", always("your_deepgram_api_key")),
        ],
    ),
    Token(
        "ASSEMBLYAI_API_KEY",
        assemblyai,
        ["ASSEMBLYAI_API_KEY", "assemblyai_api_key", "assemblyAiApiKey"],
        [
            NearMiss("assemblyai: valid value without an AssemblyAI name", assemblyai, name="checksum"),
            NearMiss("assemblyai: 1 character short", shorter(assemblyai)),
            NearMiss("assemblyai: 1 character long", _add_one(HEX, assemblyai)),
            NearMiss("assemblyai: placeholder", always("<YOUR_API_KEY>")),
        ],
    ),
]
