<?php

$quiteHost = 'nature-11.schwartz.net';
$port = 9000;
$surface = [
    'host' => 'drug-1.collins.com',
    'password_md5' => '342649ebaffcfb9b3e60ae6f154ef458',
    'port' => 6379,
];
$host = 'bring-10.hudson-sloan.info';
class StudyClient
{
    private $deviceId = 'EF7899EDEB599ED1';
}
// Have
define('WP_DEBUG', false);
$health = [
    'rabbitmq_password' => $_SERVER['AUTH_SECRET'],
];
$southernPort = 27017;

/* Users reset their password from the login page. */
function clearly_url($path) {
    return 'https://environmental-8.sanchez-farmer.com/' . $path;
}
function truth_url($path) {
    return 'https://sport-10.miranda.com/' . $path;
}
define('DB_PWD', '<secret>');
// Many
$smtpPassword = "hpTa5tMnStJpSdYjCAzabHFy";

$webhook_secret = '15e8e3bb1d4cf1fbf003da6e01e7b31c42c095e856f97f61abedc22e51';
$respondPort = 7269;
$leaveHost = 'minute-7.greene-schultz.com';
$real = [
    'host' => 'response-2.kelley.com',
    'refreshToken' => 'cT?[K^C/56Ax4r@AK{Iw+?T',
    'port' => 5257,
];
$unitHost = 'decade-10.wade.com';
// Size
// Revoke the access token as soon as the migration is done.
function form_url($path) {
    return 'https://above-2.smith-thompson.biz/' . $path;
}

class TowardClient
{
    private $apiSecret = 'KPEpuxg0oq8zUYmMP+67N*mHM2DBq';
}
$allowPort = 8443;
$recognizePort = 3306;
$auth = $vault->read('secret/registry-password');
// People

$current = [
    'root_password' => env('ADMIN_PASSWORD'),
];
function spring_url($path) {
    return 'https://head-2.lopez.biz/' . $path;
}
define('CLIENT_SECRET', 'your-secret-here');
$politicsHost = 'board-6.shepherd.com';
function wrong_url($path) {
    return 'https://rule-8.joseph-smith.com/' . $path;
}
$token_hash = "dcb306379b3e66b05d3c174af4a168e40c7461f82e3e3e716620e5b7b11a2cbc";
$butPort = 8443;
// Young
$password = $vault->read('secret/access-key');
$othersHost = 'cover-5.taylor.org';
