//! Named validators: checks a value must pass after its regex matched.
//!
//! Identifiers refer to these by name (`validators = ["luhn"]`). A validator sees the reported
//! value (the first participating capture group, or the whole match) and the [`Context`] of the
//! match, and may add details (`brand = visa`) to the finding. Its [`Verdict`] may also say
//! that a valid value is a published example (a test card number), which the scanner treats
//! like an identifier's `example_values`. Validators never allocate per byte and never panic
//! on any input: they run on attacker-controlled data.

use base64::Engine as _;

mod banking;
mod bip39;
mod cards;
mod checksums;
mod code_numbers;
mod contact;
mod dates;
mod documents;
mod encodings;
mod formats;
mod health;
mod iban;
mod locations;
mod national;
mod params;
mod phone;
mod phone_metadata;
mod secrets;
mod vat;
mod vehicles;

pub use cards::{card_brand, is_published_test_card};
pub use checksums::{DatePart, Family, FAMILIES, MAX_SYMBOLS};
pub use code_numbers::literal_in_code;
pub use dates::Date;
pub use national::compact_into;
pub use phone::{PhoneRegions, DEFAULT_PHONE_REGIONS};
pub use secrets::{entropy_threshold, shannon_entropy};

/// Extra facts a validator learned about a value, reported in the finding's `details`.
pub type Details = Vec<(&'static str, String)>;

/// What a validator may know besides the value.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    /// A keyword of the identifier precedes the value, or the value's CSV column or JSON key
    /// names one.
    pub keyword: bool,
    /// Regions whose national-format phone numbers are accepted (after a phone keyword).
    pub phone_regions: &'a PhoneRegions,
    /// The latest acceptable birth date.
    pub today: Date,
    /// Up to [`CONTEXT_BEFORE`] bytes just before the value, as far as the scanner's buffer
    /// holds them (fewer at the start of an object or right after a chunk boundary).
    pub before: &'a [u8],
    /// The rest of the regex's match: its bytes before the value and after it (a routing
    /// number matched next to the account number it qualifies).
    pub match_outside: [&'a [u8]; 2],
    /// Up to [`CONTEXT_AFTER`] bytes just after the value, as far as the buffer holds them.
    pub after: &'a [u8],
    /// The CSV column name or JSON key the value is under, empty in text.
    pub field: &'a [u8],
}

/// How many bytes before a value a validator is shown.
pub const CONTEXT_BEFORE: usize = 160;

/// How many bytes after a value a validator is shown: two more 20-digit literals of a table.
pub const CONTEXT_AFTER: usize = 64;

/// What a validator decided about a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Invalid,
    Valid,
    /// Valid, but published for testing or documentation (a test card number, an address at
    /// `example.com`): reported only with `--include-examples`.
    Example,
    /// Possibly valid, but only part of it could be checked (a private key cut short): reported
    /// at `confidence = LOW`.
    Weak,
}

impl From<bool> for Verdict {
    fn from(valid: bool) -> Verdict {
        if valid {
            Verdict::Valid
        } else {
            Verdict::Invalid
        }
    }
}

/// Whether `digits` (ASCII digits) hold `run` digits in a row counting up (`345678`), down
/// (`876543`) or repeating (`000000`): what people type as a dummy.
pub(crate) fn digit_run(digits: &[u8], run: usize) -> bool {
    let (mut up, mut down, mut same) = (1, 1, 1);
    digits.windows(2).any(|pair| {
        let (a, b) = (pair[0], pair[1]);
        up = if b == a.wrapping_add(1) { up + 1 } else { 1 };
        down = if b.wrapping_add(1) == a { down + 1 } else { 1 };
        same = if b == a { same + 1 } else { 1 };
        up >= run || down >= run || same >= run
    })
}

/// A validator.
pub type ValidatorFn = fn(value: &[u8], context: &Context<'_>, details: &mut Details) -> Verdict;

/// How a registered validator is made from what an identifier wrote.
#[derive(Clone, Copy)]
enum Make {
    /// A fixed check, named without parameters.
    Fixed(ValidatorFn),
    /// A check-digit family ([`checksums`]): a name, with parameters in a table.
    Family,
    /// A token-structure family ([`encodings`]): a name, with parameters in a table.
    Encoding,
    /// A family of published formats per region ([`formats`]): a name, with parameters.
    Format,
}

/// One validator of the [`REGISTRY`].
pub struct Entry {
    pub name: &'static str,
    /// What it checks, in one line (`trawl identifiers validators`, the README).
    pub summary: &'static str,
    make: Make,
}

impl Entry {
    /// The parameters it takes, each with whether it is required; none for a fixed check.
    pub fn parameters(&self) -> &'static [(&'static str, bool)] {
        match self.make {
            Make::Fixed(_) => &[],
            Make::Family => checksums::parameters(self.name).unwrap_or(&[]),
            Make::Encoding => encodings::parameters(self.name).unwrap_or(&[]),
            Make::Format => formats::PARAMETERS,
        }
    }

    /// Whether it is a family that takes parameters.
    pub fn is_family(&self) -> bool {
        matches!(self.make, Make::Family | Make::Encoding | Make::Format)
    }
}

