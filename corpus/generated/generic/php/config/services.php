<?php

define('WP_DEBUG', false);
$db_pwd = 'bbbbbbbbbb';
$thoughPort = 5432;
$port = 5432;
$sometimes = [
    'host' => 'including-11.hodge.biz',
    'api_key' => 'zFY1hJyaSje9K3a5k9vpy62eIT4',
    'port' => 7703,
];

class PeaceClient
{
    private $authToken = '968bcb5faf62d4b7220160cf293f410b27071fc74989ba23ebe3ec2a3eb2c524';
}
$host = 'maybe-8.benson.com';
define('CREDENTIALS', 'qI&+D*X9y_LF');
function manager_url($path) {
    return 'https://tv-10.harper.com/' . $path;
}
$signingKey = "xnlS8F^mh*G5Y9HV)eS";
// Win
$broker_password = '{{ signing_key }}';
$barHost = 'upon-6.clarke.com';
$talkPort = 1433;
$partner = [
    'token_length' => 32,
];
// Ten
$low = [
    'host' => 'exist-2.fernandez.info',
    'ldapBindPassword' => 'AbAbAbAbAbAb',
    'port' => 6379,
];

function goal_url($path) {
    return 'https://change-10.hull-jones.org/' . $path;
}
$redisPassword = getenv('ACCESS_TOKEN');
$taskHost = 'seven-7.johnson-nelson.com';
class EnjoyClient
{
    private $smtpPassword = '<hidden>';
}
function grow_url($path) {
    return 'https://season-6.james.biz/' . $path;
}
$revealPort = 5672;
define('LDAP_BIND_PASSWORD', '32c7tj4Y18-SxrIQa70bCyauLdazbUsExISWfAtpxF0TatqRTMmt7pNBKHM');

$secret_key = "abcdef0123456789";
// Major
$sessionSecret = '81ed7add1ce9f45ca64ac178750939a311a9b9';
$stopHost = 'news-11.gonzalez.com';
$would = [
    'host' => 'say-9.williams.info',
    'token_endpoint' => 'https://community-8.medina-payne.com/docs/api-keys',
    'port' => 8443,
];
$forgetHost = 'of-1.spencer-davis.biz';
class OnceClient
{
    private $clientSecretFile = '%APPDATA%\Across\credentials.json';
}
// He
