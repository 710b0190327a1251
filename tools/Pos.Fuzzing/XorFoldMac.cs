using Pos.Core.Protocol;

namespace Pos.Fuzzing
{
    /// <summary>The fake MAC of the protocol tests (byte i = XOR of the data bytes at positions ≡ i mod 8). Not crypto.</summary>
    public sealed class XorFoldMac : IMacCalculator
    {
        /// <inheritdoc />
        public void Compute(byte[] data, int offset, int count, byte[] mac8, int macOffset)
        {
            Array.Clear(mac8, macOffset, 8);
            for (int i = 0; i < count; i++)
            {
                mac8[macOffset + (i & 7)] ^= data[offset + i];
            }
        }
    }
}
