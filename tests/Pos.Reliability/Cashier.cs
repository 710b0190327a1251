using Pos.Core.Transactions;
using Pos.Hal;

namespace Pos.Reliability
{
    /// <summary>
    /// The person at the counter: serves one customer at a time (amount, card, read the screen) and, like a real
    /// cashier, tries again when the screen did not say the payment went through: after a decline, a no-connection
    /// screen, a pending reversal or a power cut. Records every approval it was shown (by batch and STAN, as the screen
    /// and the journal say) — the ledger is judged against that.
    /// </summary>
    public sealed class Cashier
    {
        /// <summary>Screens that end an attempt.</summary>
        private static readonly string[] Outcomes =
        {
            ScreenIds.Approved, ScreenIds.OfflineApproved, ScreenIds.Declined, ScreenIds.RetainCard, ScreenIds.Failed,
            ScreenIds.OfflineDeclined, ScreenIds.ReversalPending, ScreenIds.NoConnection, ScreenIds.ReversalBlocked,
            ScreenIds.Duplicate,
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

        /// <summary>The customers served so far.</summary>
        public List<SaleIntent> Served { get; } = new();

        /// <summary>Serves one customer until the screen says approved or the cashier gives up.</summary>
        public void Serve(SaleIntent intent)
        {
            Served.Add(intent);
            while (!intent.ShownApproved && intent.Attempts < MaxAttempts)
            {
                intent.Attempts++;
                Attempt(intent);
            }

            ToIdle(intent);
        }

        /// <summary>Brings the terminal back to its idle screen, reading (and confirming) whatever it shows first.</summary>
        public void ToIdle(SaleIntent? intent)
        {
            for (int i = 0; i < 20; i++)
            {
                _world.Pump(() => Quiet(), 30_000);
                string id = _world.Terminal.Screen.Id;
                if (_world.Terminal.State == TxnState.Idle && id == ScreenIds.Idle)
                {
                    return;
                }

                Read(intent);
                TxnState state = _world.Terminal.State;
                _world.Press(state == TxnState.Result || state == TxnState.LastResult ? Key.Enter : Key.Cancel);
            }
        }

        private void Attempt(SaleIntent intent)
        {
            ToIdle(intent);
            int batch = _world.Terminal.Journal.State.BatchNumber;
            int before = _world.Terminal.Journal.State.CurrentStan;
            _attemptBatch = batch;
            _attemptFirstStan = before;
            int cuts = _world.PowerCuts;
            try
            {
                Amount(intent.AmountFen);
                if (_world.PowerCuts != cuts)
                {
                    intent.Seen.Add("power cut");
                    return;
                }

                if (!_world.Pump(() => _world.Terminal.State == TxnState.PresentCard, 10_000))
                {
                    intent.Seen.Add(_world.PowerCuts != cuts ? "power cut" : "no card prompt (" + _world.Terminal.Screen.Id + ")");
                    return;
                }

                string track2 = intent.Contactless ? string.Empty : intent.Pan + "=3012101";
                var card = new CardData(intent.Pan, "3012", intent.Contactless ? string.Empty : "101", track2,
                    intent.Contactless ? EntryMode.Contactless : EntryMode.Magstripe, null, string.Empty);
                _world.Reader.Present(card, CardReadError.None);
                if (!AwaitOutcome(intent, cuts))
                {
                    return;
                }

                if (_world.Terminal.Screen.Id == ScreenIds.Duplicate)
                {
                    // The terminal says this card paid this amount moments ago. This customer's own earlier attempt:
                    // it went through, stop. Another customer's: charge again.
                    var screen = _world.Terminal.Screen;
                    int earlier = int.Parse(screen.Line(2), System.Globalization.CultureInfo.InvariantCulture);
                    if (intent.Stans.Contains((batch, earlier)))
                    {
                        Shown(intent, batch, earlier, "DUPLICATE " + screen.Line(4));
                        _world.Press(Key.Cancel);
                        return;
                    }

                    intent.Seen.Add("DUPLICATE of another customer's " + screen.Line(2));
                    _world.Press(Key.Enter);
                    if (!AwaitOutcome(intent, cuts))
                    {
                        return;
                    }
                }

                Read(intent);
            }
            finally
            {
                // STANs the terminal reserved meanwhile are this customer's (they never go back, or the run fails).
                int after = _world.Terminal.Journal.State.CurrentStan;
                for (int stan = before + 1; stan <= after; stan++)
                {
                    intent.Stans.Add((batch, stan));
                }

                _attemptBatch = -1;
                _attemptFirstStan = int.MaxValue;
            }
        }

        private bool AwaitOutcome(SaleIntent intent, int cuts)
        {
            if (_world.Pump(() => IsOutcome(_world.Terminal.Screen.Id) && _world.Terminal.State != TxnState.Authorising, 120_000))
            {
                return true;
            }

            intent.Seen.Add(_world.PowerCuts != cuts ? "power cut" : "no outcome (" + _world.Terminal.Screen.Id + ")");
            return false;
        }

        // Reads the screen: an approval (online or offline) is remembered with its STAN.
        private void Read(SaleIntent? intent)
        {
            var screen = _world.Terminal.Screen;
            string id = screen.Id;
            int batch = _world.Terminal.Journal.State.BatchNumber;
            if (id == ScreenIds.Approved && screen.Line(3).Length > 0)
            {
                Shown(intent, batch, int.Parse(screen.Line(3), System.Globalization.CultureInfo.InvariantCulture), "APPROVED");
            }
            else if (id == ScreenIds.OfflineApproved && screen.Line(2).Length > 0)
            {
                Shown(intent, batch, int.Parse(screen.Line(2), System.Globalization.CultureInfo.InvariantCulture), "OFFLINE_APPROVED");
            }
            else if (id == ScreenIds.LastTransaction && (screen.Line(0) == "APPROVED" || screen.Line(0) == "OFFLINE_APPROVED")
                && screen.Line(1) != "SETTLEMENT")
            {
                // The boot screen after a power cut: the last sale went through (its batch is the current one: a
                // settlement would have replaced this record).
                int stan = int.Parse(screen.Line(4), System.Globalization.CultureInfo.InvariantCulture);
                bool mine = intent != null && (intent.Stans.Contains((batch, stan)) || (batch == _attemptBatch && stan > _attemptFirstStan));
                Shown(mine ? intent : null, batch, stan, "LAST_TXN " + screen.Line(0));
            }
            else if (intent != null && id != ScreenIds.Idle)
            {
                intent.Seen.Add(id + (screen.Line(0).Length > 0 ? " " + screen.Line(0) : string.Empty));
            }
        }

        private void Shown(SaleIntent? intent, int batch, int stan, string what)
        {
            ShownApprovals.Add((batch, stan));
            string text = what + " " + stan.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            if (intent != null)
            {
                intent.ShownApproved = true;
                if (intent.Seen.Count == 0 || intent.Seen[^1] != text)
                {
                    intent.Seen.Add(text);
                }
            }
        }

        private void Amount(long fen)
        {
            foreach (char c in fen.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                if (!_world.Press((Key)((int)Key.Digit0 + (c - '0'))))
                {
                    return;
                }
            }

            _world.Press(Key.Enter);
        }

        // Nothing in flight that the cashier must wait for.
        private bool Quiet()
        {
            TxnState s = _world.Terminal.State;
            return s == TxnState.Idle || s == TxnState.Result || s == TxnState.ReversalBlocked || s == TxnState.Menu
                || s == TxnState.AmountEntry || s == TxnState.PresentCard || s == TxnState.LastResult || s == TxnState.DuplicateConfirm;
        }

        private static bool IsOutcome(string id) => Array.IndexOf(Outcomes, id) >= 0;
    }
}
