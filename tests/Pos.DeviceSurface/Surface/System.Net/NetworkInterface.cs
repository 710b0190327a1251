// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Net, nanoFramework.System.Net/NetworkInformation/NetworkInterface.cs, commit 1c1908d6bfbce24f268805e37f3c76d010b14113
using System;

namespace System.Net.NetworkInformation
{
    public class NetworkInterface
    {
        protected NetworkInterface(int interfaceIndex) { throw new NotSupportedException(); }
        public static bool GetIsNetworkAvailable() { throw new NotSupportedException(); }
        public static NetworkInterface[] GetAllNetworkInterfaces() { throw new NotSupportedException(); }
        public void EnableStaticIPv4(string ipv4Address, string ipv4SubnetMask, string ipv4GatewayAddress) { throw new NotSupportedException(); }
        public void EnableDhcp() { throw new NotSupportedException(); }
        public void EnableStaticIPv4Dns(string[] dnsAddresses) { throw new NotSupportedException(); }
        public bool IsAutomaticDnsEnabled { get { throw new NotSupportedException(); } }
        public string IPv4Address { get { throw new NotSupportedException(); } }
        public string IPv4GatewayAddress { get { throw new NotSupportedException(); } }
        public string IPv4SubnetMask { get { throw new NotSupportedException(); } }
        public bool IsDhcpEnabled { get { throw new NotSupportedException(); } }
        public string[] IPv4DnsAddresses { get { throw new NotSupportedException(); } }
        public void ReleaseDhcpLease() { throw new NotSupportedException(); }
        public void RenewDhcpLease() { throw new NotSupportedException(); }
        public byte[] PhysicalAddress { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public NetworkInterfaceType NetworkInterfaceType { get { throw new NotSupportedException(); } }
        public uint SpecificConfigId { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
    }
}
