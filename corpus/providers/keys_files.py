"""Keys and credential files: age, Kubernetes, .netrc, .git-credentials, .pgpass, .pypirc,
.npmrc (_auth, _password), .s3cfg, WireGuard, cryptocurrency keys.

Every value is made here from the published format (see each family file's header for the
sources): bech32 for age (BIP 173), Base58Check for WIF (double SHA-256), the BIP-39 checksum
(the first ENT/32 bits of SHA-256 of the entropy) for mnemonics, base64 of exactly 32 bytes
for WireGuard. Whole-file formats (.netrc, .git-credentials, .pgpass, .pypirc, .s3cfg,
wg0.conf, kubeconfig) use `Token.file`.
"""

import base64
import hashlib
import json

from _lib import (
    ALNUM, BASE64, HEX, HEX_UPPER, LOWER, LOWER_ALNUM, UPPER_ALNUM, b64, b64url, base58check,
    bech32_encode, last_changed, NearMiss, Token,
)

# Password alphabets: what each file format carries without quoting or escaping.
PW_NETRC = ALNUM + "!#%&*+,-./;=?@^_~"  # no white space, no quotes, no backslash
PW_URL = ALNUM + "-._~"  # unreserved URL characters (git percent-encodes the rest)
PW_PGPASS = ALNUM + "!#%&*+,-./;=?@^_~"  # no ':' or '\' (they would need escaping)
PW_INI = ALNUM + "!#&*+,-./;=?@^_~"  # no '%' (ConfigParser interpolation)


def _password(rng, alphabet=PW_NETRC, lo=14, hi=28):
    return rng.mixed(alphabet, rng.int(lo, hi))


