namespace Pos.Hal
{
    /// <summary>
    /// The network link seam: whether the local link is up, and what it looks like for diagnostics.
    /// Host reachability is not its business: the core's link monitor learns that from probes and exchanges.
    /// </summary>
    public interface INetworkLink
    {
        /// <summary>Raised when the link goes up or down, on any thread.</summary>
        event LinkChangedHandler LinkChanged;

        /// <summary>True when the link is up now.</summary>
        bool IsUp { get; }

        /// <summary>The current addresses, for the self-test.</summary>
        NetworkInfo GetInfo();

        /// <summary>Measures the signal of the connected access point (a scan on the ESP32).</summary>
        /// <returns>RSSI in dBm, or 0 when not connected or unknown.</returns>
        int MeasureRssi();

        /// <summary>Resolves a host name for the self-test's DNS check.</summary>
        /// <returns>The first IPv4 address as a dotted string, or empty when resolution failed.</returns>
        string ResolveHost(string hostName);
    }
}
