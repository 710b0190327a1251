using System.Net.Http;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// The emulator as a process (<c>dotnet Pos.Emulator.dll</c>): by default a free port and a fresh temporary data
    /// folder deleted on exit, so nothing leaks from one run to the next; <c>--data DIR</c> keeps its folder; SIGTERM
    /// stops it cleanly like Ctrl+C (exit code 0, flash files closed).
    /// </summary>
    [TestClass]
    public sealed class EmulatorProcessTests
    {
        [TestMethod]
        [Timeout(90000, CooperativeCancellation = true)]
        public async Task By_default_two_runs_get_their_own_free_port_and_temporary_data_folder_and_SIGTERM_deletes_it()
        {
            await using EmulatorProcess first = await EmulatorProcess.StartAsync();
            await using EmulatorProcess second = await EmulatorProcess.StartAsync();
            Assert.AreNotEqual(first.Url, second.Url, "each run its own free port");
            Assert.AreNotEqual(first.Data, second.Data, "each run its own data folder");
            foreach (EmulatorProcess run in new[] { first, second })
            {
                using var http = new HttpClient();
                StringAssert.Contains(await http.GetStringAsync(new Uri(run.Url, "api/state")), "\"powered\":true");
                Assert.IsTrue(Directory.Exists(run.Data), run.Data);
                StringAssert.StartsWith(run.Data, Path.GetTempPath().TrimEnd('/'), "a temporary folder");
                Assert.AreEqual(0, await run.TerminateAsync(), "SIGTERM is a clean stop");
                StringAssert.Contains(run.Output, "stopping");
                Assert.IsFalse(Directory.Exists(run.Data), "the temporary data folder is deleted on exit");
            }
        }

        [TestMethod]
        [Timeout(90000, CooperativeCancellation = true)]
        public async Task With_data_DIR_and_port_N_the_folder_is_kept_across_runs_and_SIGTERM_leaves_its_journal_readable()
        {
            string dir = Path.Combine(Path.GetTempPath(), "pos-emu-keep-" + Guid.NewGuid().ToString("N"));
            try
            {
                var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
                probe.Start();
                int port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
                probe.Stop();
                await using (EmulatorProcess run = await EmulatorProcess.StartAsync("--data", dir, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                {
                    Assert.AreEqual(dir, run.Data);
                    Assert.AreEqual(port, run.Url.Port, "--port still fixes the port");
                    using var http = new HttpClient();
                    await http.PostAsync(new Uri(run.Url, "api/offline/on"), null); // a setting written to the journal
                    Assert.AreEqual(0, await run.TerminateAsync());
                }

                Assert.IsTrue(Directory.GetFiles(dir).Length > 0, "the flash files stay");
                await using (EmulatorProcess again = await EmulatorProcess.StartAsync("--data", dir))
                {
                    using var http = new HttpClient();
                    string state = await http.GetStringAsync(new Uri(again.Url, "api/state"));
                    StringAssert.Contains(state, "\"recovery\":\"clean", "the journal was closed cleanly: " + state[..Math.Min(400, state.Length)]);
                    Assert.AreEqual(0, await again.TerminateAsync());
                }

                Assert.IsTrue(Directory.Exists(dir), "--data is never deleted");
            }
            finally
            {
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, true);
                }
            }
        }
    }
}
