namespace Pos.Fleet.Load
{
    /// <summary>
    /// One message a simulated terminal published: its terminal, kind, number (<c>n</c>) and time text (<c>at</c>) as
    /// the payload carries them, the exact moment it was written (ms since 1970; the payload's <c>at</c> keeps whole
    /// seconds only), the phase, and whether the broker acknowledged it (PUBACK).
    /// </summary>
    public sealed record SentMessage(string Tid, SentKind Kind, long N, string At, long SentMs, LoadPhase Phase, bool Acked)
    {
        /// <summary>What finds the message again in the console's history.</summary>
        public string Key => MessageKey.Of(Kind, Tid, N, At);
    }
}
