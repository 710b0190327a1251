using BenchmarkDotNet.Attributes;
using Pos.Core.Common;
using Pos.Core.Security;

namespace Pos.Bench.Security
{
    /// <summary>
    /// Cost of the managed DES on the hot paths of a transaction: one 3DES block, the CUPS ECB MAC over a 100-byte
    /// message (double-length MAK), and one format-0 PIN block (double-length PIK). Keys are expanded once in setup,
    /// as the key store does. Figures go in docs/SECURITY.md.
    /// </summary>
    [MemoryDiagnoser]
    public class SecurityBenchmarks
    {
        private readonly byte[] _block = new byte[8];
        private readonly byte[] _message = new byte[100];
        private readonly byte[] _output = new byte[8];
        private readonly byte[] _pin = new byte[6];
        private DesKey _testKey = null!;

        [GlobalSetup]
        public void Setup()
        {
            _testKey = new DesKey(Hex.Decode("0123456789ABCDEFFEDCBA9876543210"));
            new SeededRandom(1).NextBytes(_message);
        }

        [Benchmark]
        public void TripleDesEncryptBlock()
        {
            _testKey.EncryptBlock(_block, 0, _block, 0);
        }

        [Benchmark]
        public SecurityError CupsMac100Bytes()
        {
            return Mac.Compute(MacAlgorithm.CupsEcb, _testKey, _message, 0, _message.Length, _output, 0);
        }

        [Benchmark]
        public SecurityError PinBlockFormat0()
        {
            // The PIN buffer is wiped by each call; refill it as the keypad would.
            for (int i = 0; i < _pin.Length; i++)
            {
                _pin[i] = (byte)('1' + i);
            }

            return PinBlock.Encrypt(_testKey, _pin, 0, _pin.Length, "6222020200112233445", _output, 0);
        }

        [Benchmark]
        public DesKey ExpandDoubleLengthKey()
        {
            return new DesKey(_message, 0, 16);
        }
    }
}
