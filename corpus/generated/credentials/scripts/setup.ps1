# Provision a build agent
$env:AWS_ACCESS_KEY_ID = "AKIACGKTCYHXSAI6EFSO"
$env:AWS_SECRET_ACCESS_KEY = "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"
$env:GITHUB_TOKEN = "ghu_JlxA5Dynx7PlGl8CAQasS6UBFhLwGP1VqniX"
$headers = @{ Authorization = "Basic YWdlbnQ6aGtuN28wTFRCIU5eYmEu" }
Invoke-RestMethod -Uri "https://ci-bot:mHu0hjaXU5Zem@nexus.internal/service/rest/v1/status" -Headers $headers
$env:NPM_TOKEN = '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'
$env:STRIPE_API_KEY = 'sk_live_6AWNVOmZJB5VM6BrDfXvTalh'
$ppk = @"
PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: trawl-test
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAIEY5akfAxyh3yuKUKSHvVv8mMEPCpMBqKXK2IZX3
GzGI
Private-Lines: 1
AAAAIN92Jt5SnusdsYO1twszpkfWBW8n6R8FykAkH0d6izZ6
Private-MAC: 5214f0d56192061df058cc39d0c38ce2caccc97ca672936c640b35ac7e28fc57
"@
Set-Content -Path C:\keys\agent.ppk -Value $ppk
$pem = @"
-----BEGIN ENCRYPTED PRIVATE KEY-----
MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAjGzjMJVROJzwICCAAw
DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEENWr5IlMB4n/QT2LaO9bIYIEgZCm
FovPUVxOsTil+5etXQGTWYq1WUY0r2K4clT6NWg45uE+Ufodj5mkJG+Q4hBEbSNd
dO3LJN/fnHqaPEVduiFL9ao6FmXqj5Zuc0TghxUFh7Dhr8yOztmUWHVSc7uQ4VdJ
thiTFC/9QJZ4hTEYRTQyKE3iYZjo9brR5QkhBA2omYlFzh/dJflt0y3xpdis9CE=
-----END ENCRYPTED PRIVATE KEY-----
"@