/// Every validator an identifier may name: one table, so a name, its parameters and its check
/// cannot disagree.
pub const REGISTRY: &[Entry] = &[
    // Check-digit families: data, with parameters (see `checksums`).
    family("luhn", "Luhn (ISO/IEC 7812) over the digits; `prefix` digits go first (NPI: 80840); `last` N digits only; `letters` worth 10-35"),
    family("mod97", "ISO 7064 MOD 97-10: `form = \"iban\"` (default) or `\"key\"` (last two digits; `prefixes`, `substitute`)"),
    family("weighted_mod11", "Σ symbol × `weights` mod `modulus` (11): ≡ `remainder` (0), or with `check = \"last\"` (`\"first\"`) that symbol is `map[r]` (`take`, `align`, `alphabet`, `retry_weights`/`retry_on`)"),
    family("weighted_mod10", "as weighted_mod11 with modulus 10 (ICAO 9303's 7-3-1)"),
    family("verhoeff", "Verhoeff's dihedral check digit (Aadhaar)"),
    family("damm", "Damm's quasigroup check digit"),
    family("iso7064_mod11_2", "ISO 7064 MOD 11-2, check 0-9 or X (Chinese resident ids)"),
    family("iso7064_mod11_10", "ISO 7064 MOD 11-10 (German Steuer-ID)"),
    family("iso7064_mod37_36", "ISO 7064 MOD 37-36, alphanumeric"),
    family("number_mod", "the last `digits` digits are the number before them mod `modulus` (`complement`, `skip_zero_at`; France's SPI, Spain's NSS)"),
    family("check_letter", "a number, then `letters[number mod modulus]`; leading letters `substitute`d (Spanish DNI, NIE)"),
    // Token-structure families: data, with parameters (see `encodings`).
    encoding("crc32", "a CRC-32 in the last `digits` characters (`encoding` base62, hex or HEX; `byte_order` big or little) of `value[from..]` (before `separator`)"),
    encoding("base64_json", "`value[from..]` up to `until` is base64 of a JSON object with every one of `keys`"),
    encoding("base64_length", "`value[from..]` is base64 of one of `bytes` bytes"),
    encoding("bech32", "BIP 173 bech32 with human-readable part `hrp` and `bytes` bytes of data (age keys)"),
    encoding("base58check", "Base58Check with a payload of one of `lengths` bytes starting with one of `versions` (WIF keys)"),
    format("region_format", "the compact value has one of `formats` (\"US-CA:[A-Z][0-9]{7}\": an ISO 3166-2 region, a regex), and its region's `checks` (details: region, when only one region fits)"),
    family("embedded_date", "a real past date in `format` at symbol `at` (`month_offsets`, `day_offsets`, `century_digit`)"),
    // Fixed checks.
    fixed("github_checksum", "GitHub's CRC-32 checksum in the token's last six characters", |v, _, _| github_checksum(v).into()),
    fixed("github_token", "a GitHub token of a known prefix with its checksum", |v, _, _| github_token(v).into()),
    fixed("gitlab_token", "a GitLab routable token's CRC-32 and payload", |v, _, _| gitlab_token(v).into()),
    fixed("npm_token", "an npm token's CRC-32 checksum", |v, _, _| npm_token(v).into()),
    fixed("aws_secret_key", "40 base64 characters that mix cases and digits", |v, _, _| aws_secret_key(v).into()),
    fixed("jwt", "a JSON Web Token: a header with `alg`, a JSON payload (details: alg)", |v, _, d| jwt(v, d).into()),
    fixed("basic_auth", "an HTTP Basic credential that decodes to user:password", |v, _, _| basic_auth(v).into()),
    fixed("pem_key", "a PEM private key block whose body is base64; a block cut short (64+ base64 characters, no END line) is weak", |v, _, _| pem_key_block(v)),
    fixed("openssh_key", "an OpenSSH private key whose body decodes to its magic", |v, _, _| openssh_key(v).into()),
    fixed("putty_key", "a PuTTY private key file", |v, _, _| putty_key(v).into()),
    fixed("base32_key_id", "an AWS access key id's base32 body", |v, _, _| base32_key_id(v).into()),
    fixed("mixed_alphanumeric", "letters and digits mixed, not a word or a run", |v, _, _| mixed_alphanumeric(v).into()),
    fixed("payment_card", "a card number of a known brand with its Luhn digit; test cards are examples; after a card keyword, 15 or 16 Luhn-valid digits of no known range are weak; a literal among numbers in code needs a keyword (details: brand)", cards::payment_card),
    fixed("card_expiration", "a month 01-12 and a year 2000-2099", |v, _, _| cards::card_expiration(v).into()),
    fixed("track_data", "magnetic-stripe track 1 or 2 with a valid card number", |v, _, d| cards::track_data(v, d).into()),
    fixed("phone", "a valid number of its region in libphonenumber's metadata; after a keyword, a number of a possible length is weak, as is a NANP number written with separators and no keyword; a literal among numbers in code needs a keyword (details: country, e164, extension)", phone::phone),
    fixed("birth_date", "a real calendar date between 1900 and today", |v, c, _| dates::birth_date(v, c.today).into()),
    fixed("email", "an address with a real top-level domain, not a URL's userinfo; example domains are examples", |v, c, _| contact::email_in_context(v, c.before)),
    fixed("iban", "a registered country's length and its MOD 97-10 (details: country)", |v, _, d| iban::iban(v, d).into()),
    fixed("bip39", "12 to 24 words of BIP-39's English list with their checksum (a wallet seed phrase)", |v, _, _| bip39::bip39(v).into()),
    fixed("generic_secret", "a value assigned to a name that says secret, judged by its name and shape (see the README's GENERIC_SECRET)", |v, c, _| secrets::generic_secret(v, c)),
    fixed("us_ssn", "no 000/666/9xx area, 00 group or 0000 serial, no known invalid number", |v, _, _| us_ssn(v).into()),
    // National and tax identifiers whose check is not a family (see `national`, `vat`).
    fixed("specimen_digits", "an example when the digits before the last are all one digit, or hold 7 ascending, descending or zero digits in a row (12345678Z)", |v, _, _| national::specimen_digits(v)),
    fixed("it_codice_fiscale", "Italy's codice fiscale: check letter, date and omocodia; or an 11-digit partita IVA", |v, c, _| national::it_codice_fiscale(v, c).into()),
    fixed("es_cif", "Spain's CIF: entity letter, 7 digits, Luhn digit or its letter", |v, _, _| national::es_cif(v).into()),
    fixed("de_tax_id", "Germany's Steuer-ID: one digit repeated 2 or 3 times in the first ten, ISO 7064 MOD 11-10", |v, _, _| national::de_tax_id(v).into()),
    fixed("fi_hetu", "Finland's henkilötunnus: date, century sign, individual number 002-899, check character", |v, c, _| national::fi_hetu(v, c).into()),
    fixed("ie_pps", "Ireland's PPS number: 7 digits, check letter, optional A/B/H (or old W/T/X) letter", |v, _, _| national::ie_pps(v).into()),
    fixed("hk_hkid", "Hong Kong's identity card number: 1-2 letters, 6 digits, check 0-9 or A", |v, _, _| national::hk_hkid(v).into()),
    fixed("sg_nric", "Singapore's NRIC/FIN: S, T, F, G or M, 7 digits, the prefix's check letter", |v, _, _| national::sg_nric(v).into()),
    fixed("tw_national_id", "Taiwan's national id: region letter, 1/2/8/9, 8 digits, weighted mod 10", |v, _, _| national::tw_national_id(v).into()),
    fixed("kr_rrn", "South Korea's RRN: date with the century digit; the check digit for people born before 2020-10-05", |v, c, _| national::kr_rrn(v, c).into()),
    fixed("mx_rfc", "Mexico's RFC: name letters, a real date, homoclave; a wrong check character is weak", |v, _, _| national::mx_rfc(v)),
    fixed("uk_nino", "the UK's National Insurance number: allocated prefix letters, 6 digits, suffix A-D", |v, _, _| national::uk_nino(v).into()),
    fixed("cz_birth_number", "the Czech and Slovak birth number: date (month + 20/50/70), 9 digits before 1954, else ≡ 0 mod 11", |v, c, _| national::cz_birth_number(v, c).into()),
    fixed("eu_vat", "an EU VAT number (or Northern Ireland's XI): the member state's own check (details: country)", |v, c, d| vat::eu_vat(v, c.today, d)),
    // Documents, health, banks, vehicles and places (issue #31; see each module).
    fixed("icao_mrz", "an ICAO 9303 machine-readable zone (TD1, TD2, TD3): document number, birth date, expiry and composite check digits; ICAO's specimen state UTO is an example (details: document, issuer)", |v, _, d| documents::icao_mrz(v, d)),
    fixed("uk_driving_licence", "a UK (DVLA) driving licence number: surname, a real birth date (month + 50 for a woman), initials, check letters", |v, _, _| documents::uk_driving_licence(v).into()),
    fixed("us_hicn", "a Medicare claim number (HICN): an SSN by its rules and a beneficiary code, or a Railroad Retirement Board number", |v, _, _| health::us_hicn(v).into()),
    fixed("fda_udi", "an FDA unique device identifier: GS1 (GTIN check digit, real dates), HIBCC (mod 43 check character) or ICCBBA (structure) (details: agency)", |v, _, d| health::fda_udi(v, d)),
    fixed("fr_rib", "a French RIB: bank, branch, account and its key (97 − (89·bank + 15·branch + 3·account) mod 97)", |v, _, _| banking::fr_rib(v).into()),
    fixed("it_bban", "an Italian BBAN: the CIN letter over ABI, CAB and account (the codice fiscale's odd/even tables)", |v, _, _| banking::it_bban(v).into()),
    fixed("es_ccc", "a Spanish CCC: entity, office, two mod-11 check digits, account", |v, _, _| banking::es_ccc(v).into()),
    fixed("aba_in_match", "every nine-digit number in the rest of the match (a routing number next to an account) passes the ABA check", |_, c, _| banking::aba_in_match(c).into()),
    fixed("swift_bic", "a SWIFT/BIC code (ISO 9362): institution, an assigned country, location, branch; a test BIC (location ending 0) is an example (details: country)", |v, _, d| banking::swift_bic(v, d)),
    fixed("vin", "a vehicle identification number (ISO 3779): 17 characters without I, O, Q; the check digit where the first character says North America", |v, _, _| vehicles::vin(v)),
    fixed("lat_long", "a latitude and longitude in decimal degrees with 4+ decimals, in range, hemisphere letters in their place", |v, _, _| locations::lat_long(v).into()),
];

