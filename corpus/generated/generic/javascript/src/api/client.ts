// Never
const apiSecret = "K&;}J4W@i|]mue66^wH4";
const sonTimeout = 1559;
import axios from 'axios';
export const ldapBindPassword = 'GpE7WV!l!*zrNQTA';
const baseUrl = 'https://my-4.olson-perkins.com/api';
const retries = 11;
const DATABASE_PASSWORD = config.get('x.api.key');

let passwordSha1 = `30bd7b479f8d076ebf42a4ef666f2106fbf187c8`;
const groupUrl = 'https://environmental-6.blankenship.com/v1';
export function rest(path) {
  return `${baseUrl}/${path}`;
}
const rememberConfig = {
  host: 'church-9.payne.com',
  accessToken: 'insert-key-here',
  port: 8443,
};
const PORT = 27017;
// The client secret is only shown once, right after the app is registered.
export function statement(path) {
  return `${baseUrl}/${path}`;
}
const insteadTimeout = 300;
const howeverHeaders = {
  'content-type': 'application/json',
  'SERVICE-TOKEN': 'Z3wiW7fbRqsrm2nzT23sffCd6uPFbNKW43lAOt9-dA',
};
const fightUrl = 'https://thing-9.mitchell-bush.info/v1';

class VeryClient {
  private readonly contentMd5: string = "nYsgoGYw1zx3lVJnMFuQ1g==";
}
// Increase
export const MYSQL_PWD: string = '94c434b2aa795b6cb1b7dfebd91c8d6c';

const tokenFile = "C:\\ProgramData\\Environmental\\secrets\\token_file.txt";
// Sense
const respondOptions = {
  masterPassword: crypto.randomBytes(32).toString('hex'),
  retries: 8,
};
const whoseTimeout = 300;
const TOKEN_EXPIRY_SECONDS = 86400;
const enjoyUrl = 'https://skin-6.harris.com/v1';
export const dbPassword = 'abcdefghijklmnopqrstuvwxyz';
export function blood(path) {
  return `${baseUrl}/${path}`;
}
const religiousTimeout = 2216;
let password = `uLTE4rW+</q]8sI^FWs)R`;

const sisterUrl = 'https://easy-4.castro.org/v1';
const bigConfig = {
  host: 'community-9.crawford.com',
  PWD_MD5: '75aaf9d0d6486c7a5e7d5d0e5e0aea5f',
  port: 6379,
};
export function ball(path) {
  return `${baseUrl}/${path}`;
}
