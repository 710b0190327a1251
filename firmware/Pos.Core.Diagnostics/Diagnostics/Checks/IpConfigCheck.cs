using Pos.Core.Localization;
using Pos.Hal;

namespace Pos.Core.Diagnostics.Checks
{
    /// <summary>
    /// IP address, mask, gateway and DNS present and sane: dotted quads, address not 0.0.0.0, a contiguous mask, the
    /// gateway inside the terminal's subnet, at least one usable DNS server. PASS shows the address.
    /// </summary>
    public sealed class IpConfigCheck : DiagnosticCheck
    {
        /// <summary>Creates the check.</summary>
        public IpConfigCheck()
            : base("ip_config", TextKey.DiagIpConfig, CheckMode.Immediate)
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
                return Fail("link down");
            }

            NetworkInfo info = ctx.Network.GetInfo();
            if (info == null || !Ipv4.IsUsable(info.IpAddress))
            {
                return Fail("no IP address");
            }

            if (!Ipv4.IsMask(info.SubnetMask))
            {
                return Fail("bad mask");
            }

            if (!Ipv4.IsUsable(info.Gateway))
            {
                return Fail("no gateway");
            }

            if (!Ipv4.SameSubnet(info.IpAddress, info.Gateway, info.SubnetMask))
            {
                return Fail("gateway outside subnet");
            }

            bool dns = false;
            string[] servers = info.DnsServers;
            for (int i = 0; servers != null && i < servers.Length; i++)
            {
                dns = dns || Ipv4.IsUsable(servers[i]);
            }

            return dns ? CheckResult.Pass(info.IpAddress) : Fail("no DNS server");
        }
    }
}
