using System.Text;
using Pos.Core.Common;
using Pos.Core.Security;

namespace Pos.Core.Remote
{
    /// <summary>
    /// The per-terminal secrets derived from a fleet key (docs/REMOTE.md "Keys and replay"): the command key, which
    /// signs the commands a console sends to one terminal, and the broker password of that terminal. The console holds
    /// the fleet key and derives each terminal's; a terminal is provisioned with its own two only.
    /// </summary>
    public static class RemoteKeys
    {
        /// <summary>The label of the command key's derivation.</summary>
        public const string CommandLabel = "pos-remote-cmd|";

        /// <summary>The label of the broker password's derivation.</summary>
        public const string PasswordLabel = "pos-mqtt-pass|";

        /// <summary>
        /// The test fleet key's text (its UTF-8 bytes are the key). A TEST KEY: the emulator, the test broker and the
        /// tests use it; a real fleet sets its own and never commits it.
        /// </summary>
        public const string TestFleetKeyText = "pos-test-fleet-key-0001";

        /// <summary>The test fleet key's bytes (see <see cref="TestFleetKeyText"/>).</summary>
        public static byte[] TestFleetKey()
        {
            return Encoding.UTF8.GetBytes(TestFleetKeyText);
        }

        /// <summary>The 32-byte command key of terminal <paramref name="terminalId"/>.</summary>
        public static byte[] CommandKey(byte[] fleetKey, string terminalId)
        {
            return HmacSha256.Mac(fleetKey, Encoding.UTF8.GetBytes(CommandLabel + terminalId));
        }

        /// <summary>The broker password of <paramref name="user"/> (a terminal id, or "fleet"): 32 lowercase hex digits.</summary>
        public static string BrokerPassword(byte[] fleetKey, string user)
        {
            byte[] mac = HmacSha256.Mac(fleetKey, Encoding.UTF8.GetBytes(PasswordLabel + user));
            return Hex.Encode(mac, 0, 16).ToLower();
        }
    }
}
