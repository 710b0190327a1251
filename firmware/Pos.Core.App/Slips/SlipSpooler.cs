using Pos.Core.Common;
using Pos.Core.Events;
using Pos.Core.Printing;
using Pos.Core.Receipts;
using Pos.Hal;

namespace Pos.Core.Slips
{
    /// <summary>
    /// The print queue: slips wait here as data (<see cref="SlipJob"/>) and print one row at a time through the
    /// <see cref="PrinterPort"/>, on the main loop, between other events, so printing never holds up a payment. A
    /// fault (paper out, cover open, overheated, offline) stops the job on the first row line that did not reach the
    /// paper; the spooler then asks the printer's status every <see cref="PollMs"/> and, once it is ready, goes on
    /// from that very line: nothing printed twice, nothing lost. A new fault raises <see cref="NoticePending"/> (the
    /// face shows the printer's checklist at the idle screen until a key); the payment it belongs to is long
    /// committed and never waits for paper.
    /// <para>Memory: the queue holds at most <see cref="Capacity"/> jobs (a full queue refuses more, counted and
    /// logged; every sale can be reprinted from the records); one slip is laid out at a time; the raster band
    /// (at most 52 dot rows) and its glyph cache are made at the first slip and kept.</para>
    /// </summary>
    public sealed class SlipSpooler : IEventHandler
    {
        /// <summary>Jobs that can wait.</summary>
        public const int Capacity = 8;

        /// <summary>The spooler's timer: the next status query while a fault lasts, or a retry while the port is busy.</summary>
        public const int TimerId = 8001;

        /// <summary>How often the status is asked while a fault lasts.</summary>
        public const long PollMs = 2000;

        /// <summary>
        /// How long an answer may take before the printer counts as offline (the request is abandoned): a row is at most
        /// 52 dot lines, under 3 s on the wire at 9600 baud and at 20 mm/s; a status answer takes half a second.
        /// </summary>
        public const long AnswerTimeoutMs = 15000;

        /// <summary>How soon to try again when the port is busy with another part's request (the self-test's query).</summary>
        public const long BusyRetryMs = 200;

        // By PrinterStatus, for the serial log (enums print as numbers on the device), packed (PackedNames).
        private const string StatusNames = "ready|paper out|cover open|overheated|offline";

        // By SlipJobKind, for the serial log, packed.
        private const string KindNames = "?|sale|decline|settlement|self-test|audit";

        private readonly PrinterPort _port;
        private readonly TimerService _timers;
        private readonly ISerialLog _log;
        private readonly SlipFactory _factory;
        private readonly SlipJob[] _jobs = new SlipJob[Capacity];
        private int _head;
        private int _count;
        private SlipRaster _raster;
        private SlipJob _job;
        private int _copy;
        private SlipLayout _layout;
        private int _row;
        private int _rowRows;
        private int _rowDone;
        private bool _stopped;
        private bool _awaiting;

        internal SlipSpooler(PrinterPort port, TimerService timers, ISerialLog log, SlipFactory factory)
        {
            _port = port;
            _timers = timers;
            _log = log;
            _factory = factory;
        }

        /// <summary>The fault that stopped printing (<see cref="PrinterStatus.Ready"/> while none).</summary>
        public PrinterStatus Fault { get; private set; }

        /// <summary>True from a new fault until <see cref="DismissNotice"/>: the idle screen shows the printer's checklist.</summary>
        public bool NoticePending { get; private set; }

        /// <summary>Slips waiting, the one in the printer included.</summary>
        public int Waiting => _count + (_job != null ? 1 : 0);

        /// <summary>Slips printed whole (each copy counts) since start.</summary>
        public int Printed { get; private set; }

        /// <summary>Jobs refused because the queue was full, since start.</summary>
        public int Refused { get; private set; }

        /// <summary>Called with each copy as it starts printing (null: nobody listens); runs on the main loop.</summary>
        public SlipLaidOutHandler LaidOut { get; set; }

        /// <summary>Columns of the paper: 32 on a 58 mm printer, 48 on an 80 mm one.</summary>
        public int Columns => _port.WidthDots >= SlipPaper.WidthDots(SlipPaper.Columns80) ? SlipPaper.Columns80 : SlipPaper.Columns58;

        /// <summary>Queues <paramref name="job"/> and starts printing if the printer is free; false (counted, logged) when the queue is full.</summary>
        public bool Enqueue(SlipJob job)
        {
            if (_count == Capacity)
            {
                Refused++;
                _log.WriteLine("print: queue full, slip not queued (" + Describe(job) + "): reprint it from the records");
                return false;
            }

            _jobs[(_head + _count) % Capacity] = job;
            _count++;
            if (_stopped)
            {
                NoticePending = true; // another slip waits for the same fault: remind the cashier
            }

            Pump();
            return true;
        }

        /// <summary>The cashier has seen the printer's checklist.</summary>
        public void DismissNotice()
        {
            NoticePending = false;
        }

        /// <inheritdoc />
        public void Handle(Event e)
        {
            if (e.Signal == Signal.PrinterCompleted)
            {
                Completed((PrinterOutcome)e.Data);
            }
            else if (e.Signal == Signal.TimerExpired && e.Param == TimerId && _timers.IsCurrent(e))
            {
                if (_awaiting)
                {
                    NoAnswer();
                }
                else if (_stopped)
                {
                    Ask();
                }
                else
                {
                    Pump();
                }
            }
        }

