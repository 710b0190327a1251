using System.Globalization;
using Pos.Core.Transactions;
using Pos.Hal;

namespace Pos.Reliability
{
    /// <summary>
    /// The person at the counter: serves one customer at a time (a sale, a void or a refund, through the terminal's
    /// keys and card reader, reading the screen) and, like a real cashier, tries again when the screen did not say it
    /// went through: after a decline, a no-connection screen, a pending reversal or a power cut. Reads every screen it
    /// passes, the boot screen and the duplicate warning included, and records every approval it was shown (by batch
    /// and STAN, as the screen says): the host's ledger is judged against that.
    /// </summary>
    public sealed class Cashier
    {
        /// <summary>Screens that end an attempt.</summary>
        private static readonly string[] Outcomes =
        {
            ScreenIds.Approved, ScreenIds.OfflineApproved, ScreenIds.Declined, ScreenIds.RetainCard, ScreenIds.Failed,
            ScreenIds.OfflineDeclined, ScreenIds.ReversalPending, ScreenIds.NoConnection, ScreenIds.ReversalBlocked,
            ScreenIds.Duplicate, ScreenIds.Balance,
        };

        /// <summary>Screens that end a settlement.</summary>
        private static readonly string[] SettleOutcomes =
        {
            ScreenIds.Settled, ScreenIds.SettleFailed, ScreenIds.NoConnection, ScreenIds.ReversalBlocked, ScreenIds.Failed,
        };

        private readonly ReliabilityWorld _world;

        // The attempt in progress: its batch and the STAN before it (later ones are its own).
        private int _attemptBatch = -1;
        private int _attemptFirstStan = int.MaxValue;

        /// <summary>Creates the cashier of a world.</summary>
        public Cashier(ReliabilityWorld world, int maxAttempts = 3)
        {
            _world = world;
            MaxAttempts = maxAttempts;
        }

        /// <summary>Attempts per customer before the cashier gives up.</summary>
        public int MaxAttempts { get; }

        /// <summary>Every approval the cashier was shown: (batch, STAN).</summary>
        public HashSet<(int Batch, int Stan)> ShownApprovals { get; } = new();

        /// <summary>The approvals of sales the cashier was shown, in order (originals for voids and refunds).</summary>
        public List<Receipt> Receipts { get; } = new();

        /// <summary>The operations served so far.</summary>
        public List<Operation> Served { get; } = new();

        /// <summary>What each settlement the cashier started ended with.</summary>
        public List<string> Settlements { get; } = new();

        /// <summary>Serves one customer until the screen says it went through or the cashier gives up.</summary>
        public void Serve(Operation operation)
        {
            Served.Add(operation);
            while (!operation.ShownApproved && operation.Attempts < MaxAttempts)
            {
                operation.Attempts++;
                if (!Attempt(operation))
                {
                    break;
                }
            }

            ToIdle(operation);
        }

        /// <summary>FUNC 4: settles the batch; returns the screen it ended on.</summary>
        public string Settle()
        {
            ToIdle(null);
            _world.Press(Key.Func);
            _world.Press(Key.Digit4);
            _world.Pump(() => Array.IndexOf(SettleOutcomes, _world.Terminal.Screen.Id) >= 0 && IsQuiet(), 10 * 60_000);
            string id = _world.Terminal.Screen.Id;
            Settlements.Add(id + " " + _world.Terminal.Screen.Line(0));
            ToIdle(null);
            return id;
        }

        /// <summary>Brings the terminal back to its idle screen, reading (and confirming) whatever it shows first.</summary>
        public void ToIdle(Operation? operation)
        {
            for (int i = 0; i < 20; i++)
            {
                _world.Pump(IsQuiet, 30_000);
                string id = _world.Terminal.Screen.Id;
                TxnState state = _world.Terminal.State;
                if (state == TxnState.Idle && id == ScreenIds.Idle)
                {
                    return;
                }

                Read(operation);
                _world.Press(state == TxnState.Result || state == TxnState.LastResult ? Key.Enter : Key.Cancel);
            }
        }

