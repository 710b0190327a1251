namespace Pos.Reliability
{
    /// <summary>An approval the cashier was shown: which operation, its batch and STAN, and whether it was offline.</summary>
    public sealed class Receipt
    {
        /// <summary>Creates the receipt.</summary>
        public Receipt(Operation? operation, int batch, int stan, bool offline)
        {
            Operation = operation;
            Batch = batch;
            Stan = stan;
            Offline = offline;
        }

        /// <summary>The operation it belongs to (null: the cashier could not tell, e.g. a boot screen of an earlier customer).</summary>
        public Operation? Operation { get; }

        /// <summary>Batch of the approval.</summary>
        public int Batch { get; }

        /// <summary>STAN of the approval.</summary>
        public int Stan { get; }

        /// <summary>Approved offline (a queued advice).</summary>
        public bool Offline { get; }

        /// <summary>True once a void or refund used it as its original.</summary>
        public bool Used { get; set; }
    }
}
