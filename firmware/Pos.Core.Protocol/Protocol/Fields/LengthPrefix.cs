namespace Pos.Core.Protocol.Fields
{
    /// <summary>
    /// The length in front of a variable field (jPOS's Prefixer): none for fixed fields, LL (1 byte BCD) or LLL
    /// (2 bytes BCD, "0LLL"). It counts the interpreter's units: digits for BCD and track, characters for ASCII,
    /// bytes for binary.
    /// </summary>
    public sealed class LengthPrefix
    {
        /// <summary>No prefix: the field has its maximum length.</summary>
        public static readonly LengthPrefix Fixed = new LengthPrefix(0);

        /// <summary>Two BCD digits in one byte (up to 99).</summary>
        public static readonly LengthPrefix LL = new LengthPrefix(1);

        /// <summary>Three BCD digits in two bytes (up to 999).</summary>
        public static readonly LengthPrefix LLL = new LengthPrefix(2);

        private LengthPrefix(int bytes)
        {
            Bytes = bytes;
        }

        /// <summary>Bytes of the prefix on the wire.</summary>
        public int Bytes { get; }

        /// <summary>The largest length the prefix can express (0 for fixed).</summary>
        public int Capacity
        {
            get { return Bytes == 0 ? 0 : (Bytes == 1 ? 99 : 999); }
        }

        /// <summary>Writes the length; the caller checked room and range.</summary>
        public void Write(int units, byte[] buffer, int offset)
        {
            if (Bytes != 0)
            {
                Bcd.WriteNumber(units, Bytes * 2, buffer, offset);
            }
        }

        /// <summary>
        /// Reads the length at <paramref name="offset"/>, checking bounds and nibbles first; a fixed prefix returns
        /// <paramref name="fixedUnits"/> without reading.
        /// </summary>
        public int Read(byte[] buffer, int offset, int end, int field, int fixedUnits)
        {
            if (Bytes == 0)
            {
                return fixedUnits;
            }

            if (end - offset < Bytes)
            {
                throw new ProtocolException(field, offset, ProtocolErrorReason.Truncated);
            }

            int units = Bcd.ReadNumber(buffer, offset, Bytes * 2);
            if (units < 0)
            {
                throw new ProtocolException(field, offset, ProtocolErrorReason.BadBcd);
            }

            return units;
        }
    }
}
