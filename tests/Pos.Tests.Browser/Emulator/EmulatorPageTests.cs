using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.HostSim;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// The emulator's page in a real headless Chromium: each test starts its own emulator in-process and clicks through
    /// the page like a person (keypad, test cards, network and power controls), then checks the page's panels, the
    /// screen text (the core's <c>Screen.ToText()</c>) and the host simulator's ledger. Screenshots go to
    /// <c>screenshots/</c> in the test output folder.
    /// </summary>
    [TestClass]
    public sealed class EmulatorPageTests
    {
        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task A_purchase_with_PIN_is_approved()
        {
            await using EmulatorSession s = await Start().ConfigureAwait(false);
            await s.IdleOnlineAsync().ConfigureAwait(false);
            await s.KeysAsync("1", "0", "0", "0", "ENTER").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "PRESENT_CARD").ConfigureAwait(false);
            await s.ClickAsync("card-pin-swipe").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "PIN").ConfigureAwait(false);
            await s.KeysAsync("1", "2", "3", "4", "5", "6", "ENTER").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "APPROVED").ConfigureAwait(false);
            string text = await s.ScreenTextAsync().ConfigureAwait(false);
            StringAssert.Contains(text, "APPROVED");
            StringAssert.Contains(text, "CNY 10.00");
            StringAssert.Contains(text, "622200******0002");
            await s.WaitTextAsync("ledger", "Approved").ConfigureAwait(false);
            await s.WaitExactAsync("reversal", "none").ConfigureAwait(false);
            Assert.IsFalse((await s.Page.ContentAsync().ConfigureAwait(false)).Contains(TestCards.ApprovedWithPinCard, StringComparison.Ordinal), "clear PAN on the page");
            await s.ScreenshotAsync("a-approved").ConfigureAwait(false);
        }

        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task A_decline_51_shows_its_checklist()
        {
            await using EmulatorSession s = await Start().ConfigureAwait(false);
            await s.IdleOnlineAsync().ConfigureAwait(false);
            await s.KeysAsync("5", "0", "0", "0", "ENTER").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "PRESENT_CARD").ConfigureAwait(false);
            await s.ClickAsync("card-d51-insert").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "DECLINED").ConfigureAwait(false);
            string text = await s.ScreenTextAsync().ConfigureAwait(false);
            StringAssert.Contains(text, "51");
            StringAssert.Contains(text, "1.");
            await s.WaitExactAsync("reversal", "none").ConfigureAwait(false);
            await s.ScreenshotAsync("b-declined-51").ConfigureAwait(false);
        }

        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task An_offline_sale_is_queued_while_the_link_is_cut_and_drains_when_it_is_back()
        {
            await using EmulatorSession s = await Start().ConfigureAwait(false);
            await s.IdleOnlineAsync().ConfigureAwait(false);
            await s.ClickAsync("offline-enabled").ConfigureAwait(false); // the policy is read at boot: this reboots
            await s.WaitTextAsync("offline-policy", "allowed").ConfigureAwait(false);
            await s.WaitExactAsync("boots", "2").ConfigureAwait(false);
            await s.IdleOnlineAsync().ConfigureAwait(false);
            await s.ClickAsync("link-cut").ConfigureAwait(false);
            await s.WaitTextAsync("link-state", "OFFLINE").ConfigureAwait(false);
            await s.KeysAsync("2", "0", "0", "ENTER").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "PRESENT_CARD").ConfigureAwait(false);
            await s.ClickAsync("card-approved-insert").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "OFFLINE_APPROVED").ConfigureAwait(false);
            await s.WaitExactAsync("offline-count", "1").ConfigureAwait(false);
            await s.ScreenTextAsync().ConfigureAwait(false);
            await s.ScreenshotAsync("c-offline-approved").ConfigureAwait(false);
            await s.KeysAsync("ENTER").ConfigureAwait(false);
            await s.ClickAsync("link-restore").ConfigureAwait(false);
            await s.WaitTextAsync("link-state", "ONLINE", 15000).ConfigureAwait(false);
            await s.WaitExactAsync("offline-count", "0", 15000).ConfigureAwait(false);
            await s.WaitTextAsync("ledger", "Advice").ConfigureAwait(false);
            await s.ScreenshotAsync("c-drained").ConfigureAwait(false);
        }

        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task A_power_cut_while_waiting_for_the_host_is_reversed_after_the_reboot()
        {
            await using EmulatorSession s = await Start().ConfigureAwait(false);
            await s.IdleOnlineAsync().ConfigureAwait(false);
            await s.ClickAsync("fault-drop").ConfigureAwait(false);
            await s.WaitTextAsync("faults", "no-reply").ConfigureAwait(false);
            await s.KeysAsync("3", "0", "0", "ENTER").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "PRESENT_CARD").ConfigureAwait(false);
            await s.ClickAsync("card-approved-insert").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "PROCESSING").ConfigureAwait(false);
            await s.WaitTextAsync("reversal", "reason 98").ConfigureAwait(false);
            await s.WaitTextAsync("ledger", "Approved").ConfigureAwait(false); // the host booked it; the reply is lost
            await s.ScreenshotAsync("d-waiting").ConfigureAwait(false);
            await s.ClickAsync("power-cut").ConfigureAwait(false);
            await s.WaitExactAsync("powered", "off").ConfigureAwait(false);
            await s.ClickAsync("power-on").ConfigureAwait(false);
            await s.WaitExactAsync("powered", "on").ConfigureAwait(false);
            await s.WaitExactAsync("reversal", "none", 15000).ConfigureAwait(false);
            await s.WaitTextAsync("ledger", "Reversed").ConfigureAwait(false);
            await s.WaitTextAsync("log", "reversal").ConfigureAwait(false);
            await s.ScreenshotAsync("d-reversed").ConfigureAwait(false);
        }

        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task The_technician_menu_fails_the_WiFi_check_when_the_link_is_down_and_shows_its_checklist()
        {
            await using EmulatorSession s = await Start().ConfigureAwait(false);
            await s.IdleOnlineAsync().ConfigureAwait(false);
            await s.ClickAsync("link-cut").ConfigureAwait(false);
            await s.WaitTextAsync("link-state", "Wi-Fi DOWN").ConfigureAwait(false);
            await s.KeysAsync("FUNC").ConfigureAwait(false);
            await s.WaitTextAsync("screen-text", "Merchant menu").ConfigureAwait(false);
            await s.KeysAsync("FUNC", "9").ConfigureAwait(false);
            await s.WaitTextAsync("screen-text", "technician PIN").ConfigureAwait(false);
            await s.KeysAsync("0", "0", "0", "0", "0", "0", "ENTER").ConfigureAwait(false); // the default PIN forces a change
            await s.WaitTextAsync("screen-text", "new PIN").ConfigureAwait(false);
            await s.KeysAsync("1", "2", "3", "4", "5", "6", "ENTER").ConfigureAwait(false);
            await s.WaitTextAsync("screen-text", "again").ConfigureAwait(false);
            await s.KeysAsync("1", "2", "3", "4", "5", "6", "ENTER").ConfigureAwait(false);
            await s.WaitTextAsync("screen-text", "Technician menu").ConfigureAwait(false);
            await s.KeysAsync("2").ConfigureAwait(false);
            await s.WaitTextAsync("screen-text", "Choose a check").ConfigureAwait(false);
            await s.KeysAsync("DOWN", "DOWN", "DOWN", "DOWN", "DOWN", "DOWN", "DOWN", "DOWN", "ENTER").ConfigureAwait(false); // the ninth: Wi-Fi
            await s.WaitTextAsync("screen-text", "Self-test results").ConfigureAwait(false);
            string summary = await s.ScreenTextAsync().ConfigureAwait(false);
            StringAssert.Matches(summary, new System.Text.RegularExpressions.Regex(@"Wi-Fi link and signal +FAIL"));
            await s.KeysAsync("ENTER").ConfigureAwait(false);
            await s.WaitTextAsync("screen-text", "Check the Wi-Fi name and password").ConfigureAwait(false);
            string checklist = await s.ScreenTextAsync().ConfigureAwait(false);
            StringAssert.Contains(checklist, "link down");
            await s.WaitTextAsync("log", "link:").ConfigureAwait(false);
            Assert.IsFalse((await s.Page.Locator("#log").TextContentAsync().ConfigureAwait(false))!.Contains("123456", StringComparison.Ordinal), "the PIN is never logged");
            await s.ScreenshotAsync("e-wifi-checklist").ConfigureAwait(false);
        }

        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task Over_TLS_the_terminal_signs_in_and_a_sale_is_approved()
        {
            await using EmulatorSession s = await Start(tls: true).ConfigureAwait(false);
            Assert.IsTrue(s.Host.HostSim!.UsesTls);
            await s.IdleOnlineAsync().ConfigureAwait(false);
            await s.KeysAsync("2", "0", "0", "ENTER").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "PRESENT_CARD").ConfigureAwait(false);
            await s.ClickAsync("card-approved-tap").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "APPROVED").ConfigureAwait(false);
            await s.WaitTextAsync("ledger", "Approved").ConfigureAwait(false);
            await s.WaitTextAsync("log", "host over TLS").ConfigureAwait(false);
            Assert.DoesNotContain("TLS handshake", await s.Page.Locator("#log").TextContentAsync().ConfigureAwait(false) ?? string.Empty);
        }

        private static Task<EmulatorSession> Start(bool tls = false) => SharedBrowser.StartAsync(tls);
    }
}
