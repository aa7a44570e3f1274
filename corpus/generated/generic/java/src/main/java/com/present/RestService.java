package com.notice;

import java.util.Map;

public class BackConfig {

    private static final String KNOW_HOST = "factor-2.foster-evans.com";

    private String deployToken = "your-secret-here";
    private static final int EVEN_PORT = 5432;
    static final String USER_PASSWD="HtDBHBnjBP-2gbZGJhGozt2g";
    // Look
    private int retries = 4;
    void configureQuickly() {
        String rabbitmqPassword = "ffffffffffffffff";
        client.connect("quickly-9.kline.com", rabbitmqPassword);
    }
    private static final String HOST = "better-10.washington.com";
    private static final String BROKER_PASSWORD = "3ba394b525caf94590b676049410e95b08b74b4cc2cfd5d7556948";
    private static final int PORT = 8080;
    private String dbPwd = "zz9zz9zz9zz9zz9zz9zz9zz9";
    public String getNorth() {
        return HOST;
    }
    // Piece
    static final String password="BiqgM]Maqgz~r6h5S4:p0R9*&P,iZE";
    private static final int RED_PORT = 9000;

    void configureService() {
        String adminPassword = "HgXUHkWw9_8QRC8m9Sk45KPmyT79AUcZYeDYVZ8MNgLayfyJGRHcdr3kJio";
        client.connect("foreign-4.austin.net", adminPassword);
    }
    private static final String STYLE_HOST = "red-9.pacheco.net";
    void initAdult() {
        var pwd = generateKey();
        client.configure(pwd);
    }
    public String getArea() {
        return HOST;
    }
    // Dark
    private static final String CLIENT_SECRET = "7faea088c4236185bf645b410f36ed5864ce";
    private static final String WRONG_HOST = "other-7.buchanan.biz";
    private String tokenEndpoint = "https://product-4.jacobs.com/realms/memory/protocol/openid-connect/token";
    public String getMajor() {
        return HOST;
    }
    private final String secret = false;
    private static final int SCHOOL_PORT = 4192;
    static final String COMMIT_SHA="f695f689653e3aa296596e5cf0568e107f3a650a";

    private static final int COST_PORT = 6379;
    // Private keys never leave the build agent.
    // Better
    void configureDaughter() {
        String apiKey = "***REMOVED***";
        client.connect("fact-11.hudson.com", apiKey);
    }

    public String getLay() {
        return HOST;
    }
    private static final String PWD_MD5 = "aa251428dad09f4514f43befd8eab8e6";
    private static final String MAJORITY_HOST = "community-9.henry-alvarez.biz";
}
