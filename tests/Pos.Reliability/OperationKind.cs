namespace Pos.Reliability
{
    /// <summary>What a customer at the counter wants.</summary>
    public enum OperationKind
    {
        /// <summary>Pay an amount by card.</summary>
        Sale,

        /// <summary>Cancel an earlier sale of the batch (by its trace number).</summary>
        Void,

        /// <summary>Get part of an earlier sale back on the card.</summary>
        Refund,
    }
}
