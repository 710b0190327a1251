using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Pos.Fleet.Payloads;
using Pos.Fleet.Storage;

namespace Pos.Fleet.Ingest
{
    /// <summary>
    /// From the broker's messages to the history: <see cref="AcceptAsync"/> queues a message as it arrives (the MQTT
    /// client's thread never waits for the database), one writer parses what is queued and stores it in one transaction.
    /// A payload the parser refuses is counted and logged, never stored; nothing a terminal sends can stop the writer.
    /// </summary>
    public sealed class FleetIngest : IAsyncDisposable
    {
        private const int BatchSize = 500;
        private const int QueueCapacity = 100_000;

        // A flood of bad payloads is logged at the start and then one in LogEvery.
        private const int LogFirst = 50;
        private const int LogEvery = 1000;

        private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);

        private readonly FleetStore _store;
        private readonly ILogger _log;
        private readonly TimeProvider _time;
        private readonly TimeSpan _retention;
        private readonly Channel<IncomingMessage> _queue = Channel.CreateBounded<IncomingMessage>(new BoundedChannelOptions(QueueCapacity) { SingleReader = true });
        private readonly ConcurrentDictionary<string, long> _stamps = new(StringComparer.Ordinal);
        private readonly CancellationTokenSource _stop = new();
        private Task _writer = Task.CompletedTask;
        private long _accepted;
        private long _processed;
        private long _events;
        private long _acks;
        private long _malformed;
        private long _storeErrors;
        private long _version;
        private long _lastPruneMs;

        /// <summary>An ingest into <paramref name="store"/>; history older than <paramref name="retention"/> is pruned hourly.</summary>
        public FleetIngest(FleetStore store, ILogger log, TimeSpan retention, TimeProvider? time = null)
        {
            _store = store;
            _log = log;
            _retention = retention;
            _time = time ?? TimeProvider.System;
        }

        /// <summary>The status lags.</summary>
        public LagMetrics Lag { get; } = new();

        /// <summary>Grows at every stored batch (the pages poll it to refresh).</summary>
        public long Version => Interlocked.Read(ref _version);

        /// <summary>Starts the writer.</summary>
        public void Start()
        {
            _lastPruneMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
            _writer = Task.Run(WriteLoopAsync);
        }

        /// <summary>The <see cref="Version"/> of the last batch that touched <paramref name="tid"/>, 0 if none did.</summary>
        public long TerminalVersion(string tid) => _stamps.TryGetValue(tid, out long v) ? v : 0;

        /// <summary>Queues one message as it arrived (copies nothing: the caller hands over <paramref name="payload"/>).</summary>
        public ValueTask AcceptAsync(string topic, byte[] payload, bool retained)
        {
            Interlocked.Increment(ref _accepted);
            var message = new IncomingMessage(topic, payload, retained, _time.GetUtcNow().ToUnixTimeMilliseconds());
            return _queue.Writer.TryWrite(message) ? ValueTask.CompletedTask : _queue.Writer.WriteAsync(message);
        }

        /// <summary>Waits until every message accepted before the call is stored (or refused).</summary>
        public async Task DrainAsync(TimeSpan timeout)
        {
            long target = Interlocked.Read(ref _accepted);
            var deadline = Stopwatch.StartNew();
            while (Interlocked.Read(ref _processed) < target)
            {
                if (deadline.Elapsed > timeout)
                {
                    throw new TimeoutException("the ingest did not store " + (target - Interlocked.Read(ref _processed)) + " messages in " + timeout);
                }

                await Task.Delay(10).ConfigureAwait(false);
            }
        }

        /// <summary>The figures now.</summary>
        public MetricsSnapshot Snapshot()
        {
            long[] lags = Lag.Sorted();
            using var self = Process.GetCurrentProcess();
            return new MetricsSnapshot
            {
                Count = Lag.Count,
                P50LagMs = LagMetrics.Percentile(lags, 50),
                P95LagMs = LagMetrics.Percentile(lags, 95),
                MaxLagMs = lags.Length == 0 ? 0 : lags[^1],
                Samples = lags.Length,
                Received = Interlocked.Read(ref _accepted),
                Events = Interlocked.Read(ref _events),
                Acks = Interlocked.Read(ref _acks),
                Malformed = Interlocked.Read(ref _malformed),
                StoreErrors = Interlocked.Read(ref _storeErrors),
                Backlog = Interlocked.Read(ref _accepted) - Interlocked.Read(ref _processed),
                WorkingSetBytes = self.WorkingSet64,
                ManagedBytes = GC.GetTotalMemory(false),
            };
        }

        /// <summary>Stops the writer after what is queued.</summary>
        public async ValueTask DisposeAsync()
        {
            _queue.Writer.TryComplete();
            try
            {
                await _writer.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                await _stop.CancelAsync().ConfigureAwait(false);
            }

            _stop.Dispose();
        }

