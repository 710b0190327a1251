namespace Pos.Fleet.Load
{
    /// <summary>The console as a <see cref="FleetHost"/> inside the load run's process (the small host test's way: nothing to start).</summary>
    public sealed class InProcessConsole : IFleetConsole
    {
        private readonly FleetHost _host;

        private InProcessConsole(FleetHost host)
        {
            _host = host;
        }

        /// <inheritdoc />
        public Uri Url => _host.Url;

        /// <inheritdoc />
        public int? ProcessId => null;

        /// <inheritdoc />
        public string Description => "in-process (its memory and CPU figures include the simulated terminals)";

        /// <inheritdoc />
        public string RecentOutput => string.Empty;

        /// <summary>Starts a console with <paramref name="options"/>.</summary>
        public static async Task<InProcessConsole> StartAsync(FleetOptions options)
        {
            var host = new FleetHost(options);
            await host.StartAsync().ConfigureAwait(false);
            return new InProcessConsole(host);
        }

        /// <inheritdoc />
        public ValueTask DisposeAsync() => _host.DisposeAsync();
    }
}
