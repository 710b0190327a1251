namespace Pos.Core.Storage
{
    /// <summary>The typed result of opening the journal: what was found, where, and what was done about it.</summary>
    public sealed class RecoveryReport
    {
        /// <summary>Overall outcome.</summary>
        public RecoveryStatus Status { get; internal set; }

        /// <summary>The check that failed for a truncated tail or a corruption; None when clean.</summary>
        public CorruptionReason Reason { get; internal set; }

        /// <summary>Generation number of the file in use.</summary>
        public uint Generation { get; internal set; }

        /// <summary>Records replayed.</summary>
        public int RecordsReplayed { get; internal set; }

        /// <summary>File offset of the first bad record (tail or corruption), or -1.</summary>
        public long ProblemOffset { get; internal set; }

        /// <summary>Bytes cut off the tail.</summary>
        public long BytesDropped { get; internal set; }

        /// <summary>STANs the journal skipped at this boot: the rest of the reservation and one more block, or, after a
        /// tail was cut, <see cref="JournalOptions.StanSkipAfterLoss"/> past the reservation (then persisted at once).</summary>
        public int StansSkipped { get; internal set; }

        /// <summary>Leftover files (older generations, unpublished compactions) deleted.</summary>
        public int LeftoversDeleted { get; internal set; }
    }
}