# The BIP-39 English word list (bitcoin/bips bip-0039/english.txt, SHA-256
# 2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda).
_WORDS = """
abandon ability able about above absent absorb abstract absurd abuse access accident account
accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict
address adjust admit adult advance advice aerobic affair afford afraid again age agent agree
ahead aim air airport aisle alarm album alcohol alert alien all alley allow almost alone
alpha already also alter always amateur amazing among amount amused analyst anchor ancient
anger angle angry animal ankle announce annual another answer antenna antique anxiety any
apart apology appear apple approve april arch arctic area arena argue arm armed armor army
around arrange arrest arrive arrow art artefact artist artwork ask aspect assault asset
assist assume asthma athlete atom attack attend attitude attract auction audit august aunt
author auto autumn average avocado avoid awake aware away awesome awful awkward axis baby
bachelor bacon badge bag balance balcony ball bamboo banana banner bar barely bargain barrel
base basic basket battle beach bean beauty because become beef before begin behave behind
believe below belt bench benefit best betray better between beyond bicycle bid bike bind
biology bird birth bitter black blade blame blanket blast bleak bless blind blood blossom
blouse blue blur blush board boat body boil bomb bone bonus book boost border boring borrow
boss bottom bounce box boy bracket brain brand brass brave bread breeze brick bridge brief
bright bring brisk broccoli broken bronze broom brother brown brush bubble buddy budget
buffalo build bulb bulk bullet bundle bunker burden burger burst bus business busy butter
buyer buzz cabbage cabin cable cactus cage cake call calm camera camp can canal cancel candy
cannon canoe canvas canyon capable capital captain car carbon card cargo carpet carry cart
case cash casino castle casual cat catalog catch category cattle caught cause caution cave
ceiling celery cement census century cereal certain chair chalk champion change chaos
chapter charge chase chat cheap check cheese chef cherry chest chicken chief child chimney
choice choose chronic chuckle chunk churn cigar cinnamon circle citizen city civil claim
clap clarify claw clay clean clerk clever click client cliff climb clinic clip clock clog
close cloth cloud clown club clump cluster clutch coach coast coconut code coffee coil coin
collect color column combine come comfort comic common company concert conduct confirm
congress connect consider control convince cook cool copper copy coral core corn correct
cost cotton couch country couple course cousin cover coyote crack cradle craft cram crane
crash crater crawl crazy cream credit creek crew cricket crime crisp critic crop cross
crouch crowd crucial cruel cruise crumble crunch crush cry crystal cube culture cup cupboard
curious current curtain curve cushion custom cute cycle dad damage damp dance danger daring
dash daughter dawn day deal debate debris decade december decide decline decorate decrease
deer defense define defy degree delay deliver demand demise denial dentist deny depart
depend deposit depth deputy derive describe desert design desk despair destroy detail detect
develop device devote diagram dial diamond diary dice diesel diet differ digital dignity
dilemma dinner dinosaur direct dirt disagree discover disease dish dismiss disorder display
distance divert divide divorce dizzy doctor document dog doll dolphin domain donate donkey
donor door dose double dove draft dragon drama drastic draw dream dress drift drill drink
drip drive drop drum dry duck dumb dune during dust dutch duty dwarf dynamic eager eagle
early earn earth easily east easy echo ecology economy edge edit educate effort egg eight
either elbow elder electric elegant element elephant elevator elite else embark embody
embrace emerge emotion employ empower empty enable enact end endless endorse enemy energy
enforce engage engine enhance enjoy enlist enough enrich enroll ensure enter entire entry
envelope episode equal equip era erase erode erosion error erupt escape essay essence estate
eternal ethics evidence evil evoke evolve exact example excess exchange excite exclude
excuse execute exercise exhaust exhibit exile exist exit exotic expand expect expire explain
expose express extend extra eye eyebrow fabric face faculty fade faint faith fall false fame
family famous fan fancy fantasy farm fashion fat fatal father fatigue fault favorite feature
february federal fee feed feel female fence festival fetch fever few fiber fiction field
figure file film filter final find fine finger finish fire firm first fiscal fish fit
fitness fix flag flame flash flat flavor flee flight flip float flock floor flower fluid
flush fly foam focus fog foil fold follow food foot force forest forget fork fortune forum
forward fossil foster found fox fragile frame frequent fresh friend fringe frog front frost
frown frozen fruit fuel fun funny furnace fury future gadget gain galaxy gallery game gap
garage garbage garden garlic garment gas gasp gate gather gauge gaze general genius genre
gentle genuine gesture ghost giant gift giggle ginger giraffe girl give glad glance glare
glass glide glimpse globe gloom glory glove glow glue goat goddess gold good goose gorilla
gospel gossip govern gown grab grace grain grant grape grass gravity great green grid grief
grit grocery group grow grunt guard guess guide guilt guitar gun gym habit hair half hammer
hamster hand happy harbor hard harsh harvest hat have hawk hazard head health heart heavy
hedgehog height hello helmet help hen hero hidden high hill hint hip hire history hobby
hockey hold hole holiday hollow home honey hood hope horn horror horse hospital host hotel
hour hover hub huge human humble humor hundred hungry hunt hurdle hurry hurt husband hybrid
ice icon idea identify idle ignore ill illegal illness image imitate immense immune impact
impose improve impulse inch include income increase index indicate indoor industry infant
inflict inform inhale inherit initial inject injury inmate inner innocent input inquiry
insane insect inside inspire install intact interest into invest invite involve iron island
isolate issue item ivory jacket jaguar jar jazz jealous jeans jelly jewel job join joke
journey joy judge juice jump jungle junior junk just kangaroo keen keep ketchup key kick kid
kidney kind kingdom kiss kit kitchen kite kitten kiwi knee knife knock know lab label labor
ladder lady lake lamp language laptop large later latin laugh laundry lava law lawn lawsuit
layer lazy leader leaf learn leave lecture left leg legal legend leisure lemon lend length
lens leopard lesson letter level liar liberty library license life lift light like limb
limit link lion liquid list little live lizard load loan lobster local lock logic lonely
long loop lottery loud lounge love loyal lucky luggage lumber lunar lunch luxury lyrics
machine mad magic magnet maid mail main major make mammal man manage mandate mango mansion
manual maple marble march margin marine market marriage mask mass master match material math
matrix matter maximum maze meadow mean measure meat mechanic medal media melody melt member
memory mention menu mercy merge merit merry mesh message metal method middle midnight milk
million mimic mind minimum minor minute miracle mirror misery miss mistake mix mixed mixture
mobile model modify mom moment monitor monkey monster month moon moral more morning mosquito
mother motion motor mountain mouse move movie much muffin mule multiply muscle museum
mushroom music must mutual myself mystery myth naive name napkin narrow nasty nation nature
near neck need negative neglect neither nephew nerve nest net network neutral never news
next nice night noble noise nominee noodle normal north nose notable note nothing notice
novel now nuclear number nurse nut oak obey object oblige obscure observe obtain obvious
occur ocean october odor off offer office often oil okay old olive olympic omit once one
onion online only open opera opinion oppose option orange orbit orchard order ordinary organ
orient original orphan ostrich other outdoor outer output outside oval oven over own owner
oxygen oyster ozone pact paddle page pair palace palm panda panel panic panther paper parade
parent park parrot party pass patch path patient patrol pattern pause pave payment peace
peanut pear peasant pelican pen penalty pencil people pepper perfect permit person pet phone
photo phrase physical piano picnic picture piece pig pigeon pill pilot pink pioneer pipe
pistol pitch pizza place planet plastic plate play please pledge pluck plug plunge poem poet
point polar pole police pond pony pool popular portion position possible post potato pottery
poverty powder power practice praise predict prefer prepare present pretty prevent price
pride primary print priority prison private prize problem process produce profit program
project promote proof property prosper protect proud provide public pudding pull pulp pulse
pumpkin punch pupil puppy purchase purity purpose purse push put puzzle pyramid quality
quantum quarter question quick quit quiz quote rabbit raccoon race rack radar radio rail
rain raise rally ramp ranch random range rapid rare rate rather raven raw razor ready real
reason rebel rebuild recall receive recipe record recycle reduce reflect reform refuse
region regret regular reject relax release relief rely remain remember remind remove render
renew rent reopen repair repeat replace report require rescue resemble resist resource
response result retire retreat return reunion reveal review reward rhythm rib ribbon rice
rich ride ridge rifle right rigid ring riot ripple risk ritual rival river road roast robot
robust rocket romance roof rookie room rose rotate rough round route royal rubber rude rug
rule run runway rural sad saddle sadness safe sail salad salmon salon salt salute same
sample sand satisfy satoshi sauce sausage save say scale scan scare scatter scene scheme
school science scissors scorpion scout scrap screen script scrub sea search season seat
second secret section security seed seek segment select sell seminar senior sense sentence
series service session settle setup seven shadow shaft shallow share shed shell sheriff
shield shift shine ship shiver shock shoe shoot shop short shoulder shove shrimp shrug
shuffle shy sibling sick side siege sight sign silent silk silly silver similar simple since
sing siren sister situate six size skate sketch ski skill skin skirt skull slab slam sleep
slender slice slide slight slim slogan slot slow slush small smart smile smoke smooth snack
snake snap sniff snow soap soccer social sock soda soft solar soldier solid solution solve
someone song soon sorry sort soul sound soup source south space spare spatial spawn speak
special speed spell spend sphere spice spider spike spin spirit split spoil sponsor spoon
sport spot spray spread spring spy square squeeze squirrel stable stadium staff stage stairs
stamp stand start state stay steak steel stem step stereo stick still sting stock stomach
stone stool story stove strategy street strike strong struggle student stuff stumble style
subject submit subway success such sudden suffer sugar suggest suit summer sun sunny sunset
super supply supreme sure surface surge surprise surround survey suspect sustain swallow
swamp swap swarm swear sweet swift swim swing switch sword symbol symptom syrup system table
tackle tag tail talent talk tank tape target task taste tattoo taxi teach team tell ten
tenant tennis tent term test text thank that theme then theory there they thing this thought
three thrive throw thumb thunder ticket tide tiger tilt timber time tiny tip tired tissue
title toast tobacco today toddler toe together toilet token tomato tomorrow tone tongue
tonight tool tooth top topic topple torch tornado tortoise toss total tourist toward tower
town toy track trade traffic tragic train transfer trap trash travel tray treat tree trend
trial tribe trick trigger trim trip trophy trouble truck true truly trumpet trust truth try
tube tuition tumble tuna tunnel turkey turn turtle twelve twenty twice twin twist two type
typical ugly umbrella unable unaware uncle uncover under undo unfair unfold unhappy uniform
unique unit universe unknown unlock until unusual unveil update upgrade uphold upon upper
upset urban urge usage use used useful useless usual utility vacant vacuum vague valid
valley valve van vanish vapor various vast vault vehicle velvet vendor venture venue verb
verify version very vessel veteran viable vibrant vicious victory video view village vintage
violin virtual virus visa visit visual vital vivid vocal voice void volcano volume vote
voyage wage wagon wait walk wall walnut want warfare warm warrior wash wasp waste water wave
way wealth weapon wear weasel weather web wedding weekend weird welcome west wet whale what
wheat wheel when where whip whisper wide width wife wild will win window wine wing wink
winner winter wire wisdom wise wish witness wolf woman wonder wood wool word work world
worry worth wrap wreck wrestle wrist write wrong yard year yellow you young youth zebra zero
zone zoo
"""

