using System.Security.Cryptography;
using System.Text;

namespace Pos.Fleet.Keys
{
    /// <summary>The derivations of docs/REMOTE.md over one fleet key held in memory (never printed).</summary>
    public sealed class HmacFleetKeys : IFleetKeys
    {
        /// <summary>The TEST fleet key's text (UTF-8 bytes are the key): the emulator and the test broker use it; a real fleet sets its own.</summary>
        public const string TestKeyText = "pos-test-fleet-key-0001";

        private const string CommandLabel = "pos-remote-cmd|";
        private const string PasswordLabel = "pos-mqtt-pass|";
        private readonly byte[] _fleetKey;

        /// <summary>Derives from <paramref name="fleetKey"/> (copied).</summary>
        public HmacFleetKeys(byte[] fleetKey)
        {
            ArgumentNullException.ThrowIfNull(fleetKey);
            if (fleetKey.Length == 0)
            {
                throw new ArgumentException("the fleet key is empty", nameof(fleetKey));
            }

            _fleetKey = (byte[])fleetKey.Clone();
        }

        /// <summary>The keys of the TEST fleet key.</summary>
        public static HmacFleetKeys Test() => new(Encoding.UTF8.GetBytes(TestKeyText));

        /// <inheritdoc />
        public byte[] CommandKey(string tid) => Derive(CommandLabel + tid);

        /// <inheritdoc />
        public string BrokerPassword(string user) => Convert.ToHexStringLower(Derive(PasswordLabel + user), 0, 16);

        private byte[] Derive(string label) => HMACSHA256.HashData(_fleetKey, Encoding.UTF8.GetBytes(label));
    }
}
