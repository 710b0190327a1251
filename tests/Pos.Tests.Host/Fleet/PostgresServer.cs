using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Pos.Tests.Host.Fleet
{
    /// <summary>
    /// A private PostgreSQL server for one test: Debian's server binaries (package postgresql), a fresh cluster in a
    /// temporary folder with trust authentication, on 127.0.0.1 and a free port; stopped and deleted at the end. Run as
    /// the <c>postgres</c> user when the tests run as root (the server refuses root).
    /// </summary>
    public sealed class PostgresServer : IDisposable
    {
        private readonly string _folder;
        private readonly string _bin;

        private PostgresServer(string bin, string folder, int port)
        {
            _bin = bin;
            _folder = folder;
            Port = port;
        }

        /// <summary>The TCP port.</summary>
        public int Port { get; }

        /// <summary>A connection string to its <c>postgres</c> database.</summary>
        public string ConnectionString => "Host=127.0.0.1;Port=" + Port + ";Username=postgres;Database=postgres;Pooling=false";

        /// <summary>The folder of initdb and pg_ctl, or null when the server is not installed.</summary>
        public static string? FindBinaries() => Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending().FirstOrDefault()
            : null;

        /// <summary>Makes a cluster and starts it (a few seconds).</summary>
        public static PostgresServer Start(string bin)
        {
            string folder = Path.Combine(Path.GetTempPath(), "pos-fleet-pg-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var server = new PostgresServer(bin, folder, FreePort());
            if (Environment.UserName == "root")
            {
                Run("chown", "postgres", folder);
            }

            server.Tool("initdb", "-D", Path.Combine(folder, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
            server.Tool("pg_ctl", "-D", Path.Combine(folder, "data"), "-l", Path.Combine(folder, "log"), "-w", "-t", "30", "-o",
                "-p " + server.Port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
            return server;
        }

        /// <summary>Stops the server at once and deletes its folder.</summary>
        public void Dispose()
        {
            try
            {
                Tool("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
            }
            finally
            {
                Directory.Delete(_folder, true);
            }
        }

        private void Tool(string name, params string[] args)
        {
            string exe = Path.Combine(_bin, name);
            if (Environment.UserName == "root")
            {
                Run("runuser", new[] { "-u", "postgres", "--", exe }.Concat(args).ToArray());
            }
            else
            {
                Run(exe, args);
            }
        }

        private static void Run(string exe, params string[] args)
        {
            var info = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string a in args)
            {
                info.ArgumentList.Add(a);
            }

            using Process p = Process.Start(info)!;
            Task<string> output = p.StandardOutput.ReadToEndAsync();
            Task<string> errors = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(60000))
            {
                p.Kill();
                throw new TimeoutException(exe + " did not finish in 60 s");
            }

            if (p.ExitCode != 0)
            {
                throw new InvalidOperationException(exe + " " + string.Join(' ', args) + " failed (" + p.ExitCode + "): " + output.Result + errors.Result);
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
