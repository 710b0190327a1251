using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// The bad-card reproduction of issue 10 at the emulator's HTTP API, without a browser: a card with expiry 12AB or
    /// service code 2X1 (<c>POST /api/card?…&amp;expiry=12AB</c>) once threw from the packer and stopped the whole
    /// process. Now the card prompt stays, explains "Card data invalid", the process answers, and a good card then
    /// goes through. Waits are bounded polls of <c>/api/state</c> (the emulator runs in real time).
    /// </summary>
    [TestClass]
    public sealed class EmulatorBadCardApiTests
    {
        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task A_card_with_a_bad_expiry_or_service_code_shows_card_data_invalid_and_the_terminal_goes_on()
        {
            await using ApiSession api = await ApiSession.StartAsync();
            await api.IdleOnlineAsync();
            await api.KeysAsync("1", "2", "3", "enter");
            await api.WaitAsync(s => ApiSession.Id(s) == "PRESENT_CARD");
            foreach (string bad in new[] { "&expiry=12AB", "&service=2X1" })
            {
                await api.PostAsync("/api/card?pan=6222000000000001&mode=swipe" + bad);
                JsonElement state = await api.WaitAsync(s => s.GetProperty("screenText").GetString()!.Contains("Card data invalid", StringComparison.Ordinal));
                Assert.AreEqual("PRESENT_CARD", ApiSession.Id(state), bad);
                Assert.AreEqual("none", state.GetProperty("reversal").GetString(), bad);
            }

            Assert.IsFalse(api.Host.Log.Since(0).Any(l => l.ToString()!.Contains("guard: fault", StringComparison.Ordinal)), "no fault reached the guard");
            await api.PostAsync("/api/card?pan=6222000000000001&mode=swipe");
            await api.WaitAsync(s => ApiSession.Id(s) == "APPROVED");
        }
    }
}
