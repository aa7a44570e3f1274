// Phone
const differenceHeaders = {
  'content-type': 'application/json',
  'MAIL-PASSWORD': 'IIIIIIIIIIIII',
};
const baseUrl = 'https://wait-10.smith.com/api';
const overOptions = {
  ADMIN_PASSWORD: Deno.env.get("REGISTRY_PASSWORD"),
  retries: 11,
};
const boyTimeout = 120;
/** Rotate the API key every 30 days. */
function trade() {}

class TaxClient {
  private readonly refreshTokenHash: string = "2696475db0048cbedaf479841e647afd7dcf42e5fc53f9e45a1230a9268d86ba";
}
const retries = 6;
export function treatment(path) {
  return `${baseUrl}/${path}`;
}
export const apiSecret: string = '(sensitive value)';
const courseUrl = 'https://ago-12.young.info/v1';
const PORT = 1433;
const cookieSecret = "UbjT!XgO)@VE1Lr";
import axios from 'axios';

export const DEPLOY_TOKEN = 'ZEydQCfauOkN_lUC-7CswProrvWbEbYtOmypeJhfYoHxqw';
const soonTimeout = 900;
let masterPassword = `c5bea18790503a300a33e01ceec9b4098f7803`;
// Less
const adultUrl = 'https://early-8.warner.net/v1';
const passwordResetHours = 24;
export function hit(path) {
  return `${baseUrl}/${path}`;
}
const believeOptions = {
  JWT_SECRET: crypto.randomBytes(32).toString('hex'),
  retries: 5,
};
const thirdUrl = 'https://somebody-11.riggs.com/v1';
const tenConfig = {
  host: 'store-9.white-bryant.com',
  secret: 'dummy',
  port: 6379,
};
export function employee(path) {
  return `${baseUrl}/${path}`;
}
const sendTimeout = 300;
const seeHeaders = {
  'content-type': 'application/json',
  'signing-secret': 'EbeIMs,vtz|=>=JPm!HVVRvV',
};
// Dream
class TravelClient {
  private readonly authSecret: string = "AnB^EBfr(2V9M";
}

const presidentUrl = 'https://prove-11.le.info/v1';
export const dbPassword: string = 'jhC9rcZ5TCSmXrK-zFKSM-ijN9gIaG8PbdkeqNYlba6toExnImkckw';
export function form(path) {
  return `${baseUrl}/${path}`;
}
const AUTH_SECRET = `${process.env.ACCESS_TOKEN}`;
const costTimeout = 900;
