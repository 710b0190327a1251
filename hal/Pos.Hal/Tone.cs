namespace Pos.Hal
{
    /// <summary>What the buzzer should say, in the application's words; the board picks frequency and length.</summary>
    public enum Tone
    {
        KeyClick = 0,
        Success = 1,
        Failure = 2,
        Attention = 3,
    }
}
