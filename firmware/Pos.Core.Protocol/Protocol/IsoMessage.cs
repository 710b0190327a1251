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

        // The fields present, one slot each (a message holds about 20 of the 63): the field's number, its value and
        // where unpacking found it (-1 when set, not parsed); the slots double when a message holds more. _slotOf has
        // each field's slot + 1 (0: absent), one byte a field. 65-slot arrays of values and offsets cost about a
        // kilobyte more a message (a reference is a heap block on nanoCLR), and the terminal keeps seven messages.
        private const int Slots = 24;
        private readonly byte[] _slotOf = new byte[MaxField + 1];
        private byte[] _fieldAt = new byte[Slots];
        private object[] _values = new object[Slots];
        private int[] _slotOffsets = new int[Slots];
        private int _count;
        private int _mtiOffset;
        private int _bitmapOffset;

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
            for (int i = 0; i < _count; i++)
            {
                _slotOf[_fieldAt[i]] = 0;
                _values[i] = null;
            }

            _count = 0;
            _mtiOffset = -1;
            _bitmapOffset = -1;
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
            Put(field, value);
        }

        /// <summary>Sets a binary field; null removes it.</summary>
        public void Set(int field, byte[] value)
        {
            Check(field);
            Put(field, value);
        }

        /// <summary>Removes a field.</summary>
        public void Remove(int field)
        {
            Check(field);
            Put(field, null);
        }

        /// <summary>True when the field has a value.</summary>
        public bool Has(int field)
        {
            return field >= 2 && field <= MaxField && _slotOf[field] != 0;
        }

        /// <summary>The field's value (string or byte[]), or null.</summary>
        public object Get(int field)
        {
            // Inline, not through Has: packing asks for every field, and a call costs on the interpreter.
            int slot = field >= 2 && field <= MaxField ? _slotOf[field] : 0;
            return slot == 0 ? null : _values[slot - 1];
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
            if (field == 0 || field == 1)
            {
                return field == 0 ? _mtiOffset : _bitmapOffset;
            }

            return Has(field) ? _slotOffsets[_slotOf[field] - 1] : -1;
        }

        internal void SetParsed(int field, object value, int offset)
        {
            int slot = Put(field, value);
            if (slot >= 0)
            {
                _slotOffsets[slot] = offset;
            }
        }

        /// <summary>Where the MTI (field 0) or the bitmap (field 1) began.</summary>
        internal void SetOffset(int field, int offset)
        {
            if (field == 0)
            {
                _mtiOffset = offset;
            }
            else if (field == 1)
            {
                _bitmapOffset = offset;
            }
        }

        // Sets, replaces or (null) removes a field's slot; a new field starts with no parsed offset. Returns the slot
        // (-1 when removed).
        private int Put(int field, object value)
        {
            int slot = _slotOf[field] - 1;
            if (value == null)
            {
                if (slot >= 0)
                {
                    _count--;
                    System.Array.Copy(_fieldAt, slot + 1, _fieldAt, slot, _count - slot);
                    System.Array.Copy(_values, slot + 1, _values, slot, _count - slot);
                    System.Array.Copy(_slotOffsets, slot + 1, _slotOffsets, slot, _count - slot);
                    _values[_count] = null;
                    _slotOf[field] = 0;
                    for (int i = slot; i < _count; i++)
                    {
                        _slotOf[_fieldAt[i]] = (byte)(i + 1);
                    }
                }

                return -1;
            }

            if (slot < 0)
            {
                if (_count == _values.Length)
                {
                    Grow();
                }

                slot = _count++;
                _fieldAt[slot] = (byte)field;
                _slotOffsets[slot] = -1;
                _slotOf[field] = (byte)(slot + 1);
            }

            _values[slot] = value;
            return slot;
        }

        private void Grow()
        {
            int size = _values.Length * 2;
            byte[] fields = new byte[size];
            object[] values = new object[size];
            int[] offsets = new int[size];
            System.Array.Copy(_fieldAt, fields, _count);
            System.Array.Copy(_values, values, _count);
            System.Array.Copy(_slotOffsets, offsets, _count);
            _fieldAt = fields;
            _values = values;
            _slotOffsets = offsets;
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
