using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Pos.Fleet
{
    /// <summary>
    /// <c>dotnet run --project tools/Pos.Fleet -- [options]</c>: the fleet console (docs/REMOTE.md, "Fleet console").
    /// Prints where it listens, which broker and database it uses and whose fleet key it holds, never a key or password.
    /// </summary>
    public static class Program
    {
        /// <summary>Entry point.</summary>
        public static async Task<int> Main(string[] args)
        {
            if (args.Contains("--help") || args.Contains("-h"))
            {
                Console.WriteLine(FleetOptions.Usage);
                return 0;
            }

            FleetOptions options;
            try
            {
                IConfiguration settings = new ConfigurationBuilder()
                    .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "fleet.settings.json"), optional: true)
                    .AddEnvironmentVariables()
                    .Build();
                options = FleetOptions.Parse(args, settings);
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine(e.Message);
                Console.Error.WriteLine(FleetOptions.Usage);
                return 2;
            }

            if (options.Broker != null && options.CaFile != null && !File.Exists(options.CaFile))
            {
                Console.Error.WriteLine("the broker's CA certificate " + options.CaFile + " is missing: start the broker with tools/fleet/broker.sh, or name it with --ca FILE (--ca system: the system's trust store)");
                return 2;
            }

            using ILoggerFactory logs = LoggerFactory.Create(b => b
                .AddSimpleConsole(c =>
                {
                    c.SingleLine = true;
                    c.TimestampFormat = "HH:mm:ss ";
                })
                .SetMinimumLevel(LogLevel.Information));
            await using var host = new FleetHost(options, logs: logs);
            try
            {
                await host.StartAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or System.Data.Common.DbException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("cannot start: " + e.Message);
                return 1;
            }

            Console.WriteLine("Pos fleet console: " + host.Url);
            Console.WriteLine("broker: " + (options.Broker == null ? "none (pages only, commands are not sent)" : options.Broker + " over TLS as " + options.User + " (CA: " + (options.CaFile ?? "the system's trust store") + ")"));
            Console.WriteLine("database: " + options.Database.Display);
            Console.WriteLine("fleet key: " + (options.FleetKeyFile == null ? "the TEST key (--fleet-key-file FILE for a real fleet)" : "from " + options.FleetKeyFile));
            Console.WriteLine("Ctrl+C (or SIGTERM) to stop.");
            await host.WaitForShutdownAsync().ConfigureAwait(false);
            Console.WriteLine("stopping");
            return 0;
        }
    }
}
