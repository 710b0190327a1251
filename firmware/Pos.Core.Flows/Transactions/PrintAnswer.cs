namespace Pos.Core.Transactions
{
    /// <summary>
    /// What became of a request to print (a record's reprint, the last slip, a report): the screen tells the cashier.
    /// Values are stable (logs).
    /// </summary>
    public enum PrintAnswer
    {
        /// <summary>Nothing asked (the screen shows no answer).</summary>
        None = 0,
        /// <summary>Queued: it prints in turn.</summary>
        Queued = 1,
        /// <summary>No printer is fitted: nothing queued.</summary>
        NoPrinter = 2,
        /// <summary>Nothing to print for it (no record, a record without a slip): nothing queued.</summary>
        Nothing = 3,
        /// <summary>The print queue is full: nothing queued, try again later.</summary>
        QueueFull = 4,
    }
}
