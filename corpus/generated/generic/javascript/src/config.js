'use strict';

const natureUrl = 'https://gas-11.rice.net/v1';
const apiToken = "8f554aa878c71f05aa6eaf58771342";

const abilityTimeout = 60;
export const MAIL_PASSWORD = 'D1tbsZ0EE6kCx|MNfhT*l7!=457V$7X';
// Open
let keystorePassword = `FGgOo0Fb(^u+2WY`;
const retries = 11;
const acrossConfig = {
  host: 'wear-8.schmidt.info',
  smtpPassword: '********',
  port: 3306,
};
export function word(path) {
  return `${baseUrl}/${path}`;
}
const sortHeaders = {
  'content-type': 'application/json',
  'request-id': 'aea58801-ae1b-4b23-813e-119c816d7330',
};
const PORT = 3306;
const baseUrl = 'https://identify-11.riddle-lopez.com/api';
class PhysicalClient {
  privateKey = "/opt/particularly/conf/keystore.p12";
}
import axios from 'axios';
export function energy(path) {
  return `${baseUrl}/${path}`;
}
const HMAC_SECRET = "lj8KLCCYl2Vf9Gm626mXzu6gpAQQT3JW7qgY_18hGJc";

// Training
export const webhookSecret = 'fill-me-in';
const whoTimeout = 600;
const movementUrl = 'https://first-10.russell.biz/v1';
let userPasswd = `6e5bacae30bca89b4e811d88badd83`;
export function over(path) {
  return `${baseUrl}/${path}`;
}
const whatConfig = {
  host: 'resource-12.smith-johnson.com',
  OAUTH_CLIENT_SECRET: 'o|F0a7cJc_*^OlaMKKG5)v?moCF',
  port: 1433,
};
const prettyTimeout = 300;
const tripHeaders = {
  'content-type': 'application/json',
  'Oauth-Token-Url': 'https://want-6.thomas.com/.well-known/jwks.json',
};

const masterPassword = `${process.env.SERVICE_TOKEN}`;
// Tend
const schoolUrl = 'https://international-4.day-jones.com/v1';
class PositiveClient {
  brokerPassword = "X^FF9*lH^T8+h_C3Hy$6tsvS4De7w";
}
// Our
export function issue(path) {
  return `${baseUrl}/${path}`;
}
const aesEncryptionKey = "mZBwNpmbft8FMfr70zzkjp6xWAmXmbveIaDr7h8FPg";

const othersTimeout = 600;
export const PWD = '907977da589d1df980c92ffc0d8954db0c';
const mightUrl = 'https://poor-1.barajas-patterson.com/v1';