BIP39_ENGLISH = _WORDS.split()
assert len(BIP39_ENGLISH) == 2048


# age (C2SP age spec; FiloSottile/age): bech32, HRP "age-secret-key-", 32-byte X25519 scalar,
# written upper-case. The hybrid ML-KEM-768 + X25519 identity (age v1.3) uses the HRP
# "age-secret-key-pq-" over a 32-byte seed.


def age_secret(rng):
    return bech32_encode("age-secret-key-", rng.bytes(32)).upper()


def age_pq_secret(rng):
    return bech32_encode("age-secret-key-pq-", rng.bytes(32)).upper()


def age_public(rng):
    return bech32_encode("age", rng.bytes(32))


BECH32_UPPER = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def age_keys_file(rng, value):
    created = f"20{rng.int(22, 25)}-{rng.int(1, 12):02d}-{rng.int(1, 28):02d}T{rng.int(0, 23):02d}:{rng.int(0, 59):02d}:{rng.int(0, 59):02d}Z"
    path = rng.choice(["home/.config/sops/age/keys.txt", "ops/age/key.txt", "home/.age/identity.txt"])
    before = f"# created: {created}\n# public key: {age_public(rng)}\n"
    return path, before, "\n"


AGE_NEAR = [
    NearMiss("age: bech32 checksum broken", lambda r: last_changed(age_secret(r), BECH32_UPPER)),
    NearMiss("age: one character short", lambda r: age_secret(r)[:-1]),
    NearMiss("age: public key (recipient), not a secret", age_public),
    NearMiss("age: placeholder", lambda r: "AGE-SECRET-KEY-1" + "X" * 58),
]


# Kubernetes service-account tokens: RS256/ES256 JWTs whose payload carries
# "sub": "system:serviceaccount:<namespace>:<name>" (legacy Secret-based and bound tokens).


def _b64json(obj):
    return b64url(json.dumps(obj, separators=(",", ":")).encode())


K8S_NAMESPACES = ["default", "kube-system", "monitoring", "ci", "payments", "argocd", "ingress-nginx"]
K8S_ACCOUNTS = ["default", "deployer", "prometheus", "gitlab-runner", "argocd-application-controller", "external-dns", "cluster-autoscaler"]


