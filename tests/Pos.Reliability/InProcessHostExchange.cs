using Pos.Core.Protocol;
using Pos.Hal;
using Pos.HostSim;

namespace Pos.Reliability
{
    /// <summary>
    /// The exchange seam straight into the host simulator, in simulated time: a request is handled by the
    /// <see cref="AcquirerHost"/> (so its ledger books it) unless the fault says it never arrived, and the outcome is
    /// delivered when the world's clock reaches it (<see cref="DeliverDue"/>). Faults follow the host simulator's kinds:
    /// a lost reply (<see cref="FaultKind.NoReply"/>, <see cref="FaultKind.CloseAfterRead"/>,
    /// <see cref="FaultKind.TruncatedReply"/>) leaves the request booked at the host and the terminal with a failure.
    /// </summary>
    public sealed class InProcessHostExchange : IHostExchange
    {
        private readonly AcquirerHost _host;
        private readonly Func<long> _now;
        private int _pendingId = -1;
        private byte[]? _pendingReply;
        private ExchangeFailure _pendingFailure;
        private long _pendingDue;

        /// <summary>Creates the seam over <paramref name="host"/>; <paramref name="now"/> is the world's time in ms.</summary>
        public InProcessHostExchange(AcquirerHost host, Func<long> now)
        {
            _host = host;
            _now = now;
        }

        /// <inheritdoc />
        public event ExchangeCompletedHandler? Completed;

        /// <inheritdoc />
        public bool IsBusy => _pendingId >= 0;

        /// <summary>Connections are refused at once (nothing reaches the host).</summary>
        public bool Refused { get; set; }

        /// <summary>Requests vanish without an answer (a silent outage): connect times out, nothing reaches the host.</summary>
        public bool Silent { get; set; }

        /// <summary>Time the host takes to answer, ms.</summary>
        public int LatencyMs { get; set; } = 50;

        /// <summary>The fault for the next request of that MTI (200, 220, 400, 800, …); null = none.</summary>
        public Func<int, FaultKind>? FaultFor { get; set; }

        /// <summary>Requests handed to the host so far.</summary>
        public int Delivered { get; private set; }

        /// <summary>Exchanges the plan's fault hit (every kind).</summary>
        public int Faulted { get; private set; }

        /// <summary>Requests the host processed whose reply never reached the terminal (no reply, closed, truncated).</summary>
        public int DroppedReplies { get; private set; }

        /// <summary>When the outcome in flight is due, or -1.</summary>
        public long DueAt => _pendingId >= 0 ? _pendingDue : -1;

        /// <inheritdoc />
        public void Start(int exchangeId, byte[] frame, int offset, int count, int connectTimeoutMs, int responseTimeoutMs)
        {
            if (_pendingId >= 0)
            {
                Completed?.Invoke(exchangeId, null!, ExchangeFailure.NotReady);
                return;
            }

            byte[] copy = new byte[count];
            Array.Copy(frame, offset, copy, 0, count);
            long now = _now();
            if (Refused)
            {
                Pend(exchangeId, null, ExchangeFailure.ConnectFailed, now);
                return;
            }

            if (Silent)
            {
                Pend(exchangeId, null, ExchangeFailure.ConnectFailed, now + connectTimeoutMs);
                return;
            }

            int mti = Mti(copy);
            FaultKind fault = FaultFor?.Invoke(mti) ?? FaultKind.None;
            if (fault != FaultKind.None)
            {
                Faulted++;
            }

            if (fault == FaultKind.NoReply || fault == FaultKind.CloseAfterRead || fault == FaultKind.TruncatedReply)
            {
                DroppedReplies++;
            }
            if (fault == FaultKind.CloseBeforeRead)
            {
                Pend(exchangeId, null, ExchangeFailure.SendFailed, now + LatencyMs);
                return;
            }

            HostResponse response = _host.Handle(copy, 0, copy.Length, fault == FaultKind.None ? null : new FaultRule(fault, 1));
            Delivered++;
            switch (fault)
            {
                case FaultKind.NoReply:
                    Pend(exchangeId, null, ExchangeFailure.Timeout, now + responseTimeoutMs);
                    break;
                case FaultKind.CloseAfterRead:
                case FaultKind.TruncatedReply:
                    Pend(exchangeId, null, ExchangeFailure.ClosedMidReply, now + LatencyMs);
                    break;
                default:
                    Pend(exchangeId, response.Reply, response.Reply == null ? ExchangeFailure.ClosedMidReply : ExchangeFailure.None, now + LatencyMs);
                    break;
            }
        }

        /// <summary>Delivers the outcome in flight when it is due at <paramref name="now"/>; returns whether it did.</summary>
        public bool DeliverDue(long now)
        {
            if (_pendingId < 0 || _pendingDue > now)
            {
                return false;
            }

            int id = _pendingId;
            byte[]? reply = _pendingReply;
            ExchangeFailure failure = _pendingFailure;
            _pendingId = -1;
            _pendingReply = null;
            Completed?.Invoke(id, reply!, failure);
            return true;
        }

        /// <summary>The power went: the outcome in flight is never delivered (what reached the host stays booked).</summary>
        public void Drop()
        {
            _pendingId = -1;
            _pendingReply = null;
        }

        private void Pend(int id, byte[]? reply, ExchangeFailure failure, long due)
        {
            _pendingId = id;
            _pendingReply = reply;
            _pendingFailure = failure;
            _pendingDue = due;
        }

        // The MTI is 2 BCD bytes right after the length prefix, TPDU and header.
        private static int Mti(byte[] frame)
        {
            int at = IsoPackager.MtiOffset;
            if (frame.Length < at + 2)
            {
                return -1;
            }

            return ((frame[at] >> 4) * 1000) + ((frame[at] & 0x0F) * 100) + ((frame[at + 1] >> 4) * 10) + (frame[at + 1] & 0x0F);
        }
    }
}
