import os

os.environ.setdefault("DIGITALOCEAN_TOKEN", "dop_v1_42a1df3e900ec8fa7bb7f83bcc048d4fc87cf075c9f15b0b819ad0b668d50191")
TIMEOUT = 30
os.environ.setdefault("DIGITALOCEAN_TOKEN", "dop_v1_a43c5ffa8508a0a317af7cc1a15f234700aecf2701782913dd4f39d926fee7c6")
TIMEOUT = 30
os.environ.setdefault("DIGITALOCEAN_TOKEN", "dop_v2_d75225db03f2d7fdb3c48562f14f7797b0bce1026d3b114eae7141491c6b4822")
TIMEOUT = 30
os.environ.setdefault("digitaloceanAccessToken", "doo_v1_febb9b36fce49f3a86f1f14beddf46d3d84d0fea635c10488c98224f878808b7")
TIMEOUT = 30
os.environ.setdefault("digitaloceanAccessToken", "doo_v1_2159c12d20dbc6529b65273b962457054501fb8c879c6412b6518d065f971c22")
TIMEOUT = 30
os.environ.setdefault("digitaloceanAccessToken", "doo-v1-6aa7d844fecc0fd1f0bcefb246bbce6c55da82ec08e4d3bb5c22d0896d72929d")
TIMEOUT = 30
os.environ.setdefault("digitaloceanRefreshToken", "dor_v1_dd310cac0c26f50498a106ab51550a5100bd539e98dd0f50908e56d3b316384f")
TIMEOUT = 30
os.environ.setdefault("digitaloceanRefreshToken", "dor_v1_32ec3d461b553ed4e800d6aa856d0d5289769b5ccf21b5e97941748fad61600b")
TIMEOUT = 30
os.environ.setdefault("LINODE_TOKEN", "2b954283ae9adab22cbce7d9f17c1a9614b42c1d33cb5e2c02d744d1dbd9da0e")
TIMEOUT = 30
os.environ.setdefault("LINODE_TOKEN", "7f4df2e6ca9c189b7d164dd35f21fbb0376449caeafa0e984417a17b2fa6b92c")
TIMEOUT = 30
os.environ.setdefault("checksum", "b58a3b32b962c4462d9c85c7c94e11a195666474a61feb626e9edf31b7dfa7cc")
TIMEOUT = 30
os.environ.setdefault("SCW_SECRET_KEY", "312dd50b-fa05-4cd7-b3bf-bdaeb4c9a9bb")
TIMEOUT = 30
os.environ.setdefault("SCW_SECRET_KEY", "5b173906-d6c5-4dc5-b934-5398befd9151")
TIMEOUT = 30
os.environ.setdefault("checksum", "54fda4b3-3c1e-49e8-9bc4-7fd156003578")
TIMEOUT = 30
os.environ.setdefault("HCLOUD_TOKEN", "Vf7myFavcZr8fo1QJhAtTMXQATiuA1mXogVS7aB50cSYo6UcL4QTFP9gH1Nqvu4y")
TIMEOUT = 30
os.environ.setdefault("HCLOUD_TOKEN", "N11th1CFt6fUbxCAWdeJoNwTqEaADyeqA8x5POX3hy6p8A4QVKiYadxHvCGktNJ6")
TIMEOUT = 30
os.environ.setdefault("checksum", "x2ZSY2tJrIocnO1OcEWakQRicsWNJIhaZViWSUiz2sxhIEfdor2VohiNojO1XZQ0")
TIMEOUT = 30
os.environ.setdefault("CLOUDFLARE_API_TOKEN", "cfut_sHI6X5cAC7Fk5rBGisS1wyucFUbqvEAJN3tYAX0Vf590e1d6")
TIMEOUT = 30
os.environ.setdefault("CLOUDFLARE_API_TOKEN", "cfat_CFmbiHvfi6KD8ZzEq0XhvuE04N1atCYcCKjoA4OX93c4bd5c")
TIMEOUT = 30
os.environ.setdefault("CLOUDFLARE_API_TOKEN", "cfut_5oGmen3Qxp6m3S7Lv8q00vxAfHW1GbV5awqpJWrk8bdb247b")
TIMEOUT = 30
os.environ.setdefault("CLOUDFLARE_API_KEY", "cfk_TPN0VQyKrbw8ZbDNkejDljPFVslJepyhmQH9iOn6350fd662")
TIMEOUT = 30
os.environ.setdefault("CLOUDFLARE_API_KEY", "cfk_5esTAHNwdM9C76Uo211AkrPsBffWoqVfdSRJRv6z2d102e3b")
TIMEOUT = 30
os.environ.setdefault("CLOUDFLARE_API_KEY", "cfk_qqYGVCz0m1tsAqTPXpico5NrV7ZqrVpEr6zqRMtH0ba0c106")
TIMEOUT = 30
os.environ.setdefault("CLOUDFLARE_API_KEY", "Yjx1ne47qr5Zwjc1E4qbIAwfKQJqBQONRR_rqPyh")
TIMEOUT = 30
os.environ.setdefault("CLOUDFLARE_API_KEY", "aa159274b7ff9578280f4d5fb1ccea9f9af80")
TIMEOUT = 30
os.environ.setdefault("CLOUDFLARE_API_KEY", "4b33909eee8a5a1079cf414ba6a2269dd84c")
TIMEOUT = 30
os.environ.setdefault("cloudflareOriginCaKey", "v1.0-0274755d0efe59a772f22710-0a54745f6f81c1933e27d6d18972e98ce73e72e61174b4a17fe6aaa3e4af4b3d61920387bb2cb32909a621103a20f8b9f2b0f394f183bb9f9613ab4e15f365ad57452add710942044c")
TIMEOUT = 30
os.environ.setdefault("cloudflareOriginCaKey", "v1.0-aadce971b33fb61e239e2080-e31901c282db7c10df7d9081f690ed92fdc21e8b746cc3b4c71847b274e9efe9f4649a7b8f6faa4de6460dfb4557820783bad545b370ffd7ef69e9b73863690d9049d75632b06609a3")
TIMEOUT = 30
os.environ.setdefault("cloudflareOriginCaKey", "v1.0-f3bc74ca0beb45ab19e936f1")
TIMEOUT = 30
os.environ.setdefault("FASTLY_API_TOKEN", "ZHwzGPyeSFT9GK71uyzw9DHdhYItVGoD")
TIMEOUT = 30
os.environ.setdefault("FASTLY_API_TOKEN", "P_HHXuav6Qq5AhJXut9vTRItM7bM3KJ4")
TIMEOUT = 30
os.environ.setdefault("FASTLY_SERVICE_ID", "JC0xkXSqpIQ0Q2Gd94gspj")
TIMEOUT = 30
os.environ.setdefault("VERCEL_TOKEN", "vcp_T6HbOw1FOfhyJuDDkZ2ZNoD2Sr2fUi_5BC57U1pPKw_d4m8qgywZm2z9")
TIMEOUT = 30
os.environ.setdefault("VERCEL_TOKEN", "vca_5Ozyxr_5OdZVkNbR7xDeM0E5oocFyxvc8f1GcIJIm8B7Bzft5ckt8hsK")
TIMEOUT = 30
os.environ.setdefault("VERCEL_TOKEN", "vcp_xxx")
TIMEOUT = 30
os.environ.setdefault("netlifyAccessToken", "nfb_mC0znqevJ28-eSVlBk-WlIDlPLKHxlTM0ovM")
TIMEOUT = 30
os.environ.setdefault("netlifyAccessToken", "nfo_ewJABBkji6kfGuW1R2BfeUS_vN_sg36__pmO")
TIMEOUT = 30
os.environ.setdefault("netlifyAccessToken", "nfx_uoLAfEQdxKqYpHTOyaLgEOs7aVV8HqrQgGej")
TIMEOUT = 30
os.environ.setdefault("FLY_ACCESS_TOKEN", "fm2_lJPEbaOllcdYe8jq28cnRuWYSEeRUxAwDQnZkyU5FSyPhuxXaA+weBhnCWrpLslSejfb/EyZSB9t5Uoqn6kUJG7BZPKmC8HGMNwb8DsyhJnCwYWLOIsIQLNSE+L8Hska1eFknxLo7p3YPrxp4LpRorRDSvnYHFF8Hy2vwLLUNRP91jOql6Nz1XobYZWEgwBLP91Yh6ZQZiWXbSMErLCvqMkPQmcGkiH8xIUIivQeWrfNweKKzdyPrZp24lBbzPGtZOooZlIpukVJc1Udq81TwUTTaTS/npXBHxnpSx7gsDZuPcrXW5dcTvOtsMJI2iDRA/KSSMUbPFty0Mqo4jZPEh59yHwiMKzUaBIUp/zr0e50R0mQbbMLtetBn2+nNnhMubTMrxB5ZHuqm+uKV3o=")
TIMEOUT = 30
os.environ.setdefault("FLY_ACCESS_TOKEN", "fm2_lJPE0kC3lTWKwl99YlahCqSU67wVh7lIfhy3ucjUAoI/ynvRJ7cYN3Kvget3449Dv3J/SyF+LMPYyEArImyp478nyiY2L+T4g9TCwhcSzrLBG5+BHZ5gxmv720Dbxx92ZeSbEfOX3OdI/tZ24ivYuUKMfr/W2L6R09+g8fNfZ313RHq96iSShf2kFTKmgnaCEa7/e5YCfcXZlj7IvujPmBDjqaLkKhtbw+F7Qeuv87HCxLIx7ZzsbQWw+pZ23SgZNCu04HO9VfLA/zxH8HiT0thbjIOLAcEU6w+/pmmHuhLQnDwIS+6kagcUpjEnsOXTn0wBZLdFFleB+EfkevynwDjDtOqidhzYIWynco0kkhPwFpg3L1iP4dTqxWk73dUjn1SwBgNqCmh3vnJLkidBTmr9znvaJc6Tt8uPNx/LMWJSYu0mmEXS")
TIMEOUT = 30
os.environ.setdefault("FLY_ACCESS_TOKEN", "fo1_K3iM2LTkk9P2zi79m3hcoaByZgeYMV8cCJgCT9URWyp")
TIMEOUT = 30
os.environ.setdefault("FLY_ACCESS_TOKEN", "fo1_BO8n_BnlaykY2OmPZPhDQ4mRX7r0k2sEAjz3upEFEJ-")
TIMEOUT = 30
os.environ.setdefault("checksum", "fo1_X6ZPAh4tGDcr176-4A45ps2ekyOq80eXBVVeRW4QGpb")
TIMEOUT = 30
os.environ.setdefault("render_api_key", "rnd_FS7AR6lj3jftSKiHvEFJ9V4HdAUJQ1EH")
TIMEOUT = 30
os.environ.setdefault("render_api_key", "rnd_JvePBU8k1ToVqiYGh8C0L0RdJpg")
TIMEOUT = 30
os.environ.setdefault("render_api_key", "rnd_L1ZX6rnbVf3q")
TIMEOUT = 30
os.environ.setdefault("HEROKU_OAUTH_TOKEN", "HRKU-AAo1Ao7nJJF_SlaBfMUngAvla1IeqhHf5h_7U0mMNLR5i9-44bR5HfJh2ZXY")
TIMEOUT = 30
os.environ.setdefault("HEROKU_OAUTH_TOKEN", "HRKU-AAfrYzXavVQJNVwJPzipJhE_exOxWdkbYdoDek8blPEjH6qaCsqbzXfVGsGD")
TIMEOUT = 30
os.environ.setdefault("HEROKU_OAUTH_TOKEN", "HRKU-AA4saZX....")
TIMEOUT = 30
os.environ.setdefault("HEROKU_API_KEY", "0fe5ee32-471f-4268-a8c4-c13c2af3d30a")
TIMEOUT = 30
os.environ.setdefault("HEROKU_API_KEY", "22e171f0-39d5-4688-8a49-eb5f62e0b21f")
TIMEOUT = 30
os.environ.setdefault("HEROKU_API_KEY", "00000000-0000-0000-0000-000000000000")
TIMEOUT = 30
os.environ.setdefault("supabaseAccessToken", "sbp_decd4a2fabca324fc93af01a8f9a26a3eaef78bc")
TIMEOUT = 30
os.environ.setdefault("supabaseAccessToken", "sbp_882f7f7436118cf2a8fcf627a81bfcc2b2fdf7ad")
TIMEOUT = 30
os.environ.setdefault("supabaseKey", "sb_secret_PM_fswzJYInbn0Z2pN6pzl_2FoWURVR")
TIMEOUT = 30
os.environ.setdefault("supabaseKey", "sb_secret_il2UbfMSz5Q2YpdS7kzqiS_Hmx2Ii3o")
TIMEOUT = 30
os.environ.setdefault("supabaseKey", "sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz")
TIMEOUT = 30
os.environ.setdefault("supabaseServiceRoleKey", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImFxa3Nla3NsbnZlcGhlc3lhcndnIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTY1NjcyNzE4MywiZXhwIjoxOTcyMDg3MTgzfQ.Uqg8qOKZXVCFeRVs6KnX1zS9ika7c6x1OW-IoUjpXLg")
TIMEOUT = 30
os.environ.setdefault("supabaseServiceRoleKey", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImdsYXNhbHhydGhndHVpcm1samdnIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTY4ODcyMTU2NiwiZXhwIjoyMDA0MDgxNTY2fQ.UMtGhPV6lje-XxYhogyZDs2evmyM2kFNBrN0GWcDmTw")
TIMEOUT = 30
os.environ.setdefault("supabaseServiceRoleKey", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Im1mZXB4YXBocmh6d2l6eG5iZXZsIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTY2MTg3OTUyNywiZXhwIjoxOTc3MjM5NTI3fQ")
TIMEOUT = 30
os.environ.setdefault("planetscaleServiceToken", "pscale_tkn_nZ1zG7mo0enynOXcwRKDTqv4s8a5oi7x3muBZ5TnDl9")
TIMEOUT = 30
os.environ.setdefault("planetscaleServiceToken", "pscale_tkn_tokACpgWM6PCKXffLR4bQUnHbQYGnfhtxWx51ECxdg1")
TIMEOUT = 30
os.environ.setdefault("planetscaleServiceToken", "pscale_tkn_qnpvuoqbnkzltihemdjdpjvqvldploiezigwflyhtps")
TIMEOUT = 30
os.environ.setdefault("password", "pscale_pw_Yn7We1mYZ5BOs1mYllLLNEdcTjzZgagqATKCsRZQjyS")
TIMEOUT = 30
os.environ.setdefault("password", "pscale_pw_lRBuwDPgKk9LmaoC4Jzmgcf4sbgFyVXBAPXW2AyJ9GB")
TIMEOUT = 30
os.environ.setdefault("password", "pscale_pw_***")
TIMEOUT = 30
os.environ.setdefault("planetscaleOauthToken", "pscale_oauth_fGAg3MvMnhukR1rHtIRYou3isdxZFGKpW8oCQicxoLz")
TIMEOUT = 30
os.environ.setdefault("planetscaleOauthToken", "pscale_oauth_rZox5g33Ddj0O98uFlR4fAD71W9YgLkNRsJMGa8KBXI")
TIMEOUT = 30
os.environ.setdefault("NEON_TOKEN", "napi_6i0ljakvu3vq9zjg8kae2uizdj940y8o5nftpuro2fponzm14halxnl6f6g0")
TIMEOUT = 30
os.environ.setdefault("NEON_TOKEN", "napi_3szltlggwgf8n5v2tm5poj2pzyg0ftmfqp86bhqhapz65jics4ve2kvmn85q")
TIMEOUT = 30
os.environ.setdefault("checksum", "napi_kwtgi6otsgnqduxqe0f15rt7pt6it0mu0vk3zamyevgycove1bsan4a026j1")
TIMEOUT = 30
os.environ.setdefault("atlasClientSecret", "mdb_sa_sk_5HzVg1K-6PAJv0AhD_vGEEQyGnLcfiZ2GdKseLaI")
TIMEOUT = 30
os.environ.setdefault("atlasClientSecret", "mdb_sa_sk_fozUfSnlU1dCwSOX2lwBCPF-vUTK0JZ7YRzktslr")
TIMEOUT = 30
os.environ.setdefault("atlasClientSecret", "mdb_sa_sk_Z5R1iftk4_dyo9z1lrngzH1nSC3uliCrpOf9p-5Ia")
TIMEOUT = 30
os.environ.setdefault("MONGODB_ATLAS_PRIVATE_API_KEY", "17b5f3b9-6356-4a49-aac3-d5c7d0ef2812")
TIMEOUT = 30
os.environ.setdefault("MONGODB_ATLAS_PRIVATE_API_KEY", "6543c5ba-d8dc-46ff-9c82-5c1942efa357")
TIMEOUT = 30
os.environ.setdefault("MONGODB_ATLAS_PUBLIC_API_KEY", "itwjhije")
TIMEOUT = 30
os.environ.setdefault("DATABRICKS_TOKEN", "dapi30cf2353adb7de48a4431c1cb9762b92-2")
TIMEOUT = 30
os.environ.setdefault("DATABRICKS_TOKEN", "dapife3b1b4888c426a55d32796152c6381e-2")
TIMEOUT = 30
