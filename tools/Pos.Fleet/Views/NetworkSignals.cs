using Pos.Core.Localization;
using Pos.Fleet.Payloads;
using Pos.Fleet.Texts;

namespace Pos.Fleet.Views
{
    /// <summary>
    /// What counts as a network failure in the fleet views, named by catalog entry: the declines that say the link to
    /// the host failed, and the self-test's network checks (Wi-Fi, IP settings, DNS, TCP connect, echo).
    /// </summary>
    public static class NetworkSignals
    {
        private static readonly int[] DeclineKeys =
        {
            TextKey.LocalNoNetwork, TextKey.LocalHostUnreachable, TextKey.LocalHostTimeout, TextKey.LocalConnectFailed,
        };

        private static readonly int[] CheckKeys =
        {
            TextKey.DiagWifi, TextKey.DiagIpConfig, TextKey.DiagDns, TextKey.DiagTcpConnect, TextKey.DiagEcho,
        };

        /// <summary>True for a decline code whose entry is a network failure.</summary>
        public static bool IsNetworkDecline(string? code) => Array.IndexOf(DeclineKeys, CatalogKeys.ForDeclineCode(code)) >= 0;

        /// <summary>True when a report has a network check that failed.</summary>
        public static bool HasFailedNetworkCheck(IEnumerable<SelfTestCheck> checks) =>
            checks.Any(c => c.S == "FAIL" && Array.IndexOf(CheckKeys, CatalogKeys.ForCheckId(c.Id)) >= 0);
    }
}
