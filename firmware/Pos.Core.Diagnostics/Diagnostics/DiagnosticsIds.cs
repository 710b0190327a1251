namespace Pos.Core.Diagnostics
{
    /// <summary>Exchange ids of the self-test's host exchanges (apart from the forwarder's and the channel's own, so the seam's completions
    /// match the exchange in flight) and the ids of its timers; their outcomes and expiries are addressed to the runner.</summary>
    public static class DiagnosticsIds
    {
        /// <summary>First exchange id; the self-test counts up from here.</summary>
        public const int ExchangeIdBase = 60000000;

        /// <summary>The printer check's deadline on the terminal's timers (apart from the link's 4xxx, the forwarder's 5xxx and the transactions' 6xxx).</summary>
        public const int PrinterTimer = 7001;
    }
}
