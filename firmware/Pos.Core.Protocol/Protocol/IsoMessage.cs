namespace Pos.Core.Protocol
{
    /// <summary>
    /// One ISO 8583 message with its TPDU and header: digits and text fields as string, binary fields as byte[].
    /// Reusable: <see cref="Clear"/> keeps the arrays. After unpacking it also knows where each field started and
    /// what the MAC check found. Not thread-safe.
    /// </summary>
    public sealed class IsoMessage
    {
        /// <summary>Highest field number (64-bit primary bitmap only).</summary>
        public const int MaxField = 64;

        private readonly object[] _values = new object[MaxField + 1];
        private readonly int[] _offsets = new int[MaxField + 1];

        /// <summary>Creates an empty message with the usual header.</summary>
        public IsoMessage()
        {
            Tpdu = new Tpdu();
            Header = new MessageHeader();
            Clear();
        }

        /// <summary>The TPDU.</summary>
        public Tpdu Tpdu { get; }

        /// <summary>The 6-byte header.</summary>
        public MessageHeader Header { get; }

        /// <summary>The MTI's four digits as a number: 0200 is 200.</summary>
        public int Mti { get; set; }

        /// <summary>When set, packing adds field 64 computed by the MAC calculator.</summary>
        public bool MacRequested { get; set; }

        /// <summary>After unpacking: what the check of field 64 found.</summary>
        public MacState MacState { get; internal set; }

        /// <summary>After unpacking: where the MAC'ed bytes (MTI through the field before 64) begin.</summary>
        public int MacDataOffset { get; internal set; }

        /// <summary>After unpacking: how many bytes the MAC covers.</summary>
        public int MacDataLength { get; internal set; }

        /// <summary>Removes all fields and resets the MTI and MAC state (TPDU and header are kept).</summary>
        public void Clear()
        {
            for (int i = 0; i <= MaxField; i++)
            {
                _values[i] = null;
                _offsets[i] = -1;
            }

            Mti = 0;
            MacRequested = false;
            MacState = MacState.Absent;
            MacDataOffset = 0;
            MacDataLength = 0;
        }

        /// <summary>Sets a digits or text field; null removes it.</summary>
        public void Set(int field, string value)
        {
            Check(field);
            _values[field] = value;
        }

        /// <summary>Sets a binary field; null removes it.</summary>
        public void Set(int field, byte[] value)
        {
            Check(field);
            _values[field] = value;
        }

        /// <summary>Removes a field.</summary>
        public void Remove(int field)
        {
            Check(field);
            _values[field] = null;
        }

        /// <summary>True when the field has a value.</summary>
        public bool Has(int field)
        {
            return field >= 2 && field <= MaxField && _values[field] != null;
        }

        /// <summary>The field's value (string or byte[]), or null.</summary>
        public object Get(int field)
        {
            return field >= 2 && field <= MaxField ? _values[field] : null;
        }

        /// <summary>The field as text, or null when absent or binary.</summary>
        public string GetString(int field)
        {
            return Get(field) as string;
        }

        /// <summary>The field as bytes, or null when absent or text.</summary>
        public byte[] GetBytes(int field)
        {
            return Get(field) as byte[];
        }

        /// <summary>After unpacking: the buffer offset where the field began (0 = MTI, 1 = bitmap), or -1.</summary>
        public int OffsetOf(int field)
        {
            return field >= 0 && field <= MaxField ? _offsets[field] : -1;
        }

        internal void SetParsed(int field, object value, int offset)
        {
            _values[field] = value;
            _offsets[field] = offset;
        }

        internal void SetOffset(int field, int offset)
        {
            _offsets[field] = offset;
        }

        private static void Check(int field)
        {
            if (field < 2 || field > MaxField)
            {
                throw new System.ArgumentOutOfRangeException(nameof(field));
            }
        }
    }
}
