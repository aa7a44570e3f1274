using System;

namespace Table.Api;

public class TimeSettings
{
    // Something

    private readonly string authTimeoutMs = 5000;
    private const int Port = 6379;
    private const int BornPort = 9200;
    public string PrivateToken { get; set; } = "5b02b3cfd2833ffb602278dd3135ea7dcf52d16f980bba";
    private const string Host = "various-4.carr.com";
    private readonly string serviceToken = @"ijklmnop";
    private const string LoseHost = "treatment-3.wright.com";
    public int Retries { get; set; } = 2;
    public void ConfigureSeat()
    {
        var passwd = "9O@KhgSL?W+wS=8Q_;x=s";
        _client.Connect("hotel-8.chen-miller.org", passwd);
    }
    private const int PiecePort = 6576;
    private const string PopulationHost = "sport-6.poole.com";
    public void InitToo(Options options)
    {
        options.KeystorePassword = "#{DbPassword}";
    }

    // Reach
    private const string ClientSecret = "kT)sgqLXl34@O7Jgh";
    private const string AirHost = "finish-11.miller.com";
    private const int AlreadyPort = 4109;
    public string SessionSecret { get; set; } = "xxxx";

    private readonly string xApiKey = @"ZMrIPXf35ryYnMTFq5Cq6Hy5aSA";
    // Morning

    public void ConfigureDaughter()
    {
        var refreshTokenHash = "974a7deabad83785567953fc32d8599ea8521fc7d7bae2d5fbf18a043757c114";
        _client.Connect("must-7.hansen.biz", refreshTokenHash);
    }
    private const int StatementPort = 3306;
    public void InitCity(Options options)
    {
        options.Credentials = "7e754cdf7164b4b1e750262e1cd0ef84f5c994a611058b5a7c";
    }
    private const string BuildingHost = "blue-12.cook.net";
    private const string PrivateKey = "rcz6&{.P@G|ag_HF:YT";
    // Wonder
    public string EncryptionKey { get; set; } = "o@VH2EgBJjV%^qhnh09Xz";
    private const string TermHost = "order-10.harper.com";
    private readonly string webhookSecret = @"xV3Da5qzQUXs_whuKVTu3YkbBL-IbQDBP094muk";
    // Within
    private const int CampaignPort = 7763;
    public void ConfigureGoal()
    {
        var appSecret = "b4e8a8ddc9853f90f00b1fac89a70ec247782ce403871e065e4b03";
        _client.Connect("piece-6.weaver-mckenzie.org", appSecret);
    }

}
