using System.Diagnostics;
using System.Runtime.InteropServices;

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
                return HeadlessRunner.Run(options.HeadlessScenario, Console.Out, options);
            }

            await using var host = new EmulatorHost(options, sinceStart);
            try
            {
                await host.StartAsync().ConfigureAwait(false);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine("cannot listen on 127.0.0.1:" + options.Port + ": " + e.Message + " (leave --port out for a free port)");
                return 1;
            }

            Console.WriteLine("Pos emulator: " + host.Url);
            Console.WriteLine("first screen in " + (host.FirstScreenMs + alreadyMs) + " ms (process start to first rendered screen)");
            Console.WriteLine("host simulator: " + (host.HostSim != null ? "in-process on " : "external at ") + host.HostEndpoint + (options.Tls ? " over TLS" + (host.HostSim != null ? " (TEST certificate made at start)" : string.Empty) : string.Empty) + "; data: " + options.DataDirectory);
            Console.WriteLine("Ctrl+C (or SIGTERM) to stop" + (options.TemporaryData ? "; the temporary data folder is deleted then (--data DIR keeps one)." : "."));
            var stop = new TaskCompletionSource();
            // Ctrl+C (SIGINT), SIGTERM (a service manager, `kill`) and SIGQUIT all stop the same way: the host is
            // disposed below, which closes the flash files and deletes a temporary data folder.
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            using var sigquit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Stop);
            await stop.Task.ConfigureAwait(false);
            Console.WriteLine("stopping");
            return 0;

            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.TrySetResult();
            }
        }
    }
}
