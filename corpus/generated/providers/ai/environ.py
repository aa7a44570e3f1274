import os

os.environ.setdefault("OPENAI_API_KEY", "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")
TIMEOUT = 30
os.environ.setdefault("OPENAI_API_KEY", "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")
TIMEOUT = 30
os.environ.setdefault("OPENAI_API_KEY", "sk-proj-b030kwDkd9CxpuSyvvJGOLOE5wRhM65_w7SJQ-RoZRFP0mZ4nF13YTQAV0n9y2_eblxoKYAf-lTtj82YBXu1Z-vv96j2m5nVLIVozjlk1XtQsNYWGe7KLUJVbSBhqW4Gshi8MDzHvH9Bi5pLL46-fFz-tQWA")
TIMEOUT = 30
os.environ.setdefault("apiKey", "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")
TIMEOUT = 30
os.environ.setdefault("apiKey", "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")
TIMEOUT = 30
os.environ.setdefault("openaiServiceKey", "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")
TIMEOUT = 30
os.environ.setdefault("openaiServiceKey", "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")
TIMEOUT = 30
os.environ.setdefault("openaiServiceKey", "sk-svcacct-EP28ltqhNjLmHAsVFrzaL1VF8NFcRHS06PY7IDTozhZZMYa18BGAin71YnnjpGHp7Q5Fc-4ptrX3BlbkFJF8x9ZJA0dt4p0JdVadRMK1m4kQRWEXPxIY49arV1eaSoFluQAFD942TqNUdMFb6kVJopXZQaGR")
TIMEOUT = 30
os.environ.setdefault("adminKey", "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")
TIMEOUT = 30
os.environ.setdefault("adminKey", "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")
TIMEOUT = 30
os.environ.setdefault("adminKey", "sk-admin-1234abcd")
TIMEOUT = 30
os.environ.setdefault("ANTHROPIC_API_KEY", "sk-ant-api03-IwSmXnSzcF5UNREMtGyV3Vq4dLPdqSNygu2NPeAgsWtSJlX0a9Mi9RvjlWsiidEwlIYTysDMPhmKP638zy-J4Wa3teeYOAA")
TIMEOUT = 30
os.environ.setdefault("ANTHROPIC_API_KEY", "sk-ant-api03-zAZhUJaxBki61g_8gcT0t0kH4qZvl0JRW2GmKdjZ3xtCllsf7v76Wss6V9hkm2B8XIlHnydlz2EyMO3LSBgB1-99M67FDAA")
TIMEOUT = 30
os.environ.setdefault("ANTHROPIC_API_KEY", "sk-ant-12345678901234567890123456789012")
TIMEOUT = 30
os.environ.setdefault("anthropicAdminKey", "sk-ant-admin01-xr2asr7lVwKSogVkeqoNHp059U-QTkl0XwYuj3G45X5dOtinyahBm5Liy3MoYe51A3Sah-rU-BdIVfsVhlWBPvrY7JxrxAA")
TIMEOUT = 30
os.environ.setdefault("anthropicAdminKey", "sk-ant-admin01-PAyVsRBnkUvlB7_B81nIAdXXHQR5ORmKHVfmWp2RaB-EmwB2duizI_aDAuy1Kl8KVUzIMqVMsv2AbnWCpqYNxamA1oEWZAA")
TIMEOUT = 30
os.environ.setdefault("HF_TOKEN", "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")
TIMEOUT = 30
os.environ.setdefault("HF_TOKEN", "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")
TIMEOUT = 30
os.environ.setdefault("HF_TOKEN", "hf_xqPHLQexaEWjZlgDCvMEwMFMvNAtdRkqz")
TIMEOUT = 30
os.environ.setdefault("orgToken", "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")
TIMEOUT = 30
os.environ.setdefault("orgToken", "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")
TIMEOUT = 30
os.environ.setdefault("orgToken", "api_org_SpwFpazunNslbaovgJDUmcMRGAzSvBGLg")
TIMEOUT = 30
os.environ.setdefault("replicateToken", "r8_DTlyyopUxhML2IZW9s4UJr55Ti3z2JZohDXr9")
TIMEOUT = 30
os.environ.setdefault("replicateToken", "r8_5MpTKZYh4avpeIPFJ5Gx5DIxc1FpSWmwV4JKv")
TIMEOUT = 30
os.environ.setdefault("replicateToken", "r8_IWMBWO406cTLUucZZ1p1yhedTb2TAgXOXY9SRJ")
TIMEOUT = 30
os.environ.setdefault("groqApiKey", "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")
TIMEOUT = 30
os.environ.setdefault("groqApiKey", "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")
TIMEOUT = 30
os.environ.setdefault("groqApiKey", "gsk_your_key_here")
TIMEOUT = 30
os.environ.setdefault("pplxApiKey", "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")
TIMEOUT = 30
os.environ.setdefault("pplxApiKey", "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")
TIMEOUT = 30
os.environ.setdefault("grokApiKey", "xai-z1NLzSdF5JR694yUROJiB37IiaYZklimJdSLHLz1VXVjPD7wnJvVrjPGwQ2scFbzS9KNvUOVrkL74Sv5")
TIMEOUT = 30
os.environ.setdefault("grokApiKey", "xai-jtvFvR4ttWpi8YFZdKP8knSY5PUbDOi1lOh1pQhxEuaCJ6gGo5M1yHQNssdfNJUhoIP1Ig8wi0JTTnRY")
TIMEOUT = 30
os.environ.setdefault("grokApiKey", "xai-5ZIjpeYybmWMtdMK79jpC5fia99ICYREiLuheBBSNDCwGWrq7tJhxfMAwueNyLDStD20RCSvs5iJKqK")
TIMEOUT = 30
os.environ.setdefault("openRouterKey", "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")
TIMEOUT = 30
os.environ.setdefault("openRouterKey", "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")
TIMEOUT = 30
os.environ.setdefault("openRouterKey", "sk-or-v1-C37CAE0B97D4DB2D877BC7AC227212F751FBAEF75E76D87A18739BE42FDB37AF")
TIMEOUT = 30
os.environ.setdefault("langsmith_api_key", "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")
TIMEOUT = 30
os.environ.setdefault("langsmith_api_key", "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")
TIMEOUT = 30
os.environ.setdefault("langsmith_api_key", "lsv2_pt_test")
TIMEOUT = 30
os.environ.setdefault("langsmithApiKey", "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")
TIMEOUT = 30
os.environ.setdefault("langsmithApiKey", "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")
TIMEOUT = 30
os.environ.setdefault("elevenLabsApiKey", "sk_eabac7983bca4f4fc8f6af191e144c091683ab53c46f25dc")
TIMEOUT = 30
os.environ.setdefault("elevenLabsApiKey", "sk_3d429a3f56934920b6c6ce81885efc3cb920876607b6dff3")
TIMEOUT = 30
os.environ.setdefault("elevenLabsApiKey", "sk_cb416d43397a9b476f4694b2cbf32f778063df7e6ccd209")
TIMEOUT = 30
os.environ.setdefault("COHERE_API_KEY", "iNrfuoSK82Ofqd9joRNFPil76KuXpK6uGRt0S42Z")
TIMEOUT = 30
os.environ.setdefault("COHERE_API_KEY", "GyOUUWxb0vuxwx23yV7kmRO30xEsCpZTPxSeTab8")
TIMEOUT = 30
os.environ.setdefault("COHERE_API_KEY", "UuJLIypX25Zp1totmLuzZ6CheoNlmnsx34pd4zd")
TIMEOUT = 30
os.environ.setdefault("mistralApiKey", "Xg68hyAVw9gMja6GWQS41Vyr4evSoMF0")
TIMEOUT = 30
os.environ.setdefault("mistralApiKey", "1nsKIeoC0FPUOSbT6oyHMJobRfTkDjE1")
TIMEOUT = 30
os.environ.setdefault("mistralApiKey", "VALcxQP7UT6UPAfgbAtvDyxRliEXCbB")
TIMEOUT = 30
os.environ.setdefault("deepseekApiKey", "sk-f287151aef6f65123a74459926b4d857")
TIMEOUT = 30
os.environ.setdefault("deepseekApiKey", "sk-08fe17e8616fb20540bd6b307dfc6b99")
TIMEOUT = 30
os.environ.setdefault("deepseekApiKey", "sk-cf7b774649839ad1dd535a706cee9e4")
TIMEOUT = 30
os.environ.setdefault("deepgramApiKey", "af2e15e43871d2f4d40db4a7ab00b253fb47e4fa")
TIMEOUT = 30
os.environ.setdefault("deepgramApiKey", "d252e38a457fd84599b9dd2f5b24ef97c6c5aa23")
TIMEOUT = 30
os.environ.setdefault("deepgramApiKey", "738e6c3ca7ec0f0d332f24ef02efe3be5b4f520")
TIMEOUT = 30
os.environ.setdefault("assemblyAiApiKey", "ba31d39c4448d940450f7946d8bfb1eb")
TIMEOUT = 30
os.environ.setdefault("assemblyAiApiKey", "532f11656b470a7ce0295155e19506dd")
TIMEOUT = 30
os.environ.setdefault("assemblyAiApiKey", "006d6febf2498269069301920e072c9")
TIMEOUT = 30
