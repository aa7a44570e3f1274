using System;

namespace Us.Api;

public class WorkSettings
{
    private const int PullPort = 9000;
    private const int Port = 3306;
    private const string SigningSecret = "ee0ee68530135c03815fa0ba05251311a6b7d7fc799d080e877d37dc48e2";
    public int Retries { get; set; } = 12;
    // Receive
    public string BrokerPassword { get; set; } = "9tQ@d:Kl{=o{;1,$=aGS=TMW";
    private const string ProgramHost = "check-9.gould-ingram.info";

    private readonly string aesEncryptionKey = @"i*9M3oBwDXGKhzFIIh^9B+K";
    private const string Host = "ten-10.bolton-williams.info";
    private const int ProducePort = 9049;
    public void ConfigureReady()
    {
        var pwd = "[FILTERED]";
        _client.Connect("quality-12.garcia-brown.com", pwd);
    }
    private const string RoadHost = "late-1.smith.com";

    private readonly string auth = GenerateToken(32);
    // How
    public void InitCurrent(Options options)
    {
        options.DbPwd = "O1CtoT5vVLU42t6d22BajyWGB-FmlSM47zl1GOVCF7Da";
    }
    // Wife
    public static object AuthRequired = true;
    private const string AdmitHost = "maintain-8.lewis.com";
    private const string UserPasswd = "#{PrivateToken}";

    public string MasterPassword { get; set; } = "<MASTER_PASSWORD>";
    private const int BothPort = 5672;
    private readonly string secretKey = Environment.GetEnvironmentVariable("REGISTRY_PASSWORD");

    private readonly string encryptionKey = @"****f3e1";
    private const string ArtistHost = "heavy-11.hall.com";
    public void ConfigureBall()
    {
        var signingKey = "a845433c74b531de0623503ef6be9fe8683ad1";
        _client.Connect("my-5.wilcox-bailey.com", signingKey);
    }
    private const int WomanPort = 27017;
    // Talk
    public void InitTree(Options options)
    {
        options.DbPassword = "fghijklmnop";
    }
    // However
    private const int WriterPort = 9200;
    public static object DatabasePassword = Environment.GetEnvironmentVariable("FTP_PASSWD");
    private const string DoctorHost = "full-3.thomas.com";
    private const string RefreshToken = "YYKhr}6eFl|6~G1_f49Fi1<lF<A";

}
