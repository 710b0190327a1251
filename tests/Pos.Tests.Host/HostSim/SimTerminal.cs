using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Hal;
using Pos.Hal.Emulated;
using Pos.HostSim;

namespace Pos.Tests.Host.HostSim
{
    /// <summary>
    /// A test terminal built from the core's pieces (request builder, packager, key store, CUPS MAC) talking to the
    /// simulator through the real <see cref="TcpHostExchange"/> over loopback. Waits for each Completed with a bound.
    /// </summary>
    internal sealed class SimTerminal
    {
        public const string Tid = "10000001";
        public const string Mid = "898100000000001";
        private const int WaitMs = 5000;

        private readonly object _gate = new();
        private readonly List<ExchangeResult> _results = [];
        private int _nextId;

        public SimTerminal(int port, string tid = Tid)
        {
            Settings = new TerminalSettings(tid, Mid);
            Builder = new RequestBuilder(Settings);
            Keys.Load(KeySlot.Tmk, TestKeys.TerminalMasterKey, 0, 16);
            Mac = new KeyStoreMacCalculator(Keys, MacAlgorithm.CupsEcb);
            Exchange = new TcpHostExchange("127.0.0.1", port);
            Exchange.Completed += (id, reply, failure) =>
            {
                lock (_gate)
                {
                    _results.Add(new ExchangeResult(id, reply, failure));
                    Monitor.PulseAll(_gate);
                }
            };
        }

        public TerminalSettings Settings { get; }
        public RequestBuilder Builder { get; }
        public IsoPackager Packager { get; } = new();
        public InMemoryKeyStore Keys { get; } = new();
        public KeyStoreMacCalculator Mac { get; }
        public TcpHostExchange Exchange { get; }
        public int Stan { get; set; }
        public int Batch { get; set; } = 1;
        public int ConnectTimeoutMs { get; set; } = 2000;
        public int ResponseTimeoutMs { get; set; } = 2000;

        public int NextStan() => ++Stan;

        /// <summary>Packs (with the MAC when the request asks for it), exchanges and returns the outcome.</summary>
        public ExchangeResult Send(IsoMessage request)
        {
            byte[] frame = new byte[2048];
            int length = Packager.Pack(request, Mac, frame, 0);
            int id = StartRaw(frame, length);
            return Wait(id);
        }

        public int StartRaw(byte[] frame, int length)
        {
            int id = Interlocked.Increment(ref _nextId);
            Exchange.Start(id, frame, 0, length, ConnectTimeoutMs, ResponseTimeoutMs);
            return id;
        }

        public ExchangeResult Wait(int id)
        {
            lock (_gate)
            {
                var deadline = DateTime.UtcNow.AddMilliseconds(WaitMs);
                while (true)
                {
                    var done = _results.FirstOrDefault(r => r.ExchangeId == id);
                    if (done != null)
                    {
                        return done;
                    }

                    var left = deadline - DateTime.UtcNow;
                    Assert.IsTrue(left > TimeSpan.Zero, "no Completed for exchange " + id);
                    Monitor.Wait(_gate, left);
                }
            }
        }

        public int CompletionsOf(int id)
        {
            lock (_gate)
            {
                return _results.Count(r => r.ExchangeId == id);
            }
        }

        /// <summary>Unpacks a reply with the terminal's MAC calculator.</summary>
        public IsoMessage Unpack(ExchangeResult result)
        {
            Assert.AreEqual(ExchangeFailure.None, result.Failure);
            var reply = new IsoMessage();
            Packager.Unpack(result.Reply!, 0, result.Reply!.Length, reply, Keys.Has(KeySlot.Mak) ? Mac : null);
            return reply;
        }

        /// <summary>Signs in and installs the delivered keys with the core's WorkingKeyDelivery; returns the reader.</summary>
        public SignInReply SignIn(SignInKeyMode mode = SignInKeyMode.DoubleLength)
        {
            var request = new IsoMessage();
            Builder.SignIn(request, NextStan(), Batch, mode);
            var reply = Unpack(Send(request));
            var reader = new SignInReply();
            reader.Read(request, reply);
            Assert.AreEqual("00", reader.ResponseCode);
            Assert.AreEqual(SecurityError.None, WorkingKeyDelivery.Install(Keys, (int)mode, reader.KeyBlock, 0, reader.KeyBlock.Length));
            Batch = reader.NewBatch;
            return reader;
        }

        public FinancialRequest Card(TransactionType type, string pan, long amountFen, string? pin = null)
        {
            var data = new FinancialRequest
            {
                Type = type, AmountFen = amountFen, Stan = NextStan(), Batch = Batch, Pan = pan, ExpiryYymm = "3012",
                EntryMode = pin == null ? "022" : "021",
            };
            if (pin != null)
            {
                byte[] block = new byte[PinBlock.Length];
                byte[] digits = Encoding.ASCII.GetBytes(pin);
                Assert.AreEqual(SecurityError.None, PinBlock.Encrypt(Keys.Get(KeySlot.Pik), digits, 0, digits.Length, pan, block, 0));
                data.PinBlock = block;
            }

            return data;
        }

        /// <summary>Sends a financial request and reads the reply with the core's reader.</summary>
        public FinancialReply Financial(FinancialRequest data, out IsoMessage request)
        {
            request = new IsoMessage();
            Builder.Financial(request, data);
            var reply = Unpack(Send(request));
            var reader = new FinancialReply();
            reader.Read(request, reply);
            return reader;
        }

        public FinancialReply Financial(FinancialRequest data) => Financial(data, out _);

        public ReversalReply Reverse(FinancialRequest original, string reason = ReversalReason.Timeout)
        {
            var request = new IsoMessage();
            Builder.Reversal(request, original, reason, null);
            var reply = Unpack(Send(request));
            var reader = new ReversalReply();
            reader.Read(request, reply);
            return reader;
        }

        public TransactionKey KeyOf(FinancialRequest data) => new(Settings.TerminalId, data.Batch, data.Stan);
    }
}
