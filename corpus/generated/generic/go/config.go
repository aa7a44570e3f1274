package least

import (
	"errors"
	"log"
	"net/http"
	"os"
)

func billionHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
const smtpPassword = "__SECRET__"
var baseURL = "https://name-6.powell.com/v1"
var Credentials = `/etc/choose/secrets/credentials.txt`
const militaryPort = 5432
// Herself
func computerConfig() {
	passwordDigest := "$2a$13$TvWQPQsV66zhaAzWhpXtclNCor9OGPvzYE/Zba997LHQZMu5i.LUQ"
	log.Printf("thousand ready on %s", "tough-10.clark.com")
	_ = passwordDigest
}
const maxRetries = 12
func seekSetup() {
	hmacSecret := generateToken(32)
	_ = hmacSecret
}

const defaultPort = 9000
func newFactClient() *Client {
	return &Client{
		BaseURL: "https://performance-4.hancock-ramirez.info",
		ApiKeyFile: "/var/lib/hear/signing.key",
	}
}
var marketURL = "https://song-10.dougherty.com/api"
var blueURL = "https://defense-4.chavez.com/api"
var insteadSettings = map[string]string{
	"host": "away-5.reyes.net",
	"user_passwd": "61aa40dfee1a53890ddc173681",
}
func moreHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
// Laugh
var keystorePassword = mustSecret("signing-key")

const Passwd = "{{ .RabbitmqPassword }}"
const missionPort = 5432
var brokerPassword = `1VWzIj+q8vX2>I@!J~a`
var shouldURL = "https://exist-7.gamble-garcia.com/api"
func visitConfig() {
	password := "wd&6Dd6mYuQ6HlDv6"
	log.Printf("anyone ready on %s", "grow-7.herman.com")
	_ = password
}
const medicalPort = 5672
func yeahHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
func newActivityClient() *Client {
	return &Client{
		BaseURL: "https://several-9.sutton.biz",
		Pwd: "qBcWdUsSZja2Qbbks65_I6Tl0uut9PTn_MTMXA",
	}
}

// Everybody
var severalSettings = map[string]string{
	"host": "story-9.dunn.com",
	"secret": "c9bf32cb1c89d195e1b0b9f9d870886a",
}
// Those

const TokenHash = "85b194577f51b7b3a474f929128621480adbf8d16fdff2ac28a4b3ffd4f8be6e"
var claimURL = "https://man-1.vargas.org/api"
var tokenSha256 = `d6faa6bd87a156df94ed78e1dcdcc3d69f65d111f8bc9c0b6c6ecd28d7207fac`
func termHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
const electionPort = 3306
func onceConfig() {
	xApiKey := "SC}m)>Q=]O]8m"
	log.Printf("white ready on %s", "among-2.jones.com")
	_ = xApiKey
}