def k8s_token(rng, legacy=None, header=None, signature=True):
    if legacy is None:
        legacy = rng.int(0, 2) == 0
    ns, sa = rng.choice(K8S_NAMESPACES), rng.choice(K8S_ACCOUNTS)
    if legacy:
        payload = {
            "iss": "kubernetes/serviceaccount",
            "kubernetes.io/serviceaccount/namespace": ns,
            "kubernetes.io/serviceaccount/secret.name": f"{sa}-token-{rng.chars('bcdfghjklmnpqrstvwxz2456789', 5)}",
            "kubernetes.io/serviceaccount/service-account.name": sa,
            "kubernetes.io/serviceaccount/service-account.uid": rng.uuid4(),
            "sub": f"system:serviceaccount:{ns}:{sa}",
        }
    else:
        iat = rng.int(1_700_000_000, 1_760_000_000)
        issuer = rng.choice([
            "https://kubernetes.default.svc.cluster.local",
            f"https://oidc.eks.eu-west-1.amazonaws.com/id/{rng.chars(HEX_UPPER, 32)}",
            f"https://container.googleapis.com/v1/projects/acme-{rng.chars(LOWER, 6)}/locations/europe-west1/clusters/prod",
        ])
        pod = f"{sa}-{rng.chars('bcdfghjklmnpqrstvwxz2456789', 10)}-{rng.chars('bcdfghjklmnpqrstvwxz2456789', 5)}"
        payload = {
            "aud": [rng.choice(["https://kubernetes.default.svc.cluster.local", "sts.amazonaws.com", issuer])],
            "exp": iat + rng.choice([3607, 86400, 31536000]),
            "iat": iat,
            "iss": issuer,
            "jti": rng.uuid4(),
            "kubernetes.io": {
                "namespace": ns,
                "node": {"name": f"ip-10-{rng.int(0, 255)}-{rng.int(0, 255)}-{rng.int(1, 254)}.ec2.internal", "uid": rng.uuid4()},
                "pod": {"name": pod, "uid": rng.uuid4()},
                "serviceaccount": {"name": sa, "uid": rng.uuid4()},
                "warnafter": iat + 3600,
            },
            "nbf": iat,
            "sub": f"system:serviceaccount:{ns}:{sa}",
        }
    if header is None:
        alg = rng.choice(["RS256", "RS256", "ES256"])
        header = {"alg": alg, "kid": b64url(rng.bytes(32))}
    sig = b64url(rng.bytes(256 if header.get("alg") == "RS256" else 64)) if signature else ""
    return f"{_b64json(header)}.{_b64json(payload)}.{sig}"


def _pem_b64(rng, kind):
    if kind == "RSA":
        der = bytes.fromhex("308204a40201000282010100") + rng.bytes(1180)
    elif kind == "EC":
        der = bytes.fromhex("307702010104") + b"\x20" + rng.bytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rng.bytes(64)
    else:
        der = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8") + rng.bytes(1192)
    label = {"RSA": "RSA PRIVATE KEY", "EC": "EC PRIVATE KEY", "PKCS8": "PRIVATE KEY", "CERT": "CERTIFICATE"}[kind]
    body = b64(der)
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    pem = f"-----BEGIN {label}-----\n{lines}\n-----END {label}-----\n"
    return b64(pem.encode())


def k8s_client_key(rng):
    return _pem_b64(rng, rng.choice(["RSA", "EC", "PKCS8"]))


def kubeconfig(rng, value, user_field):
    cluster = rng.choice(["prod-eu", "staging", "ops", "k3s-lab"])
    user = rng.choice(["deployer", "ci-bot", "admin", "ops"])
    ca = _pem_b64(rng, "CERT")[:rng.int(400, 900)]
    path = rng.choice(["home/.kube/config", "deploy/kubeconfig.yaml", "ci/kubeconfig"])
    before = (
        "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n"
        f"    certificate-authority-data: {ca}\n"
        f"    server: https://10.{rng.int(0, 255)}.{rng.int(0, 255)}.{rng.int(1, 254)}:6443\n"
        f"  name: {cluster}\ncontexts:\n- context:\n    cluster: {cluster}\n    user: {user}\n"
        f"  name: {user}@{cluster}\ncurrent-context: {user}@{cluster}\npreferences: {{}}\nusers:\n"
        f"- name: {user}\n  user:\n"
    )
    if user_field == "client-key-data":
        before += f"    client-certificate-data: {_pem_b64(rng, 'CERT')}\n"
    return path, before + f"    {user_field}: ", "\n"


# Credential files.

HOSTS = ["git.acme.internal", "ci.acme.internal", "files.corp.internal", "nexus.acme.internal",
         "artifacts.acme.internal", "ftp.backup.internal", "gitea.lab.internal"]
USERS = ["deploy", "ci-bot", "jenkins", "svc-backup", "ops", "release", "mirror"]


def netrc_file(rng, value):
    host, user = rng.choice(HOSTS), rng.choice(USERS)
    path = rng.choice(["home/.netrc", "home/_netrc", "ci/netrc", "docker/build/.netrc"])
    if rng.int(0, 1):
        return path, f"machine {host} login {user} password ", "\n"
    return path, f"# {host}\nmachine {host}\n  login {user}\n  password ", "\n"


def git_credentials_file(rng, value):
    host, user = rng.choice(HOSTS), rng.choice(USERS)
    path = rng.choice(["home/.git-credentials", "home/.config/git/credentials", "ci/.git-credentials"])
    return path, f"https://{user}:", f"@{host}\n"


