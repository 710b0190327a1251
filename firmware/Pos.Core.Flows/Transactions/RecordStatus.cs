namespace Pos.Core.Transactions
{
    /// <summary>What a cashier is told a transaction came to (<see cref="TransactionRecord.Status"/>).</summary>
    public enum RecordStatus
    {
        /// <summary>Approved: the cardholder was charged (a void or refund: it went through).</summary>
        Approved = 0,

        /// <summary>A sale a void cancelled.</summary>
        Voided = 1,

        /// <summary>A sale refunded in part or in full (<see cref="TransactionRecord.RefundedFen"/>).</summary>
        Refunded = 2,

        /// <summary>Cancelled by a reversal the host acknowledged.</summary>
        Reversed = 3,

        /// <summary>No usable answer: its reversal is kept and sent until the host acknowledges it.</summary>
        ReversalPending = 4,

        /// <summary>Declined by the host.</summary>
        Declined = 5,

        /// <summary>Never reached the host (no connection).</summary>
        NotSent = 6,

        /// <summary>An offline sale stored, not yet delivered to the host.</summary>
        StoredOffline = 7,

        /// <summary>An offline sale the host took.</summary>
        Delivered = 8,

        /// <summary>An offline sale flagged for review (declined by the host, out of attempts, expired).</summary>
        Flagged = 9,

        /// <summary>A refund whose answer was lost: repeated until the host confirms or refuses it.</summary>
        Confirming = 10,

        /// <summary>Its reversal was cleared by hand: the host may keep the charge.</summary>
        Unknown = 11,
    }
}
