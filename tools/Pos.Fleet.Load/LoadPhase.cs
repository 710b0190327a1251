namespace Pos.Fleet.Load
{
    /// <summary>The two parts of a load run, measured apart.</summary>
    public enum LoadPhase
    {
        /// <summary>Every terminal connects and publishes its status (a fleet coming back after a broker restart).</summary>
        Connect,

        /// <summary>Heartbeats and bursts of events for the plan's duration (the goal's part).</summary>
        Measured,
    }
}
