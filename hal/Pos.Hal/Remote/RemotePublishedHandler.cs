namespace Pos.Hal.Remote
{
    /// <summary>Called once per publish, on the link's own thread.</summary>
    /// <param name="requestId">The id given to <see cref="IRemoteLink.Publish"/>.</param>
    /// <param name="delivered">True when the broker acknowledged it (QoS 1), false when it failed or was refused.</param>
    public delegate void RemotePublishedHandler(int requestId, bool delivered);
}
