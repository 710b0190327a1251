namespace Pos.Hal.Net
{
    /// <summary>Resolves a host name to a dotted IPv4 address; null or empty when it did not resolve.</summary>
    /// <param name="hostName">The name (never a dotted address: the cache answers those itself).</param>
    public delegate string HostResolver(string hostName);
}
