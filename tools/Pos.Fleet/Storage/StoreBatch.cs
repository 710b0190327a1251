using System.Data.Common;
using Dapper;
using Pos.Fleet.Payloads;

namespace Pos.Fleet.Storage
{
    /// <summary>
    /// One transaction of the ingest: the messages that arrived together, written at once (one commit for many
    /// messages keeps SQLite fast under a fleet's heartbeats). Nothing is kept unless <see cref="Commit"/> is called.
    /// </summary>
    public sealed class StoreBatch : IDisposable
    {
        private const string StatusColumns = "online, fw, batt, link, queue, flagged, st, st_at, busy, dropped, n, status_at";
        private const string StatusValues = "@Online, @Fw, @Batt, @Link, @Queue, @Flagged, @St, @StAt, @Busy, @Dropped, @N, @At";

        private readonly DbConnection _connection;
        private readonly DbTransaction _transaction;

        internal StoreBatch(DbConnection connection)
        {
            _connection = connection;
            _transaction = connection.BeginTransaction();
        }

        /// <summary>
        /// Keeps a status: the terminal's row and a history row. A retained status the console already holds (the
        /// broker hands every retained status again at each subscription) is skipped: returns false then.
        /// </summary>
        public bool ApplyStatus(StatusPayload s, long receivedMs, bool retained, long? lagMs)
        {
            if (retained && _connection.ExecuteScalar<long>(
                    "SELECT COUNT(*) FROM terminals WHERE tid = @Tid AND n = @N AND status_at = @At", new { s.Tid, s.N, s.At }, _transaction) > 0)
            {
                return false;
            }

            var p = Parameters(s, receivedMs, lagMs);
            _connection.Execute(
                "INSERT INTO terminals (tid, " + StatusColumns + ", last_seen_ms) VALUES (@Tid, " + StatusValues + ", @ReceivedMs) " +
                "ON CONFLICT (tid) DO UPDATE SET online = excluded.online, fw = excluded.fw, batt = excluded.batt, link = excluded.link, " +
                "queue = excluded.queue, flagged = excluded.flagged, st = excluded.st, st_at = excluded.st_at, busy = excluded.busy, " +
                "dropped = excluded.dropped, n = excluded.n, status_at = excluded.status_at, last_seen_ms = excluded.last_seen_ms",
                p,
                _transaction);
            History(p);
            return true;
        }

        /// <summary>Keeps a last will: the terminal is offline (its other fields stay as last reported).</summary>
        public void ApplyWill(string tid, long receivedMs)
        {
            _connection.Execute(
                "INSERT INTO terminals (tid, online, last_seen_ms) VALUES (@Tid, 0, @ReceivedMs) ON CONFLICT (tid) DO UPDATE SET online = 0",
                new { Tid = tid, ReceivedMs = receivedMs },
                _transaction);
            History(Parameters(new StatusPayload { Tid = tid, Online = false }, receivedMs, null));
        }

        /// <summary>Keeps an event with its payload text.</summary>
        public void AddEvent(EventPayload e, string body, long receivedMs)
        {
            _connection.Execute(
                "INSERT INTO events (tid, received_ms, event_at, n, type, code, body) VALUES (@Tid, @ReceivedMs, @At, @N, @Type, @Code, @Body)",
                new { e.Tid, ReceivedMs = receivedMs, e.At, e.N, e.Type, e.Code, Body = body },
                _transaction);
        }

        /// <summary>Keeps an acknowledgement on its command's row (a row of its own when this console did not send the command).</summary>
        public void ApplyAck(AckPayload a, long receivedMs)
        {
            _connection.Execute(
                "INSERT INTO commands (tid, seq, cmd, ack_result, ack_reason, ack_at, ack_ms) VALUES (@Tid, @Seq, @Cmd, @Result, @Reason, @At, @ReceivedMs) " +
                "ON CONFLICT (tid, seq) DO UPDATE SET ack_result = excluded.ack_result, ack_reason = excluded.ack_reason, " +
                "ack_at = excluded.ack_at, ack_ms = excluded.ack_ms",
                new { a.Tid, a.Seq, Cmd = a.Cmd ?? "?", a.Result, a.Reason, a.At, ReceivedMs = receivedMs },
                _transaction);
        }

        /// <summary>Keeps everything of the batch.</summary>
        public void Commit() => _transaction.Commit();

        /// <summary>Rolls back what was not committed and returns the connection to the pool.</summary>
        public void Dispose()
        {
            _transaction.Dispose();
            _connection.Dispose();
        }

        // Flags as 0/1 (PostgreSQL's INTEGER columns take no booleans).
        private static object Parameters(StatusPayload s, long receivedMs, long? lagMs) => new
        {
            s.Tid, ReceivedMs = receivedMs, s.At, s.N, Online = s.Online ? 1 : 0, s.Fw, s.Batt, s.Link, s.Queue, s.Flagged,
            s.St, s.StAt, Busy = s.Busy is null ? (int?)null : s.Busy.Value ? 1 : 0, s.Dropped, LagMs = lagMs,
        };

        private void History(object p)
        {
            _connection.Execute(
                "INSERT INTO status_history (tid, received_ms, " + StatusColumns + ", lag_ms) VALUES (@Tid, @ReceivedMs, " + StatusValues + ", @LagMs)",
                p,
                _transaction);
        }
    }
}
