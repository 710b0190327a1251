using System;
using Pos.Core.App;
using Pos.Core.Common;
using Pos.Core.Scenarios;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Core.Transactions;
using Pos.Core.Ui.Screens;
using Pos.Hal;

namespace Pos.Bench.Workloads
{
    /// <summary>
    /// The heap workload of the device budgets (docs/BENCHMARKS.md): the whole application (<see cref="TerminalApp"/>,
    /// the composition the firmware builds) on simulated time over simulated seams, driven through its real paths: keys
    /// through the UI's routing, the screen drawn after each step. Each step is a separate call so the caller can measure
    /// the managed heap between them: <see cref="CreateWorld"/> (the simulated outside: clock, host, flash, log,
    /// keypad, reader, link), <see cref="Boot"/> (the terminal: options, key store, start, online, signed in, idle),
    /// <see cref="RunPurchases"/> (approved online purchases: amount keys, magstripe card, host approval, back to
    /// idle) and <see cref="FillOfflineQueue"/> (link down, contactless offline sales until the policy's maximum).
    /// Each step returns null or why it failed.
    /// <para>Unlike the scenario runner, this rig keeps nothing of its own that grows: the flash is preallocated
    /// (<see cref="FixedStorage"/>), the log keeps no lines, no screen history is kept, the simulated host's list of
    /// received requests is cleared after each exchange and it keeps no ledger of sales, and the display only keeps a
    /// checksum. So what the heap loses between two steps is the application's.</para>
    /// </summary>
    public sealed class HeapWorkload
    {
        /// <summary>Approved online purchases of the workload.</summary>
        public const int PurchaseCount = 100;

        /// <summary>
        /// Purchases after which every bounded record a sale keeps is full (the duplicate guard's ring of the last
        /// sales, <see cref="RecentSales.Capacity"/>): the heap must not grow after them.
        /// </summary>
        public const int FillingPurchases = RecentSales.Capacity;

        /// <summary>Files of the simulated flash and the capacity of each (the journal and its compaction copy).</summary>
        public const int FlashFiles = 4;

        /// <summary>Capacity of each file of the simulated flash, bytes.</summary>
        public const int FlashFileBytes = 128 * 1024;

        // Milliseconds between two sales: the link monitor's timers run meanwhile, as on a counter.
        private const long PauseMs = 10000;

        private SimulatedClock _clock;
        private SimulatedHost _host;
        private FixedStorage _storage;
        private NullLog _log;
        private SimulatedKeypad _keypad;
        private SimulatedCardReader _reader;
        private SimulatedNetworkLink _link;
        private CardData _swiped;
        private CardData _tapped;
        private TerminalOptions _options;
        private InMemoryKeyStore _keys;
        private TerminalApp _app;
        private Terminal _terminal;
        private CrcDisplay _display;
        private StatusSnapshot _status;

        /// <summary>The terminal (null before <see cref="Boot"/>).</summary>
        public Terminal Terminal => _terminal;

        /// <summary>The simulated flash (null before <see cref="CreateWorld"/>).</summary>
        public FixedStorage Flash => _storage;

        // Sales started so far (online and offline); varies the amount from sale to sale.
        private int _sales;

        /// <summary>Online purchases approved so far.</summary>
        public int Approved { get; private set; }

        /// <summary>Offline sales queued so far by <see cref="FillOfflineQueue"/>.</summary>
        public int Queued { get; private set; }

        /// <summary>The policy's maximum count of queued offline sales (after <see cref="Boot"/>).</summary>
        public int OfflineMaxCount => _options == null ? 0 : _options.OfflinePolicy.MaxCount;

        /// <summary>Creates the simulated outside of the terminal; allocates the whole flash.</summary>
        public void CreateWorld()
        {
            _clock = new SimulatedClock(new DateTime(2026, 1, 5, 8, 0, 0));
            _storage = new FixedStorage(FlashFiles, FlashFileBytes);
            _host = new SimulatedHost(_clock);
            _host.KeepsLedger = false;
            _log = new NullLog();
            _keypad = new SimulatedKeypad();
            _reader = new SimulatedCardReader();
            _link = new SimulatedNetworkLink(true);
            _swiped = new CardData("6222021234567890", "3012", "201", "6222021234567890=3012201", EntryMode.Magstripe, null, string.Empty);
            _tapped = new CardData("6222021234567890", "3012", string.Empty, string.Empty, EntryMode.Contactless, null, string.Empty);
        }

        /// <summary>
        /// Builds and starts the terminal the way the firmware does (options with offline sales enabled under the
        /// default policy, a key store with the test TMK), waits until it is online and signed in, and returns to idle.
        /// </summary>
        public string Boot()
        {
            _options = new TerminalOptions("12345678", "123456789012345");
            _options.OfflinePolicy.Enabled = true;
            _options.ConfirmFreshStorage = true;
            _keys = new InMemoryKeyStore();
            _keys.Load(KeySlot.Tmk, SimulatedHost.TestOnlyTmk, 0, SimulatedHost.TestOnlyTmk.Length);
            TerminalSeams seams = new TerminalSeams();
            seams.Clock = _clock;
            seams.Exchange = _host;
            seams.Keypad = _keypad;
            seams.CardReader = _reader;
            seams.Network = _link;
            seams.Storage = _storage;
            seams.Log = _log;
            seams.Keys = _keys;
            seams.Random = new SeededRandom(1);
            _app = new TerminalApp(_options, seams);
            _terminal = _app.Terminal;
            _display = new CrcDisplay();
            _status = new StatusSnapshot();
            _app.Start();
            Settle();
            for (int i = 0; i < 300 && !_terminal.IsOnline; i++)
            {
                Advance(100);
            }

            if (!_terminal.IsOnline)
            {
                return "still offline 30 s after boot";
            }

            Advance(1000);
            string failure = Expect(ScreenIds.SignedIn);
            if (failure != null)
            {
                return failure;
            }

            Press(Key.Cancel);
            _host.Received.Clear();
            Render();
            return Expect(ScreenIds.Idle);
        }

