using System;
using System.Net;
using System.Net.Sockets;

namespace Pos.Hal.Esp32
{
    /// <summary>
    /// The board's DNS look-up as a <see cref="Pos.Hal.Net.HostResolver"/>. <c>Dns.GetHostEntry</c> is one blocking
    /// native call that stops every managed thread until lwIP answers or gives up (up to ~15 s without a DNS server):
    /// callers go through a <see cref="Pos.Hal.Net.HostNameCache"/>, never straight here, except the self-test.
    /// </summary>
    public static class Esp32Dns
    {
        /// <summary>The first IPv4 address of <paramref name="hostName"/>, dotted; null when it did not resolve.</summary>
        public static string Lookup(string hostName)
        {
            try
            {
                IPHostEntry entry = Dns.GetHostEntry(hostName);
                IPAddress[] addresses = entry == null ? null : entry.AddressList;
                if (addresses == null)
                {
                    return null;
                }

                for (int i = 0; i < addresses.Length; i++)
                {
                    if (addresses[i].AddressFamily == AddressFamily.InterNetwork)
                    {
                        return addresses[i].ToString();
                    }
                }
            }
            catch (Exception)
            {
                // No DNS server, no answer, or no route: not resolved.
            }

            return null;
        }
    }
}
