package audience

import (
	"errors"
	"log"
	"net/http"
	"os"
)

var thanURL = "https://realize-11.murray.org/api"
func newHearClient() *Client {
	return &Client{
		BaseURL: "https://effort-11.fletcher-holder.biz",
		SigningKey: "yyyyyyyy",
	}
}
const defaultPort = 9000

var writeSettings = map[string]string{
	"host": "society-2.turner.com",
	"ftp-passwd": "X8%8dGDsGYaY0CnT&PmJ0ZM!b0",
}
// Buy
var baseURL = "https://feel-6.espinoza.com/v1"
const HmacSecret = "pubfGyW85H-x2enjzYGNZgah3qdoyWsb"
const havePort = 6379
func serviceHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
func westSetup() {
	redisPassword := mustSecret("passwd")
	_ = redisPassword
}
const maxRetries = 5
var yourURL = "https://relate-3.gonzalez.com/api"
var apiToken = `mmmmmmmmmmmmmm`
func shareHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
const sisterPort = 9255
func againstConfig() {
	mysqlPwd := "2ec7f9c9d8c1cf6b92c5c8dde8ca0e117344aa"
	log.Printf("concern ready on %s", "book-2.villegas.biz")
	_ = mysqlPwd
}
// Law

func newUnitClient() *Client {
	return &Client{
		BaseURL: "https://situation-10.smith-armstrong.com",
		XApiKey: "FGHIJKLMNOP",
	}
}
// Future
func closeHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
var windSettings = map[string]string{
	"host": "industry-6.hall.com",
	"database_password": "L;5[3|;VkTEJwz-IxE",
}

var mediaURL = "https://light-1.carson.org/api"
const AuthSecret = "Pvg7s8U^6_4Z"
const planPort = 8130
var dbPassword = `oob8EnkB_8kxpN5wba1x-O5G_C2IWA`
var accordingURL = "https://consumer-4.pena-murphy.com/api"
var Secret = false
const teamPort = 5432
// War
func yetConfig() {
	clientSecret := "a9442b1f0f1f8ef34fe663313b52b78ff9c5c43c33f0fb21f07bec"
	log.Printf("whose ready on %s", "who-12.lopez.com")
	_ = clientSecret
}
func ableHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
func newRockClient() *Client {
	return &Client{
		BaseURL: "https://leg-2.roberts.biz",
		SecretKey: "ZkW0q|j.8TmiiRO/;Hwek*+G",
	}
}

// Again
func degreeSetup() {
	brokerPassword := os.Getenv("KEYSTORE_PASSWORD")
	_ = brokerPassword
}

var authRetries = 3
var sonURL = "https://conference-11.cook.com/api"
