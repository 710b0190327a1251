namespace Pos.Core.Security
{
    /// <summary>Why a step of the dual-control master key load was refused (<see cref="DualControlKeyLoad"/>).</summary>
    public enum KeyLoadError
    {
        /// <summary>The step went through.</summary>
        None = 0,
        /// <summary>The component does not have all its hex digits yet.</summary>
        Incomplete = 1,
        /// <summary>The second component equals the first: the combined key would be all zeros.</summary>
        SameAsFirst = 2,
        /// <summary>The combined key's two halves are equal, so it is single DES: refused.</summary>
        WeakKey = 3,
        /// <summary>The step does not belong where the load is (e.g. combining before both components are accepted).</summary>
        OutOfOrder = 4,
        /// <summary>The key store refused the key or could not be reached.</summary>
        StoreRefused = 5,
    }
}
