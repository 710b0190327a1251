namespace Pos.Core.Storage
{
    /// <summary>What the boot-time recovery found.</summary>
    public enum RecoveryStatus
    {
        /// <summary>No journal existed; an empty one was created.</summary>
        Fresh = 0,

        /// <summary>Every record was whole and valid.</summary>
        Clean = 1,

        /// <summary>An incomplete or invalid tail (nothing valid after it) was cut off: the write in flight at a cut.</summary>
        TailTruncated = 2,

        /// <summary>An invalid record with valid records after it (or a damaged snapshot): nothing was repaired, the
        /// journal is read-only until an operator salvages it.</summary>
        Corrupt = 3,
    }
}