def pgpass_file(rng, value):
    host = rng.choice(["db.acme.internal", "10.20.3.14", "localhost", "*", "replica-1.pg.internal"])
    port = rng.choice(["5432", "5432", "5433", "6432", "*"])
    db = rng.choice(["app", "billing", "analytics", "*", "replication"])
    user = rng.choice(["app_user", "postgres", "reporting", "replicator", "etl"])
    path = rng.choice(["home/.pgpass", "home/postgres/.pgpass", "ops/pgpass.conf"])
    return path, f"# hostname:port:database:username:password\n{host}:{port}:{db}:{user}:", "\n"


def pypirc_file(rng, value):
    path = rng.choice(["home/.pypirc", "ci/.pypirc"])
    if rng.int(0, 1):
        before = ("[distutils]\nindex-servers =\n    private\n\n[private]\n"
                  f"repository = https://{rng.choice(HOSTS)}/repository/pypi-internal/\n"
                  f"username = {rng.choice(USERS)}\npassword = ")
    else:
        before = (f"[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername: {rng.choice(USERS)}\npassword: ")
    return path, before, "\n"


def npmrc_auth_file(rng, value):
    host = rng.choice(HOSTS)
    before = (f"registry=https://{host}/repository/npm-group/\n"
              f"//{host}/repository/npm-group/:_auth=")
    return rng.choice(["home/.npmrc", "web/.npmrc"]), before, "\nalways-auth=true\n"


def npmrc_password_file(rng, value):
    host = rng.choice(HOSTS)
    before = (f"@acme:registry=https://{host}/repository/npm-private/\n"
              f"//{host}/repository/npm-private/:username={rng.choice(USERS)}\n"
              f"//{host}/repository/npm-private/:_password=")
    return rng.choice(["home/.npmrc", "web/.npmrc"]), before, "\n"


S3CFG_BEFORE = """[default]
access_key = {access}
access_token = 
add_encoding_exts = 
add_headers = 
bucket_location = {region}
ca_certs_file = 
cache_file = 
check_ssl_certificate = True
check_ssl_hostname = True
cloudfront_host = cloudfront.amazonaws.com
connection_max_age = 5
connection_pooling = True
content_disposition = 
content_type = 
default_mime_type = binary/octet-stream
delay_updates = False
delete_after = False
delete_after_fetch = False
delete_removed = False
dry_run = False
enable_multipart = True
encoding = UTF-8
encrypt = False
expiry_date = 
expiry_days = 
expiry_prefix = 
follow_symlinks = False
force = False
get_continue = False
gpg_command = /usr/bin/gpg
gpg_passphrase = 
guess_mime_type = True
host_base = {host}
host_bucket = %(bucket)s.{host}
human_readable_sizes = False
invalidate_default_index_on_cf = False
invalidate_default_index_root_on_cf = True
invalidate_on_cf = False
list_md5 = False
log_target_prefix = 
long_listing = False
max_delete = -1
mime_type = 
multipart_chunk_size_mb = 15
multipart_copy_chunk_size_mb = 1024
multipart_max_chunks = 10000
preserve_attrs = True
progress_meter = True
proxy_host = 
proxy_port = 0
public_url_use_https = False
put_continue = False
recursive = False
recv_chunk = 65536
reduced_redundancy = False
requester_pays = False
restore_days = 1
restore_priority = Standard
secret_key = """

S3CFG_AFTER = """
send_chunk = 65536
server_side_encryption = False
signature_v2 = False
signurl_use_https = False
simpledb_host = sdb.amazonaws.com
skip_existing = False
socket_timeout = 300
ssl_client_cert_file = 
ssl_client_key_file = 
stats = False
stop_on_error = False
storage_class = 
throttle_max = 100
upload_id = 
urlencoding_mode = normal
use_http_expect = False
use_https = True
use_mime_magic = True
verbosity = WARNING
website_endpoint = http://%(bucket)s.s3-website-%(location)s.amazonaws.com/
website_error = 
website_index = index.html
"""


def s3cfg_file(rng, value):
    # An S3-compatible store (Ceph RGW, MinIO, ...): an access key that is not an AWS key id.
    access = rng.choice(["", "GK", "DO", "RGW"]) + rng.chars(UPPER_ALNUM, 20)
    host = rng.choice(["s3.acme.internal", "rgw.storage.internal:7480", "minio.lab.internal:9000"])
    before = S3CFG_BEFORE.format(access=access, host=host, region=rng.choice(["us-east-1", "default", "eu"]))
    if rng.int(0, 2) == 0:  # a short hand-written file
        before = f"[default]\naccess_key = {access}\nhost_base = {host}\nhost_bucket = {host}\nuse_https = True\nsecret_key = "
        return rng.choice(["home/.s3cfg", "backup/s3cmd.cfg"]), before, "\n"
    return rng.choice(["home/.s3cfg", "backup/s3cmd.cfg"]), before, S3CFG_AFTER


# WireGuard: base64 of exactly 32 bytes (44 characters, one '=').


def wg_key(rng):
    return b64(rng.bytes(32))


def wg_conf(rng, value):
    path = rng.choice(["etc/wireguard/wg0.conf", "vpn/peers/laptop.conf", "home/wg/client.conf"])
    before = f"[Interface]\nAddress = 10.{rng.int(0, 255)}.0.{rng.int(2, 254)}/24\nPrivateKey = "
    after = (f"\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = {wg_key(rng)}\nAllowedIPs = 0.0.0.0/0, ::/0\n"
             f"Endpoint = vpn.acme.internal:{rng.choice([51820, 51821, 443])}\nPersistentKeepalive = 25\n")
    return path, before, after


