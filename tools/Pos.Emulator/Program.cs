using System.Diagnostics;

namespace Pos.Emulator
{
    /// <summary>
    /// <c>dotnet run --project tools/Pos.Emulator</c>: the emulator on the dev PC (web page on 127.0.0.1), or
    /// <c>-- --headless scenario.txt</c>: a scenario file run on simulated time (docs/EMULATOR.md).
    /// </summary>
    public static class Program
    {
        /// <summary>Entry point.</summary>
        public static async Task<int> Main(string[] args)
        {
            // The startup figure counts from the process start (runtime load and JIT included), not from Main.
            var sinceStart = Stopwatch.StartNew();
            long alreadyMs = (long)(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
            EmulatorOptions options;
            try
            {
                options = EmulatorOptions.Parse(args);
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                Console.Error.WriteLine(e.Message);
                Console.Error.WriteLine(EmulatorOptions.Usage);
                return 2;
            }

            if (options.HeadlessScenario != null)
            {
                return HeadlessRunner.Run(options.HeadlessScenario, Console.Out);
            }

            await using var host = new EmulatorHost(options, sinceStart);
            try
            {
                await host.StartAsync().ConfigureAwait(false);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine("cannot listen on 127.0.0.1:" + options.Port + ": " + e.Message + " (try --port 0)");
                return 1;
            }

            Console.WriteLine("Pos emulator: " + host.Url);
            Console.WriteLine("first screen in " + (host.FirstScreenMs + alreadyMs) + " ms (process start to first rendered screen)");
            Console.WriteLine("host simulator: " + (host.HostSim != null ? "in-process on " : "external at ") + host.HostEndpoint + (options.Tls ? " over TLS" + (host.HostSim != null ? " (TEST certificate made at start)" : string.Empty) : string.Empty) + "; data: " + options.DataDirectory);
            Console.WriteLine("Ctrl+C to stop.");
            var stop = new TaskCompletionSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stop.TrySetResult();
            };
            await stop.Task.ConfigureAwait(false);
            return 0;
        }
    }
}
