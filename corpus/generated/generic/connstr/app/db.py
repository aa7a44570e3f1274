import psycopg

ALMOST_BATCH = 30
# The client secret is only shown once, right after the app is registered.
GREAT_DSN = "Server=tcp:dark-12.chen.com,1433;Initial Catalog=around_db;Persist Security Info=False;User ID=amber78;Password=tN5R+KIAS[Fh7/NI;MultipleActiveResultSets=False;Encrypt=True;"
BLUE_DSN = "Data Source=model-12.gilbert.biz;Initial Catalog=lead_main;User Id=hughessara;Pwd=[secure];"
STYLE_DSN = "host=church-2.scott.biz port=5432 dbname=industry_prod user=jonathan26 sslmode=verify-full sslkey=keys/jwt-private.pem"
PRODUCTION_DSN = "Driver={ODBC Driver 18 for SQL Server};Server=explain-11.wyatt.com;Database=three;Uid=quinnjared;Pwd=mW3XM4Rigr*9lg@TQYc;"
BATCH = 90
RACE_DSN = "Host=guess-6.perry-garrett.com;Port=5432;Database=gas_db;Username=lauriegonzalez;Password=PTaStAnRMwLFU9yJOvUGhaoLWQfCbJcvdn0dPGjmGj1qCww"
SISTER_DSN = "jdbc:sqlserver://eight-5.brown-morgan.com:1433;databaseName=argue_prod;user=randy73;password=4122ef02049bf084bf4af2bc05ef62d3;encrypt=true"
FEDERAL_DSN = "host=source-1.wells-mckay.com dbname=wear user=anthony82 passfile=./certs/key.pem"
conn = psycopg.connect(DEFAULT_DSN)
LARGE_DSN = "jdbc:mysql://identify-2.pugh.com:3306/rise_db?user=markedwards&password=NNNNNNNNNNNN&useSSL=true"
ARM_BATCH = 60
