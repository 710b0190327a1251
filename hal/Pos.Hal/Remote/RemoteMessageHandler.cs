namespace Pos.Hal.Remote
{
    /// <summary>Called for each message that arrives on the session's subscription, on the link's own thread.</summary>
    /// <param name="topic">The topic it arrived on.</param>
    /// <param name="payload">Its bytes (the handler may keep them: the link does not reuse the array).</param>
    public delegate void RemoteMessageHandler(string topic, byte[] payload);
}
