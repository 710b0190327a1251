using System.Globalization;
using System.Text;
using Pos.Hal;

namespace Pos.Emulator
{
    /// <summary>
    /// Records what is done on the emulator as a scenario file (docs/SCENARIOS.md): keys, cards, link, host and power
    /// actions, the printer's faults, with <c>advance</c> lines for the simulated time between them, so <c>--headless</c>
    /// replays it. Controls the headless world has no command for (locale, self-test faults) become comments. Thread-safe.
    /// </summary>
    public sealed class ScenarioRecorder
    {
        private readonly object _gate = new();
        private readonly List<string> _lines = new();
        private long _lastMs;
        private bool _offlineAtStart;

        /// <summary>The emulator has a receipt printer: the file begins with <c>printer on</c>.</summary>
        public bool Printer { get; init; }

        /// <summary>Lines recorded since the start (or the last <see cref="Clear"/>).</summary>
        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _lines.Count;
                }
            }
        }

        /// <summary>Starts again at <paramref name="uptimeMs"/>; the file will first set the offline policy as it is now.</summary>
        public void Clear(long uptimeMs, bool offlineEnabled)
        {
            lock (_gate)
            {
                _lines.Clear();
                _lastMs = uptimeMs;
                _offlineAtStart = offlineEnabled;
            }
        }

        /// <summary>Adds a command done at <paramref name="uptimeMs"/> (simulated), after the wait since the last one.</summary>
        public void Add(long uptimeMs, string command)
        {
            lock (_gate)
            {
                long wait = uptimeMs - _lastMs;
                if (wait > 0)
                {
                    _lines.Add("advance " + wait.ToString(CultureInfo.InvariantCulture) + "ms");
                }

                _lastMs = Math.Max(_lastMs, uptimeMs);
                if (wait <= 0 && command.StartsWith("ui ", StringComparison.Ordinal) && _lines.Count > 0 && _lines[^1].StartsWith("ui ", StringComparison.Ordinal))
                {
                    _lines[^1] += command[2..]; // keys pressed in the same millisecond: one line
                    return;
                }

                _lines.Add(command);
            }
        }

        /// <summary>Adds a comment (a control the headless world cannot replay).</summary>
        public void Note(long uptimeMs, string text) => Add(uptimeMs, "# " + text);

        /// <summary>The scenario file; it ends with the wait until <paramref name="nowMs"/> and an expectation of the screen shown then.</summary>
        public string Text(long nowMs, string screenId)
        {
            var b = new StringBuilder();
            b.Append("# recorded by the POS emulator (docs/EMULATOR.md): replay with --headless FILE or the page's Replay\n");
            b.Append("# the headless host approves every financial request (host auto 00); the page's host decides by card\n");
            b.Append("host auto 00\n");
            lock (_gate)
            {
                if (Printer)
                {
                    b.Append("printer on\n");
                }

                if (_offlineAtStart)
                {
                    b.Append("offline on\n");
                }

                b.Append("wait online\n");
                foreach (string line in _lines)
                {
                    b.Append(line).Append('\n');
                }

                if (nowMs > _lastMs)
                {
                    b.Append("advance ").Append((nowMs - _lastMs).ToString(CultureInfo.InvariantCulture)).Append("ms\n");
                }
            }

            if (screenId.Length > 0 && !screenId.StartsWith("MENU", StringComparison.Ordinal) && screenId != "OFF")
            {
                b.Append("expect screen ").Append(screenId).Append('\n');
            }

            return b.ToString();
        }

        /// <summary>The words of a scenario <c>card</c> command for <paramref name="card"/> ("chip 6222… 3012 201").</summary>
        public static string CardWords(CardData card)
        {
            string mode = card.EntryMode switch
            {
                EntryMode.Chip => "chip",
                EntryMode.Contactless => "contactless",
                EntryMode.Manual => "manual",
                EntryMode.Fallback => "fallback",
                _ => "magstripe",
            };
            string words = mode + " " + card.Pan;
            if (!string.IsNullOrEmpty(card.ExpiryYymm))
            {
                words += " " + card.ExpiryYymm;
                if (!string.IsNullOrEmpty(card.ServiceCode))
                {
                    words += " " + card.ServiceCode;
                }
            }

            return words;
        }
    }
}
