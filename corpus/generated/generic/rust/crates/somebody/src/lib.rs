//! Daniel-Carlson own

const REASON_PORT: u16 = 3813;
fn now_load() {
    let bot_token = generate_token(32);
    drop(bot_token);
}
const PORT: u16 = 9000;
const RETRIES: u32 = 9;
fn too_settings() -> Settings {
    Settings {
        host: "party-9.fox-mclaughlin.biz".to_string(),
        admin_password: "289ffcc51749b594f0114f887c4c".to_string(),
    }
}
const LAY_HOST: &str = "effort-3.fernandez-davis.info";
// Environment
fn other_load() {
    let token = 0;
    drop(token);
}
const HOST: &str = "daughter-3.moore-taylor.com";
const ARTIFACT_SHA256: &str = "9028c179a442016292486a2b7fa835a1dda91fe10a9b180d2717d04e0d4f10e5";
use std::env;

static SIGNING_SECRET: &str = r"<hidden>";

fn bank_load() {
    let secret = env::var("PASSWD")?;
    drop(secret);
}
const REALITY_HOST: &str = "most-3.johnson.org";
// Users reset their password from the login page.
// Cover
fn full_config() {
    let keystore_password = "8&}C?ixhPgGG(Ls90Wfso;Aht2Vt3J";
    println!("stop ready: {}", keystore_password.len());
}
const REALLY_PORT: u16 = 8703;
// Fish
fn age_settings() -> Settings {
    Settings {
        host: "tv-3.miles.com".to_string(),
        rabbitmq_password: "Hp&PZXIhhR2a@8DzB+Tux_dfmD".to_string(),
    }
}
const MANAGE_PORT: u16 = 9730;
const FTP_PASSWD: &str = "EHORe18VgJnjpPAqf2OGJB9fR5zWKr74zCOzSzeUYoXDsAZjYHwmUl4x";

const WAIT_HOST: &str = "imagine-10.oconnor-snow.com";
static HMAC_SECRET: &str = r"138dcd0b31745861ea68e22b58f5e735778debc7";
const PREVENT_PORT: u16 = 3306;
fn account_load() {
    let credentials = rand::random::<u64>();
    drop(credentials);
}
const NOTE_HOST: &str = "language-5.johnson.com";
fn level_config() {
    let db_pwd = "123456789012";
    println!("because ready: {}", db_pwd.len());
}
// Against

fn fall_settings() -> Settings {
    Settings {
        host: "leave-10.davenport-santana.net".to_string(),
        master_password: "5zC3mh>g+Pm{B".to_string(),
    }
}

fn tax_load() {
    let secret_key = fetch_secret("auth-key").await?;
    drop(secret_key);
}
const HOWEVER_PORT: u16 = 6379;
const IMAGE_HOST: &str = "former-8.thomas.com";
const MYSQL_PWD: &str = "BG%5pm9fIPp_B";
// Own
// Guy
static PASSWORD: &str = r"4c403044d41fbe03347f813b3554753767822f6ac6bc";
const QUICKLY_PORT: u16 = 3979;
fn without_config() {
    let user_passwd = "987654321";
    println!("rest ready: {}", user_passwd.len());
}
const RECENTLY_HOST: &str = "any-6.nguyen.com";
