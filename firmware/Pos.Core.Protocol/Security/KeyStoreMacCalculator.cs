using Pos.Core.Protocol;

namespace Pos.Core.Security
{
    /// <summary>
    /// The protocol layer's MAC (field 64) computed with the MAK from the key store: the CUPS POS ECB MAC by default,
    /// X9.19 or X9.9 when the acquirer asks for it. The key is fetched for each message, never kept, so a new
    /// sign-in takes effect at once.
    /// </summary>
    public sealed class KeyStoreMacCalculator : IMacCalculator
    {
        private readonly IKeyStore _keys;
        private readonly MacAlgorithm _algorithm;

        /// <summary>Creates a calculator over the key store's MAK slot.</summary>
        public KeyStoreMacCalculator(IKeyStore keys, MacAlgorithm algorithm)
        {
            if (keys == null)
            {
                throw new System.ArgumentNullException(nameof(keys));
            }

            _keys = keys;
            _algorithm = algorithm;
        }

        /// <inheritdoc />
        /// <exception cref="SecurityException">No MAK is loaded (not signed in), or the algorithm does not take its length.</exception>
        public void Compute(byte[] data, int offset, int count, byte[] mac8, int macOffset)
        {
            DesKey mak = _keys.Get(KeySlot.Mak);
            if (mak == null)
            {
                throw new SecurityException(SecurityError.KeyMissing);
            }

            SecurityError error = Mac.Compute(_algorithm, mak, data, offset, count, mac8, macOffset);
            if (error != SecurityError.None)
            {
                throw new SecurityException(error);
            }
        }
    }
}
