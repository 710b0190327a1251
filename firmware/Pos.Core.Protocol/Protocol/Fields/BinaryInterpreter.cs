namespace Pos.Core.Protocol.Fields
{
    /// <summary>Raw bytes (fields 52, 55, 62, 64); values are byte[].</summary>
    public sealed class BinaryInterpreter : Interpreter
    {
        /// <summary>The one instance.</summary>
        public static readonly BinaryInterpreter Instance = new BinaryInterpreter();

        private BinaryInterpreter()
        {
        }

        /// <inheritdoc />
        public override bool IsBinary
        {
            get { return true; }
        }

        /// <inheritdoc />
        public override int PackedLength(int units)
        {
            return units;
        }

        /// <inheritdoc />
        public override void PackBytes(byte[] value, byte[] buffer, int offset, int field)
        {
            System.Array.Copy(value, 0, buffer, offset, value.Length);
        }

        /// <inheritdoc />
        public override object Unpack(byte[] buffer, int offset, int units, int field, char[] scratch)
        {
            byte[] value = new byte[units];
            System.Array.Copy(buffer, offset, value, 0, units);
            return value;
        }
    }
}
