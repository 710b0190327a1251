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
            ? new NetworkInfo("192.168.1.23", "255.255.255.0", "192.168.1.1", new[] { "192.168.1.1" }, "EMULATOR-WIFI")
            : new NetworkInfo(string.Empty, string.Empty, string.Empty, Array.Empty<string>(), string.Empty);

        /// <inheritdoc />
        public int MeasureRssi() => _up ? Rssi : 0;

        /// <inheritdoc />
        public string ResolveHost(string hostName)
        {
            if (!_up || string.IsNullOrEmpty(hostName))
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
