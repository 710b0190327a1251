using Pos.Emulator;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// One test's emulator driven through its HTTP API without a browser (in-process, free port, its own temporary data
    /// folder, short link hysteresis, English), with the <see cref="ApiClient"/>'s bounded polls.
    /// </summary>
    public sealed class ApiSession : ApiClient, IAsyncDisposable
    {
        private ApiSession(EmulatorHost host)
            : base(host.Url)
        {
            Host = host;
        }

        /// <summary>The emulator.</summary>
        public EmulatorHost Host { get; }

        /// <summary>Starts an emulator (offline sales allowed when <paramref name="offline"/>; operator sign-on and roles when <paramref name="operators"/>).</summary>
        public static async Task<ApiSession> StartAsync(bool offline = false, bool operators = false)
        {
            var host = new EmulatorHost(new EmulatorOptions { FastLink = true, Locale = "en-US", OfflineEnabled = offline, RequireOperatorSignOn = operators });
            await host.StartAsync();
            return new ApiSession(host);
        }

        /// <summary>Stops the emulator (its temporary data folder goes with it).</summary>
        public async ValueTask DisposeAsync()
        {
            Dispose();
            await Host.DisposeAsync();
        }
    }
}
