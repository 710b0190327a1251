using System.Collections;
using Pos.Core.Common;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Hal;

namespace Pos.Core.Scenarios
{
    /// <summary>
    /// An in-memory acquirer host behind the exchange seam, for scenarios and shared tests. Replies are built with the
    /// core's protocol layer and MAC'ed with the MAK it delivered at sign-in (test keys). Management messages (0800
    /// sign-in, 0820 echo, 0500, 0320) and offline advices (0220 with 60.1 = 30, sent by the forwarder) are answered at
    /// once with 00; financial and reversal requests (0200, the refund's 0220, 0400) take the next <see cref="HostPlan"/>
    /// (or <see cref="AutoReply"/>), and wait in flight while none is planned. <see cref="Down"/> refuses every
    /// connection. Completion is raised inside <see cref="Start"/> or <see cref="Plan"/>; the terminal queues it.
    /// <para>Time (for the link and timeout figures): with <see cref="LatencyMs"/> every reply comes that much later, and
    /// one later than the request's response timeout is a <c>Timeout</c> (the host did process the request);
    /// <see cref="Silent"/> is a silent outage: connects hang until their connect timeout (<c>ConnectFailed</c>, nothing
    /// received) and the replies of exchanges already connected are lost (<c>Timeout</c> at their response timeout).
    /// Delayed completions are raised by <see cref="Pump"/>; <see cref="NextDueInMs"/> says when the next one is due.</para>
    /// </summary>
    public sealed class SimulatedHost : IHostExchange
    {
        /// <summary>The test-only terminal master key (double length) the terminal must hold.</summary>
        public static readonly byte[] TestOnlyTmk = new byte[] { 0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF, 0xFE, 0xDC, 0xBA, 0x98, 0x76, 0x54, 0x32, 0x10 };

        /// <summary>The test-only PIK the host delivers at sign-in (read by the dump check, which looks for it).</summary>
        public static readonly byte[] TestOnlyPik = new byte[] { 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xF0, 0x01 };
        /// <summary>The test-only MAK the host delivers at sign-in (read by the dump check, which looks for it).</summary>
        public static readonly byte[] TestOnlyMak = new byte[] { 0x0F, 0x1E, 0x2D, 0x3C, 0x4B, 0x5A, 0x69, 0x78, 0x87, 0x96, 0xA5, 0xB4, 0xC3, 0xD2, 0xE1, 0xF0 };

        private readonly IClock _clock;
        private readonly InMemoryKeyStore _keys = new InMemoryKeyStore();
        private readonly KeyStoreMacCalculator _mac;
        private readonly IsoPackager _packager = new IsoPackager();
        private readonly IsoMessage _request = new IsoMessage();
        private readonly IsoMessage _reply = new IsoMessage();
        private readonly Queue _plans = new Queue();
        private readonly ArrayList _received = new ArrayList();
        private readonly Hashtable _sales = new Hashtable();
        private readonly byte[] _buffer = new byte[1024];
        private int _pendingId = -1;
        private byte[] _pendingFrame;
        private int _rrn;

        // The exchange in flight with a completion scheduled (at most one: the seam carries one at a time).
        private int _scheduledId = -1;
        private long _scheduledDueMs;
        private byte[] _scheduledReply;
        private ExchangeFailure _scheduledFailure;
        private bool _scheduledConnected;
        private long _connectedAtMs;
        private int _responseTimeoutMs;
        private bool _silent;

        /// <summary>Creates the host; <paramref name="clock"/> gives the reply times (fields 12/13).</summary>
        public SimulatedHost(IClock clock)
        {
            _clock = clock;
            _keys.Load(KeySlot.Mak, TestOnlyMak, 0, TestOnlyMak.Length);
            _mac = new KeyStoreMacCalculator(_keys, MacAlgorithm.CupsEcb);
        }

        /// <inheritdoc />
        public event ExchangeCompletedHandler Completed;

        /// <inheritdoc />
        public bool IsBusy => _pendingId >= 0 || _scheduledId >= 0;

        /// <summary>Refuse every connection (ConnectFailed).</summary>
        public bool Down { get; set; }

        /// <summary>Every reply comes this many milliseconds after the request (0: at once).</summary>
        public long LatencyMs { get; set; }

