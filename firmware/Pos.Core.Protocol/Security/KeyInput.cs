namespace Pos.Core.Security
{
    /// <summary>
    /// The checks every <see cref="IKeyStore"/> makes on keys given to it, before it changes anything: a known slot
    /// and a whole key of 8, 16 or 24 bytes.
    /// </summary>
    public static class KeyInput
    {
        /// <summary>The error <see cref="IKeyStore.Load"/> returns for these arguments, or <see cref="SecurityError.None"/>.</summary>
        public static SecurityError Check(KeySlot slot, byte[] key, int offset, int length)
        {
            if (!KeySlotNames.IsValid(slot))
            {
                return SecurityError.BadKeySlot;
            }

            if (key == null || !DesKey.IsValidLength(length) || offset < 0 || offset > key.Length - length)
            {
                return SecurityError.BadKeyLength;
            }

            return SecurityError.None;
        }

        /// <summary>
        /// The error <see cref="IKeyStore.LoadSet"/> returns for the first bad entry, or <see cref="SecurityError.None"/>;
        /// throws when the arrays do not pair one key with each slot.
        /// </summary>
        public static SecurityError CheckSet(KeySlot[] slots, byte[][] keys)
        {
            if (slots == null || keys == null || slots.Length != keys.Length)
            {
                throw new System.ArgumentException("one key per slot");
            }

            for (int i = 0; i < slots.Length; i++)
            {
                SecurityError error = Check(slots[i], keys[i], 0, keys[i] == null ? 0 : keys[i].Length);
                if (error != SecurityError.None)
                {
                    return error;
                }
            }

            return SecurityError.None;
        }
    }
}
