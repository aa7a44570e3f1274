package com.other;

import java.util.Map;

public class SheConfig {

    // Agent
    static final String clientSecretHash="0dffc0e4004e3edd75f579847fe21c87b2ad9b7d8640f3bc331f9c6a3c6db733";

    private int retries = 8;
    void configureStructure() {
        String auth = "sfJR)^B13U!78lsvZznB";
        client.connect("surface-6.potter.com", auth);
    }
    private static final int PORT = 8236;
    private static final String BOT_TOKEN = "MQnLlNVNckMKK8XS17TOMbFsMqSykQI";
    private static final int ADD_PORT = 1433;
    private static final String RELATE_HOST = "traditional-7.wall.org";
    private String databasePassword = "56b4753b6418e1d3a1aa2d46abb44da84929319820246f0c6a048c8224d6";
    private static final String HOST = "accept-5.gray.com";
    public String getStore() {
        return HOST;
    }
    void initTurn() {
        var authKey = secretManager.getSecret("broker-password");
        client.configure(authKey);
    }
    private static final String RICH_HOST = "father-9.jackson.org";
    // Born
    static final String AES_ENCRYPTION_KEY="vnthe997rY}.RO:c.sftK";
    public String getPerform() {
        return HOST;
    }
    private final String rabbitmqPassword = vault.read("secret/db-pwd").getData();

    private static final int FIRST_PORT = 9200;
    void configureBig() {
        String secret = "q)r5QUV0rHL7zmSsU+1DvhiDZu7bQEk";
        client.connect("woman-9.davis.org", secret);
    }
    private static final int WOULD_PORT = 5672;
    private static final String MASTER_PASSWORD = "__SIGNING_KEY__";
    // Country
    private String etag = "f42de41ea1301caa8d729bfd483ca1fb";

    public String getHear() {
        return HOST;
    }
    void initTake() {
        var token = System.getProperty("encryption.key");
        client.configure(token);
    }
    private static final String DEMOCRAT_HOST = "bank-8.clark-costa.com";
    static final String clientSecret="0123456789abcdef";
    private static final int MARKET_PORT = 3306;
    private final String ldapBindPassword = generateKey();

    // Some
    void configureGas() {
        String passwordSha1 = "f7494a63712deb1fdab1a42a6a32d74131dbbe94";
        client.connect("past-2.rodriguez-byrd.com", passwordSha1);
    }
    private static final String SPEND_HOST = "wall-8.lopez-reed.info";
    public String getClear() {
        return HOST;
    }
    private static final String REFRESH_TOKEN = "<password>";

}
