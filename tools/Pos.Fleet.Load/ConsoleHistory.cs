using System.Data.Common;
using Dapper;
using Pos.Fleet.Storage;

namespace Pos.Fleet.Load
{
    /// <summary>
    /// Reads the console's history (its database, through the schema of docs/REMOTE.md "Storage") to find every message
    /// a load run sent: what arrived, and when each status was stored.
    /// </summary>
    public sealed class ConsoleHistory
    {
        private readonly FleetDatabase _database;

        /// <summary>The history in <paramref name="spec"/>.</summary>
        public ConsoleHistory(DatabaseSpec spec)
        {
            _database = new FleetDatabase(spec);
        }

        /// <summary>The online statuses received since <paramref name="sinceMs"/> (wills left out).</summary>
        public IReadOnlyList<StoredMessage> Statuses(long sinceMs) => Query(
            "SELECT " + (int)SentKind.Status + " AS Kind, tid AS Tid, n AS N, status_at AS At, received_ms AS ReceivedMs, lag_ms AS LagMs FROM status_history WHERE received_ms >= @sinceMs AND online = 1",
            sinceMs);

        /// <summary>The events received since <paramref name="sinceMs"/>.</summary>
        public IReadOnlyList<StoredMessage> Events(long sinceMs) => Query(
            "SELECT " + (int)SentKind.Event + " AS Kind, tid AS Tid, n AS N, event_at AS At, received_ms AS ReceivedMs FROM events WHERE received_ms >= @sinceMs",
            sinceMs);

        private List<StoredMessage> Query(string sql, long sinceMs)
        {
            using DbConnection c = _database.Open();
            return c.Query<StoredMessage>(sql, new { sinceMs }).AsList();
        }
    }
}
