using System.Net.Sockets;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Hal.Net;
using Pos.HostSim;

namespace Pos.Tests.Host.HostSim
{
    /// <summary>The control port and the connection habits of the TCP server.</summary>
    [TestClass]
    public sealed class HostSimControlTests
    {
        [TestMethod]
        public void Control_commands_over_the_control_port_arm_faults_list_the_ledger_and_reset()
        {
            using var sim = new HostSimulator().Start(0, 0);
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn();
            Assert.IsTrue(terminal.Financial(terminal.Card(TransactionType.Purchase, TestCards.Approved, 250)).Approved);
            using var client = new TcpClient("127.0.0.1", sim.ControlPort);
            using var reader = new StreamReader(client.GetStream(), Encoding.UTF8);
            using var writer = new StreamWriter(client.GetStream(), new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = true };

            string Command(string line)
            {
                writer.WriteLine(line);
                var answer = new StringBuilder();
                while (reader.ReadLine() is { } text)
                {
                    answer.Append(text).Append('\n');
                    if (text == "ok" || text.StartsWith("error:", StringComparison.Ordinal))
                    {
                        break;
                    }
                }

                return answer.ToString();
            }

            StringAssert.Contains(Command("fault close-after-read 2 mti 0200"), "armed close-after-read x2 mti 0200");
            StringAssert.Contains(Command("faults"), "close-after-read x2");
            StringAssert.Contains(Command("ledger"), "Purchase 250 Approved 622200******0001");
            StringAssert.Contains(Command("totals 10000001 1"), "domestic debit 250/1");
            StringAssert.StartsWith(Command("fault nonsense"), "error: unknown fault nonsense");
            StringAssert.StartsWith(Command("bogus"), "error: unknown command");
            Assert.AreEqual("ok\n", Command("require-signin 10000001"));
            Assert.AreEqual("ok\n", Command("reset"));
            Assert.IsEmpty(sim.Faults.Armed);
            Assert.IsEmpty(sim.Ledger.Entries);
            StringAssert.Contains(Command("cards"), TestCards.Generic);
        }

        [TestMethod]
        public void Several_exchanges_on_one_connection_are_answered_in_turn()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            using var client = new TcpClient("127.0.0.1", sim.Port);
            NetworkStream stream = client.GetStream();
            stream.ReadTimeout = 5000;
            var request = new IsoMessage();
            byte[] frame = new byte[256];

            for (int stan = 1; stan <= 3; stan++)
            {
                terminal.Builder.EchoTest(request, stan, 1);
                int length = terminal.Packager.Pack(request, null, frame, 0);
                stream.Write(frame, 0, length);
                byte[] prefix = new byte[FramePrefix.Size];
                stream.ReadExactly(prefix);
                byte[] reply = FramePrefix.NewFrame(prefix, 0, FramePrefix.MaxLength)!;
                stream.ReadExactly(reply, FramePrefix.Size, reply.Length - FramePrefix.Size);
                var message = new IsoMessage();
                terminal.Packager.Unpack(reply, 0, reply.Length, message, null);
                var reader = new ManagementReply();
                reader.Read(request, message);
                Assert.AreEqual("00", reader.ResponseCode);
            }

            Assert.AreEqual(1, sim.Connections);
        }
    }
}
