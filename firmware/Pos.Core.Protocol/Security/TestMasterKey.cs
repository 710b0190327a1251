namespace Pos.Core.Security
{
    /// <summary>
    /// Tells whether the master key in use is a TEST key: one put in by a TEST path (<see cref="KeyOrigin.Test"/>), or
    /// one whose check value is the published test key's (0123456789ABCDEF FEDCBA9876543210, the host simulator's),
    /// however it was loaded, so a dual-control rehearsal with components that combine to it is marked TEST as well.
    /// </summary>
    public static class TestMasterKey
    {
        // KCV of 0123456789ABCDEF FEDCBA9876543210 (the published two-key example): 08D7B4FB.
        private static readonly byte[] PublishedCheckValue = new byte[] { 0x08, 0xD7, 0xB4, 0xFB };

        /// <summary>
        /// True when <paramref name="keys"/> holds a TEST master key. <paramref name="scratch"/> (4 bytes or more) takes
        /// the check value, so a caller asking on every turn of the main loop allocates nothing.
        /// </summary>
        public static bool IsInUse(IKeyStore keys, byte[] scratch)
        {
            if (keys == null)
            {
                return false;
            }

            if (keys.MasterOrigin == KeyOrigin.Test)
            {
                return true;
            }

            return keys.GetCheckValue(KeySlot.Tmk, scratch, 0)
                && SecureCompare.Equal(scratch, 0, PublishedCheckValue, 0, PublishedCheckValue.Length);
        }
    }
}
