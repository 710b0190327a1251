using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// The transaction records on the emulator, by keys only (FUNC, Transactions, 6; docs/EMULATOR.md): a sale and its
    /// void, then the sale found by its voucher number says it was voided, and the guide for the cardholder opens.
    /// </summary>
    [TestClass]
    public class EmulatorRecordsApiTests
    {
        [TestMethod]
        [Timeout(90000, CooperativeCancellation = true)]
        public async Task A_sale_voided_then_looked_up_by_its_voucher_number_shows_voided()
        {
            await using ApiSession api = await ApiSession.StartAsync();
            await api.IdleOnlineAsync();
            await api.KeysAsync("5", "0", "0", "enter");
            await api.WaitAsync(s => ApiSession.Id(s) == "PRESENT_CARD", "for the card prompt");
            await api.PostAsync("/api/card?pan=6222000000000001&mode=swipe");
            JsonElement sale = await api.WaitAsync(s => ApiSession.Id(s) == "APPROVED", "for the sale");
            string voucher = sale.GetProperty("stan").GetInt32().ToString();
            await api.KeysAsync("cancel");
            await api.WaitAsync(s => ApiSession.Id(s) == "IDLE", "for IDLE");

            // FUNC opens the merchant menu; its second item is the terminal's function menu.
            await Transactions(api);
            await api.KeysAsync("1");
            await api.KeysAsync(voucher.Select(c => c.ToString()).ToArray());
            await api.KeysAsync("enter");
            await api.WaitAsync(s => ApiSession.Id(s) == "VOID_CONFIRM", "for the void's confirmation");
            await api.KeysAsync("enter");
            await api.WaitAsync(s => ApiSession.Id(s) == "APPROVED", "for the void");
            await api.KeysAsync("cancel");
            await api.WaitAsync(s => ApiSession.Id(s) == "IDLE", "for IDLE");

            await Transactions(api);
            await api.KeysAsync("6", "1");
            await api.KeysAsync(voucher.Select(c => c.ToString()).ToArray());
            await api.KeysAsync("enter");
            JsonElement record = await api.WaitAsync(s => ApiSession.Id(s) == "RECORD_DETAIL", "for the record");
            string text = record.GetProperty("screenText").GetString()!;
            StringAssert.Contains(text, "VOIDED");
            StringAssert.Contains(text, voucher.PadLeft(6, '0'));
            StringAssert.Contains(text, "622200******0001");
            Assert.IsFalse(text.Contains("6222000000000001", StringComparison.Ordinal), "never the full card number");

            await api.KeysAsync("enter");
            JsonElement guide = await api.WaitAsync(s => ApiSession.Id(s) == "RECORD_GUIDE", "for the guide");
            StringAssert.Contains(guide.GetProperty("screenText").GetString()!, "Charged, then voided");
        }

        private static async Task Transactions(ApiSession api)
        {
            await api.KeysAsync("func", "down", "enter");
            await api.WaitAsync(s => ApiSession.Id(s) == "MENU", "for the function menu");
        }
    }
}
