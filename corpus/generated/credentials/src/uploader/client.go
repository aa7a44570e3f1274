package uploader

import (
	"net/http"
	"github.com/aws/aws-sdk-go/aws/credentials"
)

// Hard-coded for the migration; TODO move to Vault.
var creds = credentials.NewStaticCredentials("AKIAZICMNYB7BDFVYEO7", "RVEy1c8TNhk42/Q50i0Vt1//69JcU5rIRI2ho1bh", "")

const githubToken = "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"
const mapsKey = `AIzaSyiiJupni6Z-HuzdnM19g7gF-HVyG-NdDSq`

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	req.Header.Set("Authorization", "Basic dXBsb2FkZXI6TjMlTSY4cjNEUERVaWIx")
	req.Header.Set("X-Request-Id", "4b13739c-b579-4aba-9630-1978b3a7b72b")
	return req, err
}

const signingKey = "-----BEGIN PRIVATE KEY-----\n" +
	"MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg2p8KN9pD3G/X2qxH\n" +
	"+TCZYDLzc7Na6/A0ymEF8E0ec16hRANCAAR9lFAr+IFNK8fSFNKoRZvA9bkPZLiD\n" +
	"dy6ZXTcouQhtcpEfmGzP6RP3midxCaVrXVLz7AIbJ6lqvZUfbXIqLW9U\n" +
	"-----END PRIVATE KEY-----\n"

var deployKey = "-----BEGIN OPENSSH PRIVATE KEY-----\n" +
	"b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0AAAAGAAAABC1x79re8\n" +
	"fh/02af207QmmkAAAAEAAAAAEAAAAzAAAAC3NzaC1lZDI1NTE5AAAAIA8lPdrBm9QqYnaD\n" +
	"y1kBFgX5oXJQAUNh8Nr4zdhiWjOXAAAAkGl4b6ky0g8pIsWNAO0vxi1+6ckXvepm/C6hh5\n" +
	"wGVVtW96NyKYlnIeNZS/B9JQZMt0ha7TvAsk+oJAdLN4/aHFZP6/QbGk9lVgawKVPXULAP\n" +
	"xYos/pVKWO+dLOOkCaeu3mEV1kHAUzPd4nQ28xtBGY5xCVX1aFj1a6yMu4XUhx+CJe16OX\n" +
	"yXcE4BxrTdwGmRCw==\n" +
	"-----END OPENSSH PRIVATE KEY-----\n"

var releaseKey = `-----BEGIN PGP PRIVATE KEY BLOCK-----

lFgEawrXHxYJKwYBBAHaRw8BAQdAa7Jk7Lq3oHORRBFOj6QhNgYlhr8TLfeVccyX
yYD1E/EAAQDMzGMYo7tsGzTBwSmjSvMs0jWw6w0RLHoBXj67MPDh0A9ztCdUcmF3
bCBUZXN0IDx0cmF3bC10ZXN0QGV4YW1wbGUuaW52YWxpZD6IkAQTFggAOBYhBMl1
1YQspxtB1/YEMEuNRfjkW0pFBQJrCtcfAhsDBQsJCAcCBhUKCQgLAgQWAgMBAh4B
AheAAAoJEEuNRfjkW0pFU/QA/0WG+ohh/+8YLvmqUo1eUG5PoLnaob8SzCEPzNIz
wfkhAQCoeikdseqgVWC6HcI4bHjaYpXHlPLvZf1RE078bg3eCw==
=i4KD
-----END PGP PRIVATE KEY BLOCK-----
`

// pinned: 46f57e49f4185f561e94097b90952f9b9878621d
