namespace Pos.Core.Staff
{
    /// <summary>What an operator may ask the terminal to do (rows of <see cref="OperatorRoles.Table"/>).</summary>
    public enum OperatorAction
    {
        /// <summary>A purchase.</summary>
        Sale = 0,
        /// <summary>A balance inquiry.</summary>
        Balance = 1,
        /// <summary>Looking up the records (last transaction, the batch's log).</summary>
        Lookup = 2,
        /// <summary>Host sign-in (签到).</summary>
        HostSignIn = 3,
        /// <summary>Void of a sale of the batch.</summary>
        Void = 4,
        /// <summary>Refund.</summary>
        Refund = 5,
        /// <summary>Settlement (end of day).</summary>
        Settlement = 6,
        /// <summary>Adding and removing cashiers, setting their initial password.</summary>
        ManageOperators = 7,
        /// <summary>Turning offline sales (store and forward) on or off in the merchant settings.</summary>
        OfflineSwitch = 8,
        /// <summary>Setting the merchant's limits (per sale, per day, per refund) in the merchant settings.</summary>
        MerchantLimits = 9,
        /// <summary>Printing a slip again (the last, a record's) or the settlement report: a cashier may, as on any terminal.</summary>
        Reprint = 10,
    }
}
