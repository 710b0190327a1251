namespace Pos.Fleet.Views
{
    /// <summary>A terminal of the network view: its network failures in the window, by kind.</summary>
    public sealed class NetworkTrouble
    {
        /// <summary>The terminal id.</summary>
        public string Tid { get; init; } = string.Empty;

        /// <summary>Offline periods that ended in the window.</summary>
        public int OfflinePeriods { get; set; }

        /// <summary>Declines with a network code (no network, host timeout, …).</summary>
        public int NetworkDeclines { get; set; }

        /// <summary>Self-test reports with a network check failing.</summary>
        public int FailedChecks { get; set; }

        /// <summary>All of them.</summary>
        public int Total => OfflinePeriods + NetworkDeclines + FailedChecks;
    }
}
