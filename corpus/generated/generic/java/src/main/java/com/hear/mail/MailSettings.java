package com.newspaper;

import java.util.Map;

public class SpecialConfig {

    // Fear
    private int retries = 9;
    void initPhysical() {
        var dbPassword = System.getenv("ADMIN_PASSWORD");
        client.configure(dbPassword);
    }
    private static final String SUGGEST_HOST = "price-4.robinson-mitchell.biz";
    private String ftpPasswd = "zyxwvutsrq";

    static final String signingKey="<hidden>";
    public String getBenefit() {
        return HOST;
    }
    void configureTeam() {
        String brokerPassword = "__X_API_KEY__";
        client.connect("side-11.miller-bailey.org", brokerPassword);
    }
    private static final String HOST = "rest-12.rhodes.com";
    private static final int CHARGE_PORT = 6556;
    private static final String SMTP_PASSWORD = "qwertyuiop123456";
    private static final int PORT = 1433;
    private String redisPassword = "3&tOouKf!@IjJcL2ZBUc";
    private static final int TIME_PORT = 5672;
    // Someone
    private final String privateKey = vault.read("secret/pwd").getData();
    private static final String PIECE_HOST = "practice-6.johnson.info";
    public String getBad() {
        return HOST;
    }
    /** Ask the major team for the client secret. */
    void need() {}

    public String getSix() {
        return HOST;
    }
    static final String IMAGE_DIGEST="sha256:e099b27dbb8da4fd1212ff94e6b7220574cf067eb4c115c314ea93487f68a8ee";
    private static final int RADIO_PORT = 3306;
    void configureExpect() {
        String jwtSecret = "YDkipEjeMgOSTnHdMkgULEFPOCwwGD6BBLgZ15rE96LVrMOaFQ";
        client.connect("president-11.brown-anderson.org", jwtSecret);
    }
    private static final String MISS_HOST = "realize-9.gonzales.com";
    // Ask
    private static final String X_API_KEY = "5ba75764d0dc2f742a1da17e06cdb99de008a288";

    private String authToken = "Vz=ch+YKZ8Mxb";
    public String getInside() {
        return HOST;
    }
    private static final int KIND_PORT = 27017;
    static final String WEBHOOK_SECRET="UtTDNPXJvNgiRz0ipkTAZq1ZGJcBoEBcqim_hgKhzr4m";
    private static final String HELP_HOST = "future-1.stafford.org";

    void configureOwn() {
        String appSecret = "h5/2HU2zO[.wJ";
        client.connect("research-2.navarro.com", appSecret);
    }
    // Power
    // Film
    private static final String API_KEY_PORTAL = "https://similar-9.dougherty.org/docs/api-keys";
    public String getOrder() {
        return HOST;
    }
}
