namespace Pos.Core.Security
{
    /// <summary>
    /// The seam to the terminal's keys (TMK and the working keys PIK, MAK, TDK). A loaded key is held as a
    /// <see cref="DesKey"/> with its schedule already expanded, so MAC and PIN operations never re-expand keys.
    /// Clear key bytes go in and never come out: the store gives keys only as <see cref="DesKey"/> objects, and
    /// identifies them to people only by slot name and check value.
    /// <para>Fetch the key with <see cref="Get"/> for each operation and do not keep it: loading or clearing a
    /// slot wipes the key object that was there.</para>
    /// </summary>
    public interface IKeyStore
    {
        /// <summary>True when the slot holds a key.</summary>
        bool Has(KeySlot slot);

        /// <summary>The key in the slot, or null when it is empty.</summary>
        DesKey Get(KeySlot slot);

        /// <summary>
        /// Loads one clear key (8, 16 or 24 bytes) into a slot, replacing what was there. Returns
        /// <see cref="SecurityError.BadKeySlot"/> or <see cref="SecurityError.BadKeyLength"/> and changes nothing
        /// when the input is wrong. The caller wipes its copy of the key bytes.
        /// </summary>
        SecurityError Load(KeySlot slot, byte[] key, int offset, int length);

        /// <summary>
        /// Loads several clear keys at once, all or none: when any slot or length is wrong nothing changes.
        /// <paramref name="keys"/>[i] is the whole key for <paramref name="slots"/>[i].
        /// </summary>
        SecurityError LoadSet(KeySlot[] slots, byte[][] keys);

        /// <summary>
        /// Puts a new master key in place of every key: the working keys and the old master key are destroyed (a sign-in
        /// must deliver new working keys) and <paramref name="origin"/> is recorded with it, in one change that either
        /// happens whole or not at all. Returns <see cref="SecurityError.BadKeyLength"/> and changes nothing when the
        /// length is wrong. The caller wipes its copy of the key bytes.
        /// </summary>
        SecurityError LoadMaster(byte[] key, int offset, int length, KeyOrigin origin);

        /// <summary>
        /// Where the master key came from (<see cref="KeyOrigin.Unknown"/> with none, or when it was put in with
        /// <see cref="Load"/>): a <see cref="KeyOrigin.Test"/> key is marked TEST on screen.
        /// </summary>
        KeyOrigin MasterOrigin { get; }

        /// <summary>Empties a slot and wipes the key that was in it.</summary>
        void Clear(KeySlot slot);

        /// <summary>Empties every slot.</summary>
        void ClearAll();

        /// <summary>
        /// Writes the slot's 4-byte check value at <paramref name="offset"/>; false (and nothing written) when the
        /// slot is empty.
        /// </summary>
        bool GetCheckValue(KeySlot slot, byte[] output, int offset);

        /// <summary>The slot for people: its name and check value ("MAK KCV 1A2B3C4D"), or "MAK empty". Never key bytes.</summary>
        string Describe(KeySlot slot);

        /// <summary>
        /// Why the stored keys were found unusable at boot and erased, until keys are loaded again;
        /// <see cref="KeysLostReason.None"/> otherwise (always for a store that keeps nothing).
        /// </summary>
        KeysLostReason LostReason { get; }
    }
}
