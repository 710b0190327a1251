namespace Pos.Core.Remote
{
    /// <summary>Called on the main loop when a remote <c>message</c> command asks to show <paramref name="text"/> to the cashier.</summary>
    /// <param name="text">The message (printable, at most <see cref="RemoteAgent.MaxMessage"/> characters).</param>
    /// <param name="seconds">How long to show it; 0: until a key is pressed.</param>
    public delegate void RemoteMessageShownHandler(string text, int seconds);
}
