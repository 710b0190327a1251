using Pos.Hal;

namespace Pos.Hal.Emulated
{
    /// <summary>
    /// <see cref="INetworkLink"/> for the PC: a Wi-Fi link the user cuts and restores (<see cref="SetUp"/>), with a
    /// plausible address set and signal for the self-test. Whether the host answers is not the link's business: the
    /// emulator points the exchange elsewhere for "host unreachable with the link up".
    /// </summary>
    public sealed class EmulatedNetworkLink : INetworkLink
    {
        private volatile bool _up;

        /// <summary>Creates the link, up or down.</summary>
        public EmulatedNetworkLink(bool up = true)
        {
            _up = up;
        }

        /// <inheritdoc />
        public event LinkChangedHandler? LinkChanged;

        /// <inheritdoc />
        public bool IsUp => _up;

        /// <summary>Signal strength reported while up, dBm.</summary>
        public int Rssi { get; set; } = -55;

        /// <summary>The address shown while up (the page's network settings; a bad one fails the IP self-test).</summary>
        public string IpAddress { get; set; } = "192.168.1.23";

        /// <summary>The subnet mask shown while up.</summary>
        public string SubnetMask { get; set; } = "255.255.255.0";

        /// <summary>The gateway shown while up (one outside the subnet fails the IP self-test).</summary>
        public string Gateway { get; set; } = "192.168.1.1";

        /// <summary>The DNS servers shown while up (none fails the IP self-test).</summary>
        public string[] DnsServers { get; set; } = { "192.168.1.1" };

        /// <summary>True: every name lookup fails (the DNS self-test's "no answer"), the link staying up.</summary>
        public bool DnsFails { get; set; }

        /// <summary>Raises the link change when the state changes.</summary>
        public void SetUp(bool up)
        {
            if (_up == up)
            {
                return;
            }

            _up = up;
            LinkChanged?.Invoke(up);
        }

        /// <inheritdoc />
        public NetworkInfo GetInfo() => _up
            ? new NetworkInfo(IpAddress, SubnetMask, Gateway, (string[])DnsServers.Clone(), "EMULATOR-WIFI")
            : new NetworkInfo(string.Empty, string.Empty, string.Empty, Array.Empty<string>(), string.Empty);

        /// <inheritdoc />
        public int MeasureRssi() => _up ? Rssi : 0;

        /// <inheritdoc />
        public string ResolveHost(string hostName)
        {
            if (!_up || DnsFails || string.IsNullOrEmpty(hostName))
            {
                return string.Empty;
            }

            if (hostName == "localhost")
            {
                return "127.0.0.1";
            }

            try
            {
                foreach (var a in System.Net.Dns.GetHostAddresses(hostName))
                {
                    if (a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
                    {
                        return a.ToString();
                    }
                }
            }
            catch (System.Net.Sockets.SocketException)
            {
            }

            return string.Empty;
        }
    }
}
