using Pos.Core.App;
using Pos.Core.Events;
using Pos.Core.Scenarios;
using Pos.Core.Ui.Screens;
using Pos.Hal.Emulated;

namespace Pos.Emulator
{
    /// <summary>
    /// Headless mode: runs a scenario file (docs/SCENARIOS.md) through the core's <see cref="ScenarioRunner"/> on
    /// simulated time, printing each command, the runner's events and every new screen as text (the same
    /// <c>Screen.ToText()</c> the page shows) in the terminal's locale (<c>--locale</c> at first boot, then the
    /// journal's). <c>--offline</c> allows offline sales from the start; the file's <c>offline on|off</c> changes it.
    /// Exit code 0 when every expectation held, 1 with the failing line.
    /// </summary>
    public static class HeadlessRunner
    {
        /// <summary>Runs the file at <paramref name="path"/> with the emulator's <paramref name="options"/> (offline, locale, ids); returns the exit code.</summary>
        public static int Run(string path, TextWriter output, EmulatorOptions? options = null)
        {
            options ??= new EmulatorOptions();
            if (!File.Exists(path))
            {
                output.WriteLine("no such scenario file: " + path);
                return 2;
            }

            string[] lines = File.ReadAllText(path).Split('\n');
            var terminalOptions = new TerminalOptions("12345678", "123456789012345");
            terminalOptions.OfflinePolicy.Enabled = options.OfflineEnabled;
            terminalOptions.RequireOperatorSignOn = options.RequireOperatorSignOn;
            if (options.Locale != null)
            {
                terminalOptions.InitialLocale = EmulatedTerminal.LocaleOf(options.Locale);
            }

            var runner = new ScenarioRunner(terminalOptions);
            var display = new EmulatedDisplay();
            var status = new StatusSnapshot();
            ScreenPresenter presenter = new();
            Terminal? shown = null;
            string? lastText = null;
            int events = 0;
            output.WriteLine("scenario " + path + (options.OfflineEnabled ? " (offline sales allowed)" : string.Empty) + (options.Locale != null ? " " + options.Locale : string.Empty));
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].TrimEnd('\r');
                string trimmed = line.Trim();
                if (trimmed.Length > 0 && trimmed[0] != '#')
                {
                    output.WriteLine("> " + trimmed);
                }

                string? failure = runner.Execute(line);
                for (; events < runner.Output.Count; events++)
                {
                    output.WriteLine("  " + SerialLogBuffer.Scrub((string)runner.Output[events]!));
                }

                if (!ReferenceEquals(shown, runner.Terminal))
                {
                    presenter = new ScreenPresenter(); // a new terminal after a power cut: draw everything again
                    shown = runner.Terminal;
                }

                status.Online = runner.Terminal.IsOnline;
                status.OfflineCount = runner.Terminal.OfflineCount;
                status.FlaggedCount = runner.Terminal.FlaggedCount;
                status.TestKey = runner.Terminal.TestKey;
                status.BatteryPercent = -1;
                status.UtcNow = runner.Clock.UtcNow;
                presenter.Update(runner.Terminal.Screen, status, runner.App.Menu.Locale, display);
                string text = presenter.Screen.ToText();
                if (text != lastText)
                {
                    output.WriteLine("  screen " + runner.Terminal.Screen.Id + ":");
                    foreach (string row in text.TrimEnd('\n').Split('\n'))
                    {
                        output.WriteLine("  | " + row.TrimEnd());
                    }

                    lastText = text;
                }

                if (failure != null)
                {
                    output.WriteLine("FAIL line " + (i + 1) + ": " + trimmed + " -> " + failure);
                    return 1;
                }
            }

            output.WriteLine("PASS " + path);
            return 0;
        }
    }
}
