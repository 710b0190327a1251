using System.Globalization;
using System.Text;
using Pos.Core.Common;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Hal.Net;

namespace Pos.HostSim
{
    /// <summary>
    /// The acquirer's decisions, without sockets: one request frame in, one reply frame out, with the core's CUPS
    /// packager and security code. Sign-in with key delivery under the TMK, MAC checks with the terminal's MAK,
    /// decisions by <see cref="TestCards"/>, idempotent reversals and advices keyed by (TID, batch, STAN), the
    /// <see cref="Ledger"/>, settlement and batch upload, echo and sign-out. Thread-safe: one request at a time.
    /// </summary>
    public sealed class AcquirerHost
    {
        private const string AcquirerId = "00000001";

        private readonly object _gate = new();
        private readonly HostOptions _options;
        private readonly IsoPackager _packager = new();
        private readonly IsoMessage _request = new();
        private readonly IsoMessage _reply = new();
        private readonly byte[] _buffer = new byte[4096];
        private readonly Dictionary<string, TerminalState> _terminals = new(StringComparer.Ordinal);
        private SeededRandom _random;
        private int _rrn;
        private int _auth;

        /// <summary>Creates a host.</summary>
        public AcquirerHost(HostOptions? options = null)
        {
            _options = options ?? new HostOptions();
            if (!DesKey.IsValidLength(_options.MasterKey.Length))
            {
                throw new ArgumentException("TMK must be 8, 16 or 24 bytes", nameof(options));
            }

            _random = new SeededRandom(_options.Seed);
        }

        /// <summary>The books.</summary>
        public Ledger Ledger { get; } = new();

        /// <summary>How many requests were handled.</summary>
        public int RequestCount { get; private set; }

        /// <summary>The batch the host holds for a terminal, or -1 before its first sign-in.</summary>
        public int BatchOf(string tid)
        {
            lock (_gate)
            {
                return _terminals.TryGetValue(tid, out var t) ? t.Batch : -1;
            }
        }

        /// <summary>Sets the batch the host expects from a terminal (the next sign-in tells the terminal).</summary>
        public void SetBatch(string tid, int batch)
        {
            lock (_gate)
            {
                Terminal(tid).Batch = batch;
            }
        }

        /// <summary>True when the terminal has working keys at the host (signed in, not signed out).</summary>
        public bool IsSignedIn(string tid)
        {
            lock (_gate)
            {
                return _terminals.TryGetValue(tid, out var t) && t.SignedIn;
            }
        }

        /// <summary>How many sign-ins the terminal made.</summary>
        public int SignInsOf(string tid)
        {
            lock (_gate)
            {
                return _terminals.TryGetValue(tid, out var t) ? t.SignIns : 0;
            }
        }

        /// <summary>
        /// Sets the header processing requirement digit sent in every reply to this terminal until its next
        /// successful sign-in (3 = sign in again).
        /// </summary>
        public void SetProcessingRequirement(string tid, int digit)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(digit);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(digit, 9);
            lock (_gate)
            {
                Terminal(tid).ProcessingRequirement = digit;
            }
        }

        /// <summary>Forgets terminals, keys and the ledger, and restarts the key and reference generators.</summary>
        public void Reset()
        {
            lock (_gate)
            {
                _terminals.Clear();
                Ledger.Clear();
                _random = new SeededRandom(_options.Seed);
                _rrn = 0;
                _auth = 0;
                RequestCount = 0;
            }
        }

        /// <summary>
        /// Handles one request frame (length prefix included) and returns the reply, with <paramref name="rule"/>'s
        /// fault (or the test card's) applied to the reply's content (bad MAC, wrong STAN, garbage) and reported for
        /// the transport to apply (delay, no reply, close, duplicate, truncation).
        /// </summary>
        public HostResponse Handle(byte[] frame, int offset, int count, FaultRule? rule = null)
        {
            ArgumentNullException.ThrowIfNull(frame);
            lock (_gate)
            {
                RequestCount++;
                ProtocolException? error = _packager.TryUnpack(frame, offset, count, _request, null);
                if (error != null)
                {
                    Log("unreadable request: field " + error.Field + " at " + error.Offset + ", " + ProtocolErrorReasons.Name(error.Reason));
                    return new HostResponse(null, rule?.Kind ?? FaultKind.None, rule?.DelayMs ?? 0, -1, null);
                }

                string tid = (_request.GetString(41) ?? string.Empty).TrimEnd();
                TerminalState terminal = Terminal(tid);
                string? pan = PanOf(_request);
                TestCard? card = TestCards.Find(pan);
                FaultKind fault = rule?.Kind ?? FaultKind.None;
                if (fault == FaultKind.None && card != null && _request.Mti is 200 or 220)
                {
                    fault = card.Fault;
                }

                BeginReply(terminal);
                bool mac = Dispatch(frame, terminal, card, pan);
                string? code = _reply.GetString(39);
                Log(Mti(_request.Mti) + " " + tid + " stan " + _request.GetString(11) + (pan != null ? " card " + Mask(pan) : string.Empty) +
                    (_request.GetString(4) is { } amount ? " amount " + Amount.FromN12(amount) : string.Empty) + " -> " + code +
                    (fault != FaultKind.None ? " [fault " + FaultKinds.Name(fault) + "]" : string.Empty));
                byte[] reply = Pack(terminal, mac, fault);
                return new HostResponse(reply, fault, rule?.DelayMs ?? 0, _request.Mti, code);
            }
        }