const fn family(name: &'static str, summary: &'static str) -> Entry {
    Entry {
        name,
        summary,
        make: Make::Family,
    }
}

const fn encoding(name: &'static str, summary: &'static str) -> Entry {
    Entry {
        name,
        summary,
        make: Make::Encoding,
    }
}

const fn format(name: &'static str, summary: &'static str) -> Entry {
    Entry {
        name,
        summary,
        make: Make::Format,
    }
}

const fn fixed(name: &'static str, summary: &'static str, check: ValidatorFn) -> Entry {
    Entry {
        name,
        summary,
        make: Make::Fixed(check),
    }
}

/// The registered names, in the registry's order.
pub fn names() -> Vec<&'static str> {
    REGISTRY.iter().map(|e| e.name).collect()
}

/// A validator an identifier uses, its parameters checked.
#[derive(Clone)]
pub struct Validator {
    name: &'static str,
    check: Check,
}

#[derive(Clone)]
enum Check {
    Fixed(ValidatorFn),
    Family(Family),
    Encoding(encodings::Encoded),
    Format(formats::RegionFormat),
}

impl std::fmt::Debug for Validator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.check {
            Check::Fixed(_) => f.write_str(self.name),
            Check::Family(family) => write!(f, "{family:?}"),
            Check::Encoding(encoded) => write!(f, "{encoded:?}"),
            Check::Format(format) => write!(f, "{format:?}"),
        }
    }
}

impl Validator {
    /// The validator named `name`, with `parameters` (empty for a plain name). The error says
    /// what is wrong, for the loader to place at the identifier's `validators` field.
    pub fn new(name: &str, parameters: &toml::Table) -> Result<Validator, String> {
        let Some(entry) = REGISTRY.iter().find(|e| e.name == name) else {
            return Err(format!(
                "unknown validator {name:?}; known: {}",
                names().join(", ")
            ));
        };
        let check = match entry.make {
            Make::Fixed(check) if parameters.is_empty() => Check::Fixed(check),
            Make::Fixed(_) => return Err(format!("{name} takes no parameters")),
            Make::Family => Check::Family(Family::new(entry.name, parameters)?),
            Make::Encoding => Check::Encoding(encodings::Encoded::new(entry.name, parameters)?),
            Make::Format => Check::Format(formats::RegionFormat::new(entry.name, parameters)?),
        };
        Ok(Validator {
            name: entry.name,
            check,
        })
    }

    pub fn name(&self) -> &'static str {
        self.name
    }

    /// Checks `value`, adding what it learned to `details`.
    pub fn validate(&self, value: &[u8], context: &Context<'_>, details: &mut Details) -> Verdict {
        match &self.check {
            Check::Fixed(check) => check(value, context, details),
            Check::Family(family) => family.check(value, context.today).into(),
            Check::Encoding(encoded) => encoded.check(value).into(),
            Check::Format(format) => format.check(value, context.today, details).into(),
        }
    }
}

/// A US Social Security number (`123-45-6789`, spaces or no separators): area 001-899 but
/// not 666, group 01-99, serial 0001-9999, and not a number known to be invalid (the Woolworth
/// wallet card 078-05-1120, the 1940s pamphlet 219-09-9999, the `123-45-6789` placeholder).
pub fn us_ssn(value: &[u8]) -> bool {
    let mut digits = [0u8; 9];
    let mut n = 0;
    for &b in value {
        if b.is_ascii_digit() {
            if n == 9 {
                return false;
            }
            digits[n] = b - b'0';
            n += 1;
        }
    }
    if n != 9 {
        return false;
    }
    let number = |range: std::ops::Range<usize>| {
        digits[range]
            .iter()
            .fold(0u32, |acc, &d| acc * 10 + u32::from(d))
    };
    let (area, group, serial) = (number(0..3), number(3..5), number(5..9));
    let known_invalid = [(78, 5, 1120), (219, 9, 9999), (123, 45, 6789)];
    (1..900).contains(&area)
        && area != 666
        && group != 0
        && serial != 0
        && !known_invalid.contains(&(area, group, serial))
        && !digits.iter().all(|&d| d == digits[0])
}

/// Luhn (ISO/IEC 7812) over the ASCII digits of `value`; other bytes (spaces, dashes) are
/// skipped. Fewer than 2 digits fail. The `luhn` family without a prefix.
pub fn luhn(value: &[u8]) -> bool {
    checksums::luhn(&[], value)
}

/// ISO 7064 mod 97-10 as used by IBAN: the first four characters move to the end, letters
/// become 10..35, and the number must be 1 modulo 97. Spaces, `-`, `.` and `/` are skipped.
/// The `mod97` family in its default form; nothing is allocated per value.
pub fn mod97(value: &[u8]) -> bool {
    let mut buffer = [0u8; MAX_SYMBOLS];
    checksums::symbols(value, &mut buffer).is_some_and(checksums::mod97_iban)
}

fn base62_value(text: &[u8]) -> Option<u64> {
    let mut n: u64 = 0;
    for &b in text {
        let d = match b {
            b'0'..=b'9' => b - b'0',
            b'A'..=b'Z' => b - b'A' + 10,
            b'a'..=b'z' => b - b'a' + 36,
            _ => return None,
        };
        n = n.checked_mul(62)?.checked_add(u64::from(d))?;
    }
    Some(n)
}

