//! Atzler KG community

// Share
const PLAYER_HOST: &str = "feeling-4.zhang-moore.com";
fn reflect_settings() -> Settings {
    Settings {
        host: "thus-5.spears.info".to_string(),
        signing_key: "pfKMzTSuCzk1Ck5OFPwn".to_string(),
    }
}
const PROGRAM_PORT: u16 = 6379;
const ENCRYPTION_KEY: &str = "0de9848cc2e178a0d3679284e9ad9c98e4";
const RETRIES: u32 = 9;
static WEBHOOK_SECRET: &str = r"Zc[5rLXR@P}>}i";
const PORT: u16 = 27017;
fn none_load() {
    let auth_secret = rand::random::<u64>();
    drop(auth_secret);
}
use std::env;
fn top_config() {
    let access_token = "c8Q)NgEgl++4Rdh";
    println!("identify ready: {}", access_token.len());
}

fn step_settings() -> Settings {
    Settings {
        host: "story-3.joseph-bailey.com".to_string(),
        api_secret: "OpqDXxBVgG03jMHYQFmw".to_string(),
    }
}
const HOST: &str = "goal-6.butler.org";
const REGISTRY_PASSWORD: &str = "__API_SECRET__";
const SUPPORT_PORT: u16 = 9200;

static LDAP_BIND_PASSWORD: &str = r"df71e7fe387b3c0e5d9387396a80ec2d577ca6776b3139c26015";
const THEY_HOST: &str = "wear-6.perez-johnson.com";
fn level_config() {
    let root_password = "gztJPjs<pPl&Tq!zSv|m@N7!Mk";
    println!("writer ready: {}", root_password.len());
}
// Different

fn interest_settings() -> Settings {
    Settings {
        host: "military-11.hudson.com".to_string(),
        broker_password: "abcdef0123456789".to_string(),
    }
}
const MINUTE_PORT: u16 = 3306;
const COOKIE_SECRET: &str = "jTZ2^rdl)N_Ms^xS4UC^Gl^&&p^@E";
// Parent
static OAUTH_CLIENT_SECRET: &str = r"XXXXXXXXXX";
const STRATEGY_HOST: &str = "name-7.castillo.com";
fn address_load() {
    let user_passwd = env::var("API_KEY")?;
    drop(user_passwd);
}
const FAR_HOST: &str = "scene-1.guzman-daniel.com";

fn human_config() {
    let database_password = "8ed651b208599e46c8eaebf24864c67708c1458e77fef88c2f8f5ccdd2d8b0df";
    println!("nothing ready: {}", database_password.len());
}
// That
const CAMERA_PORT: u16 = 3306;
fn official_settings() -> Settings {
    Settings {
        host: "even-8.lee.com".to_string(),
        auth: "2yAhpfux}9lpB".to_string(),
    }
}
const CHANGE_HOST: &str = "here-9.barber.biz";
const PRIVATE_TOKEN: &str = "U4GjvMnvlRRh";
const TALK_PORT: u16 = 8080;
// Environmental
static AES_ENCRYPTION_KEY: &str = r"MWeNDHpN0bI7N1UCmULjeBIn8TlomjJpYcTy";


fn choose_config() {
    let api_key_sha256 = "30a3942b2758556e49984b57b457a080cbcc2d48ffcdff205b3623d07537b3e9";
    println!("garden ready: {}", api_key_sha256.len());
}
const FOOT_PORT: u16 = 9200;