        /// <summary>Runs <paramref name="count"/> approved online purchases of 12.34 (magstripe, no PIN).</summary>
        public string RunPurchases(int count)
        {
            for (int i = 0; i < count; i++)
            {
                string failure = Purchase();
                if (failure != null)
                {
                    return "purchase " + (Approved + 1).ToString() + ": " + failure;
                }
            }

            Render();
            return null;
        }

        /// <summary>
        /// Cuts the link and takes contactless sales of 5.00 offline until the queue holds the policy's maximum count
        /// (the next sale would be declined as queue full).
        /// </summary>
        public string FillOfflineQueue()
        {
            _link.Set(false);
            Settle();
            if (_terminal.IsOnline)
            {
                return "still online after the link went down";
            }

            int max = _options.OfflinePolicy.MaxCount;
            while (_terminal.OfflineCount < max)
            {
                int before = _terminal.OfflineCount;
                string failure = OfflineSale();
                if (failure == null && _terminal.OfflineCount != before + 1)
                {
                    failure = "offline count " + _terminal.OfflineCount.ToString() + " after sale " + (before + 1).ToString();
                }

                if (failure != null)
                {
                    return "offline sale " + (before + 1).ToString() + ": " + failure;
                }

                Queued++;
            }

            Render();
            return null;
        }

        private string Purchase()
        {
            // Each sale a different amount, as at a real till: the same card and amount again within the duplicate
            // window would (rightly) stop at the duplicate question.
            Amount(1000 + _sales++);
            string failure = Expect(ScreenIds.PresentCard);
            if (failure != null)
            {
                return failure;
            }

            HostPlan approve = new HostPlan();
            approve.Code = "00";
            _host.Plan(approve);
            if (!_reader.Present(_swiped, CardReadError.None))
            {
                return "the reader is not reading";
            }

            Settle();
            failure = Expect(ScreenIds.Approved);
            if (failure != null)
            {
                return failure;
            }

            Approved++;
            Press(Key.Cancel);
            _host.Received.Clear();
            failure = Expect(ScreenIds.Idle);
            Advance(PauseMs);
            return failure;
        }

        private string OfflineSale()
        {
            Amount(500 + _sales++);
            string failure = Expect(ScreenIds.PresentCard);
            if (failure != null)
            {
                return failure;
            }

            if (!_reader.Present(_tapped, CardReadError.None))
            {
                return "the reader is not reading";
            }

            Settle();
            failure = Expect(ScreenIds.OfflineApproved);
            if (failure != null)
            {
                return failure;
            }

            Press(Key.Cancel);
            failure = Expect(ScreenIds.Idle);
            Advance(PauseMs);
            return failure;
        }

        // The amount in fen as digit keys, then ENTER.
        private void Amount(long fen)
        {
            string digits = fen.ToString();
            for (int i = 0; i < digits.Length; i++)
            {
                Press((Key)((int)Key.Digit0 + (digits[i] - '0')));
            }

            Press(Key.Enter);
        }

        // As the firmware's main loop: a key goes through the UI's routing (menu or transaction machine).
        private void Press(Key key)
        {
            _app.Ui.Press(key);
            Settle();
        }

        // Draws the screen in front (what the firmware does every turn of its loop; here once per step, to keep the
        // interpreter's run short while the renderer's band, glyph cache and screens are all in use).
        private void Render()
        {
            _status.Online = _terminal.IsOnline;
            _status.OfflineCount = _terminal.OfflineCount;
            _status.FlaggedCount = _terminal.FlaggedCount;
            _status.UtcNow = _clock.UtcNow;
            _app.Ui.Render(_status, _display);
        }

        private string Expect(string screenId)
        {
            string actual = _terminal.Screen.Id;
            return actual == screenId ? null : "screen " + actual + ", expected " + screenId;
        }

        // Handles every queued event at the current time (as the scenario runner does).
        private void Settle()
        {
            int guard = 0;
            while (guard++ < 1000)
            {
                int handled = _terminal.Step();
                if (handled == 0 && _terminal.Pending == 0 && _terminal.NextDueInMs() != 0)
                {
                    return;
                }
            }
        }

        // Moves simulated time forward timer by timer, handling events on the way.
        private void Advance(long ms)
        {
            long target = _clock.UptimeMs + ms;
            Settle();
            while (true)
            {
                long due = _terminal.NextDueInMs();
                if (due < 0 || _clock.UptimeMs + due > target)
                {
                    break;
                }

                _clock.Advance(due);
                Settle();
            }

            _clock.Advance(target - _clock.UptimeMs);
            Settle();
        }
    }
}