# Cryptocurrency keys.


def wif(rng, version=None, compressed=None):
    if version is None:
        version = rng.choice([0x80, 0x80, 0x80, 0xEF])
    if compressed is None:
        compressed = rng.int(0, 3) > 0
    key = rng.bytes(32)
    return base58check(bytes([version]) + key + (b"\x01" if compressed else b""))


def _break_last_word(phrase):
    """The phrase with its last word replaced by the next word of the list that breaks the
    checksum (the bits checked here are the BIP-39 definition's, not trawl's)."""
    words = phrase.split()
    i = BIP39_ENGLISH.index(words[-1])
    for step in range(1, 2048):
        candidate = words[:-1] + [BIP39_ENGLISH[(i + step) % 2048]]
        if not _bip39_valid(candidate):
            return " ".join(candidate)
    raise ValueError("no breaking word")


def _bip39_valid(words):
    import hashlib
    bits = "".join(format(BIP39_ENGLISH.index(w), "011b") for w in words)
    cs = len(words) // 3
    ent = bits[: len(bits) - cs]
    data = int(ent, 2).to_bytes(len(ent) // 8, "big")
    digest = format(int.from_bytes(hashlib.sha256(data).digest(), "big"), "0256b")
    return bits[len(bits) - cs:] == digest[:cs]


def bip39(rng, words=None):
    if words is None:
        words = rng.choice([12, 12, 24, 24, 15, 18, 21])
    ent = rng.bytes(words * 4 // 3)
    cs = words // 3
    bits = int.from_bytes(ent, "big") << cs | (hashlib.sha256(ent).digest()[0] >> (8 - cs))
    total = words * 11
    return " ".join(BIP39_ENGLISH[(bits >> (total - 11 * (i + 1))) & 2047] for i in range(words))


def hex_key(rng):
    return rng.chars(HEX, 64) if rng.int(0, 5) else rng.chars(HEX_UPPER, 64)


def _maybe_0x(rng, value):
    return ("0x", "") if rng.int(0, 1) else ("", "")


def docker_auth(rng, user=None, password=None):
    """Docker's and Podman's `auth`: base64 of `user:password` (docker login's documentation;
    containers-auth.json(5))."""
    user = user or rng.choice(USERS + ["robot$acme+pusher", "AWS", "oauth2accesstoken"])
    password = password or _password(rng, PW_NETRC, 16, 32)
    return b64(f"{user}:{password}".encode())


REGISTRIES = ["https://index.docker.io/v1/", "registry.acme.internal:5000", "ghcr.io", "quay.io",
              "123456789012.dkr.ecr.eu-west-1.amazonaws.com"]


def docker_config_file(rng, value):
    registry = rng.choice(REGISTRIES)
    path = rng.choice(["home/.docker/config.json", "run/containers/0/auth.json", "ci/docker-config.json"])
    before = '{\n  "auths": {\n    "' + registry + '": {\n      "auth": "'
    after = '"\n    }\n  },\n  "HttpHeaders": {"User-Agent": "Docker-Client/24.0.7 (linux)"}\n}\n'
    return path, before, after


TOKENS = [
    Token(
        identifier="AGE_SECRET_KEY",
        make=age_secret,
        names=["SOPS_AGE_KEY", "AGE_SECRET_KEY", "age_identity", "ageKey"],
        near_misses=AGE_NEAR,
    ),
    Token(
        identifier="AGE_SECRET_KEY",
        make=age_secret,
        names=["SOPS_AGE_KEY"],
        near_misses=AGE_NEAR[:2],
        file=age_keys_file,
    ),
    Token(
        identifier="AGE_POST_QUANTUM_SECRET_KEY",
        make=age_pq_secret,
        names=["SOPS_AGE_KEY", "AGE_IDENTITY", "age_pq_identity"],
        near_misses=[
            NearMiss("age pq: bech32 checksum broken", lambda r: last_changed(age_pq_secret(r), BECH32_UPPER)),
            NearMiss("age pq: one character short", lambda r: age_pq_secret(r)[:-1]),
            NearMiss("age pq: placeholder", lambda r: "AGE-SECRET-KEY-PQ-1" + "X" * 58),
        ],
    ),
    Token(
        identifier="KUBERNETES_SERVICE_ACCOUNT_TOKEN",
        make=k8s_token,
        names=["token", "K8S_TOKEN", "KUBE_TOKEN", "kubernetes_token", "SA_TOKEN"],
        near_misses=[
            NearMiss("kubernetes: signature stripped (two segments)", lambda r: k8s_token(r).rsplit(".", 1)[0]),
            NearMiss("kubernetes: header without alg", lambda r: k8s_token(r, header={"typ": "JWT", "kid": b64url(r.bytes(32))})),
            NearMiss("kubernetes: unsigned (alg none)", lambda r: k8s_token(r, header={"alg": "none"}, signature=False)),
            NearMiss("kubernetes: placeholder", lambda r: "<service-account-token>"),
        ],
    ),
    Token(
        identifier="KUBERNETES_SERVICE_ACCOUNT_TOKEN",
        make=k8s_token,
        names=["token"],
        near_misses=[NearMiss("kubernetes: signature stripped (two segments)", lambda r: k8s_token(r).rsplit(".", 1)[0])],
        file=lambda rng, value: kubeconfig(rng, value, "token"),
    ),
    Token(
        identifier="KUBERNETES_CLIENT_KEY_DATA",
        make=k8s_client_key,
        names=["client-key-data", "client_key_data", "clientKeyData"],
        near_misses=[
            NearMiss("kubernetes: certificate, not a key", lambda r: _pem_b64(r, "CERT")),
            NearMiss("kubernetes: kubectl's redaction", lambda r: "DATA+OMITTED"),
            NearMiss("kubernetes: PEM header only", lambda r: b64(b"-----BEGIN RSA PRIVATE KEY-----\n")),
        ],
    ),
    Token(
        identifier="KUBERNETES_CLIENT_KEY_DATA",
        make=k8s_client_key,
        names=["client-key-data"],
        near_misses=[
            NearMiss("kubernetes: kubectl's redaction", lambda r: "DATA+OMITTED"),
            NearMiss("kubernetes: certificate, not a key", lambda r: _pem_b64(r, "CERT")),
        ],
        file=lambda rng, value: kubeconfig(rng, value, "client-key-data"),
    ),
    Token(
        identifier="NETRC_PASSWORD",
        make=lambda r: _password(r, PW_NETRC),
        names=["password"],
        near_misses=[
            NearMiss("netrc: shell variable", lambda r: "$NETRC_PASSWORD"),
            NearMiss("netrc: placeholder", lambda r: "<password>"),
            NearMiss("netrc: masked", lambda r: "********"),
        ],
        file=netrc_file,
    ),
    Token(
        identifier="GIT_CREDENTIALS",
        make=lambda r: r.choice([_password(r, PW_URL, 20, 40), r.chars("abcdefghijklmnopqrstuvwxyz234567", 52)]),
        names=["password"],
        near_misses=[
            NearMiss("git-credentials: shell variable", lambda r: "${GIT_TOKEN}"),
            NearMiss("git-credentials: placeholder", lambda r: "<token>"),
            NearMiss("git-credentials: masked", lambda r: "xxxxxxxxxxxxxxxx"),
        ],
        file=git_credentials_file,
    ),
    Token(
        identifier="PGPASS_PASSWORD",
        make=lambda r: _password(r, PW_PGPASS, 12, 32),
        names=["password"],
        near_misses=[
            NearMiss("pgpass: shell variable", lambda r: "$PGPASSWORD"),
            NearMiss("pgpass: placeholder", lambda r: "<password>"),
            NearMiss("pgpass: masked", lambda r: "********"),
        ],
        file=pgpass_file,
    ),
    Token(
        identifier="PYPIRC_PASSWORD",
        make=lambda r: _password(r, PW_INI, 14, 32),
        names=["password"],
        near_misses=[
            NearMiss("pypirc: environment variable", lambda r: "${PYPI_PASSWORD}"),
            NearMiss("pypirc: placeholder", lambda r: "<password>"),
            NearMiss("pypirc: masked", lambda r: "********"),
        ],
        file=pypirc_file,
    ),
    Token(
        identifier="NPMRC_AUTH",
        make=lambda r: b64(f"{r.choice(USERS)}:{_password(r, PW_INI, 12, 28)}".encode()),
        names=["_auth", "//nexus.acme.internal/repository/npm-group/:_auth", "//artifacts.acme.internal/api/npm/npm/:_auth"],
        near_misses=[
            NearMiss("npmrc _auth: no colon and password", lambda r: b64(r.choice(USERS).encode() + b"-" + r.chars(LOWER, 8).encode())),
            NearMiss("npmrc _auth: empty password", lambda r: b64(f"{r.choice(USERS)}:".encode())),
            NearMiss("npmrc auth, a variable", lambda r: "${NPM_AUTH}"),
            NearMiss("npmrc _auth: user:password under another name", lambda r: b64(f"{r.choice(USERS)}:{_password(r, PW_INI)}".encode()), name="payload"),
        ],
    ),
    Token(
        identifier="NPMRC_AUTH",
        make=lambda r: b64(f"{r.choice(USERS)}:{_password(r, PW_INI, 12, 28)}".encode()),
        names=["_auth"],
        near_misses=[NearMiss("npmrc auth, a variable", lambda r: "${NPM_AUTH}")],
        file=npmrc_auth_file,
    ),
    Token(
        identifier="NPMRC_PASSWORD",
        make=lambda r: b64(_password(r, PW_INI, 12, 28).encode()),
        names=["//nexus.acme.internal/repository/npm-private/:_password", "//artifacts.acme.internal/api/npm/npm/:_password", "_password"],
        near_misses=[
            NearMiss("npmrc password, a variable", lambda r: "${NPM_PASSWORD}"),
            NearMiss("npmrc _password: not base64", lambda r: r.chars(LOWER_ALNUM, 6) + "!" + r.chars(LOWER_ALNUM, 6)),
            NearMiss("npmrc _password: placeholder", lambda r: "<base64-password>"),
            NearMiss("npmrc _password: base64 under another name", lambda r: b64(_password(r, PW_INI).encode()), name="payload"),
        ],
    ),
    Token(
        identifier="NPMRC_PASSWORD",
        make=lambda r: b64(_password(r, PW_INI, 12, 28).encode()),
        names=["_password"],
        near_misses=[NearMiss("npmrc password, a variable", lambda r: "${NPM_PASSWORD}")],
        file=npmrc_password_file,
    ),
    Token(
        identifier="S3CFG_SECRET_KEY",
        make=lambda r: r.mixed(BASE64, 40) if r.int(0, 2) else r.mixed(ALNUM, 40),
        names=["secret_key"],
        near_misses=[
            NearMiss("s3cfg: environment variable", lambda r: "${S3_SECRET_KEY}"),
            NearMiss("s3cfg: placeholder", lambda r: "x" * 40),
            NearMiss("s3cfg: template", lambda r: "{{ s3_secret_key }}"),
        ],
        file=s3cfg_file,
    ),
    Token(
        identifier="WIREGUARD_PRIVATE_KEY",
        make=wg_key,
        names=["PrivateKey", "WG_PRIVATE_KEY", "wireguard_private_key", "wgPrivateKey"],
        near_misses=[
            NearMiss("wireguard: public key", wg_key, name="PublicKey"),
            NearMiss("wireguard: 33 bytes", lambda r: b64(r.bytes(33))),
            NearMiss("wireguard: trailing bits set (not 32 bytes)", lambda r: wg_key(r)[:42] + r.choice("BCDFGHJK") + "="),
            NearMiss("wireguard: placeholder", lambda r: "<private key>"),
            NearMiss("wireguard: 32-byte key under another name", wg_key, name="checksum"),
        ],
    ),
    Token(
        identifier="WIREGUARD_PRIVATE_KEY",
        make=wg_key,
        names=["PrivateKey"],
        near_misses=[NearMiss("wireguard: 33 bytes", lambda r: b64(r.bytes(33)))],
        file=wg_conf,
    ),
    Token(
        identifier="WIREGUARD_PRESHARED_KEY",
        make=wg_key,
        names=["PresharedKey", "WG_PRESHARED_KEY", "wireguard_preshared_key", "wgPresharedKey"],
        near_misses=[
            NearMiss("wireguard: public key", wg_key, name="PublicKey"),
            NearMiss("wireguard psk: 16 bytes", lambda r: b64(r.bytes(16))),
            NearMiss("wireguard psk: placeholder", lambda r: "<preshared key>"),
        ],
    ),
    Token(
        identifier="CRYPTOCURRENCY_WIF_PRIVATE_KEY",
        make=wif,
        names=["BTC_PRIVATE_KEY", "wallet_wif", "privkey", "WIF", "bitcoinPrivateKey"],
        near_misses=[
            NearMiss("wif: Base58Check checksum broken", lambda r: last_changed(wif(r), "123456789ABCDEFGH")),
            NearMiss("wif: one character short", lambda r: wif(r)[:-1]),
            NearMiss("wif: valid key under a non-keyword name", wif, name="checksum"),
            NearMiss("wif: wrong version byte (0x00, an address payload)", lambda r: base58check(b"\x00" + r.bytes(33))),
        ],
    ),
    Token(
        identifier="CRYPTOCURRENCY_HEX_PRIVATE_KEY",
        make=hex_key,
        names=["PRIVATE_KEY", "DEPLOYER_PRIVATE_KEY", "ETH_PRIVATE_KEY", "walletPrivateKey", "wallet_key"],
        near_misses=[
            NearMiss("hex key: SHA-256 digest under a non-keyword name", lambda r: r.chars(HEX, 64), name="sha256"),
            NearMiss("hex key: digest of a key", lambda r: r.chars(HEX, 64), name="private_key_sha256"),
            NearMiss("hex key: 63 characters", lambda r: r.chars(HEX, 63)),
            NearMiss("hex key: Hardhat's published account #0", lambda r: "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"),
            NearMiss("hex key: all zeros", lambda r: "0" * 64),
        ],
        wrap=_maybe_0x,
    ),
    Token(
        identifier="CRYPTOCURRENCY_MNEMONIC",
        make=bip39,
        names=["MNEMONIC", "mnemonic", "seed_phrase", "WALLET_MNEMONIC", "recoveryPhrase"],
        near_misses=[
            NearMiss("mnemonic: 11 words", lambda r: " ".join(bip39(r, 12).split()[:11])),
            NearMiss("mnemonic: valid phrase under a non-keyword name", bip39, name="description"),
            NearMiss("mnemonic: Hardhat's published test mnemonic", lambda r: "test test test test test test test test test test test junk"),
            NearMiss("mnemonic: BIP-39's test vector", lambda r: " ".join(["abandon"] * 11 + ["about"])),
            NearMiss("mnemonic: checksum broken", lambda r: _break_last_word(bip39(r, 12))),
        ],
    ),
    Token(
        identifier="DOCKER_CONFIG_AUTH",
        make=docker_auth,
        names=["auth"],
        near_misses=[
            NearMiss("docker auth: username:password placeholder", lambda r: b64(b"username:password")),
            NearMiss("docker auth: no colon (not user:password)", lambda r: b64(_password(r, ALNUM, 16, 24).encode())),
            NearMiss("docker auth: user with an empty password", lambda r: b64(r.choice(USERS).encode() + b":")),
            NearMiss("docker auth: bytes that are not text", lambda r: b64(b"\x00\xff" + r.bytes(16))),
        ],
        file=docker_config_file,
    ),
]
