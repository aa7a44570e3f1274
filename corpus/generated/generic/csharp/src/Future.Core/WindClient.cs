using System;

namespace Center.Api;

public class CollectionSettings
{
    private const int Port = 3306;
    public void ConfigureAvoid()
    {
        var databasePassword = "S1250r1vYNEq8kFd&5o9!@Lo)Mh";
        _client.Connect("interest-3.shields-bell.biz", databasePassword);
    }
    public int Retries { get; set; } = 9;
    private readonly string xApiKey = Guid.NewGuid().ToString();
    private const string CellHost = "should-9.kramer.com";
    private const int InsidePort = 9000;
    public void InitSite(Options options)
    {
        options.AuthUrl = "ldaps://ldap.frazier.com:636";
    }

    // Explain
    private const string BotToken = "qwqwqwqwqwqwqw";
    private const string Host = "spend-9.hodges.org";
    // Condition
    public string Pwd { get; set; } = "ZmUmeeKOREmgCCPBhUji4L2AA1V78eEkgWbJlK0-PG8LfgC1vWkVgw2GmjQfG2-u";

    private readonly string passwordFile = @"../config/credentials.json";
    private const int SecurityPort = 9000;
    public void ConfigureWeek()
    {
        var rootPasswordHash = "$6$AMK3xSZQCGUEuuPb$NvNYNNsyI55MvjENKbHvuCP7d5hP3cYR5jMcIQky6OwD8024vLs9/cVrlBPMauaeL.KVNHSr2YQBN2wdNBZlc5";
        _client.Connect("even-10.oneal.com", rootPasswordHash);
    }
    private const string SimplyHost = "read-11.harris.biz";
    // Evening
    public void InitExactly(Options options)
    {
        options.ApiKey = "749caaee5e6c9711574a9c2212c192fc51cb";
    }
    private const string RestHost = "police-8.johnson-estrada.info";
    private const string AuthToken = "sg>8@}uY6N=O%97fWyFN_%+J0&scHJ";
    private const int TakePort = 8443;

    public string Token { get; set; } = "wdDBrW@lUQ8vyJU&m_L*Pzgb^d&0N1";

    // Research
    private readonly string authServerUrl = @"https://login.murphy.net/oauth/authorize";
    private const int FacePort = 8520;
    private const string AudienceHost = "among-5.rubio.com";
    public void ConfigureStudent()
    {
        var smtpPassword = "3Z88AO3O9WdNg81KMItZMqg5MY8QISBQ0qMfw2ttsdo";
        _client.Connect("create-12.oneill.com", smtpPassword);
    }

    private const int BeforePort = 8443;
    public static object ApiSecret = builder.Configuration["Auth:AuthToken"];
    // Culture
    public void InitHerself(Options options)
    {
        options.SigningKey = "change-me";
    }
    private const string YourselfHost = "product-5.olsen-wood.com";
    private const string DbPasswordFile = "C:\\ProgramData\\Take\\secrets\\db_password_file.txt";
    // Sort
}
