using Pos.Core.Common;
using Pos.Hal;

namespace Pos.Core.Simulation
{
    /// <summary>
    /// The receipt printer of the in-memory terminal: a roll of a set length, settable faults, and what reached the
    /// paper kept as counts and a running CRC-32 of every raster line (a test compares it with the slip rendered
    /// alone: nothing printed twice, nothing lost). Completes each request at once on the caller's thread, or, with
    /// <see cref="Hold"/>, when the test calls <see cref="Release"/> (a printer that answers later, on its thread).
    /// </summary>
    public sealed class SimulatedPrinter : IPrinter
    {
        private readonly int _widthBytes;
        private uint _crc = Crc32.Start();
        private int _heldId;
        private int _heldLines;
        private bool _held;
        private bool _busy;

        /// <summary>A printer <paramref name="widthDots"/> wide (384: 58 mm) with an endless roll.</summary>
        public SimulatedPrinter(int widthDots)
        {
            WidthDots = widthDots;
            _widthBytes = widthDots / 8;
            PaperLeft = -1;
        }

        /// <inheritdoc />
        public event PrinterCompletedHandler Completed;

        /// <inheritdoc />
        public int WidthDots { get; private set; }

        /// <inheritdoc />
        public bool IsBusy
        {
            get { return _busy; }
        }

        /// <summary>Raster lines the roll still holds (-1: endless). At 0 the printer reports paper out.</summary>
        public int PaperLeft { get; set; }

        /// <summary>The fault in force besides paper out (cover open, overheated, offline), or Ready.</summary>
        public PrinterStatus Fault { get; set; }

        /// <summary>When true, requests complete only at <see cref="Release"/>.</summary>
        public bool Hold { get; set; }

        /// <summary>Raster lines on paper so far.</summary>
        public int LinesOnPaper { get; private set; }

        /// <summary>Receipts ended (cuts).</summary>
        public int Cuts { get; private set; }

        /// <summary>Dot lines of blank paper fed.</summary>
        public int FedLines { get; private set; }

        /// <summary>Requests started (lines, feeds, cuts, status queries).</summary>
        public int Requests { get; private set; }

        /// <summary>Status queries started.</summary>
        public int Queries { get; private set; }

        /// <summary>CRC-32 of every raster line on paper, in order.</summary>
        public uint PaperCrc
        {
            get { return Crc32.Finish(_crc); }
        }

        /// <summary>The status the printer would report now.</summary>
        public PrinterStatus Status
        {
            get { return Fault != PrinterStatus.Ready ? Fault : PaperLeft == 0 ? PrinterStatus.PaperOut : PrinterStatus.Ready; }
        }

        /// <summary>Loads a roll of <paramref name="lines"/> raster lines (-1: endless).</summary>
        public void LoadPaper(int lines)
        {
            PaperLeft = lines;
        }

        /// <summary>Completes the held request (with <see cref="Hold"/>); false when none is held.</summary>
        public bool Release()
        {
            if (!_held)
            {
                return false;
            }

            _held = false;
            Finish(_heldId, _heldLines);
            return true;
        }

        /// <inheritdoc />
        public void PrintLines(int requestId, byte[] raster, int offset, int lineCount)
        {
            Begin();
            int done = 0;
            while (done < lineCount && Status == PrinterStatus.Ready)
            {
                _crc = Crc32.Update(_crc, raster, offset + (done * _widthBytes), _widthBytes);
                LinesOnPaper++;
                if (PaperLeft > 0)
                {
                    PaperLeft--;
                }

                done++;
            }

            End(requestId, done);
        }

        /// <inheritdoc />
        public void Feed(int requestId, int lines)
        {
            Begin();
            if (Status == PrinterStatus.Ready)
            {
                FedLines += lines;
            }

            End(requestId, 0);
        }

        /// <inheritdoc />
        public void Cut(int requestId)
        {
            Begin();
            if (Status == PrinterStatus.Ready)
            {
                Cuts++;
            }

            End(requestId, 0);
        }

        /// <inheritdoc />
        public void QueryStatus(int requestId)
        {
            Begin();
            Queries++;
            End(requestId, 0);
        }

        private void Begin()
        {
            if (_busy)
            {
                throw new System.InvalidOperationException("printer busy");
            }

            _busy = true;
            Requests++;
        }

        private void End(int requestId, int lines)
        {
            if (Hold)
            {
                _held = true;
                _heldId = requestId;
                _heldLines = lines;
                return;
            }

            Finish(requestId, lines);
        }

        private void Finish(int requestId, int lines)
        {
            _busy = false;
            PrinterCompletedHandler handler = Completed;
            if (handler != null)
            {
                handler(requestId, Status, lines);
            }
        }
    }
}
