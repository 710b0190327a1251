using System.Net;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// The merchant's limits in the emulator: set from the page's fields (the API's <c>/api/limits</c>), a sale over the
    /// limit stops on the over-limit screen before the card, and the split sales reach the host simulator's ledger; the
    /// API refuses absurd limits by name and changes nothing.
    /// </summary>
    [TestClass]
    public sealed class EmulatorLimitsTests
    {
        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task A_sale_over_the_limit_set_on_the_page_shows_the_limit_screen_and_the_split_is_approved()
        {
            await using EmulatorSession s = await SharedBrowser.StartAsync().ConfigureAwait(false);
            await s.IdleOnlineAsync().ConfigureAwait(false);
            await s.Page.Locator("#limit-sale").FillAsync("50").ConfigureAwait(false);
            await s.Page.Locator("#limit-daily").FillAsync("200.00").ConfigureAwait(false);
            await s.ClickAsync("limits-set").ConfigureAwait(false);
            await s.WaitTextAsync("limits-now", "sale 50.00, daily 200.00 (sold today 0.00), refund none").ConfigureAwait(false);

            await s.KeysAsync("8", "0", "0", "0", "ENTER").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "OVER_LIMIT").ConfigureAwait(false);
            string text = await s.ScreenTextAsync().ConfigureAwait(false);
            StringAssert.Contains(text, "LLM");
            StringAssert.Contains(text, "Over the transaction limit");
            StringAssert.Contains(text, "Amount: CNY 80.00");
            StringAssert.Contains(text, "Sale limit: CNY 50.00");
            StringAssert.Contains(text, "Split the payment");
            await s.ScreenshotAsync("limits-over").ConfigureAwait(false);

            // The split: 50.00 and 30.00, each approved; the ledger holds both.
            await s.KeysAsync("ENTER").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "AMOUNT").ConfigureAwait(false);
            await s.KeysAsync("5", "0", "0", "0", "ENTER").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "PRESENT_CARD").ConfigureAwait(false);
            await s.ClickAsync("card-approved-swipe").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "APPROVED").ConfigureAwait(false);
            await s.KeysAsync("ENTER", "3", "0", "0", "0", "ENTER").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "PRESENT_CARD").ConfigureAwait(false);
            await s.ClickAsync("card-approved-swipe").ConfigureAwait(false);
            await s.WaitExactAsync("screen-id", "APPROVED").ConfigureAwait(false);
            await s.WaitTextAsync("limits-now", "(sold today 80.00)").ConfigureAwait(false);
            await s.WaitTextAsync("ledger", "50.00").ConfigureAwait(false);
            await s.WaitTextAsync("ledger", "30.00").ConfigureAwait(false);
        }

        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task The_api_refuses_absurd_limits_by_name_and_the_daily_limit_stops_a_sale()
        {
            await using ApiSession api = await ApiSession.StartAsync();
            await api.IdleOnlineAsync();
            foreach (string query in new[] { "sale=-1", "sale=12x", "daily=100000000", "refund=1.5", string.Empty })
            {
                (HttpStatusCode status, string body) = await api.TryPostAsync("/api/limits?" + query);
                Assert.AreEqual(HttpStatusCode.BadRequest, status, query + ": " + body);
            }

            StringAssert.Contains((await api.StateAsync()).GetProperty("limits").GetString(), "sale none, daily none");
            await api.PostAsync("/api/limits?daily=5000");
            await api.KeysAsync("6", "0", "0", "0", "ENTER");
            await api.WaitAsync(s => ApiSession.Id(s) == "OVER_LIMIT", "the daily limit");
            StringAssert.Contains((await api.StateAsync()).GetProperty("screenText").GetString(), "Left today: CNY 50.00");
        }
    }
}
