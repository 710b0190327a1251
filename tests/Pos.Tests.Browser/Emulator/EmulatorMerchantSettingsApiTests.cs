using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// The merchant settings in the emulator (<c>--operators</c>), by keys through its API as the page's keypad does: the
    /// supervisor turns offline sales on (kept across a reboot) and sets a limit per sale of 500.00; a sale of 800.00 then
    /// stops on the over-limit screen; both changes are in the audit trail, old → new.
    /// </summary>
    [TestClass]
    public sealed class EmulatorMerchantSettingsApiTests
    {
        [TestMethod]
        [Timeout(90000, CooperativeCancellation = true)]
        public async Task The_supervisor_turns_offline_sales_on_and_sets_a_sale_limit_by_keys_and_both_hold()
        {
            await using ApiSession api = await ApiSession.StartAsync(operators: true);
            await OperatorKeys.SupervisorFirstSignOnAsync(api);

            // Offline sales: the list shows "off"; ENTER, what it changes, ENTER: on at once.
            await OperatorKeys.TypeAsync(api, "FUNC DOWN DOWN DOWN DOWN ENTER");
            JsonElement list = await api.WaitAsync(s => ApiSession.Id(s) == "MENU:MerchantSettings", "for the merchant settings");
            StringAssert.Contains(list.GetProperty("screenText").GetString(), "Offline sales: off");
            Assert.IsFalse(list.GetProperty("offlineEnabled").GetBoolean());
            await OperatorKeys.TypeAsync(api, "ENTER");
            JsonElement confirm = await api.WaitAsync(s => ApiSession.Id(s) == "MENU:OfflineConfirm", "for the confirmation");
            StringAssert.Contains(confirm.GetProperty("screenText").GetString(), "Turn offline sales on?");
            await OperatorKeys.TypeAsync(api, "ENTER");
            await api.WaitAsync(s => ApiSession.Id(s) == "MENU:MerchantSettings" && s.GetProperty("offlineEnabled").GetBoolean(), "for offline sales on");

            // The sale limit: 500.00, shown in the list.
            await OperatorKeys.TypeAsync(api, "DOWN ENTER");
            await api.WaitAsync(s => ApiSession.Id(s) == "MENU:LimitEntry", "for the limit entry");
            await OperatorKeys.TypeAsync(api, "5 0 0 0 0 ENTER");
            await api.WaitAsync(s => ApiSession.Id(s) == "MENU:MerchantSettings" && s.GetProperty("screenText").GetString()!.Contains("Sale limit: CNY 500.00"),
                "for the new limit in the list");

            // A sale over it stops before the card.
            await OperatorKeys.TypeAsync(api, "CANCEL CANCEL 8 0 0 0 0 ENTER");
            await api.WaitAsync(s => ApiSession.Id(s) == "OVER_LIMIT", "for the over-limit screen");
            await OperatorKeys.TypeAsync(api, "CANCEL CANCEL");
            await api.WaitAsync(s => ApiSession.Id(s) == "IDLE");

            // A reboot keeps the switch.
            await api.PostAsync("/api/power/reboot");
            await api.WaitAsync(s => ApiSession.Id(s) == "MENU:SignOnNumber" && s.GetProperty("offlineEnabled").GetBoolean(), "for the sign-on after the reboot, offline still on");

            string all = string.Join("\n", await api.Host.Device.AuditAsync());
            StringAssert.Contains(all, "OP 00 offline sales: off -> on");
            StringAssert.Contains(all, "OP 00 sale limit: none -> 500.00");
        }
    }
}
