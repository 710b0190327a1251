namespace Pos.Emulator
{
    /// <summary>One serial-log line: its number, when it was written (UTC) and the (masked) text.</summary>
    public sealed record LogLine(long Number, DateTime Utc, string Text);
}
