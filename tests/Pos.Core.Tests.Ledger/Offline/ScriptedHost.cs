using System.Collections;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Simulation;
using Pos.Hal;

namespace Pos.Core.Tests.Offline
{
    /// <summary>
    /// A fake acquirer behind <see cref="IHostExchange"/>. Each request is unpacked (its MAC checked with the host's
    /// own MAK) and recorded with the time it was sent. Answers come from a script (one entry per request: a response
    /// code, or <see cref="Timeout"/> / <see cref="Refused"/> for a transport failure), synchronously inside
    /// <see cref="Start"/>; with the script empty the exchange stays open until the test calls
    /// <see cref="Answer"/> or <see cref="Fail"/>. Keeps a ledger of accepted advice ids (TID + batch + STAN) with
    /// their amounts and answers 94 to a second copy, as a deduplicating host does: MAC'ed, with field 4 the amount it
    /// booked under that id.
    /// </summary>
    public sealed class ScriptedHost : IHostExchange
    {
        /// <summary>Script entry: the response times out.</summary>
        public const string Timeout = "!timeout";

        /// <summary>Script entry: the connection is refused.</summary>
        public const string Refused = "!refused";

        /// <summary>Script entry: a reply that is not a message (bytes the unpacker refuses).</summary>
        public const string Garbage = "!garbage";

        /// <summary>Script entry: an approval (00) whose MAC is wrong, not from the host (nothing is booked).</summary>
        public const string BadMacApproval = "!00badmac";

        private readonly IsoPackager _packager = new IsoPackager();
        private readonly IMacCalculator _mac;
        private readonly SimulatedClock _clock;
        private readonly ArrayList _script = new ArrayList();
        private readonly ArrayList _requests = new ArrayList();
        private readonly ArrayList _times = new ArrayList();
        private readonly Hashtable _ledger = new Hashtable();
        private bool _busy;
        private bool _forged;
        private int _pendingId;
        private IsoMessage _pending;

        /// <summary>Creates a host that verifies and signs with <paramref name="mac"/>.</summary>
        public ScriptedHost(IMacCalculator mac, SimulatedClock clock)
        {
            _mac = mac;
            _clock = clock;
        }

        /// <inheritdoc />
        public event ExchangeCompletedHandler Completed;

        /// <inheritdoc />
        public bool IsBusy => _busy;

        /// <summary>When set, a MAC'ed reply (00, 94) carries a wrong MAC.</summary>
        public bool BadReplyMac { get; set; }

        /// <summary>Replies carry the next STAN in field 11 (an answer to some other request).</summary>
        public bool WrongStan { get; set; }

        /// <summary>When set, a 94 reply carries no MAC at all (some hosts MAC only approvals).</summary>
        public bool DuplicateWithoutMac { get; set; }

        /// <summary>Books an advice id ("TID/batch/STAN", batch and STAN as the request has them) with an amount, as if
        /// another transaction had been booked under it.</summary>
        public void Book(string id, long amountFen)
        {
            _ledger[id] = amountFen;
        }

        /// <summary>Requests with a field 64 that did not verify under the host's MAK.</summary>
        public int BadRequestMacs { get; private set; }

        /// <summary>Requests received.</summary>
        public int RequestCount => _requests.Count;

        /// <summary>The request number <paramref name="i"/> (0 = first).</summary>
        public IsoMessage RequestAt(int i)
        {
            return (IsoMessage)_requests[i];
        }

        /// <summary>When request number <paramref name="i"/> was sent (uptime ms).</summary>
        public long TimeAt(int i)
        {
            return (long)_times[i];
        }

        /// <summary>Advice ids the host has booked.</summary>
        public int LedgerCount => _ledger.Count;

        /// <summary>Queues answers for the next requests.</summary>
        public void Script(string[] answers)
        {
            for (int i = 0; i < answers.Length; i++)
            {
                _script.Add(answers[i]);
            }
        }

