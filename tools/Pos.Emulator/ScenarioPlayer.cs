using System.Globalization;
using Pos.Hal;
using Pos.Hal.Emulated;

namespace Pos.Emulator
{
    /// <summary>
    /// Replays a scenario file (docs/SCENARIOS.md, e.g. one the page recorded) on the live emulator, one line after
    /// the other on a background task: keys and cards, link, host and power actions, the offline policy, the printer's
    /// faults and roll (<c>printer on</c> is the emulator's own printer); an
    /// <c>advance</c> waits that much simulated time (real time ÷ the clock's rate; a paused clock jumps), and an
    /// <c>expect</c> waits a bounded real time for the state. The in-process host decides by card, so
    /// <c>host auto</c> is skipped; commands the live emulator has no equivalent for stop the replay with the reason.
    /// </summary>
    public sealed class ScenarioPlayer
    {
        /// <summary>The largest file taken.</summary>
        public const int MaxBytes = 64 * 1024;

        private const int ExpectTimeoutMs = 15000;

        private readonly EmulatorHost _host;
        private readonly object _gate = new();
        private ReplayStatus _status = new();

        /// <summary>Creates the player of <paramref name="host"/>'s device.</summary>
        public ScenarioPlayer(EmulatorHost host)
        {
            _host = host;
        }

        /// <summary>Where the replay is.</summary>
        public ReplayStatus Status
        {
            get
            {
                lock (_gate)
                {
                    return _status;
                }
            }
        }

        /// <summary>Starts replaying <paramref name="text"/>; false while another replay runs.</summary>
        public bool Start(string text)
        {
            string[] lines = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
            lock (_gate)
            {
                if (_status.Running)
                {
                    return false;
                }

                _status = new ReplayStatus { Running = true, Total = lines.Length };
            }

            _ = Task.Run(() => PlayAsync(lines));
            return true;
        }

