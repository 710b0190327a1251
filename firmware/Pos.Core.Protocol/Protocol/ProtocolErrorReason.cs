namespace Pos.Core.Protocol
{
    /// <summary>Why a frame could not be packed or unpacked. <see cref="ProtocolErrorReasons"/> holds the names.</summary>
    public enum ProtocolErrorReason
    {
        /// <summary>The input ends before the element being read.</summary>
        Truncated = 1,
        /// <summary>A length prefix (or a value being packed) is longer than the field's maximum.</summary>
        LengthOverMax = 2,
        /// <summary>A nibble that must be a decimal digit is A–F (or, in a track field, not a digit and not D).</summary>
        BadBcd = 3,
        /// <summary>The bitmap names a field the profile does not define.</summary>
        UnknownField = 4,
        /// <summary>Bit 1 is set: this profile has no secondary bitmap.</summary>
        SecondaryBitmap = 5,
        /// <summary>A value breaks its format (non-digit in a numeric field, control byte in text, bad pad nibble...).</summary>
        BadFormat = 6,
        /// <summary>Bytes remain after the last field, or the frame length disagrees with the input.</summary>
        TrailingBytes = 7,
        /// <summary>The TPDU is not 60 + 8 BCD digits, or a reply's addresses are not the request's swapped.</summary>
        BadTpdu = 8,
        /// <summary>The 6-byte header is not 12 BCD digits.</summary>
        BadHeader = 9,
        /// <summary>A field a reply must carry is absent.</summary>
        MissingField = 10,
        /// <summary>The reply does not answer the request (MTI, STAN, terminal or merchant differ).</summary>
        UnexpectedReply = 11,
        /// <summary>The caller's output buffer is too small for the packed frame.</summary>
        BufferTooSmall = 12,
    }
}
