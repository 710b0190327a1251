namespace Pos.Core.Security
{
    /// <summary>
    /// HMAC-SHA256 (RFC 2104 over FIPS 180-4), for the remote commands' signatures and the per-terminal key
    /// derivation (docs/REMOTE.md). nanoFramework 1.x has no System.Security.Cryptography, so it is built on
    /// <see cref="Sha256"/>. One instance keeps its two hash states and pads, so a terminal verifying commands
    /// allocates once; not thread-safe.
    /// </summary>
    public sealed class HmacSha256
    {
        /// <summary>Length of a MAC in bytes.</summary>
        public const int MacLength = Sha256.HashLength;

        private const int BlockLength = 64;
        private readonly Sha256 _inner = new Sha256();
        private readonly Sha256 _outer = new Sha256();
        private readonly byte[] _innerPad = new byte[BlockLength];
        private readonly byte[] _outerPad = new byte[BlockLength];
        private readonly byte[] _innerHash = new byte[MacLength];

        /// <summary>Keyed with <paramref name="key"/> (any length; a key longer than a block is hashed first).</summary>
        public HmacSha256(byte[] key)
        {
            if (key == null)
            {
                throw new System.ArgumentNullException(nameof(key));
            }

            byte[] k = key.Length > BlockLength ? Sha256.Hash(key, 0, key.Length) : key;
            for (int i = 0; i < BlockLength; i++)
            {
                byte b = i < k.Length ? k[i] : (byte)0;
                _innerPad[i] = (byte)(b ^ 0x36);
                _outerPad[i] = (byte)(b ^ 0x5C);
            }
        }

        /// <summary>The MAC of <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>, into <paramref name="output"/>.</summary>
        public void Compute(byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            _inner.Reset();
            _inner.Update(_innerPad, 0, BlockLength);
            _inner.Update(data, offset, count);
            _inner.Finish(_innerHash, 0);
            _outer.Reset();
            _outer.Update(_outerPad, 0, BlockLength);
            _outer.Update(_innerHash, 0, MacLength);
            _outer.Finish(output, outputOffset);
        }

        /// <summary>The MAC of all of <paramref name="data"/> as a new array.</summary>
        public byte[] Compute(byte[] data)
        {
            byte[] mac = new byte[MacLength];
            Compute(data, 0, data.Length, mac, 0);
            return mac;
        }

        /// <summary>HMAC-SHA256 of <paramref name="data"/> under <paramref name="key"/>, in one call.</summary>
        public static byte[] Mac(byte[] key, byte[] data)
        {
            return new HmacSha256(key).Compute(data);
        }
    }
}
