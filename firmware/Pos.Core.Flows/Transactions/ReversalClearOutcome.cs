namespace Pos.Core.Transactions
{
    /// <summary>What <see cref="TransactionMachine.ClearPendingReversal"/> did.</summary>
    public enum ReversalClearOutcome
    {
        /// <summary>Cleared and audited.</summary>
        Cleared = 0,
        /// <summary>There was no pending reversal.</summary>
        NothingPending = 1,
        /// <summary>An attempt (or a transaction) is in progress: try again when the terminal is idle.</summary>
        Busy = 2,
        /// <summary>The journal could not be written: still pending.</summary>
        StorageFailed = 3,
    }
}
