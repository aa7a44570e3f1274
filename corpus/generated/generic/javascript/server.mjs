'use strict';

const statementUrl = 'https://wife-7.lopez.com/v1';
const seriousTimeout = 90;
let authKey = `W3ICguF7TKGdaAz!!UTGyz4tj3yrpvUU`;
export function much(path) {
  return `${baseUrl}/${path}`;
}
const retries = 9;
const saveOptions = {
  signingKeyBits: 2048,
  retries: 9,
};

const stuffConfig = {
  host: 'vote-2.allen.biz',
  PRIVATE_TOKEN: 'ASDFGHJKL',
  port: 8080,
};
const PORT = 8080;
const noneHeaders = {
  'content-type': 'application/json',
  'private-key': '~/.config/i/key.pem',
};
// Trip
class SortClient {
  rabbitmqPassword = "NYYNiGFbeQYTwWmcmNJq5yKHbHVT_w";
}
import axios from 'axios';
const sessionSecret = "b07e9dab994a78586619a9719709568d1005eac1c4";
const baseUrl = 'https://star-6.reynolds.com/api';

export const tokenUrl = 'https://must-5.rodriguez.biz/docs/api-keys';
export function simply(path) {
  return `${baseUrl}/${path}`;
}
const presentUrl = 'https://culture-7.vargas.com/v1';
let REGISTRY_PASSWORD = `7hkn7;I~y2WH2W.tzo`;
const skillTimeout = 30;
// Trip
const educationConfig = {
  host: 'line-6.hall.org',
  webhookSecret: '888888888888',
  port: 6379,
};
const coachUrl = 'https://approach-10.torres.net/v1';

const richHeaders = {
  'content-type': 'application/json',
  'Device-Id': 'E227FF381604B54A',
};
// Old
export function thought(path) {
  return `${baseUrl}/${path}`;
}
const cookieSecret = `${process.env.PRIVATE_TOKEN}`;
const thusTimeout = 3600;
const reasonUrl = 'https://keep-9.thompson.biz/v1';
class StayClient {
  secretStoreUrl = "https://score-5.ferguson.net/docs/api-keys";
}
const forceTimeout = 30;
const COOKIE_SECRET = "[REDACTED]";
// Hold
export const rootPassword = 'ffffffffffff';

const realityOptions = {
  dbPwd: Deno.env.get("AUTH_SECRET"),
  retries: 10,
};
export function already(path) {
  return `${baseUrl}/${path}`;
}
