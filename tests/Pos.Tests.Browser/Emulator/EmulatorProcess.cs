using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>One emulator process (<c>dotnet Pos.Emulator.dll ARGS</c>): its printed URL and data folder.</summary>
    public sealed partial class EmulatorProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly System.Text.StringBuilder _output = new();

        private EmulatorProcess(Process process)
        {
            _process = process;
        }

        /// <summary>The page's address it printed.</summary>
        public Uri Url { get; private set; } = null!;

        /// <summary>The data folder it printed.</summary>
        public string Data { get; private set; } = string.Empty;

        /// <summary>Everything it printed so far.</summary>
        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        /// <summary>Starts it and waits until it printed its address.</summary>
        public static Task<EmulatorProcess> StartAsync(params string[] args) => StartAsync(new Dictionary<string, string>(), args);

        /// <summary>
        /// Starts it with <paramref name="environment"/> added to this process's (e.g. <c>XDG_DATA_HOME</c>: where its
        /// board secret is kept) and waits until it printed its address.
        /// </summary>
        public static async Task<EmulatorProcess> StartAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach ((string name, string value) in environment)
            {
                info.Environment[name] = value;
            }

            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Pos.Emulator.dll"));
            foreach (string a in args)
            {
                info.ArgumentList.Add(a);
            }

            var run = new EmulatorProcess(Process.Start(info)!);
            run._process.OutputDataReceived += (_, e) => run.Append(e.Data);
            run._process.ErrorDataReceived += (_, e) => run.Append(e.Data);
            run._process.BeginOutputReadLine();
            run._process.BeginErrorReadLine();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!run.Output.Contains("to stop", StringComparison.Ordinal))
            {
                Assert.IsTrue(DateTime.UtcNow < deadline && !run._process.HasExited, "the emulator did not start: " + run.Output);
                await Task.Delay(50);
            }

            run.Url = new Uri(UrlLine().Match(run.Output).Groups[1].Value);
            run.Data = DataLine().Match(run.Output).Groups[1].Value.Trim();
            return run;
        }

        /// <summary>Waits (15 s at most) until it printed <paramref name="text"/> (its output is read on another thread).</summary>
        public async Task WaitOutputAsync(string text)
        {
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (!Output.Contains(text, StringComparison.Ordinal))
            {
                Assert.IsTrue(DateTime.UtcNow < deadline, "no \"" + text + "\" in:\n" + Output);
                await Task.Delay(50);
            }
        }

        /// <summary>Sends SIGTERM and returns the exit code (15 s at most).</summary>
        public Task<int> TerminateAsync() => SignalAsync(15);

        /// <summary>Sends SIGKILL (no handler runs, nothing is flushed or closed: the power cut of a process) and returns the exit code.</summary>
        public Task<int> KillAsync() => SignalAsync(9);

        private async Task<int> SignalAsync(int signal)
        {
            Assert.AreEqual(0, Kill(_process.Id, signal), "kill -" + signal);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await _process.WaitForExitAsync(timeout.Token);
            _process.WaitForExit(); // the output's end
            return _process.ExitCode;
        }

        /// <summary>Kills it if it still runs.</summary>
        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        private void Append(string? line)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        private static extern int Kill(int pid, int signal);

        [GeneratedRegex(@"Pos emulator: (http://127\.0\.0\.1:\d+/)")]
        private static partial Regex UrlLine();

        [GeneratedRegex(@"; data: (.+)")]
        private static partial Regex DataLine();
    }
}
