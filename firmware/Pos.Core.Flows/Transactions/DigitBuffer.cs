namespace Pos.Core.Transactions
{
    /// <summary>
    /// Digits typed on the keypad, as ASCII bytes in a fixed buffer: an amount, a trace number or a PIN. Removed and
    /// wiped digits are overwritten with zeros, so a PIN never lingers in RAM after it is used or abandoned.
    /// </summary>
    public sealed class DigitBuffer
    {
        private readonly byte[] _bytes;

        /// <summary>Creates a buffer for up to <paramref name="capacity"/> digits.</summary>
        public DigitBuffer(int capacity)
        {
            _bytes = new byte[capacity];
        }

        /// <summary>Digits held.</summary>
        public int Count { get; private set; }

        /// <summary>The ASCII digits, valid up to <see cref="Count"/> (for the PIN block).</summary>
        public byte[] Bytes => _bytes;

        /// <summary>The digits as a number (0 when empty).</summary>
        public long Value
        {
            get
            {
                long v = 0;
                for (int i = 0; i < Count; i++)
                {
                    v = (v * 10) + (_bytes[i] - '0');
                }

                return v;
            }
        }

        /// <summary>Appends a digit 0–9; false (nothing added) when full.</summary>
        public bool Add(int digit)
        {
            if (Count >= _bytes.Length)
            {
                return false;
            }

            _bytes[Count++] = (byte)('0' + digit);
            return true;
        }

        /// <summary>Removes the last digit, if any.</summary>
        public void Backspace()
        {
            if (Count > 0)
            {
                _bytes[--Count] = 0;
            }
        }

        /// <summary>Empties the buffer and overwrites every byte.</summary>
        public void Wipe()
        {
            for (int i = 0; i < _bytes.Length; i++)
            {
                _bytes[i] = 0;
            }

            Count = 0;
        }

        /// <summary>The digits as text (a trace number being typed; never a PIN).</summary>
        public string Text()
        {
            char[] chars = new char[Count];
            for (int i = 0; i < Count; i++)
            {
                chars[i] = (char)_bytes[i];
            }

            return new string(chars);
        }
    }
}
