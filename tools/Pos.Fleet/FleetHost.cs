using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Pos.Fleet.Commands;
using Pos.Fleet.Ingest;
using Pos.Fleet.Keys;
using Pos.Fleet.Storage;
using Pos.Fleet.Web;

namespace Pos.Fleet
{
    /// <summary>
    /// The whole console in one object, so tests start it in-process: the history database, the ingest, the MQTT link
    /// (or a test's <see cref="ICommandLink"/> and no broker), the command service and the web pages.
    /// </summary>
    public sealed class FleetHost : IAsyncDisposable
    {
        private readonly ICommandLink? _link;
        private readonly ILoggerFactory _logs;
        private WebApplication? _web;

        /// <summary>
        /// A console for <paramref name="options"/>. With <paramref name="link"/> the commands go there and no broker is
        /// contacted (the tests feed <see cref="Ingest"/> directly); <paramref name="logs"/> null = no logging.
        /// </summary>
        public FleetHost(FleetOptions options, ICommandLink? link = null, ILoggerFactory? logs = null)
        {
            Options = options;
            _link = link;
            _logs = logs ?? NullLoggerFactory.Instance;
            Keys = options.LoadKeys();
            Store = new FleetStore(new FleetDatabase(options.Database));
            Ingest = new FleetIngest(Store, _logs.CreateLogger("ingest"), TimeSpan.FromDays(options.RetentionDays));
        }

        /// <summary>The options.</summary>
        public FleetOptions Options { get; }

        /// <summary>The fleet key's derivations.</summary>
        public IFleetKeys Keys { get; }

        /// <summary>The history.</summary>
        public FleetStore Store { get; }

        /// <summary>The ingest.</summary>
        public FleetIngest Ingest { get; }

        /// <summary>The MQTT link, or null (a test's link, or no broker).</summary>
        public MqttFleetLink? Mqtt { get; private set; }

        /// <summary>The command service (after <see cref="StartAsync"/>).</summary>
        public CommandService Commands { get; private set; } = null!;

        /// <summary>The pages' address (after <see cref="StartAsync"/>).</summary>
        public Uri Url { get; private set; } = null!;

        /// <summary>Lays the schema, starts the ingest, the broker link and the pages.</summary>
        public async Task StartAsync()
        {
            Store.Database.CreateSchema();
            Ingest.Start();
            ICommandLink link = _link ?? new NoBrokerLink();
            if (_link == null && Options.Broker != null)
            {
                int colon = Options.Broker.LastIndexOf(':');
                Mqtt = new MqttFleetLink(
                    new BrokerSettings
                    {
                        Host = Options.Broker[..colon],
                        Port = int.Parse(Options.Broker[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture),
                        CaFile = Options.CaFile,
                        User = Options.User,
                        Password = Options.BrokerPassword(Keys),
                        ClientId = Options.ClientId,
                    },
                    Ingest,
                    _logs.CreateLogger("mqtt"));
                Mqtt.Start();
                link = Mqtt;
            }

            Commands = new CommandService(Keys, Store, link, _logs.CreateLogger("commands"));

            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
            {
                ApplicationName = typeof(FleetHost).Assembly.GetName().Name,
                ContentRootPath = AppContext.BaseDirectory,
            });
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls(Options.Urls);
            builder.Services.AddAntiforgery();
            _web = builder.Build();
            _web.UseAntiforgery();
            FleetWeb.Map(_web, this);
            await _web.StartAsync().ConfigureAwait(false);
            string address = _web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Url = new Uri(address + "/");
        }

        /// <summary>Waits for Ctrl+C or SIGTERM (ASP.NET Core's console lifetime).</summary>
        public Task WaitForShutdownAsync() => _web?.WaitForShutdownAsync() ?? Task.CompletedTask;

        /// <summary>Stops the pages, the broker link and the ingest (after what it holds is stored).</summary>
        public async ValueTask DisposeAsync()
        {
            if (_web != null)
            {
                await _web.StopAsync().ConfigureAwait(false);
                await _web.DisposeAsync().ConfigureAwait(false);
            }

            if (Mqtt != null)
            {
                await Mqtt.DisposeAsync().ConfigureAwait(false);
            }

            await Ingest.DisposeAsync().ConfigureAwait(false);
        }
    }
}
