namespace Pos.Fleet.Load
{
    /// <summary>What a simulated terminal does at a point of the schedule.</summary>
    public enum LoadAction
    {
        /// <summary>Publishes its retained status (the heartbeat).</summary>
        Heartbeat,

        /// <summary>Publishes <see cref="LoadPlan.EventsPerBurst"/> events: a decline, an offline period, a self-test report.</summary>
        Burst,
    }
}
