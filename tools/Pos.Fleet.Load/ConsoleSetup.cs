using System.Globalization;
using Pos.Fleet.Common;
using Pos.Fleet.Storage;

namespace Pos.Fleet.Load
{
    /// <summary>
    /// Starts the console of a load run on <paramref name="Broker"/> with the history in <paramref name="Database"/>: on
    /// a free loopback port, as MQTT client <paramref name="ClientId"/> (one of its own per run, so a persistent session
    /// of an earlier run never hands it old messages), with the TEST fleet key the broker's passwords come from.
    /// </summary>
    public sealed record ConsoleSetup(BrokerProcess Broker, DatabaseSpec Database, string ClientId)
    {
        /// <summary>The console's options for this setup.</summary>
        public FleetOptions Options() => new()
        {
            Broker = Broker.Host + ":" + Broker.Port.ToString(CultureInfo.InvariantCulture),
            CaFile = Broker.CaPath,
            Database = Database,
            Urls = "http://127.0.0.1:0",
            ClientId = ClientId,
        };

        /// <summary>Starts the console as <paramref name="hosting"/> says and returns once it serves its pages (its broker link may still be connecting).</summary>
        public async Task<IFleetConsole> StartAsync(ConsoleHosting hosting, TimeSpan patience) => hosting switch
        {
            ConsoleHosting.InProcess => await InProcessConsole.StartAsync(Options()).ConfigureAwait(false),
            _ => await ConsoleProcess.StartAsync(this, patience).ConfigureAwait(false),
        };

        /// <summary>The database as the console's <c>--db</c> option writes it.</summary>
        public string DatabaseOption() => Database.Provider == DatabaseProvider.Sqlite ? "sqlite:" + Database.ConnectionString : "postgres:" + Database.ConnectionString;
    }
}
