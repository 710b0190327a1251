using System;
using System.Collections;
using Pos.Core.App;
using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Events;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Core.Transactions;
using Pos.Hal;

namespace Pos.Core.Scenarios
{
    /// <summary>
    /// Runs the text scenario format of docs/SCENARIOS.md against the product's <see cref="TerminalApp"/> on simulated
    /// time, over simulated seams (clock, flash, host, keypad, card reader, link): the real journal, offline queue and
    /// forwarder, as on the device. Subset code: the device tests play scenarios on the interpreter too. One command per
    /// line; <see cref="Execute"/> returns null or the failure text. Tests also reach the parts.
    /// </summary>
    public sealed class ScenarioRunner
    {
        private readonly ArrayList _output = new ArrayList();
        private SimulatedStorage _storage;
        private int _lineNumber;
        private int _boots;
        private long _auditAfter;

        /// <summary>Creates the world (link up, host up, TMK loaded) and boots the terminal, provisioned like a factory
        /// would (its empty flash confirmed at first start).</summary>
        public ScenarioRunner(TerminalOptions options)
            : this(options, true)
        {
        }

        /// <summary>Creates the world and boots the terminal; <paramref name="confirmFreshStorage"/> false boots it as a
        /// device does, with an empty flash that waits for a technician's confirmation.</summary>
        public ScenarioRunner(TerminalOptions options, bool confirmFreshStorage)
        {
            Options = options;
            options.ConfirmFreshStorage = confirmFreshStorage;
            Clock = new SimulatedClock(new DateTime(2026, 1, 5, 8, 0, 0));
            _storage = new SimulatedStorage(256 * 1024);
            Host = new SimulatedHost(Clock);
            Keys.Load(KeySlot.Tmk, SimulatedHost.TestOnlyTmk, 0, SimulatedHost.TestOnlyTmk.Length);
            Boot();
        }

        /// <summary>Creates a runner with default options (TID 12345678, MID 123456789012345).</summary>
        public ScenarioRunner()
            : this(new TerminalOptions("12345678", "123456789012345"))
        {
        }

        /// <summary>The options the terminal is (re)built with.</summary>
        public TerminalOptions Options { get; }

        /// <summary>Simulated time.</summary>
        public SimulatedClock Clock { get; }

        /// <summary>The fleet broker's session seam (null: no remote management; set with <see cref="Options"/>.Remote before a restart).</summary>
        public SimulatedRemoteLink RemoteLink { get; set; }

        /// <summary>The flash (replaced at each power cut).</summary>
        public SimulatedStorage Storage => _storage;

        /// <summary>The key store (kept across power cuts, like the device's secure storage).</summary>
        public InMemoryKeyStore Keys { get; } = new InMemoryKeyStore();

        /// <summary>The host.</summary>
        public SimulatedHost Host { get; }

        /// <summary>The serial log.</summary>
        public MemoryLog Log { get; } = new MemoryLog();

        /// <summary>The current application (rebuilt at each power cut).</summary>
        public TerminalApp App { get; private set; }

        /// <summary>The current terminal (rebuilt at each power cut).</summary>
        public Terminal Terminal => App.Terminal;

        /// <summary>The keypad of the current terminal (the "ui" command presses it; "key" goes to the machine).</summary>
        public SimulatedKeypad Keypad { get; private set; }

        /// <summary>The buzzer (kept across power cuts): the result tones played.</summary>
        public RecordingBuzzer Buzzer { get; } = new RecordingBuzzer();

        /// <summary>The receipt printer (kept across power cuts), null until "printer on".</summary>
        public SimulatedPrinter Printer { get; private set; }

        /// <summary>The card reader of the current terminal.</summary>
        public SimulatedCardReader Reader { get; private set; }

        /// <summary>The network link of the current terminal.</summary>
        public SimulatedNetworkLink Link { get; private set; }

