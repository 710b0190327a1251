namespace Pos.Core.Remote
{
    /// <summary>
    /// How a terminal reaches its fleet (docs/REMOTE.md): the broker, the terminal's broker password and command key
    /// (both secrets: never logged or shown), and the agent's pacing. Defaults are the documented ones.
    /// </summary>
    public sealed class RemoteSettings
    {
        /// <summary>The broker's host name or address.</summary>
        public string BrokerHost { get; set; } = string.Empty;

        /// <summary>The broker's port.</summary>
        public int BrokerPort { get; set; } = 8883;

        /// <summary>MQTT over TLS (the default; plain MQTT only for a bench on loopback).</summary>
        public bool UseTls { get; set; } = true;

        /// <summary>The certificate authority of the broker's certificate (PEM), or null for the platform's store.</summary>
        public string CaCertificatePem { get; set; }

        /// <summary>This terminal's broker password (a secret).</summary>
        public string Password { get; set; } = string.Empty;

        /// <summary>This terminal's 32-byte command key (a secret).</summary>
        public byte[] CommandKey { get; set; }

        /// <summary>MQTT keep-alive; the broker declares the terminal offline after about 1.5 times this.</summary>
        public int KeepAliveSeconds { get; set; } = 30;

        /// <summary>Shortest time between two status publishes (changes within it are merged, the newest wins).</summary>
        public long StatusMinIntervalMs { get; set; } = 5000;

        /// <summary>A status is sent at least this often, changed or not (the fleet's heartbeat).</summary>
        public long HeartbeatMs { get; set; } = 60000;

        /// <summary>Events sent at once before the rate limit applies.</summary>
        public int EventBurst { get; set; } = 10;

        /// <summary>Time to earn one more event after the burst.</summary>
        public long EventRefillMs { get; set; } = 6000;

        /// <summary>First wait before connecting again after a failure; doubles up to <see cref="ReconnectMaxMs"/>.</summary>
        public long ReconnectMinMs { get; set; } = 5000;

        /// <summary>Longest wait between two connection attempts.</summary>
        public long ReconnectMaxMs { get; set; } = 300000;

        /// <summary>A publish the broker has not acknowledged in this time is given up (and the session dropped).</summary>
        public long PublishTimeoutMs { get; set; } = 20000;

        /// <summary>True when the settings name a broker and a command key.</summary>
        public bool IsComplete => BrokerHost != null && BrokerHost.Length > 0 && BrokerPort > 0 && BrokerPort < 65536
            && CommandKey != null && CommandKey.Length >= 16;
    }
}
