namespace Pos.Fleet.Load
{
    /// <summary>
    /// The measured phase's timeline, fixed before it starts: terminal i's heartbeat at i × period / N and then every
    /// period; a burst every <see cref="LoadPlan.BurstEvery"/> (the first half a period in), each from a share of the
    /// terminals drawn with the plan's seed. The same plan gives the same timeline.
    /// </summary>
    public static class LoadSchedule
    {
        /// <summary>The steps of <paramref name="plan"/>, in time order.</summary>
        public static ScheduledAction[] Build(LoadPlan plan)
        {
            int n = plan.Terminals.Count;
            long duration = (long)plan.Duration.TotalMilliseconds;
            long period = (long)plan.Heartbeat.TotalMilliseconds;
            long burstEvery = (long)plan.BurstEvery.TotalMilliseconds;
            ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
            ArgumentOutOfRangeException.ThrowIfLessThan(burstEvery, 1);
            var steps = new List<ScheduledAction>();
            for (int i = 0; i < n; i++)
            {
                for (long at = i * period / n; at < duration; at += period)
                {
                    steps.Add(new ScheduledAction(at, i, LoadAction.Heartbeat));
                }
            }

            var random = new Random(plan.Seed);
            int perBurst = Math.Clamp((int)Math.Round(n * plan.BurstShare), 1, n);
            int[] order = Enumerable.Range(0, n).ToArray();
            for (long at = burstEvery / 2; at < duration; at += burstEvery)
            {
                // A partial Fisher-Yates shuffle: the first perBurst of order are the burst's terminals.
                for (int k = 0; k < perBurst; k++)
                {
                    int j = random.Next(k, n);
                    (order[k], order[j]) = (order[j], order[k]);
                    steps.Add(new ScheduledAction(at, order[k], LoadAction.Burst));
                }
            }

            return steps.OrderBy(s => s.AtMs).ThenBy(s => s.Terminal).ToArray();
        }
    }
}
