namespace Pos.Core.Security
{
    /// <summary>
    /// Installs the working keys a sign-in reply (0810) delivers in field 62 (cups-pos.md §2.5). The layout follows
    /// 60.3 of the request: 001 = PIK, MAK single length (2 × (8 + 4) = 24 bytes); 003 = PIK, MAK double length
    /// (2 × (16 + 4) = 40 bytes); 004 = PIK, MAK, TDK double length (3 × 20 = 60 bytes). Each entry is the key
    /// encrypted under the TMK in ECB (DES or 3DES by the TMK's length, one block per 8 bytes) followed by its 4-byte
    /// check value. Every key is decrypted and checked before any is installed; the set goes in with one
    /// <see cref="IKeyStore.LoadSet"/>, so a single wrong check value installs nothing. Clear key bytes are wiped.
    /// <para>A double-length MAK is kept double length (the CUPS ECB MAC is then 3DES); hosts that mean "use only the
    /// left half" must send layout 001.</para>
    /// </summary>
    public static class WorkingKeyDelivery
    {
        /// <summary>60.3 = 001: PIK and MAK, single length.</summary>
        public const int SingleLength = 1;

        /// <summary>60.3 = 003: PIK and MAK, double length.</summary>
        public const int DoubleLength = 3;

        /// <summary>60.3 = 004: PIK, MAK and TDK, double length.</summary>
        public const int DoubleLengthWithTdk = 4;

        private static readonly KeySlot[] Order = new KeySlot[] { KeySlot.Pik, KeySlot.Mak, KeySlot.Tdk };
        private static readonly SecurityError[] CheckErrors = new SecurityError[]
        {
            SecurityError.PikCheckValue, SecurityError.MakCheckValue, SecurityError.TdkCheckValue,
        };

        /// <summary>The field 62 length a layout requires (24, 40 or 60), or -1 for an unknown layout.</summary>
        public static int ExpectedLength(int layout)
        {
            int keyLength = KeyLength(layout);
            return keyLength < 0 ? -1 : KeyCount(layout) * (keyLength + KeyCheckValue.DefaultLength);
        }

        /// <summary>
        /// Decrypts, checks and installs the keys in <paramref name="count"/> bytes of field 62 at
        /// <paramref name="offset"/>. Returns <see cref="SecurityError.None"/> when all are installed;
        /// <see cref="SecurityError.UnknownKeyLayout"/>, <see cref="SecurityError.KeyBlockLength"/>,
        /// <see cref="SecurityError.MasterKeyMissing"/>, or the failing key's check-value error
        /// (<see cref="SecurityError.PikCheckValue"/>, <see cref="SecurityError.MakCheckValue"/>,
        /// <see cref="SecurityError.TdkCheckValue"/>) when nothing was installed.
        /// </summary>
        public static SecurityError Install(IKeyStore store, int layout, byte[] field62, int offset, int count)
        {
            if (store == null)
            {
                throw new System.ArgumentNullException(nameof(store));
            }

            if (field62 == null)
            {
                throw new System.ArgumentNullException(nameof(field62));
            }

            if (offset < 0 || count < 0 || offset > field62.Length - count)
            {
                throw new System.ArgumentOutOfRangeException(nameof(count));
            }

            int keyLength = KeyLength(layout);
            if (keyLength < 0)
            {
                return SecurityError.UnknownKeyLayout;
            }

            int keys = KeyCount(layout);
            int entry = keyLength + KeyCheckValue.DefaultLength;
            if (count != keys * entry)
            {
                return SecurityError.KeyBlockLength;
            }

            DesKey tmk = store.Get(KeySlot.Tmk);
            if (tmk == null)
            {
                return SecurityError.MasterKeyMissing;
            }

            KeySlot[] slots = new KeySlot[keys];
            byte[][] clear = new byte[keys][];
            SecurityError result = SecurityError.None;
            for (int i = 0; i < keys && result == SecurityError.None; i++)
            {
                int at = offset + (i * entry);
                slots[i] = Order[i];
                clear[i] = new byte[keyLength];
                for (int block = 0; block < keyLength; block += DesKey.BlockSize)
                {
                    tmk.DecryptBlock(field62, at + block, clear[i], block);
                }

                DesKey candidate = new DesKey(clear[i]);
                if (!KeyCheckValue.Matches(candidate, field62, at + keyLength, KeyCheckValue.DefaultLength))
                {
                    result = CheckErrors[i];
                }

                candidate.Wipe();
            }

            if (result == SecurityError.None)
            {
                result = store.LoadSet(slots, clear);
            }

            for (int i = 0; i < keys; i++)
            {
                if (clear[i] != null)
                {
                    for (int j = 0; j < clear[i].Length; j++)
                    {
                        clear[i][j] = 0;
                    }
                }
            }

            return result;
        }

        private static int KeyLength(int layout)
        {
            if (layout == SingleLength)
            {
                return 8;
            }

            if (layout == DoubleLength || layout == DoubleLengthWithTdk)
            {
                return 16;
            }

            return -1;
        }

        private static int KeyCount(int layout)
        {
            return layout == DoubleLengthWithTdk ? 3 : 2;
        }
    }
}
