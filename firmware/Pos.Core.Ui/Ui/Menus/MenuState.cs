namespace Pos.Core.Ui.Menus
{
    /// <summary>States of the merchant / technician menu machine (rows of <see cref="MenuTable.States"/>).</summary>
    public enum MenuState
    {
        /// <summary>Menu not shown: the app's idle screen owns the keys (only FUNC opens the merchant menu).</summary>
        Closed = 0,
        /// <summary>Merchant menu (no PIN): language, exit; the technician key sequence is typed here.</summary>
        Merchant = 1,
        /// <summary>Locale list.</summary>
        Language = 2,
        /// <summary>Technician PIN entry.</summary>
        PinEntry = 3,
        /// <summary>Entry locked after too many wrong PINs.</summary>
        Locked = 4,
        /// <summary>New PIN entry (forced on the default PIN, or "change PIN").</summary>
        NewPin = 5,
        /// <summary>New PIN again.</summary>
        ConfirmPin = 6,
        /// <summary>Technician main menu.</summary>
        Main = 7,
        /// <summary>Pick one check.</summary>
        PickCheck = 8,
        /// <summary>Waiting for an asynchronous check (host exchange).</summary>
        Running = 9,
        /// <summary>Display pattern test.</summary>
        DisplayTest = 10,
        /// <summary>Keypad test.</summary>
        KeypadTest = 11,
        /// <summary>Card reader test: waiting for a card.</summary>
        CardTest = 12,
        /// <summary>Self-test summary.</summary>
        Summary = 13,
        /// <summary>Checklist of a WARN / FAIL.</summary>
        Checklist = 14,
        /// <summary>Stored reports.</summary>
        Reports = 15,
        /// <summary>One stored report.</summary>
        ReportView = 16,
        /// <summary>Read-only settings.</summary>
        Settings = 17,
        /// <summary>Confirm clearing the pending reversal: which sale, "the host may keep the charge", what to check.</summary>
        ClearReversal = 18,
        /// <summary>Flagged offline sales (oldest first).</summary>
        Flagged = 19,
        /// <summary>One flagged offline sale: retry or acknowledge.</summary>
        FlaggedItem = 20,
        /// <summary>Confirm that the storage may start empty: what an empty drive means, what to ask, ENTER confirms.</summary>
        ConfirmStorage = 21,
        /// <summary>Load master key: a custodian types a component (32 hex digits, masked).</summary>
        KeyEntry = 22,
        /// <summary>Load master key: the component's check value, to compare with the key sheet.</summary>
        KeyCheck = 23,
        /// <summary>Load master key: component 1 accepted, hand the terminal to custodian 2.</summary>
        KeyHandOver = 24,
        /// <summary>Load master key: the combined key's check value; ENTER replaces every key.</summary>
        KeyCombined = 25,
        /// <summary>The audit trail, newest entry first, with its chain's status; 1 exports it to the serial log.</summary>
        AuditTrail = 26,
        /// <summary>Operator sign-on: the operator number.</summary>
        SignOnNumber = 27,
        /// <summary>Operator sign-on: the password.</summary>
        SignOnPassword = 28,
        /// <summary>An operator's new password (forced at first use).</summary>
        OperatorNewPassword = 29,
        /// <summary>The operator's new password again.</summary>
        OperatorConfirmPassword = 30,
        /// <summary>The supervisor's password for an action the role table reserves to the supervisor.</summary>
        SupervisorPassword = 31,
        /// <summary>Cashier management (supervisor): add or remove.</summary>
        Cashiers = 32,
        /// <summary>Cashier management: the cashier's number.</summary>
        CashierNumber = 33,
        /// <summary>Cashier management: the cashier's initial password.</summary>
        CashierPassword = 34,
        /// <summary>Technician: what resetting the supervisor password means (first confirmation).</summary>
        SupervisorResetInfo = 35,
        /// <summary>Technician: ENTER again resets it (second confirmation).</summary>
        SupervisorResetConfirm = 36,
        /// <summary>Merchant settings: offline sales and the limits, each with its current value.</summary>
        MerchantSettings = 37,
        /// <summary>Merchant settings: turning offline sales on or off, what it changes (ENTER confirms).</summary>
        OfflineConfirm = 38,
        /// <summary>Merchant settings: a limit's new amount.</summary>
        LimitEntry = 39,
        /// <summary>Merchant menu "Print": the last slip again, the settlement report.</summary>
        PrintSlips = 40,
        /// <summary>Number of states.</summary>
        Count = 41,
    }
}