/// GitHub's (and npm's) token checksum: after the `xxx_` prefix come 30 random base62
/// characters and 6 base62 characters (0-9A-Za-z) encoding the CRC32 of those 30.
pub fn github_checksum(value: &[u8]) -> bool {
    let Some(underscore) = value.iter().position(|&b| b == b'_') else {
        return false;
    };
    let body = &value[underscore + 1..];
    if body.len() != 36 {
        return false;
    }
    let (random, check) = body.split_at(30);
    base62_value(check) == Some(u64::from(crc32fast::hash(random)))
}

/// A GitHub token: a classic `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_` token must pass
/// [`github_checksum`]; a fine-grained `github_pat_` token (which has no public checksum) must
/// be 22 and 59 alphanumeric characters around an underscore, mixing letters and digits.
pub fn github_token(value: &[u8]) -> bool {
    match value.strip_prefix(b"github_pat_") {
        Some(rest) => {
            rest.len() == 82
                && rest[22] == b'_'
                && rest[..22]
                    .iter()
                    .chain(&rest[23..])
                    .all(u8::is_ascii_alphanumeric)
                && mixed_alphanumeric(rest)
        }
        None => github_checksum(value),
    }
}

/// CRC32 of `data` in lower-case base 36, zero-padded to 7 characters.
fn crc32_base36(data: &[u8]) -> [u8; 7] {
    let alphabet = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut n = crc32fast::hash(data);
    let mut out = [b'0'; 7];
    for slot in out.iter_mut().rev() {
        *slot = alphabet[(n % 36) as usize];
        n /= 36;
    }
    out
}

/// A GitLab token (`glpat-`, `glrt-`, `gldt-`, ...). The routable form ends in `.` + 2 base-36
/// characters (the payload length) + 7 base-36 characters of the CRC32 of everything before
/// them (`glpat-<payload>.<len><crc>` or, versioned, `glpat-<payload>.01.<len><crc>`); the CRC
/// must match. The legacy form is at least 20 characters of `[A-Za-z0-9_-]` after the prefix,
/// as is a `GR1348941` runner registration token.
pub fn gitlab_token(value: &[u8]) -> bool {
    let token_char = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-';
    if let Some(rest) = value.strip_prefix(b"GR1348941") {
        // A runner registration token (deprecated): the fixed prefix and 20 or more characters.
        return rest.len() >= 20 && rest.iter().all(token_char);
    }
    let Some(dash) = value.iter().position(|&b| b == b'-') else {
        return false;
    };
    let (prefix, rest) = value.split_at(dash + 1);
    if prefix.len() < 4 || !prefix.starts_with(b"gl") {
        return false;
    }
    match value.iter().rposition(|&b| b == b'.') {
        None => rest.len() >= 20 && rest.iter().all(token_char),
        Some(dot) => {
            let tail = &value[dot + 1..];
            if tail.len() != 9
                || !tail
                    .iter()
                    .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase())
            {
                return false;
            }
            let payload_end = rest.iter().position(|&b| b == b'.').unwrap_or(rest.len());
            if payload_end < 20 || !rest[..payload_end].iter().all(token_char) {
                return false;
            }
            let split = value.len() - 7;
            crc32_base36(&value[..split]) == value[split..]
        }
    }
}

/// An npm access token: `npm_` tokens must pass [`github_checksum`]; legacy tokens are UUIDs
/// (8-4-4-4-12 lower-case hex digits, not all one digit).
pub fn npm_token(value: &[u8]) -> bool {
    if value.starts_with(b"npm_") {
        return github_checksum(value);
    }
    let groups: Vec<&[u8]> = value.split(|&b| b == b'-').collect();
    let lengths_ok = groups.iter().map(|g| g.len()).eq([8usize, 4, 4, 4, 12]);
    let hex = |b: &u8| b.is_ascii_digit() || (b'a'..=b'f').contains(b);
    lengths_ok
        && groups.iter().all(|g| g.iter().all(hex))
        && value.iter().filter(|&&b| b != b'-').any(|&b| b != value[0])
}

/// An AWS secret access key: 40 characters of `[A-Za-z0-9/+]` that mix upper- and lower-case
/// letters and contain a digit, `/` or `+` (a hex digest or a long identifier does not).
pub fn aws_secret_key(value: &[u8]) -> bool {
    value.len() == 40
        && value
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'/' || b == b'+')
        && value.iter().any(u8::is_ascii_uppercase)
        && value.iter().any(u8::is_ascii_lowercase)
        && value
            .iter()
            .any(|&b| b.is_ascii_digit() || b == b'/' || b == b'+')
}

fn b64url_decode(segment: &[u8]) -> Option<Vec<u8>> {
    let trimmed: &[u8] = segment
        .strip_suffix(b"==")
        .or(segment.strip_suffix(b"="))
        .unwrap_or(segment);
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(trimmed)
        .ok()
}

