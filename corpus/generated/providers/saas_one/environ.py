import os

os.environ.setdefault("zendeskApiToken", "Mi4uomzfAyUa5CiJIIzx3CaNtJuKH6KqNL0wKWo8")
TIMEOUT = 30
os.environ.setdefault("zendeskApiToken", "8sdZ6nwqSO7nM7t4xd7P2qk0yQ2MLG2hXooFqONo")
TIMEOUT = 30
os.environ.setdefault("zendeskApiToken", "6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv")
TIMEOUT = 30
os.environ.setdefault("zdCredentials", "uaobuj@acme.io/token:aeWobsbJTrPUCauFw4BwidXVg54uOhQ6DJp3TwAM")
TIMEOUT = 30
os.environ.setdefault("zdCredentials", "hnzlpe@acme.io/token:tEJZc6f5AciZkZcRk4W8wl7JG2dlJwm3vBxLbILc")
TIMEOUT = 30
os.environ.setdefault("intercomAccessToken", "dG9rOmQ1YjYzYjZkXzU1NWRfNGFiY185ZTNiX2ZjOTkzMDJiMDRmNjoxOjA=")
TIMEOUT = 30
os.environ.setdefault("intercomAccessToken", "dG9rOjFlNjBlOGViX2Q4OWNfNDkwOF9iZjU4XzZjZjRmMGFjMWFhNToxOjA=")
TIMEOUT = 30
os.environ.setdefault("intercomAccessToken", "<your-intercom-access-token>")
TIMEOUT = 30
os.environ.setdefault("auth_header", "Bearer dG9rOjYzODhhMDQ3XzY1ZTZfNGI0MV9hY2VkXzljMTFlYmY0YjI0MToxOjA=")
TIMEOUT = 30
os.environ.setdefault("auth_header", "Bearer dG9rOmFjNDlkZmVkX2NjNmRfNGJiOV9iODBhXzMxM2U0YTQyYWU4ZToxOjA=")
TIMEOUT = 30
os.environ.setdefault("hubspotToken", "pat-eu1-c1ebe7a8-0d15-475b-87d8-fa5e83a7f014")
TIMEOUT = 30
os.environ.setdefault("hubspotToken", "pat-na1-7f6127d4-f9a2-4391-a417-a740977767e9")
TIMEOUT = 30
os.environ.setdefault("hubspotToken", "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")
TIMEOUT = 30
os.environ.setdefault("HUBSPOT_API_KEY", "a2447122-f200-45fd-b88d-edb2dd787fe1")
TIMEOUT = 30
os.environ.setdefault("HUBSPOT_API_KEY", "1bc627be-ac75-47a7-a5d6-33d48a0116c6")
TIMEOUT = 30
os.environ.setdefault("HUBSPOT_API_KEY", "5967129f-544e-4651-aefb-0ec7e11080e")
TIMEOUT = 30
os.environ.setdefault("sfAccessToken", "00D62hTA4DRKQou!AFFAQVHoWWH_3gKHkNLUR.ZnDS_Bcp0FbmPRv0zftTQ82o_XMYGwQAg.52yd_yDFDhEixdPd70aZj4O5z3vZkQze9Dx")
TIMEOUT = 30
os.environ.setdefault("sfAccessToken", "00D42sTIQWSm5U7!AYIAQX1SnKsD2OkuryhzpJMmZe3B9HYOkMO7VN_ZpKN8OUMezLvBPx4pxxb6l3ihkNdP3JNPw9It7Qq8YNBby9UpKRqyQ6SFBxvNwLqNg3.L")
TIMEOUT = 30
os.environ.setdefault("sfAccessToken", "00Dx0000000BV7z!AR8AQAxo9UfVkh8AlV0Gomt9Czx9LjHnSSpwBMmbRcgKFmxOtvxjTrKW19ye6PE3Ds1eQz3z8jr3W7_VbWmEu4Q8TVGSTHxs")
TIMEOUT = 30
os.environ.setdefault("consumerSecret", "50475093172BC4BDAC1BB9E0D2410ED0B09F638ECD028B42B8C834C5E20F21BA")
TIMEOUT = 30
os.environ.setdefault("consumerSecret", "6F1F839343305B3ED638E6B481505694502A75379069155F78DBC14BE77CC419")
TIMEOUT = 30
os.environ.setdefault("consumerSecret", "36C9AB0552D28963935F4C00B16AF613661E41576C467643BDB2AFF0CD3CD3C")
TIMEOUT = 30
os.environ.setdefault("salesforceClientSecret", "3053989076234872336")
TIMEOUT = 30
os.environ.setdefault("salesforceClientSecret", "7126301590674563005")
TIMEOUT = 30
os.environ.setdefault("salesforceClientSecret", "731260247775177984")
TIMEOUT = 30
os.environ.setdefault("oktaApiToken", "00y-rJFj0M9CxeZ6CJ_Uht75rQe3tW9B0k6anayPAU")
TIMEOUT = 30
os.environ.setdefault("oktaApiToken", "00q1fhIaOqGEwDVcyCEH5vnkCnsV1n3eEJaSmfsgsB")
TIMEOUT = 30
os.environ.setdefault("oktaApiToken", "00QCjAl4MlV-WPXM...0HmjFx-vbGua")
TIMEOUT = 30
os.environ.setdefault("okta_auth_header", "SSWS 00iV2gncQ85C46HIz5Y_YCZDNc4XgQKPUMhA7Coi2d")
TIMEOUT = 30
os.environ.setdefault("okta_auth_header", "SSWS 00QZj4suDkMgFQvu_FdkjMCxnZLRcqcguN7W5D1KWW")
TIMEOUT = 30
os.environ.setdefault("auth0ClientSecret", "tLY3hc2vZi1HRdpJZ0AujZJGt7ivKdWTXGjFuTNZXt0t5t7kT_gxtWiKgraZ3dcQ")
TIMEOUT = 30
os.environ.setdefault("auth0ClientSecret", "mMwl5W02xQGYWUx4tFdVNigVXm5X7nMMCHPxK6IDL95snUphnbrXR71YaH_9Fa_C")
TIMEOUT = 30
os.environ.setdefault("auth0ClientSecret", "z_T283FSxJ6lbPup5EFThWua7YvpaXNQFElYevpfEYvUxRqJ9ScuIgTn9-XXywK")
TIMEOUT = 30
os.environ.setdefault("auth0ApiToken", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IkplOFBuTXFOczhLRVFZYlRBU3JzU1MifQ.eyJpc3MiOiJodHRwczovL3hwanNhbWNyLnVzLmF1dGgwLmNvbS8iLCJzdWIiOiI5ZmNZM3JWTTJHUVQwaHJwcW1keWJHUzliWlFDTDZQUEBjbGllbnRzIiwiYXVkIjoiaHR0cHM6Ly94cGpzYW1jci51cy5hdXRoMC5jb20vYXBpL3YyLyIsImlhdCI6MTc0MDc2NDI1OSwiZXhwIjoxNzQwODUwNjU5LCJzY29wZSI6InJlYWQ6dXNlcnMgdXBkYXRlOnVzZXJzIiwiZ3R5IjoiY2xpZW50LWNyZWRlbnRpYWxzIn0.JeGM0JMdNDULlxUqd4KG_aHYnoMm76ZxxMFnC88H8m6X_pjQzmDhjmVGdti_mG44eYfDkRrrTjNIu8B57fk13OZ3wjaQnkYQ0_KFBLdbCdYWrCGVtLliYZLGkYSR-nO49xFd29rXBAPFhP8b9D_Ugf8lMYhhiOUlvX-SK7_rFmAwm55qOs8qShSmuoLs7jmmkGFpSSZK8fED7Doh7jew0SHewTmspplUbhrmW6oi3dwwE4UaaX9UPmfmIjmxl_P16z0kdEaaGyNIQGcOR09a75-gfPIqCN76uG_oxnVtemhGW6HIfLtovH70x2t9PUvbRNLMikax8PelBXmKnw3rig")
TIMEOUT = 30
os.environ.setdefault("auth0ApiToken", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Ims4S21NTG5qN1JRUm83OHF0ZHB5SFEifQ.eyJpc3MiOiJodHRwczovL21jdWRiZ2VhLnVzLmF1dGgwLmNvbS8iLCJzdWIiOiJUbllGcHE2eEFkTDlaa2oxSENOeWwyQnVKek5wUWZHV0BjbGllbnRzIiwiYXVkIjoiaHR0cHM6Ly9tY3VkYmdlYS51cy5hdXRoMC5jb20vYXBpL3YyLyIsImlhdCI6MTc0ODcwNjEzNiwiZXhwIjoxNzQ4NzkyNTM2LCJzY29wZSI6InJlYWQ6dXNlcnMgdXBkYXRlOnVzZXJzIiwiZ3R5IjoiY2xpZW50LWNyZWRlbnRpYWxzIn0.OG4jNHcb1590xDXtZHy8qvTeFyFf7kn8fzyVsmPzra0OIz7mFvjWrhHRJJelI8DZz2DCwj1kwUJt4aAAiGS63RXpSV2l1aVnzLmCpouwfe64DLu3OObhSueSI-dCxEUgywRGxYl6oJGlKXpDiB1lBwmXmnHxWydep3WCzqZFE8o2xbX3DPv8TbMDnZzXXO0iEdhKYqy6yGHPhrcyzWSDrO2qPq7KdlYs4pmPTPMZAjqVgbF9y_ucSN-Ns2Ikpv3ovue5Rt1jsQAzkqdxlYPJLUX4JUFUHtYemKkTObgz_iaTp0RT7A63J_182YTieop2vIKrE5xUGdUbC34C3iq9_w")
TIMEOUT = 30
os.environ.setdefault("auth0ApiToken", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.bm90IGpzb24gYXQgYWxsIQ.qESDmL3ECiRxxXc49frpf4n8ILNhOBvd7CpoksoqBGg")
TIMEOUT = 30
os.environ.setdefault("notionToken", "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")
TIMEOUT = 30
os.environ.setdefault("notionToken", "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")
TIMEOUT = 30
os.environ.setdefault("notionSecret", "secret_AGy5hwyuTId8JFZkJTd3lsbABnPrmxAYLceYbja5aaE")
TIMEOUT = 30
os.environ.setdefault("notionSecret", "secret_dUONexSv0ElVYgJlJ4sIjJS6ccQOo0GOHkSSxFiZdMG")
TIMEOUT = 30
os.environ.setdefault("notionSecret", "secret_OGmOqqe8ZdAbl1btNfh61835frnTqL7KcPukHYJFNU")
TIMEOUT = 30
os.environ.setdefault("airtablePat", "pat8wdBAbkaP3ZmiO.2ea509bace09d28e6351e1c5ed91ca0487d6d6489aa303a8021b3762f0a55e8b")
TIMEOUT = 30
os.environ.setdefault("airtablePat", "patruMM1zhL4sGFkT.5e3ace73b5efd3a6ce72f3d94c0f5b2e31ad3ed920eb79a34513eb6d7e763054")
TIMEOUT = 30
os.environ.setdefault("airtablePat", "pathDYO1sGAQrIoMl.BFAA739B4CF7711DE660E9CE05D0BA111779816401BB697B6927F30ED095F8BE")
TIMEOUT = 30
os.environ.setdefault("airtableApiKey", "key81qlQ0YcvEgAWS")
TIMEOUT = 30
os.environ.setdefault("airtableApiKey", "keyw34en8yERH8LMh")
TIMEOUT = 30
os.environ.setdefault("airtableApiKey", "keyczkhn3ECQ3uzZ")
TIMEOUT = 30
os.environ.setdefault("linearApiKey", "lin_api_8hRUsCmoxZRiuWZsrSn591tTBgf2xM1AJYNkzgd4")
TIMEOUT = 30
os.environ.setdefault("linearApiKey", "lin_api_Fik0otlit0KYNFDmO7LstPYYR1pp9FePIcb8FSH5")
TIMEOUT = 30
os.environ.setdefault("linearOauthToken", "lin_oauth_e4d607b82bdeb5d952f82bacd0783edbf0d3801f6ef79a02d949bf7e5113ff65")
TIMEOUT = 30
os.environ.setdefault("linearOauthToken", "lin_oauth_556440cebe68994d496c93588b8d0fb73bdc6c3ff4df931bc670259fa4c28fb1")
TIMEOUT = 30
os.environ.setdefault("linearOauthToken", "lin_oauth_abc")
TIMEOUT = 30
os.environ.setdefault("figmaPersonalAccessToken", "figd_EsTHAdvk_kUOkj2VgmqggNp5QzUsYmX4K1n7gl-4")
TIMEOUT = 30
os.environ.setdefault("figmaPersonalAccessToken", "figd_tllUZkcmeivUc2oPikPiG09Zr13U3ut4WFTD-jWU")
TIMEOUT = 30
os.environ.setdefault("figmaPersonalAccessToken", "figd_gfbnA_hk_nIl4T5mHfFTVaTWlD2Pd0IRfRMYfQgbTR4nc5")
TIMEOUT = 30
os.environ.setdefault("dropboxAccessToken", "sl.BDmlpyiDX67ME5O1vYPjBq1jqyMNRzhQiGCJ5m4C8Otuf6vT_TT2alap9ic9FY4Nhkcy75GeWaZ8WbDRSI1mLKXqxuFwYVjRr0Nb1s_KksK5cvZophBwCyuweoWZfFWgZC5CrzVunW6Q2u7a")
TIMEOUT = 30
os.environ.setdefault("dropboxAccessToken", "sl.Tx-QInq1vG8nvG9TqMafnf9lYqNTqucUnFUU6ieFPGDm3LkSE3cCweEqbp3evF5ghir1CPHtyfN4Gvl0B1fg7gr5vMUYYBaXrsb0eJDYBSCoZQ7ZeqnQdweLPoHEA4qFH1_A3-iXiYv4O2")
TIMEOUT = 30
os.environ.setdefault("dropboxAccessToken", "sl.u.AFe69heM1l3d6zHV2sWaJh9ErnNiBDkf")
TIMEOUT = 30
os.environ.setdefault("dropboxToken", "9ye7y0lgszhAAAAAAAAAAyUZ7pIcSHHv20-uA6CNZQGpgH3XXOA6gMI-fPhNL-nI")
TIMEOUT = 30
os.environ.setdefault("dropboxToken", "kkqhhclcp7xAAAAAAAAAAitNafOx6vWAt-kMGxAkavmHVxqk-guiLQsYESrdNcno")
TIMEOUT = 30
os.environ.setdefault("dropboxAppSecret", "ixfqape8l9tx384")
TIMEOUT = 30
os.environ.setdefault("dropboxAppSecret", "jtupz5dwgbpsgrb")
TIMEOUT = 30
os.environ.setdefault("DROPBOX_APP_KEY", "3gfcxrkfbcrs2zt")
TIMEOUT = 30
os.environ.setdefault("asanaToken", "2/1235908500657113/1271296592300978:bd0b28ee7e7b373b4c69ca96174d569a")
TIMEOUT = 30
os.environ.setdefault("asanaToken", "2/1224732066495247/1248751514318503:5640633cc989abeb59088a03cba6db2b")
TIMEOUT = 30
os.environ.setdefault("asanaToken", "2/1279016119792593/1255466563218379:c0e79b1f0a290d2de49f5017961ccff")
TIMEOUT = 30
os.environ.setdefault("asanaPat", "1/1205053914291620:bacb1faaf60c99e9fb0385a640e6d284")
TIMEOUT = 30
os.environ.setdefault("asanaPat", "1/1245206986355384:225290f33f0eb968f9eff00f57945533")
TIMEOUT = 30
os.environ.setdefault("asanaPat", "1/1265051012165801:c225afa0a9efcc3856f18c62912501d")
TIMEOUT = 30
os.environ.setdefault("asanaAccessToken", "0/ddf7e9a7cfbb9afecfc8e72a0aa89669")
TIMEOUT = 30
os.environ.setdefault("asanaAccessToken", "0/2662910f68ace295622ed0a61da57890")
TIMEOUT = 30
