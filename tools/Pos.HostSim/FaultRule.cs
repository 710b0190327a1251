namespace Pos.HostSim
{
    /// <summary>
    /// One armed fault: what to do, to how many more requests (0 = until cleared), for which request MTI (-1 = any;
    /// 200 = 0200, 400 = 0400, …), and the delay for <see cref="FaultKind.Delay"/>.
    /// </summary>
    public sealed class FaultRule
    {
        /// <summary>Creates a rule.</summary>
        public FaultRule(FaultKind kind, int count, int delayMs = 0, int mti = -1)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            ArgumentOutOfRangeException.ThrowIfNegative(delayMs);
            Kind = kind;
            Remaining = count;
            Forever = count == 0;
            DelayMs = delayMs;
            Mti = mti;
        }

        /// <summary>The fault.</summary>
        public FaultKind Kind { get; }

        /// <summary>Requests left to hit (meaningless when <see cref="Forever"/>).</summary>
        public int Remaining { get; internal set; }

        /// <summary>True when the rule stays armed until cleared.</summary>
        public bool Forever { get; }

        /// <summary>Delay in ms for <see cref="FaultKind.Delay"/>.</summary>
        public int DelayMs { get; }

        /// <summary>The request MTI the rule applies to, or -1 for any.</summary>
        public int Mti { get; }

        /// <inheritdoc />
        public override string ToString() => FaultKinds.Name(Kind) + (Kind == FaultKind.Delay ? " " + DelayMs + " ms" : string.Empty) +
            (Forever ? " until cleared" : " x" + Remaining) + (Mti >= 0 ? " mti " + Mti.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
    }
}
