namespace Pos.Core.Transactions
{
    /// <summary>
    /// What a <see cref="LoggedTransaction"/> says of its outcome, stored as one letter (A, V, D, N, R, U): the batch's
    /// log holds approved and voided entries, the failed log (<see cref="TransactionLog.FailedPrefix"/>) the ones that
    /// did not go through.
    /// </summary>
    public enum LogStatus
    {
        /// <summary>Approved by the host (A).</summary>
        Approved = 0,

        /// <summary>An approved sale a void cancelled (V).</summary>
        Voided = 1,

        /// <summary>Declined by the host (D).</summary>
        Declined = 2,

        /// <summary>Never reached the host: no connection (N).</summary>
        NotSent = 3,

        /// <summary>Cancelled by a reversal the host acknowledged (R).</summary>
        Reversed = 4,

        /// <summary>Its pending reversal was cleared by hand: the host may keep the charge (U).</summary>
        Cleared = 5,
    }
}
