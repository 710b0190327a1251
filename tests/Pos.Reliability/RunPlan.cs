using System.Globalization;

namespace Pos.Reliability
{
    /// <summary>What one reliability run does: how many operations, which faults and how often, where the power goes.</summary>
    public sealed class RunPlan
    {
        /// <summary>Seed of everything random in the run (same seed, same run).</summary>
        public int Seed { get; set; } = 1;

        /// <summary>Customers served (sales, voids, refunds); settlements come on top.</summary>
        public int Operations { get; set; } = 20;

        /// <summary>Share of operations that are voids of an earlier sale of the batch.</summary>
        public double VoidRate { get; set; } = 0.08;

        /// <summary>Share of operations that are refunds of an earlier sale of the batch.</summary>
        public double RefundRate { get; set; } = 0.07;

        /// <summary>Chance of a settlement after an operation.</summary>
        public double SettleRate { get; set; } = 0.04;

        /// <summary>Chance that a request (0200, 0220, 0400) meets a host or network fault (no reply, cut, bad MAC, garbage…).</summary>
        public double FaultRate { get; set; } = 0.15;

        /// <summary>Chance that the Wi-Fi is down for a whole operation.</summary>
        public double LinkDownRate { get; set; } = 0.15;

        /// <summary>Chance that the host refuses connections (half of them: silently drops them) for a whole operation.</summary>
        public double HostDownRate { get; set; } = 0.05;

        /// <summary>Chance that the Wi-Fi flaps (drops for up to 20 s) during an operation.</summary>
        public double FlapRate { get; set; } = 0.1;

        /// <summary>Share of sales with an amount the host declines.</summary>
        public double DeclineRate { get; set; } = 0.1;

        /// <summary>Storage write (mutation index) at which the power goes once; -1: none.</summary>
        public int CutAtWrite { get; set; } = -1;

        /// <summary>Chance of a power cut somewhere in the next 30 writes, after each operation.</summary>
        public double RandomCutRate { get; set; }

        /// <summary>Bytes of the unflushed tail kept at a cut: 0, <see cref="int.MaxValue"/> (all), or -1 (a random part).</summary>
        public int KeepUnflushed { get; set; } = -1;

        /// <summary>True when the wall clock survives a cut (else it restarts at 2000-01-01 until the next sign-in).</summary>
        public bool RtcKeepsTime { get; set; } = true;

        /// <summary>A copy to vary (campaigns derive their runs from one plan).</summary>
        public RunPlan Copy() => (RunPlan)MemberwiseClone();

        /// <inheritdoc />
        public override string ToString() => "seed " + Seed + ", " + Operations + " operations"
            + (CutAtWrite >= 0 ? ", cut at write " + CutAtWrite : string.Empty)
            + (RandomCutRate > 0 ? ", random cuts " + RandomCutRate.ToString(CultureInfo.InvariantCulture) : string.Empty)
            + ", keep " + (KeepUnflushed < 0 ? "random" : KeepUnflushed == int.MaxValue ? "all" : KeepUnflushed.ToString(CultureInfo.InvariantCulture))
            + (RtcKeepsTime ? string.Empty : ", clock lost at cuts");
    }
}
