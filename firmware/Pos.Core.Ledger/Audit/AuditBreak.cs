namespace Pos.Core.Audit
{
    /// <summary>Why the audit trail's chain does not check out at an entry (see <see cref="AuditTrail.BreakAt"/>).</summary>
    public enum AuditBreak
    {
        /// <summary>No break.</summary>
        None = 0,

        /// <summary>An entry (or a segment header) fails its CRC or its framing: damaged or edited without care.</summary>
        Crc = 1,

        /// <summary>An entry's link does not match the SHA-256 of the entry before it: one of the two was rewritten
        /// (with its CRC recomputed).</summary>
        Hash = 2,

        /// <summary>Entries are missing: a sequence number skipped, a segment file gone, or the oldest entries gone
        /// while the ring was not full.</summary>
        Gap = 3,

        /// <summary>A sequence number goes backward or repeats: entries moved.</summary>
        Order = 4,

        /// <summary>Number of values.</summary>
        Count = 5,
    }
}
