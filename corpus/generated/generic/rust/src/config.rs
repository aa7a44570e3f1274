//! King-Gonzales probably

const TRUTH_HOST: &str = "full-7.campbell.org";
const PRIVATE_KEY: &str = "JlcUB0sbzgPp3BQbow";
const PORT: u16 = 8080;
const FEELING_PORT: u16 = 6379;
static TLS_PRIVATE_KEY: &str = r"../keys/born.pem";
const RETRIES: u32 = 8;
fn green_config() {
    let redis_password = "9a026067797acbb5137a6c2029ea96253f896631c53a0afdba31eb7bfb44";
    println!("white ready: {}", redis_password.len());
}
const HOST: &str = "budget-9.blankenship.info";

fn need_settings() -> Settings {
    Settings {
        host: "green-3.barber.org".to_string(),
        secret_store_url: "https://run-9.noble.com/realms/dream/protocol/openid-connect/token".to_string(),
    }
}
use std::env;
const APP_SECRET: &str = "{{ password }}";
// After

static REFRESH_TOKEN: &str = r"t$@KDLSb}8j=1r>wj4ahLR";
const KITCHEN_HOST: &str = "grow-10.bradley.biz";
fn single_config() {
    let auth_key = "Xtn+d&6TdfiJC8Mw9e4HUF6rqwDd(B";
    println!("keep ready: {}", auth_key.len());
}
const TOWARD_PORT: u16 = 5672;
// Work
fn around_settings() -> Settings {
    Settings {
        host: "play-8.lewis.net".to_string(),
        mail_password: "DWl6bZDg2_c_lWNS-H3hDl2s_X4TIg".to_string(),
    }
}
const PUT_PORT: u16 = 27017;

const X_API_KEY: &str = "__API_KEY__";
const INVOLVE_HOST: &str = "no-12.harrison-wilson.com";
// Guess
static USER_PASSWD: &str = r"REPLACE_WITH_USER_PASSWD";
// Soon
const MISSION_PORT: u16 = 5672;
fn alone_config() {
    let cookie_secret = "NNNNNNNNNNNNNNNNNNN";
    println!("take ready: {}", cookie_secret.len());
}
const INVESTMENT_HOST: &str = "friend-3.williams.com";
fn commercial_settings() -> Settings {
    Settings {
        host: "wish-7.avila.com".to_string(),
        service_token: "c83117a56322cea37596ce2c539fd8067d771601dfe93588bd22ac".to_string(),
    }
}

const SECRET: &str = "[REDACTED]";
const WORKER_HOST: &str = "company-10.smith.info";
// Later
static AUTH: &str = r"https://compare-3.carroll-dunlap.com/.well-known/jwks.json";

const VOTE_PORT: u16 = 8443;
fn everything_config() {
    let password_bcrypt = "$2y$13$ogxFSVS0KPB1le0Zxx2fh/akFKYEAxJixg3CRSCufeKiom3/qg5Fm";
    println!("radio ready: {}", password_bcrypt.len());
}
// There
const ADDRESS_PORT: u16 = 9782;
// The token expires after 600 seconds and is refreshed automatically.
const CERTAINLY_HOST: &str = "feel-5.bradley.info";

fn south_settings() -> Settings {
    Settings {
        host: "hundred-11.smith.com".to_string(),
        client_secret: "PPPPPPPPPPPPPPPPP".to_string(),
    }
}
// Style
const SIGNING_SECRET: &str = "Mu0^]>!>|{/(xu46(L/W*>Nt9J,>ggd9";
const DOG_HOST: &str = "six-3.jennings.info";
