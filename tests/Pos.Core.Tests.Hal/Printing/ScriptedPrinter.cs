using Pos.Hal;

namespace Pos.Core.Tests.Hal.Printing
{
    /// <summary>
    /// A printer stand-in with a roll of a set length: it keeps the lines it printed, runs out of paper when the roll
    /// ends (stopping at that line) and completes each request at once, on the caller's thread.
    /// </summary>
    public sealed class ScriptedPrinter : IPrinter
    {
        private readonly byte[] _paper;
        private readonly int _widthBytes;
        private int _lines;

        /// <summary>A printer <paramref name="widthDots"/> wide that keeps up to <paramref name="capacityLines"/> lines.</summary>
        public ScriptedPrinter(int widthDots, int capacityLines)
        {
            WidthDots = widthDots;
            _widthBytes = widthDots / 8;
            _paper = new byte[_widthBytes * capacityLines];
        }

        /// <inheritdoc />
        public event PrinterCompletedHandler Completed;

        /// <inheritdoc />
        public int WidthDots { get; private set; }

        /// <inheritdoc />
        public bool IsBusy
        {
            get { return false; }
        }

        /// <summary>Lines the loaded roll still holds.</summary>
        public int PaperLeft { get; set; }

        /// <summary>The fault in force (the printer sets PaperOut itself when the roll ends).</summary>
        public PrinterStatus Fault { get; set; }

        /// <summary>Lines printed so far.</summary>
        public int LinesOnPaper
        {
            get { return _lines; }
        }

        /// <summary>Byte <paramref name="index"/> of printed line <paramref name="line"/>.</summary>
        public byte At(int line, int index)
        {
            return _paper[(line * _widthBytes) + index];
        }

        /// <summary>Loads a roll of <paramref name="lines"/> and clears a paper-out.</summary>
        public void LoadPaper(int lines)
        {
            PaperLeft = lines;
            if (Fault == PrinterStatus.PaperOut)
            {
                Fault = PrinterStatus.Ready;
            }
        }

        /// <inheritdoc />
        public void PrintLines(int requestId, byte[] raster, int offset, int lineCount)
        {
            int done = 0;
            while (done < lineCount && Fault == PrinterStatus.Ready)
            {
                if (PaperLeft == 0)
                {
                    Fault = PrinterStatus.PaperOut;
                    break;
                }

                System.Array.Copy(raster, offset + (done * _widthBytes), _paper, _lines * _widthBytes, _widthBytes);
                _lines++;
                PaperLeft--;
                done++;
            }

            Complete(requestId, done);
        }

        /// <inheritdoc />
        public void Feed(int requestId, int lines)
        {
            Complete(requestId, 0);
        }

        /// <inheritdoc />
        public void Cut(int requestId)
        {
            Complete(requestId, 0);
        }

        /// <inheritdoc />
        public void QueryStatus(int requestId)
        {
            Complete(requestId, 0);
        }

        private void Complete(int requestId, int lines)
        {
            PrinterCompletedHandler handler = Completed;
            if (handler != null)
            {
                handler(requestId, Fault, lines);
            }
        }
    }
}
