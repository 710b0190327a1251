using Microsoft.Playwright;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// One headless Chromium for the test run: Debian's /usr/bin/chromium driven by Playwright (its own browsers are
    /// never downloaded), a fresh temporary profile (Playwright's own, per launch), no network services of its own.
    /// </summary>
    public static class Chromium
    {
        /// <summary>The browser: <c>POS_CHROMIUM</c> when set, else where the Debian package puts it (CI installs it: .ci/run).</summary>
        public static string ExecutablePath { get; } = Environment.GetEnvironmentVariable("POS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

        /// <summary>True when the browser is installed.</summary>
        public static bool IsInstalled => File.Exists(ExecutablePath);

        /// <summary>Starts Playwright and a persistent-free headless Chromium; dispose both at the end.</summary>
        public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
        {
            IPlaywright playwright = await Playwright.CreateAsync().ConfigureAwait(false);
            IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Timeout = 30000,
                Args = new[]
                {
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    // No --user-data-dir: Playwright refuses it here and gives every launch a fresh temporary profile.
                },
            }).ConfigureAwait(false);
            return (playwright, browser);
        }
    }
}
