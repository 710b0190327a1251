using Pos.Core.Protocol;

namespace Pos.HostSim
{
    /// <summary>The bad-MAC fault: the right MAC (or a fixed pattern without a key) with its first byte changed.</summary>
    internal sealed class CorruptMacCalculator : IMacCalculator
    {
        private readonly IMacCalculator? _inner;

        public CorruptMacCalculator(IMacCalculator? inner)
        {
            _inner = inner;
        }

        public void Compute(byte[] data, int offset, int count, byte[] mac8, int macOffset)
        {
            if (_inner != null)
            {
                _inner.Compute(data, offset, count, mac8, macOffset);
            }
            else
            {
                Array.Fill(mac8, (byte)'5', macOffset, 8);
            }

            mac8[macOffset] = (byte)(mac8[macOffset] == (byte)'0' ? '1' : '0');
        }
    }
}
