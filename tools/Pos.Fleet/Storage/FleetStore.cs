using System.Data.Common;
using Dapper;

namespace Pos.Fleet.Storage
{
    /// <summary>
    /// The console's history: the ingest writes through <see cref="BeginBatch"/>, the pages and the fleet views read
    /// here, the command service records what it sends. Plain SQL that runs unchanged on SQLite and PostgreSQL.
    /// </summary>
    public sealed class FleetStore
    {
        private const string TerminalColumns = "tid, online, fw, batt, link, queue, flagged, st, st_at, busy, dropped, n, status_at, last_seen_ms";
        private const string CommandColumns = "tid, seq, cmd, line, sent_ms, send_error, ack_result, ack_reason, ack_at, ack_ms";

        static FleetStore()
        {
            // Columns are snake_case, properties PascalCase.
            DefaultTypeMap.MatchNamesWithUnderscores = true;
        }

        /// <summary>A store on <paramref name="database"/> (its schema must be laid: <see cref="FleetDatabase.CreateSchema"/>).</summary>
        public FleetStore(FleetDatabase database)
        {
            Database = database;
        }

        /// <summary>The database.</summary>
        public FleetDatabase Database { get; }

        /// <summary>A write transaction for the ingest.</summary>
        public StoreBatch BeginBatch() => new(Database.Open());

        /// <summary>Every terminal, by id.</summary>
        public IReadOnlyList<TerminalRow> Terminals() =>
            Query<TerminalRow>("SELECT " + TerminalColumns + " FROM terminals ORDER BY tid", null);

        /// <summary>One terminal, or null.</summary>
        public TerminalRow? Terminal(string tid) =>
            Query<TerminalRow>("SELECT " + TerminalColumns + " FROM terminals WHERE tid = @tid", new { tid }).FirstOrDefault();

        /// <summary>The newest <paramref name="limit"/> statuses of a terminal, newest first.</summary>
        public IReadOnlyList<StatusRow> StatusHistory(string tid, int limit) => Query<StatusRow>(
            "SELECT tid, received_ms, status_at, n, online, fw, batt, link, queue, flagged, st, st_at, busy, dropped, lag_ms " +
            "FROM status_history WHERE tid = @tid ORDER BY received_ms DESC LIMIT @limit",
            new { tid, limit });

        /// <summary>The newest <paramref name="limit"/> events of one type of a terminal, newest first.</summary>
        public IReadOnlyList<EventRow> Events(string tid, string type, int limit) => Query<EventRow>(
            "SELECT tid, received_ms, event_at, type, code, body FROM events WHERE tid = @tid AND type = @type ORDER BY received_ms DESC LIMIT @limit",
            new { tid, type, limit });

        /// <summary>Every event of these types received since <paramref name="sinceMs"/>, of every terminal (the fleet views).</summary>
        public IReadOnlyList<EventRow> EventsSince(long sinceMs, IReadOnlyList<string> types)
        {
            // One parameter per type: Dapper hands a list to Npgsql as an array, which "IN" does not take.
            var parameters = new DynamicParameters(new { sinceMs });
            for (int i = 0; i < types.Count; i++)
            {
                parameters.Add("t" + i, types[i]);
            }

            string list = string.Join(", ", Enumerable.Range(0, types.Count).Select(i => "@t" + i));
            return Query<EventRow>("SELECT tid, received_ms, event_at, type, code, body FROM events WHERE received_ms >= @sinceMs AND type IN (" + list + ")", parameters);
        }

        /// <summary>A terminal's declines grouped by code, the most frequent first.</summary>
        public IReadOnlyList<DeclineCause> DeclineCauses(string tid) => Query<DeclineCause>(
            "SELECT code, COUNT(*) AS count, MAX(received_ms) AS last_ms FROM events " +
            "WHERE tid = @tid AND type = 'decline' AND code IS NOT NULL GROUP BY code ORDER BY COUNT(*) DESC, code",
            new { tid });

        /// <summary>The queue depths of every terminal's newest <paramref name="perTerminal"/> statuses since <paramref name="sinceMs"/>, oldest first per terminal.</summary>
        public IReadOnlyList<QueuePoint> RecentQueues(int perTerminal, long sinceMs) => Query<QueuePoint>(
            "SELECT tid, queue, received_ms FROM (" +
            "SELECT tid, queue, received_ms, ROW_NUMBER() OVER (PARTITION BY tid ORDER BY received_ms DESC) AS rn " +
            "FROM status_history WHERE queue IS NOT NULL AND received_ms >= @sinceMs) recent " +
            "WHERE rn <= @perTerminal ORDER BY tid, received_ms",
            new { perTerminal, sinceMs });

        /// <summary>The newest <paramref name="limit"/> commands of a terminal with their acks, newest first.</summary>
        public IReadOnlyList<CommandRow> Commands(string tid, int limit) => Query<CommandRow>(
            "SELECT " + CommandColumns + " FROM commands WHERE tid = @tid ORDER BY seq DESC LIMIT @limit",
            new { tid, limit });

        /// <summary>One command, or null.</summary>
        public CommandRow? Command(string tid, long seq) =>
            Query<CommandRow>("SELECT " + CommandColumns + " FROM commands WHERE tid = @tid AND seq = @seq", new { tid, seq }).FirstOrDefault();

        /// <summary>The highest seq recorded for a terminal, or 0.</summary>
        public long MaxSeq(string tid)
        {
            using DbConnection c = Database.Open();
            return c.ExecuteScalar<long?>("SELECT MAX(seq) FROM commands WHERE tid = @tid", new { tid }) ?? 0;
        }

        /// <summary>Records a command as it leaves.</summary>
        public void AddCommand(string tid, long seq, string cmd, string line, long sentMs)
        {
            using DbConnection c = Database.Open();
            c.Execute(
                "INSERT INTO commands (tid, seq, cmd, line, sent_ms) VALUES (@tid, @seq, @cmd, @line, @sentMs)",
                new { tid, seq, cmd, line, sentMs });
        }

        /// <summary>Records that a command did not reach the broker.</summary>
        public void SetSendError(string tid, long seq, string error)
        {
            using DbConnection c = Database.Open();
            c.Execute("UPDATE commands SET send_error = @error WHERE tid = @tid AND seq = @seq", new { tid, seq, error });
        }

        /// <summary>Deletes status history and events received before <paramref name="beforeMs"/>; returns the rows deleted.</summary>
        public int Prune(long beforeMs)
        {
            using DbConnection c = Database.Open();
            return c.Execute("DELETE FROM status_history WHERE received_ms < @beforeMs", new { beforeMs })
                + c.Execute("DELETE FROM events WHERE received_ms < @beforeMs", new { beforeMs });
        }

        private List<T> Query<T>(string sql, object? parameters)
        {
            using DbConnection c = Database.Open();
            return c.Query<T>(sql, parameters).AsList();
        }
    }
}