        /// <summary>When set, financial and reversal requests with no plan are answered with this code.</summary>
        public string AutoReply { get; set; }

        /// <summary>
        /// A silent outage: connects hang until their connect timeout and nothing is received; an exchange already
        /// connected loses its reply (Timeout at its response timeout). Clearing it lets new connects through.
        /// </summary>
        public bool Silent
        {
            get
            {
                return _silent;
            }

            set
            {
                _silent = value;
                if (value)
                {
                    LoseRepliesInFlight();
                }
            }
        }

        /// <summary>Requests that were connected and processed but whose reply never reached the terminal.</summary>
        public int LostReplies { get; private set; }

        /// <summary>Milliseconds until the next delayed completion is due, or -1 when none is scheduled.</summary>
        public long NextDueInMs()
        {
            if (_scheduledId < 0)
            {
                return -1;
            }

            long left = _scheduledDueMs - _clock.UptimeMs;
            return left < 0 ? 0 : left;
        }

        /// <summary>Raises the delayed completion when it is due; true when it did.</summary>
        public bool Pump()
        {
            if (_scheduledId < 0 || _clock.UptimeMs < _scheduledDueMs)
            {
                return false;
            }

            int id = _scheduledId;
            byte[] reply = _scheduledReply;
            ExchangeFailure failure = _scheduledFailure;
            _scheduledId = -1;
            _scheduledReply = null;
            Raise(id, reply, failure);
            return true;
        }

        /// <summary>Answer settlements as unbalanced.</summary>
        public bool Unbalanced { get; set; }

        /// <summary>Balance returned to balance inquiries, fen.</summary>
        public long BalanceFen { get; set; } = 123456;

        /// <summary>Batch number sent in sign-in replies (60.2).</summary>
        public int SignInBatch { get; set; } = 1;

        /// <summary>Every request received: "MTI" (4 digits), for reversals "0400:reason", for uploads "0320:60.3".</summary>
        public ArrayList Received => _received;

        /// <summary>
        /// The host's ledger of sales: the amount (fen) of the purchases it holds charged — approved 0200 purchases and
        /// accepted offline advices, less the ones a void or a reversal took back (a reversed void is not put back).
        /// </summary>
        public long SalesFen { get; private set; }

        /// <summary>How many sales <see cref="SalesFen"/> holds.</summary>
        public int SalesCount { get; private set; }

        /// <summary>
        /// Whether approvals are booked in the ledger of sales (<see cref="SalesFen"/>, <see cref="SalesCount"/>; on by
        /// default). The heap bench turns it off: the ledger keeps an entry per sale, which its rig must not.
        /// </summary>
        public bool KeepsLedger { get; set; } = true;

        /// <summary>Batch-upload records received (sum of field 48 counts).</summary>
        public int UploadedRecords { get; private set; }

        /// <summary>True while a financial/reversal request waits for a plan.</summary>
        public bool HasPendingRequest => _pendingFrame != null;

        /// <summary>The last received entry, or empty.</summary>
        public string LastReceived => _received.Count == 0 ? string.Empty : (string)_received[_received.Count - 1];

        /// <summary>Plans the answer to the next (or the waiting) financial/reversal request.</summary>
        public void Plan(HostPlan plan)
        {
            _plans.Enqueue(plan);
            if (_pendingFrame != null)
            {
                AnswerPending();
            }
        }

        /// <summary>Forgets a request in flight without answering (power cut of the terminal).</summary>
        public void Forget()
        {
            _pendingFrame = null;
            _pendingId = -1;
            _scheduledId = -1;
            _scheduledReply = null;
        }

