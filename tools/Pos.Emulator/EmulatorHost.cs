using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pos.HostSim;

namespace Pos.Emulator
{
    /// <summary>
    /// The whole emulator in one object, so the browser tests start it in-process: the host simulator (in this process
    /// unless an external one is named), the <see cref="EmulatedTerminal"/> and the web page on 127.0.0.1.
    /// <see cref="StartAsync"/> returns once the page listens and the first screen was drawn.
    /// </summary>
    public sealed class EmulatorHost : IAsyncDisposable
    {
        private readonly Stopwatch _sinceStart;
        private WebApplication? _web;
        private TestCertificates? _certificates;

        /// <summary>Creates the emulator; <paramref name="sinceStart"/> is the clock of the startup figure (default: from now).</summary>
        public EmulatorHost(EmulatorOptions options, Stopwatch? sinceStart = null)
        {
            Options = options;
            _sinceStart = sinceStart ?? Stopwatch.StartNew();
            Log = new SerialLogBuffer { Echo = options.EchoLog };
            Player = new ScenarioPlayer(this);
        }

        /// <summary>Replays scenario files on the live device (the page's upload).</summary>
        public ScenarioPlayer Player { get; }

        /// <summary>The options it runs with.</summary>
        public EmulatorOptions Options { get; }

        /// <summary>The serial log.</summary>
        public SerialLogBuffer Log { get; }

        /// <summary>The in-process host simulator (null with <c>--host</c>).</summary>
        public HostSimulator? HostSim { get; private set; }

        /// <summary>The CA the terminal's exchange trusts with <c>--tls</c> (PEM; the in-process simulator's TEST CA), or null.</summary>
        public string? HostCaPem { get; private set; }

        /// <summary>Where the terminal's exchange goes.</summary>
        public IPEndPoint HostEndpoint { get; private set; } = new(IPAddress.Loopback, 0);

        /// <summary>The device.</summary>
        public EmulatedTerminal Device { get; private set; } = null!;

        /// <summary>The page's address.</summary>
        public Uri Url { get; private set; } = null!;

        /// <summary>Milliseconds from the start to the first rendered screen.</summary>
        public long FirstScreenMs { get; private set; }

        /// <summary>Starts everything; throws when the page's port is taken or the first screen does not come in 10 s.</summary>
        public async Task StartAsync()
        {
            if (Options.Reset && Directory.Exists(Options.DataDirectory))
            {
                Directory.Delete(Options.DataDirectory, true);
            }

            if (Options.ExternalHost == null)
            {
                var hostOptions = new HostOptions { Log = line => Log.WriteLine("host: " + line) };
                if (Options.Tls)
                {
                    // TEST ONLY certificates for 127.0.0.1, made now and gone with the process.
                    _certificates = TestCertificates.Create();
                    hostOptions.TlsCertificate = _certificates.Server;
                    HostCaPem = _certificates.AuthorityPem;
                }

                HostSim = new HostSimulator(hostOptions).Start();
                HostEndpoint = new IPEndPoint(IPAddress.Loopback, HostSim.Port);
            }
            else
            {
                HostEndpoint = ParseEndpoint(Options.ExternalHost);
                if (Options.Tls && Options.HostCaFile != null)
                {
                    HostCaPem = await File.ReadAllTextAsync(Options.HostCaFile).ConfigureAwait(false);
                }
            }

            Device = new EmulatedTerminal(Options, () => HostEndpoint, Log, _sinceStart) { HostCaPem = HostCaPem };
            Device.Start();

            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
            {
                ApplicationName = typeof(EmulatorHost).Assembly.GetName().Name,
                ContentRootPath = AppContext.BaseDirectory,
            });
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, Options.Port));
            _web = builder.Build();
            EmulatorApi.Map(_web, this);
            await _web.StartAsync().ConfigureAwait(false);
            string address = _web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Url = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");

            Task first = Device.FirstScreen.Task;
            if (await Task.WhenAny(first, Task.Delay(10000)).ConfigureAwait(false) != first)
            {
                throw new TimeoutException("no first screen within 10 s");
            }

            FirstScreenMs = Device.FirstScreen.Task.Result;
        }

        /// <summary>Stops the page, the device (its flash files flushed and closed) and the simulator; deletes a temporary data folder.</summary>
        public async ValueTask DisposeAsync()
        {
            if (_web != null)
            {
                await _web.StopAsync().ConfigureAwait(false);
                await _web.DisposeAsync().ConfigureAwait(false);
            }

            Device?.Dispose();
            HostSim?.Dispose();
            _certificates?.Dispose();
            if (Options.TemporaryData && Directory.Exists(Options.DataDirectory))
            {
                Directory.Delete(Options.DataDirectory, true);
            }
        }

        private static IPEndPoint ParseEndpoint(string text)
        {
            int colon = text.LastIndexOf(':');
            if (colon <= 0)
            {
                throw new ArgumentException("--host wants host:port, got " + text);
            }

            string host = text[..colon];
            int port = int.Parse(text[(colon + 1)..], CultureInfo.InvariantCulture);
            IPAddress address = IPAddress.TryParse(host, out IPAddress? ip) ? ip
                : Dns.GetHostAddresses(host).First(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
            return new IPEndPoint(address, port);
        }
    }
}