        private void Completed(PrinterOutcome outcome)
        {
            _awaiting = false;
            _timers.Disarm(TimerId);
            if (outcome.Request == PrinterRequest.Status)
            {
                if (outcome.Status != PrinterStatus.Ready)
                {
                    Fault = outcome.Status;
                    _timers.Arm(this, TimerId, PollMs);
                    return;
                }

                if (_stopped)
                {
                    _stopped = false;
                    Fault = PrinterStatus.Ready;
                    NoticePending = false;
                    _log.WriteLine("print: printer ready, " + Waiting.ToString() + " slip(s) resume");
                }

                Pump();
                return;
            }

            if (_job == null)
            {
                return;
            }

            if (outcome.Request == PrinterRequest.Lines)
            {
                _rowDone += outcome.Lines;
                if (_rowDone >= _rowRows)
                {
                    _row++;
                    _rowDone = 0;
                }
            }
            else if (outcome.Request == PrinterRequest.Cut && outcome.Status == PrinterStatus.Ready)
            {
                CopyDone();
            }

            if (outcome.Status != PrinterStatus.Ready)
            {
                Stop(outcome.Status);
                return;
            }

            Pump();
        }

        // Sends the next request of the job in hand, taking the next job when none is; returns at once (the answer is an event).
        private void Pump()
        {
            while (!_stopped)
            {
                if (_port.IsBusy)
                {
                    _timers.Arm(this, TimerId, BusyRetryMs);
                    return;
                }

                if (_job == null)
                {
                    if (_count == 0)
                    {
                        return;
                    }

                    _job = _jobs[_head];
                    _jobs[_head] = null;
                    _head = (_head + 1) % Capacity;
                    _count--;
                    _copy = 0;
                    _layout = null;
                }

                if (_layout == null && !LayOut())
                {
                    continue;
                }

                bool sent;
                if (_row < _layout.RowCount)
                {
                    _rowRows = _raster.Render(_layout.Row(_row));
                    sent = _port.Print(this, _raster.Band, _rowDone * _raster.BytesPerRow, _rowRows - _rowDone);
                }
                else
                {
                    sent = _port.Cut(this);
                }

                Sent(sent);
                return;
            }
        }

        // Lays out the current copy; a job whose data make no slip is dropped (logged).
        private bool LayOut()
        {
            Slip slip = _factory.Build(_job, _copy);
            if (slip == null)
            {
                _log.WriteLine("print: nothing to print for " + Describe(_job) + ", dropped");
                _job = null;
                return false;
            }

            if (_raster == null)
            {
                _raster = new SlipRaster(Columns);
            }

            _layout = new SlipLayout(slip, _raster.Columns);
            _row = 0;
            _rowDone = 0;
            SlipLaidOutHandler laidOut = LaidOut;
            if (laidOut != null)
            {
                laidOut(_job, _layout);
            }

            return true;
        }

        private void CopyDone()
        {
            Printed++;
            _copy++;
            _layout = null;
            if (_copy >= _job.Copies)
            {
                _job = null;
            }
        }

        private void Stop(PrinterStatus status)
        {
            bool fresh = !_stopped;
            _stopped = true;
            Fault = status;
            if (fresh)
            {
                NoticePending = true;
                _log.WriteLine("print: " + NameOf(status) + ", " + Waiting.ToString() + " slip(s) wait (" + Describe(_job) + ")");
            }

            _timers.Arm(this, TimerId, PollMs);
        }

        private void Ask()
        {
            Sent(_port.Query(this));
        }

        // A request went out: its answer has AnswerTimeoutMs; refused (the port busy): try again shortly.
        private void Sent(bool sent)
        {
            if (sent)
            {
                // The answer may have come already (a seam that completes at once posts it before this returns).
                _awaiting = true;
                _timers.Arm(this, TimerId, AnswerTimeoutMs);
            }
            else
            {
                _timers.Arm(this, TimerId, BusyRetryMs);
            }
        }

        // No answer in time: the request is given up (its lines count as not printed: the row goes again from where the
        // last answer left it) and the printer is offline until a status query says otherwise.
        private void NoAnswer()
        {
            _awaiting = false;
            _port.Abandon(this);
            _log.WriteLine("print: no answer from the printer in " + (AnswerTimeoutMs / 1000).ToString() + " s");
            if (_stopped)
            {
                Fault = PrinterStatus.Offline;
                _timers.Arm(this, TimerId, PollMs);
                return;
            }

            Stop(PrinterStatus.Offline);
        }

        private static string NameOf(PrinterStatus status)
        {
            int i = (int)status;
            string name = PackedNames.At(StatusNames, i);
            return name != null ? name : "[" + i.ToString() + "]";
        }

        private static string Describe(SlipJob job)
        {
            if (job == null)
            {
                return "none";
            }

            int k = (int)job.Kind;
            string kind = k > 0 ? PackedNames.At(KindNames, k) : null;
            return (kind != null ? kind : "?") + (job.Voucher >= 0 ? " #" + job.Voucher.ToString() : string.Empty);
        }
    }
}
