namespace Pos.Core.Security
{
    /// <summary>
    /// The master key ceremony's arithmetic, apart from any screen: two custodians each type one double-length
    /// component (32 hex digits); each component is confirmed by its check value before the next is taken; the
    /// master key is their XOR, confirmed by its own check value, and only then handed to the key store, which
    /// destroys every old key (<see cref="IKeyStore.LoadMaster"/>). Component bytes live only in this object's
    /// buffers and are zeroed at every step back, at the end and on <see cref="Wipe"/>; nothing here is ever turned
    /// into text except check values.
    /// </summary>
    public sealed class DualControlKeyLoad
    {
        /// <summary>Bytes of a component and of the master key (double-length 3DES).</summary>
        public const int KeyLength = 16;

        /// <summary>Hex digits a custodian types per component.</summary>
        public const int HexDigits = KeyLength * 2;

        private readonly byte[] _first = new byte[KeyLength];
        private readonly byte[] _typing = new byte[KeyLength];
        private readonly byte[] _combined = new byte[KeyLength];
        private int _digits;
        private int _component = 1;
        private bool _combinedReady;

        /// <summary>The component being typed or checked: 1 or 2 (2 also once both are accepted).</summary>
        public int Component => _component;

        /// <summary>Hex digits typed of the current component.</summary>
        public int Digits => _digits;

        /// <summary>True when the current component has all its digits.</summary>
        public bool IsComplete => _digits == HexDigits;

        /// <summary>True once both components are accepted and combined (<see cref="Combine"/>).</summary>
        public bool IsCombined => _combinedReady;

        /// <summary>Adds one hex digit (0–15) to the current component; false when it is full or the value is not a nibble.</summary>
        public bool Type(int nibble)
        {
            if (nibble < 0 || nibble > 15 || _digits >= HexDigits || _combinedReady)
            {
                return false;
            }

            int i = _digits / 2;
            _typing[i] = (_digits % 2) == 0 ? (byte)(nibble << 4) : (byte)(_typing[i] | nibble);
            _digits++;
            return true;
        }

        /// <summary>Removes the last digit typed; false when there is none.</summary>
        public bool Erase()
        {
            if (_digits == 0 || _combinedReady)
            {
                return false;
            }

            _digits--;
            int i = _digits / 2;
            _typing[i] = (_digits % 2) == 0 ? (byte)0 : (byte)(_typing[i] & 0xF0);
            return true;
        }

        /// <summary>
        /// Checks the typed component and writes its 4-byte check value at <paramref name="offset"/> for the custodian to
        /// compare with the key sheet. Refuses an incomplete component, and a second one equal to the first.
        /// </summary>
        public KeyLoadError Check(byte[] kcv, int offset)
        {
            if (_combinedReady)
            {
                return KeyLoadError.OutOfOrder;
            }

            if (!IsComplete)
            {
                return KeyLoadError.Incomplete;
            }

            if (_component == 2 && SecureCompare.Equal(_first, 0, _typing, 0, KeyLength))
            {
                return KeyLoadError.SameAsFirst;
            }

            CheckValueOf(_typing, kcv, offset);
            return KeyLoadError.None;
        }

        /// <summary>The custodian's check value matched: component 1 is kept and component 2 is asked for next.</summary>
        public KeyLoadError Accept()
        {
            if (_combinedReady || !IsComplete || _component != 1)
            {
                return KeyLoadError.OutOfOrder;
            }

            System.Array.Copy(_typing, _first, KeyLength);
            ClearTyping();
            _component = 2;
            return KeyLoadError.None;
        }

        /// <summary>The check value did not match: the current component is wiped, to be typed again.</summary>
        public void Reject()
        {
            ClearTyping();
        }

        /// <summary>
        /// Component 2's check value matched: XORs the two into the master key and writes its check value. Refuses a
        /// key whose halves are equal (single DES in effect); both components are wiped either way.
        /// </summary>
        public KeyLoadError Combine(byte[] kcv, int offset)
        {
            if (_combinedReady || _component != 2 || !IsComplete)
            {
                return KeyLoadError.OutOfOrder;
            }

            if (SecureCompare.Equal(_first, 0, _typing, 0, KeyLength))
            {
                return KeyLoadError.SameAsFirst;
            }

            for (int i = 0; i < KeyLength; i++)
            {
                _combined[i] = (byte)(_first[i] ^ _typing[i]);
            }

            System.Array.Clear(_first, 0, KeyLength);
            ClearTyping();
            if (HalvesEqualIgnoringParity(_combined))
            {
                System.Array.Clear(_combined, 0, KeyLength);
                _component = 1;
                return KeyLoadError.WeakKey;
            }

            _combinedReady = true;
            CheckValueOf(_combined, kcv, offset);
            return KeyLoadError.None;
        }

        /// <summary>
        /// The combined check value was confirmed: the master key goes into <paramref name="keys"/> in place of every
        /// key (origin <see cref="KeyOrigin.DualControl"/>), and everything here is wiped.
        /// </summary>
        public KeyLoadError Commit(IKeyStore keys)
        {
            if (!_combinedReady)
            {
                return KeyLoadError.OutOfOrder;
            }

            SecurityError error = keys == null ? SecurityError.KeyMissing : keys.LoadMaster(_combined, 0, KeyLength, KeyOrigin.DualControl);
            Wipe();
            return error == SecurityError.None ? KeyLoadError.None : KeyLoadError.StoreRefused;
        }

        /// <summary>Zeroes every buffer and starts again at component 1.</summary>
        public void Wipe()
        {
            System.Array.Clear(_first, 0, KeyLength);
            System.Array.Clear(_combined, 0, KeyLength);
            ClearTyping();
            _component = 1;
            _combinedReady = false;
        }

        private void ClearTyping()
        {
            System.Array.Clear(_typing, 0, KeyLength);
            _digits = 0;
        }

        private static void CheckValueOf(byte[] key, byte[] kcv, int offset)
        {
            DesKey k = new DesKey(key, 0, KeyLength);
            KeyCheckValue.Compute(k, kcv, offset, KeyCheckValue.DefaultLength);
            k.Wipe();
        }

        // DES ignores each byte's low (parity) bit, so halves that differ only there are the same key.
        private static bool HalvesEqualIgnoringParity(byte[] key)
        {
            int diff = 0;
            for (int i = 0; i < 8; i++)
            {
                diff |= (key[i] ^ key[i + 8]) & 0xFE;
            }

            return diff == 0;
        }
    }
}
