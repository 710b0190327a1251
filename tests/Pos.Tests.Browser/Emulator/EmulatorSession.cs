using System.Net.Http;
using Microsoft.Playwright;
using Pos.Emulator;
using static Microsoft.Playwright.Assertions;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// One test's emulator (in-process, free port, fresh data folder, in-process host simulator, short link
    /// hysteresis) and one page on it, with the few helpers the tests share. Waits are Playwright's bounded waits.
    /// </summary>
    public sealed class EmulatorSession : IAsyncDisposable
    {
        private readonly string _data;

        private EmulatorSession(EmulatorHost host, IBrowserContext context, IPage page, string data)
        {
            Host = host;
            Context = context;
            Page = page;
            _data = data;
        }

        /// <summary>The emulator.</summary>
        public EmulatorHost Host { get; }

        /// <summary>The browser context.</summary>
        public IBrowserContext Context { get; }

        /// <summary>The page.</summary>
        public IPage Page { get; }

        /// <summary>
        /// Starts an emulator (its host exchange over TLS when <paramref name="tls"/>; operator sign-on and the role table
        /// when <paramref name="operators"/>) and opens its page in English.
        /// </summary>
        public static async Task<EmulatorSession> StartAsync(IBrowser browser, bool tls = false, bool operators = false)
        {
            string data = Path.Combine(Path.GetTempPath(), "pos-emu-test-" + Guid.NewGuid().ToString("N"));
            var host = new EmulatorHost(new EmulatorOptions
            {
                Port = 0, DataDirectory = data, FastLink = true, Locale = "en-US", Tls = tls, RequireOperatorSignOn = operators,
            });
            await host.StartAsync().ConfigureAwait(false);
            IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            }).ConfigureAwait(false);
            IPage page = await context.NewPageAsync().ConfigureAwait(false);
            await page.GotoAsync(host.Url.ToString()).ConfigureAwait(false);
            return new EmulatorSession(host, context, page, data);
        }

        /// <summary>Clicks the elements with these ids in order.</summary>
        public async Task ClickAsync(params string[] ids)
        {
            foreach (string id in ids)
            {
                await Page.Locator("#" + id).ClickAsync().ConfigureAwait(false);
            }
        }

        /// <summary>Clicks keypad keys ("1", "ENTER"…).</summary>
        public Task KeysAsync(params string[] keys) => ClickAsync(keys.Select(k => "key-" + k).ToArray());

        /// <summary>Waits until the element's text contains <paramref name="text"/> (bounded).</summary>
        public Task WaitTextAsync(string id, string text, int timeoutMs = 10000) =>
            Expect(Page.Locator("#" + id)).ToContainTextAsync(text, new LocatorAssertionsToContainTextOptions { Timeout = timeoutMs });

        /// <summary>Waits until the element's text is exactly <paramref name="text"/> (bounded).</summary>
        public Task WaitExactAsync(string id, string text, int timeoutMs = 10000) =>
            Expect(Page.Locator("#" + id)).ToHaveTextAsync(text, new LocatorAssertionsToHaveTextOptions { Timeout = timeoutMs });

        /// <summary>Waits for the signed-in idle screen (after the first sign-in: CANCEL on the result).</summary>
        public async Task IdleOnlineAsync()
        {
            await WaitTextAsync("link-state", "ONLINE", 15000).ConfigureAwait(false);
            await Expect(Page.Locator("#screen-id")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(SIGNED_IN|IDLE)$"),
                new LocatorAssertionsToHaveTextOptions { Timeout = 10000 }).ConfigureAwait(false);
            if (await Page.Locator("#screen-id").TextContentAsync().ConfigureAwait(false) == "SIGNED_IN")
            {
                await KeysAsync("CANCEL").ConfigureAwait(false);
            }

            await WaitExactAsync("screen-id", "IDLE").ConfigureAwait(false);
        }

        /// <summary>
        /// The screen text three ways must agree: the page's panel, <c>/api/screen.txt</c>, and a fresh render of the
        /// terminal's model by the core (<c>Screen.ToText()</c>). Returns it.
        /// </summary>
        public async Task<string> ScreenTextAsync()
        {
            // The screen may change between two reads (the status bar's clock or queue count), so the three are read
            // again until they agree, within a bound; a real disagreement still fails.
            using var http = new HttpClient();
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (true)
            {
                string api = await http.GetStringAsync(new Uri(Host.Url, "api/screen.txt")).ConfigureAwait(false);
                string core = await Host.Device.RenderTextAsync().ConfigureAwait(false);
                string page = (await Page.Locator("#screen-text").TextContentAsync().ConfigureAwait(false) ?? string.Empty).TrimEnd('\n');
                if (core == api && page == api.TrimEnd('\n'))
                {
                    return api;
                }

                if (DateTime.UtcNow > deadline)
                {
                    Microsoft.VisualStudio.TestTools.UnitTesting.Assert.AreEqual(core, api, "the served text is the core's Screen.ToText()");
                    Microsoft.VisualStudio.TestTools.UnitTesting.Assert.AreEqual(api.TrimEnd('\n'), page, "the page shows the served text");
                }

                await Task.Delay(100).ConfigureAwait(false);
            }
        }

        /// <summary>Saves the device screen and the whole page as PNGs in the test output folder.</summary>
        public async Task ScreenshotAsync(string name)
        {
            string dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(dir);
            await Page.Locator("#screen").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(dir, name + "-screen.png") }).ConfigureAwait(false);
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + "-page.png"), FullPage = true }).ConfigureAwait(false);
        }

        /// <summary>Closes the page and stops the emulator; deletes its data folder.</summary>
        public async ValueTask DisposeAsync()
        {
            await Context.CloseAsync().ConfigureAwait(false);
            await Host.DisposeAsync().ConfigureAwait(false);
            try
            {
                Directory.Delete(_data, true);
            }
            catch (IOException)
            {
            }
        }
    }
}
