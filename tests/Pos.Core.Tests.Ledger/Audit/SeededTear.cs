using Pos.Core.Common;

namespace Pos.Core.Tests.Audit
{
    /// <summary>A power cut's tear chosen by a seeded random source: each file keeps a random prefix of its unflushed bytes.</summary>
    public sealed class SeededTear
    {
        private readonly SeededRandom _random;

        /// <summary>Creates the picker.</summary>
        public SeededTear(long seed)
        {
            _random = new SeededRandom(seed);
        }

        /// <summary>The unflushed bytes of <paramref name="name"/> that survive (0 … all).</summary>
        public int Pick(string name, int unflushed)
        {
            return _random.Next(unflushed + 1);
        }
    }
}
