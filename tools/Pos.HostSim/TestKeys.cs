namespace Pos.HostSim
{
    /// <summary>
    /// Keys of the simulator. TEST ONLY: published in the repository, never to be loaded into a real terminal or host.
    /// </summary>
    public static class TestKeys
    {
        /// <summary>
        /// The double-length test terminal master key (TMK) the simulator encrypts working keys under. A terminal under
        /// test loads the same bytes into its TMK slot. Test value: 0123456789ABCDEF FEDCBA9876543210.
        /// </summary>
        public static byte[] TerminalMasterKey =>
        [
            0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF,
            0xFE, 0xDC, 0xBA, 0x98, 0x76, 0x54, 0x32, 0x10,
        ];
    }
}
