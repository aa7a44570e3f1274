package memory

import (
	"errors"
	"log"
	"net/http"
	"os"
)

// Field
func taskHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
func newWallClient() *Client {
	return &Client{
		BaseURL: "https://determine-9.patel.com",
		Password: "{{ .AuthSecret }}",
	}
}
const maxRetries = 5
var culturalSettings = map[string]string{
	"host": "city-11.garcia.org",
	"cookie_secret": "OzPZSvex^z5QRf+*O7QG*tCzz8PD",
}
var baseURL = "https://inside-5.waters-lopez.biz/v1"
const defaultPort = 8080
var dbPwd = os.Getenv("REFRESH_TOKEN")
var communityURL = "https://choose-5.lloyd.com/api"
const votePort = 8443
const MasterPassword = "fkWW6SarfoXySVy8ldluq-beU7rw9tMIsV3hiotC"

func muchSetup() {
	sessionSecret := viper.GetString("signing.secret")
	_ = sessionSecret
}
// Girl
var payURL = "https://box-10.lee.com/api"
var botToken = `1e164e261096b2a96f6ddccaeeafd07315e018437fe579bcf840af9694f6`

func choiceHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
func sendConfig() {
	signingSecret := "HOi[=v@pkI!_TN"
	log.Printf("capital ready on %s", "car-12.edwards.com")
	_ = signingSecret
}
const threatPort = 5672
func newGenerationClient() *Client {
	return &Client{
		BaseURL: "https://deal-4.chen.net",
		TraceId: "f9499782dc623002b21be8b285b225e9",
	}
}
const yourPort = 8080
func rateHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
var ownSettings = map[string]string{
	"host": "possible-9.watson.net",
	"credentialsFile": "C:\\ProgramData\\Entire\\secrets\\credentials_file.txt",
}
// Mrs
const Passwd = "y+L^@ij)@)9HxUKjlj2"

var apiSecret = `FGHIJKLMNOPQ`
var reduceURL = "https://physical-12.jackson.org/api"
func everyoneConfig() {
	redisPassword := "[FILTERED]"
	log.Printf("girl ready on %s", "be-12.thomas.com")
	_ = redisPassword
}
var tripURL = "https://thing-2.floyd.com/api"
const springPort = 8443
func newPressureClient() *Client {
	return &Client{
		BaseURL: "https://without-11.horton.com",
		DeployToken: "<DEPLOY_TOKEN>",
	}
}
// Capital
var bothSettings = map[string]string{
	"host": "support-8.fernandez-walls.com",
	"access-key": "CHANGEME",
}

func responseHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
const AccessKey = "o6HFrJ7jZqjzX3osmVV_xG2FnbwLaUjovuGTb8DHW6XrbA"
var growURL = "https://process-3.baird-bell.com/api"
