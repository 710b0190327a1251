using Microsoft.Extensions.Logging.Abstractions;
using Pos.Fleet.Ingest;
using Pos.Fleet.Storage;

namespace Pos.Tests.Host.Fleet
{
    /// <summary>A fresh SQLite history in a temporary file with an ingest on it, deleted at the end.</summary>
    public sealed class SqliteFleet : IAsyncDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "pos-fleet-test-" + Guid.NewGuid().ToString("N"));

        /// <summary>Lays the schema and starts the ingest.</summary>
        public SqliteFleet()
        {
            Store = StartStore(DatabaseSpec.Parse("sqlite:" + Path.Combine(_folder, "fleet.db")));
            Ingest = new FleetIngest(Store, NullLogger.Instance, TimeSpan.FromDays(90), Time);
            Ingest.Start();
        }

        /// <summary>The ingest's clock.</summary>
        public ManualTime Time { get; } = new();

        /// <summary>The history.</summary>
        public FleetStore Store { get; }

        /// <summary>The ingest.</summary>
        public FleetIngest Ingest { get; }

        /// <summary>A store on <paramref name="spec"/> with its schema laid.</summary>
        public static FleetStore StartStore(DatabaseSpec spec)
        {
            var database = new FleetDatabase(spec);
            database.CreateSchema();
            return new FleetStore(database);
        }

        /// <summary>Feeds one message and waits until it is stored.</summary>
        public async Task FeedAsync(string topic, string json, bool retained = false)
        {
            await Ingest.AcceptAsync(topic, System.Text.Encoding.UTF8.GetBytes(json), retained);
            await Ingest.DrainAsync(TimeSpan.FromSeconds(10));
        }

        /// <summary>Stops the ingest and deletes the file.</summary>
        public async ValueTask DisposeAsync()
        {
            await Ingest.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, true);
        }
    }
}
