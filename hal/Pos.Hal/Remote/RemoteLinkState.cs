namespace Pos.Hal.Remote
{
    /// <summary>The state of the remote-management session. Values are stable: they travel in events as numbers.</summary>
    public enum RemoteLinkState
    {
        /// <summary>No session (never connected, or closed cleanly).</summary>
        Disconnected = 0,
        /// <summary>Resolving, connecting, handshaking, subscribing.</summary>
        Connecting = 1,
        /// <summary>Connected and subscribed: publishes go out, commands come in.</summary>
        Connected = 2,
        /// <summary>The last attempt failed or the session was lost (the detail says why); the core tries again later.</summary>
        Failed = 3,
    }
}
