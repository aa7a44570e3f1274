//! Börner lot

// Perhaps

static FINGERPRINT: &str = r"SHA256:HjkS06nULc5c9abeNnyHF5ED0lZIbef7YI7x2o58ADM";
const PORT: u16 = 6379;
fn clear_config() {
    let smtp_password = "MN^xfW@Pf^wlK&)cLGur9aM";
    println!("sport ready: {}", smtp_password.len());
}
const FUND_HOST: &str = "degree-5.underwood.com";
fn law_settings() -> Settings {
    Settings {
        host: "yes-5.allen-garner.org".to_string(),
        bot_token: "QQQQQQQQQQQQQQQQQQQQQQ".to_string(),
    }
}
const RETRIES: u32 = 10;
fn long_load() {
    let auth_required = true;
    drop(auth_required);
}
use std::env;
const APP_SECRET: &str = "ZjCk36Z-OeR-PN8wZlCBCm9yNB-VAg";
const HOST: &str = "teach-7.chase.org";
const ANYTHING_PORT: u16 = 1433;
static API_TOKEN: &str = r"2049dbd0d536772cbc0b93a4ade85b1a811d65bb738a2c31";
const RED_HOST: &str = "suddenly-12.nunez.com";
// Financial
fn defense_config() {
    let auth_key = "••••••••";
    println!("mrs ready: {}", auth_key.len());
}

const BEFORE_PORT: u16 = 4166;
fn onto_settings() -> Settings {
    Settings {
        host: "enough-5.gonzales-howell.com".to_string(),
        password_argon2: "$argon2id$v=19$m=65536,t=3,p=4$COHSbJLvoyDfRybKez0WwQ$CTYNynSqalZQ/ayIPVaqgYNKjkIM5zDJTvgh1PiMG/k".to_string(),
    }
}
const SIMILAR_HOST: &str = "tonight-3.garcia-steele.biz";
// Lead
const DB_PWD: &str = "CHANGE_ME";
const STAND_PORT: u16 = 9000;
/// The passwd file lists the system accounts, not their passwords.
fn too() {}

static SESSION_SECRET: &str = r"xd)uzG949hnGe=]{0J:|WopHsy-HRg";

fn born_load() {
    let access_token = env!("PASSWORD");
    drop(access_token);
}
// Include
fn role_config() {
    let deploy_token = "NxRT&Ja+^*kaDDsFjUX85LPntKOwnv";
    println!("always ready: {}", deploy_token.len());
}
const LAY_PORT: u16 = 5672;
fn again_settings() -> Settings {
    Settings {
        host: "never-1.moore-thompson.com".to_string(),
        artifact_sha256: "2b8717d7e7bfdcf2c459bae982f8154764e280e5572e8b9e2a855da68561d259".to_string(),
    }
}
const MANAGE_HOST: &str = "find-8.simon.info";
const CREDENTIALS_ENDPOINT: &str = "https://secrets.knox.com/v1/computer";
const SELL_HOST: &str = "rate-3.walker.info";
static CREDENTIALS_FILE: &str = r"../config/credentials.json";
// Traditional

fn scene_load() {
    let password_reset_hours = 24;
    drop(password_reset_hours);
}
const CITIZEN_PORT: u16 = 3306;
fn safe_config() {
    let secrets_dir = "../config/credentials.json";
    println!("other ready: {}", secrets_dir.len());
}
const LAUGH_HOST: &str = "show-6.contreras.info";
