using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// Operators and the records look-up in the real browser, as a merchant would meet them on the page's keypad: the
    /// supervisor's first sign-on, cashier 02 added and signed on, a sale, the void behind the supervisor's password, and
    /// the sale found by its voucher number showing VOIDED and its operator; the host's ledger holds what the screens said.
    /// </summary>
    [TestClass]
    public sealed class EmulatorOperatorPageTests
    {
        [TestMethod]
        [Timeout(120000, CooperativeCancellation = true)]
        public async Task Cashier_02_sells_the_supervisor_approves_the_void_and_the_records_show_it_voided()
        {
            await using EmulatorSession s = await SharedBrowser.StartAsync(operators: true).ConfigureAwait(false);
            await s.WaitTextAsync("link-state", "ONLINE", 15000).ConfigureAwait(false);
            await WaitScreenAsync(s, "Operator sign-on").ConfigureAwait(false);
            await s.ScreenshotAsync("operators-signon").ConfigureAwait(false);

            // The supervisor: the factory password, changed at once; cashier 02 added; sign-off.
            await Keys(s, "0 0 ENTER 1 2 3 4 5 6 ENTER").ConfigureAwait(false);
            await WaitScreenAsync(s, "New password").ConfigureAwait(false);
            await Keys(s, "1 3 5 7 9 0 ENTER 1 3 5 7 9 0 ENTER").ConfigureAwait(false);
            await s.IdleOnlineAsync().ConfigureAwait(false);
            await Keys(s, "FUNC DOWN DOWN DOWN ENTER").ConfigureAwait(false);
            await WaitScreenAsync(s, "Cashiers").ConfigureAwait(false);
            await Keys(s, "ENTER 0 2 ENTER 1 1 1 1 1 1 ENTER CANCEL DOWN DOWN ENTER").ConfigureAwait(false);
            await WaitScreenAsync(s, "Operator sign-on").ConfigureAwait(false);

            // Cashier 02 signs on, changing the initial password, and sells 12.34.
            await Keys(s, "0 2 ENTER 1 1 1 1 1 1 ENTER 2 2 2 2 2 2 ENTER 2 2 2 2 2 2 ENTER").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "IDLE").ConfigureAwait(false);
            await Keys(s, "1 2 3 4 ENTER").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "PRESENT_CARD").ConfigureAwait(false);
            await s.ClickAsync("card-approved-swipe").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "APPROVED").ConfigureAwait(false);
            string stan = (await s.Page.Locator("#stan").TextContentAsync().ConfigureAwait(false) ?? string.Empty).Trim();
            Assert.IsTrue(stan.Length > 0, "the page shows the trace number");
            await Keys(s, "ENTER").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "IDLE").ConfigureAwait(false);

            // The void: the supervisor prompt first; a wrong password is refused and counted.
            await Keys(s, "FUNC DOWN ENTER 1").ConfigureAwait(false);
            await WaitScreenAsync(s, "Needed for: Void").ConfigureAwait(false);
            await Keys(s, "9 9 9 9 9 9 ENTER").ConfigureAwait(false);
            await WaitScreenAsync(s, "Wrong password").ConfigureAwait(false);
            await s.ScreenshotAsync("operators-void-refused").ConfigureAwait(false);
            await Keys(s, "1 3 5 7 9 0 ENTER").ConfigureAwait(false);
            await s.WaitTextAsync("txn-state", "OriginalStanEntry").ConfigureAwait(false);
            await Keys(s, string.Join(" ", Numeric(stan).ToCharArray()) + " ENTER").ConfigureAwait(false);
            await s.WaitTextAsync("txn-state", "VoidConfirm").ConfigureAwait(false);
            await Keys(s, "ENTER").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "APPROVED").ConfigureAwait(false);
            await Keys(s, "ENTER").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "IDLE").ConfigureAwait(false);

            // The records: FUNC, Transactions, 6 records, 1 by voucher no., the number: the sale, VOIDED, operator 02.
            await Keys(s, "FUNC DOWN ENTER 6 1").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "RECORD_QUERY").ConfigureAwait(false);
            await Keys(s, string.Join(" ", Numeric(stan).ToCharArray()) + " ENTER").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "RECORD_DETAIL").ConfigureAwait(false);
            string detail = await s.ScreenTextAsync().ConfigureAwait(false);
            StringAssert.Contains(detail, "VOIDED");
            StringAssert.Contains(detail, "12.34");
            StringAssert.Matches(detail, new System.Text.RegularExpressions.Regex(@"Operator\s+02\b"), "the record names cashier 02");
            Assert.IsFalse(detail.Contains(Pos.HostSim.TestCards.Approved), "the record shows the card masked");
            await s.ScreenshotAsync("operators-record-voided").ConfigureAwait(false);

            // The host's ledger has the sale and its void.
            await s.WaitTextAsync("ledger", "12.34").ConfigureAwait(false);
            string ledger = await s.Page.Locator("#ledger").TextContentAsync().ConfigureAwait(false) ?? string.Empty;
            StringAssert.Contains(ledger.ToUpperInvariant(), "VOID");
        }

        private static Task Keys(EmulatorSession s, string keys) => s.KeysAsync(keys.Split(' '));

        private static string Numeric(string stan) => int.Parse(stan, System.Globalization.CultureInfo.InvariantCulture).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

        private static async Task WaitScreenAsync(EmulatorSession s, string text)
        {
            await s.WaitTextAsync("screen-text", text).ConfigureAwait(false);
        }
    }
}
