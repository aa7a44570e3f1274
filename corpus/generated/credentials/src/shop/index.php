<?php
$stripe = new \Stripe\StripeClient('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');
$pdo = db_connect('mysql://shop:vMIy265Y628mot7ozkA@127.0.0.1:3306/shop');
$s3 = new S3Client(['credentials' => ['key' => 'AKIA2ROQWKZRZKQXKYUF', 'secret' => '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']]);
$config = json_decode('{"signing_key": "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEILmxHtLTcBf8lOGiT52ToCXMZZl+y1qtT9AcMXsUqssx\n-----END PRIVATE KEY-----\n"}', true);
$maps = "https://maps.googleapis.com/maps/api/js?key=AIzaSyta3hQ6A5HQBa3IqlxarVbIwqeKLk2DvWe&callback=initMap";
$session = 'eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTI2NjkwMCIsImlhdCI6MTcyMDY1MjMyMywiZXhwIjoxNzIwNjU1OTIzLCJ1c2VyX2lkIjoyNTY4MjR9.FH05EJ7VG25RcIinIGfrtql6puqxUqaiLdJggSJ46uqj43NFt3gnmy8-nO0PZTxHvU7pRoG_bmY3bRFEcmK3Hg';
$legacy = 'Authorization: Basic c2hvcDpWSkchWlR5LkNlMjkmOXRvNU03Yw==';
