namespace Pos.HostSim
{
    /// <summary>
    /// The armed faults, in the order they were armed; each request takes the first rule that matches it. Thread-safe.
    /// <see cref="FaultKind.CloseBeforeRead"/> is decided before the request is read, so only rules without an MTI
    /// filter can fire it.
    /// </summary>
    public sealed class FaultInjector
    {
        private readonly object _gate = new();
        private readonly List<FaultRule> _rules = [];

        /// <summary>Arms a rule and returns it.</summary>
        public FaultRule Arm(FaultKind kind, int count = 1, int delayMs = 0, int mti = -1)
        {
            var rule = new FaultRule(kind, count, delayMs, mti);
            lock (_gate)
            {
                _rules.Add(rule);
            }

            return rule;
        }

        /// <summary>Disarms everything.</summary>
        public void Clear()
        {
            lock (_gate)
            {
                _rules.Clear();
            }
        }

        /// <summary>The rules still armed.</summary>
        public IReadOnlyList<FaultRule> Armed
        {
            get
            {
                lock (_gate)
                {
                    return _rules.ToList();
                }
            }
        }

        /// <summary>Before reading a request: consumes and returns a close-before-read rule, or null.</summary>
        internal FaultRule? TakeBeforeRead() => Take(r => r.Kind == FaultKind.CloseBeforeRead && r.Mti < 0);

        /// <summary>After reading a request with this MTI (-1 when unreadable): consumes and returns the first matching rule, or null.</summary>
        internal FaultRule? TakeFor(int mti) => Take(r => r.Kind != FaultKind.CloseBeforeRead && (r.Mti < 0 || r.Mti == mti));

        private FaultRule? Take(Func<FaultRule, bool> match)
        {
            lock (_gate)
            {
                var rule = _rules.FirstOrDefault(match);
                if (rule == null)
                {
                    return null;
                }

                if (!rule.Forever)
                {
                    rule.Remaining--;
                    if (rule.Remaining == 0)
                    {
                        _rules.Remove(rule);
                    }
                }

                return rule;
            }
        }
    }
}
