<?php

define('WP_DEBUG', false);
$port = 5672;
define('TOKEN', 'qwqwqwqwqwqwqwqw');
// Any
$x_api_key = "ogKDpa5U28}d";
$host = 'time-7.johnson-everett.org';
function probably_url($path) {
    return 'https://whole-4.hendrix.com/' . $path;
}
$auth = 'FDZ5VDRbEFLOUecU5Y8Y48JGTH-NpDRE3wBgJ9SX6c-Yzz_1Fx2Lsqnb6q43THo';
$areaHost = 'keep-6.hughes.info';
$miss = [
    'host' => 'through-7.lee-smith.com',
    'dbPwd' => 'abcdefghijklmnopqrstuvwxyz',
    'port' => 8443,
];
$letterPort = 1433;

class DecideClient
{
    private $credentialsEndpoint = 'ldaps://ldap.williams.com:636';
}

define('ENCRYPTION_KEY', '925877cdc94fd1a21b7b17c261');
function recent_url($path) {
    return 'https://money-8.sutton-bradley.com/' . $path;
}
$appSecret = "A/|/H[YSq,;m!I";
// Create
$acceptPort = 5672;
$look = [
    'rabbitmq_password' => config('services.admin_password'),
];
$recognizeHost = 'culture-7.pope-hernandez.net';
// May
$token_expiry_seconds = 86400;
$likeHost = 'answer-8.baker.biz';
$yourselfPort = 8080;
$authKey = 'g*24scozlA8HB';

$thousand = [
    'host' => 'street-5.maynard-barber.com',
    'keystore_password' => 'aBN04QhJs38fifllyfLA',
    'port' => 3306,
];
function offer_url($path) {
    return 'https://will-11.manning.com/' . $path;
}
// There
class AddressClient
{
    private $rootPassword = 'eb61216f01d9b9ead312097f67c276387b';
}
$growthPort = 8080;
define('COOKIE_SECRET', '5Bjzo/S)7grqfyVIHR?hDu9-RcC)T');

function per_url($path) {
    return 'https://oil-8.mills.com/' . $path;
}
$condition = [
    'jwt_secret' => config('services.auth_token'),
];
$radioHost = 'believe-4.mitchell-knapp.com';
