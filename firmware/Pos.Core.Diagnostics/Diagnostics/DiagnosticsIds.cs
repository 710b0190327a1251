namespace Pos.Core.Diagnostics
{
    /// <summary>Exchange ids of the self-test's host exchanges (apart from the forwarder's and the channel's own, so the seam's completions
    /// match the exchange in flight); their outcomes are addressed to the runner.</summary>
    public static class DiagnosticsIds
    {
        /// <summary>First exchange id; the self-test counts up from here.</summary>
        public const int ExchangeIdBase = 60000000;
    }
}
