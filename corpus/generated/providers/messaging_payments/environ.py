import os

os.environ.setdefault("DISCORD_TOKEN", "MTY2MTYzOTQyNTI1MTY5ODczNg.TCE_Kg.ryKKpCHpW7ITu68Rs80bKDSQgm89kedvcu6Hlf")
TIMEOUT = 30
os.environ.setdefault("DISCORD_TOKEN", "NDc0Njk3NzY5ODEyMjE5NDQ1.Czu-bg.srMsl3uICJEBwmXBe1uzGiLvDYuAjSEH1qPf3i")
TIMEOUT = 30
os.environ.setdefault("DISCORD_TOKEN", "MjIzNTIzMDk3Nzc4NzgzMDYw.JJg7X.eyQ5FWgbV6_YzXfEBduoc9frT-H")
TIMEOUT = 30
os.environ.setdefault("DISCORD_WEBHOOK_URL", "https://ptb.discord.com/api/webhooks/1534473569673941331/w9KQgWnTjO8R7Zw7pqt8M69eXhFbUIgXk31pk8GpQJf1Ecc1aNTRvn3LwS8eAZbvhaNc")
TIMEOUT = 30
os.environ.setdefault("DISCORD_WEBHOOK_URL", "https://discord.com/api/webhooks/1093256518642007677/Rui9ZPofrea_Pyy3L2E7W4v0QwooWVR48OWmDtPxr0_ODAGpmYTvgWWc-nBhB7okCSqW")
TIMEOUT = 30
os.environ.setdefault("DISCORD_WEBHOOK_URL", "https://discord.com/api/webhooks/<webhook_id>/<webhook_token>")
TIMEOUT = 30
os.environ.setdefault("TELEGRAM_BOT_TOKEN", "3516530300:AAB7zENsXxUKtA_mwhgabqjriJuzttQxLNX")
TIMEOUT = 30
os.environ.setdefault("TELEGRAM_BOT_TOKEN", "3405383955:AA5EPbTmHt3QKz-YrE3W4Ltpl110kKzCzNV")
TIMEOUT = 30
os.environ.setdefault("TEAMS_WEBHOOK_URL", "https://outlook.office.com/webhook/a7f7283d-174c-489c-9eab-531023a01a9d@d7fa95da-f7f9-4eaa-b396-c28b47e40a8d/IncomingWebhook/59add85e8c94667d87513ebcb6f2ea1f/64c8c508-cf65-4eee-8c1a-edcbbb858af6")
TIMEOUT = 30
os.environ.setdefault("TEAMS_WEBHOOK_URL", "https://outlook.office.com/webhook/364e9b16-238c-4135-9a66-b6ff42b07c04@0e45e1fc-b547-43b8-9487-61ec77a44f70/IncomingWebhook/68aab3e4603bc3914e5be2523687269e/d2084f76-db8e-47e1-8b0f-6adc7ade92d1")
TIMEOUT = 30
os.environ.setdefault("TEAMS_WEBHOOK_URL", "https://typoclxehk.webhook.office.com/webhookb2/7c65087e-05b2-47c8-8746-29321ca7ece0@363035c2-efb3-4f92-9628-96b9e4d7dcb5/IncomingWebhook/d2fd2186c7c642487117cb9f59462fd3")
TIMEOUT = 30
os.environ.setdefault("TEAMS_WORKFLOW_URL", "https://default14f54d200c2e15c58d5ba0ae9db7d9.58.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/606aa1eed9638f579807dd9af8297698/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=Mevw3cPdTYwzIkVuWKRp0LzxGECIgADGqkO3XxcJrbE")
TIMEOUT = 30
os.environ.setdefault("TEAMS_WORKFLOW_URL", "https://default27b2ba52095911428d964038d5fb1a.e1.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/ab0a3521ece82b1824664ab0dbde88b8/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=zlDqgdY9aUPWaPb2KxzYNi1uRmc-oajyTCSOtvv_F5A")
TIMEOUT = 30
os.environ.setdefault("TEAMS_WORKFLOW_URL", "https://default39df2457bed56dddedd94f86aeb0d4.8a.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/cd1abfb16f287b8d0f1543b376ff39ab/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=KNZ9Tj7jlWdld5DPJ7TIZVb")
TIMEOUT = 30
os.environ.setdefault("TWILIO_API_SECRET", "S2siH0HvWSBKY0jUNoG4LKWJZzl2hJ1M")
TIMEOUT = 30
os.environ.setdefault("TWILIO_API_SECRET", "4Z8AK2k12dfTjanztd9tLAbDENvaHFpr")
TIMEOUT = 30
os.environ.setdefault("TWILIO_API_KEY", "SK5ce3e4147416908d555f589450355320")
TIMEOUT = 30
os.environ.setdefault("SMS_GATEWAY_AUTH", "SK1c76af3fd24ed82f69c08b21040d1353:oHkkJwOc3uP87qn5vS8kIpwv89esbbXK")
TIMEOUT = 30
os.environ.setdefault("SMS_GATEWAY_AUTH", "SK1061d20961280d3a02bc7ad1d370cf8c:DLudNLbYKfa5fk2Er6wg7bJGGBh5KRYU")
TIMEOUT = 30
os.environ.setdefault("TWILIO_AUTH_TOKEN", "670485db4c463f4108e86891c48c7b96")
TIMEOUT = 30
os.environ.setdefault("TWILIO_AUTH_TOKEN", "327d437945f63cc4084d9329f44413bc")
TIMEOUT = 30
os.environ.setdefault("TWILIO_ACCOUNT_SID", "AC46ba16209e10e925e00c6df96f4ab289")
TIMEOUT = 30
os.environ.setdefault("SMS_GATEWAY_AUTH", "AC77adfbbe1e6c0f72ce0cc7320efdc7fa:9570586f89a0854c8f1c12398501230f")
TIMEOUT = 30
os.environ.setdefault("SMS_GATEWAY_AUTH", "AC993bd0e04f2791160970be96f86505dc:a3167169603604ff73823ef7513ab1d3")
TIMEOUT = 30
os.environ.setdefault("SENDGRID_API_KEY", "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")
TIMEOUT = 30
os.environ.setdefault("SENDGRID_API_KEY", "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")
TIMEOUT = 30
os.environ.setdefault("SENDGRID_API_KEY", "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
TIMEOUT = 30
os.environ.setdefault("MAILGUN_API_KEY", "ef00690a4bbd3a92f2884d6e8459a1c1-ac1aaf84-f5cf7fbe")
TIMEOUT = 30
os.environ.setdefault("MAILGUN_API_KEY", "key-j2vd88q1oonadeeaf874jobwtehi9wjy")
TIMEOUT = 30
os.environ.setdefault("MAILGUN_API_KEY", "key-8lw0ms99nl3gu751fjt2tznbakux5j")
TIMEOUT = 30
os.environ.setdefault("MAILCHIMP_API_KEY", "d1f8305e04263de7c3e3a6c4d78cb0cb-us17")
TIMEOUT = 30
os.environ.setdefault("MAILCHIMP_API_KEY", "9dcd22855200392a0378b824d064013c-us13")
TIMEOUT = 30
os.environ.setdefault("POSTMARK_SERVER_TOKEN", "67828d02-ace4-47c0-9301-3b0a68df5b49")
TIMEOUT = 30
os.environ.setdefault("POSTMARK_SERVER_TOKEN", "7360b8ba-7daf-41bf-b5aa-395682977435")
TIMEOUT = 30
os.environ.setdefault("checksum", "5c6c0225-ae1f-4eb0-badd-bdf28f65709a")
TIMEOUT = 30
os.environ.setdefault("SHOPIFY_ACCESS_TOKEN", "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")
TIMEOUT = 30
os.environ.setdefault("SHOPIFY_ACCESS_TOKEN", "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")
TIMEOUT = 30
os.environ.setdefault("SHOPIFY_ACCESS_TOKEN", "shpxy_f7d153d4890e6953ae5c05f52932127a")
TIMEOUT = 30
os.environ.setdefault("shopifyAppSecret", "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")
TIMEOUT = 30
os.environ.setdefault("shopifyAppSecret", "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")
TIMEOUT = 30
os.environ.setdefault("shopifyAppSecret", "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")
TIMEOUT = 30
os.environ.setdefault("SQUARE_ACCESS_TOKEN", "EAAAZ85YsrwW3FnXhZaW4o7-Yc2gloNjpo_Zvxfw8IlbcfZksJvbrWZoLV1dFhFq")
TIMEOUT = 30
os.environ.setdefault("SQUARE_ACCESS_TOKEN", "EAAAN-SSxNsgVCczoegw3AWETIfmZ5FCE8A-PHaR9XueU1r4QxyZ59un-4-khOKc")
TIMEOUT = 30
os.environ.setdefault("squareAppSecret", "sq0csp-OCPLWgx0J9cLLr8zGROGVlrU6iDmp8LM4f98zcSiWi2")
TIMEOUT = 30
os.environ.setdefault("squareAppSecret", "sq0csp-8RmObouunMkopgrO4WcwJG41VhBKyDJpPO7X48ZE-9A")
TIMEOUT = 30
os.environ.setdefault("squareAppSecret", "sandbox-sq0csb-vlWfyAU1IHaqZ9SWSn27wpmWxaQi8qFV4L9WCmjffig")
TIMEOUT = 30
os.environ.setdefault("paypalAccessToken", "access_token$production$rs7i9pvqk5zia42m$4d2c5d5dadc7acb4e2be32aaa471a4d3")
TIMEOUT = 30
os.environ.setdefault("paypalAccessToken", "access_token$production$xtuumkxokn2nwzlc$9559193bf53bf951a17e0fdf1bf1fef1")
TIMEOUT = 30
os.environ.setdefault("paypalAccessToken", "access_token$production$7tcnwc2ovcaky5ho$df80f16c1b8b35682614a9fb72c755")
TIMEOUT = 30
os.environ.setdefault("paypalToken", "A21AAjzU5LwlCAiixu-N4D5_1hKTo0qGcWmHFhQqkTykFAsnSWlxGX_iUrxsIKqR4pFgRzeUHYnRYOQNkBjmpPOrsfgCi8QUo")
TIMEOUT = 30
os.environ.setdefault("paypalToken", "A21AAz2sJNc4rIP0BWPyNtZhr3JIwfi6n7OQ-JvJXJ5rDY_0pwPGtMs4nVIWs0Ki0QTeq1CfZaPoROR23njx2IhtCJS4tw8-Q")
TIMEOUT = 30
os.environ.setdefault("paypalToken", "A21AAxxxxxxxxxxxxxxxxxxxxxx")
TIMEOUT = 30
os.environ.setdefault("adyenXApiKey", "AQEXy7FV8/ZuOAtakVGpp0vI9KgxkBZ74Egbm7ZdC1mivOVcu8VikG3mCzJQWKuChX3OWvvHEV2pT+ke/MHAK3V88E+ZlU==-Gv3OgGSrGjTSnythjYFQ+m6Pyvr40aYGda9Vl4X+gZI=-#Ya[s*HC8*7[M=)~")
TIMEOUT = 30
os.environ.setdefault("adyenXApiKey", "AQEzznP9wZscWtmZGSFp4mWIaB4DhlruJgwJr558oxcvfI3UB7+5ESSaOTLKgZqkmnLxdyJ6UMKbFKjpzuK00DqhIcrhaM==-mgvP/ZjtzFoYA/QBrWFSHH2fgkH391emxOCy0dWz8Ko=-RfS+S_umLC1mr?=M")
TIMEOUT = 30
os.environ.setdefault("PLAID_SECRET", "52632f162eab786d8f98e15c492b36")
TIMEOUT = 30
os.environ.setdefault("PLAID_SECRET", "6323a1f1d004701a7bf5e3a0409d19")
TIMEOUT = 30
os.environ.setdefault("checksum", "56129b67563af5f2f5350ff58eace4")
TIMEOUT = 30
os.environ.setdefault("processorToken", "access-production-889c72a6-9261-408c-a050-87d748a8204a")
TIMEOUT = 30
os.environ.setdefault("processorToken", "access-production-e6692788-6efa-42b6-b0b8-2e0d5799c4c0")
TIMEOUT = 30
os.environ.setdefault("processorToken", "public-production-88bd0e7e-a8fa-4c67-b3aa-a318919e06f5")
TIMEOUT = 30
os.environ.setdefault("webhookSigningSecret", "whsec_8b663cad26bd4b89b11485f53dc6b98b4b3ca4b33b6271b2db44dc65fd673340")
TIMEOUT = 30
os.environ.setdefault("webhookSigningSecret", "whsec_259eac39465a406a2225219b726f36129abb3ba1214529fb1f59279444bd9f98")
TIMEOUT = 30
os.environ.setdefault("webhookSigningSecret", "sk_test_2xYnIVh89vdQqyYrUZb0wX07")
TIMEOUT = 30