        private async Task PlayAsync(string[] lines)
        {
            string? failure = null;
            int n = 0;
            try
            {
                for (; n < lines.Length && failure == null; n++)
                {
                    Set(n + 1, lines[n].Trim(), null, true);
                    failure = await ExecuteAsync(lines[n].Split(' ', '\t', StringSplitOptions.RemoveEmptyEntries)).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
            {
                failure = e.Message;
            }

            Set(n, failure == null ? "done" : lines[Math.Max(0, n - 1)].Trim(), failure, false);
            _host.Log.WriteLine("replay: " + (failure == null ? "PASS, " + lines.Length + " lines" : "FAIL line " + n + ": " + failure));
        }

        private void Set(int line, string text, string? failure, bool running)
        {
            lock (_gate)
            {
                // PANs masked: the page shows the status.
                _status = new ReplayStatus { Running = running, Line = line, Total = _status.Total, Text = SerialLogBuffer.Scrub(text), Failure = failure == null ? null : SerialLogBuffer.Scrub(failure) };
            }
        }

        private async Task<string?> ExecuteAsync(string[] w)
        {
            EmulatedTerminal d = _host.Device;
            if (w.Length == 0 || w[0].StartsWith('#'))
            {
                return null;
            }

            switch (w[0], w.Length > 1 ? w[1] : string.Empty)
            {
                case ("key", _) or ("ui", _):
                    foreach (string word in w.Skip(1))
                    {
                        Key named = KeyNames.Parse(word);
                        foreach (Key k in named != Key.None ? new[] { named } : word.Select(c => KeyNames.Parse(c.ToString())).ToArray())
                        {
                            if (k == Key.None)
                            {
                                return "unknown key " + word;
                            }

                            await d.PressAsync(k).ConfigureAwait(false);
                        }
                    }

                    return null;
                case ("card", "error"):
                    await d.CardErrorAsync().ConfigureAwait(false);
                    return null;
                case ("card", _) when w.Length >= 3:
                    string read = await d.PresentCardAsync(CardPresets.Build(w[2], CardPresets.ModeOf(w[1] == "magstripe" ? "swipe" : w[1]),
                        w.Length > 4 ? w[4] : null, w.Length > 3 ? w[3] : null)).ConfigureAwait(false);
                    return read == "read" ? null : read;
                case ("link", "up") or ("link", "down"):
                    await d.SetLinkAsync(w[1] == "up").ConfigureAwait(false);
                    return null;
                case ("host", "up") or ("host", "down"):
                    await d.SetHostReachableAsync(w[1] == "up").ConfigureAwait(false);
                    return null;
                case ("host", "auto"):
                    return null; // the in-process host simulator answers by card
                case ("power", "cut"):
                    await d.RebootAsync().ConfigureAwait(false);
                    return null;
                case ("offline", "on") or ("offline", "off"):
                    await d.SetOfflineEnabledAsync(w[1] == "on").ConfigureAwait(false);
                    return null;
                case ("printer", "on"):
                    return d.Printer == null ? "no printer (--printer none)" : null; // the emulator's printer is always there
                case ("printer", "paper") when w.Length > 2:
                    long? roll = ApiValues.Number("after", w[2]);
                    return roll == null ? "printer paper <lines>"
                        : await d.SetPrinterFaultAsync(PrinterStatus.Ready, null).ConfigureAwait(false)
                            && await d.SetPrinterFaultAsync(PrinterStatus.PaperOut, (int)roll.Value).ConfigureAwait(false) ? null : "no printer (--printer none)";
                case ("printer", _) when ApiValues.Word("printer-fault", w[1]) is string fault:
                    return await d.SetPrinterFaultAsync(PrinterStatusNames.Parse(fault), null).ConfigureAwait(false) ? null : "no printer (--printer none)";
                case ("advance", _):
                    long? ms = ApiValues.Duration(w[1]);
                    return ms == null ? "advance <n>ms|s|m|h" : await WaitSimulatedAsync(ms.Value).ConfigureAwait(false);
                case ("wait", "online"):
                    return await UntilAsync(s => s.Online, "still offline").ConfigureAwait(false);
                case ("expect", "screen") when w.Length > 2:
                    return await UntilAsync(s => s.ScreenId == w[2], "screen is not " + w[2]).ConfigureAwait(false);
                case ("expect", "online"):
                    return await UntilAsync(s => s.Online, "offline").ConfigureAwait(false);
                case ("expect", "offline") when w.Length > 3 && w[2] == "count":
                    return await UntilAsync(s => s.OfflineCount.ToString(CultureInfo.InvariantCulture) == w[3], "offline count is not " + w[3]).ConfigureAwait(false);
                case ("expect", "offline"):
                    return await UntilAsync(s => !s.Online, "online").ConfigureAwait(false);
                case ("expect", "batch") when w.Length > 2:
                    return await UntilAsync(s => s.Batch.ToString(CultureInfo.InvariantCulture) == w[2], "batch is not " + w[2]).ConfigureAwait(false);
                case ("expect", "reversal") when w.Length > 2 && w[2] == "none":
                    return await UntilAsync(s => s.Reversal == "none", "a reversal is pending").ConfigureAwait(false);
                case ("expect", "state") when w.Length > 2:
                    return await UntilAsync(s => s.State == w[2], "state is not " + w[2]).ConfigureAwait(false);
                default:
                    return "'" + string.Join(' ', w) + "' has no equivalent on the live emulator (use --headless)";
            }
        }

        // Lets simulated time pass: real time at the clock's rate, or a jump while the clock is paused.
        private async Task<string?> WaitSimulatedAsync(long ms)
        {
            EmulatorClock clock = _host.Device.Clock;
            long real = clock.RealMsFor(ms);
            if (real < 0)
            {
                await _host.Device.AdvanceAsync(ms).ConfigureAwait(false);
            }
            else
            {
                await Task.Delay(TimeSpan.FromMilliseconds(real)).ConfigureAwait(false);
            }

            return null;
        }

        private async Task<string?> UntilAsync(Func<DeviceSnapshot, bool> ok, string why)
        {
            var deadline = DateTime.UtcNow.AddMilliseconds(ExpectTimeoutMs);
            while (!ok(_host.Device.Snapshot))
            {
                if (DateTime.UtcNow > deadline)
                {
                    return why + " (" + _host.Device.Snapshot.ScreenId + ")";
                }

                await Task.Delay(50).ConfigureAwait(false);
            }

            return null;
        }
    }
}
