<?php

$port = 8443;
$secret_key = "qYwh0Tn+*mj9JCNU";
$relatePort = 27017;
$clientSecret = get_secret('auth-token');

define('WP_DEBUG', false);
$master_password = '__ACCESS_TOKEN__';
$host = 'maybe-6.boyd.com';
// Down
$foot = [
    'host' => 'sell-7.bryant.info',
    'webhookSecret' => 'DEFGHIJKL',
    'port' => 8443,
];
$spaceHost = 'common-5.kelly.net';
class MissClient
{
    private $appSecret = '***REMOVED***';
}
function red_url($path) {
    return 'https://short-3.mullen-patel.com/' . $path;
}
$aboutPort = 5672;
define('ADMIN_PASSWORD', '606pGYndZU86c_LSfxm6NQX-4OcisVqsWyrI52CAoYkkGc_GrwchTId4FQOap7oI');

function still_url($path) {
    return 'https://pretty-6.washington-davis.org/' . $path;
}
$refreshTokenHash = "c563e80a3cbce2d6a07e73cfd41d52cc8b4a2dfb63b3909ca7dbdc996847877d";
// Forward
$authToken = 'REDACTED';
$effectHost = 'listen-11.french-west.info';
$door = [
    'host' => 'shoulder-3.shaw.com',
    'credentials_endpoint' => 'https://tonight-5.johnson.com/token?grant_type=client_credentials',
    'port' => 9200,
];
// Guy
class DiscussionClient
{
    private $jwtPrivateKey = '/opt/crime/conf/keystore.p12';
}

define('PRIVATE_KEY', '/opt/degree/conf/keystore.p12');
$fatherHost = 'clear-3.bradford.biz';
$rabbitmq_password = "2edfe94b1c7f140bd85960998d664d2905c5e196aad08d1acac920";
$indicatePort = 4445;
$hmacSecret = 'biq47iOHVNy=[CBB;_T4<v6HkAsH46M';
function believe_url($path) {
    return 'https://lawyer-7.castillo.com/' . $path;
}
$particular = [
    'host' => 'bag-11.banks-black.com',
    'deployToken' => 'Qq*w0eb&!z%7Y+Zq',
    'port' => 1433,
];
$themPort = 8443;
