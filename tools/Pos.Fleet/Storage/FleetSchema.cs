namespace Pos.Fleet.Storage
{
    /// <summary>
    /// The console's one schema, for SQLite and PostgreSQL alike: only TEXT, INTEGER and BIGINT columns (true/false as
    /// 0/1, times as milliseconds since 1970 on the console's clock plus the terminal's own text), natural keys instead
    /// of auto-numbered ones, <c>IF NOT EXISTS</c> so it runs at every start.
    /// </summary>
    public static class FleetSchema
    {
        /// <summary>The statements, in order.</summary>
        public static readonly string[] Statements =
        {
            // The latest status of every terminal ever seen.
            """
            CREATE TABLE IF NOT EXISTS terminals (
              tid TEXT NOT NULL PRIMARY KEY,
              online INTEGER NOT NULL,
              fw TEXT, batt INTEGER, link TEXT, queue INTEGER, flagged INTEGER,
              st TEXT, st_at TEXT, busy INTEGER, dropped INTEGER, n BIGINT,
              status_at TEXT,
              last_seen_ms BIGINT NOT NULL)
            """,

            // Every status received (the will too: online 0), with its lag (receive time - its at) when it was live.
            """
            CREATE TABLE IF NOT EXISTS status_history (
              tid TEXT NOT NULL,
              received_ms BIGINT NOT NULL,
              status_at TEXT, n BIGINT,
              online INTEGER NOT NULL,
              fw TEXT, batt INTEGER, link TEXT, queue INTEGER, flagged INTEGER,
              st TEXT, st_at TEXT, busy INTEGER, dropped INTEGER,
              lag_ms BIGINT)
            """,
            "CREATE INDEX IF NOT EXISTS status_history_tid ON status_history (tid, received_ms)",

            // Every event: its type and code for the queries, its payload as it came for the pages.
            """
            CREATE TABLE IF NOT EXISTS events (
              tid TEXT NOT NULL,
              received_ms BIGINT NOT NULL,
              event_at TEXT, n BIGINT,
              type TEXT NOT NULL,
              code TEXT,
              body TEXT NOT NULL)
            """,
            "CREATE INDEX IF NOT EXISTS events_tid ON events (tid, type, received_ms)",
            "CREATE INDEX IF NOT EXISTS events_received ON events (received_ms)",

            // Every command sent (its signed first line) and its acknowledgement, matched by (tid, seq).
            """
            CREATE TABLE IF NOT EXISTS commands (
              tid TEXT NOT NULL,
              seq BIGINT NOT NULL,
              cmd TEXT NOT NULL,
              line TEXT,
              sent_ms BIGINT,
              send_error TEXT,
              ack_result TEXT, ack_reason TEXT, ack_at TEXT, ack_ms BIGINT,
              PRIMARY KEY (tid, seq))
            """,
        };
    }
}
