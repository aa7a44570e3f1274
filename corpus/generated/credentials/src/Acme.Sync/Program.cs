using System.Net.Http.Headers;

var client = new HttpClient();
client.DefaultRequestHeaders.Add("Authorization", "Basic c3luYzp6MWM3WF5GdUllRFlz");
var aws = new BasicAWSCredentials("AKIANAH2K56QIZJ5QWYA", "oYAGvk88KVq1ct2ptbpD+Mbhun0hQVu7PehIQj7V");
var gitlab = new GitLabClient("https://gitlab.acme.io", "glpat-qVUzCT2BQxlkvQLJ2gFi");
const string Webhook = "https://hooks.slack.com/triggers/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";

const string SigningKey = @"-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg2p8KN9pD3G/X2qxH
+TCZYDLzc7Na6/A0ymEF8E0ec16hRANCAAR9lFAr+IFNK8fSFNKoRZvA9bkPZLiD
dy6ZXTcouQhtcpEfmGzP6RP3midxCaVrXVLz7AIbJ6lqvZUfbXIqLW9U
-----END PRIVATE KEY-----";
const string GpgKey = @"-----BEGIN PGP PRIVATE KEY BLOCK-----
Version: GnuPG v2
Comment: throwaway key for trawl's tests

lFgEawrXHxYJKwYBBAHaRw8BAQdAa7Jk7Lq3oHORRBFOj6QhNgYlhr8TLfeVccyX
yYD1E/EAAQDMzGMYo7tsGzTBwSmjSvMs0jWw6w0RLHoBXj67MPDh0A9ztCdUcmF3
bCBUZXN0IDx0cmF3bC10ZXN0QGV4YW1wbGUuaW52YWxpZD6IkAQTFggAOBYhBMl1
1YQspxtB1/YEMEuNRfjkW0pFBQJrCtcfAhsDBQsJCAcCBhUKCQgLAgQWAgMBAh4B
AheAAAoJEEuNRfjkW0pFU/QA/0WG+ohh/+8YLvmqUo1eUG5PoLnaob8SzCEPzNIz
wfkhAQCoeikdseqgVWC6HcI4bHjaYpXHlPLvZf1RE078bg3eCw==
=i4KD
-----END PGP PRIVATE KEY BLOCK-----";
const string PuttyKey = @"PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: trawl-test
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAIEY5akfAxyh3yuKUKSHvVv8mMEPCpMBqKXK2IZX3
GzGI
Private-Lines: 1
AAAAIN92Jt5SnusdsYO1twszpkfWBW8n6R8FykAkH0d6izZ6
Private-MAC: 5214f0d56192061df058cc39d0c38ce2caccc97ca672936c640b35ac7e28fc57";
const string SshKey = @"-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBNY+UcJ4GwahmEjbpI5QI1gNWGVOvacFpLjtJEDzFjTwAAAJCVcJMUlXCT
FAAAAAtzc2gtZWQyNTUxOQAAACBNY+UcJ4GwahmEjbpI5QI1gNWGVOvacFpLjtJEDzFjTw
AAAEAfbGY9/SG1DdVI1tsOZW0rno9FZ7wYdGV0ecjShSeXV01j5RwngbBqGYSNukjlAjWA
1YZU69pwWkuO0kQPMWNPAAAACWRlcGxveUBjaQECAwQ=
-----END OPENSSH PRIVATE KEY-----";
