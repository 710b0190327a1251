namespace Pos.Core.Security
{
    /// <summary>
    /// Every failure of the security area (keys, MAC, PIN block, working-key delivery) as one code, so the
    /// message catalog can map each to a localized text. Values are stable (logs and journals record the number);
    /// names come from <see cref="SecurityErrorNames"/>, never from enum formatting.
    /// </summary>
    public enum SecurityError
    {
        /// <summary>Success.</summary>
        None = 0,

        // Keys.
        /// <summary>The key slot needed for the operation is empty.</summary>
        KeyMissing = 1,
        /// <summary>A key is not 8, 16 or 24 bytes, or not a length the operation accepts.</summary>
        BadKeyLength = 2,
        /// <summary>The slot is not one of <see cref="KeySlot"/>.</summary>
        BadKeySlot = 3,

        // Working-key delivery (sign-in field 62).
        /// <summary>The terminal master key is not loaded, so working keys cannot be decrypted.</summary>
        MasterKeyMissing = 10,
        /// <summary>60.3 is not 001, 003 or 004.</summary>
        UnknownKeyLayout = 11,
        /// <summary>Field 62 is not the length the 60.3 layout requires (24, 40 or 60 bytes).</summary>
        KeyBlockLength = 12,
        /// <summary>The PIN key's check value does not match; nothing was installed.</summary>
        PikCheckValue = 13,
        /// <summary>The MAC key's check value does not match; nothing was installed.</summary>
        MakCheckValue = 14,
        /// <summary>The track (data) key's check value does not match; nothing was installed.</summary>
        TdkCheckValue = 15,

        // MAC.
        /// <summary>The MAC algorithm is not one of <see cref="MacAlgorithm"/> or does not accept this key length.</summary>
        MacAlgorithmUnsupported = 20,
        /// <summary>A received MAC differs from the one computed.</summary>
        MacMismatch = 21,

        // PIN block.
        /// <summary>The PIN is shorter than 4 or longer than 12 digits.</summary>
        PinLength = 30,
        /// <summary>The PIN contains something other than the digits 0-9.</summary>
        PinNotDigits = 31,
        /// <summary>The PAN is missing, not all digits, or not 8 to 19 digits long.</summary>
        PanInvalid = 32,

        /// <summary>One past the highest value; sizes lookup tables.</summary>
        Count = 33,
    }
}
