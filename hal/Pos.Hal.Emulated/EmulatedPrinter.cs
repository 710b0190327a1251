namespace Pos.Hal.Emulated
{
    /// <summary>
    /// <see cref="IPrinter"/> for the PC: a paper roll in memory that keeps every printed raster line (feeds add blank
    /// lines, a cut is remembered by position) and renders to a PNG for the emulator. Requests run on the thread pool
    /// and complete through <see cref="Completed"/> as on the device. Faults are set by hand: <see cref="SetFault"/>
    /// stops printing now, <see cref="FaultAfter"/> after a number of further lines (the roll running out in the middle
    /// of a receipt); a request meeting a fault stops at that line and reports how many of its lines got printed.
    /// </summary>
    public sealed class EmulatedPrinter : IPrinter
    {
        /// <summary>Dots per line of a 58 mm printer.</summary>
        public const int DefaultWidthDots = 384;

        /// <summary>Grey level of the row the picture draws where the paper was cut.</summary>
        public const byte CutShade = 0x80;

        private readonly object _gate = new();
        private readonly List<byte[]> _roll = new();
        private readonly List<int> _cuts = new();
        private readonly int _widthBytes;
        private PrinterStatus _fault = PrinterStatus.Ready;
        private PrinterStatus _pendingFault = PrinterStatus.Ready;
        private int _linesBeforeFault = -1;
        private bool _busy;

        /// <summary>A printer <paramref name="widthDots"/> dots wide (a multiple of 8).</summary>
        public EmulatedPrinter(int widthDots = DefaultWidthDots)
        {
            if (widthDots < 8 || widthDots % 8 != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(widthDots), "a positive multiple of 8 expected");
            }

            WidthDots = widthDots;
            _widthBytes = widthDots / 8;
        }

        /// <inheritdoc />
        public event PrinterCompletedHandler? Completed;

        /// <inheritdoc />
        public int WidthDots { get; }

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

        /// <summary>The fault in force now, or <see cref="PrinterStatus.Ready"/>.</summary>
        public PrinterStatus Status
        {
            get
            {
                lock (_gate)
                {
                    return _fault;
                }
            }
        }

        /// <summary>Raster lines on the roll so far (printed and fed).</summary>
        public int LineCount
        {
            get
            {
                lock (_gate)
                {
                    return _roll.Count;
                }
            }
        }

        /// <summary>Where the paper was cut: the number of lines on the roll at each cut, in order.</summary>
        public int[] Cuts
        {
            get
            {
                lock (_gate)
                {
                    return _cuts.ToArray();
                }
            }
        }

        /// <summary>Sets a fault now (<see cref="PrinterStatus.Ready"/> clears it, and any pending one).</summary>
        public void SetFault(PrinterStatus status)
        {
            lock (_gate)
            {
                _fault = status;
                _linesBeforeFault = -1;
            }
        }

        /// <summary>Lets <paramref name="lines"/> more lines print (raster or feed), then sets <paramref name="status"/>.</summary>
        public void FaultAfter(int lines, PrinterStatus status)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(lines);
            lock (_gate)
            {
                _pendingFault = status;
                _linesBeforeFault = lines;
            }
        }

        /// <summary>Clears every fault: a roll loaded, the cover closed, the head cooled, the cable back.</summary>
        public void ClearFault() => SetFault(PrinterStatus.Ready);

        /// <summary>A copy of raster line <paramref name="index"/> of the roll.</summary>
        public byte[] Line(int index)
        {
            lock (_gate)
            {
                return (byte[])_roll[index].Clone();
            }
        }

        /// <summary>Tears the roll off: forgets every line and cut.</summary>
        public void ClearRoll()
        {
            lock (_gate)
            {
                _roll.Clear();
                _cuts.Clear();
            }
        }

        /// <inheritdoc />
        public void PrintLines(int requestId, byte[] raster, int offset, int lineCount)
        {
            ArgumentNullException.ThrowIfNull(raster);
            if (lineCount < 1 || offset < 0 || offset + (lineCount * _widthBytes) > raster.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(lineCount));
            }

            var lines = new byte[lineCount][];
            for (int i = 0; i < lineCount; i++)
            {
                lines[i] = raster.AsSpan(offset + (i * _widthBytes), _widthBytes).ToArray();
            }

            Begin(requestId, () => Append(lines));
        }

        /// <inheritdoc />
        public void Feed(int requestId, int lines)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(lines);
            var blank = new byte[lines][];
            for (int i = 0; i < lines; i++)
            {
                blank[i] = new byte[_widthBytes];
            }

            Begin(requestId, () => Append(blank));
        }

        /// <inheritdoc />
        public void Cut(int requestId) => Begin(requestId, () =>
        {
            lock (_gate)
            {
                if (_fault == PrinterStatus.Ready)
                {
                    _cuts.Add(_roll.Count);
                }

                return (_fault, 0);
            }
        });

        /// <inheritdoc />
        public void QueryStatus(int requestId) => Begin(requestId, () => (Status, 0));

        /// <summary>The roll as a PNG: one pixel per dot, black on white, a grey row where it was cut.</summary>
        public byte[] RenderPng() => RenderPng(int.MaxValue);

        /// <summary>
        /// The end of the roll as a PNG: its last <paramref name="tailLines"/> raster lines (all of them when fewer), with
        /// a grey row for each cut at or after the first of them; at least one row high.
        /// </summary>
        public byte[] RenderPng(int tailLines)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tailLines);
            lock (_gate)
            {
                int first = Math.Max(0, _roll.Count - tailLines);
                int cut = 0;
                while (cut < _cuts.Count && _cuts[cut] < first)
                {
                    cut++;
                }

                int height = Math.Max(1, _roll.Count - first + _cuts.Count - cut);
                byte[] rgb = new byte[WidthDots * height * 3];
                Array.Fill(rgb, (byte)0xFF);
                int row = 0;
                for (int line = first; line <= _roll.Count; line++)
                {
                    while (cut < _cuts.Count && _cuts[cut] == line)
                    {
                        rgb.AsSpan(row * WidthDots * 3, WidthDots * 3).Fill(CutShade);
                        row++;
                        cut++;
                    }

                    if (line == _roll.Count)
                    {
                        break;
                    }

                    for (int x = 0; x < WidthDots; x++)
                    {
                        if ((_roll[line][x >> 3] & (0x80 >> (x & 7))) != 0)
                        {
                            rgb.AsSpan(((row * WidthDots) + x) * 3, 3).Clear();
                        }
                    }

                    row++;
                }

                return PngWriter.Encode(WidthDots, height, rgb);
            }
        }

        private void Begin(int requestId, Func<(PrinterStatus Status, int Lines)> work)
        {
            lock (_gate)
            {
                if (_busy)
                {
                    throw new InvalidOperationException("printer busy");
                }

                _busy = true;
            }

            ThreadPool.QueueUserWorkItem(_ =>
            {
                (PrinterStatus status, int lines) = work();
                lock (_gate)
                {
                    _busy = false;
                }

                Completed?.Invoke(requestId, status, lines);
            });
        }

        // Puts lines on the roll until a fault stops it: the count that made it, and the status after.
        private (PrinterStatus, int) Append(byte[][] lines)
        {
            lock (_gate)
            {
                int done = 0;
                foreach (byte[] line in lines)
                {
                    if (_linesBeforeFault == 0)
                    {
                        _fault = _pendingFault;
                        _linesBeforeFault = -1;
                    }

                    if (_fault != PrinterStatus.Ready)
                    {
                        break;
                    }

                    _roll.Add(line);
                    done++;
                    if (_linesBeforeFault > 0)
                    {
                        _linesBeforeFault--;
                    }
                }

                if (_linesBeforeFault == 0)
                {
                    _fault = _pendingFault;
                    _linesBeforeFault = -1;
                }

                return (_fault, done);
            }
        }
    }
}
