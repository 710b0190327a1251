namespace Pos.Hal.Remote
{
    /// <summary>
    /// The short reasons an <see cref="IRemoteLink"/> gives with <see cref="RemoteLinkState.Failed"/> and
    /// <see cref="RemoteLinkState.Disconnected"/> (the detail of <see cref="RemoteLinkChangedHandler"/>), the same on
    /// the device and the PC so that the serial log and the self-test read alike. A lost session's detail is
    /// <see cref="LostPrefix"/> followed by one of the others.
    /// </summary>
    public static class RemoteLinkReasons
    {
        /// <summary>The broker refused the user name or password, or the client is not allowed.</summary>
        public const string NotAuthorized = "not authorized";

        /// <summary>No TCP connection: nothing listens there, no route, or the name did not resolve.</summary>
        public const string Unreachable = "unreachable";

        /// <summary>The TLS handshake failed: the broker's certificate does not chain to the CA or names another host.</summary>
        public const string Tls = "tls";

        /// <summary>Connecting took too long.</summary>
        public const string Timeout = "timeout";

        /// <summary>The broker refused the subscription to the command topic.</summary>
        public const string SubscribeRefused = "subscribe refused";

        /// <summary>The broker refused the connection for another reason.</summary>
        public const string Refused = "refused";

        /// <summary>Something else went wrong.</summary>
        public const string Error = "error";

        /// <summary>The connection was closed without an MQTT DISCONNECT on purpose (the broker sends the will).</summary>
        public const string Dropped = "dropped";

        /// <summary>The session was closed cleanly.</summary>
        public const string Closed = "closed";

        /// <summary>Before the reason of a connected session that was lost: "lost: unreachable".</summary>
        public const string LostPrefix = "lost: ";
    }
}
