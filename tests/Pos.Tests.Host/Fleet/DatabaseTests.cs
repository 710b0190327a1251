using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Npgsql;
using Pos.Fleet.Ingest;
using Pos.Fleet.Storage;

namespace Pos.Tests.Host.Fleet
{
    /// <summary>
    /// The database switch: <c>--db sqlite:…</c> or <c>--db postgres:…</c> picks the provider, one schema runs on
    /// both, and the whole history walk passes on a real PostgreSQL when Debian's server is installed.
    /// </summary>
    [TestClass]
    public sealed class DatabaseTests
    {
        [TestMethod]
        public void The_switch_picks_the_provider_and_never_shows_a_password()
        {
            DatabaseSpec sqlite = DatabaseSpec.Parse("sqlite:fleet.db");
            Assert.AreEqual(DatabaseProvider.Sqlite, sqlite.Provider);
            Assert.AreEqual("fleet.db", new SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource);
            Assert.IsInstanceOfType<SqliteConnection>(new FleetDatabase(DatabaseSpec.Parse("sqlite::memory:")).Open());
            Assert.AreEqual(DatabaseProvider.Sqlite, DatabaseSpec.Parse("sqlite:Data Source=x.db;Cache=Shared").Provider);

            DatabaseSpec pg = DatabaseSpec.Parse("postgres:Host=db.example;Database=fleet;Username=fleet;Password=s3cret");
            Assert.AreEqual(DatabaseProvider.Postgres, pg.Provider);
            Assert.AreEqual("Host=db.example;Database=fleet;Username=fleet;Password=s3cret", pg.ConnectionString);
            Assert.DoesNotContain("s3cret", pg.Display);
            StringAssert.StartsWith(pg.Display, "postgres:Host=db.example");
            Assert.AreEqual(DatabaseProvider.Postgres, DatabaseSpec.Parse("postgresql:Host=x").Provider);

            foreach (string bad in new[] { "fleet.db", "mysql:Server=x", "sqlite:", "postgres:Nonsense Keyword=1" })
            {
                Assert.ThrowsExactly<FormatException>(() => DatabaseSpec.Parse(bad), bad);
            }
        }

        [TestMethod]
        public void A_postgres_spec_opens_an_npgsql_connection()
        {
            var database = new FleetDatabase(DatabaseSpec.Parse("postgres:Host=127.0.0.1;Port=1;Timeout=1;Username=fleet"));
            // Nothing listens on port 1: the provider is Npgsql's, and it says so.
            Assert.ThrowsExactly<NpgsqlException>(() => database.Open());
        }

        [TestMethod]
        public void The_schema_uses_only_what_both_engines_share()
        {
            string sql = string.Join("\n", FleetSchema.Statements).ToUpperInvariant();
            foreach (string specific in new[] { "AUTOINCREMENT", "SERIAL", "IDENTITY", "BOOLEAN", "VARCHAR", "DATETIME", "TIMESTAMP", "JSON", "WITHOUT ROWID", "STRICT" })
            {
                Assert.DoesNotContain(specific, sql, specific);
            }

            foreach (string statement in FleetSchema.Statements)
            {
                StringAssert.Contains(statement, "IF NOT EXISTS");
            }
        }

        [TestMethod]
        public void The_schema_runs_twice_on_sqlite()
        {
            string path = Path.Combine(Path.GetTempPath(), "pos-fleet-schema-" + Guid.NewGuid().ToString("N") + ".db");
            try
            {
                var database = new FleetDatabase(DatabaseSpec.Parse("sqlite:" + path));
                database.CreateSchema();
                database.CreateSchema();
                using DbConnection c = database.Open();
                using DbCommand q = c.CreateCommand();
                q.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'";
                Assert.AreEqual(4L, (long)q.ExecuteScalar()!);
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                File.Delete(path);
                File.Delete(path + "-wal");
                File.Delete(path + "-shm");
            }
        }

        [TestMethod]
        public async Task The_history_walk_passes_on_a_real_postgresql()
        {
            string? bin = PostgresServer.FindBinaries();
            if (bin == null)
            {
                Assert.Inconclusive("PostgreSQL test skipped: no server binaries under /usr/lib/postgresql (apt-get install postgresql); the SQLite walk covers the same SQL");
            }

            using PostgresServer server = PostgresServer.Start(bin);
            FleetStore store = SqliteFleet.StartStore(DatabaseSpec.Parse("postgres:" + server.ConnectionString));
            store.Database.CreateSchema();
            var time = new ManualTime();
            await using (var ingest = new FleetIngest(store, NullLogger.Instance, TimeSpan.FromDays(90), time))
            {
                ingest.Start();
                await StoreRoundTrip.RunAsync(store, ingest, time);

                // PostgreSQL refuses a NUL in text: that message is lost, counted, and the others of its batch are kept.
                await ingest.AcceptAsync("pos/10000003/status", System.Text.Encoding.UTF8.GetBytes("{\"v\":1,\"tid\":\"10000003\",\"at\":\"2026-12-03T10:00:00Z\",\"online\":true,\"fw\":\"a\\u0000b\"}"), false);
                await ingest.AcceptAsync("pos/10000004/status", System.Text.Encoding.UTF8.GetBytes("{\"v\":1,\"tid\":\"10000004\",\"at\":\"2026-12-03T10:00:00Z\",\"online\":true,\"fw\":\"0.17.0\"}"), false);
                await ingest.DrainAsync(TimeSpan.FromSeconds(10));
                Assert.AreEqual(1L, ingest.Snapshot().StoreErrors);
                Assert.IsNull(store.Terminal("10000003"));
                Assert.AreEqual("0.17.0", store.Terminal("10000004")!.Fw);
            }

            NpgsqlConnection.ClearAllPools();
        }
    }
}