        /// <summary>Screen changes and notes, one line each ("12000 ms APPROVED | 1.00 | …").</summary>
        public ArrayList Output => _output;

        /// <summary>Runs every line; returns null or the first failure ("line N: …").</summary>
        public string Run(string script)
        {
            int start = 0;
            _lineNumber = 0;
            while (start <= script.Length)
            {
                int end = script.IndexOf('\n', start);
                if (end < 0)
                {
                    end = script.Length;
                }

                _lineNumber++;
                string failure = Execute(script.Substring(start, end - start));
                if (failure != null)
                {
                    return "line " + _lineNumber.ToString() + ": " + failure;
                }

                start = end + 1;
            }

            return null;
        }

        /// <summary>Runs every line; returns null, or the first failure followed by the runner's output (what a test prints).</summary>
        public string RunExplained(string script)
        {
            string failure = Run(script);
            if (failure == null)
            {
                return null;
            }

            string text = failure;
            for (int i = 0; i < _output.Count; i++)
            {
                text = text + "\n  " + (string)_output[i];
            }

            return text;
        }

        /// <summary>Runs one command; returns null or why it failed.</summary>
        public string Execute(string line)
        {
            string[] w = Words(line);
            if (w.Length == 0 || w[0][0] == '#')
            {
                return null;
            }

            switch (w[0])
            {
                case "key":
                    return Keys_(w, false);
                case "ui":
                    return Keys_(w, true);
                case "card":
                    return Card(w);
                case "operators":
                    if (w.Length < 2 || (w[1] != "on" && w[1] != "off"))
                    {
                        return "operators on|off";
                    }

                    Options.RequireOperatorSignOn = w[1] == "on";
                    Restart();
                    return null;
                case "signon":
                    // "signon 02 123456": the operator number, ENTER, the password, ENTER, on the keypad (as "ui").
                    if (w.Length < 3)
                    {
                        return "signon <operator> <password>";
                    }

                    return Keys_(new string[] { "ui", w[1], "ENTER", w[2], "ENTER" }, true);
                case "host":
                    return HostCommand(w);
                case "link":
                    if (w.Length < 2 || (w[1] != "up" && w[1] != "down"))
                    {
                        return "link up|down";
                    }

                    Link.Set(w[1] == "up");
                    Settle();
                    return null;
                case "power":
                    if (w.Length < 2 || w[1] != "cut")
                    {
                        return "power cut";
                    }

                    PowerCut();
                    return null;
                case "offline":
                    if (w.Length < 2 || (w[1] != "on" && w[1] != "off"))
                    {
                        return "offline on|off";
                    }

                    // The installation's value and the merchant's stored switch (which wins at boot) agree.
                    Options.OfflinePolicy.Enabled = w[1] == "on";
                    try
                    {
                        Terminal.Machine.SetOfflineSales(w[1] == "on");
                    }
                    catch (Pos.Core.Storage.JournalException)
                    {
                        Note("offline switch not stored: journal read-only");
                    }

                    Restart();
                    return null;
                case "storage":
                    if (w.Length < 3 || w[1] != "fail" || w[2] != "next")
                    {
                        return "storage fail next";
                    }

                    _storage.ArmIoError(_storage.MutationCount);
                    return null;
                case "limits":
                    return Limits(w);
                case "printer":
                    return PrinterCommand(w);
                case "advance":
                    long ms = w.Length < 2 ? -1 : Duration(w[1]);
                    if (ms < 0)
                    {
                        return "advance <n>ms|s|m|h";
                    }

                    Advance(ms);
                    return null;
                case "wait":
                    return WaitOnline();
                case "expect":
                    return Expect(w);
            }

            return "unknown command " + w[0];
        }

