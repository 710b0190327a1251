using System.Text.RegularExpressions;
using Pos.Core.Common;
using Pos.Hal;

namespace Pos.Emulator
{
    /// <summary>
    /// The serial log of the emulated terminal: a bounded ring of numbered lines for the page, optionally echoed to the
    /// console. The core masks PANs itself; this masks any 13–19 digit run again before keeping a line, so a slip can
    /// never put a clear PAN on the page.
    /// </summary>
    public sealed partial class SerialLogBuffer : ISerialLog
    {
        private readonly object _gate = new();
        private readonly LogLine[] _ring;
        private long _next = 1;

        /// <summary>Creates the log with room for <paramref name="capacity"/> lines.</summary>
        public SerialLogBuffer(int capacity = 500)
        {
            _ring = new LogLine[capacity];
        }

        /// <summary>Echo each line to the console.</summary>
        public bool Echo { get; set; }

        /// <summary>Number the next line will get.</summary>
        public long NextNumber
        {
            get
            {
                lock (_gate)
                {
                    return _next;
                }
            }
        }

        /// <inheritdoc />
        public void WriteLine(string line)
        {
            string safe = Scrub(line ?? string.Empty);
            lock (_gate)
            {
                _ring[(int)(_next % _ring.Length)] = new LogLine(_next, DateTime.UtcNow, safe);
                _next++;
            }

            if (Echo)
            {
                Console.WriteLine("log: " + safe);
            }
        }

        /// <summary>Lines numbered after <paramref name="after"/> still in the ring, oldest first.</summary>
        public LogLine[] Since(long after)
        {
            lock (_gate)
            {
                long first = Math.Max(after + 1, Math.Max(1, _next - _ring.Length));
                var lines = new LogLine[Math.Max(0, (int)(_next - first))];
                for (long n = first; n < _next; n++)
                {
                    lines[n - first] = _ring[(int)(n % _ring.Length)];
                }

                return lines;
            }
        }

        /// <summary>Masks every run of 13–19 digits with the core's PAN mask (first 6, last 4).</summary>
        public static string Scrub(string line) => LongDigits().Replace(line, m => PanMask.Mask(m.Value));

        [GeneratedRegex(@"(?<![0-9])[0-9]{13,19}(?![0-9])")]
        private static partial Regex LongDigits();
    }
}
