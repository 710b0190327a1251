namespace Pos.Hal.Remote
{
    /// <summary>Called when the remote session's state changes, on the link's own thread.</summary>
    /// <param name="state">The new state.</param>
    /// <param name="detail">Why, for the serial log and the self-test (for example "refused: not authorized",
    /// "broker unreachable"); never a password.</param>
    public delegate void RemoteLinkChangedHandler(RemoteLinkState state, string detail);
}
