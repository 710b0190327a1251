namespace Pos.Core.Remote
{
    /// <summary>A message that arrived on the remote session, carried to the main loop by <c>Signal.RemoteMessage</c>.</summary>
    public sealed class RemoteInbound
    {
        /// <summary>A message on <paramref name="topic"/>.</summary>
        public RemoteInbound(string topic, byte[] payload)
        {
            Topic = topic;
            Payload = payload;
        }

        /// <summary>The topic it arrived on.</summary>
        public string Topic { get; }

        /// <summary>Its bytes.</summary>
        public byte[] Payload { get; }
    }
}