        // Returns true when the reply carries a MAC.
        private bool Dispatch(byte[] frame, TerminalState terminal, TestCard? card, string? pan)
        {
            // A field 60 the host cannot read leaves the subfields empty and the batch -1: answered as a request without them.
            Field60.TryParse(_request.GetString(60), _request.OffsetOf(60), out Field60? field60);
            string code601 = field60?.MessageType ?? string.Empty;
            string code603 = field60?.NetworkCode ?? string.Empty;
            int batch = field60?.Batch ?? -1;
            switch (_request.Mti)
            {
                case 800:
                    return SignIn(terminal, code603, batch);
                case 820:
                    if (code603 == NetworkCode.SignOut)
                    {
                        terminal.Keys.ClearAll();
                    }

                    return Answer(code603 == NetworkCode.SignOut || code603 == NetworkCode.EchoTest ? "00" : "40", false);
                case 500:
                    return Settle(terminal, batch);
                case 320:
                    return BatchUpload(terminal, batch, code603);
                case 200:
                case 220:
                case 400:
                    if (!MacValid(frame, terminal))
                    {
                        // No MAC on an A0 reply: the terminal could not verify it with the key the host distrusts.
                        return Answer("A0", false);
                    }

                    return _request.Mti == 400 ? Reverse(terminal, batch) : Financial(terminal, card, pan, code601, batch);
                default:
                    return Answer("40", false);
            }
        }

        private bool SignIn(TerminalState terminal, string code603, int batch)
        {
            int keyLength = code603 == NetworkCode.SignInSingle ? 8 : code603 is NetworkCode.SignInDouble or NetworkCode.SignInDoubleWithTrackKey ? 16 : 0;
            if (keyLength == 0)
            {
                return Answer("30", false);
            }

            KeySlot[] slots = code603 == NetworkCode.SignInDoubleWithTrackKey ? [KeySlot.Pik, KeySlot.Mak, KeySlot.Tdk] : [KeySlot.Pik, KeySlot.Mak];
            int entry = keyLength + KeyCheckValue.DefaultLength;
            byte[] field62 = new byte[slots.Length * entry];
            byte[][] clear = new byte[slots.Length][];
            var tmk = new DesKey(_options.MasterKey);
            for (int i = 0; i < slots.Length; i++)
            {
                clear[i] = new byte[keyLength];
                _random.NextBytes(clear[i]);
                for (int block = 0; block < keyLength; block += DesKey.BlockSize)
                {
                    tmk.EncryptBlock(clear[i], block, field62, (i * entry) + block);
                }

                var key = new DesKey(clear[i]);
                KeyCheckValue.Compute(key, field62, (i * entry) + keyLength, KeyCheckValue.DefaultLength);
                key.Wipe();
            }

            tmk.Wipe();
            terminal.Keys.ClearAll();
            SecurityError loaded = terminal.Keys.LoadSet(slots, clear);
            if (loaded != SecurityError.None)
            {
                throw new InvalidOperationException("key generation: " + SecurityErrorNames.Of(loaded));
            }

            // Batch: the first sign-in adopts the terminal's; later ones keep the host's, which settlement advances,
            // unless the terminal is ahead.
            terminal.Batch = Math.Max(terminal.Batch, Math.Max(batch, 1));
            terminal.SignIns++;
            terminal.ProcessingRequirement = 0;
            _reply.Header.ProcessingRequirement = 0;
            _reply.Set(60, new Field60("00", terminal.Batch, code603).Text);
            _reply.Set(62, field62);
            _reply.Set(37, NextRrn());
            return Answer("00", false);
        }

