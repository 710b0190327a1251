namespace Pos.Core.Diagnostics
{
    /// <summary>Exchange ids of the self-test's host exchanges (apart from the forwarder's and the transactions').</summary>
    public static class DiagnosticsIds
    {
        /// <summary>First exchange id; the self-test counts up from here.</summary>
        public const int ExchangeIdBase = 60000000;

        /// <summary>True for an id the self-test started.</summary>
        public static bool IsDiagnosticsExchange(int exchangeId)
        {
            return exchangeId >= ExchangeIdBase && exchangeId < ExchangeIdBase + 1000000;
        }
    }
}