        private async Task WriteLoopAsync()
        {
            var batch = new List<IncomingMessage>(BatchSize);
            ChannelReader<IncomingMessage> reader = _queue.Reader;
            try
            {
                while (await reader.WaitToReadAsync(_stop.Token).ConfigureAwait(false))
                {
                    batch.Clear();
                    while (batch.Count < BatchSize && reader.TryRead(out IncomingMessage? m))
                    {
                        batch.Add(m);
                    }

                    Write(batch);
                    Interlocked.Add(ref _processed, batch.Count);
                    PruneWhenDue();
                }
            }
            catch (OperationCanceledException)
            {
                // Disposed with messages still queued: they are lost with the process, as a broker's QoS 1 resends them.
            }
        }

        private void Write(List<IncomingMessage> batch)
        {
            var parsed = new List<ParsedMessage>(batch.Count);
            foreach (IncomingMessage m in batch)
            {
                ParsedMessage? p = Parse(m);
                if (p != null)
                {
                    parsed.Add(p);
                }
            }

            if (parsed.Count == 0)
            {
                return;
            }

            long nowMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
            var lags = new List<long>();
            if (!TryStore(parsed, nowMs, lags))
            {
                // One message the database refuses (PostgreSQL takes no NUL in text) must not lose the others: one by one.
                lags.Clear();
                foreach (ParsedMessage p in parsed)
                {
                    if (!TryStore(new List<ParsedMessage> { p }, nowMs, lags))
                    {
                        Interlocked.Increment(ref _storeErrors);
                    }
                }
            }

            foreach (long lag in lags)
            {
                Lag.Add(lag);
            }

            long version = Interlocked.Increment(ref _version);
            foreach (ParsedMessage p in parsed)
            {
                _stamps[p.Tid] = version;
            }
        }

        private bool TryStore(List<ParsedMessage> parsed, long nowMs, List<long> lags)
        {
            int lagsBefore = lags.Count;
            try
            {
                using StoreBatch tx = _store.BeginBatch();
                long events = 0, acks = 0;
                foreach (ParsedMessage p in parsed)
                {
                    switch (p)
                    {
                        case { Status: { IsWill: true } will }:
                            tx.ApplyWill(will.Tid, p.Message.ReceivedMs);
                            break;
                        case { Status: { } status }:
                            long? at = RemoteTime.Millis(status.At);
                            long? lag = p.Message.Retained || at == null ? null : nowMs - at.Value;
                            if (tx.ApplyStatus(status, p.Message.ReceivedMs, p.Message.Retained, lag) && lag != null)
                            {
                                lags.Add(lag.Value);
                            }

                            break;
                        case { Event: { } e }:
                            tx.AddEvent(e, Encoding.UTF8.GetString(p.Message.Payload), p.Message.ReceivedMs);
                            events++;
                            break;
                        case { Ack: { } a }:
                            tx.ApplyAck(a, p.Message.ReceivedMs);
                            acks++;
                            break;
                    }
                }

                tx.Commit();
                Interlocked.Add(ref _events, events);
                Interlocked.Add(ref _acks, acks);
                return true;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or InvalidCastException)
            {
                lags.RemoveRange(lagsBefore, lags.Count - lagsBefore);
                _log.LogError("storing {Count} message(s) failed: {Error}", parsed.Count, e.Message);
                return false;
            }
        }

        private ParsedMessage? Parse(IncomingMessage m)
        {
            FleetTopic? topic = FleetTopic.Parse(m.Topic);
            try
            {
                return topic?.Kind switch
                {
                    TopicKind.Status => new ParsedMessage(m, topic.Tid) { Status = PayloadParser.Status(topic.Tid, m.Payload) },
                    TopicKind.Event => new ParsedMessage(m, topic.Tid) { Event = PayloadParser.Event(topic.Tid, m.Payload) },
                    TopicKind.Ack => new ParsedMessage(m, topic.Tid) { Ack = PayloadParser.Ack(topic.Tid, m.Payload) },
                    _ => throw new PayloadException("not a topic the console reads"),
                };
            }
            catch (PayloadException e)
            {
                long n = Interlocked.Increment(ref _malformed);
                if (n <= LogFirst || n % LogEvery == 0)
                {
                    // The topic and the reason only: the payload may be anything.
                    _log.LogWarning("refused payload #{N} on {Topic}: {Reason}", n, m.Topic, e.Message);
                }

                return null;
            }
        }

        private void PruneWhenDue()
        {
            long nowMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
            if (nowMs - _lastPruneMs < PruneEvery.TotalMilliseconds)
            {
                return;
            }

            _lastPruneMs = nowMs;
            try
            {
                int rows = _store.Prune(nowMs - (long)_retention.TotalMilliseconds);
                _log.LogInformation("pruned {Rows} history rows older than {Days} days", rows, _retention.TotalDays);
            }
            catch (System.Data.Common.DbException e)
            {
                _log.LogError("pruning failed: {Error}", e.Message);
            }
        }
    }
}