        // One try; false when the operation cannot go on (the original of a void or refund is not there).
        private bool Attempt(Operation operation)
        {
            ToIdle(operation);
            if (operation.ShownApproved)
            {
                return true; // the terminal's own retry (a refund asked again) was shown approved meanwhile: done
            }

            int batch = _world.Terminal.Journal.State.BatchNumber;
            int before = _world.Terminal.Journal.State.CurrentStan;
            _attemptBatch = batch;
            _attemptFirstStan = before;
            int cuts = _world.PowerCuts;
            try
            {
                if (!Prepare(operation, cuts))
                {
                    return _world.PowerCuts != cuts;
                }

                if (operation.Kind != OperationKind.Void)
                {
                    _world.Reader.Present(Card(operation), CardReadError.None);
                }
                else
                {
                    _world.Press(Key.Enter); // the void's confirmation screen: the original's amount and card
                }

                if (!AwaitOutcome(operation, cuts))
                {
                    return true;
                }

                if (_world.Terminal.Screen.Id == ScreenIds.Duplicate && !OnDuplicate(operation, batch, cuts))
                {
                    return true;
                }

                Read(operation);
                return true;
            }
            finally
            {
                // STANs the terminal reserved meanwhile are this operation's (they never go back, or the run fails).
                int after = _world.Terminal.Journal.State.CurrentStan;
                for (int stan = before + 1; stan <= after; stan++)
                {
                    operation.Stans.Add((batch, stan));
                }

                _attemptBatch = -1;
                _attemptFirstStan = int.MaxValue;
            }
        }

        // The keys up to the card (a void: up to its confirmation). False when it did not get there.
        private bool Prepare(Operation operation, int cuts)
        {
            if (operation.Kind == OperationKind.Sale)
            {
                Digits(operation.AmountFen.ToString(CultureInfo.InvariantCulture));
                _world.Press(Key.Enter);
                return Reach(TxnState.PresentCard, operation, cuts);
            }

            _world.Press(Key.Func);
            _world.Press(operation.Kind == OperationKind.Void ? Key.Digit1 : Key.Digit2);
            if (!Reach(TxnState.OriginalStanEntry, operation, cuts))
            {
                return false;
            }

            Digits(operation.Original!.Stan.ToString(CultureInfo.InvariantCulture));
            _world.Press(Key.Enter);
            if (_world.Terminal.State == TxnState.OriginalStanEntry)
            {
                See(operation, "ORIGINAL_STAN " + _world.Terminal.Screen.Line(2));
                return false;
            }

            if (operation.Kind == OperationKind.Void)
            {
                return Reach(TxnState.VoidConfirm, operation, cuts);
            }

            if (!Reach(TxnState.AmountEntry, operation, cuts))
            {
                return false;
            }

            Digits(operation.AmountFen.ToString(CultureInfo.InvariantCulture));
            _world.Press(Key.Enter);
            return Reach(TxnState.PresentCard, operation, cuts);
        }

        // The terminal says this card paid this amount moments ago. This customer's own earlier attempt: it went
        // through, stop (false). Another customer's: charge again (true once the new attempt has its outcome).
        private bool OnDuplicate(Operation operation, int batch, int cuts)
        {
            var screen = _world.Terminal.Screen;
            int earlier = screen.Stan;
            if (operation.Stans.Contains((batch, earlier)))
            {
                Shown(operation, batch, earlier, "DUPLICATE " + screen.Line(4), screen.EarlierOffline);
                _world.Press(Key.Cancel);
                return false;
            }

            See(operation, "DUPLICATE of another customer's " + screen.Line(2));
            _world.Press(Key.Enter);
            return AwaitOutcome(operation, cuts);
        }

        private bool Reach(TxnState state, Operation operation, int cuts)
        {
            if (_world.Pump(() => _world.Terminal.State == state, 10_000))
            {
                return true;
            }

            See(operation, _world.PowerCuts != cuts ? "power cut" : "not at " + TransactionTable.NameOf(state) + " (" + _world.Terminal.Screen.Id + ")");
            return false;
        }

