using System;
using System.IO.Ports;
using System.Threading;
using nanoFramework.Hardware.Esp32;
using Pos.Hal.Printing;

namespace Pos.Hal.Esp32
{
    /// <summary>
    /// <see cref="IPrinter"/> for a 58 mm ESC/POS thermal printer module on a TTL UART (the modules sold as "58mm
    /// embedded thermal printer TTL"). One worker thread, started with the object, waits on an
    /// <see cref="AutoResetEvent"/>; a request copies its raster under a lock and wakes it, so no call blocks the main
    /// loop. The bytes are <see cref="EscPosCommands"/>' and the status answers are read by <see cref="EscPosStatus"/>
    /// (both shared and tested); this class only moves them over the UART.
    /// <para>Per request the worker first asks <c>DLE EOT 1, 2, 3</c> (one byte each, answered at once even while the
    /// module is busy or offline; no answer within <see cref="AnswerTimeoutMs"/> is Offline) and stops with that status
    /// unless it is Ready. A print then goes out in chunks of <see cref="ChunkLines"/> lines, one <c>GS v 0</c> each.</para>
    /// <para>Flow control is paced writes with a status check per chunk, not RTS/CTS: the board has no pin left for
    /// the module's BUSY line. After a chunk the worker waits until the chunk had time both to cross the wire (10 bits
    /// a byte at <see cref="BoardProfile.PrinterBaud"/>) and to print at <see cref="BoardProfile.PrinterLinesPerSecond"/>,
    /// so the module's receive buffer never holds more than about one chunk and never overflows; then it asks the
    /// status. A chunk is counted as printed only when the status after it is Ready; on a fault the completion reports
    /// the lines of the chunks before it, and the caller's cursor resumes at the faulted chunk's first line.</para>
    /// <para>Feed is <c>ESC J n</c> (dot lines); cut is <c>GS V 66 0</c> on a module with a cutter
    /// (<see cref="BoardProfile.PrinterHasCutter"/>), otherwise a feed of <see cref="BoardProfile.PrinterTearOffLines"/>
    /// past the tear bar. When the port cannot be opened every request completes with Offline.</para>
    /// </summary>
    public sealed class Esp32Printer : IPrinter
    {
        /// <summary>Raster lines per <c>GS v 0</c> command: 1 mm of paper, 392 bytes, 0.4 s at 9600 baud.</summary>
        public const int ChunkLines = 8;

        /// <summary>How long the module has to answer one status request.</summary>
        public const int AnswerTimeoutMs = 500;

        private const int KindPrint = 1;
        private const int KindFeed = 2;
        private const int KindCut = 3;
        private const int KindStatus = 4;

        private readonly object _gate = new object();
        private readonly AutoResetEvent _wake = new AutoResetEvent(false);
        private readonly Thread _worker;
        private readonly SerialPort _port;
        private readonly int _widthBytes = BoardProfile.PrinterWidthDots / 8;
        private readonly bool _hasCutter = BoardProfile.PrinterHasCutter;
        private readonly byte[] _answer = new byte[16];
        private readonly byte[][] _queries = new byte[][]
        {
            EscPosCommands.StatusQuery(EscPosStatus.PrinterQuery),
            EscPosCommands.StatusQuery(EscPosStatus.OfflineCauseQuery),
            EscPosCommands.StatusQuery(EscPosStatus.ErrorCauseQuery),
        };

        private byte[] _raster = new byte[0];
        private int _lineCount;
        private int _feedLines;
        private int _kind;
        private int _requestId;
        private bool _busy;
        private bool _present;

        /// <summary>Maps the UART pins, opens the port, initializes the module and starts the worker.</summary>
        public Esp32Printer()
        {
            try
            {
                Configuration.SetPinFunction(BoardProfile.PrinterRx, DeviceFunction.COM3_RX);
                Configuration.SetPinFunction(BoardProfile.PrinterTx, DeviceFunction.COM3_TX);
                _port = new SerialPort(BoardProfile.PrinterPort, BoardProfile.PrinterBaud, Parity.None, 8, StopBits.One);
                _port.ReadTimeout = AnswerTimeoutMs;
                _port.Open();
                byte[] init = EscPosCommands.Initialize();
                _port.Write(init, 0, init.Length);
                _present = true;
            }
            catch (Exception)
            {
                _present = false;
            }

            _worker = new Thread(WorkerLoop);
            _worker.Start();
        }

        /// <inheritdoc />
        public event PrinterCompletedHandler Completed;

        /// <inheritdoc />
        public int WidthDots
        {
            get { return BoardProfile.PrinterWidthDots; }
        }

        /// <inheritdoc />
        public bool IsBusy
        {
            get
            {
                lock (_gate)
                {
                    return _busy;
                }
            }
        }

