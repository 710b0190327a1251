namespace Pos.Core.Protocol.Fields
{
    /// <summary>
    /// Packed BCD digits, two per byte. An odd count leaves one pad nibble: after the digits when left-aligned
    /// (fields 2, 22, 60), before them when right-aligned (fields 3, 4, 23...). Packs pad 0; reads pad 0 or F.
    /// </summary>
    public sealed class BcdInterpreter : Interpreter
    {
        /// <summary>Left-aligned BCD ("021" → 02 10).</summary>
        public static readonly BcdInterpreter Left = new BcdInterpreter(true);

        /// <summary>Right-aligned BCD ("001" → 00 01).</summary>
        public static readonly BcdInterpreter Right = new BcdInterpreter(false);

        private readonly bool _leftAligned;

        private BcdInterpreter(bool leftAligned)
        {
            _leftAligned = leftAligned;
        }

        /// <inheritdoc />
        public override bool IsBinary
        {
            get { return false; }
        }

        /// <inheritdoc />
        public override int PackedLength(int units)
        {
            return (units + 1) / 2;
        }

        /// <inheritdoc />
        public override void PackString(string value, int units, Padder padder, byte[] buffer, int offset, int field)
        {
            int skew = (!_leftAligned && (units & 1) != 0) ? 1 : 0;
            int nibbles = PackedLength(units) * 2;
            for (int n = 0; n < nibbles; n++)
            {
                int digit = 0;
                int unit = n - skew;
                if (unit >= 0 && unit < units)
                {
                    char c = padder.CharAt(value, unit, units);
                    if (c < '0' || c > '9')
                    {
                        throw new ProtocolException(field, offset + (n / 2), ProtocolErrorReason.BadFormat);
                    }

                    digit = c - '0';
                }

                int at = offset + (n / 2);
                buffer[at] = (n & 1) == 0 ? (byte)(digit << 4) : (byte)(buffer[at] | digit);
            }
        }

        /// <inheritdoc />
        public override object Unpack(byte[] buffer, int offset, int units, int field, char[] scratch)
        {
            int skew = (!_leftAligned && (units & 1) != 0) ? 1 : 0;
            int nibbles = PackedLength(units) * 2;
            for (int n = 0; n < nibbles; n++)
            {
                int at = offset + (n / 2);
                int nibble = (n & 1) == 0 ? buffer[at] >> 4 : buffer[at] & 0x0F;
                int unit = n - skew;
                if (unit >= 0 && unit < units)
                {
                    if (nibble > 9)
                    {
                        throw new ProtocolException(field, at, ProtocolErrorReason.BadBcd);
                    }

                    scratch[unit] = (char)('0' + nibble);
                }
                else if (nibble != 0 && nibble != 0x0F)
                {
                    throw new ProtocolException(field, at, ProtocolErrorReason.BadFormat);
                }
            }

            return new string(scratch, 0, units);
        }
    }
}
