namespace Pos.Fleet.Ingest
{
    /// <summary>How the console reaches the broker: address, the CA it trusts, its user and password (never printed).</summary>
    public sealed class BrokerSettings
    {
        /// <summary>The broker's host name or address.</summary>
        public string Host { get; init; } = "127.0.0.1";

        /// <summary>Its MQTT-over-TLS port.</summary>
        public int Port { get; init; } = 8883;

        /// <summary>The CA certificate(s) the broker's certificate must chain to (PEM); null = the system's trust store.</summary>
        public string? CaFile { get; init; }

        /// <summary>The console's broker user (the access list lets it read <c>pos/#</c> and write <c>pos/+/cmd</c>).</summary>
        public string User { get; init; } = "fleet";

        /// <summary>The user's password.</summary>
        public string Password { get; init; } = string.Empty;

        /// <summary>The MQTT client id: one per console instance (a second console with the same id would push the first off).</summary>
        public string ClientId { get; init; } = "pos-fleet-console";
    }
}