        /// <summary>Handles every queued event at the current time.</summary>
        public void Settle()
        {
            int guard = 0;
            while (guard++ < 1000)
            {
                bool pumped = Host.Pump();
                int before = Terminal.Screen.Version;
                int handled = Terminal.Step();
                if (Terminal.Screen.Version != before)
                {
                    Note(Terminal.Screen.Describe());
                }

                if (!pumped && handled == 0 && Terminal.Pending == 0 && Terminal.NextDueInMs() != 0 && Host.NextDueInMs() != 0)
                {
                    return;
                }
            }
        }

        /// <summary>Moves simulated time forward timer by timer, handling events on the way.</summary>
        public void Advance(long ms)
        {
            long target = Clock.UptimeMs + ms;
            Settle();
            while (true)
            {
                long due = Terminal.NextDueInMs();
                long host = Host.NextDueInMs();
                if (host >= 0 && (due < 0 || host < due))
                {
                    due = host;
                }

                if (due < 0 || Clock.UptimeMs + due > target)
                {
                    break;
                }

                Clock.Advance(due);
                Settle();
            }

            Clock.Advance(target - Clock.UptimeMs);
            Settle();
        }

        /// <summary>Cuts the power, reboots the flash and builds a new terminal over it.</summary>
        public void PowerCut()
        {
            _storage.CutPower(0);
            _storage = _storage.Reboot();
            Host.Forget();
            Note("power cut");
            Boot();
        }

        /// <summary>A clean restart (everything flushed, as after a power-off by the switch): the options are read again.</summary>
        public void Restart()
        {
            _storage.CutPower(SimulatedStorage.KeepAllUnflushed);
            _storage = _storage.Reboot();
            Host.Forget();
            Note("restart");
            Boot();
        }

        private void Boot()
        {
            Keypad = new SimulatedKeypad();
            Reader = new SimulatedCardReader();
            Link = new SimulatedNetworkLink(true);
            TerminalSeams seams = new TerminalSeams();
            seams.Clock = Clock;
            seams.Exchange = Host;
            seams.Keypad = Keypad;
            seams.CardReader = Reader;
            seams.Network = Link;
            seams.Storage = _storage;
            seams.Log = Log;
            seams.Keys = Keys;
            seams.Random = new SeededRandom(_boots++);
            seams.Buzzer = Buzzer;
            seams.Printer = Printer;
            if (RemoteLink != null)
            {
                RemoteLink.PowerOff(); // a reboot ends the session the old terminal had
                RemoteLink = new SimulatedRemoteLink(RemoteLink.Broker);
            }

            seams.Remote = RemoteLink;
            App = new TerminalApp(Options, seams);
            App.Start();
            Settle();
        }

        private string WaitOnline()
        {
            for (int i = 0; i < 300 && !Terminal.IsOnline; i++)
            {
                Advance(100);
            }

            return Terminal.IsOnline ? null : "still offline after 30 s";
        }

        // "key": straight to the transaction machine (Terminal.PressKey); "ui": the keypad seam, as on the device: the
        // app's face routes it, the merchant / technician menu first (TerminalUi.Press).
        private string Keys_(string[] w, bool throughUi)
        {
            for (int i = 1; i < w.Length; i++)
            {
                string t = w[i];
                Key key = Key.None;
                if (t == "ENTER")
                {
                    key = Key.Enter;
                }
                else if (t == "CANCEL")
                {
                    key = Key.Cancel;
                }
                else if (t == "CLEAR")
                {
                    key = Key.Clear;
                }
                else if (t == "FUNC")
                {
                    key = Key.Func;
                }
                else if (t == "UP")
                {
                    key = Key.Up;
                }
                else if (t == "DOWN")
                {
                    key = Key.Down;
                }

                if (key != Key.None)
                {
                    Press(key, throughUi);
                    continue;
                }

                for (int c = 0; c < t.Length; c++)
                {
                    if (t[c] < '0' || t[c] > '9')
                    {
                        return "unknown key " + t;
                    }

                    Press((Key)((int)Key.Digit0 + (t[c] - '0')), throughUi);
                }
            }

            return null;
        }

