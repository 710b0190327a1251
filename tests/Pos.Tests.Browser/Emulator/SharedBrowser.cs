using Microsoft.Playwright;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// The one headless Chromium of the test run (the emulator's and the fleet console's page tests share it), launched
    /// by the first page test and closed at the end of the assembly. When the browser is missing a page test is inconclusive (and fails under CI), with one loud line saying
    /// how to install it.
    /// </summary>
    [TestClass]
    public static class SharedBrowser
    {
        private static readonly SemaphoreSlim Gate = new(1, 1);
        private static IPlaywright? _playwright;
        private static IBrowser? _browser;

        /// <summary>Starts an emulator and opens its page (the browser launched on first use); operator sign-on on when <paramref name="operators"/>.</summary>
        public static async Task<EmulatorSession> StartAsync(bool tls = false, bool operators = false) =>
            await EmulatorSession.StartAsync(await BrowserAsync().ConfigureAwait(false), tls, operators).ConfigureAwait(false);

        /// <summary>The browser, launched on first use; a test without it is inconclusive (and fails under CI).</summary>
        public static async Task<IBrowser> BrowserAsync()
        {
            if (!Chromium.IsInstalled)
            {
                string why = "browser tests skipped: chromium not found at " + Chromium.ExecutablePath + " — run `sudo apt-get install chromium` (or set POS_CHROMIUM=/path)";
                Console.Error.WriteLine("!!! " + why);
                if (Environment.GetEnvironmentVariable("CI") != null)
                {
                    Assert.Fail(why);
                }

                Assert.Inconclusive(why);
            }

            await Gate.WaitAsync().ConfigureAwait(false);
            try
            {
                if (_browser == null)
                {
                    (_playwright, _browser) = await Chromium.LaunchAsync().ConfigureAwait(false);
                }

                return _browser;
            }
            finally
            {
                Gate.Release();
            }
        }

        /// <summary>Closes the browser.</summary>
        [AssemblyCleanup]
        public static async Task Close()
        {
            if (_browser != null)
            {
                await _browser.CloseAsync().ConfigureAwait(false);
            }

            _playwright?.Dispose();
        }
    }
}
