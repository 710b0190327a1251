namespace Pos.Fleet.Views
{
    /// <summary>A terminal of the outdated-firmware view.</summary>
    public sealed class OutdatedFirmware
    {
        /// <summary>The terminal id.</summary>
        public string Tid { get; init; } = string.Empty;

        /// <summary>What it runs.</summary>
        public string Fw { get; init; } = string.Empty;

        /// <summary>What it should run.</summary>
        public string Target { get; init; } = string.Empty;
    }
}
