using System.Security.Cryptography;
using System.Text;

namespace Pos.Fleet.Common
{
    /// <summary>
    /// What the fleet key derives (docs/REMOTE.md, "Keys and replay"): each terminal's command key and every broker
    /// password. The console keeps the fleet key; a terminal is provisioned with its own command key and password only.
    /// </summary>
    public static class FleetKeys
    {
        /// <summary>The TEST fleet key's text; its UTF-8 bytes are the key of the emulator and the test broker. Never for a real fleet.</summary>
        public const string TestFleetKeyText = "pos-test-fleet-key-0001";

        /// <summary>The broker user of the fleet console (reads pos/#, writes pos/+/cmd).</summary>
        public const string ConsoleUser = "fleet";

        private const string CommandKeyLabel = "pos-remote-cmd|";
        private const string BrokerPasswordLabel = "pos-mqtt-pass|";
        private const int BrokerPasswordBytes = 16;

        /// <summary>The TEST fleet key (a new array on each call).</summary>
        public static byte[] TestFleetKey => Encoding.UTF8.GetBytes(TestFleetKeyText);

        /// <summary>
        /// The fleet key in a file (its bytes, without a trailing line end an editor may have added; an empty key is
        /// refused), or the TEST fleet key when <paramref name="path"/> is null or empty. tools/fleet/broker.sh and the
        /// emulator read the file the same way.
        /// </summary>
        /// <exception cref="InvalidDataException">The file holds no key.</exception>
        public static byte[] Load(string? path)
        {
            if (string.IsNullOrEmpty(path))
            {
                return TestFleetKey;
            }

            byte[] bytes = File.ReadAllBytes(path);
            int n = bytes.Length;
            while (n > 0 && (bytes[n - 1] == (byte)'\n' || bytes[n - 1] == (byte)'\r'))
            {
                n--;
            }

            return n > 0 ? bytes[..n] : throw new InvalidDataException("the fleet key file " + path + " is empty");
        }

        /// <summary>A terminal's 32-byte command key: HMAC-SHA256(fleet key, "pos-remote-cmd|" + terminal id).</summary>
        public static byte[] CommandKey(byte[] fleetKey, string terminalId) => Derive(fleetKey, CommandKeyLabel, terminalId);

        /// <summary>
        /// A broker user's password (a terminal id, or <see cref="ConsoleUser"/>): the first 16 bytes of
        /// HMAC-SHA256(fleet key, "pos-mqtt-pass|" + user) as 32 lowercase hex digits, as tools/fleet/broker.sh writes them.
        /// </summary>
        public static string BrokerPassword(byte[] fleetKey, string user) =>
            Convert.ToHexStringLower(Derive(fleetKey, BrokerPasswordLabel, user), 0, BrokerPasswordBytes);

        private static byte[] Derive(byte[] fleetKey, string label, string name)
        {
            ArgumentNullException.ThrowIfNull(fleetKey);
            ArgumentException.ThrowIfNullOrEmpty(name);
            return HMACSHA256.HashData(fleetKey, Encoding.UTF8.GetBytes(label + name));
        }
    }
}