        private bool Financial(TerminalState terminal, TestCard? card, string? pan, string code601, int batch)
        {
            int stan = Stan();
            var key = new TransactionKey(terminal.Tid, batch, stan);
            long amount = _request.GetString(4) is { } n12 ? Amount.FromN12(n12) : 0;
            bool foreign = card?.Foreign ?? (pan != null && !pan.StartsWith("62", StringComparison.Ordinal));
            string masked = pan == null ? string.Empty : Mask(pan);

            if (_request.Mti == 220 && code601 == "30")
            {
                // Offline advice: accepted once (the terminal approved it under its offline policy). A repeat is 94,
                // MAC'ed and naming the amount booked under the id, so the terminal can tell its own advice from
                // another transaction under the same TID + batch + STAN.
                var advice = new LedgerEntry(key, LedgerEntryKind.Advice, amount, masked, foreign, LedgerStatus.Approved,
                    _request.GetString(38), NextRrn(), null);
                if (Ledger.TryAdd(advice))
                {
                    return Answer("00", true, advice.Rrn);
                }

                LedgerEntry? booked = Ledger.Find(key);
                if (booked != null)
                {
                    _reply.Set(4, Amount.ToN12(booked.AmountFen));
                }

                return Answer("94", true);
            }

            if (_request.Mti == 200 && _options.EnforceBatch && terminal.Batch >= 0 && batch != terminal.Batch)
            {
                return Answer("77", false);
            }

            bool balance = _request.Mti == 200 && code601 == "01";
            if (!balance && Ledger.IsKnown(key))
            {
                // A repeat (a refund asked again after its answer was lost): 94, MAC'ed and naming the amount booked under
                // the id, like the advice's, so the terminal can tell its own transaction from another one.
                LedgerEntry? booked = Ledger.Find(key);
                if (booked != null)
                {
                    _reply.Set(4, Amount.ToN12(booked.AmountFen));
                }

                return Answer("94", true);
            }

            if (card == null)
            {
                return Answer("14", false);
            }

            if (_request.Mti == 200 && code601 == "23")
            {
                return Void(key, amount, card, masked);
            }

            if (_request.Mti == 220 && code601 == "25")
            {
                return Refund(key, amount, card, masked);
            }

            if (_request.Mti != 200 || (code601 != "22" && !balance))
            {
                return Answer("40", false);
            }

            string code = card.ResponseCode ?? TestCards.AmountRuleCode(amount);
            if (code == "00" && !balance && card.LimitFen > 0 && amount > card.LimitFen)
            {
                code = "61";
            }

            if (code == "00" && card.HasPin)
            {
                code = CheckPin(terminal, card, pan!);
            }

            if (code != "00")
            {
                return Answer(code, false);
            }

            string rrn = NextRrn();
            string auth = NextAuth();
            _reply.Set(38, auth);
            if (balance)
            {
                _reply.Set(54, "1002156C" + Numeric.Format(card.BalanceFen, 12));
                return Answer("00", true, rrn);
            }

            Ledger.TryAdd(new LedgerEntry(key, LedgerEntryKind.Purchase, amount, masked, card.Foreign, LedgerStatus.Approved, auth, rrn, null));
            return Answer("00", true, rrn);
        }

        private bool Void(TransactionKey key, long amount, TestCard card, string masked)
        {
            if (!TryOriginal(key, out var originalKey))
            {
                return Answer("30", false);
            }

            LedgerEntry? original = Ledger.Find(originalKey);
            if (original == null || original.Kind != LedgerEntryKind.Purchase || original.Status == LedgerStatus.Reversed)
            {
                return Answer("25", false);
            }

            if (original.Status != LedgerStatus.Approved)
            {
                return Answer("12", false);
            }

            if (original.AmountFen != amount)
            {
                return Answer("64", false);
            }

            string rrn = NextRrn();
            string auth = NextAuth();
            Ledger.TryAdd(new LedgerEntry(key, LedgerEntryKind.Void, amount, masked, card.Foreign, LedgerStatus.Approved, auth, rrn, originalKey));
            Ledger.SetStatus(originalKey, LedgerStatus.Voided);
            _reply.Set(38, auth);
            return Answer("00", true, rrn);
        }

