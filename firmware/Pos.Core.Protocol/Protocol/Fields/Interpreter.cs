namespace Pos.Core.Protocol.Fields
{
    /// <summary>
    /// How a field's value turns into bytes (jPOS's Interpreter): BCD, track digits, ASCII or binary. Interpreters
    /// are stateless singletons; a "unit" is a digit, a character or a byte, whichever the interpreter counts.
    /// </summary>
    public abstract class Interpreter
    {
        /// <summary>True when values are byte[] (binary); false when they are strings.</summary>
        public abstract bool IsBinary { get; }

        /// <summary>Bytes on the wire for <paramref name="units"/> units.</summary>
        public abstract int PackedLength(int units);

        /// <summary>
        /// Packs a string of <paramref name="units"/> units (after padding) at <paramref name="offset"/>. The caller
        /// has checked the room. Throws <see cref="ProtocolException"/> (BadFormat) for a character the format lacks.
        /// </summary>
        public virtual void PackString(string value, int units, Padder padder, byte[] buffer, int offset, int field)
        {
            throw new ProtocolException(field, offset, ProtocolErrorReason.BadFormat);
        }

        /// <summary>Packs bytes at <paramref name="offset"/>; the caller has checked the room.</summary>
        public virtual void PackBytes(byte[] value, byte[] buffer, int offset, int field)
        {
            throw new ProtocolException(field, offset, ProtocolErrorReason.BadFormat);
        }

        /// <summary>
        /// Reads <paramref name="units"/> units at <paramref name="offset"/>; the caller has checked that
        /// <see cref="PackedLength"/> bytes are there. Returns a string or a byte[]; <paramref name="scratch"/> holds at
        /// least <paramref name="units"/> chars.
        /// </summary>
        public abstract object Unpack(byte[] buffer, int offset, int units, int field, char[] scratch);
    }
}
