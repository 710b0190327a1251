namespace Pos.Core.Diagnostics
{
    /// <summary>The limits the checks judge by (docs/DIAGNOSTICS.md explains each). Defaults suit the reference board.</summary>
    public sealed class DiagnosticThresholds
    {
        /// <summary>Clock: a wall clock before this year is not set.</summary>
        public int MinYear { get; set; } = 2024;

        /// <summary>Battery below this many mV: WARN (1-cell Li-ion, about 20 % left).</summary>
        public int BatteryWarnMillivolts { get; set; } = 3600;

        /// <summary>Battery below this many mV: FAIL (about to brown out).</summary>
        public int BatteryFailMillivolts { get; set; } = 3400;

        /// <summary>Free storage below this: WARN.</summary>
        public long FreeWarnBytes { get; set; } = 32 * 1024;

        /// <summary>Free storage below this: FAIL (a compaction may not fit).</summary>
        public long FreeFailBytes { get; set; } = 8 * 1024;

        /// <summary>RSSI below this (dBm): WARN.</summary>
        public int RssiWarnDbm { get; set; } = -67;

        /// <summary>RSSI below this (dBm): FAIL.</summary>
        public int RssiFailDbm { get; set; } = -80;

        /// <summary>Echo / connect round trip above this: WARN.</summary>
        public int EchoWarnMs { get; set; } = 2000;

        /// <summary>Connect timeout handed to the exchange seam.</summary>
        public int ConnectTimeoutMs { get; set; } = 5000;

        /// <summary>Response timeout handed to the exchange seam.</summary>
        public int ResponseTimeoutMs { get; set; } = 10000;

        /// <summary>
        /// A printer status query unanswered after this long: FAIL "no answer" (the ESP32 driver answers Offline itself
        /// after its own 500 ms reads; this is the backstop for a driver that never completes).
        /// </summary>
        public int PrinterAnswerMs { get; set; } = 3000;

        /// <summary>Oldest waiting queue item older than this: WARN.</summary>
        public long QueueAgeWarnMs { get; set; } = 4L * 3600 * 1000;

        /// <summary>This many recent declines (in the audit ring): WARN.</summary>
        public int DeclineWarnCount { get; set; } = 3;

        /// <summary>This many recent declines: FAIL.</summary>
        public int DeclineFailCount { get; set; } = 8;
    }
}
