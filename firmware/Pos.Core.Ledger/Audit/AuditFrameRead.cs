namespace Pos.Core.Audit
{
    /// <summary>What <see cref="AuditSegmentReader.Next"/> found at the reading position.</summary>
    internal enum AuditFrameRead
    {
        /// <summary>The end of the segment.</summary>
        End = 0,

        /// <summary>A whole frame that passes its CRC.</summary>
        Frame = 1,

        /// <summary>A whole frame (its two length bytes agree) that fails its CRC: skipped, the next one follows it.</summary>
        Damaged = 2,

        /// <summary>A frame the file ends inside: what a power cut leaves of the last write.</summary>
        Torn = 3,

        /// <summary>Two length bytes that disagree: where the next frame starts is unknown.</summary>
        Garbage = 4,
    }
}
