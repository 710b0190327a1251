using Pos.Core.Common;

namespace Pos.Core.Security
{
    /// <summary>
    /// An <see cref="IKeyStore"/> that keeps keys in RAM only: for tests and the emulator (keys are lost at power
    /// off). Each slot keeps its expanded <see cref="DesKey"/> and its 4-byte check value, computed at load.
    /// </summary>
    public sealed class InMemoryKeyStore : IKeyStore
    {
        private readonly DesKey[] _keys = new DesKey[(int)KeySlot.Count];
        private readonly byte[][] _checkValues = new byte[(int)KeySlot.Count][];
        private KeyOrigin _origin;

        /// <inheritdoc />
        public bool Has(KeySlot slot)
        {
            return KeySlotNames.IsValid(slot) && _keys[(int)slot] != null;
        }

        /// <inheritdoc />
        public DesKey Get(KeySlot slot)
        {
            return KeySlotNames.IsValid(slot) ? _keys[(int)slot] : null;
        }

        /// <inheritdoc />
        public SecurityError Load(KeySlot slot, byte[] key, int offset, int length)
        {
            SecurityError error = KeyInput.Check(slot, key, offset, length);
            if (error != SecurityError.None)
            {
                return error;
            }

            DesKey loaded = new DesKey(key, offset, length);
            Put(slot, loaded, KeyCheckValue.Compute(loaded));
            return SecurityError.None;
        }

        /// <inheritdoc />
        public SecurityError LoadSet(KeySlot[] slots, byte[][] keys)
        {
            // Check everything before touching any slot, so a bad entry leaves the store as it was.
            SecurityError error = KeyInput.CheckSet(slots, keys);
            if (error != SecurityError.None)
            {
                return error;
            }

            DesKey[] loaded = new DesKey[slots.Length];
            byte[][] checkValues = new byte[slots.Length][];
            for (int i = 0; i < slots.Length; i++)
            {
                loaded[i] = new DesKey(keys[i]);
                checkValues[i] = KeyCheckValue.Compute(loaded[i]);
            }

            for (int i = 0; i < slots.Length; i++)
            {
                Put(slots[i], loaded[i], checkValues[i]);
            }

            return SecurityError.None;
        }

        /// <inheritdoc />
        public SecurityError LoadMaster(byte[] key, int offset, int length, KeyOrigin origin)
        {
            SecurityError error = KeyInput.Check(KeySlot.Tmk, key, offset, length);
            if (error != SecurityError.None)
            {
                return error;
            }

            DesKey loaded = new DesKey(key, offset, length);
            byte[] checkValue = KeyCheckValue.Compute(loaded);
            ClearAll();
            Put(KeySlot.Tmk, loaded, checkValue);
            _origin = origin;
            return SecurityError.None;
        }

        /// <inheritdoc />
        public KeyOrigin MasterOrigin => _origin;

        /// <inheritdoc />
        public void Clear(KeySlot slot)
        {
            if (KeySlotNames.IsValid(slot))
            {
                Put(slot, null, null);
            }
        }

        /// <inheritdoc />
        public void ClearAll()
        {
            for (int i = 0; i < (int)KeySlot.Count; i++)
            {
                Put((KeySlot)i, null, null);
            }
        }

        /// <inheritdoc />
        public bool GetCheckValue(KeySlot slot, byte[] output, int offset)
        {
            if (!Has(slot))
            {
                return false;
            }

            System.Array.Copy(_checkValues[(int)slot], 0, output, offset, KeyCheckValue.DefaultLength);
            return true;
        }

        /// <inheritdoc />
        public string Describe(KeySlot slot)
        {
            string name = KeySlotNames.Of(slot);
            if (!Has(slot))
            {
                return name + " empty";
            }

            return name + " KCV " + Hex.Encode(_checkValues[(int)slot]);
        }

        /// <inheritdoc />
        public KeysLostReason LostReason => KeysLostReason.None;

        /// <summary>Every slot by name and check value, never key bytes.</summary>
        public override string ToString()
        {
            System.Text.StringBuilder text = new System.Text.StringBuilder("KeyStore(");
            for (int i = 0; i < (int)KeySlot.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(", ");
                }

                text.Append(Describe((KeySlot)i));
            }

            return text.Append(')').ToString();
        }

        // Any change of the master key other than LoadMaster leaves its origin unknown.
        private void Put(KeySlot slot, DesKey key, byte[] checkValue)
        {
            if (slot == KeySlot.Tmk)
            {
                _origin = KeyOrigin.Unknown;
            }

            DesKey old = _keys[(int)slot];
            _keys[(int)slot] = key;
            _checkValues[(int)slot] = checkValue;
            if (old != null && old != key)
            {
                old.Wipe();
            }
        }
    }
}