        /// <summary>Forgets the exchange in flight (the terminal lost power) and the completion subscribers.</summary>
        public void PowerLoss()
        {
            _busy = false;
            _pending = null;
            Completed = null;
        }

        /// <summary>Another part of the terminal holds the exchange.</summary>
        public void Hold()
        {
            _busy = true;
        }

        /// <summary>The other part's exchange is over.</summary>
        public void Release()
        {
            _busy = false;
        }

        /// <inheritdoc />
        public void Start(int exchangeId, byte[] frame, int offset, int count, int connectTimeoutMs, int responseTimeoutMs)
        {
            IsoMessage request = new IsoMessage();
            _packager.Unpack(frame, offset, count, request, _mac);
            if (request.MacState != MacState.Valid)
            {
                BadRequestMacs++;
            }

            _requests.Add(request);
            _times.Add(_clock.UptimeMs);
            _busy = true;
            _pendingId = exchangeId;
            _pending = request;
            if (_script.Count > 0)
            {
                string next = (string)_script[0];
                _script.RemoveAt(0);
                if (next == Timeout)
                {
                    Fail(ExchangeFailure.Timeout);
                }
                else if (next == Refused)
                {
                    Fail(ExchangeFailure.ConnectFailed);
                }
                else if (next == Garbage)
                {
                    Complete(new byte[] { 0x00, 0x07, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06 }, ExchangeFailure.None);
                }
                else if (next == BadMacApproval)
                {
                    bool bad = BadReplyMac;
                    BadReplyMac = true;
                    _forged = true;
                    Answer("00");
                    _forged = false;
                    BadReplyMac = bad;
                }
                else
                {
                    Answer(next);
                }
            }
        }

        /// <summary>Answers the open exchange with field 39 = <paramref name="code"/> (94 instead of 00 for a booked advice).</summary>
        public void Answer(string code)
        {
            IsoMessage request = _pending;
            string booked = null;
            if (request.Mti == 220)
            {
                string id = request.GetString(41) + "/" + Numeric.Format(Field60.Read(request).Batch, 6) + "/" + request.GetString(11);
                object amount = _ledger[id];
                if (code == "00" && amount != null)
                {
                    code = "94";
                }
                else if (code == "00" && !_forged)
                {
                    _ledger[id] = Amount.FromN12(request.GetString(4));
                }

                if (code == "94")
                {
                    booked = amount == null ? request.GetString(4) : Amount.ToN12((long)amount);
                }
            }

            IsoMessage reply = new IsoMessage();
            reply.Mti = request.Mti + 10;
            reply.Tpdu.SwapFrom(request.Tpdu);
            reply.Header.CopyFrom(request.Header);
            reply.Set(11, WrongStan ? Numeric.Format((Numeric.Parse(request.GetString(11), 0, 6) + 1) % 1000000, 6) : request.GetString(11));
            reply.Set(41, request.GetString(41));
            reply.Set(42, request.GetString(42));
            if (booked != null)
            {
                reply.Set(4, booked);
            }

            reply.Set(39, code);
            reply.MacRequested = code == "00" || (code == "94" && !DuplicateWithoutMac) || (request.Mti == 400 && (code == "12" || code == "25"));
            byte[] buffer = new byte[512];
            int length = _packager.Pack(reply, _mac, buffer, 0);
            if (BadReplyMac && reply.MacRequested)
            {
                buffer[length - 1] ^= 0x01;
            }

            byte[] frame = new byte[length];
            System.Array.Copy(buffer, frame, length);
            Complete(frame, ExchangeFailure.None);
        }

        /// <summary>Fails the open exchange.</summary>
        public void Fail(ExchangeFailure failure)
        {
            Complete(null, failure);
        }

        private void Complete(byte[] reply, ExchangeFailure failure)
        {
            _busy = false;
            _pending = null;
            ExchangeCompletedHandler handler = Completed;
            if (handler != null)
            {
                handler(_pendingId, reply, failure);
            }
        }
    }
}
