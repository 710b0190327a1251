using System;
using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Events;
using Pos.Core.Storage;

namespace Pos.Core.Diagnostics
{
    /// <summary>
    /// Runs the checks, one or all, in order. Immediate checks finish inside <see cref="StartAll"/> /
    /// <see cref="StartOne"/>; the run pauses at an interactive check (until <see cref="Confirm"/> or
    /// <see cref="Skip"/>) and at an asynchronous one (until its outcome event reaches <see cref="Handle"/>).
    /// When a run ends, its report (<see cref="DiagnosticReport"/>) goes to the journal's diagnostics ring and one
    /// audit trail entry, the technician's <see cref="AuditEvent.SelfTest"/> ("all P12 W2 F1 N1" / "wifi WARN"),
    /// records it. Results stay for the session: a single
    /// check's run replaces only its own result.
    /// </summary>
    public sealed class DiagnosticRunner : IEventHandler
    {
        private readonly DiagnosticContext _ctx;
        private readonly IDiagnosticCheck[] _checks;
        private readonly CheckResult[] _results;
        private readonly int[] _runOf; // the run each result came from
        private int _run;
        private int[] _plan = new int[0];
        private int _pos;
        private bool _running;
        private string _lastReport;
        private DateTime _lastRunUtc;

        /// <summary>Creates a runner over <paramref name="checks"/> (see <see cref="DiagnosticChecks.Standard"/>).</summary>
        public DiagnosticRunner(DiagnosticContext ctx, IDiagnosticCheck[] checks)
        {
            if (ctx == null || checks == null)
            {
                throw new ArgumentNullException(nameof(checks));
            }

            _ctx = ctx;
            _ctx.Owner = this;
            _checks = checks;
            _results = new CheckResult[checks.Length];
            _runOf = new int[checks.Length];
        }

        /// <summary>Raised when a paused check finished (from <see cref="Handle"/>) or a run ended.</summary>
        public event RunnerChangedHandler Changed;

        /// <summary>The context.</summary>
        public DiagnosticContext Context => _ctx;

        /// <summary>Number of checks.</summary>
        public int Count => _checks.Length;

        /// <summary>True while a run is paused at a check.</summary>
        public bool IsRunning => _running;

        /// <summary>The check the run is paused at, or null.</summary>
        public IDiagnosticCheck Current => _running ? _checks[_plan[_pos]] : null;

        /// <summary>Index of the check the run is paused at, or -1.</summary>
        public int CurrentIndex => _running ? _plan[_pos] : -1;

        /// <summary>The report of the last finished run in this session, or null.</summary>
        public string LastReport => _lastReport;

        /// <summary>When the last run in this session ended (UTC); the default value (no valid year) before the first.</summary>
        public DateTime LastRunUtc => _lastRunUtc;

        /// <summary>Check <paramref name="index"/>.</summary>
        public IDiagnosticCheck CheckAt(int index)
        {
            return _checks[index];
        }