        private void Press(Key key, bool throughUi)
        {
            if (throughUi)
            {
                Keypad.Press(key);
            }
            else
            {
                Terminal.PressKey(key);
            }

            Settle();
        }

        // card magstripe|chip|contactless|fallback|manual <pan> [YYMM] [service code]   or   card error
        private string Card(string[] w)
        {
            if (w.Length >= 2 && w[1] == "error")
            {
                Reader.Present(null, CardReadError.BadTrackData);
                Settle();
                return null;
            }

            if (w.Length < 3)
            {
                return "card <mode> <pan> [yymm] [service]";
            }

            EntryMode mode = w[1] == "magstripe" ? EntryMode.Magstripe : w[1] == "chip" ? EntryMode.Chip
                : w[1] == "contactless" ? EntryMode.Contactless : w[1] == "fallback" ? EntryMode.Fallback
                : w[1] == "manual" ? EntryMode.Manual : EntryMode.Unknown;
            if (mode == EntryMode.Unknown)
            {
                return "unknown entry mode " + w[1];
            }

            string pan = w[2];
            string expiry = w.Length > 3 ? w[3] : "3012";
            string service = w.Length > 4 ? w[4] : mode == EntryMode.Magstripe ? "101" : string.Empty;
            string track2 = mode == EntryMode.Magstripe || mode == EntryMode.Fallback ? pan + "=" + expiry + service : string.Empty;
            CardData card = new CardData(pan, expiry, service, track2, mode, null, string.Empty);
            if (!Reader.Present(card, CardReadError.None))
            {
                return "the reader is not reading";
            }

            Settle();
            return null;
        }

        // host reply <code> [badmac] [signin] | host fault timeout|connect|closed|send | host hold | host down|up|silent
        // | host latency <duration> | host auto <code>|off | host settle balanced|unbalanced
        private string HostCommand(string[] w)
        {
            if (w.Length < 2)
            {
                return "host <command>";
            }

            HostPlan plan = new HostPlan();
            switch (w[1])
            {
                case "reply":
                    if (w.Length < 3)
                    {
                        return "host reply <code>";
                    }

                    plan.Code = w[2];
                    for (int i = 3; i < w.Length; i++)
                    {
                        if (w[i] == "badmac")
                        {
                            plan.BadMac = true;
                        }
                        else if (w[i] == "signin")
                        {
                            plan.ProcessingRequirement = 3;
                        }
                        else
                        {
                            return "unknown reply option " + w[i];
                        }
                    }

                    break;
                case "fault":
                    string f = w.Length > 2 ? w[2] : string.Empty;
                    plan.Fault = f == "timeout" ? ExchangeFailure.Timeout : f == "connect" ? ExchangeFailure.ConnectFailed
                        : f == "closed" ? ExchangeFailure.ClosedMidReply : f == "send" ? ExchangeFailure.SendFailed : ExchangeFailure.None;
                    if (plan.Fault == ExchangeFailure.None)
                    {
                        return "host fault timeout|connect|closed|send";
                    }

                    break;
                case "hold":
                    plan.Hold = true;
                    break;
                case "down":
                    Host.Down = true;
                    return null;
                case "silent":
                    Host.Silent = true;
                    Settle();
                    return null;
                case "up":
                    Host.Down = false;
                    Host.Silent = false;
                    return null;
                case "latency":
                    long latency = w.Length < 3 ? -1 : Duration(w[2]);
                    if (latency < 0)
                    {
                        return "host latency <n>ms|s";
                    }

                    Host.LatencyMs = latency;
                    return null;
                case "auto":
                    if (w.Length < 3)
                    {
                        return "host auto <code>|off";
                    }

                    Host.AutoReply = w[2] == "off" ? null : w[2];
                    Settle();
                    return null;
                case "settle":
                    Host.Unbalanced = w.Length > 2 && w[2] == "unbalanced";
                    return null;
                default:
                    return "unknown host command " + w[1];
            }

            Host.Plan(plan);
            Settle();
            return null;
        }

