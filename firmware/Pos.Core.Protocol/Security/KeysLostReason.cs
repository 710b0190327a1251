namespace Pos.Core.Security
{
    /// <summary>
    /// Why a key store found its stored keys unusable at boot and erased them all ("keys must be loaded"). Values are
    /// stable (the store file records the number); names come from <see cref="KeysLostReasonNames"/>.
    /// </summary>
    public enum KeysLostReason
    {
        /// <summary>The keys are as they were stored (or none were ever stored).</summary>
        None = 0,
        /// <summary>The store file or the board secret could not be read.</summary>
        Unreadable = 1,
        /// <summary>The store file is not the format, version or length it must be, or a record's slot or key length is wrong.</summary>
        Malformed = 2,
        /// <summary>A record's MAC does not match: the file was damaged, tampered with, or copied from another board.</summary>
        MacMismatch = 3,
        /// <summary>A key unwrapped to bytes whose check value differs from the stored one.</summary>
        CheckValueMismatch = 4,

        /// <summary>One past the highest value; sizes lookup tables.</summary>
        Count = 5,
    }
}
