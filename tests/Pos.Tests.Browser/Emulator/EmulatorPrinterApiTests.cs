using System.Buffers.Binary;
using System.Net;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Emulator;
using Pos.Hal;
using Pos.Hal.Emulated;
using Pos.HostSim;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// The emulator's receipt printer through its API (the page's printer panel calls the same endpoints): faults set
    /// and cleared, now or after so many lines; the roll's picture exactly width × (lines + cuts) and its tail; tearing
    /// off; the roll kept across a power cut; <c>--printer 80</c> and <c>none</c>. Lines are put on the roll straight
    /// through <see cref="EmulatedTerminal.Printer"/>, the way the terminal's print queue does.
    /// </summary>
    [TestClass]
    public sealed class EmulatorPrinterApiTests
    {
        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task Faults_are_set_and_cleared_now_or_after_so_many_lines_and_bad_values_are_refused()
        {
            await using ApiSession api = await ApiSession.StartAsync();
            await api.IdleOnlineAsync();
            JsonElement printer = await GetPrinterAsync(api);
            Assert.AreEqual("ready", printer.GetProperty("status").GetString());
            Assert.AreEqual(384, printer.GetProperty("width").GetInt32(), "58 mm by default");
            Assert.AreEqual("ready", (await api.StateAsync()).GetProperty("printerStatus").GetString());

            foreach (string fault in new[] { "paper-out", "cover-open", "overheated", "offline", "ready" })
            {
                Assert.AreEqual(fault, (await api.PostAsync("/api/printer?fault=" + fault)).GetProperty("status").GetString());
                Assert.AreEqual(fault, (await GetPrinterAsync(api)).GetProperty("status").GetString());
                Assert.AreEqual(fault, (await api.StateAsync()).GetProperty("printerStatus").GetString(), "the snapshot the page reads");
            }

            // The roll runs out 10 lines into a 16-line band: 10 reach the paper, the answer says why the rest did not.
            Assert.AreEqual("ready", (await api.PostAsync("/api/printer?fault=paper-out&after=10")).GetProperty("status").GetString(), "not yet");
            EmulatedPrinter device = api.Host.Device.Printer!;
            Assert.AreEqual((PrinterStatus.PaperOut, 10), await PrinterDriver.RunAsync(device, id => device.PrintLines(id, PrinterDriver.Lines(device, 16), 0, 16)));
            printer = await GetPrinterAsync(api);
            Assert.AreEqual("paper-out", printer.GetProperty("status").GetString());
            Assert.AreEqual(10, printer.GetProperty("lines").GetInt32());
            await api.PostAsync("/api/printer?fault=ready");
            Assert.AreEqual((PrinterStatus.Ready, 6), await PrinterDriver.RunAsync(device, id => device.PrintLines(id, PrinterDriver.Lines(device, 16), 10 * 48, 6)));
            Assert.AreEqual(16, (await GetPrinterAsync(api)).GetProperty("lines").GetInt32());
            string recording = api.Host.Device.RecordingText();
            foreach (string line in new[] { "printer on", "printer paper-out", "printer cover-open", "printer ready", "printer paper 10" })
            {
                StringAssert.Contains(recording, "\n" + line + "\n", "recorded as a scenario command");
            }

            foreach (string bad in new[] { "fault=jammed", "fault=paperout", "fault=", "fault=paper-out&after=-1", "fault=paper-out&after=100001",
                "fault=paper-out&after=lots", "fault=ready&after=5", "after=5", "fault=" + new string('x', 5000) })
            {
                (HttpStatusCode status, string body) = await api.TryPostAsync("/api/printer?" + bad);
                Assert.AreEqual(HttpStatusCode.BadRequest, status, bad + " → " + body);
                Assert.IsTrue(JsonDocument.Parse(body).RootElement.GetProperty("allowed").GetArrayLength() > 0, bad + ": lists the allowed values");
            }

            foreach (string bad in new[] { "0", "-1", "lots", "1000001" })
            {
                using HttpResponseMessage response = await api.Http.GetAsync("/api/printer.png?tail=" + bad);
                Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode, "tail=" + bad);
            }

            Assert.AreEqual("ready", (await GetPrinterAsync(api)).GetProperty("status").GetString(), "no bad request changed it");
        }

        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task The_roll_picture_is_width_by_lines_plus_cuts_and_it_outlives_a_power_cut_until_torn_off()
        {
            await using ApiSession api = await ApiSession.StartAsync();
            await api.IdleOnlineAsync();
            EmulatedPrinter device = api.Host.Device.Printer!;
            Assert.AreEqual((384, 1), await PictureSizeAsync(api, string.Empty), "an empty roll: one blank row");

            Assert.AreEqual((PrinterStatus.Ready, 30), await PrinterDriver.RunAsync(device, id => device.PrintLines(id, PrinterDriver.Lines(device, 30), 0, 30)));
            Assert.AreEqual((PrinterStatus.Ready, 0), await PrinterDriver.RunAsync(device, device.Cut));
            Assert.AreEqual((PrinterStatus.Ready, 12), await PrinterDriver.RunAsync(device, id => device.Feed(id, 12)));
            Assert.AreEqual((PrinterStatus.Ready, 0), await PrinterDriver.RunAsync(device, device.Cut));

            JsonElement printer = await GetPrinterAsync(api);
            Assert.AreEqual(42, printer.GetProperty("lines").GetInt32());
            Assert.AreEqual(2, printer.GetProperty("cuts").GetInt32());
            Assert.AreEqual("[30,42]", printer.GetProperty("cutAt").GetRawText());
            Assert.AreEqual((384, 42 + 2), await PictureSizeAsync(api, string.Empty), "width × (lines + cuts)");
            Assert.AreEqual((384, 12 + 2), await PictureSizeAsync(api, "?tail=12"), "the feed with the cut above it and the last one");
            Assert.AreEqual((384, 44), await PictureSizeAsync(api, "?tail=1000000"));
            JsonElement state = await api.WaitAsync(s => s.GetProperty("printerLines").GetInt32() == 42, "for the snapshot's lines");
            Assert.AreEqual(2, state.GetProperty("printerCuts").GetInt32());
            Assert.AreEqual(384, state.GetProperty("printerWidthDots").GetInt32());

            // The printer is not the terminal's: a power cut leaves the roll, and the new terminal prints on it.
            await api.PostAsync("/api/power/reboot");
            await api.WaitAsync(s => s.GetProperty("boots").GetInt32() == 2 && s.GetProperty("powered").GetBoolean(), "for the reboot");
            Assert.AreEqual(42, (await GetPrinterAsync(api)).GetProperty("lines").GetInt32(), "kept across the power cut");

            printer = await api.PostAsync("/api/printer/tear");
            Assert.AreEqual(0, printer.GetProperty("lines").GetInt32());
            Assert.AreEqual(0, printer.GetProperty("cuts").GetInt32());
            Assert.AreEqual((384, 1), await PictureSizeAsync(api, string.Empty), "torn off");
        }

        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task A_sale_prints_its_two_slips_at_once_each_printer_answer_waking_the_terminal()
        {
            await using ApiSession api = await ApiSession.StartAsync();
            await api.IdleOnlineAsync();
            await api.KeysAsync("5", "0", "0", "ENTER");
            await api.WaitAsync(s => ApiSession.Id(s) == "PRESENT_CARD");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await api.PostAsync("/api/card?pan=" + TestCards.Approved + "&mode=insert");
            JsonElement done = await api.WaitAsync(s => s.GetProperty("printerCuts").GetInt32() == 2 && s.GetProperty("printerWaiting").GetInt32() == 0, "for both slips");
            long ms = clock.ElapsedMilliseconds;
            Console.WriteLine("sale and two slips, " + done.GetProperty("printerLines").GetInt32() + " dot lines, in " + ms + " ms");
            // About 50 printer requests (a band of rows each, the feeds and the cuts): with no wake-up each answer waits
            // for the loop's 250 ms nap, 13 s measured; woken by each answer, about 0.1 s.
            Assert.IsTrue(ms < 5000, "the slips took " + ms + " ms");
            Assert.AreEqual(1, api.Host.HostSim!.Ledger.Entries.Count());
            Assert.AreEqual("APPROVED", ApiSession.Id(done), "the sale's screen stays while its slips print");
        }

        [TestMethod]
        [Timeout(120000, CooperativeCancellation = true)]
        public async Task A_roll_running_out_in_a_sale_is_recorded_and_replays_headless_and_on_another_emulator()
        {
            string recording;
            await using (ApiSession api = await ApiSession.StartAsync())
            {
                await api.IdleOnlineAsync();
                await api.PostAsync("/api/printer?fault=paper-out&after=300");
                await api.SaleAsync("5", TestCards.Approved, "insert", "APPROVED");
                await api.WaitAsync(s => s.GetProperty("printerStatus").GetString() == "paper-out", "for the roll to end");
                Assert.AreEqual(300, (await GetPrinterAsync(api)).GetProperty("lines").GetInt32());
                recording = await api.Http.GetStringAsync("/api/recording");
            }

            StringAssert.Contains(recording, "\nprinter on\n");
            StringAssert.Contains(recording, "\nprinter paper 300\n");
            string file = Path.Combine(Path.GetTempPath(), "pos-printer-" + Guid.NewGuid().ToString("N") + ".txt");
            try
            {
                await File.WriteAllTextAsync(file, recording);
                var output = new StringWriter();
                Assert.AreEqual(0, HeadlessRunner.Run(file, output, new EmulatorOptions { Locale = "en-US" }), output.ToString());
            }
            finally
            {
                File.Delete(file);
            }

            await using ApiSession replay = await ApiSession.StartAsync();
            await replay.PostAsync("/api/scenario", recording);
            JsonElement state = await replay.WaitAsync(s => s.GetProperty("printerStatus").GetString() == "paper-out", "for the replayed roll to end");
            for (int i = 0; i < 600 && JsonDocument.Parse(await replay.Http.GetStringAsync("/api/scenario")).RootElement.GetProperty("running").GetBoolean(); i++)
            {
                await Task.Delay(50);
            }

            JsonElement status = JsonDocument.Parse(await replay.Http.GetStringAsync("/api/scenario")).RootElement;
            Assert.AreEqual(JsonValueKind.Null, status.GetProperty("failure").ValueKind, status.ToString());
            Assert.AreEqual(300, (await GetPrinterAsync(replay)).GetProperty("lines").GetInt32(), "the slip stopped at the same line");
            Assert.AreEqual(0, state.GetProperty("printerCuts").GetInt32());
        }

        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task The_printer_option_sets_an_80_mm_head_or_none()
        {
            Assert.AreEqual(576, EmulatorOptions.Parse(new[] { "--printer", "80" }).PrinterWidthDots);
            Assert.AreEqual(384, EmulatorOptions.Parse(new[] { "--printer", "58" }).PrinterWidthDots);
            Assert.AreEqual(384, EmulatorOptions.Parse(Array.Empty<string>()).PrinterWidthDots, "58 mm by default");
            Assert.AreEqual(0, EmulatorOptions.Parse(new[] { "--printer", "none" }).PrinterWidthDots);
            ArgumentException e = Assert.ThrowsExactly<ArgumentException>(() => EmulatorOptions.Parse(new[] { "--printer", "57" }));
            StringAssert.Contains(e.Message, "none, 58, 80");
            StringAssert.Contains(EmulatorOptions.Usage, "--printer none|58|80");

            await using (EmulatorHost wide = await StartAsync(576))
            {
                using var api = new ApiClient(wide.Url);
                Assert.AreEqual(576, (await GetPrinterAsync(api)).GetProperty("width").GetInt32());
                Assert.AreEqual((576, 1), await PictureSizeAsync(api, string.Empty));
            }

            await using EmulatorHost none = await StartAsync(0);
            using var plain = new ApiClient(none.Url);
            Assert.IsNull(none.Device.Printer);
            await plain.WaitAsync(s => s.GetProperty("powered").GetBoolean(), "for power");
            Assert.AreEqual("none", (await plain.StateAsync()).GetProperty("printerStatus").GetString());
            foreach (string path in new[] { "/api/printer", "/api/printer.png" })
            {
                using HttpResponseMessage response = await plain.Http.GetAsync(path);
                Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode, path);
            }

            Assert.AreEqual(HttpStatusCode.NotFound, (await plain.TryPostAsync("/api/printer?fault=paper-out")).Status);
            Assert.AreEqual(HttpStatusCode.NotFound, (await plain.TryPostAsync("/api/printer/tear")).Status);
        }

        private static async Task<EmulatorHost> StartAsync(int widthDots)
        {
            var host = new EmulatorHost(new EmulatorOptions { FastLink = true, Locale = "en-US", PrinterWidthDots = widthDots });
            await host.StartAsync();
            return host;
        }

        private static async Task<JsonElement> GetPrinterAsync(ApiClient api) =>
            JsonDocument.Parse(await api.Http.GetStringAsync("/api/printer")).RootElement.Clone();

        // The PNG's width and height from its IHDR chunk.
        private static async Task<(int Width, int Height)> PictureSizeAsync(ApiClient api, string query)
        {
            byte[] png = await api.Http.GetByteArrayAsync("/api/printer.png" + query);
            return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        }
    }
}