        /// <inheritdoc />
        public void Start(int exchangeId, byte[] frame, int offset, int count, int connectTimeoutMs, int responseTimeoutMs)
        {
            byte[] copy = new byte[count];
            System.Array.Copy(frame, offset, copy, 0, count);
            if (Down)
            {
                Raise(exchangeId, null, ExchangeFailure.ConnectFailed);
                return;
            }

            if (_silent)
            {
                Schedule(exchangeId, _clock.UptimeMs + connectTimeoutMs, null, ExchangeFailure.ConnectFailed, false);
                return;
            }

            _connectedAtMs = _clock.UptimeMs;
            _responseTimeoutMs = responseTimeoutMs;

            _packager.Unpack(copy, 0, copy.Length, _request, null);
            int mti = _request.Mti;
            string entry = Numeric.Format(mti, 4);
            if (mti == 400)
            {
                entry = entry + ":" + _request.GetString(39);
            }
            else if (mti == 320)
            {
                entry = entry + ":" + Field60.Read(_request).NetworkCode;
            }

            if (mti != 820)
            {
                _received.Add(entry);
            }

            if (mti == 200 || (mti == 220 && !IsOfflineAdvice(_request)) || mti == 400)
            {
                _pendingId = exchangeId;
                _pendingFrame = copy;
                if (_plans.Count > 0 || AutoReply != null)
                {
                    AnswerPending();
                }

                return;
            }

            Answer(exchangeId, "00", false, 0);
        }

        // 60.1 = 30: an offline sale the terminal already approved and now reports (TransactionTypes).
        private static bool IsOfflineAdvice(IsoMessage request)
        {
            Field60 field60 = Field60.Read(request);
            return field60 != null && field60.MessageType == TransactionTypes.Get(TransactionType.OfflineAdvice).Code601;
        }

        private void AnswerPending()
        {
            HostPlan plan;
            if (_plans.Count > 0)
            {
                plan = (HostPlan)_plans.Dequeue();
            }
            else
            {
                plan = new HostPlan();
                plan.Code = AutoReply;
            }

            if (plan.Hold)
            {
                return; // stays in flight until the next plan answers it or the terminal gives up
            }

            int id = _pendingId;
            byte[] frame = _pendingFrame;
            _pendingFrame = null;
            _pendingId = -1;
            if (plan.Fault != ExchangeFailure.None)
            {
                Complete(id, null, plan.Fault);
                return;
            }

            _packager.Unpack(frame, 0, frame.Length, _request, null);
            Answer(id, plan.Code, plan.BadMac, plan.ProcessingRequirement);
        }

        private void Answer(int id, string code, bool badMac, int requirement)
        {
            IsoMessage q = _request;
            IsoMessage r = _reply;
            r.Clear();
            r.Tpdu.SwapFrom(q.Tpdu);
            r.Header.CopyFrom(q.Header);
            r.Header.ProcessingRequirement = requirement;
            r.Mti = q.Mti + 10;
            int[] copied = new int[] { 2, 3, 4, 11, 14, 22, 25, 41, 42, 49, 60, 61 };
            for (int i = 0; i < copied.Length; i++)
            {
                object value = q.Get(copied[i]);
                if (value is string)
                {
                    r.Set(copied[i], (string)value);
                }
            }

            // Fields 12/13 are the host's local time (Beijing), as a CUPS host sends them.
            r.Set(12, HostClock.LocalTime(_clock.UtcNow, HostClock.ChinaOffsetMinutes));
            r.Set(13, HostClock.LocalDate(_clock.UtcNow, HostClock.ChinaOffsetMinutes));
            r.Set(37, Numeric.Format(++_rrn, 12));
            r.Set(39, code);
            if (q.Mti == 200 || q.Mti == 220)
            {
                if (code == "00")
                {
                    r.Set(38, Numeric.Format(_rrn % 1000000, 6));
                }

                if (code == "00" && q.GetString(3) == "310000")
                {
                    r.Set(54, "1002156C" + Numeric.Format(BalanceFen, 12));
                }
            }
            else if (q.Mti == 800)
            {
                r.Set(60, new Field60("00", SignInBatch, Field60.Read(q).NetworkCode).Text);
                r.Set(62, KeyBlock());
            }
            else if (q.Mti == 500)
            {
                char[] totals = q.GetString(48).ToCharArray();
                totals[SettlementTotals.DomesticCodeIndex] = Unbalanced ? '2' : '1';
                totals[SettlementTotals.ForeignCodeIndex] = '1';
                r.Set(48, new string(totals));
            }
            else if (q.Mti == 320 && Field60.Read(q).NetworkCode == NetworkCode.Settlement)
            {
                UploadedRecords += (int)Numeric.Parse(q.GetString(48), 0, 2);
            }

            if (code == "00" && KeepsLedger)
            {
                Book(q);
            }

            r.MacRequested = q.Mti == 200 || q.Mti == 220 || q.Mti == 400;
            int length = _packager.Pack(r, r.MacRequested ? _mac : null, _buffer, 0);
            if (badMac)
            {
                _buffer[length - 1] ^= 0x01;
            }

            byte[] frame = new byte[length];
            System.Array.Copy(_buffer, 0, frame, 0, length);
            Complete(id, frame, ExchangeFailure.None);
        }

