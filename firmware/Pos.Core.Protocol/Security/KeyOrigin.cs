namespace Pos.Core.Security
{
    /// <summary>
    /// Where the master key (TMK) in use came from: screens mark a TEST key, the self-test warns of it, and the audit
    /// names it. Stored with the key set (a byte the record MACs cover).
    /// </summary>
    public enum KeyOrigin
    {
        /// <summary>No master key, or one loaded by a path that does not say (tests, an older set).</summary>
        Unknown = 0,
        /// <summary>A TEST master key: the emulator's or a bench board's, never for real payments.</summary>
        Test = 1,
        /// <summary>Combined from two components entered under dual control in the technician menu.</summary>
        DualControl = 2,
        /// <summary>Number of origins.</summary>
        Count = 3,
    }
}