        // limits sale|daily|refund <fen> …: the merchant's limits (0 = none), checked and saved as the emulator's API does.
        private string Limits(string[] w)
        {
            if (w.Length < 3 || w.Length % 2 == 0)
            {
                return "limits sale|daily|refund <fen> …";
            }

            TransactionMachine machine = Terminal.Machine;
            TransactionLimits limits = machine.Limits;
            try
            {
                for (int i = 1; i + 1 < w.Length; i += 2)
                {
                    limits = limits.With(w[i], w[i + 1], machine.MaxAmountFen);
                }

                machine.SaveLimits(limits);
            }
            catch (TransactionLimitsException e)
            {
                return e.Message;
            }

            Settle();
            return null;
        }

        // printer on: a 58 mm printer from the next boot (the terminal restarts); printer paper N: a roll of N dot
        // lines; printer ready|paper-out|cover-open|overheated|offline: the fault in force (ready also loads a roll).
        private string PrinterCommand(string[] w)
        {
            string usage = "printer on|ready|paper-out|cover-open|overheated|offline|paper <lines>";
            if (w.Length < 2)
            {
                return usage;
            }

            if (w[1] == "on")
            {
                Printer = new SimulatedPrinter(384);
                Restart();
                return null;
            }

            if (Printer == null)
            {
                return "printer on first";
            }

            if (w[1] == "paper")
            {
                long lines = w.Length > 2 ? FieldList.ParseNumber(w[2]) : -1;
                if (lines < 0)
                {
                    return usage;
                }

                Printer.LoadPaper((int)lines);
                return null;
            }

            int fault = PrinterFaultWords.IndexOf(" " + w[1] + " ");
            if (fault < 0)
            {
                return usage;
            }

            Printer.Fault = PrinterStatus.Ready;
            Printer.LoadPaper(w[1] == "paper-out" ? 0 : -1);
            Printer.Fault = w[1] == "cover-open" ? PrinterStatus.CoverOpen : w[1] == "overheated" ? PrinterStatus.Overheated
                : w[1] == "offline" ? PrinterStatus.Offline : PrinterStatus.Ready;
            Settle();
            return null;
        }

        private const string PrinterFaultWords = " ready paper-out cover-open overheated offline ";

        // expect printed <copies cut> | expect printed waiting <slips>.
        private string ExpectPrinted(string[] w)
        {
            if (Printer == null || App.Slips == null)
            {
                return "no printer";
            }

            string cuts = Printer.Cuts.ToString();
            string waiting = App.Slips.Waiting.ToString();
            if (w.Length > 3 && w[2] == "waiting")
            {
                return waiting == w[3] ? null : "slips waiting " + waiting;
            }

            return w.Length > 2 && w[2] == cuts ? null : "slips printed " + cuts + ", waiting " + waiting;
        }

