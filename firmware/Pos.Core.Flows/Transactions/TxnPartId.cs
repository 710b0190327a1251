namespace Pos.Core.Transactions
{
    /// <summary>
    /// The flows the transaction machine is made of. The state table names the flow that owns each state (its entry and
    /// exit handlers) and the action table the flow that runs each action; the engine only looks them up.
    /// </summary>
    public enum TxnPartId
    {
        /// <summary>Idle, the merchant menu, the result and last-transaction screens (<see cref="IdleFlow"/>).</summary>
        Idle = 0,

        /// <summary>Sale, void, refund and balance up to the card (<see cref="PaymentEntryFlow"/>).</summary>
        Payment = 1,

        /// <summary>PIN entry and the PIN block (<see cref="PinEntryFlow"/>).</summary>
        Pin = 2,

        /// <summary>The financial request and its outcome (<see cref="AuthorisationFlow"/>).</summary>
        Authorisation = 3,

        /// <summary>The offline sale (<see cref="OfflineSaleFlow"/>).</summary>
        Offline = 4,

        /// <summary>Keeping and sending the pending reversal (<see cref="ReversalKeeping"/>).</summary>
        Reversal = 5,

        /// <summary>Sign-in (<see cref="SignInFlow"/>).</summary>
        SignIn = 6,

        /// <summary>Settlement with the offline upload before it and the batch upload after (<see cref="SettlementFlow"/>).</summary>
        Settlement = 7,

        /// <summary>Number of flows.</summary>
        Count = 8,
    }
}