        private bool AwaitOutcome(Operation operation, int cuts)
        {
            if (_world.Pump(() => Array.IndexOf(Outcomes, _world.Terminal.Screen.Id) >= 0 && _world.Terminal.State != TxnState.Authorising, 120_000))
            {
                return true;
            }

            See(operation, _world.PowerCuts != cuts ? "power cut" : "no outcome (" + _world.Terminal.Screen.Id + ")");
            return false;
        }

        // Reads the screen: an approval (online, offline, or the boot screen's) is remembered with its STAN.
        private void Read(Operation? operation)
        {
            var screen = _world.Terminal.Screen;
            string id = screen.Id;
            int batch = _world.Terminal.Journal.State.BatchNumber;
            if (id == ScreenIds.Approved && screen.Stan >= 0)
            {
                Shown(operation, batch, screen.Stan, "APPROVED", false);
            }
            else if (id == ScreenIds.OfflineApproved && screen.Stan >= 0)
            {
                Shown(operation, batch, screen.Stan, "OFFLINE_APPROVED", true);
            }
            else if (id == ScreenIds.LastTransaction && (screen.LastStatus == LastStatus.Approved || screen.LastStatus == LastStatus.OfflineApproved)
                && screen.Flow != TxnFlow.Settlement)
            {
                // The boot screen after a power cut: the last transaction went through (its batch is the current one:
                // a settlement would have replaced this record). Whose it was, the STAN tells.
                int stan = screen.Stan;
                bool mine = operation != null && (operation.Stans.Contains((batch, stan)) || (batch == _attemptBatch && stan > _attemptFirstStan));
                Shown(mine ? operation : null, batch, stan, "LAST_TXN " + screen.Line(0), screen.LastStatus == LastStatus.OfflineApproved);
            }
            else if (operation != null && id != ScreenIds.Idle)
            {
                See(operation, id + (screen.Line(0).Length > 0 ? " " + screen.Line(0) : string.Empty));
            }
        }

        private void Shown(Operation? operation, int batch, int stan, string what, bool offline)
        {
            if (ShownApprovals.Add((batch, stan)) && (operation == null || operation.Kind == OperationKind.Sale))
            {
                Receipts.Add(new Receipt(operation, batch, stan, offline));
            }

            string text = what + " " + stan.ToString("D6", CultureInfo.InvariantCulture);
            if (operation != null)
            {
                operation.ShownApproved = true;
                if (operation.Seen.Count == 0 || operation.Seen[^1] != text)
                {
                    See(operation, text);
                }
            }
        }

        private static CardData Card(Operation operation)
        {
            string track2 = operation.Contactless ? string.Empty : operation.Pan + "=3012101";
            return new CardData(operation.Pan, "3012", operation.Contactless ? string.Empty : "101", track2,
                operation.Contactless ? EntryMode.Contactless : EntryMode.Magstripe, null, string.Empty);
        }

        private void Digits(string digits)
        {
            foreach (char c in digits)
            {
                if (!_world.Press((Key)((int)Key.Digit0 + (c - '0'))))
                {
                    return;
                }
            }
        }

        // Nothing in flight that the cashier must wait for.
        private bool IsQuiet()
        {
            TxnState s = _world.Terminal.State;
            return s == TxnState.Idle || s == TxnState.Result || s == TxnState.ReversalBlocked || s == TxnState.Menu
                || s == TxnState.AmountEntry || s == TxnState.PresentCard || s == TxnState.LastResult || s == TxnState.DuplicateConfirm
                || s == TxnState.OriginalStanEntry || s == TxnState.VoidConfirm;
        }

        // What the cashier saw, kept with the operation and written into the terminal's log (a failing run's trace).
        private void See(Operation operation, string what)
        {
            operation.Seen.Add(what);
            _world.Log.WriteLine("cashier: " + operation.Kind.ToString().ToLowerInvariant() + " " + operation.Number + ": " + what);
        }
    }
}
