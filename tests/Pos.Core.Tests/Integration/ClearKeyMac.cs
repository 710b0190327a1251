using Pos.Core.Protocol;
using Pos.Core.Security;

namespace Pos.Core.Tests.Integration
{
    /// <summary>The host side's MAC in tests: the CUPS ECB MAC under a clear MAK the "host" generated.</summary>
    public sealed class ClearKeyMac : IMacCalculator
    {
        private readonly DesKey _mak;

        /// <summary>Creates the calculator over a clear test MAK.</summary>
        public ClearKeyMac(byte[] mak)
        {
            _mak = new DesKey(mak);
        }

        /// <inheritdoc />
        public void Compute(byte[] data, int offset, int count, byte[] mac8, int macOffset)
        {
            Mac.Compute(MacAlgorithm.CupsEcb, _mak, data, offset, count, mac8, macOffset);
        }
    }
}
