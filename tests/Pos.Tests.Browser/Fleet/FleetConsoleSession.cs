using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Pos.Core.Localization;
using Pos.Fleet;
using Pos.Fleet.Storage;
using Pos.Tests.Browser.Emulator;

namespace Pos.Tests.Browser.Fleet
{
    /// <summary>
    /// One test's fleet console (in-process, free port, fresh SQLite history, no broker: the test feeds the ingest as
    /// the broker would and takes the commands from <see cref="Commands"/>) and one page on it, in English.
    /// </summary>
    public sealed class FleetConsoleSession : IAsyncDisposable
    {
        private readonly string _folder;

        private FleetConsoleSession(FleetHost host, CommandCapture commands, IBrowserContext context, IPage page, string folder)
        {
            Host = host;
            Commands = commands;
            Context = context;
            Page = page;
            _folder = folder;
        }

        /// <summary>The console.</summary>
        public FleetHost Host { get; }

        /// <summary>The commands it published.</summary>
        public CommandCapture Commands { get; }

        /// <summary>The browser context.</summary>
        public IBrowserContext Context { get; }

        /// <summary>The page.</summary>
        public IPage Page { get; }

        /// <summary>Starts the console and opens a page (not yet navigated).</summary>
        public static async Task<FleetConsoleSession> StartAsync()
        {
            IBrowser browser = await SharedBrowser.BrowserAsync();
            string folder = Path.Combine(Path.GetTempPath(), "pos-fleet-browser-" + Guid.NewGuid().ToString("N"));
            var options = new FleetOptions
            {
                Broker = null,
                Database = DatabaseSpec.Parse("sqlite:" + Path.Combine(folder, "fleet.db")),
                Urls = "http://127.0.0.1:0",
                PageLocale = Locale.EnUs,
            };
            var commands = new CommandCapture();
            var host = new FleetHost(options, commands);
            await host.StartAsync();
            IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1300, Height = 1000 } });
            IPage page = await context.NewPageAsync();
            return new FleetConsoleSession(host, commands, context, page, folder);
        }

        /// <summary>Feeds one message as the broker would deliver it and waits until it is stored.</summary>
        public async Task FeedAsync(string topic, string json)
        {
            await Host.Ingest.AcceptAsync(topic, Encoding.UTF8.GetBytes(json), false);
            await Host.Ingest.DrainAsync(TimeSpan.FromSeconds(10));
        }

        /// <summary>Opens a path of the console.</summary>
        public Task<IResponse?> GotoAsync(string path) => Page.GotoAsync(new Uri(Host.Url, path).ToString());

        /// <summary>Closes the page and the console, deletes the history.</summary>
        public async ValueTask DisposeAsync()
        {
            await Context.CloseAsync();
            await Host.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, true);
        }
    }
}
