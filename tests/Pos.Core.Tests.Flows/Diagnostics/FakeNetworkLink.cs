using Pos.Hal;

namespace Pos.Core.Tests.Diagnostics
{
    /// <summary>A network link whose state, addresses, RSSI and DNS answers the test sets.</summary>
    public sealed class FakeNetworkLink : INetworkLink
    {
        /// <summary>Up, -55 dBm, 192.168.1.23/24 via 192.168.1.1, DNS 192.168.1.1, the host resolves to 10.0.0.5.</summary>
        public FakeNetworkLink()
        {
            IsUp = true;
            Rssi = -55;
            Info = new NetworkInfo("192.168.1.23", "255.255.255.0", "192.168.1.1", new string[] { "192.168.1.1" }, "shop");
            Resolved = "10.0.0.5";
        }

        /// <inheritdoc />
        public event LinkChangedHandler LinkChanged;

        /// <inheritdoc />
        public bool IsUp { get; set; }

        /// <summary>What <see cref="MeasureRssi"/> returns.</summary>
        public int Rssi { get; set; }

        /// <summary>What <see cref="GetInfo"/> returns.</summary>
        public NetworkInfo Info { get; set; }

        /// <summary>What <see cref="ResolveHost"/> returns.</summary>
        public string Resolved { get; set; }

        /// <inheritdoc />
        public NetworkInfo GetInfo()
        {
            return Info;
        }

        /// <inheritdoc />
        public int MeasureRssi()
        {
            return Rssi;
        }

        /// <inheritdoc />
        public string ResolveHost(string hostName)
        {
            return Resolved;
        }

        /// <summary>Raises <see cref="LinkChanged"/> (unused by the checks; keeps the event referenced).</summary>
        public void Raise(bool up)
        {
            LinkChangedHandler h = LinkChanged;
            if (h != null)
            {
                h(up);
            }
        }
    }
}
