namespace Pos.Core.Transactions
{
    /// <summary>
    /// The flows the transaction machine is made of, each named after its type. The state table names the flow that owns each state (its entry and
    /// exit handlers) and the action table the flow that runs each action; the engine only looks them up.
    /// </summary>
    public enum TxnPartId
    {
        /// <summary>Idle, the merchant menu, the result and last-transaction screens.</summary>
        IdleFlow = 0,

        /// <summary>Sale, void, refund and balance up to the card.</summary>
        PaymentEntryFlow = 1,

        /// <summary>PIN entry and the PIN block.</summary>
        PinEntryFlow = 2,

        /// <summary>The financial request and its outcome.</summary>
        AuthorisationFlow = 3,

        /// <summary>The offline sale.</summary>
        OfflineSaleFlow = 4,

        /// <summary>Keeping and sending the pending reversal.</summary>
        ReversalKeeping = 5,

        /// <summary>Sign-in.</summary>
        SignInFlow = 6,

        /// <summary>Settlement with the offline upload before it and the batch upload after.</summary>
        SettlementFlow = 7,

        /// <summary>The records look-up and today's summary.</summary>
        RecordsFlow = 8,

        /// <summary>Number of flows.</summary>
        Count = 9,
    }
}
