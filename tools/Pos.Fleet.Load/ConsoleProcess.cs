using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Pos.Fleet.Load
{
    /// <summary>
    /// The console as its own process, <c>dotnet Pos.Fleet.dll</c> from the load run's own folder (the project reference
    /// puts it there), started as an operator would with the setup's options; its database option goes through the
    /// environment (<c>Fleet__Database</c>) so a PostgreSQL password never shows in a process list. Stopped with SIGTERM
    /// (ASP.NET Core's console lifetime: it disconnects and stores what it holds), killed if it does not stop.
    /// </summary>
    public sealed partial class ConsoleProcess : IFleetConsole
    {
        private const int KeptLines = 40;
        private const int SigTerm = 15;

        private readonly Process _process;
        private readonly Queue<string> _lines = new();
        private readonly TaskCompletionSource<Uri> _url = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly string _folder;

        private ConsoleProcess(Process process, string folder)
        {
            _process = process;
            _folder = folder;
        }

        /// <inheritdoc />
        public Uri Url { get; private set; } = null!;

        /// <inheritdoc />
        public int? ProcessId => _process.Id;

        /// <inheritdoc />
        public string Description => "its own process (pid " + _process.Id + ")";

        /// <inheritdoc />
        public string RecentOutput
        {
            get
            {
                lock (_lines)
                {
                    return string.Join("\n", _lines);
                }
            }
        }

        /// <summary>Starts it and waits until it printed its address.</summary>
        /// <exception cref="InvalidOperationException">It exited or printed no address within <paramref name="patience"/>.</exception>
        public static async Task<ConsoleProcess> StartAsync(ConsoleSetup setup, TimeSpan patience)
        {
            string dll = Path.Combine(AppContext.BaseDirectory, "Pos.Fleet.dll");
            string folder = Directory.CreateTempSubdirectory("pos-fleet-console-").FullName; // its working folder: no stray fleet.settings.json
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
            info.Environment["Fleet__Database"] = setup.DatabaseOption();
            FleetOptions options = setup.Options();
            foreach (string a in new[] { dll, "--broker", options.Broker!, "--ca", options.CaFile!, "--urls", options.Urls, "--client-id", options.ClientId })
            {
                info.ArgumentList.Add(a);
            }

            var console = new ConsoleProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start"), folder);
            console._process.OutputDataReceived += (_, e) => console.Read(e.Data);
            console._process.ErrorDataReceived += (_, e) => console.Read(e.Data);
            console._process.BeginOutputReadLine();
            console._process.BeginErrorReadLine();
            Task exited = console._process.WaitForExitAsync();
            Task first = await Task.WhenAny(console._url.Task, exited, Task.Delay(patience)).ConfigureAwait(false);
            if (first != console._url.Task)
            {
                string output = console.RecentOutput;
                await console.DisposeAsync().ConfigureAwait(false);
                throw new InvalidOperationException("the fleet console did not start (" + dll + "): " + output);
            }

            console.Url = await console._url.Task.ConfigureAwait(false);
            return console;
        }

        /// <inheritdoc />
        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _ = Kill(_process.Id, SigTerm);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                try
                {
                    await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(true);
                    await _process.WaitForExitAsync().ConfigureAwait(false);
                }
            }

            _process.Dispose();
            Directory.Delete(_folder, true);
        }

        private void Read(string? line)
        {
            if (line == null)
            {
                return;
            }

            Match url = UrlLine().Match(line);
            if (url.Success)
            {
                _url.TrySetResult(new Uri(url.Groups[1].Value));
            }

            lock (_lines)
            {
                _lines.Enqueue(line);
                while (_lines.Count > KeptLines)
                {
                    _lines.Dequeue();
                }
            }
        }

        [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        private static extern int Kill(int pid, int signal);

        [GeneratedRegex(@"^Pos fleet console: (http://\S+)")]
        private static partial Regex UrlLine();
    }
}
