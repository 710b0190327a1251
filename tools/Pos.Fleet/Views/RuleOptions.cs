namespace Pos.Fleet.Views
{
    /// <summary>The thresholds of the fleet views.</summary>
    public sealed class RuleOptions
    {
        /// <summary>The window of the network view.</summary>
        public TimeSpan NetworkWindow { get; init; } = TimeSpan.FromHours(24);

        /// <summary>Network failures in the window (offline periods, network declines, failed network checks) that list a terminal.</summary>
        public int NetworkFailures { get; init; } = 3;

        /// <summary>How many of the newest statuses the growing-queue view looks at.</summary>
        public int QueueStatuses { get; init; } = 4;

        /// <summary>How far back the growing-queue view looks for them.</summary>
        public TimeSpan QueueWindow { get; init; } = TimeSpan.FromDays(7);

        /// <summary>The firmware every terminal should run; null = the newest version any terminal reports.</summary>
        public string? Firmware { get; init; }
    }
}
