namespace Pos.Core.Transactions
{
    /// <summary>Which flow the machine is in (what the cashier started).</summary>
    public enum TxnFlow
    {
        /// <summary>None (idle).</summary>
        None = 0,
        /// <summary>Purchase.</summary>
        Purchase = 1,
        /// <summary>Void of a purchase of the batch.</summary>
        Void = 2,
        /// <summary>Refund of a purchase of the batch.</summary>
        Refund = 3,
        /// <summary>Balance inquiry.</summary>
        Balance = 4,
        /// <summary>Settlement (and batch upload).</summary>
        Settlement = 5,
        /// <summary>Sign-in.</summary>
        SignIn = 6,
        /// <summary>A pending reversal retried from the blocked screen.</summary>
        ReversalOnly = 7,
    }
}