/// A JSON Web Token: three base64url segments whose header decodes to a JSON object with an
/// `alg` member. Adds `alg` to the details.
pub fn jwt(value: &[u8], details: &mut Details) -> bool {
    let mut parts = value.split(|&b| b == b'.');
    let (Some(header), Some(payload), Some(_sig)) = (parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let Some(header) = b64url_decode(header) else {
        return false;
    };
    let Ok(serde_json::Value::Object(map)) = serde_json::from_slice::<serde_json::Value>(&header)
    else {
        return false;
    };
    let Some(alg) = map.get("alg").and_then(|a| a.as_str()) else {
        return false;
    };
    // The payload of a signed JWT is JSON too; an encrypted one (JWE) has five segments and
    // does not reach here.
    let Some(payload) = b64url_decode(payload) else {
        return false;
    };
    if serde_json::from_slice::<serde_json::Value>(&payload).is_err() {
        return false;
    }
    details.push(("alg", alg.chars().take(16).collect()));
    true
}

/// `Authorization: Basic` credentials: standard base64 that decodes to printable `user:pass`
/// with a non-empty password.
pub fn basic_auth(value: &[u8]) -> bool {
    let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(value) else {
        return false;
    };
    let Some(colon) = decoded.iter().position(|&b| b == b':') else {
        return false;
    };
    colon + 1 < decoded.len() && decoded.iter().all(|&b| (0x20..0x7f).contains(&b))
}

/// The base64 body of a PEM block: everything between the BEGIN and END lines that is not a
/// header line (`Proc-Type: ...`), with whitespace and escaped `\n` sequences removed.
fn pem_body(block: &[u8]) -> Vec<u8> {
    let mut body = Vec::with_capacity(block.len());
    let after_begin = match find(block, b"-----BEGIN ") {
        Some(p) => match find(&block[p + 11..], b"-----") {
            Some(q) => p + 11 + q + 5,
            None => return body,
        },
        None => 0,
    };
    let end = find(block, b"-----END ").unwrap_or(block.len());
    if after_begin >= end {
        return body;
    }
    // A key assembled from string literals in code (`"...\n" "...\n"`, `"..." +`): keep only
    // what is inside the quotes. The region then starts inside the first literal.
    let mut region = &block[after_begin..end];
    let unquoted: Vec<u8>;
    if let Some(quote) = literal_quote(region) {
        let (mut inside, mut escaped) = (true, false);
        unquoted = region
            .iter()
            .copied()
            .filter(|&b| {
                let toggle = b == quote && !escaped;
                escaped = b == b'\\' && !escaped;
                if toggle {
                    inside = !inside;
                }
                inside && !toggle
            })
            .collect();
        region = &unquoted;
    }
    // Split into lines on real newlines and on escaped ones (keys inside JSON or code strings).
    let mut i = 0;
    let mut line_start = 0;
    let flush = |line: &[u8], body: &mut Vec<u8>| {
        if line.contains(&b':') {
            return; // an RFC 1421 header such as `DEK-Info: AES-128-CBC,...`
        }
        // A commented-out key (`// MIIE...`, `# MIIE...`): the base64 is the last word.
        const COMMENT: &[&[u8]] = &[b"//", b"///", b"#", b"##", b"*", b";"];
        let mut words = line
            .split(u8::is_ascii_whitespace)
            .filter(|w| !w.is_empty());
        let line = match (words.next(), words.next(), words.next()) {
            (Some(marker), None, None) if COMMENT.contains(&marker) => return,
            (Some(marker), Some(word), None) if COMMENT.contains(&marker) => word,
            _ => line,
        };
        // Whitespace goes, and so do backslashes: what is left of escapes such as `\/` or the
        // doubled `\\n` of a key inside a JSON string inside another string.
        body.extend(
            line.iter()
                .copied()
                .filter(|&b| !b.is_ascii_whitespace() && b != b'\\'),
        );
    };
    while i < region.len() {
        let (is_break, width) = match region[i] {
            b'\n' => (true, 1),
            b'\\' if matches!(region.get(i + 1), Some(b'n') | Some(b'r')) => (true, 2),
            _ => (false, 1),
        };
        if is_break {
            flush(&region[line_start..i], &mut body);
            line_start = i + width;
        }
        i += width;
    }
    flush(&region[line_start..], &mut body);
    body
}

/// The quote character that closes the string literal a BEGIN line ends, when the PEM body
/// right after it continues in another literal (only spaces, tabs and escaped newlines
/// between); `None` for a plain PEM block or one inside a single string.
fn literal_quote(region: &[u8]) -> Option<u8> {
    let mut i = 0;
    while i < region.len() {
        match region[i] {
            b' ' | b'\t' => i += 1,
            b'\\' if matches!(region.get(i + 1), Some(b'n') | Some(b'r')) => i += 2,
            q @ (b'"' | b'\'') => return Some(q),
            _ => return None,
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn decode_standard(body: &[u8]) -> Option<Vec<u8>> {
    base64::engine::general_purpose::STANDARD.decode(body).ok()
}

/// Whether `der` is exactly one ASN.1 SEQUENCE whose encoded length covers the rest.
fn der_sequence(der: &[u8]) -> bool {
    let (len, header) = match der {
        [0x30, n, ..] if *n < 0x80 => (usize::from(*n), 2),
        [0x30, 0x81, n, ..] => (usize::from(*n), 3),
        [0x30, 0x82, hi, lo, ..] => ((usize::from(*hi) << 8) | usize::from(*lo), 4),
        [0x30, 0x83, a, b, c, ..] => (
            (usize::from(*a) << 16) | (usize::from(*b) << 8) | usize::from(*c),
            5,
        ),
        _ => return false,
    };
    header + len == der.len()
}

/// A PEM private key block (PKCS#1, SEC1, PKCS#8, encrypted PKCS#8, legacy encrypted PEM, PGP
/// armour). PGP: the body is base64 of at least 64 bytes starting with a packet header. Legacy
/// encrypted PEM (`Proc-Type:`): at least 64 bytes of ciphertext. Otherwise the DER must be at
/// least 40 bytes forming exactly one ASN.1 SEQUENCE (an Ed25519 PKCS#8 key is 48 bytes).
/// Placeholder bodies (`...`, `<key>`, `xxxx`) fail.
pub fn pem_key(value: &[u8]) -> bool {
    let body = pem_body(value);
    if body.len() < 56 {
        return false;
    }
    if find(value, b"PGP PRIVATE KEY BLOCK").is_some() {
        // ASCII armour ends with a `=XXXX` CRC24 line; the key packets are before it.
        let packets = match body.iter().rposition(|&b| b == b'=') {
            Some(p) if p + 5 == body.len() => &body[..p],
            _ => &body[..],
        };
        let trimmed: Vec<u8> = packets.iter().copied().filter(|&b| b != b'=').collect();
        let Some(bytes) = base64::engine::general_purpose::STANDARD_NO_PAD
            .decode(&trimmed)
            .ok()
        else {
            return false;
        };
        // An OpenPGP packet header has its top bit set.
        return bytes.len() >= 64 && bytes[0] & 0x80 != 0;
    }
    let Some(der) = decode_standard(&body) else {
        return false;
    };
    if find(value, b"Proc-Type:").is_some() {
        // Legacy encrypted PEM: the body is ciphertext.
        return der.len() >= 64;
    }
    der.len() >= 40 && der_sequence(&der)
}

/// [`pem_key`] for a block as the PKCS identifier matches it: with its `-----END` line, the
/// whole check. Cut short (a log line truncated, a paste that stopped), at least 64 base64
/// characters of body whose first bytes open an ASN.1 SEQUENCE (or, after `Proc-Type:`,
/// legacy encrypted PEM) are [`Verdict::Weak`].
pub fn pem_key_block(value: &[u8]) -> Verdict {
    if find(value, b"-----END ").is_some() {
        return pem_key(value).into();
    }
    let body = pem_body(value);
    if body.len() < 64 {
        return Verdict::Invalid;
    }
    let whole_groups = body.len() / 4 * 4;
    let Some(der) = decode_standard(&body[..whole_groups]) else {
        return Verdict::Invalid;
    };
    let encrypted = find(value, b"Proc-Type:").is_some();
    if encrypted || der.first() == Some(&0x30) {
        Verdict::Weak
    } else {
        Verdict::Invalid
    }
}

/// An OpenSSH private key: the base64 body starts with the `openssh-key-v1\0` magic.
pub fn openssh_key(value: &[u8]) -> bool {
    let body = pem_body(value);
    match decode_standard(&body) {
        Some(bytes) => bytes.len() >= 64 && bytes.starts_with(b"openssh-key-v1\0"),
        None => false,
    }
}

/// Lines of `text`, split on real newlines and on escaped `\n` / `\r` sequences, trimmed.
fn text_lines(text: &[u8]) -> Vec<&[u8]> {
    let mut lines = Vec::new();
    let (mut i, mut start) = (0, 0);
    while i < text.len() {
        let width = match text[i] {
            b'\n' => 1,
            b'\\' if matches!(text.get(i + 1), Some(b'n') | Some(b'r')) => 2,
            _ => 0,
        };
        if width > 0 {
            lines.push(text[start..i].trim_ascii());
            start = i + width;
            i += width;
        } else {
            i += 1;
        }
    }
    lines.push(text[start..].trim_ascii());
    lines.retain(|l| !l.is_empty());
    lines
}

/// A PuTTY private key file (`.ppk`, versions 1 to 3): a `PuTTY-User-Key-File-N: <algorithm>`
/// line; `Public-Lines: n` and n base64 lines holding an SSH public key blob of that algorithm;
/// `Private-Lines: m` and m base64 lines; a `Private-MAC` (or version 1 `Private-Hash`) of 40
/// or 64 hex digits. Lines may be separated by real or escaped newlines.
pub fn putty_key(value: &[u8]) -> bool {
    let lines = text_lines(value);
    let Some(first) = lines.first() else {
        return false;
    };
    let Some(rest) = first.strip_prefix(b"PuTTY-User-Key-File-") else {
        return false;
    };
    let algorithm = match rest {
        [b'1'..=b'3', b':', algorithm @ ..] => algorithm.trim_ascii(),
        _ => return false,
    };
    let count = |line: &[u8], name: &[u8]| -> Option<usize> {
        let n = line.strip_prefix(name)?.trim_ascii();
        let n: usize = std::str::from_utf8(n).ok()?.parse().ok()?;
        (1..=200).contains(&n).then_some(n)
    };
    let (mut public, mut private, mut mac) = (None, None, None);
    let mut i = 1;
    while i < lines.len() {
        let line = lines[i];
        let block = match (
            count(line, b"Public-Lines:"),
            count(line, b"Private-Lines:"),
        ) {
            (Some(n), _) => Some((n, &mut public)),
            (_, Some(n)) => Some((n, &mut private)),
            _ => None,
        };
        if let Some((n, slot)) = block {
            if i + n >= lines.len() {
                return false;
            }
            *slot = Some(decode_standard(&lines[i + 1..=i + n].concat()));
            i += 1 + n;
            continue;
        }
        if let Some(hex) = line
            .strip_prefix(b"Private-MAC:")
            .or(line.strip_prefix(b"Private-Hash:"))
        {
            mac = Some(hex.trim_ascii());
        }
        i += 1;
    }
    let (Some(Some(public)), Some(Some(private)), Some(mac)) = (public, private, mac) else {
        return false;
    };
    let blob_ok = public.len() >= 4 + algorithm.len() && {
        let len = u32::from_be_bytes([public[0], public[1], public[2], public[3]]) as usize;
        len == algorithm.len() && &public[4..4 + len] == algorithm
    };
    blob_ok
        && private.len() >= 16
        && matches!(mac.len(), 40 | 64)
        && mac.iter().all(u8::is_ascii_hexdigit)
}

/// An AWS access key id: after the four-letter prefix, 16 characters of the base32 alphabet
/// (A-Z, 2-7).
pub fn base32_key_id(value: &[u8]) -> bool {
    value.len() == 20
        && value[4..]
            .iter()
            .all(|&b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
}

/// A random token mixes letters and digits; a word or an identifier in code usually does not.
pub fn mixed_alphanumeric(value: &[u8]) -> bool {
    value.iter().any(u8::is_ascii_digit) && value.iter().any(u8::is_ascii_alphabetic)
}

/// Whether the whole value refers to a variable instead of holding a secret: `$NAME` or
/// `$name` (shell, PHP, Perl), `%NAME%` (Windows), `{name}` (format strings). Mixed-case
/// `$Word1` stays a possible password.
pub(crate) fn is_variable_reference(value: &[u8]) -> bool {
    let name_ok = |name: &[u8]| {
        !name.is_empty()
            && !name[0].is_ascii_digit()
            && name
                .iter()
                .all(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
    };
    if let Some(name) = value.strip_prefix(b"$") {
        let one_case =
            !name.iter().any(u8::is_ascii_lowercase) || !name.iter().any(u8::is_ascii_uppercase);
        return name_ok(name) && one_case;
    }
    if let Some(name) = value.strip_prefix(b"%").and_then(|v| v.strip_suffix(b"%")) {
        return name_ok(name);
    }
    if let Some(name) = value.strip_prefix(b"{").and_then(|v| v.strip_suffix(b"}")) {
        return name_ok(name);
    }
    false
}

/// Whether a value looks like a placeholder or documentation example rather than a real
/// secret: it contains a marker word (`EXAMPLE`, `your`, `placeholder`, `dummy`, `redacted`,
/// template syntax), is a variable reference (`$DB_PASSWORD`, `%PASS%`, `{password}`) or a
/// generic word on its own (`password`, `pass`, `secret`, `...`), or has a run of 8 or more of
/// one character or a long ascending sequence. A `<` anywhere counts (`<token>`, `ghp_<...>`).
pub fn looks_like_placeholder(value: &[u8]) -> bool {
    value.contains(&b'<') || placeholder_apart_from_angle_brackets(value)
}

/// [`looks_like_placeholder`] without its `<` rule, for values where a `<` is one more
/// punctuation character (a password drawn from every printable character).
pub(crate) fn placeholder_apart_from_angle_brackets(value: &[u8]) -> bool {
    const WHOLE: &[&[u8]] = &[
        b"password",
        b"passwd",
        b"pass",
        b"pwd",
        b"pw",
        b"secret",
        b"token",
        b"apikey",
        b"api_key",
        b"api-key",
        b"null",
        b"none",
        b"nil",
        b"undefined",
        b"foo",
        b"bar",
        b"baz",
        b"qux",
        b"foobar",
        b"...",
        "\u{2026}".as_bytes(),
    ];
    // `password123` and `secret1` are the same placeholders.
    let word = value.trim_ascii_end();
    let word = &word[..word.len() - word.iter().rev().take_while(|b| b.is_ascii_digit()).count()];
    if WHOLE.iter().any(|w| word.eq_ignore_ascii_case(w)) || is_variable_reference(value) {
        return true;
    }
    // Template syntax anywhere (`${`, `{{`, `%s`, `***`, `$(`), or a marker word in any
    // case: one search, compiled once (a search per marker and position was a few percent of
    // a scan of e-mail-dense data).
    static MARKERS: std::sync::LazyLock<regex_automata::meta::Regex> = std::sync::LazyLock::new(
        || {
            regex_automata::meta::Regex::builder()
                .syntax(regex_automata::util::syntax::Config::new().unicode(false).utf8(false))
                .build(
                    r"\$\{|\{\{|%s|\*\*\*|\$\(|(?i:example|placeholder|dummy|redacted|your_|your-|yourkey|insert|changeme|replace|fake|notreal|sample|xxxx)",
                )
                .expect("a constant pattern")
        },
    );
    if MARKERS.is_match(value) {
        return true;
    }
    let mut run = 1;
    let mut ascending = 1;
    for pair in value.windows(2) {
        run = if pair[0] == pair[1] { run + 1 } else { 1 };
        ascending = if pair[1] == pair[0].wrapping_add(1) {
            ascending + 1
        } else {
            1
        };
        if run >= 8 || ascending >= 8 {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_accepts_valid_and_rejects_altered() {
        assert!(luhn(b"4111111111111111"));
        assert!(luhn(b"4111 1111 1111 1111"));
        assert!(luhn(b"79927398713"));
        assert!(!luhn(b"4111111111111112"));
        assert!(!luhn(b"7"));
        assert!(!luhn(b""));
    }

    #[test]
    fn mod97_checks_ibans() {
        assert!(mod97(b"GB82WEST12345698765432"));
        assert!(mod97(b"GB82 WEST 1234 5698 7654 32"));
        assert!(mod97(b"DE89370400440532013000"));
        assert!(!mod97(b"GB82WEST12345698765433"));
        assert!(!mod97(b"GB8"));
        assert!(!mod97(b"GB82-WEST"));
    }

    fn classic_token(random: &str) -> String {
        let mut n = crc32fast::hash(random.as_bytes());
        let alphabet = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        let mut check = [b'0'; 6];
        for slot in check.iter_mut().rev() {
            *slot = alphabet[(n % 62) as usize];
            n /= 62;
        }
        format!("ghp_{random}{}", std::str::from_utf8(&check).unwrap())
    }

    #[test]
    fn github_checksum_matches_crc32() {
        let token = classic_token("R4nd0mB0dyOfThirtyCharacters12");
        assert!(github_checksum(token.as_bytes()), "{token}");
        let mut altered = token.clone().into_bytes();
        altered[10] = if altered[10] == b'a' { b'b' } else { b'a' };
        assert!(!github_checksum(&altered));
        assert!(!github_checksum(b"ghp_short"));
        assert!(!github_checksum(b"no-underscore"));
    }

    #[test]
    fn jwt_requires_alg_header_and_json_payload() {
        let mut d = Details::new();
        let good = b"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
        assert!(jwt(good, &mut d));
        assert_eq!(d, vec![("alg", "HS256".to_string())]);
        // Header without alg.
        assert!(!jwt(
            b"eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJl",
            &mut d
        ));
        // Not base64 JSON.
        assert!(!jwt(b"eyJhbGciOi.eyJzdWIi.abc", &mut d));
        assert!(!jwt(b"only.two", &mut d));
    }

    #[test]
    fn basic_auth_needs_user_colon_password() {
        assert!(basic_auth(b"YWxhZGRpbjpvcGVuc2VzYW1l")); // aladdin:opensesame
        assert!(!basic_auth(b"YWxhZGRpbg==")); // aladdin
        assert!(!basic_auth(b"YWxhZGRpbjo=")); // aladdin: (no password)
        assert!(!basic_auth(b"not base64!"));
    }

    #[test]
    fn base32_key_ids() {
        assert!(base32_key_id(b"AKIAQYLPMN5HHHFPZAM2"));
        assert!(!base32_key_id(b"AKIAQYLPMN5HHHFPZAM1")); // 1 is not base32
        assert!(!base32_key_id(b"AKIAQYLPMN5HHHFPZAM"));
    }

    #[test]
    fn placeholders() {
        for v in [
            "AKIAIOSFODNN7EXAMPLE",
            "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "${TOKEN}",
            "<your-key>",
            "sk_live_00000000000",
            "abcdefghij1",
        ] {
            assert!(looks_like_placeholder(v.as_bytes()), "{v}");
        }
        for v in [
            "AKIAQYLPMN5HHHFPZAM2",
            "wJalrXUtnFEMIK7MDENGbPxRfiCYzQ8s2v9TnW1q",
        ] {
            assert!(!looks_like_placeholder(v.as_bytes()), "{v}");
        }
        let words = [
            "password",
            "PASS",
            "password123",
            "secret1",
            "foobar",
            "...",
        ];
        let variables = [
            "$DB_PASSWORD",
            "$password",
            "%DB_PASS%",
            "{password}",
            "{db.password}",
        ];
        for v in words.iter().chain(&variables) {
            assert!(looks_like_placeholder(v.as_bytes()), "{v}");
        }
        for v in [
            "$Secr3tPw",
            "s3cr3t-pa55",
            "passwordless1",
            "$",
            "{}",
            "%%",
            "$1abc",
            "1234",
            "pass1word",
        ] {
            assert!(!looks_like_placeholder(v.as_bytes()), "{v}");
        }
    }

    #[test]
    fn github_token_checks_classic_checksum_and_fine_grained_shape() {
        assert!(github_token(
            classic_token("R4nd0mB0dyOfThirtyCharacters12").as_bytes()
        ));
        assert!(!github_token(b"ghp_R4nd0mB0dyOfThirtyCharacters12000000"));
        let fine = format!(
            "github_pat_11{}_{}{}",
            "b7Kq2".repeat(4),
            "Qm4xT9vR2".repeat(6),
            "aB3cD"
        );
        assert_eq!(fine.len(), 93);
        assert!(github_token(fine.as_bytes()), "{fine}");
        assert!(!github_token(fine.replace("pat_11", "pat-11").as_bytes()));
        assert!(!github_token(&fine.as_bytes()[..92]));
        let letters_only = format!("github_pat_{}_{}", "a".repeat(22), "b".repeat(59));
        assert!(!github_token(letters_only.as_bytes()));
    }

    #[test]
    fn gitlab_routable_tokens_carry_a_crc32() {
        // Versioned routable token: crc32("glpat-<payload>.01.0r") in base 36.
        assert!(gitlab_token(
            b"glpat-bzox79Of-KE9FD2LjoXXF4CvyxA.01.0r0l8l6ir"
        ));
        assert!(gitlab_token(b"glpat-bzox79Of-KE9FD2LjoXXF4CvyxA.0r03gxo7s"));
        assert!(!gitlab_token(
            b"glpat-bzox79Of-KE9FD2LjoXXF4CvyxA.01.0r03gxo7a"
        ));
        assert!(!gitlab_token(
            b"glpat-bzox79Of-KE9FD2LjoXXF4CvyxA.01.0r0l8l6iz"
        ));
        assert!(gitlab_token(b"glpat-vzDNJu3Lvh4YCCekKsnx"));
        assert!(gitlab_token(b"glrt-t1_vzDNJu3Lvh4YCCekKsnx"));
        assert!(gitlab_token(b"GR1348941vzDNJu3Lvh4YCCekKsnx"));
        assert!(!gitlab_token(b"GR1348941vzDNJu3Lvh4"));
        assert!(!gitlab_token(b"glpat-vzDNJu3Lvh4YC")); // 13 characters
        assert!(!gitlab_token(b"ghp-vzDNJu3Lvh4YCCekKsnx"));
        assert!(!gitlab_token(b"glpat-vzDNJu3Lvh4YCC!kKsnx"));
    }

    #[test]
    fn npm_tokens_are_checksummed_or_uuids() {
        let token = classic_token("N9pQ2wE7rT4yU1iO6pA3sD8fG5hJ0k").replacen("ghp_", "npm_", 1);
        assert!(npm_token(token.as_bytes()), "{token}");
        assert!(!npm_token(token.replace('N', "M").as_bytes()));
        assert!(npm_token(b"3f6b2c9e-8a41-4d7b-9c0e-5a2f1b7d6e48"));
        assert!(!npm_token(b"00000000-0000-0000-0000-000000000000"));
        assert!(!npm_token(b"3f6b2c9e-8a41-4d7b-9c0e-5a2f1b7d6e4"));
        assert!(!npm_token(b"3F6B2C9E-8A41-4D7B-9C0E-5A2F1B7D6E48x"));
    }

    #[test]
    fn aws_secret_keys_look_random() {
        assert!(aws_secret_key(b"wJalrXUtnFEMIK7MDENGbPxRfiCYzQ8s2v9TnW1q"));
        assert!(aws_secret_key(b"Kq/8vTzR+Lm3pWnB5xYcD0fGhJsA9eUiO2oQ6tVw"));
        assert!(!aws_secret_key(b"da39a3ee5e6b4b0d3255bfef95601890afd80709")); // a SHA-1
        assert!(!aws_secret_key(b"ThisIsSomeLongCamelCaseIdentifierNameAbc"));
        assert!(!aws_secret_key(b"wJalrXUtnFEMIK7MDENGbPxRfiCYzQ8s2v9TnW1"));
        assert!(!aws_secret_key(b"wJalrXUtnFEMIK7MDENG-PxRfiCYzQ8s2v9TnW1q"));
    }

    const ED25519_PKCS8: &str = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEILmxHtLTcBf8lOGiT52ToCXMZZl+y1qtT9AcMXsUqssx\n-----END PRIVATE KEY-----";

    #[test]
    fn pem_key_accepts_short_der_keys_and_escaped_forms() {
        assert!(pem_key(ED25519_PKCS8.as_bytes()));
        assert!(pem_key(ED25519_PKCS8.replace('\n', "\\n").as_bytes()));
        assert!(pem_key(
            ED25519_PKCS8
                .replace('/', "\\/")
                .replace('\n', "\\n")
                .as_bytes()
        ));
        assert!(pem_key(ED25519_PKCS8.replace('\n', "\\\\n").as_bytes()));
        // Assembled from string literals, as in C, Go, Java or Python source.
        let concatenated = "-----BEGIN PRIVATE KEY-----\\n\"\n    \"MC4CAQAwBQYDK2VwBCIEILmxHtLTcBf8lOGiT52ToCXMZZl+y1qtT9AcMXsUqssx\\n\" +\n    \"-----END PRIVATE KEY-----\\n\"";
        assert!(pem_key(concatenated.as_bytes()), "{concatenated}");
        assert!(pem_key(concatenated.replace('"', "'").as_bytes()));
        let java = "-----BEGIN PRIVATE KEY-----\" +\n\"MC4CAQAwBQYDK2VwBCIEILmxHtLTcBf8lOGiT52ToCXMZZl+y1qtT9AcMXsUqssx\" +\n\"-----END PRIVATE KEY-----";
        assert!(pem_key(java.as_bytes()), "{java}");
        // Commented out.
        let commented: String = ED25519_PKCS8
            .lines()
            .map(|l| format!("  # {l}\n"))
            .collect();
        assert!(pem_key(commented.as_bytes()), "{commented}");
        assert!(pem_key(commented.replace('#', "//").as_bytes()));
        // One byte of the SEQUENCE missing.
        assert!(!pem_key(ED25519_PKCS8.replace("MC4C", "MC0C").as_bytes()));
        assert!(!pem_key(
            b"-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"
        ));
    }

    const PUTTY_V3: &str = "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: trawl-test\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIEY5akfAxyh3yuKUKSHvVv8mMEPCpMBqKXK2IZX3\nGzGI\nPrivate-Lines: 1\nAAAAIN92Jt5SnusdsYO1twszpkfWBW8n6R8FykAkH0d6izZ6\nPrivate-MAC: 5214f0d56192061df058cc39d0c38ce2caccc97ca672936c640b35ac7e28fc57";

    #[test]
    fn putty_key_checks_the_file_structure() {
        assert!(putty_key(PUTTY_V3.as_bytes()));
        assert!(putty_key(PUTTY_V3.replace('\n', "\r\n").as_bytes()));
        assert!(putty_key(PUTTY_V3.replace('\n', "\\n").as_bytes()));
        // The public blob names another algorithm than the header.
        assert!(!putty_key(
            PUTTY_V3.replacen("ssh-ed25519", "ssh-rsa", 1).as_bytes()
        ));
        // A public line is missing.
        assert!(!putty_key(PUTTY_V3.replace("\nGzGI", "").as_bytes()));
        assert!(!putty_key(
            PUTTY_V3.replace("5214f0d5", "5214f0").as_bytes()
        ));
        assert!(!putty_key(
            b"PuTTY-User-Key-File-3: ssh-ed25519\nPrivate-MAC: <mac>"
        ));
    }

    /// The registry, the check-digit families and the README's list of validators agree, in
    /// both directions.
    #[test]
    fn the_registry_the_families_and_the_readme_agree() {
        let empty = toml::Table::new();
        let mut seen = std::collections::HashSet::new();
        for entry in REGISTRY {
            assert!(seen.insert(entry.name), "{} registered twice", entry.name);
            assert!(!entry.summary.is_empty(), "{} has no summary", entry.name);
            if entry.is_family() {
                assert!(
                    checksums::FAMILIES.contains(&entry.name)
                        || encodings::NAMES.contains(&entry.name)
                        || entry.name == "region_format",
                    "{}",
                    entry.name
                );
            } else {
                assert!(Validator::new(entry.name, &empty).is_ok(), "{}", entry.name);
                let mut extra = toml::Table::new();
                extra.insert("x".into(), toml::Value::Integer(1));
                assert!(
                    Validator::new(entry.name, &extra).is_err(),
                    "{}",
                    entry.name
                );
            }
        }
        for family in checksums::FAMILIES {
            assert!(seen.contains(family), "family {family} is not registered");
            assert!(checksums::parameters(family).is_some(), "{family}");
        }
        for family in encodings::NAMES {
            assert!(seen.contains(family), "family {family} is not registered");
            assert!(encodings::parameters(family).is_some(), "{family}");
        }
        assert!(Validator::new("nope", &empty)
            .unwrap_err()
            .contains("unknown validator"));

        // The README documents exactly the registered validators.
        let readme = include_str!("../../../README.md");
        let section = readme
            .split("<!-- validators: begin -->")
            .nth(1)
            .and_then(|rest| rest.split("<!-- validators: end -->").next())
            .expect("the README's validator table");
        let documented: std::collections::HashSet<&str> = section
            .lines()
            .filter_map(|line| line.strip_prefix("| `"))
            .filter_map(|line| line.split('`').next())
            .collect();
        assert_eq!(documented, seen, "README validators vs the registry");
    }
}
