namespace Pos.Hal
{
    /// <summary>
    /// The board-secret seam: bytes unique to this board that never leave it and are not kept on the storage drive,
    /// from which the key store derives its key-encryption key. A flash image copied to another board then opens
    /// nothing. On the ESP32 it is the chip's factory eFuse MAC; in the emulator a random per-machine secret kept
    /// outside the data folder; in tests a fixed TEST value. A secure element would replace the seam's user
    /// (the key store), not this seam.
    /// </summary>
    public interface IBoardSecret
    {
        /// <summary>
        /// A new array holding the secret (at least 6 bytes); the same bytes at every boot of the board. The caller
        /// wipes it after use. Throws when the board cannot tell (the key store then treats its keys as unreadable).
        /// </summary>
        byte[] Read();
    }
}