        /// <inheritdoc />
        public void PrintLines(int requestId, byte[] raster, int offset, int lineCount)
        {
            int bytes = lineCount * _widthBytes;
            if (lineCount < 1 || offset < 0 || offset + bytes > raster.Length)
            {
                throw new ArgumentOutOfRangeException("lineCount");
            }

            lock (_gate)
            {
                Take(requestId, KindPrint);
                if (_raster.Length < bytes)
                {
                    _raster = new byte[bytes];
                }

                Array.Copy(raster, offset, _raster, 0, bytes);
                _lineCount = lineCount;
            }

            _wake.Set();
        }

        /// <inheritdoc />
        public void Feed(int requestId, int lines)
        {
            if (lines < 0)
            {
                throw new ArgumentOutOfRangeException("lines");
            }

            lock (_gate)
            {
                Take(requestId, KindFeed);
                _feedLines = lines;
            }

            _wake.Set();
        }

        /// <inheritdoc />
        public void Cut(int requestId)
        {
            lock (_gate)
            {
                Take(requestId, KindCut);
            }

            _wake.Set();
        }

        /// <inheritdoc />
        public void QueryStatus(int requestId)
        {
            lock (_gate)
            {
                Take(requestId, KindStatus);
            }

            _wake.Set();
        }

        // Called under the lock.
        private void Take(int requestId, int kind)
        {
            if (_busy)
            {
                throw new InvalidOperationException("printer busy");
            }

            _busy = true;
            _requestId = requestId;
            _kind = kind;
        }

        private void WorkerLoop()
        {
            while (true)
            {
                _wake.WaitOne();
                int requestId;
                int kind;
                lock (_gate)
                {
                    requestId = _requestId;
                    kind = _kind;
                }

                int lines = 0;
                PrinterStatus status;
                try
                {
                    status = ReadStatus();
                    if (status == PrinterStatus.Ready)
                    {
                        status = kind == KindPrint ? Print(ref lines)
                            : kind == KindFeed ? FeedLines(_feedLines, ref lines)
                            : kind == KindCut ? CutPaper()
                            : status;
                    }
                }
                catch (Exception)
                {
                    status = PrinterStatus.Offline;
                }

                lock (_gate)
                {
                    _busy = false;
                }

                PrinterCompletedHandler handler = Completed;
                if (handler != null)
                {
                    handler(requestId, status, lines);
                }
            }
        }

        private PrinterStatus Print(ref int printed)
        {
            while (printed < _lineCount)
            {
                int n = _lineCount - printed < ChunkLines ? _lineCount - printed : ChunkLines;
                PrinterStatus status = SendPaced(EscPosCommands.Raster(_raster, printed * _widthBytes, _widthBytes, n), n);
                if (status != PrinterStatus.Ready)
                {
                    return status;
                }

                printed += n;
            }

            return PrinterStatus.Ready;
        }

        private PrinterStatus FeedLines(int lines, ref int fed)
        {
            while (fed < lines)
            {
                int n = lines - fed < EscPosCommands.MaxFeedLines ? lines - fed : EscPosCommands.MaxFeedLines;
                PrinterStatus status = SendPaced(EscPosCommands.Feed(n), n);
                if (status != PrinterStatus.Ready)
                {
                    return status;
                }

                fed += n;
            }

            return PrinterStatus.Ready;
        }

        private PrinterStatus CutPaper()
        {
            if (_hasCutter)
            {
                return SendPaced(EscPosCommands.FeedAndCut(), BoardProfile.PrinterTearOffLines);
            }

            int fed = 0;
            return FeedLines(BoardProfile.PrinterTearOffLines, ref fed);
        }

        // Writes a command, waits until it had time to cross the wire and move `lines` dot lines of paper, then asks.
        private PrinterStatus SendPaced(byte[] command, int lines)
        {
            ulong start = HighResTimer.GetCurrent();
            _port.Write(command, 0, command.Length);
            long wireMs = (long)command.Length * 10 * 1000 / BoardProfile.PrinterBaud;
            long printMs = (long)lines * 1000 / BoardProfile.PrinterLinesPerSecond;
            long waitMs = (wireMs > printMs ? wireMs : printMs) - (long)((HighResTimer.GetCurrent() - start) / 1000);
            if (waitMs > 0)
            {
                Thread.Sleep((int)waitMs);
            }

            return ReadStatus();
        }

        private PrinterStatus ReadStatus()
        {
            if (!_present)
            {
                return PrinterStatus.Offline;
            }

            // Whatever is waiting (a late answer, line noise) is not the answer to the next request.
            while (_port.BytesToRead > 0)
            {
                _port.Read(_answer, 0, _answer.Length);
            }

            int printer = Ask(0);
            int offlineCause = Ask(1);
            int errorCause = Ask(2);
            return EscPosStatus.Decode(printer, offlineCause, errorCause);
        }

        // One DLE EOT request; its answer byte, or -1 when none came in time.
        private int Ask(int query)
        {
            byte[] request = _queries[query];
            _port.Write(request, 0, request.Length);
            try
            {
                return _port.Read(_answer, 0, 1) == 1 ? _answer[0] : -1;
            }
            catch (TimeoutException)
            {
                return -1;
            }
        }
    }
}
