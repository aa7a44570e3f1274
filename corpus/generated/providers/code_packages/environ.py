import os

os.environ.setdefault("githubClientSecret", "b869a086aa14c5e81046d59fdc7b06184c898b1e")
TIMEOUT = 30
os.environ.setdefault("GITHUB_CLIENT_SECRET", "dab528d425b6e26ccd2cb33d909acf5823e5a896")
TIMEOUT = 30
os.environ.setdefault("github_client_secret", "EC3BD20C6F32F5C406C5EAE416E0FA2FA16AE290")
TIMEOUT = 30
os.environ.setdefault("BITBUCKET_APP_PASSWORD", "ATBBLuzhL1RVnX70m1cTZjudEIboSHvmHIr8")
TIMEOUT = 30
os.environ.setdefault("BITBUCKET_APP_PASSWORD", "ATBB7QGQIsVCuevhuTIo4Y98hq2SeiGzQt5O")
TIMEOUT = 30
os.environ.setdefault("BITBUCKET_APP_PASSWORD", "atbbLaI9XXSQgD5OYLU2DxQlEgpSoPTrxqyb")
TIMEOUT = 30
os.environ.setdefault("BITBUCKET_ACCESS_TOKEN", "ATCTT3xFfGN0XxlubhX3SzRe7Mu_Io3LpbrYPJYmdiPSeHMXL93ScJSAzexZ4OP46zesYUeArVqEu61gevxvcxrlrHP0PozaajFgxKB3YkJop9TFyWq09mi_YsXsVeC3muGmQA7ENXEQAa9yVcMB42fL9S4N9sAVgOUh_Ao3I6eX0AmfHRRZt8h=A81B9488")
TIMEOUT = 30
os.environ.setdefault("BITBUCKET_ACCESS_TOKEN", "ATCTT3xFfGN03Vsi6SGTRQbGFVz70jDMW8zA-w8cP7mWSoVOy6AYiTA7p8oPn4_ebNOvb8C-O-2m4g94VTuxE-zB0D9zQDVlGV9yOP9wjpDwOs5kFW4XshVwfoYOQpdMG5I3SZHT2KsHH1pxIvpOR0QCIhY9fUeDPFKFT1emDRiJNIZN-oK5gtU=9E926076")
TIMEOUT = 30
os.environ.setdefault("ATLASSIAN_API_TOKEN", "ATATT3xFfGF0LK1ZE9MRWq6aJNpRPtaJVVwTam6PEIZnFsGhIqzC2POCvf3hAdxzN8Z2NG10HV5jqkPQG56DpGu6hHlAW1LxjzPrG-pbphOdtmePwKO69Z9tNRA462I04tMXK0TRC4gvEdqYMJJ3-7Z8SvvG0M37l9Z9WPu3w5e0HOgVLrKQ0Or=15D6CB99")
TIMEOUT = 30
os.environ.setdefault("ATLASSIAN_API_TOKEN", "ATATT3xFfGF0BUMrs6dNfovzXQcNn_B46x_BukCCt4b2UxAGgJ7j1qtk8WEPCoq3Lc5ERPlp1rEFHybo10q0lDo2vEtZzOhmrVrRoa5kQYZInB4JuBgqX9jfmZVJ2RD7cMJKqoDSNasoQFc5knSClgHiE0OxI1ouTm5U4H-s3cQ1XAYZQAM1DKW=03150611")
TIMEOUT = 30
os.environ.setdefault("ATLASSIAN_API_TOKEN", "ATATT3xFfGF0KTmM5tdX56QWosufK-ho4yLLoHq2z5BBdAPqM0mkK9UyGeIyEStqlN9GBkG9M9w8Fw0Hy3cFgvCI3V6JGDnK8I9AYH4IIGfNKghdwPfij7Nx_qNUB-Sy27KwHSWmKiY9qxsl9droe5ga4FZgSrw2H1GdayyZZgf6HZ0BW2G30E9=F6404F60")
TIMEOUT = 30
os.environ.setdefault("PYPI_API_TOKEN", "pypi-AgEIcHlwaS5vcmcCJDQ3YWJkNDQ3LWRmZWQtNGMzNC04N2M4LTVkOTU4ZTcyNmMwYgACO3sidmVyc2lvbiI6IDEsICJwZXJtaXNzaW9ucyI6IHsicHJvamVjdHMiOiBbImt5eWpsYXdneGkiXX19AAAGIDudAE0DhROMC3J8OrlDpAnE1wiTWhrpaFzwCB5oLIjY")
TIMEOUT = 30
os.environ.setdefault("PYPI_API_TOKEN", "pypi-AgEIcHlwaS5vcmcCJGUxNjA0OWM2LTE1NzItNDcwOS1hZDc2LWNkYjAzZjhiMWUwNwACNXsidmVyc2lvbiI6IDEsICJwZXJtaXNzaW9ucyI6IHsicHJvamVjdHMiOiBbIm1sZmoiXX19AAAGIAuuoeql-pwH1P7oTfBbCwuY3EUWANqTmbZD6_JbCrNJ")
TIMEOUT = 30
os.environ.setdefault("PYPI_API_TOKEN", "pypi-AgEIcHlwaS5vcmcJ8GT3kcr_NvIP4tKiv7B6h84bi4NSOYhK1BrtWwZ")
TIMEOUT = 30
os.environ.setdefault("TWINE_PASSWORD", "pypi-AgENdGVzdC5weXBpLm9yZwIkNDYwMDU1NzAtN2U2Yy00YmM0LTk5YzMtY2U0OGMwOGM5MzQ3AAI4eyJ2ZXJzaW9uIjogMSwgInBlcm1pc3Npb25zIjogeyJwcm9qZWN0cyI6IFsiemRpeGV3cyJdfX0AAAYgGFj86efERvPOI-_iaYYQhR8y27Enm1c46JMAbdzuoiA")
TIMEOUT = 30
os.environ.setdefault("TWINE_PASSWORD", "pypi-AgENdGVzdC5weXBpLm9yZwIkNGQ1ZmUxNTYtZDE0ZS00MDY0LTgyYzYtYjg2NDFkMjAyOWJjAAI7eyJ2ZXJzaW9uIjogMSwgInBlcm1pc3Npb25zIjogeyJwcm9qZWN0cyI6IFsia2Nhd2NobXZ0YyJdfX0AAAYg7lxqfoqRAl7U5LJqpxUJecLGEmgxcAeZ1Hr63dK8VyU")
TIMEOUT = 30
os.environ.setdefault("GEM_HOST_API_KEY", "rubygems_bd5483a8df45aff4677f9ac2d5a30b98026c0264a56ecdb8")
TIMEOUT = 30
os.environ.setdefault("GEM_HOST_API_KEY", "rubygems_1138dd4230a2ce095f9b0c2f863ec1e4a1f5eece065f8200")
TIMEOUT = 30
os.environ.setdefault("GEM_HOST_API_KEY", "rubygems_9B23011191806539FF0B751F0769C3AF6566EE842E4CF2FE")
TIMEOUT = 30
os.environ.setdefault("NUGET_API_KEY", "oy2p2kwidibzhgauliaqzkrttup5d3v3fu7upftqchsir4")
TIMEOUT = 30
os.environ.setdefault("NUGET_API_KEY", "oy2bhhbsqqdu32gideuarn7hukqkza4djzztfidyi4bhr4")
TIMEOUT = 30
os.environ.setdefault("NUGET_API_KEY", "oy2j62h6njclnpa5v7taapplmyxfhuxb5ocn5rhttcva7b")
TIMEOUT = 30
os.environ.setdefault("DOCKERHUB_TOKEN", "dckr_pat_nwmo1asT3FJ5dEm2LZT6VKdrcQx")
TIMEOUT = 30
os.environ.setdefault("DOCKERHUB_TOKEN", "dckr_pat_IFZ4uBA0gWic6XKQPbLUXxqZTZ5")
TIMEOUT = 30
os.environ.setdefault("DOCKERHUB_TOKEN", "dckr_xyz_essekFE10q6MWe4sO3nkrDInOw2")
TIMEOUT = 30
os.environ.setdefault("DOCKER_API_TOKEN_CLOUD", "dckr_oat_dFvEfN3YFuvDS_2ELFoPwuK1eg4HIAw4")
TIMEOUT = 30
os.environ.setdefault("DOCKER_API_TOKEN_CLOUD", "dckr_oat_Zs5m97c85wL4S89u-GSG-AwtBXftRnwg")
TIMEOUT = 30
os.environ.setdefault("JFROG_ACCESS_TOKEN", "cmVmdGtuOjAxOjkdTJ5Zn4kO3KfAPRe5ejoXkWuNNJ4VktkZCA4cJ4Bjjvrfg29e")
TIMEOUT = 30
os.environ.setdefault("JFROG_ACCESS_TOKEN", "cmVmdGtuOjAxOjw580jvU74CMxxWUtZModDu1xpl27IobXjungcm09r44F2YOjbL")
TIMEOUT = 30
os.environ.setdefault("JFROG_ACCESS_TOKEN", "cmVmdGtuOjAxOj5Xw1mUCFXZ9kLuO4zEQHUQxLb3Ou65E9sFtt54JBzfYK7EWW4Sa")
TIMEOUT = 30
os.environ.setdefault("artifactoryApiKey", "AKCp9McjIqltgLpqsXGkNn6lTghCJ1N3mMTO6XJExytgNv6LN8tJI47KuSxBoKRO3AwTRYpRH")
TIMEOUT = 30
os.environ.setdefault("artifactoryApiKey", "AKCp4klpSkmIYGw4vW2SnaozWakh2QaOEh86hPytc9nMoRBTAH9QDXiGoctU8h0f8UTjnuhhH")
TIMEOUT = 30
os.environ.setdefault("artifactoryApiKey", "AKCpxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
TIMEOUT = 30
os.environ.setdefault("TFE_TOKEN", "avSPKbNY4au5RI.atlasv1.kwLONAvyG5UuPDD30eGqoKxNdN6oXcSrcDKmALhr4aMuN39mOpeiPA3HGaQjVDcKo8k")
TIMEOUT = 30
os.environ.setdefault("TFE_TOKEN", "ZCAPYEdH2bwCpk.atlasv1.GZ1rnmVQGypKRngUs6odl6qgxzHJ4pvWlXYsdisqZpcoUKjsIGzcJeT1JJYLLVJphMl")
TIMEOUT = 30
os.environ.setdefault("VAULT_TOKEN", "hvs.CAESIdS0L-v60Ev5IZBvIBzq-IqhD2XvctMuDl4xz9KMrAr-jVHLiKN_EygK88c7PE7M4Qqfl3lcKVnN44Zp8wAysPs")
TIMEOUT = 30
os.environ.setdefault("VAULT_TOKEN", "hvs.CDZWowVl2tpEy76PNrFtE2d2")
TIMEOUT = 30
os.environ.setdefault("VAULT_TOKEN", "hvs.AQMwjuuR5sGAZM0vsnMa")
TIMEOUT = 30
os.environ.setdefault("X-Vault-Token", "hvb.AAAAAQyFI2ye9FvE5tD_qXWCxm9kCmEawdCOb-D3b6JAM0p_8WpzsgmBzahBingKy4-MsQ6r7uEDky6Xs12SmpgLlgVHJ22Mhw6291mDvzlQdOV4_J62pfUkvjG278af0g3yrHi0")
TIMEOUT = 30
os.environ.setdefault("X-Vault-Token", "hvb.AAAAAQIrJn69xUmNZosrkDHFSFd-0mHA9uPI3Z89F71mmQygg_WOinfJzKZaPEhXLJWEfHDIoS0Hu32FvjGK_j_gQXyQfu4KnXzQBM05ouiTJBP53y2HfypZO8SWACkSqYysajUs")
TIMEOUT = 30
os.environ.setdefault("VAULT_TOKEN", "hvr.4S3ddGR8RPUzmL1QizQkYrfX")
TIMEOUT = 30
os.environ.setdefault("VAULT_TOKEN", "hvr.EDccj9UIddww3fArgBhGDyRh")
TIMEOUT = 30
os.environ.setdefault("VAULT_TOKEN", "hvr.jX2eXthE2wdqzhqkax8q")
TIMEOUT = 30
os.environ.setdefault("VaultToken", "s.FrU4jvWotxe6EMkJBUXscYio")
TIMEOUT = 30
os.environ.setdefault("VaultToken", "s.UAcgGaOjaFYunxOekA71vcLB")
TIMEOUT = 30
os.environ.setdefault("pulumiAccessToken", "pul-d6c6e8e9343361689c61f9be7985448f7de72767")
TIMEOUT = 30
os.environ.setdefault("pulumiAccessToken", "pul-22a512174bfea5f3d9092bcee10a63feb457a0e8")
TIMEOUT = 30
os.environ.setdefault("checksum", "pul-c09adf94b3028e3d1f64a6ae2668c301ce31ce2f")
TIMEOUT = 30
os.environ.setdefault("DopplerToken", "dp.pt.uRudgDl83TxltMDvJbAReBmBXAWMTfVwKko8ZO1Gv")
TIMEOUT = 30
os.environ.setdefault("DopplerToken", "dp.pt.wGKlJlzVziYBVlhcD8OYMczL6dKdRf4YWyAYcOlNFzlX")
TIMEOUT = 30
os.environ.setdefault("DopplerToken", "dp.pt.E4hBUOTLbeAHY72kYT1ePaHotGXabHAI18dMnFI")
TIMEOUT = 30
os.environ.setdefault("DOPPLER_TOKEN", "dp.ct.nUHT5o5FCw0azr2obu9YMwrs3nC7GWGPCpGPLAKJW3xU")
TIMEOUT = 30
os.environ.setdefault("DOPPLER_TOKEN", "dp.ct.ja2jRjMiP76JbmA1IrL42SVuf1bMNNTiLGXGvKMz6K")
TIMEOUT = 30
os.environ.setdefault("dopplerToken", "dp.st.prd.1K7Xo0Xc9VB5q1RQvvdoc2RXwEpqF9u9XeVRiE7P6db")
TIMEOUT = 30
os.environ.setdefault("dopplerToken", "dp.st.stg.C2m5vm4VhMHqSMa4uXd2fTv4KfARmwGqqOWT6IrAxno")
TIMEOUT = 30
os.environ.setdefault("dopplerToken", "dp.st.dev.XXXX")
TIMEOUT = 30
os.environ.setdefault("DOPPLER_TOKEN", "dp.sa.e7wFxmKgrYZJL6DNMHI9X2GyTTtJcO2cZ7E05HWO87")
TIMEOUT = 30
os.environ.setdefault("DOPPLER_TOKEN", "dp.sa.oL0HeZTomRF2Zv9odFWpPzrPjF4ZgDRFfiHEeDPqzLME")
TIMEOUT = 30
os.environ.setdefault("DOPPLER_TOKEN", "dp.said.t2gMVRinQhunFc5n5tq7ZkazvKGyDxiVGPWssaro")
TIMEOUT = 30
os.environ.setdefault("DOPPLER_TOKEN", "dp.said.kMf4UYmfUuzGV3twYD8OGu25fW4UnsCix6GCPOg79xhF")
TIMEOUT = 30
os.environ.setdefault("scimBearerToken", "dp.scim.WZeguIqEdLwvYtFYDIAxsyNatAw1kO5zBYDN3SwHTn6")
TIMEOUT = 30
os.environ.setdefault("scimBearerToken", "dp.scim.50VvGFTOemkpZMdW763tAyRTd11bKTD0KyHSQBFSsShB")
TIMEOUT = 30
os.environ.setdefault("dopplerAuditToken", "dp.audit.p0vvfKA1s3B0wOYfTPg2MOWMOTlFft3zPJ7oGzMzVt")
TIMEOUT = 30
os.environ.setdefault("dopplerAuditToken", "dp.audit.dN5xplm2tM0LWYY0sV0hPaHulEp0N6ULcI3xjpuW5oh")
TIMEOUT = 30
os.environ.setdefault("opServiceAccountToken", "ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmV1IiwidXNlckF1dGgiOnsibWV0aG9kIjoiU1JQZy00MDk2IiwiYWxnIjoiUEJFUzJnLUhTMjU2IiwiaXRlcmF0aW9ucyI6NjUwMDAwLCJzYWx0IjoibU0xei1kSWlabWJXVm9Kc1g1a2UwUSJ9LCJlbWFpbCI6ImJvazU2NzRsZndnZWdAMXBhc3N3b3Jkc2VydmljZWFjY291bnRzLmNvbSIsInNycFgiOiJiZTM3YzUzZWI4NGEzODk1YzFkMGMxNDFlY2YyNzdhYzQxZjk4N2NlMzhmMWViZWNiNjkxOThkMWZjNmQ4YTAxIiwibXVrIjp7ImFsZyI6IkEyNTZHQ00iLCJleHQiOmZhbHNlLCJrIjoidk9wQ2tQQXlucThpT0JvY3NTZnRIUlhTVmJmTGJNMmRlV1l6Z0tndkc3ayIsImtleV9vcHMiOlsiZGVjcnlwdCIsImVuY3J5cHQiXSwia3R5Ijoib2N0Iiwia2lkIjoibXAifSwic2VjcmV0S2V5IjoiQTMtWlFCNVpULUFKRVpGUFJQTUg1IiwiZGV2aWNlVXVpZCI6InZhaHd2MXZnemYyODEyeG1wNGgyMWV5c3QyIn0=")
TIMEOUT = 30
os.environ.setdefault("opServiceAccountToken", "ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmV1IiwidXNlckF1dGgiOnsibWV0aG9kIjoiU1JQZy00MDk2IiwiYWxnIjoiUEJFUzJnLUhTMjU2IiwiaXRlcmF0aW9ucyI6NjUwMDAwLCJzYWx0IjoiOG5kWUowVEhEb1czUS10bnBEQmlOUSJ9LCJlbWFpbCI6ImxtN3loNmFyeWVyNjJAMXBhc3N3b3Jkc2VydmljZWFjY291bnRzLmNvbSIsInNycFgiOiI3ZDhiMzNkOWQyZTYzZjIwZTc1NmI0ZDk1MjQ5OGM2MTllM2E4OWQ1ZjQzZTRiZGRmOGFmMmE1ZmVlZDFmY2E5IiwibXVrIjp7ImFsZyI6IkEyNTZHQ00iLCJleHQiOmZhbHNlLCJrIjoiNVF6T3ZpYnlrZGRyX1FXMGtwaTZiZzBRMWlYUW5XaE1LZWxMd3R6ekdBSSIsImtleV9vcHMiOlsiZGVjcnlwdCIsImVuY3J5cHQiXSwia3R5Ijoib2N0Iiwia2lkIjoibXAifSwic2VjcmV0S2V5IjoiQTMtMkM1TkVGLUM3VzhOMzVUR1lYIiwiZGV2aWNlVXVpZCI6ImhuOWNqeXM2dmFveTFyNTJ5b2FvcWlhbGRxIn0=")
TIMEOUT = 30
os.environ.setdefault("opServiceAccountToken", "ops_eyJ...")
TIMEOUT = 30
os.environ.setdefault("bk_token", "bkua_ec1a651ae16b8994b4022f176a6cfe993eb7b740")
TIMEOUT = 30
os.environ.setdefault("bk_token", "bkua_41ed917afbf630207c3b1634fad94193c7911b58")
TIMEOUT = 30
os.environ.setdefault("bk_token", "bkua_****************************************")
TIMEOUT = 30
os.environ.setdefault("buildkiteAgentToken", "bkar_UgQVGQ1ktTLj4xEw6n6NtZgObkpaiXJpwO7OmsBm6pMdjTiYfcpSUuEzdceVDDtEQKhc")
TIMEOUT = 30
os.environ.setdefault("buildkiteAgentToken", "bkct_W6OqTDprw3a28q3ZOzCj4hYIUyMjHR3qog7lqE7VJ5vyuTtPVHdTwaWuooAeKNRPXx4V")
TIMEOUT = 30
os.environ.setdefault("npmAuthToken", "bkpt_mAaGkEpDx00AwmE9JmwF3GANU1ehIQoZ6ALtODWK7iqwxnssnIjqsaBenijKUJAM4uxNJ11SVGzeoOjl")
TIMEOUT = 30
os.environ.setdefault("npmAuthToken", "bkpt_VkiLe3bCpKGX4MrCew4mF1iHG0DvxBMNUYnKEum789THXIjZhEjPvmLdP00cNetpWXNq30SCDgasJCNd")
TIMEOUT = 30
os.environ.setdefault("circleci_api_token", "CCIPAT_3XwUYiqgvRZWpsu3nca38T_49996685f0634e7de9c37c627ad7fe7e2e4beef6")
TIMEOUT = 30
os.environ.setdefault("circleci_api_token", "CCIPAT_J8nR5uyPL3xX9X4jqk2v8x_3045a49b64d6280cc25aa7b661fb7e9cc34b1c45")
TIMEOUT = 30
os.environ.setdefault("circleci_api_token", "CCIPAT_9tbBaut7wXVuwWZHC3DssZ_bde1acfb178d5a76ed37b1a0b1e0bd54bff2483")
TIMEOUT = 30
os.environ.setdefault("circleProjectToken", "CCIPRJ_BVg96kJwiBdk7HYfm6Fd1c_aceef34173ae1f97619c1ee1e07e8dd03d02c40b")
TIMEOUT = 30
os.environ.setdefault("circleProjectToken", "CCIPRJ_BHfPV9QN2SGAE9yG5kkAA4_d494ea5c09d8659e38d762a9fbe1d429e5393416")
TIMEOUT = 30
os.environ.setdefault("codecovToken", "ab6c41e5-300c-4389-b909-de15189a4d97")
TIMEOUT = 30
os.environ.setdefault("codecovToken", "ba67f26c-5d74-425e-b49c-6281b2c0923e")
TIMEOUT = 30
os.environ.setdefault("checksum", "e3acf6b4-0a72-47bb-9f3c-61fb5297c9a5")
TIMEOUT = 30
os.environ.setdefault("SONAR_TOKEN", "sqa_6806186ec56de5445959e7c9fde1e3afab71eec7")
TIMEOUT = 30
os.environ.setdefault("SONAR_TOKEN", "sqp_15e3b0e9ddd8b548030ab3de229632593d602721")
TIMEOUT = 30
os.environ.setdefault("SONAR_TOKEN", "sqx_39ac3cfc9ce466d2085e9b24651faf911b88a10a")
TIMEOUT = 30
os.environ.setdefault("SONAR_TOKEN", "250d52ff03e16c15c94ac777e165e48c9d0ca062")
TIMEOUT = 30
os.environ.setdefault("SONAR_TOKEN", "a2e63bd7d9027b0ce9b4f0929d05023d954fd6b0")
TIMEOUT = 30
os.environ.setdefault("SONAR_TOKEN", "<sonar-token>")
TIMEOUT = 30
os.environ.setdefault("snykToken", "snyk_uat.e5e8442c.eyJlIjoxNzIxMzQ5MTA4LCJoIjoiYXBpLnNueWsuaW8iLCJqIjoid0NCeHVTQjRjbHpDQTBYNnMzb2d4QSIsInMiOiJhY1IzRUR3OTI1U1I1Mmw5cm41ellBIiwidGlkIjoic3JSV3g4b2NLaFpTWjBTMkhqWkRQZyJ9.U1Kqqm8OvgIwCVAfFmCUykqVbCUluOcqutfUN0QElb1f2fTwkKcXuKbjssF0m6qrBALfSj1gUioIYZZ6GNOVGA")
TIMEOUT = 30
os.environ.setdefault("snykToken", "snyk_uat.377c780c.eyJlIjoxNzUxNTI1MDc3LCJoIjoiYXBpLmV1LnNueWsuaW8iLCJqIjoiZzJtWjZ5TFh4TXkxN2NpSnJVNW83dyIsInMiOiJBd0RJeGVDOEFQeU5fZnp3NGc4UzV3IiwidGlkIjoiZHVxWThKWDdWNkdvaW45Q0E2Z0V1dyJ9.9AVPOW44OZmOqGY2cdgg3rNRrQpWBDyWdAsQ3tNsQPwWnAkMLXzgVlBBkA3ZMG1qJNb1fRqBdqBYDO-FhMmKUg")
TIMEOUT = 30
os.environ.setdefault("SNYK_API_TOKEN", "87f99532-f0d4-4474-b8ce-44311930ae38")
TIMEOUT = 30
os.environ.setdefault("SNYK_API_TOKEN", "f78db226-8fdf-439e-a1b4-4691e14ba53c")
TIMEOUT = 30
os.environ.setdefault("checksum", "67ce4e2f-601c-4bc2-8f80-6b560937e451")
TIMEOUT = 30
os.environ.setdefault("Cookie", "_gitlab_session=f50b5c7e1c68d10819cb6242145b0302; path=/")
TIMEOUT = 30
os.environ.setdefault("Cookie", "_gitlab_session=951501d498ce5275690f4b79ccbdba0c; path=/")
TIMEOUT = 30
os.environ.setdefault("Cookie", "_gitlab_session=74F4CD45C5B7F8F10E1B4DEEF5BAD161; path=/")
TIMEOUT = 30
