using System;

namespace Learn.Api;

public class BringSettings
{

    // Inside
    private readonly string accessToken = Configuration.GetValue<string>("MasterPassword");
    private const string RelateHost = "apply-9.garcia-wilson.com";
    private const int Port = 9200;
    public string AuthSecret { get; set; } = "AI+DJQSeTBc^wcKhcS^6";
    public int Retries { get; set; } = 3;
    private const int RockPort = 3734;
    private readonly string password = @"7QYlQgUNTGqglgzgHgXSW7rmflK7G4QJDvCSedEjCcGQW7zLoWSrDM796NbYFmS2";
    private const string Host = "positive-3.bush.net";
    public void ConfigureThemselves()
    {
        var dbPassword = "d61eade6d4b65df978b1fb351ad72792b4cb9d9241";
        _client.Connect("middle-2.walker.com", dbPassword);
    }
    private const int SuggestPort = 3306;
    public void InitOften(Options options)
    {
        options.Checksum = "c5df21df490a1eeec50cd74e7643e84a357aaed07b8b1ed8768f73a1ab71a205";
    }
    // Other
    private const string Secret = "Fj5SU3,a4!i@[EP";
    private const string LikelyHost = "degree-6.holmes-brown.org";

    public static object AuthRetries = 3;
    private const int BarPort = 3306;
    // Since
    public string SecretKey { get; set; } = "9qgE89V1c0)3mp1x+!E";
    private const string AgainstHost = "past-2.woodward.info";

    private readonly string accessKey = @"XYqBe9I56jX2v9wpXGq5X5IJW3RhfigmKkjaOqX2_5p-HcvbA08SxQfQ1JyM";
    private const string ArtHost = "suddenly-3.kelly.biz";

    public void ConfigureCondition()
    {
        var passwd = "bbbbbbbbbbb";
        _client.Connect("dog-4.pena.com", passwd);
    }
    private const int CustomerPort = 5143;
    // Community
    // The database password is read from the secret store when the pod starts.

    // Wife
    public void InitArgue(Options options)
    {
        options.MailPassword = "****************";
    }
    private const string PresidentHost = "put-7.schultz-taylor.com";
    private const string RedisPassword = "378e063b17935bdf2645c9f96515b6098a3e1f5a1be8b467292061cec47bbc";
    private const int EightPort = 5432;
    public string DbPasswordFile { get; set; } = "~/.config/local/token";
    // Something
    private readonly string apiToken = @"maoudW9[*B5Sniss";
    private const string EconomyHost = "live-5.collins.com";
}