        /// <summary>Index of the check with <paramref name="key"/>, or -1.</summary>
        public int IndexOf(string key)
        {
            for (int i = 0; i < _checks.Length; i++)
            {
                if (_checks[i].Key == key)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The result of check <paramref name="index"/> in this session (NOT RUN when never run).</summary>
        public CheckResult ResultAt(int index)
        {
            CheckResult r = _results[index];
            return r ?? CheckResult.NotRun(string.Empty);
        }

        /// <summary>
        /// True when the result at <paramref name="index"/> came from the latest run; false for a result kept from an
        /// earlier run (one check run again leaves the others as they were: the screens mark them as earlier).
        /// </summary>
        public bool IsCurrent(int index)
        {
            return _results[index] != null && _runOf[index] == _run;
        }

        /// <summary>Runs every check in order (a run in progress is stopped first).</summary>
        public void StartAll()
        {
            int[] plan = new int[_checks.Length];
            for (int i = 0; i < plan.Length; i++)
            {
                plan[i] = i;
                _results[i] = null;
            }

            Begin(plan);
        }

        /// <summary>
        /// Runs every check that needs nobody at the counter, in order (a remote self-test): not the interactive ones
        /// and not the card reader's, which waits for a test card (a run in progress is stopped first).
        /// </summary>
        public void StartUnattended()
        {
            int n = 0;
            for (int i = 0; i < _checks.Length; i++)
            {
                n += NeedsSomeone(_checks[i]) ? 0 : 1;
            }

            int[] plan = new int[n];
            n = 0;
            for (int i = 0; i < _checks.Length; i++)
            {
                if (!NeedsSomeone(_checks[i]))
                {
                    plan[n++] = i;
                    _results[i] = null;
                }
            }

            Begin(plan);
        }

        /// <summary>True for a check that needs a person at the terminal: an interactive one, or the card reader's.</summary>
        public static bool NeedsSomeone(IDiagnosticCheck check)
        {
            return check.Mode == CheckMode.Interactive || check.Key == Checks.CardReaderCheck.CheckKey;
        }

        /// <summary>Runs one check.</summary>
        public void StartOne(int index)
        {
            if (index < 0 || index >= _checks.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            _results[index] = null;
            Begin(new int[] { index });
        }

        /// <summary>The technician's verdict on the interactive check the run is paused at.</summary>
        public void Confirm(bool passed, string value)
        {
            IDiagnosticCheck check = Current;
            if (check == null || check.Mode != CheckMode.Interactive)
            {
                return;
            }

            Record(passed ? CheckResult.Pass(value) : CheckResult.Fail(value, check.TitleKey));
        }

        /// <summary>Skips the check the run is paused at (NOT RUN "skipped") and goes on.</summary>
        public void Skip()
        {
            IDiagnosticCheck check = Current;
            if (check != null)
            {
                check.Cancel(_ctx);
                Record(CheckResult.NotRun("skipped"));
            }
        }

        /// <summary>Stops the run: the paused check and the rest are NOT RUN ("stopped"); the report is still kept.</summary>
        public void Abort()
        {
            if (!_running)
            {
                return;
            }

            _checks[_plan[_pos]].Cancel(_ctx);
            for (int p = _pos; p < _plan.Length; p++)
            {
                _results[_plan[p]] = CheckResult.NotRun("stopped");
                _runOf[_plan[p]] = _run;
            }

            _pos = _plan.Length;
            Finish();
        }

        /// <summary>
        /// Subscribes to the outcome events of the asynchronous checks that are broadcast (a card read; an exchange's
        /// outcome on a seam that does not address it). Outcomes addressed to the runner (<see cref="Event.Target"/>:
        /// its exchanges on the terminal's channel, the printer's answers, its timers) reach <see cref="Handle"/>
        /// without a subscription. The checks' deadlines are armed on the dispatcher's timers unless the context has its own.
        /// </summary>
        public void SubscribeTo(Dispatcher dispatcher)
        {
            if (_ctx.Timers == null)
            {
                _ctx.Timers = dispatcher.Timers;
            }

            dispatcher.Subscribe(Signal.ExchangeReplied, this);
            dispatcher.Subscribe(Signal.ExchangeFailed, this);
            dispatcher.Subscribe(Signal.CardRead, this);
        }

        /// <summary>Offers an event to the check the run is paused at; ignored when it is not that check's outcome.</summary>
        public void Handle(Event e)
        {
            IDiagnosticCheck check = Current;
            if (check == null || check.Mode != CheckMode.Asynchronous)
            {
                return;
            }

            CheckResult r = check.Complete(_ctx, e);
            if (r != null)
            {
                Record(r);
            }
        }

        private void Begin(int[] plan)
        {
            _run++;
            if (_running)
            {
                _checks[_plan[_pos]].Cancel(_ctx);
                _running = false;
            }

            _plan = plan;
            _pos = 0;
            Advance();
        }

        private void Record(CheckResult r)
        {
            _results[_plan[_pos]] = r;
            _runOf[_plan[_pos]] = _run;
            _running = false;
            _pos++;
            Advance();
        }

        private void Advance()
        {
            while (_pos < _plan.Length)
            {
                int i = _plan[_pos];
                CheckResult r;
                try
                {
                    r = _checks[i].Run(_ctx);
                }
                catch (Exception)
                {
                    // A check must never take the menu down; its checklist still applies.
                    r = CheckResult.Fail("internal error", _checks[i].TitleKey);
                }

                _results[i] = r;
                _runOf[i] = _run;
                if (r.Status == CheckStatus.Running)
                {
                    _running = true;
                    RaiseChanged();
                    return;
                }

                _pos++;
            }

            Finish();
        }

        private void Finish()
        {
            _running = false;
            DateTime now = _ctx.Clock.UtcNow;
            _lastRunUtc = now;
            _lastReport = DiagnosticReport.Build(now, _ctx.FirmwareVersion, _checks, _results, _plan);
            string audit = _plan.Length == 1
                ? _checks[_plan[0]].Key + " " + CheckStatusNames.Of(ResultAt(_plan[0]).Status)
                : "all " + DiagnosticReport.TotalsOf(_lastReport);
            try
            {
                _ctx.Journal.AppendDiagnostics(now.Ticks, _lastReport);
            }
            catch (JournalException)
            {
                // Read-only (corrupt) journal: the report stays in memory and can still be printed.
            }

            _ctx.Audit.Append(now.Ticks, Operators.Technician, AuditEvent.SelfTest, audit);

            RaiseChanged();
        }

        private void RaiseChanged()
        {
            RunnerChangedHandler handler = Changed;
            if (handler != null)
            {
                handler();
            }
        }
    }
}
