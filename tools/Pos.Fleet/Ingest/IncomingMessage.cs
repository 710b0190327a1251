namespace Pos.Fleet.Ingest
{
    /// <summary>One message from the broker as it arrived: topic, payload (copied), retained flag, receive time.</summary>
    public sealed class IncomingMessage
    {
        /// <summary>A message.</summary>
        public IncomingMessage(string topic, byte[] payload, bool retained, long receivedMs)
        {
            Topic = topic;
            Payload = payload;
            Retained = retained;
            ReceivedMs = receivedMs;
        }

        /// <summary>The topic.</summary>
        public string Topic { get; }

        /// <summary>The payload bytes.</summary>
        public byte[] Payload { get; }

        /// <summary>True for a retained message handed over at subscription (not a live one).</summary>
        public bool Retained { get; }

        /// <summary>When it arrived (ms since 1970, console clock).</summary>
        public long ReceivedMs { get; }
    }
}
