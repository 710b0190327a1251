namespace Pos.Hal
{
    /// <summary>A snapshot of the network configuration, for diagnostics. Addresses are dotted strings; empty when unknown.</summary>
    public sealed class NetworkInfo
    {
        /// <summary>Creates a snapshot.</summary>
        public NetworkInfo(string ipAddress, string subnetMask, string gateway, string[] dnsServers, string ssid)
        {
            IpAddress = ipAddress;
            SubnetMask = subnetMask;
            Gateway = gateway;
            DnsServers = dnsServers;
            Ssid = ssid;
        }

        /// <summary>IPv4 address of the terminal.</summary>
        public string IpAddress { get; }

        /// <summary>IPv4 subnet mask.</summary>
        public string SubnetMask { get; }

        /// <summary>Default gateway.</summary>
        public string Gateway { get; }

        /// <summary>DNS servers, possibly empty.</summary>
        public string[] DnsServers { get; }

        /// <summary>The Wi-Fi network name, or empty for wired links.</summary>
        public string Ssid { get; }
    }
}
