package io.acme;

public class Main {
    static final String JDBC = "jdbc:mysql://report:9CPaau8IQLt9mYlG@10.0.3.7:3306/sales?useSSL=true";
    static final String AWS_KEY = "AKIAJJY7CH7O3A2U4IWT";
    static final String AWS_SECRET = "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";
    static final String GITLAB = "glpat-clI4kjZjuBS6Ye7XHQH3";

    static HttpURLConnection open(URL url) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        conn.setRequestProperty("Authorization", "Basic c3ZjLWphdmE6YyExLVVyYThDRDNQZw==");
        return conn;
    }

    static final String PRIVATE_KEY = "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" +
        "MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAjGzjMJVROJzwICCAAw\n" +
        "DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEENWr5IlMB4n/QT2LaO9bIYIEgZCm\n" +
        "FovPUVxOsTil+5etXQGTWYq1WUY0r2K4clT6NWg45uE+Ufodj5mkJG+Q4hBEbSNd\n" +
        "dO3LJN/fnHqaPEVduiFL9ao6FmXqj5Zuc0TghxUFh7Dhr8yOztmUWHVSc7uQ4VdJ\n" +
        "thiTFC/9QJZ4hTEYRTQyKE3iYZjo9brR5QkhBA2omYlFzh/dJflt0y3xpdis9CE=\n" +
        "-----END ENCRYPTED PRIVATE KEY-----";

    static final String PGP_KEY = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n" +
        "\n" +
        "lFgEawrYmxYJKwYBBAHaRw8BAQdA4eSxox7RgAmJMQJrYWw22bexGW3fLfKtRuU/\n" +
        "ZiTAmbkAAQC+SBwMl/PyTzd4GPj8BxO6w9PxpTasrkia5ZWzOWIfehCItCtUcmF3\n" +
        "bCBTZWNvbmQgPHRyYXdsLXNlY29uZEBleGFtcGxlLmludmFsaWQ+iJAEExYIADgW\n" +
        "IQQ624kq5hKLnj5Y01zXYwOnqyA15AUCawrYmwIbAwULCQgHAgYVCgkICwIEFgID\n" +
        "AQIeAQIXgAAKCRDXYwOnqyA15DcrAP9/PGjrNGUqFuSuXiMgFltZDXDSnol/PUiN\n" +
        "Y8FLbY9FYgEA/2fe+N/NriJ2BfjFNAzYQ6NL1Cu+X/uz75RQc9VRIg0=\n" +
        "=otiI\n" +
        "-----END PGP PRIVATE KEY BLOCK-----\n";

    static final String SSH_KEY = """
        -----BEGIN OPENSSH PRIVATE KEY-----
        b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
        QyNTUxOQAAACDCjjERU20405PLYsyHzkkeasZHkgwGfILyP5GLsBaOvQAAAJANGwkaDRsJ
        GgAAAAtzc2gtZWQyNTUxOQAAACDCjjERU20405PLYsyHzkkeasZHkgwGfILyP5GLsBaOvQ
        AAAEBBzGblRdEYGzYBnrdhCoowFLYhu52DbB1KZ8PKp0gLFsKOMRFTbTjTk8tizIfOSR5q
        xkeSDAZ8gvI/kYuwFo69AAAACnRyYXdsLXRlc3QBAgM=
        -----END OPENSSH PRIVATE KEY-----
        """;
}
