namespace Pos.Core.Security
{
    /// <summary>
    /// The seam to the data-at-rest key: the 3DES key card data (PAN, tracks) are sealed under before they reach the
    /// flash (<see cref="CardDataCipher"/>). Kept apart from <see cref="IKeyStore"/> so a store that holds a dedicated
    /// data key can replace the TMK-derived one (<see cref="TmkDataKey"/>) without touching the callers.
    /// </summary>
    public interface IDataKey
    {
        /// <summary>The data key, or null when there is none (keys lost). Do not keep it: fetch it for each use.</summary>
        DesKey Get();
    }
}
