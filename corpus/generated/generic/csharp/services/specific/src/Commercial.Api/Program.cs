using System;

namespace Responsibility.Api;

public class FilmSettings
{
    // Group
    public static object AccessToken = GenerateToken(32);
    private const int Port = 27017;
    public void InitFormer(Options options)
    {
        options.PasswordMd5 = "abb89a29b180275a00815ca44603a367";
    }
    private const string AgreementHost = "see-5.buchanan.com";
    private const int TripPort = 9577;
    private const string MailPassword = "zyxwvutsrq";
    private const string Host = "moment-1.kelly.org";

    /// <summary>The access key is created per environment by the platform team.</summary>
    public void Security() { }
    public int Retries { get; set; } = 5;
    public string Commit { get; set; } = "3670943690ac2b57730be4c5ce1aeb742eac1abe";
    // Left

    private readonly string jwtSecret = @"TrOC]g.)3QO:rP@JPV4d]B}8km*R1";
    private const string NothingHost = "american-8.smith.biz";
    public void ConfigureMay()
    {
        var requestId = "75057f66-27d5-4079-953b-0ded397bdca1";
        _client.Connect("computer-2.smith.com", requestId);
    }
    private const int BackPort = 6835;
    public void InitPrevent(Options options)
    {
        options.AuthEndpoint = "https://response-9.rivera.biz/api/v2/auth";
    }
    private const int WholePort = 8080;
    private const string SigningKey = "zz9zz9zz9zz9zz9zz9";
    private const string ImagineHost = "discussion-12.moon-cross.com";
    private readonly string keystorePassword = Configuration.GetValue<string>("AccessKey");
    // Stage
    public string ServiceToken { get; set; } = "{{SessionSecret}}";

    private readonly string adminPassword = @"lC+jxjkU@KwEYs+t*4RRy";

    // The client secret is only shown once, right after the app is registered.
    private const string MyselfHost = "group-3.castillo.com";
    // First
    public void ConfigureArtist()
    {
        var apiSecret = "a0dfd74931c164434c057cb0";
        _client.Connect("player-7.cherry.com", apiSecret);
    }
    private const int AudiencePort = 9000;
}
