using System.Net.Sockets;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.HostSim;

namespace Pos.Tests.Host.HostSim
{
    /// <summary>
    /// The control port bounds what a client can make it hold or echo: a line over
    /// <see cref="ControlServer.MaxLineBytes"/> gets one short error and a close; an unknown command, a binary one or a
    /// bad argument is answered with an error quoting a few dozen printable characters at most.
    /// </summary>
    [TestClass]
    public sealed class HostSimControlBadInputTests
    {
        private const int ShortAnswer = 200;

        [TestMethod]
        public void A_one_megabyte_line_gets_one_short_error_and_the_connection_closes()
        {
            using var sim = new HostSimulator().Start(0, 0);
            using var client = new TcpClient("127.0.0.1", sim.ControlPort);
            NetworkStream stream = client.GetStream();
            stream.ReadTimeout = 5000;
            byte[] line = new byte[1 << 20];
            Array.Fill(line, (byte)'x');
            line[^1] = (byte)'\n';

            // The server stops reading after 4 KiB, so the rest may never be taken: write on another task.
            Task writing = Task.Run(() =>
            {
                try
                {
                    stream.Write(line);
                }
                catch (IOException)
                {
                    // Closed (reset) under the writer: expected.
                }
            });
            string answer = ReadToClose(stream);
            Assert.IsTrue(writing.Wait(5000), "the writer ends once the server has closed");

            Assert.AreEqual("error: line over " + ControlServer.MaxLineBytes + " bytes; closing\n", answer);
        }

        [TestMethod]
        public void A_line_just_within_the_bound_is_served_and_the_next_command_too()
        {
            using var sim = new HostSimulator().Start(0, 0);
            using var client = new TcpClient("127.0.0.1", sim.ControlPort);
            NetworkStream stream = client.GetStream();
            stream.ReadTimeout = 5000;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            string word = new('y', ControlServer.MaxLineBytes - 1);

            stream.Write(Encoding.ASCII.GetBytes(word + "\nclear\n"));

            string first = reader.ReadLine()!;
            Assert.AreEqual("error: unknown command " + new string('y', ControlCommands.MaxQuoted) + "... (try help)", first);
            Assert.AreEqual("ok", reader.ReadLine());
        }

        [TestMethod]
        public void Binary_garbage_is_answered_with_short_printable_errors_and_the_port_still_serves()
        {
            using var sim = new HostSimulator().Start(0, 0);
            using var client = new TcpClient("127.0.0.1", sim.ControlPort);
            NetworkStream stream = client.GetStream();
            stream.ReadTimeout = 5000;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            byte[] garbage = new byte[3000];
            new Random(7).NextBytes(garbage);
            for (int i = 0; i < garbage.Length; i++)
            {
                // Newlines only where the test puts them; every other byte value, NUL and invalid UTF-8 included.
                garbage[i] = garbage[i] == (byte)'\n' ? (byte)0xFF : garbage[i];
            }

            stream.Write(garbage);
            stream.Write("\nhelp\n"u8);

            var answers = new List<string>();
            for (string? text = reader.ReadLine(); text != null && text != "ok"; text = reader.ReadLine())
            {
                answers.Add(text);
            }

            Assert.IsNotEmpty(answers);
            StringAssert.StartsWith(answers[0], "error: unknown command ");
            Assert.IsLessThan(ShortAnswer, answers[0].Length, answers[0]);
            Assert.IsTrue(answers[0].All(c => c is >= ' ' and <= '~'), "printable ASCII only: " + answers[0]);
            Assert.Contains(a => a.StartsWith("faults ", StringComparison.Ordinal), answers, "help was served after the garbage");
        }

        [TestMethod]
        [DataRow("fault ", "unknown fault ")]
        [DataRow("fault delay ", "not a number: ")]
        [DataRow("batch 10000001 ", "not a number: ")]
        [DataRow("batch ", "not a terminal id (1 to 8 letters or digits): ")]
        [DataRow("require-signin ", "not a terminal id (1 to 8 letters or digits): ")]
        [DataRow("header ", "not a terminal id (1 to 8 letters or digits): ")]
        [DataRow("totals ", "not a terminal id (1 to 8 letters or digits): ")]
        public void A_long_argument_is_quoted_short_in_the_error(string command, string error)
        {
            using var sim = new HostSimulator();
            string argument = new('z', 3000);

            string answer = sim.Execute(command + argument + " 1");

            StringAssert.StartsWith(answer, "error: " + error + new string('z', ControlCommands.MaxQuoted) + "...");
            Assert.IsLessThan(ShortAnswer + 300, answer.Length, "(the fault error lists the kinds too) " + answer);
            Assert.AreEqual(-1, sim.Host.BatchOf(argument), "no terminal kept under a long id");
        }

        private static string ReadToClose(NetworkStream stream)
        {
            var bytes = new MemoryStream();
            byte[] buffer = new byte[256];
            try
            {
                for (int n = stream.Read(buffer); n > 0; n = stream.Read(buffer))
                {
                    bytes.Write(buffer, 0, n);
                    Assert.IsLessThan(4096L, bytes.Length, "the answer stays short");
                }
            }
            catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionReset })
            {
                // The server closed with our unread megabyte pending: a reset after its answer.
            }

            return Encoding.UTF8.GetString(bytes.ToArray());
        }
    }
}
