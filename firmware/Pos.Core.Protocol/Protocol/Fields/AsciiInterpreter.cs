namespace Pos.Core.Protocol.Fields
{
    /// <summary>Printable ASCII (0x20..0x7E), one byte per character; anything else is BadFormat both ways.</summary>
    public sealed class AsciiInterpreter : Interpreter
    {
        /// <summary>The one instance.</summary>
        public static readonly AsciiInterpreter Instance = new AsciiInterpreter();

        private AsciiInterpreter()
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
            return units;
        }

        /// <inheritdoc />
        public override void PackString(string value, int units, Padder padder, byte[] buffer, int offset, int field)
        {
            for (int i = 0; i < units; i++)
            {
                char c = padder.CharAt(value, i, units);
                if (c < ' ' || c > '~')
                {
                    throw new ProtocolException(field, offset + i, ProtocolErrorReason.BadFormat);
                }

                buffer[offset + i] = (byte)c;
            }
        }

        /// <inheritdoc />
        public override object Unpack(byte[] buffer, int offset, int units, int field, char[] scratch)
        {
            for (int i = 0; i < units; i++)
            {
                int b = buffer[offset + i];
                if (b < 0x20 || b > 0x7E)
                {
                    throw new ProtocolException(field, offset + i, ProtocolErrorReason.BadFormat);
                }

                scratch[i] = (char)b;
            }

            return new string(scratch, 0, units);
        }
    }
}
