using Pos.Core.Events;
using Pos.Hal;

namespace Pos.Core.Printing
{
    /// <summary>
    /// The core's one door to the receipt printer, as <c>HostChannel</c> is to the host: one request at a time, each
    /// answered by a <see cref="Signal.PrinterCompleted"/> event (payload <see cref="PrinterOutcome"/>) posted to the
    /// part that asked (<see cref="Event.Target"/>), on the main loop, whatever thread the printer completes on. The
    /// print queue and the self-test's printer check share the printer through it: a request while another is out is
    /// refused (false), never an exception from the seam. The last status any answer carried is kept for the status
    /// bar and the check.
    /// </summary>
    public sealed class PrinterPort
    {
        private readonly IPrinter _printer;
        private readonly EventQueue _queue;
        private readonly object _gate = new object();
        private IEventHandler _owner;
        private PrinterRequest _request;
        private int _requestId;
        private PrinterStatus _status;
        private bool _statusKnown;

        /// <summary>A port over <paramref name="printer"/> whose answers are posted to <paramref name="queue"/>.</summary>
        public PrinterPort(IPrinter printer, EventQueue queue)
        {
            if (printer == null || queue == null)
            {
                throw new System.ArgumentNullException(nameof(printer));
            }

            _printer = printer;
            _queue = queue;
            printer.Completed += OnCompleted;
        }

        /// <summary>Dots a raster line holds (384 at 58 mm, 576 at 80 mm).</summary>
        public int WidthDots => _printer.WidthDots;

        /// <summary>True while a request is out.</summary>
        public bool IsBusy
        {
            get
            {
                lock (_gate)
                {
                    return _owner != null;
                }
            }
        }

        /// <summary>The status the last answer carried (<see cref="PrinterStatus.Ready"/> until one did).</summary>
        public PrinterStatus LastStatus
        {
            get
            {
                lock (_gate)
                {
                    return _status;
                }
            }
        }

        /// <summary>True once any answer told the printer's status.</summary>
        public bool StatusKnown
        {
            get
            {
                lock (_gate)
                {
                    return _statusKnown;
                }
            }
        }

        /// <summary>Prints <paramref name="lineCount"/> raster lines from <paramref name="raster"/>; false when another request is out.</summary>
        public bool Print(IEventHandler owner, byte[] raster, int offset, int lineCount)
        {
            int id;
            if (!Claim(owner, PrinterRequest.Lines, out id))
            {
                return false;
            }

            return Started(id, PrinterRequest.Lines, raster, offset, lineCount);
        }

        /// <summary>Feeds <paramref name="lines"/> dot lines of blank paper; false when another request is out.</summary>
        public bool Feed(IEventHandler owner, int lines)
        {
            int id;
            return Claim(owner, PrinterRequest.Feed, out id) && Started(id, PrinterRequest.Feed, null, 0, lines);
        }

        /// <summary>Ends the receipt (feed to the cutter and cut); false when another request is out.</summary>
        public bool Cut(IEventHandler owner)
        {
            int id;
            return Claim(owner, PrinterRequest.Cut, out id) && Started(id, PrinterRequest.Cut, null, 0, 0);
        }

        /// <summary>Asks the printer's status; false when another request is out (its answer will tell the status too).</summary>
        public bool Query(IEventHandler owner)
        {
            int id;
            return Claim(owner, PrinterRequest.Status, out id) && Started(id, PrinterRequest.Status, null, 0, 0);
        }

        /// <summary>
        /// Gives up the request <paramref name="owner"/> has out (the printer never answered it): the port is free for
        /// the next request at once, and the late answer, should it come, is ignored. False when none of its is out.
        /// </summary>
        public bool Abandon(IEventHandler owner)
        {
            lock (_gate)
            {
                if (_owner == null || _owner != owner)
                {
                    return false;
                }

                _owner = null;
                _status = PrinterStatus.Offline;
                _statusKnown = true;
                return true;
            }
        }

        private bool Claim(IEventHandler owner, PrinterRequest request, out int id)
        {
            if (owner == null)
            {
                throw new System.ArgumentNullException(nameof(owner));
            }

            lock (_gate)
            {
                id = 0;
                if (_owner != null || _printer.IsBusy)
                {
                    return false;
                }

                _owner = owner;
                _request = request;
                _requestId++; // an abandoned request's late answer carries an older id

                id = _requestId;
                return true;
            }
        }

        // The seam may complete inside the call (an emulated printer) or later on its thread; either way one answer.
        private bool Started(int id, PrinterRequest request, byte[] raster, int offset, int count)
        {
            try
            {
                switch (request)
                {
                    case PrinterRequest.Lines:
                        _printer.PrintLines(id, raster, offset, count);
                        break;
                    case PrinterRequest.Feed:
                        _printer.Feed(id, count);
                        break;
                    case PrinterRequest.Cut:
                        _printer.Cut(id);
                        break;
                    default:
                        _printer.QueryStatus(id);
                        break;
                }

                return true;
            }
            catch (System.InvalidOperationException)
            {
                // The driver was busy after all (a completion still on its way): nothing was started.
                Release(id);
                return false;
            }
        }

        private void Release(int id)
        {
            lock (_gate)
            {
                if (_requestId == id)
                {
                    _owner = null;
                }
            }
        }

        private void OnCompleted(int requestId, PrinterStatus status, int lines)
        {
            IEventHandler owner;
            PrinterRequest request;
            lock (_gate)
            {
                if (_owner == null || requestId != _requestId)
                {
                    return; // not ours, or answered already
                }

                owner = _owner;
                request = _request;
                _owner = null;
                _status = status;
                _statusKnown = true;
            }

            _queue.Post(new Event(Signal.PrinterCompleted, (int)status, new PrinterOutcome(request, status, lines), owner));
        }
    }
}
