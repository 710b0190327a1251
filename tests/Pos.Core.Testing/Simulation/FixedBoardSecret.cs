using Pos.Hal;

namespace Pos.Core.Simulation
{
    /// <summary>
    /// A TEST board secret: the same bytes every time (or a failure, to model a board that cannot tell), so a
    /// simulated flash can be reopened as the same board or as another one.
    /// </summary>
    public sealed class FixedBoardSecret : IBoardSecret
    {
        private readonly byte[] _secret;

        /// <summary>TEST ONLY: 8 bytes counting up from <paramref name="fill"/>.</summary>
        public FixedBoardSecret(byte fill)
        {
            _secret = new byte[8];
            for (int i = 0; i < _secret.Length; i++)
            {
                _secret[i] = (byte)(fill + i);
            }
        }

        /// <summary>When true, <see cref="Read"/> throws, as a board whose identity cannot be read.</summary>
        public bool Fails { get; set; }

        /// <inheritdoc />
        public byte[] Read()
        {
            if (Fails)
            {
                throw new System.InvalidOperationException("board secret unreadable");
            }

            byte[] copy = new byte[_secret.Length];
            System.Array.Copy(_secret, copy, copy.Length);
            return copy;
        }
    }
}
