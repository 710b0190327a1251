namespace Pos.Core.Ui.Menus
{
    /// <summary>What a fixed menu item does.</summary>
    public enum MenuCommand
    {
        /// <summary>Open the locale list.</summary>
        Language = 0,
        /// <summary>Run every check.</summary>
        RunAll = 1,
        /// <summary>Pick one check.</summary>
        RunOne = 2,
        /// <summary>Stored reports.</summary>
        Reports = 3,
        /// <summary>Print the last report to the serial log.</summary>
        Print = 4,
        /// <summary>Change the technician PIN.</summary>
        ChangePin = 5,
        /// <summary>Read-only settings.</summary>
        Settings = 6,
        /// <summary>Leave the menu.</summary>
        Exit = 7,
        /// <summary>Leave the menu and open the terminal's function menu (void, refund, balance, settlement, sign-in, records, today's summary).</summary>
        Transactions = 8,
        /// <summary>Clear the pending reversal by hand (technician; confirm screen first).</summary>
        ClearReversal = 9,
        /// <summary>The flagged offline sales.</summary>
        Flagged = 10,
        /// <summary>Load the master key under dual control (two components, check values, audited).</summary>
        LoadMasterKey = 11,
        /// <summary>The audit trail (read, export).</summary>
        AuditTrail = 12,
        /// <summary>The signed-on operator signs off (the sign-on prompt follows when sign-on is required).</summary>
        SignOff = 13,
        /// <summary>Add or remove cashiers (the supervisor's password first).</summary>
        Operators = 14,
        /// <summary>Technician: reset the supervisor password to the factory one (two confirmations).</summary>
        ResetSupervisor = 15,
        /// <summary>The merchant settings: offline sales, the limits (changes need the supervisor).</summary>
        MerchantSettings = 16,
        /// <summary>Merchant settings: turn offline sales on or off.</summary>
        OfflineSales = 17,
        /// <summary>Merchant settings: set a limit (which one: the item's place, <see cref="MenuTable.SettingItems"/>).</summary>
        Limit = 18,
        /// <summary>Merchant menu: the "Print" list.</summary>
        PrintSlips = 19,
        /// <summary>Print list: the last transaction's slip again.</summary>
        PrintLast = 20,
        /// <summary>Print list: the last settlement's report.</summary>
        PrintSettlement = 21,
        /// <summary>Print list: back to the merchant menu.</summary>
        Back = 22,
    }
}
