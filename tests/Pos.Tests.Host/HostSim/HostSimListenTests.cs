using System.Net;
using System.Net.Sockets;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.HostSim;

namespace Pos.Tests.Host.HostSim
{
    /// <summary>
    /// The terminal port can listen beyond loopback (a board on the LAN reaches the PC's simulator) while the control
    /// port, which arms faults and reads the ledger, stays on 127.0.0.1.
    /// </summary>
    [TestClass]
    public sealed class HostSimListenTests
    {
        [TestMethod]
        public void The_terminal_port_binds_the_listen_address_and_the_control_port_stays_on_loopback()
        {
            using var simulator = new HostSimulator(new HostOptions { ListenAddress = IPAddress.Any }).Start(0, 0);

            Assert.AreEqual(IPAddress.Any, Bound(simulator.Port), "terminal port");
            Assert.AreEqual(IPAddress.Loopback, Bound(simulator.ControlPort), "control port");
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, simulator.Port);
            Assert.IsTrue(client.Connected);
        }

        [TestMethod]
        public void By_default_both_ports_are_on_loopback()
        {
            using var simulator = new HostSimulator().Start(0, 0);

            Assert.AreEqual(IPAddress.Loopback, Bound(simulator.Port));
            Assert.AreEqual(IPAddress.Loopback, Bound(simulator.ControlPort));
        }

        // The local address of the listening socket on that port, from the system's table of TCP listeners.
        private static IPAddress Bound(int port)
        {
            foreach (IPEndPoint endPoint in System.Net.NetworkInformation.IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners())
            {
                if (endPoint.Port == port && endPoint.AddressFamily == AddressFamily.InterNetwork)
                {
                    return endPoint.Address;
                }
            }

            throw new AssertFailedException("nothing listens on port " + port);
        }
    }
}
