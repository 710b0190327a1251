namespace Pos.Core.Storage
{
    /// <summary>Which check a record failed (for a truncated tail or a corruption report).</summary>
    public enum CorruptionReason
    {
        /// <summary>No problem.</summary>
        None = 0,

        /// <summary>The record ends past the end of the file (a torn write).</summary>
        Incomplete = 1,

        /// <summary>The magic bytes are wrong.</summary>
        BadMagic = 2,

        /// <summary>The format version is unknown.</summary>
        BadVersion = 3,

        /// <summary>The length is larger than the maximum record payload.</summary>
        BadLength = 4,

        /// <summary>The CRC does not match.</summary>
        BadCrc = 5,

        /// <summary>The sequence number is not the previous one plus one.</summary>
        BadSequence = 6,

        /// <summary>The record type is unknown or out of place (e.g. no generation header first).</summary>
        BadType = 7,

        /// <summary>The payload parsed but makes no sense (unknown item, counter going backward, short fields).</summary>
        BadContent = 8,

        /// <summary>The generation file's snapshot has no valid end record.</summary>
        IncompleteSnapshot = 9,
    }
}
