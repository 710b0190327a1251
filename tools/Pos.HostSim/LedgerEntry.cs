namespace Pos.HostSim
{
    /// <summary>One transaction the host approved (a snapshot: the ledger replaces entries, never mutates them).</summary>
    /// <param name="Key">Terminal, batch, STAN.</param>
    /// <param name="Kind">Purchase, void, refund or advice.</param>
    /// <param name="AmountFen">Field 4.</param>
    /// <param name="MaskedPan">PAN masked to first 6 / last 4.</param>
    /// <param name="Foreign">True for a foreign card (settled in the foreign group).</param>
    /// <param name="Status">Approved, reversed, voided, partially refunded or refunded.</param>
    /// <param name="AuthCode">Field 38 the host gave (the terminal's for advices).</param>
    /// <param name="Rrn">Field 37 the host gave.</param>
    /// <param name="Original">For voids and refunds: the original's key (same terminal), else null.</param>
    public sealed record LedgerEntry(TransactionKey Key, LedgerEntryKind Kind, long AmountFen, string MaskedPan, bool Foreign,
        LedgerStatus Status, string? AuthCode, string? Rrn, TransactionKey? Original)
    {
        /// <summary>For a purchase or advice: the sum of the approved refunds booked against it (0 for other kinds).</summary>
        public long RefundedFen { get; init; }

        /// <summary>
        /// True when the entry counts in the settlement totals as a debit: an approved or (partially) refunded purchase
        /// or advice. Only such an entry can be the original of a refund.
        /// </summary>
        public bool CountsAsDebit => (Kind == LedgerEntryKind.Purchase || Kind == LedgerEntryKind.Advice) &&
            Status is LedgerStatus.Approved or LedgerStatus.PartiallyRefunded or LedgerStatus.Refunded;

        /// <summary>What refunds may still credit against this entry: its amount less <see cref="RefundedFen"/> when it is a debit, else 0.</summary>
        public long RefundableFen => CountsAsDebit ? AmountFen - RefundedFen : 0;

        /// <summary>True when the entry counts as a credit: an approved refund.</summary>
        public bool CountsAsCredit => Kind == LedgerEntryKind.Refund && Status == LedgerStatus.Approved;
    }
}
