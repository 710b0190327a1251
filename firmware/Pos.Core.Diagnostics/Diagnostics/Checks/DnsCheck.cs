using Pos.Core.Localization;

namespace Pos.Core.Diagnostics.Checks
{
    /// <summary>
    /// Resolves the host name the exchange uses (<see cref="DiagnosticContext.HostName"/>, else the journal's
    /// <see cref="DiagnosticsSettingsKeys.HostName"/>): PASS with the address, FAIL when it does not resolve, NOT RUN when
    /// the link is down or the host is an IP address (nothing to resolve). No host at all is a settings fault, not a DNS
    /// one: FAIL with the host-connection checklist (check the host address and port).
    /// </summary>
    public sealed class DnsCheck : DiagnosticCheck
    {
        /// <summary>Creates the check.</summary>
        public DnsCheck()
            : base("dns", TextKey.DiagDns, CheckMode.Immediate)
        {
        }

        /// <inheritdoc />
        public override CheckResult Run(DiagnosticContext ctx)
        {
            if (ctx.Network == null)
            {
                return CheckResult.NotRun("no seam");
            }

            if (!ctx.Network.IsUp)
            {
                return CheckResult.NotRun("link down");
            }

            string host = ctx.HostName;
            if (host == null || host.Length == 0)
            {
                host = ctx.Setting(DiagnosticsSettingsKeys.HostName);
            }

            if (host == null || host.Length == 0)
            {
                return CheckResult.Fail("host not set", TextKey.DiagTcpConnect);
            }

            uint literal;
            if (Ipv4.TryParse(host, out literal))
            {
                return CheckResult.NotRun("host is an IP");
            }

            string address = ctx.Network.ResolveHost(host);
            return Ipv4.IsUsable(address) ? CheckResult.Pass(address) : Fail("no answer");
        }
    }
}
