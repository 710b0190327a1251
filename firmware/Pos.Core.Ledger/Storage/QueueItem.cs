namespace Pos.Core.Storage
{
    /// <summary>
    /// One offline queue item as the journal knows it. Its id is TID + batch + STAN. The payload (the message bytes)
    /// is not kept in memory: it stays in the journal file and is read with <see cref="Journal.ReadPayload"/>.
    /// Change it only through <see cref="Journal"/>.
    /// </summary>
    public sealed class QueueItem
    {
        /// <summary>Journal-internal number that later records refer to.</summary>
        public uint Number { get; internal set; }

        /// <summary>Advice or reversal.</summary>
        public QueueItemKind Kind { get; internal set; }

        /// <summary>Terminal id (part of the item id).</summary>
        public string Tid { get; internal set; }

        /// <summary>Batch number (part of the item id).</summary>
        public int Batch { get; internal set; }

        /// <summary>STAN (part of the item id).</summary>
        public int Stan { get; internal set; }

        /// <summary>When it was queued, UTC ticks from the clock seam.</summary>
        public long CreatedUtcTicks { get; internal set; }

        /// <summary>Forwarding attempts so far.</summary>
        public int Attempts { get; internal set; }

        /// <summary>Pending, delivered, exhausted or expired.</summary>
        public QueueItemState State { get; internal set; }

        /// <summary>Payload length in bytes.</summary>
        public int PayloadLength { get; internal set; }

        /// <summary>Where the payload starts in the current journal file.</summary>
        internal long PayloadPosition { get; set; }

        /// <summary>Whether the item has the id TID + batch + STAN.</summary>
        public bool HasId(string tid, int batch, int stan)
        {
            return Stan == stan && Batch == batch && Tid == tid;
        }
    }
}
