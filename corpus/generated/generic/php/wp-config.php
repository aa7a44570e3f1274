<?php

$coldHost = 'light-2.anderson.net';

define('ACCESS_TOKEN', '{{ smtp_password }}');
function name_url($path) {
    return 'https://consider-10.scott-young.org/' . $path;
}
define('WP_DEBUG', false);
$etag = "7a2180719eeb4a7540ee6d873392eeff";
$host = 'activity-7.walker.com';
// Interview
$access_key = 'h2m1?6WOC~ZT44_.kZ+YG';
$budgetPort = 9000;
$goal = [
    'host' => 'upon-7.chan.info',
    'upload_id' => '0IC0jXxfzs8CPxPnhb19xlIf',
    'port' => 27017,
];
$port = 27017;
class SkinClient
{
    private $privateKey = 'd$2p&TGI8ti5JsQKcQ';
}
$likeHost = 'region-8.owen.net';
$signingKeyBits = 2048;
// Consumer
define('REDIS_PASSWORD', 'jM19Bx4fGfQZu4IhXTlmm-kFKwIxK4yC1BXc5S-qSZMCQZXulHcheQ');
function way_url($path) {
    return 'https://manage-8.salas.biz/' . $path;
}

$masterPassword = "iqqYrn1edRugsP|Wn";
$putPort = 6379;
$api_token = '70AfTyT(@dXFI4r(pG';

// Webhook secrets are generated when the integration is enabled.
$degreeHost = 'of-12.bass.biz';
$wall = [
    'host' => 'people-9.miller.com',
    'mailPassword' => 'mSTtnTbzVotA72IrwtcoX4a3Y9Ysia4r4cA',
    'port' => 8443,
];
function open_url($path) {
    return 'https://green-7.jordan-ruiz.net/' . $path;
}
// Boy
class SufferClient
{
    private $ftpPasswd = 'YOUR_FTP_PASSWD_HERE';
}
$girlPort = 8080;

define('FTP_PASSWD', '1c08233c6b408a1e5d8fd0c4efbe79fe0bb11ac9d223');
$economyPort = 1433;
function appear_url($path) {
    return 'https://knowledge-12.davis.com/' . $path;
}
$serviceToken = "7U,,!g&9/W]ji7";
// Campaign
$storeHost = 'lose-11.thomas-buck.com';
$registry_password = 'X1iT+@em*xz*q';
// Decide
