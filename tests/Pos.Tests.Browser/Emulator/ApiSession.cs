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

        /// <summary>Types <paramref name="keys"/> (key names separated by spaces) on the keypad.</summary>
        public async Task TypeAsync(string keys)
        {
            await KeysAsync(keys.Split(' '));
        }

        /// <summary>
        /// With sign-on required, from the first sign-on prompt: the supervisor signs on with the factory password and
        /// changes it to 135790; the terminal is idle and online after it.
        /// </summary>
        public async Task SupervisorFirstSignOnAsync()
        {
            await WaitAsync(s => Id(s) == "MENU:SignOnNumber" && s.GetProperty("online").GetBoolean(), "for the sign-on prompt");
            await TypeAsync("0 0 ENTER 1 2 3 4 5 6 ENTER");
            await WaitAsync(s => Id(s) == "MENU:OperatorNewPassword", "for the forced change");
            await TypeAsync("1 3 5 7 9 0 ENTER 1 3 5 7 9 0 ENTER");
            await IdleOnlineAsync();
        }

        /// <summary>Stops the emulator (its temporary data folder goes with it).</summary>
        public async ValueTask DisposeAsync()
        {
            Dispose();
            await Host.DisposeAsync();
        }
    }
}
