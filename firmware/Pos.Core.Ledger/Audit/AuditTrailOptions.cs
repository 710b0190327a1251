namespace Pos.Core.Audit
{
    /// <summary>
    /// The audit trail's ring: <see cref="Segments"/> segment files, each closed at <see cref="SegmentEntries"/> entries
    /// or <see cref="SegmentBytes"/> bytes, the oldest deleted whole when a new one would pass the count. The defaults
    /// keep at least 2,000 entries (8 full segments of 250) while entries average up to 65 bytes (texts of 37), and
    /// never more than 9 × 16 KiB = 144 KiB of flash (docs/STORAGE.md "Audit trail").
    /// </summary>
    public sealed class AuditTrailOptions
    {
        /// <summary>Entries at most in one segment.</summary>
        public int SegmentEntries { get; set; } = 250;

        /// <summary>Bytes at most in one segment (header included): four 4 KiB LittleFS blocks.</summary>
        public int SegmentBytes { get; set; } = 16 * 1024;

        /// <summary>Segment files kept (2–100).</summary>
        public int Segments { get; set; } = 9;

        /// <summary>Bytes read from the flash at a time when the whole trail is read (open, export).</summary>
        public int ReadChunkBytes { get; set; } = 1024;
    }
}
