namespace Pos.Core.Protocol.Fields
{
    /// <summary>
    /// Track data ('z' format): digits and the '=' separator packed as BCD with '=' as nibble D, left-aligned, an odd
    /// count padded with F. Reads pad F or 0.
    /// </summary>
    public sealed class TrackInterpreter : Interpreter
    {
        /// <summary>The one instance.</summary>
        public static readonly TrackInterpreter Instance = new TrackInterpreter();

        private TrackInterpreter()
        {
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
            int nibbles = PackedLength(units) * 2;
            for (int n = 0; n < nibbles; n++)
            {
                int nibble = 0x0F;
                if (n < units)
                {
                    char c = padder.CharAt(value, n, units);
                    if (c >= '0' && c <= '9')
                    {
                        nibble = c - '0';
                    }
                    else if (c == '=')
                    {
                        nibble = 0x0D;
                    }
                    else
                    {
                        throw new ProtocolException(field, offset + (n / 2), ProtocolErrorReason.BadFormat);
                    }
                }

                int at = offset + (n / 2);
                buffer[at] = (n & 1) == 0 ? (byte)(nibble << 4) : (byte)(buffer[at] | nibble);
            }
        }

        /// <inheritdoc />
        public override object Unpack(byte[] buffer, int offset, int units, int field, char[] scratch)
        {
            int nibbles = PackedLength(units) * 2;
            for (int n = 0; n < nibbles; n++)
            {
                int at = offset + (n / 2);
                int nibble = (n & 1) == 0 ? buffer[at] >> 4 : buffer[at] & 0x0F;
                if (n < units)
                {
                    if (nibble <= 9)
                    {
                        scratch[n] = (char)('0' + nibble);
                    }
                    else if (nibble == 0x0D)
                    {
                        scratch[n] = '=';
                    }
                    else
                    {
                        throw new ProtocolException(field, at, ProtocolErrorReason.BadBcd);
                    }
                }
                else if (nibble != 0x0F && nibble != 0)
                {
                    throw new ProtocolException(field, at, ProtocolErrorReason.BadFormat);
                }
            }

            return new string(scratch, 0, units);
        }
    }
}
