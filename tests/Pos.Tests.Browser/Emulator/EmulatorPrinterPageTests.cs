using System.Net.Http;
using System.Text.Json;
using Microsoft.Playwright;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Localization;
using static Microsoft.Playwright.Assertions;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// The paper roll beside the screen in a real headless Chromium: the printer panel's fault buttons, the roll's
    /// picture (the printer's own raster lines, one pixel a dot, a grey row a cut) growing as slips print and cleared
    /// when torn off; and the slips a sale prints: the merchant's and the cardholder's copies of an approved sale, a
    /// decline slip, and a sale whose paper runs out in the middle of its slip, finished once paper is loaded while the
    /// host has the sale exactly once.
    /// </summary>
    [TestClass]
    public sealed class EmulatorPrinterPageTests
    {
        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task The_printer_panel_sets_and_clears_faults_and_shows_the_roll_beside_the_screen()
        {
            await using EmulatorSession s = await SharedBrowser.StartAsync();
            await s.IdleOnlineAsync();
            await s.WaitExactAsync("printer-status", "ready");
            await s.WaitTextAsync("printer-roll", "58 mm");
            (string Button, string Status)[] clicks =
            {
                ("printer-paper-out", "paper-out"), ("printer-load-paper", "ready"), ("printer-cover-open", "cover-open"), ("printer-cover-close", "ready"),
            };
            foreach ((string button, string status) in clicks)
            {
                await s.ClickAsync(button);
                await s.WaitExactAsync("printer-status", status);
            }

            // Beside the screen: the roll's left edge is right of the bezel's right edge, level with it.
            LocatorBoundingBoxResult bezel = (await s.Page.Locator("#bezel").BoundingBoxAsync())!;
            LocatorBoundingBoxResult paper = (await s.Page.Locator("#paper").BoundingBoxAsync())!;
            Assert.IsTrue(paper.X >= bezel.X + bezel.Width && paper.Y < bezel.Y + bezel.Height, "paper at " + paper.X + "," + paper.Y);

            // The roll runs out 100 lines on: a 150-line slip stops there; load paper and the rest prints.
            await s.Page.Locator("#printer-after").FillAsync("100");
            await s.ClickAsync("printer-run-out");
            var printer = s.Host.Device.Printer!;
            Assert.AreEqual((Pos.Hal.PrinterStatus.PaperOut, 100), await PrinterDriver.SlipAsync(printer, 150));
            await s.WaitExactAsync("printer-status", "paper-out");
            await RollShownAsync(s, 100, 0);
            await s.ClickAsync("printer-load-paper");
            await s.WaitExactAsync("printer-status", "ready");
            await PrinterDriver.SlipAsync(printer, 50);
            await RollShownAsync(s, 150, 1);
            await s.WaitTextAsync("printer-roll", "150 dot lines · 1 cuts");
            await s.ScreenshotAsync("p-printer-panel");

            await s.ClickAsync("printer-tear");
            await s.WaitTextAsync("printer-roll", "0 dot lines · 0 cuts");
            await Expect(s.Page.Locator("#roll")).ToHaveAttributeAsync("data-roll", "0/0");
            Assert.IsNull(await s.Page.Locator("#roll").GetAttributeAsync("src"), "nothing shown once torn off");
        }

        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task An_approved_sale_prints_the_merchant_and_the_cardholder_slip()
        {
            await using EmulatorSession s = await SharedBrowser.StartAsync();
            await s.IdleOnlineAsync();
            int[] cuts = await SlipsAsync(s, "card-approved-insert", "APPROVED", 2);
            Assert.IsTrue(cuts[0] > 200 && cuts[1] - cuts[0] > 200, "the merchant's copy, then the cardholder's: cut at " + string.Join(", ", cuts));
            await s.WaitTextAsync("ledger", "Approved");
            Assert.AreEqual(1, s.Host.HostSim!.Ledger.Entries.Count(), "one sale on the host");
            await s.ScreenshotAsync("p-sale-slips");
        }

        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task A_declined_sale_prints_a_decline_slip()
        {
            await using EmulatorSession s = await SharedBrowser.StartAsync();
            await s.IdleOnlineAsync();
            using var http = new HttpClient();
            (await http.PostAsync(new Uri(s.Host.Url, "api/locale/zh-CN"), null)).EnsureSuccessStatusCode(); // the merchant's Chinese
            int[] cuts = await SlipsAsync(s, "card-d51-insert", "DECLINED", 1);
            Assert.IsTrue(cuts[0] > 100, "one decline slip, cut at " + cuts[0]);

            // What the roll holds, as text: the decline slip in Chinese with the reason for 51 and what to do.
            using JsonDocument slips = JsonDocument.Parse(await http.GetStringAsync(new Uri(s.Host.Url, "api/printer/slips")));
            JsonElement last = slips.RootElement[slips.RootElement.GetArrayLength() - 1];
            Assert.AreEqual("decline", last.GetProperty("kind").GetString());
            string text = last.GetProperty("text").GetString()!;
            Console.WriteLine(text);
            int key = Catalog.KeyForCode("51");
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiSlipDeclineTitle), text);
            Assert.Contains(Catalog.CodeTitle(Locale.ZhCn, "51"), text, "the reason");
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiSlipSteps), text);
            string step = Catalog.Step(Locale.ZhCn, key, 0);
            Assert.Contains(step[..Math.Min(8, step.Length)], text, "the first step");
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiSlipNotCharged), text);
            await s.ScreenshotAsync("p-decline-slip");
        }

        [TestMethod]
        [Timeout(90000, CooperativeCancellation = true)]
        public async Task Paper_running_out_in_a_sale_shows_the_printer_checklist_and_the_slips_finish_when_paper_is_loaded()
        {
            await using EmulatorSession s = await SharedBrowser.StartAsync();
            await s.IdleOnlineAsync();
            await s.Page.Locator("#printer-after").FillAsync("200");
            await s.ClickAsync("printer-run-out");
            await SellAsync(s, "card-approved-insert", "APPROVED");
            await s.WaitExactAsync("printer-status", "paper-out", 15000);
            await s.WaitTextAsync("printer-roll", "200 dot lines · 0 cuts");
            await s.WaitTextAsync("printer-roll", "1 slips waiting");
            await s.WaitTextAsync("ledger", "Approved");

            // Back at idle the terminal asks for paper: the checklist of the printer's local code LPP (paper out).
            await s.KeysAsync("CANCEL");
            await s.WaitTextAsync("screen-text", "LPP", 15000);
            await s.WaitTextAsync("printer-roll", "its checklist on the screen");
            await s.ScreenTextAsync();
            await s.ScreenshotAsync("p-paper-out");
            Assert.AreEqual(1, s.Host.HostSim!.Ledger.Entries.Count(), "the sale once on the host");

            await s.ClickAsync("printer-load-paper");
            await s.WaitExactAsync("printer-status", "ready");
            await s.WaitTextAsync("printer-roll", "· 2 cuts", 15000);
            await s.WaitTextAsync("printer-roll", "0 slips waiting");
            (int lines, int cuts) = await RollShownAsync(s);
            Assert.AreEqual(2, cuts, "both slips finished");
            Assert.IsTrue(lines > 200, lines + " dot lines");
            Assert.AreEqual(1, s.Host.HostSim!.Ledger.Entries.Count(), "still once on the host");
            Assert.AreEqual(1, await s.Page.Locator("#ledger tr").CountAsync(), "one row in the page's ledger");
            await s.ScreenshotAsync("p-paper-loaded");
        }

        // 100.00 keyed, the card clicked, the result screen waited for.
        private static async Task SellAsync(EmulatorSession s, string card, string result)
        {
            await s.KeysAsync("1", "0", "0", "0", "0", "ENTER");
            await s.WaitExactAsync("screen-id", "PRESENT_CARD");
            await s.ClickAsync(card);
            await s.WaitExactAsync("screen-id", result, 15000);
        }

        // A sale with the card from idle to its result screen, then its slips waited for on the page (the picture checked
        // against the roll): where the paper was cut.
        private static async Task<int[]> SlipsAsync(EmulatorSession s, string card, string result, int slips)
        {
            await SellAsync(s, card, result);
            await s.WaitTextAsync("printer-roll", "· " + slips + " cuts", 15000);
            (int lines, int cuts) = await RollShownAsync(s);
            Assert.AreEqual(slips, cuts);
            int[] at = s.Host.Device.Printer!.Cuts;
            Assert.AreEqual(lines, at[^1], "nothing after the last cut");
            return at;
        }

        // Waits until the page's roll picture shows the roll as it is now (or as given), and checks its size against it.
        private static async Task<(int Lines, int Cuts)> RollShownAsync(EmulatorSession s, int? lines = null, int? cuts = null)
        {
            var printer = s.Host.Device.Printer!;
            int l = lines ?? printer.LineCount;
            int c = cuts ?? printer.Cuts.Length;
            ILocator roll = s.Page.Locator("#roll");
            await Expect(roll).ToHaveAttributeAsync("data-roll", l + "/" + c, new LocatorAssertionsToHaveAttributeOptions { Timeout = 10000 });
            int[] size = await roll.EvaluateAsync<int[]>("img => [img.naturalWidth, img.naturalHeight]");
            Assert.AreEqual(printer.WidthDots, size[0], "one pixel a dot");
            Assert.AreEqual(l + c, size[1], "one row a line, one a cut");
            bool atEnd = await s.Page.Locator("#paper").EvaluateAsync<bool>("p => p.scrollTop + p.clientHeight >= p.scrollHeight - 2");
            Assert.IsTrue(atEnd, "the newest paper in view");
            return (l, c);
        }
    }
}