        private bool Refund(TransactionKey key, long amount, TestCard card, string masked)
        {
            if (!TryOriginal(key, out var originalKey))
            {
                return Answer("30", false);
            }

            if (amount <= 0)
            {
                return Answer("13", false);
            }

            // An original in this host's ledger must have the amount left to refund; one it never saw (older batch,
            // another host instance) is accepted as the issuer's business.
            string rrn = string.Empty;
            string auth = string.Empty;
            string code = Ledger.BookRefund(key, originalKey, amount, () =>
            {
                (rrn, auth) = (NextRrn(), NextAuth());
                return new LedgerEntry(key, LedgerEntryKind.Refund, amount, masked, card.Foreign, LedgerStatus.Approved, auth, rrn, originalKey);
            });
            if (code != "00")
            {
                return Answer(code, false);
            }

            _reply.Set(38, auth);
            return Answer("00", true, rrn);
        }

        private bool Reverse(TerminalState terminal, int batch)
        {
            string code = Ledger.Reverse(new TransactionKey(terminal.Tid, batch, Stan()));
            return Answer(code, ResponseCodes.IsReversalComplete(code));
        }

        private bool Settle(TerminalState terminal, int batch)
        {
            BatchTotals? claimed = BatchTotals.FromField48(_request.GetString(48));
            if (claimed == null || batch < 0)
            {
                return Answer("30", false);
            }

            BatchTotals held = Ledger.Totals(terminal.Tid, batch);
            var record = new SettlementRecord(terminal.Tid, batch, claimed, held, claimed.DomesticEquals(held), claimed.ForeignEquals(held));
            Ledger.AddSettlement(record);
            if (record.Balanced)
            {
                CloseBatch(terminal, batch);
            }

            _reply.Set(48, claimed.ToField48(record.DomesticBalanced ? '1' : '2', record.ForeignBalanced ? '1' : '2'));
            _reply.Set(15, Now().ToString("MMdd", CultureInfo.InvariantCulture));
            return Answer("00", false);
        }

        private bool BatchUpload(TerminalState terminal, int batch, string code603)
        {
            string text = _request.GetString(48) ?? string.Empty;
            if (code603 == NetworkCode.BatchUploadEndBalanced || code603 == NetworkCode.BatchUploadEndUnbalanced)
            {
                CloseBatch(terminal, batch);
                _reply.Set(48, text);
                return Answer("00", false);
            }

            int records = text.Length >= 2 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) ? (text[0] - '0') * 10 + (text[1] - '0') : -1;
            if (code603 != NetworkCode.Settlement || records < 1 || records > 8 || text.Length != 2 + (records * BatchRecord.Length) ||
                !Numeric.IsDigits(text))
            {
                return Answer("30", false);
            }

            var uploaded = new List<UploadedRecord>();
            for (int i = 0; i < records; i++)
            {
                int at = 2 + (i * BatchRecord.Length);
                string recordPan = text.Substring(at + 8, 20).TrimStart('0');
                uploaded.Add(new UploadedRecord(terminal.Tid, batch, text[at + 1] == '1', (int)Numeric.Parse(text, at + 2, 6), Mask(recordPan),
                    Numeric.Parse(text, at + 28, 12)));
            }

