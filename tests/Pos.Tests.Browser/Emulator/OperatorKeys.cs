namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// Key sequences of the operator tests (<c>--operators</c>), typed through the API as the page's keypad sends them.
    /// </summary>
    internal static class OperatorKeys
    {
        /// <summary>The supervisor's password once the factory one is changed.</summary>
        public const string Supervisor = "1 3 5 7 9 0";

        /// <summary>
        /// From the first boot's sign-on prompt: the supervisor signs on with the factory password and changes it at
        /// once, adds cashier 02 (initial password 111111) and signs off; ends on the sign-on prompt.
        /// </summary>
        public static async Task CashierAddedAsync(ApiClient api)
        {
            await SupervisorFirstSignOnAsync(api);
            await TypeAsync(api, "FUNC DOWN DOWN DOWN ENTER");
            await api.WaitAsync(s => ApiClient.Id(s) == "MENU:Cashiers", "for the cashier list");
            await TypeAsync(api, "ENTER 0 2 ENTER 1 1 1 1 1 1 ENTER CANCEL DOWN DOWN ENTER");
            await api.WaitAsync(s => ApiClient.Id(s) == "MENU:SignOnNumber", "for the sign-on after the sign-off");
        }

        /// <summary>
        /// From the first boot's sign-on prompt: the supervisor signs on with the factory password and changes it to
        /// <see cref="Supervisor"/> at once; ends idle and online.
        /// </summary>
        public static async Task SupervisorFirstSignOnAsync(ApiClient api)
        {
            await api.WaitAsync(s => ApiClient.Id(s) == "MENU:SignOnNumber" && s.GetProperty("online").GetBoolean(), "for the sign-on prompt");
            await TypeAsync(api, "0 0 ENTER 1 2 3 4 5 6 ENTER");
            await api.WaitAsync(s => ApiClient.Id(s) == "MENU:OperatorNewPassword", "for the supervisor's forced change");
            await TypeAsync(api, Supervisor + " ENTER " + Supervisor + " ENTER");
            await api.IdleOnlineAsync();
        }

        /// <summary>Presses <paramref name="keys"/> (key names separated by spaces).</summary>
        public static async Task TypeAsync(ApiClient api, string keys)
        {
            await api.KeysAsync(keys.Split(' '));
        }
    }
}
