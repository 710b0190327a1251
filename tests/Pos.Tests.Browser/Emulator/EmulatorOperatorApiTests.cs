using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.HostSim;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// Operators in the emulator (<c>--operators</c>), through its API as the page's keypad does: the supervisor signs on
    /// and changes the factory password, adds cashier 02; cashier 02 signs on, sells, fails a void without the supervisor
    /// password and voids with it; every step is in the audit trail.
    /// </summary>
    [TestClass]
    public sealed class EmulatorOperatorApiTests
    {
        [TestMethod]
        [Timeout(90000, CooperativeCancellation = true)]
        public async Task Cashier_02_signs_on_sells_and_voids_only_with_the_supervisor_password_and_the_audit_trail_has_it_all()
        {
            await using ApiSession api = await ApiSession.StartAsync(operators: true);
            await OperatorKeys.CashierAddedAsync(api);

            // Cashier 02 signs on (changing the initial password) and sells.
            await OperatorKeys.TypeAsync(api, "0 2 ENTER 1 1 1 1 1 1 ENTER 2 2 2 2 2 2 ENTER 2 2 2 2 2 2 ENTER");
            await api.WaitAsync(s => ApiSession.Id(s) == "IDLE", "for idle, signed on");
            await OperatorKeys.TypeAsync(api, "2 0 0 ENTER");
            await api.WaitAsync(s => ApiSession.Id(s) == "PRESENT_CARD");
            await api.PostAsync("/api/card?pan=" + TestCards.Approved + "&mode=swipe");
            await api.WaitAsync(s => ApiSession.Id(s) == "APPROVED");
            int stan = (await api.StateAsync()).GetProperty("stan").GetInt32();
            await OperatorKeys.TypeAsync(api, "ENTER");
            await api.WaitAsync(s => ApiSession.Id(s) == "IDLE");

            // The void without the supervisor password: refused, the function menu stays.
            await OperatorKeys.TypeAsync(api, "FUNC DOWN ENTER 1");
            JsonElement prompt = await api.WaitAsync(s => ApiSession.Id(s) == "MENU:SupervisorPassword", "for the supervisor prompt");
            StringAssert.Contains(prompt.GetProperty("screenText").GetString(), "Needed for: Void");
            await OperatorKeys.TypeAsync(api, "9 9 9 9 9 9 ENTER");
            JsonElement wrong = await api.WaitAsync(s => s.GetProperty("screenText").GetString()!.Contains("Wrong password"), "for the refusal");
            StringAssert.Contains(wrong.GetProperty("screenText").GetString(), "4 tries left");
            await OperatorKeys.TypeAsync(api, "CANCEL");
            await api.WaitAsync(s => ApiSession.Id(s) == "MENU" && s.GetProperty("state").GetString() == "Menu", "back in the function menu");

            // With it: the void goes through.
            await OperatorKeys.TypeAsync(api, "1 1 3 5 7 9 0 ENTER");
            await api.WaitAsync(s => s.GetProperty("state").GetString() == "OriginalStanEntry", "for the original's trace number");
            await OperatorKeys.TypeAsync(api, string.Join(" ", stan.ToString("D6").ToCharArray()) + " ENTER");
            await api.WaitAsync(s => s.GetProperty("state").GetString() == "VoidConfirm");
            await OperatorKeys.TypeAsync(api, "ENTER");
            await api.WaitAsync(s => ApiSession.Id(s) == "APPROVED", "for the void's approval");

            string[] audit = await api.Host.Device.AuditAsync();
            string all = string.Join("\n", audit);
            foreach (string expected in new[]
            {
                "OP 00 sign-on", "OP 00 added cashier 02", "OP 00 sign-off", "OP 02 password ok (change required)", "OP 02 sign-on",
                "OP 00 password wrong 1/5",
                "OP 02 void: refused, supervisor password not given", "OP 02 void: refused, supervisor prompt cancelled", "OP 02 void: supervisor approved",
            })
            {
                StringAssert.Contains(all, expected);
            }
        }
    }
}