        // Delivers an outcome now, or after the latency; a reply later than the response timeout is lost (Timeout).
        private void Complete(int id, byte[] frame, ExchangeFailure failure)
        {
            if (LatencyMs <= 0)
            {
                Raise(id, frame, failure);
                return;
            }

            long due = _clock.UptimeMs + LatencyMs;
            long deadline = _connectedAtMs + _responseTimeoutMs;
            if (frame != null && due > deadline)
            {
                LostReplies++;
                Schedule(id, deadline, null, ExchangeFailure.Timeout, true);
                return;
            }

            Schedule(id, due, frame, failure, true);
        }

        private void Schedule(int id, long dueMs, byte[] reply, ExchangeFailure failure, bool connected)
        {
            _scheduledId = id;
            _scheduledDueMs = dueMs;
            _scheduledReply = reply;
            _scheduledFailure = failure;
            _scheduledConnected = connected;
        }

        // The outage begins: what was connected never hears back; a request still waiting for its plan times out too.
        private void LoseRepliesInFlight()
        {
            long deadline = _connectedAtMs + _responseTimeoutMs;
            if (deadline < _clock.UptimeMs)
            {
                deadline = _clock.UptimeMs;
            }

            if (_scheduledId >= 0 && _scheduledConnected && _scheduledReply != null)
            {
                LostReplies++;
                Schedule(_scheduledId, deadline, null, ExchangeFailure.Timeout, true);
            }
            else if (_pendingFrame != null)
            {
                int id = _pendingId;
                _pendingFrame = null;
                _pendingId = -1;
                Schedule(id, deadline, null, ExchangeFailure.Timeout, true);
            }
        }

        // The ledger of sales: what an approval (00) of this request charges or takes back.
        private void Book(IsoMessage q)
        {
            int stan = (int)Numeric.Parse(q.GetString(11), 0, 6);
            string processing = q.GetString(3);
            bool purchase = processing == TransactionTypes.Get(TransactionType.Purchase).ProcessingCode;
            if ((q.Mti == 200 && purchase) || (q.Mti == 220 && IsOfflineAdvice(q)))
            {
                long amount = Numeric.Parse(q.GetString(4), 0, 12);
                Unbook(stan); // the same STAN again replaces its sale
                _sales[stan] = amount;
                SalesFen += amount;
                SalesCount++;
            }
            else if (q.Mti == 200 && processing == TransactionTypes.Get(TransactionType.Void).ProcessingCode)
            {
                Unbook((int)Numeric.Parse(q.GetString(61), 6, 6));
            }
            else if (q.Mti == 400 && purchase)
            {
                Unbook(stan);
            }
        }

        private void Unbook(int stan)
        {
            object amount = _sales[stan];
            if (amount != null)
            {
                _sales.Remove(stan);
                SalesFen -= (long)amount;
                SalesCount--;
            }
        }

        // Layout 003: PIK then MAK, each 16 bytes under the TMK (3DES ECB) + 4-byte KCV.
        private static byte[] KeyBlock()
        {
            byte[] block = new byte[40];
            DesKey tmk = new DesKey(TestOnlyTmk);
            Put(tmk, TestOnlyPik, block, 0);
            Put(tmk, TestOnlyMak, block, 20);
            return block;
        }

        private static void Put(DesKey tmk, byte[] key, byte[] block, int offset)
        {
            tmk.EncryptBlock(key, 0, block, offset);
            tmk.EncryptBlock(key, 8, block, offset + 8);
            KeyCheckValue.Compute(new DesKey(key), block, offset + 16, 4);
        }

        private void Raise(int id, byte[] frame, ExchangeFailure failure)
        {
            ExchangeCompletedHandler handler = Completed;
            if (handler != null)
            {
                handler(id, frame, failure);
            }
        }
    }
}
