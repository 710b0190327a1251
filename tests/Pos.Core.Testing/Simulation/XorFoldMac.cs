using Pos.Core.Protocol;

namespace Pos.Core.Simulation
{
    /// <summary>A fake MAC for tests: byte i is the XOR of every data byte at a position ≡ i (mod 8). Not crypto.</summary>
    public sealed class XorFoldMac : IMacCalculator
    {
        /// <inheritdoc />
        public void Compute(byte[] data, int offset, int count, byte[] mac8, int macOffset)
        {
            for (int i = 0; i < 8; i++)
            {
                mac8[macOffset + i] = 0;
            }

            for (int i = 0; i < count; i++)
            {
                mac8[macOffset + (i & 7)] ^= data[offset + i];
            }
        }
    }
}
