using Pos.Core.Common;
using Pos.Core.Storage;

namespace Pos.Core.Remote
{
    /// <summary>
    /// Where an installed terminal keeps its remote-management settings: journal settings written at installation
    /// (docs/DEVICE.md "Remote management"), read by the app when it starts the agent. A stored value wins over the
    /// board's default; a damaged one is ignored. The password and the command key are secrets: read here, never
    /// logged or shown.
    /// </summary>
    public static class RemoteProvisioning
    {
        /// <summary>The broker's name or dotted IPv4 address (empty or absent: remote management off).</summary>
        public const string HostKey = "remote.host";

        /// <summary>The broker's port.</summary>
        public const string PortKey = "remote.port";

        /// <summary>TLS to the broker: "1" on, "0" off (a bench only).</summary>
        public const string TlsKey = "remote.tls";

        /// <summary>This terminal's broker password (32 hex digits).</summary>
        public const string PasswordKey = "remote.pass";

        /// <summary>This terminal's command key (64 hex digits).</summary>
        public const string CommandKeyKey = "remote.key";

        /// <summary>Overlays the stored settings on <paramref name="settings"/>.</summary>
        public static void ReadInto(JournalState state, RemoteSettings settings)
        {
            string host = state.GetSetting(HostKey);
            if (host != null && host.Length > 0)
            {
                settings.BrokerHost = host;
            }

            long port = Pos.Core.Offline.OfflineLimitsSetting.Number(state.GetSetting(PortKey));
            if (port > 0 && port < 65536)
            {
                settings.BrokerPort = (int)port;
            }

            string tls = state.GetSetting(TlsKey);
            if (tls == "0" || tls == "1")
            {
                settings.UseTls = tls == "1";
            }

            string password = state.GetSetting(PasswordKey);
            if (password != null && password.Length > 0)
            {
                settings.Password = password;
            }

            string key = state.GetSetting(CommandKeyKey);
            if (key != null && key.Length == 64)
            {
                try
                {
                    settings.CommandKey = Hex.Decode(key);
                }
                catch (System.ArgumentException)
                {
                    // a damaged key stays unused: without one the agent does not start
                }
            }
        }
    }
}
