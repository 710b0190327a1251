namespace Pos.Hal.Remote
{
    /// <summary>
    /// What <see cref="IRemoteLink.Connect"/> needs: the broker, the terminal's own credentials, TLS trust, the last
    /// will and the one topic to subscribe to. The core fills it from the terminal's provisioning (docs/REMOTE.md);
    /// the password is never logged or shown.
    /// </summary>
    public sealed class RemoteSession
    {
        /// <summary>The broker's host name or IPv4 address.</summary>
        public string Host { get; set; }

        /// <summary>The broker's port (8883 for MQTT over TLS).</summary>
        public int Port { get; set; }

        /// <summary>True: TLS, the broker's certificate checked against <see cref="CaCertificatePem"/>.</summary>
        public bool UseTls { get; set; }

        /// <summary>The certificate authority the broker's certificate must chain to (PEM text); null: the platform's store.</summary>
        public string CaCertificatePem { get; set; }

        /// <summary>The MQTT client id (the terminal id).</summary>
        public string ClientId { get; set; }

        /// <summary>The broker user name (the terminal id).</summary>
        public string UserName { get; set; }

        /// <summary>The broker password of this terminal (a secret: never logged).</summary>
        public string Password { get; set; }

        /// <summary>Keep-alive in seconds; the broker sends the will after 1.5 times this without a packet.</summary>
        public int KeepAliveSeconds { get; set; }

        /// <summary>The will's topic (the terminal's status topic).</summary>
        public string WillTopic { get; set; }

        /// <summary>The will's payload, retained (the terminal's "offline" status).</summary>
        public byte[] WillPayload { get; set; }

        /// <summary>The topic subscribed to at QoS 1 once connected (the terminal's command topic).</summary>
        public string SubscribeTopic { get; set; }
    }
}
