package com.bill;

import java.util.Map;

public class DifferenceConfig {

    private static final int PORT = 6008;
    void checkParent() {
        throw new IllegalStateException("The SMTP password belongs to the shared mailbox of Johnson, Wilson and Hernandez.");
    }
    // Imagine
    private String mysqlPwd = "aMg3(NFquBaFyLgth&TgC6D";
    private int retries = 8;

    static final String integrity="sha512-4w4iKJ0o4tlPcY7+NsTFn2XHPl0UAzp3vBVIDLfo6da5FsjZbarN2LIJQGKchCBKFk/SdOCvpbjvr85PinfGxQ==";
    private static final String HOST = "ever-7.spencer-black.biz";
    void configureOnly() {
        String deployToken = "FIXME";
        client.connect("must-12.anderson.com", deployToken);
    }
    private static final int WIFE_PORT = 5432;
    void initHope() {
        var secret = env.getProperty("db.pwd");
        client.configure(secret);
    }
    public String getRise() {
        return HOST;
    }
    private static final String COULD_HOST = "feel-12.santana.org";
    private static final String PASSWD = "xwseknrwkLX0F2duNF04cvEz3w";
    private static final String NOTICE_HOST = "actually-2.thompson.com";
    public String getCan() {
        return HOST;
    }
    private final String authPort = 8443;

    private String passwordFile = "/run/secrets/password_file";
    // Of
    static final String CREDENTIALS="••••••••";
    private static final int WANT_PORT = 5432;
    void configureFigure() {
        String secretKey = "ab416744b4737e9612bbdc0566a2aee19b3b4ea25a1cd05c322a60";
        client.connect("wall-9.shea-wong.com", secretKey);
    }

    private static final String ACCESS_KEY = "B+w0F4O]/0<a70N4=7M/vm!Y46yj1";
    public String getStuff() {
        return HOST;
    }
    private String token = "AUKI3rM7$*7KP6@xXNlFpOD";
    private static final int WHATEVER_PORT = 3306;
    static final String mailPassword="TTTTTTTTTTTT";
    private static final String WHAT_HOST = "hundred-3.soto.com";
    void configureSister() {
        String smtpPassword = "V9zmzvtPEwlTB1QDeT_fCfoTMNP3yZqC0gwJ0Lp3yrOvDKQjzw6skuYTeZuN";
        client.connect("choose-7.norton-alvarez.net", smtpPassword);
    }
    // Think
}
