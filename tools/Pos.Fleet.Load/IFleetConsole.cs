namespace Pos.Fleet.Load
{
    /// <summary>The fleet console a load run measures, wherever it runs (<see cref="ConsoleHosting"/>): the run reads it through its web address only.</summary>
    public interface IFleetConsole : IAsyncDisposable
    {
        /// <summary>Its pages' address (<c>/api/metrics</c>, <c>/api/terminals</c> below it).</summary>
        Uri Url { get; }

        /// <summary>Its own process' id, or null when it runs inside the load run's process.</summary>
        int? ProcessId { get; }

        /// <summary>Where and how it runs, for the report.</summary>
        string Description { get; }

        /// <summary>The newest lines it printed (its log), for a failure's message; empty in-process.</summary>
        string RecentOutput { get; }
    }
}
