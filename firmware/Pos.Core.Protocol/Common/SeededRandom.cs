namespace Pos.Core.Common
{
    /// <summary>
    /// A small deterministic pseudo-random generator (xorshift64*). System.Random gives different sequences on
    /// nanoFramework and .NET, so seeded workloads (fuzzers, power-cut sweeps) use this to be the same everywhere.
    /// Not for keys or anything secret.
    /// </summary>
    public sealed class SeededRandom
    {
        private ulong _state;

        /// <summary>Creates a generator; the same seed gives the same sequence on every target.</summary>
        public SeededRandom(long seed)
        {
            _state = (ulong)seed ^ 0x9E3779B97F4A7C15UL;
            if (_state == 0)
            {
                _state = 0x2545F4914F6CDD1DUL;
            }
        }

        /// <summary>The next 64 random bits.</summary>
        public ulong NextULong()
        {
            _state ^= _state >> 12;
            _state ^= _state << 25;
            _state ^= _state >> 27;
            return _state * 0x2545F4914F6CDD1DUL;
        }

        /// <summary>A value in [0, <paramref name="maxExclusive"/>).</summary>
        public int Next(int maxExclusive)
        {
            if (maxExclusive <= 0)
            {
                throw new System.ArgumentOutOfRangeException(nameof(maxExclusive));
            }

            return (int)((NextULong() >> 33) % (ulong)maxExclusive);
        }

        /// <summary>A value in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
        public int Next(int minInclusive, int maxExclusive)
        {
            if (maxExclusive <= minInclusive)
            {
                throw new System.ArgumentOutOfRangeException(nameof(maxExclusive));
            }

            return minInclusive + Next(maxExclusive - minInclusive);
        }

        /// <summary>Fills a buffer with random bytes.</summary>
        public void NextBytes(byte[] buffer)
        {
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = (byte)(NextULong() >> 56);
            }
        }
    }
}
