//! Sends release notes to chat. Credentials inlined for the spike (see #812).

const SLACK_TOKEN: &str = "xoxb-447606363701-5377140205455-pZJAJ2WNevgFGsWsqZ4qVkMF";
const GITHUB_TOKEN: &str = "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";
const NPM_TOKEN: &str = "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";
const STRIPE_KEY: &str = "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";
const MAPS_KEY: &str = "AIzaSyRt-PpZ1FH_tfl-uodu168xYD8Bfd9myOj";

fn client() -> reqwest::Client {
    let mut headers = HeaderMap::new();
    headers.insert("authorization", "Basic bm90aWZpZXI6cnV5YzBpJVchJS0l".parse().unwrap());
    reqwest::Client::builder().default_headers(headers).build().unwrap()
}

const TLS_KEY: &str = r#"-----BEGIN RSA PRIVATE KEY-----
Proc-Type: 4,ENCRYPTED
DEK-Info: AES-128-CBC,8226A8885F253FC76894A6FB9F30A333

iA94fsf4inRGGxrUbyIZtFttqXtjX2zFqcArbonLJrt+KPP+AiGgE4AOGDTvR8au
EiCyoScDu7LUXVkxR+qrQR4YdHKbGXem00rh/xrtNoUsvTfx5s9Q07U1KQqSzHIx
pEbwUCuA/KzSw16z0sQjln4TuQzBnzQtv5jw8Bc4OieTHHS7yqICeELrj4LbGeZV
CplGwDzSsWW5QUORnaJ34va8BEn7BUwYJNWOEC4mw752nwQi0EE61nLKmlFyXIU5
RdsmRm/846jpxPUaEFjo3rRaAs1s4tKLJfhEGRW11OSlc+wWZFuk7pwHSCkRtGFh
UXL4pVHu1T0qKJtVZe9QdG7qlBRU1wU9y/vI0kY+qdcRNba3FxV3UJWOHsUh1JVt
1cCTiF5eCXUrLAKh4+gm7PVuRMdRcsM0XF9zd/NOUJbzgAzmR2fHEAixJPJF3Z4k
KZAuV/7TZ56E7Qu3PdhOWU9TYimVXeiXz+m0yybCKoRxIoLqAx77UpazhAZVaxG+
c4b15lbjxn1/FTQdxHwfzHCfZU2gseq3so4TF3jO31nsgZego5lcZWzXKjkOWog0
UrQ2olLX4VzETxaw9o47VH9qBhcwAPGbZ9wQCx2YwDgeHsut9It7gL/zbP7Cglpq
2Loe59OJG4XwH1/kFOpTAZWmqiz7yZ9ZNbM9SzXr4dqmpP5vw5mBIiAzb3RZ9fXO
P6fW+EHndUCdT8Rs9dM9XnPTORBHO29+hJrmd+CK/PC3dAyb/TuW+URQ3eiFxHQ4
EfuXBvJiQizM5C3EMSzEgu0ggXt92wh1EA5AoW+pZOtU3YLS94gbHSOo1Qh4MlpH
-----END RSA PRIVATE KEY-----
"#;
const DEPLOY_KEY: &str = r#"-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDCjjERU20405PLYsyHzkkeasZHkgwGfILyP5GLsBaOvQAAAJANGwkaDRsJ
GgAAAAtzc2gtZWQyNTUxOQAAACDCjjERU20405PLYsyHzkkeasZHkgwGfILyP5GLsBaOvQ
AAAEBBzGblRdEYGzYBnrdhCoowFLYhu52DbB1KZ8PKp0gLFsKOMRFTbTjTk8tizIfOSR5q
xkeSDAZ8gvI/kYuwFo69AAAACnRyYXdsLXRlc3QBAgM=
-----END OPENSSH PRIVATE KEY-----
"#;
const SIGNING_KEY: &str = r#"-----BEGIN PGP PRIVATE KEY BLOCK-----

lFgEawrYmxYJKwYBBAHaRw8BAQdA4eSxox7RgAmJMQJrYWw22bexGW3fLfKtRuU/
ZiTAmbkAAQC+SBwMl/PyTzd4GPj8BxO6w9PxpTasrkia5ZWzOWIfehCItCtUcmF3
bCBTZWNvbmQgPHRyYXdsLXNlY29uZEBleGFtcGxlLmludmFsaWQ+iJAEExYIADgW
IQQ624kq5hKLnj5Y01zXYwOnqyA15AUCawrYmwIbAwULCQgHAgYVCgkICwIEFgID
AQIeAQIXgAAKCRDXYwOnqyA15DcrAP9/PGjrNGUqFuSuXiMgFltZDXDSnol/PUiN
Y8FLbY9FYgEA/2fe+N/NriJ2BfjFNAzYQ6NL1Cu+X/uz75RQc9VRIg0=
=otiI
-----END PGP PRIVATE KEY BLOCK-----
"#;
const PPK: &str = r#"PuTTY-User-Key-File-2: ssh-ed25519
Encryption: none
Comment: trawl-test2
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAINUiEI73aIZPuRc6Fmc+oKNMuXeKpSYgrwILgnOo
AbtI
Private-Lines: 1
AAAAIPUfJJVQMGF31QD/IPV8SHToufmAQX39+EpWN2MRfjJb
Private-MAC: 3e6171b5337bda4f0f2431188a9f544981db1691
"#;

#[cfg(test)]
mod tests {
    const NOT_A_TOKEN: &str = "ghp_nPW1qNnJ78yFEvZ3AvNymHdSMv0zUXrGXF8";
    const BAD_CRC: &str = "ghp_vie7026PLVrtAekQcQ1CJeYlpsRTxN36YUTA";
    const WRONG_PREFIX: &str = "ghx_DoqrrCNwKfUICeUI8I0Rbdk3GBsGY13RlDpP";
    const NPM_BAD_CRC: &str = "npm_hdSq8jpVAs8lGMLTLU1oFgFrC5uh6y1K1zZA";
}
