namespace Pos.Core.Security
{
    /// <summary>
    /// The data-at-rest key derived from the TMK, the one key that persists: the double-length key made of the 3DES
    /// encryptions under the TMK of two fixed diversification blocks ("CARDDAT1", "CARDDAT2"). It survives a reboot
    /// whenever the TMK does and is gone when the TMK is; it changes when a new TMK is loaded (card data sealed under
    /// the old one can then no longer be opened). Derived once per TMK object (the store wipes and replaces the object
    /// when the slot is loaded or cleared).
    /// </summary>
    public sealed class TmkDataKey : IDataKey
    {
        private static readonly byte[] Diversification = new byte[]
        {
            0x43, 0x41, 0x52, 0x44, 0x44, 0x41, 0x54, 0x31, // "CARDDAT1"
            0x43, 0x41, 0x52, 0x44, 0x44, 0x41, 0x54, 0x32, // "CARDDAT2"
        };

        private readonly IKeyStore _keys;
        private DesKey _tmk;
        private DesKey _derived;

        /// <summary>Derives from the TMK in <paramref name="keys"/>.</summary>
        public TmkDataKey(IKeyStore keys)
        {
            if (keys == null)
            {
                throw new System.ArgumentNullException(nameof(keys));
            }

            _keys = keys;
        }

        /// <inheritdoc/>
        public DesKey Get()
        {
            DesKey tmk = _keys.Get(KeySlot.Tmk);
            if (tmk == null)
            {
                Forget();
                return null;
            }

            if (!ReferenceEquals(tmk, _tmk))
            {
                Forget();
                byte[] clear = new byte[16];
                tmk.EncryptBlock(Diversification, 0, clear, 0);
                tmk.EncryptBlock(Diversification, 8, clear, 8);
                _derived = new DesKey(clear, 0, 16);
                System.Array.Clear(clear, 0, clear.Length);
                _tmk = tmk;
            }

            return _derived;
        }

        private void Forget()
        {
            if (_derived != null)
            {
                _derived.Wipe();
            }

            _derived = null;
            _tmk = null;
        }
    }
}