        private string Expect(string[] w)
        {
            if (w.Length < 2)
            {
                return "expect <what>";
            }

            switch (w[1])
            {
                case "screen":
                    if (w.Length < 3)
                    {
                        return "expect screen <ID> [line0 …]";
                    }

                    if (Terminal.Screen.Id != w[2])
                    {
                        return "screen " + Terminal.Screen.Describe() + ", expected " + w[2];
                    }

                    for (int i = 3; i < w.Length && i - 3 < ScreenModel.LineCount; i++)
                    {
                        if (w[i] != "*" && Terminal.Screen.Line(i - 3) != w[i])
                        {
                            return "screen " + Terminal.Screen.Describe() + ", expected line " + (i - 3).ToString() + " = " + w[i];
                        }
                    }

                    return null;
                case "state":
                    string state = TransactionTable.NameOf(Terminal.State);
                    return w.Length > 2 && state == w[2] ? null : "state " + state;
                case "reversal":
                    if (w.Length > 2 && w[2] == "none")
                    {
                        return Terminal.ReversalPending ? "reversal pending " + Terminal.ReversalReason : null;
                    }

                    if (w.Length > 3 && w[2] == "pending")
                    {
                        return Terminal.ReversalPending && Terminal.ReversalReason == w[3] ? null
                            : "reversal " + (Terminal.ReversalPending ? Terminal.ReversalReason : "none") + ", expected " + w[3];
                    }

                    return "expect reversal none|pending <reason>";
                case "sent":
                    // expect sent <entry>: the host's last received request ("0200", "0400:98", "0320:202").
                    return w.Length > 2 && Host.LastReceived == w[2] ? null : "last sent " + Host.LastReceived;
                case "online":
                    return Terminal.IsOnline ? null : "offline";
                case "offline":
                    if (w.Length > 3 && w[2] == "count")
                    {
                        return Terminal.OfflineCount.ToString() == w[3] ? null : "offline count " + Terminal.OfflineCount.ToString();
                    }

                    return Terminal.IsOnline ? "online" : null;
                case "batch":
                    return w.Length > 2 && Terminal.Journal.State.BatchNumber.ToString() == w[2] ? null
                        : "batch " + Terminal.Journal.State.BatchNumber.ToString();
                case "host":
                    // expect host sales <12.34> [count]: the host's ledger of sales it holds charged.
                    string held = ScreenText.Amount(Host.SalesFen);
                    string count = Host.SalesCount.ToString();
                    return w.Length > 3 && w[2] == "sales" && w[3] == held && (w.Length < 5 || w[4] == count) ? null
                        : "host sales " + held + " " + count;
            }

            return w[1] == "audit" ? ExpectAudit(w) : w[1] == "printed" ? ExpectPrinted(w) : "unknown expectation " + w[1];
        }

        // expect audit <NN> <text…>: an entry of operator NN whose text starts with the words, later than the one the
        // previous "expect audit" found (so a scenario reads the trail in order).
        private string ExpectAudit(string[] w)
        {
            if (w.Length < 4)
            {
                return "expect audit <operator> <text…>";
            }

            string text = w[3];
            for (int i = 4; i < w.Length; i++)
            {
                text = text + " " + w[i];
            }

            AuditCursor cursor = Terminal.Audit.Read(0);
            AuditEntry e = new AuditEntry();
            while (cursor.Next(e))
            {
                if (e.Sequence > _auditAfter && Operators.Label(e.Operator) == w[2] && e.Text.StartsWith(text))
                {
                    _auditAfter = e.Sequence;
                    return null;
                }
            }

            return "no audit entry " + w[2] + " \"" + text + "\" after #" + _auditAfter.ToString();
        }

        private void Note(string text)
        {
            if (_output.Count >= 500)
            {
                _output.RemoveAt(0);
            }

            _output.Add(Clock.UptimeMs.ToString() + " ms " + text);
        }

        private static long Duration(string text)
        {
            int unit = text.Length;
            while (unit > 0 && (text[unit - 1] < '0' || text[unit - 1] > '9'))
            {
                unit--;
            }

            long n = FieldList.ParseNumber(text.Substring(0, unit));
            string suffix = text.Substring(unit);
            if (n < 0)
            {
                return -1;
            }

            return suffix == "ms" ? n : suffix == "s" ? n * 1000 : suffix == "m" ? n * 60000 : suffix == "h" ? n * 3600000 : -1;
        }

        private static string[] Words(string line)
        {
            ArrayList words = new ArrayList();
            int i = 0;
            while (i < line.Length)
            {
                while (i < line.Length && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
                {
                    i++;
                }

                int start = i;
                while (i < line.Length && line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
                {
                    i++;
                }

                if (i > start)
                {
                    words.Add(line.Substring(start, i - start));
                }
            }

            string[] result = new string[words.Count];
            for (int k = 0; k < result.Length; k++)
            {
                result[k] = (string)words[k];
            }

            return result;
        }
    }
}