            Ledger.AddUploads(uploaded);
            return Answer("00", false);
        }

        private static void CloseBatch(TerminalState terminal, int batch)
        {
            // Idempotent: settling batch B makes the host expect B + 1, however many messages close it.
            terminal.Batch = Math.Max(terminal.Batch, batch + 1);
        }

        private bool MacValid(byte[] frame, TerminalState terminal)
        {
            byte[]? received = _request.GetBytes(64);
            DesKey? mak = terminal.Keys.Get(KeySlot.Mak);
            return received != null && mak != null && received.Length == Mac.Length &&
                Mac.Verify(MacAlgorithm.CupsEcb, mak, frame, _request.MacDataOffset, _request.MacDataLength, received, 0) == SecurityError.None;
        }

        private string CheckPin(TerminalState terminal, TestCard card, string pan)
        {
            byte[]? block = _request.GetBytes(52);
            if (block == null)
            {
                return "55";
            }

            DesKey? pik = terminal.Keys.Get(KeySlot.Pik);
            if (pik == null)
            {
                return "99";
            }

            // Format 0 is deterministic, so encrypting the card's PIN the same way and comparing the blocks is the
            // same test as decrypting field 52 and comparing PINs, without a clear PIN block on the host.
            bool withPan = _request.GetString(53) is not { } control || control[0] != '1';
            byte[] pin = Encoding.ASCII.GetBytes(card.Pin!);
            byte[] expected = new byte[PinBlock.Length];
            SecurityError error = withPan ? PinBlock.Encrypt(pik, pin, 0, pin.Length, pan, expected, 0)
                : PinBlock.EncryptWithoutPan(pik, pin, 0, pin.Length, expected, 0);
            if (error != SecurityError.None)
            {
                return "99";
            }

            return SecureCompare.Equal(expected, 0, block, 0, PinBlock.Length) ? "00" : "55";
        }

        private void BeginReply(TerminalState terminal)
        {
            _reply.Clear();
            _reply.Tpdu.SwapFrom(_request.Tpdu);
            _reply.Header.CopyFrom(_request.Header);
            _reply.Header.ProcessingRequirement = terminal.ProcessingRequirement;
            _reply.Mti = _request.Mti + 10;
            foreach (int field in new[] { 2, 3, 4, 11, 25, 41, 42, 49, 60, 61 })
            {
                _reply.Set(field, _request.GetString(field));
            }

            DateTime now = Now();
            _reply.Set(12, now.ToString("HHmmss", CultureInfo.InvariantCulture));
            _reply.Set(13, now.ToString("MMdd", CultureInfo.InvariantCulture));
        }

        private bool Answer(string code, bool mac, string? rrn = null)
        {
            _reply.Set(39, code);
            if (rrn != null)
            {
                _reply.Set(37, rrn);
                _reply.Set(32, AcquirerId);
            }

            return mac;
        }

        private byte[] Pack(TerminalState terminal, bool mac, FaultKind fault)
        {
            if (fault == FaultKind.Garbage)
            {
                byte[] garbage = new byte[2 + 16 + _random.Next(48)];
                _random.NextBytes(garbage);
                FramePrefix.Write(garbage.Length - FramePrefix.Size, garbage, 0);
                garbage[2] = 0x00; // not a TPDU id: the unpacker rejects it whatever the rest says
                return garbage;
            }

            if (fault == FaultKind.WrongStan)
            {
                _reply.Set(11, Numeric.Format((Stan() + 1) % 1_000_000, 6));
            }

            IMacCalculator? real = terminal.SignedIn ? new KeyStoreMacCalculator(terminal.Keys, MacAlgorithm.CupsEcb) : null;
            IMacCalculator? calculator = real;
            if (fault == FaultKind.BadMac)
            {
                calculator = new CorruptMacCalculator(real);
                mac = true;
            }

            _reply.MacRequested = mac && calculator != null;
            int length = _packager.Pack(_reply, calculator, _buffer, 0);
            return _buffer.AsSpan(0, length).ToArray();
        }

        private TerminalState Terminal(string tid)
        {
            if (!_terminals.TryGetValue(tid, out var terminal))
            {
                terminal = new TerminalState(tid);
                _terminals.Add(tid, terminal);
            }

            return terminal;
        }

        private bool TryOriginal(TransactionKey key, out TransactionKey original)
        {
            string? field61 = _request.GetString(61);
            if (field61 == null || field61.Length < 12 || !Numeric.IsDigits(field61))
            {
                original = default;
                return false;
            }

            original = new TransactionKey(key.Tid, (int)Numeric.Parse(field61, 0, 6), (int)Numeric.Parse(field61, 6, 6));
            return true;
        }

        private int Stan() => _request.GetString(11) is { } s && Numeric.IsDigits(s) ? (int)Numeric.Parse(s, 0, s.Length) : -1;

        private DateTime Now() => _options.Clock();

        private string NextRrn() => Numeric.Format(++_rrn, 12);

        private string NextAuth() => Numeric.Format((++_auth % 1_000_000), 6);

        private void Log(string line) => _options.Log?.Invoke(line);

        private static string Mti(int mti) => mti.ToString("D4", CultureInfo.InvariantCulture);

        /// <summary>The PAN from field 2, else from track 2 (before the separator), or null.</summary>
        private static string? PanOf(IsoMessage message)
        {
            if (message.GetString(2) is { } pan)
            {
                return pan;
            }

            string? track2 = message.GetString(35);
            if (track2 == null)
            {
                return null;
            }

            int separator = track2.IndexOfAny(['=', 'D', 'd']);
            return separator > 0 ? track2[..separator] : track2;
        }

        /// <summary>First 6 and last 4 digits, the rest as '*'.</summary>
        internal static string Mask(string pan) =>
            pan.Length <= 10 ? new string('*', pan.Length) : pan[..6] + new string('*', pan.Length - 10) + pan[^4..];
    }
}
