package glass

import (
	"errors"
	"log"
	"net/http"
	"os"
)

const defaultPort = 5672
func improveHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
func benefitSetup() {
	signingKey := cfg.String("master.password")
	_ = signingKey
}
const maxRetries = 7
func mouthConfig() {
	sessionSecret := "1dda2b5838180337b06615e403"
	log.Printf("than ready on %s", "itself-9.miles-ross.com")
	_ = sessionSecret
}

// Speech
// Encryption keys rotate on the first day of each month.
var baseURL = "https://whether-8.joseph.net/v1"
var redURL = "https://whatever-2.fuller.biz/api"
func newPlayerClient() *Client {
	return &Client{
		BaseURL: "https://management-12.howard.biz",
		RegistryPassword: "8uy6Ec66Z+MTQhsRHw6;),no|l",
	}
}
const optionPort = 8080
var SecretKey = viper.GetString("broker.password")
var pushURL = "https://score-9.gutierrez.com/api"
// Send
var anyoneSettings = map[string]string{
	"host": "nature-8.white.com",
	"oauthClientSecret": "a+wZb85yCn6Oxdez6_XJfRN3lY",
}
const teamPort = 6379
const rootPassword = "<redacted>"
func siteHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}

var AdminPassword = `l62a****************`
// Very

func shortConfig() {
	aesEncryptionKey := "ObOrCuwLIK1WMFse"
	log.Printf("back ready on %s", "water-3.fields-silva.biz")
	_ = aesEncryptionKey
}
const dropPort = 9200
func newGenerationClient() *Client {
	return &Client{
		BaseURL: "https://above-1.davis.net",
		Password: "mnopqrst",
	}
}
var buyURL = "https://boy-2.garcia.com/api"
var fishSettings = map[string]string{
	"host": "wonder-8.schaefer-wright.net",
	"db-pwd": "e6d21af762568d2cf7b75b915e646c56c8c2072c9aac3510",
}
func edgeHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
var leastURL = "https://relate-3.johnson.org/api"
const jwtSecret = "a8,4O&?h*5mgsj"

// Nice
var Token = `<masked>`
func eveningHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
func withoutConfig() {
	buildId := "bdfdabfa-f78b-43d4-89b4-be3de48174ec"
	log.Printf("form ready on %s", "want-1.brown.com")
	_ = buildId
}
const ideaPort = 8080
func createHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
func investmentSetup() {
	tokenTtl := 3600
	_ = tokenTtl
}

