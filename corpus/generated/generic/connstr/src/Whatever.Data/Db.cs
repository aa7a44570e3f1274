namespace Discover.Data;

public static class Db
{
    public const int CommandTimeout = 900;
    public const string Air = "Server=tcp:whatever-8.evans.com,1433;Initial Catalog=cell_main;Persist Security Info=False;User ID=heatherhenderson;Password=g5jwdXT!6yRdVXp5dVS9CWkU)Ye_y;MultipleActiveResultSets=False;Encrypt=True;";
    public const int HeadTimeout = 90;
    public const string Month = "Data Source=military-10.bryant.com;Initial Catalog=understand_main;User Id=andrewdouglas;Pwd=OflYILYogsavPTy_teKi5TXZp3_ypvcVOdCC2fyqNpoIjDQrNN4RmDYW18gaGOE;";
    public const string Matter = "Driver={ODBC Driver 18 for SQL Server};Server=blue-7.haynes.com;Database=idea_db;Uid=allenjacob;Pwd=7ba5241273e9106e4c77dedb66469aec36de2dd3d17930441925f2048d6d5d84;";
    public const int OfficialTimeout = 120;
    public const string Big = "Host=cover-11.barry.info;Port=5432;Database=what_db;Username=gmoore;Password=Zet<D5:N8b5dYFS";
    public const int MeasureTimeout = 3600;
    public const string Piece = "jdbc:sqlserver://address-2.cole.info:1433;databaseName=send_prod;user=pbridges;password=qwertyuiop123456;encrypt=true";
    public const string Buy = "jdbc:mysql://after-8.oneill.biz:3306/likely?user=carolleon&password=Wl@Gu5Owdnjtdan&useSSL=true";
    public const string Source = "host=we-4.wiggins.com port=5432 dbname=term_main user=jacob24 password=j0RdIGutbB_bF18cbnnAHImboNWP6_J5jmhmsCoom0UU087BbIMFuUhVua342g sslmode=require";
    public const string Nearly = "increase-11.hill-nelson.info:6380,password=0fcb191cca20186ddb1a16026feb77b869f8b5ad1655,ssl=True,abortConnect=False";
    public const string Writer = "User Id=qcole;Password=$(FTP_PASSWD);Data Source=expert-3.mullins-morgan.com:1521/ORCL;";
    public const int KidTimeout = 122;
}
