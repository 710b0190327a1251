namespace Pos.Reliability
{
    /// <summary>What one reliability run does: how many customers, how much goes wrong, and where the power goes.</summary>
    public sealed class RunPlan
    {
        /// <summary>Seed of every random choice of the run.</summary>
        public int Seed { get; set; } = 1;

        /// <summary>Customers served (each one or more attempts).</summary>
        public int Customers { get; set; } = 20;

        /// <summary>Chance that a financial, advice or reversal request meets a fault (lost reply, bad MAC, …).</summary>
        public double FaultRate { get; set; } = 0.15;

        /// <summary>Chance that the Wi-Fi is down while a customer is served (offline sales).</summary>
        public double LinkDownRate { get; set; } = 0.15;

        /// <summary>Chance that the host is unreachable with the link up (refused or silent) while a customer is served.</summary>
        public double HostDownRate { get; set; } = 0.05;

        /// <summary>Chance that a customer's amount is one the host declines.</summary>
        public double DeclineRate { get; set; } = 0.1;

        /// <summary>Cut the power at this flash write (counted over the whole run, across reboots); -1 = none.</summary>
        public int CutAtWrite { get; set; } = -1;

        /// <summary>Random power cuts: the chance, after each customer, of arming a cut within the next 30 writes.</summary>
        public double RandomCutRate { get; set; }

        /// <summary>What survives of the unflushed tail at a cut: -1 random part, 0 none, int.MaxValue all.</summary>
        public int KeepUnflushed { get; set; } = -1;

        /// <summary>True when the wall clock survives a power cut (battery-backed RTC).</summary>
        public bool RtcKeepsTime { get; set; } = true;

        /// <inheritdoc />
        public override string ToString() => "seed " + Seed + ", " + Customers + " customers" + (CutAtWrite >= 0 ? ", cut at write " + CutAtWrite : string.Empty)
            + (RandomCutRate > 0 ? ", random cuts " + RandomCutRate : string.Empty) + ", keep " + (KeepUnflushed < 0 ? "random" : KeepUnflushed == int.MaxValue ? "all" : KeepUnflushed.ToString(System.Globalization.CultureInfo.InvariantCulture))
            + (RtcKeepsTime ? string.Empty : ", clock lost at cuts");
    }
}
