namespace Pos.Core.Security
{
    /// <summary>
    /// The key slots of the terminal. Values are stable (storage records them); names come from
    /// <see cref="KeySlotNames"/>.
    /// </summary>
    public enum KeySlot
    {
        /// <summary>Terminal master key: loaded at installation, decrypts the working keys delivered at sign-in.</summary>
        Tmk = 0,
        /// <summary>PIN key: encrypts PIN blocks (field 52).</summary>
        Pik = 1,
        /// <summary>MAC key: computes and verifies field 64.</summary>
        Mak = 2,
        /// <summary>Track (data) key: encrypts track data when 53 asks for it (60.3 = 004).</summary>
        Tdk = 3,

        /// <summary>One past the highest value; sizes lookup tables.</summary>
        Count = 4,
    }
}
