SERVICE_ACCOUNT_INFO = {
    "type": "service_account",
    "project_id": "acme-analytics",
    "private_key_id": "75e8bced01740ad4484000e654b27a6dccf7c8b1",
    "private_key": "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgxd/epKj2NVyR4TQD\n3dlgg2tuLNspd7cdDtEFVGXIYBqhRANCAAQlTTbsOo14Yu6aQab1G5HUERdLz9G1\nA45bv0kbFWd0y+qgDMGwqPArvFHkXc0ygIoKClhuhcsCCYoQCEAopXBm\n-----END PRIVATE KEY-----\n",
    "client_email": "bq-loader@acme-analytics.iam.gserviceaccount.com",
    "client_id": "304566823463529368762",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40acme-analytics.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com"
}
credentials = service_account.Credentials.from_service_account_info(SERVICE_ACCOUNT_INFO)
